"""Load test: gunicorn (gunicorn.conf.py) on loopback, driven by wrk at 32 connections.

It runs over an archive of about 10,000 proposals (the demo articles in samples/ plus generated
ones; ``--articles``), SQLite by default or a scratch PostgreSQL database; the built database is
cached between runs (bench/load_database.py). It collects static files, starts gunicorn on
127.0.0.1 on a free port with the production settings (``DJANGO_DEBUG=0``), checks that every URL
answers 200 (which also fills the facet cache, as visitors would), then runs wrk (Debian's package)
with a Lua script that rotates through the URLs: first all of them mixed, then each group of pages
on its own, starting with a static file served by whitenoise. That file is the baseline: the same
server, workers and loopback without Django's views or the database, so each page's requests/s and
p95 are also given as a ratio to it, which stays comparable when other work shares the machine.
Every run notes the load average at its start. ``--write`` puts the table into the "Load" section
of docs/benchmarks.md.

The anonymous API throttle (``API_THROTTLE_ANON``, 1000/hour by default) and the site's search and
export limits (``RATELIMIT_SEARCH``, ``RATELIMIT_EXPORT``) are raised for the run: the
test measures capacity, and one load generator on loopback would otherwise be throttled within a
second. Only loopback is used; the run is bounded (30 s mixed plus 12 s per group by default,
about three minutes in all)::

    .venv/bin/python -m bench.load_test                            # SQLite, ~10,000 proposals
    .venv/bin/python -m bench.load_test --database postgresql --write docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import quote, unquote

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.ingest_bench import DEFAULT_POSTGRES, PROJECT_PREFIXES, machine_facts  # noqa: E402
from bench.load_database import manage, postgres_database, sqlite_database  # noqa: E402

SEARCHES = ("新能源", "医疗", "口岸", "非遗", "营商环境", "乡村振兴", "算力", "教育")

WRK_SCRIPT = r"""
-- Rotate through the URLs; each connection starts at a different one.
local paths = {PATHS}
local counter = 0
local threads = {}
statuses = {}  -- a global, so done() can read each thread's copy with thread:get

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  counter = math.random(#paths)
  statuses = {}
end

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, n in pairs(s) do merged[tostring(code)] = (merged[tostring(code)] or 0) + n end
  end
  local parts = {}
  for code, n in pairs(merged) do table.insert(parts, string.format('"%s":%d', code, n)) end
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"mean":%.1f,"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d},"statuses":{%s}}\n',
    summary.requests, summary.duration, summary.bytes, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout, latency.mean,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max, table.concat(parts, ",")))
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(tmp: Path, database_url: str, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith((*PROJECT_PREFIXES, "API_THROTTLE_"))}
    env.update(
        DATABASE_URL=database_url,
        DATABASE_CONN_MAX_AGE="60",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        # Plain HTTP on loopback: no redirect to HTTPS, no HSTS (docs/operations.md, a plain-HTTP trial).
        DJANGO_SECURE_COOKIES="0",
        DJANGO_SSL_REDIRECT="0",
        DJANGO_HSTS_SECONDS="0",
        DJANGO_STATIC_ROOT=str(tmp / "static"),
        LIANGHUI_VAR_DIR=str(tmp / "var"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        API_THROTTLE_ANON="100000000/hour",
        API_THROTTLE_USER="100000000/hour",
        # The site's search and export limits too: one loopback client is every visitor here.
        RATELIMIT_SEARCH="100000000/hour",
        RATELIMIT_EXPORT="100000000/hour",
        PYTHONUNBUFFERED="1",
    )
    return env


def pick_urls(env: dict[str, str]) -> dict[str, list[str]]:
    """The URLs to drive, by group, with ids and slugs taken from the database. The first group is
    the static baseline: the site's stylesheet under its hashed name, as the pages link it."""
    code = (
        "import json; from django.templatetags.static import static; "
        "from proposals.models import Proposal, Article, KeyTask, Topic; from delegates.models import Delegate; "
        "print(json.dumps({'static': static('css/site.css'), "
        "'proposals': list(Proposal.objects.visible().order_by('id').values_list('id', flat=True)[:20]), "
        "'delegates': list(Delegate.objects.filter(merged_into=None).order_by('id').values_list('id', flat=True)[:20]), "
        "'articles': list(Article.objects.order_by('id').values_list('id', flat=True)[:10]), "
        "'key_tasks': sorted(set(KeyTask.objects.values_list('slug', flat=True))), "
        "'sectors': sorted(Topic.objects.values_list('slug', flat=True))}))"
    )
    ids = json.loads(manage(env, "shell", "-c", code).strip().splitlines()[-1])
    return {
        "static file (baseline)": [ids["static"]],
        "home": ["/"],
        "proposal list": ["/proposals/", "/proposals/?page=2", *[f"/proposals/?key_task={s}" for s in ids["key_tasks"]]],
        "search": [f"/proposals/?q={quote(word)}" for word in SEARCHES],
        "proposal and article pages": [f"/proposals/{i}/" for i in ids["proposals"]]
        + [f"/articles/{i}/" for i in ids["articles"]],
        "delegate list and pages": ["/delegates/", "/delegates/?page=2", "/delegates/?sort=count",
                                    *[f"/delegates/{i}/" for i in ids["delegates"]]],
        "key-task and sector pages": ["/key-tasks/", "/sectors/", *[f"/key-tasks/{s}/" for s in ids["key_tasks"]],
                                      *[f"/sectors/{s}/" for s in ids["sectors"][:8]]],
        "statistics": ["/stats/"],
        "API": ["/api/v1/proposals/", "/api/v1/delegates/", "/api/v1/key-tasks/",
                *[f"/api/v1/proposals/?q={quote(word)}" for word in SEARCHES[:4]],
                *[f"/api/v1/proposals/{i}/" for i in ids["proposals"][:10]]],
    }


@contextmanager
def gunicorn(env: dict[str, str], port: int, log: Path):
    with log.open("w") as output:
        process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "config.wsgi:application"],
                                   cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
                        if response.status == 200:
                            break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"gunicorn did not start; its log:\n{log.read_text()[-3000:]}")
                time.sleep(0.5)
            yield process
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def preflight(port: int, urls: list[str]) -> None:
    """Every URL answers 200 before the load starts (a 404 or 500 would be counted as throughput)."""
    bad = []
    for url in urls:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=30) as response:
                if response.status != 200:
                    bad.append(f"{url}: {response.status}")
        except urllib.error.HTTPError as error:
            bad.append(f"{url}: {error.code}")
    if bad:
        raise SystemExit("URLs that do not answer 200:\n" + "\n".join(bad))


