"""API benchmark: the proposal list under gunicorn, beside a plain-Django ceiling measured in the same run.

    .venv/bin/python bench/api_bench.py                  # 10,000 synthetic proposals, SQLite
    .venv/bin/python bench/api_bench.py --write          # and write the results into docs/api.md
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lianghui_api_bench .venv/bin/python bench/api_bench.py

It seeds a database of its own (a temporary SQLite file unless ``DATABASE_URL`` is given; a given
database must be empty or already seeded by this script) with the synthetic proposals of
``bench/search_bench.py``, starts gunicorn on 127.0.0.1 on a free port (2 sync workers, DEBUG off,
throttles lifted), and drives it from this process with a fixed number of client threads for a
fixed time per target, alternating between them in rounds: ``/api/v1/proposals/`` and the ceiling view in ``bench/api_bench_urls.py``
(the same page straight from ``.values()`` as JSON), at two page sizes. Loopback only; every loop
is bounded in time and the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "api.md"
START, END = "<!-- api-bench:start -->", "<!-- api-bench:end -->"
TARGET_RATIO = 0.60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(env: dict, proposals: int) -> None:
    """Migrate and seed in a child process (the parent never imports Django)."""
    code = (
        "import django; django.setup();"
        "from django.core.management import call_command; call_command('migrate', verbosity=0);"
        "import bench.search_bench as s;"
        f"s.seed({proposals}, print)"
    )
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True, timeout=1800)


def wait_ready(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/v1/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("gunicorn did not answer in time")


def measure(port: int, paths: dict[str, str], *, threads: int, seconds: float, warmup: float, rounds: int) -> dict:
    """Each path in turn, ``rounds`` times, ``seconds / rounds`` each: a load that changes while the
    benchmark runs (other processes on the machine) then weighs on every target alike."""
    for path in paths.values():
        drive(port, path, threads=threads, seconds=warmup, warmup=0)
    samples = {name: ([], 0) for name in paths}
    for _ in range(rounds):
        for name, path in paths.items():
            latencies, errors = drive(port, path, threads=threads, seconds=seconds / rounds, warmup=0)
            samples[name] = (samples[name][0] + latencies, samples[name][1] + errors)
    return {name: summarize(latencies, errors, seconds) for name, (latencies, errors) in samples.items()}


def summarize(latencies: list[float], errors: int, seconds: float) -> dict:
    latencies = sorted(latencies)

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(pct(0.50), 1),
        "p95_ms": round(pct(0.95), 1),
        "p99_ms": round(pct(0.99), 1),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1),
    }


def drive(port: int, path: str, *, threads: int, seconds: float, warmup: float) -> tuple[list[float], int]:
    """Latencies of ``path`` with ``threads`` clients for ``seconds``, and the count of failures."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + warmup + seconds
    measure_from = time.monotonic() + warmup

    def client():
        nonlocal errors
        mine, bad = [], 0
        while (now := time.monotonic()) < stop_at:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
            finally:
                conn.close()
            if now >= measure_from:
                mine.append(time.monotonic() - now)
                bad += not ok
        with lock:
            latencies.extend(mine)
            errors += bad

    workers = [threading.Thread(target=client) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return latencies, errors


def write_markdown(result: dict) -> None:
    lines = [
        START,
        f"Measured {result['date']} on {result['machine']}, {result['database']}, "
        f"{result['proposals']:,} synthetic proposals; gunicorn {result['workers']} sync workers, "
        f"{result['threads']} client threads on the same machine, {result['seconds']:.0f} s per target in "
        f"{result['rounds']} alternating rounds after {result['warmup']:.0f} s of warm-up. Command: `{result['command']}`.",
        "",
        "| page size | endpoint | req/s | p50 ms | p95 ms | p99 ms | errors | share of ceiling |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in result["rows"]:
        for name in ("ceiling", "api"):
            r = row[name]
            share = f"{row['ratio']:.0%}" if name == "api" else "100%"
            label = "`/api/v1/proposals/`" if name == "api" else "ceiling (`.values()` → JSON)"
            lines.append(
                f"| {row['page_size']} | {label} | {r['rps']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} "
                f"| {r['errors']} | {share} |"
            )
    verdicts = "; ".join(
        f"page size {row['page_size']}: {'met' if row['ratio'] >= TARGET_RATIO else 'NOT met'} ({row['ratio']:.0%})"
        for row in result["rows"]
    )
    lines += ["", f"Target: at least {TARGET_RATIO:.0%} of the ceiling's requests per second. {verdicts}.", END]
    block = "\n".join(lines)
    text = DOC.read_text(encoding="utf-8")
    if START in text and END in text:
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--proposals", type=int, default=10_000, help="synthetic proposals to seed")
    parser.add_argument("--seconds", type=float, default=10, help="measured seconds per target")
    parser.add_argument("--warmup", type=float, default=2, help="unmeasured seconds before each target")
    parser.add_argument("--rounds", type=int, default=5, help="alternations between the two targets")
    parser.add_argument("--threads", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--page-sizes", default="50,200", help="comma-separated page sizes")
    parser.add_argument("--write", action="store_true", help="write the results into docs/api.md")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="api-bench-") as tmp:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "DJANGO_SETTINGS_MODULE": "bench.api_bench_settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "api-bench-" + "x" * 50,
            "DJANGO_LOG_LEVEL": "WARNING",
            "LIANGHUI_VAR_DIR": tmp,
            "DATABASE_CONN_MAX_AGE": "60",
            "API_THROTTLE_ANON": "100000000/hour",
            "API_THROTTLE_USER": "100000000/hour",
        }
        env.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
        database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
        print(f"seeding {args.proposals} proposals ({database}) ...", flush=True)
        prepare(env, args.proposals)

        port = free_port()
        empty_config = Path(tmp) / "gunicorn_empty.py"
        empty_config.write_text("")
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(empty_config), "--bind", f"127.0.0.1:{port}",
             "--workers", str(args.workers), "--worker-class", "sync", "--log-level", "warning",
             "config.wsgi:application"],
            env=env, cwd=ROOT, start_new_session=True,
        )
        try:
            wait_ready(port)
            rows = []
            for size in [int(s) for s in args.page_sizes.split(",")]:
                paths = {"ceiling": f"/bench/ceiling/?page_size={size}", "api": f"/api/v1/proposals/?page_size={size}"}
                row = {"page_size": size, **measure(port, paths, threads=args.threads, seconds=args.seconds,
                                                    warmup=args.warmup, rounds=args.rounds)}
                for name in paths:
                    print(f"page_size={size} {name}: {json.dumps(row[name])}", flush=True)
                row["ratio"] = row["api"]["rps"] / row["ceiling"]["rps"] if row["ceiling"]["rps"] else 0.0
                rows.append(row)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)

    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}",
        "database": database,
        "proposals": args.proposals,
        "workers": args.workers,
        "threads": args.threads,
        "seconds": args.seconds,
        "warmup": args.warmup,
        "rounds": args.rounds,
        "command": "python bench/api_bench.py " + " ".join(sys.argv[1:]),
        "rows": rows,
    }
    for row in rows:
        print(f"page_size={row['page_size']}: API at {row['ratio']:.0%} of the ceiling (target {TARGET_RATIO:.0%})")
    if args.write:
        write_markdown(result)
        print(f"written to {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