def server_cpu(master: int) -> float:
    """CPU seconds (user + system) used so far by gunicorn: the master, its live workers, and the
    workers it has reaped (recycled after ``max_requests``), from /proc. Other work on the machine
    does not count here, so CPU per request is the figure that stays put when the load average
    does not; on PostgreSQL the database server's own CPU is not in it."""
    ticks = os.sysconf("SC_CLK_TCK")

    def fields(pid: int) -> list[str]:
        text = Path(f"/proc/{pid}/stat").read_text()
        return text[text.rindex(")") + 2 :].split()  # after "pid (comm) "; state is field 0 here

    total = sum(int(x) for x in fields(master)[11:15])  # utime, stime, cutime, cstime
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = fields(int(entry.name))
            except (OSError, ValueError):
                continue
            if stat[1] == str(master):
                total += int(stat[11]) + int(stat[12])
    return total / ticks


def drain(port: int, limit: float = 90.0) -> None:
    """Wait until gunicorn has finished the requests wrk left behind: wrk stops sending at the end of
    its run, but the workers still compute every request already queued, and that backlog (seconds
    of it when pages are slow) would otherwise be counted against the next group. Done when the
    health check answers within 100 ms twice in a row, or after ``limit`` seconds."""
    deadline, quick = time.monotonic() + limit, 0
    while quick < 2 and time.monotonic() < deadline:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=limit) as response:
                response.read()
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        quick = quick + 1 if time.monotonic() - started < 0.1 else 0
        time.sleep(0.2)


def wrk(port: int, urls: list[str], seconds: int, connections: int, threads: int, tmp: Path, master: int) -> dict:
    script = tmp / f"rotate-{secrets.token_hex(3)}.lua"
    script.write_text(WRK_SCRIPT.replace("{PATHS}", "{" + ", ".join(json.dumps(u) for u in urls) + "}"))
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
               "--latency", "-s", str(script), f"http://127.0.0.1:{port}"]
    drain(port)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    cpu = server_cpu(master)
    result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    drain(port)  # the requests still queued when wrk stopped are this run's CPU too
    cpu = server_cpu(master) - cpu
    if result.returncode != 0:
        raise SystemExit(f"wrk failed:\n{result.stderr}")
    match = re.search(r"^WRK_JSON (.*)$", result.stdout, re.M)
    if not match:
        raise SystemExit(f"wrk printed no summary:\n{result.stdout}")
    summary = json.loads(match.group(1))
    summary["rps"] = summary["requests"] / (summary["duration_us"] / 1e6)
    summary["errors_total"] = sum(summary["errors"].values())
    summary["load_average"] = load
    summary["cpu_ms_per_request"] = 1000 * cpu / summary["requests"] if summary["requests"] else None
    return summary


BASELINE = "static file (baseline)"


def ratios(item: dict, baseline: dict | None) -> tuple[str, str]:
    """(static requests/s ÷ this, this p95 ÷ static p95): how many times the static file's rate a
    page falls short of, and how many times its p95 the page's is."""
    if not baseline or item is baseline or not item["rps"] or not baseline["latency_us"]["p95"]:
        return "1" if item is baseline else "", "1" if item is baseline else ""
    return (f"{baseline['rps'] / item['rps']:.1f}", f"{item['latency_us']['p95'] / baseline['latency_us']['p95']:.1f}")


def render(results: dict) -> str:
    facts = results["machine"]
    lines = [
        f"## Load: {results['vendor']}",
        "",
        f"`python -m bench.load_test --database {results['database']}` on {facts['date']}: gunicorn with "
        f"`gunicorn.conf.py` ({results['workers']} workers × {results['threads']} threads, `DJANGO_DEBUG=0`, "
        f"static files by whitenoise) on 127.0.0.1, over {results['vendor']} holding {results['rows']}; "
        f"wrk {results['connections']} connections, {results['wrk_threads']} threads, from the same machine.",
        "",
        f"Machine: {facts['cpu']}, {facts['cores']} cores, {facts['memory_gb']} GB RAM. Load average at the start: "
        f"{facts['load_average']}; each row gives it again just before its own run. wrk, gunicorn and the "
        f"database share the same {facts['cores']} cores (and other work may run on the machine), so these are "
        "floors for a dedicated server. Server CPU per request is the steadiest figure; the ratios to the static "
        "file, measured in the same run, correct for part of the machine's load.",
        "",
        "| URLs | seconds | requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | static req/s ÷ this "
        "| p95 ÷ static p95 | server CPU ms per request | errors | statuses | load average |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    baseline = next((item for name, item in results["runs"] if name == BASELINE), None)
    for name, item in results["runs"]:
        latency = item["latency_us"]
        statuses = ", ".join(f"{code}: {n}" for code, n in sorted(item["statuses"].items()))
        rate, p95 = ratios(item, baseline)
        cpu = f"{item['cpu_ms_per_request']:.1f}" if item.get("cpu_ms_per_request") is not None else ""
        lines.append(
            f"| {name} | {item['duration_us'] / 1e6:.0f} | {item['requests']} | {item['rps']:.1f} | "
            f"{latency['p50'] / 1000:.0f} | {latency['p95'] / 1000:.0f} | {latency['p99'] / 1000:.0f} | "
            f"{latency['max'] / 1000:.0f} | {rate} | {p95} | {cpu} | {item['errors_total']} | {statuses} | "
            f"{item['load_average']} |"
        )
    lines += ["", "URLs driven (rotated; each wrk connection starts at a different one):", ""]
    for name, urls in results["urls"].items():
        shown = ", ".join(f"`{unquote(u)}`" for u in urls[:6]) + (f" and {len(urls) - 6} more" if len(urls) > 6 else "")
        lines.append(f"- {name}: {shown}")
    lines += ["", "Errors count socket errors (connect, read, write, timeout) and every response that is not 2xx/3xx. "
              "Every URL is requested once before the runs (a check that it answers 200), so the facet counts "
              "that the list pages cache until the data change are warm, as they are for visitors. "
              "The anonymous API throttle and the site's search and export limits are raised for the run "
              "(`API_THROTTLE_ANON`, `RATELIMIT_SEARCH`, `RATELIMIT_EXPORT`): they would otherwise answer "
              "429 to a single loopback client within a second, which is its job, not a capacity limit."]
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str, database: str) -> None:
    """The "## Load: <database>" section of docs/benchmarks.md; other sections are left alone."""
    from bench.ingest_bench import write_marked_section

    write_marked_section(path, f"load-test-{database}", section)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Load-test the site and the API under gunicorn on loopback.")
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES),
                        help="PostgreSQL server URL without a database name; a scratch database is created there")
    parser.add_argument("--duration", type=int, default=30, help="seconds of the mixed run (default 30)")
    parser.add_argument("--connections", type=int, default=32, help="concurrent connections (default 32)")
    parser.add_argument("--wrk-threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--group-seconds", type=int, default=12, help="seconds per URL group after the mixed run (0: skip)")
    parser.add_argument("--articles", type=int, default=1430,
                        help="generated articles ingested beside samples/ (default 1430: about 10,000 proposals)")
    parser.add_argument("--fresh", action="store_true", help="build the database even when a cached one fits")
    parser.add_argument("--write", type=Path, help="write the section into this Markdown file (docs/benchmarks.md)")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    if not 1 <= args.duration <= 600 or args.connections < 1:
        parser.error("--duration must be 1..600 seconds and --connections at least 1")

    with tempfile.TemporaryDirectory(prefix="load-test-") as scratch, ExitStack() as stack:
        tmp = Path(scratch)
        port = free_port()

        def env_for(url: str) -> dict[str, str]:
            return environment(tmp, url, port)

        if args.database == "sqlite":
            url = stack.enter_context(sqlite_database(tmp, args.articles, args.fresh, env_for))
        else:
            url = stack.enter_context(postgres_database(args.postgres, tmp, args.articles, args.fresh, env_for))
        env = env_for(url)
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "collectstatic", "--noinput", "-v", "0")
        manage(env, "shell", "-c", "from django.core.cache import cache; cache.clear()")
        rows = manage(env, "shell", "-c", "from proposals.models import Article, Proposal; from delegates.models import Delegate; "
                      "print(f'{Article.objects.count()} articles, {Proposal.objects.count()} proposals, "
                      "{Delegate.objects.count()} delegates')").strip().splitlines()[-1]
        groups = pick_urls(env)
        every = [u for name, urls in groups.items() if name != BASELINE for u in urls]
        results: dict = {"database": args.database, "vendor": "PostgreSQL" if args.database == "postgresql" else "SQLite",
                         "rows": rows, "connections": args.connections, "wrk_threads": args.wrk_threads,
                         "machine": machine_facts(args.postgres if args.database == "postgresql" else None),
                         "urls": groups, "runs": []}
        probe = ("import runpy; ns = runpy.run_path('gunicorn.conf.py'); "
                 "print(ns['workers'], ns['threads'])")
        workers, threads = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True,
                                          text=True, check=True).stdout.split()
        results["workers"], results["threads"] = int(workers), int(threads)
        with gunicorn(env, port, tmp / "gunicorn.log") as server:
            preflight(port, [u for urls in groups.values() for u in urls])
            baseline = groups[BASELINE]
            print(f"{BASELINE}: {args.group_seconds or args.duration} s…", file=sys.stderr)
            results["runs"].append((BASELINE, wrk(port, baseline, args.group_seconds or args.duration,
                                                  args.connections, args.wrk_threads, tmp, server.pid)))
            print(f"mixed run: {args.duration} s at {args.connections} connections…", file=sys.stderr)
            results["runs"].append(("all pages, rotated",
                                    wrk(port, every, args.duration, args.connections, args.wrk_threads, tmp, server.pid)))
            if args.group_seconds:
                for name, urls in groups.items():
                    if name == BASELINE:
                        continue
                    print(f"{name}: {args.group_seconds} s…", file=sys.stderr)
                    results["runs"].append(
                        (name, wrk(port, urls, args.group_seconds, args.connections, args.wrk_threads, tmp, server.pid)))
        log = (tmp / "gunicorn.log").read_text()
        results["server_errors_logged"] = len(re.findall(r"\[ERROR\]|Traceback", log))

    section = render(results)
    print(section)
    print(json.dumps(results, indent=1, ensure_ascii=False), file=sys.stderr)
    if args.write:
        write_section(args.write, section, args.database)
        print(f"wrote the load section of {args.write}", file=sys.stderr)
    failed = sum(item["errors_total"] for _name, item in results["runs"])
    if failed or results["server_errors_logged"]:
        raise SystemExit(f"{failed} failed requests, {results['server_errors_logged']} errors in gunicorn's log")


if __name__ == "__main__":
    main()
