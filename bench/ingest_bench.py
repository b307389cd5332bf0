"""Ingestion benchmark: 1,000 generated articles into SQLite and PostgreSQL, beside segmentation alone.

For the same articles in the same run it measures:

- the floor: the time the segmenter alone (jieba, and rjieba) takes to cut the text once;
- parsing alone (``parse_article``, no database), with each segmenter;
- ingestion (read, parse, write: what ``manage.py ingest`` does per file) into a fresh SQLite file
  and a scratch PostgreSQL database that the benchmark creates and drops, in a subprocess each
  (settings are read at import), with ``DJANGO_DEBUG=0`` as in production;
- memory: the worker's resident set after 1/4, 1/2 and all of the articles, and its peak;
- ``manage.py ingest --jobs N`` end to end on SQLite (parsing in N processes).

Wall time and CPU time are both reported: on a shared machine CPU time is the steadier of the two.
Results go to stdout as Markdown and, with ``--write``, into the "Ingestion" section of
docs/benchmarks.md (the rest of that file is left as it is)::

    .venv/bin/python -m bench.ingest_bench                    # 1,000 articles, SQLite + PostgreSQL
    .venv/bin/python -m bench.ingest_bench --count 200 --databases sqlite
    .venv/bin/python -m bench.ingest_bench --write docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import write_articles  # noqa: E402

PROJECT_PREFIXES = ("DJANGO_", "DATABASE_", "LIANGHUI_", "GUNICORN_")
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432"


# --------------------------------------------------------------------------------------------------
# Measuring


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB, from /proc (Linux)."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, amount, _unit = line.split()
            values[key] = int(amount) / 1024
    return values.get("VmRSS:", 0.0), values.get("VmHWM:", 0.0)


@contextmanager
def stopwatch(into: dict):
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    into["wall_s"] = time.perf_counter() - wall
    into["cpu_s"] = time.process_time() - cpu


def read_texts(paths: list[Path]) -> list[str]:
    return [p.read_text("utf-8") for p in paths]


_stock_cache: str | None = None


def _stock_cache_dir() -> str:
    global _stock_cache
    if _stock_cache is None:
        _stock_cache = tempfile.mkdtemp(prefix="jieba-stock-")  # mode 0700
        atexit.register(shutil.rmtree, _stock_cache, ignore_errors=True)
    return _stock_cache


def segmentation_floor(texts: list[str], backend: str) -> dict:
    """Accurate-mode segmentation of every text once, with a warmed segmenter of its own: our
    tokenizer's way (``backend`` jieba or rjieba: the project's dictionary, HMM off), or
    ``stock``: jieba as it comes, ``jieba.lcut(text)`` with its defaults (HMM on)."""
    result: dict = {"backend": backend}
    if backend == "stock":
        import jieba

        tokenizer = jieba.Tokenizer()
        tokenizer.tmp_dir = _stock_cache_dir()  # jieba's cache, in a folder of our own as the tokenizer's is
        tokenizer.initialize()
        with stopwatch(result):
            for text in texts:
                tokenizer.lcut(text)
        return result
    from proposals.ingest.tokenizer import Segmenter

    segmenter = Segmenter(backend=backend)
    segmenter.warm()
    with stopwatch(result):
        for text in texts:
            segmenter.cut(text)
    return result


def paired_floors(texts: list[str]) -> dict[str, dict]:
    """Both jieba floors, timed once, for pairing with a measurement taken just before or after."""
    return {backend: segmentation_floor(texts, backend) for backend in ("jieba", "stock")}


def _mean_floors(before: dict[str, dict], after: dict[str, dict]) -> dict[str, dict]:
    return {backend: {key: (before[backend][key] + after[backend][key]) / 2 for key in ("wall_s", "cpu_s")}
            for backend in before}


def best_of(times: int, measure, *args) -> dict:
    """The run with the least CPU time of ``times`` runs of ``measure(*args)``."""
    return min((measure(*args) for _ in range(times)), key=lambda result: result["cpu_s"])


def parse_only(texts: list[str], backend: str) -> dict:
    """``parse_article`` on every text (no database), with the given segmenter."""
    from proposals.ingest.parse import default_vocabulary, parse_article
    from proposals.ingest.tokenizer import Segmenter

    segmenter = Segmenter(backend=backend)
    segmenter.warm()
    vocabulary = default_vocabulary()
    result: dict = {"backend": backend, "proposals": 0, "delegates": 0}
    with stopwatch(result):
        for text in texts:
            parsed = parse_article(text, segmenter=segmenter, vocabulary=vocabulary)
            result["proposals"] += len(parsed.proposals)
            result["delegates"] += len(parsed.delegates)
    return result


# --------------------------------------------------------------------------------------------------
# The worker: one process per database, Django configured from its environment


def worker(folder: Path, checkpoints: list[int], batch: int) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from delegates.models import Delegate
    from proposals.ingest.parse import parse_article
    from proposals.ingest.sources import iter_sources, read_document
    from proposals.ingest.tokenizer import shared_segmenter
    from proposals.loader.articles import article_ingest, articles_ingest
    from proposals.loader.vocabulary import vocabulary_current
    from proposals.models import Article, Proposal

    call_command("migrate", verbosity=0, interactive=False)
    vocabulary = vocabulary_current()
    shared_segmenter().warm()
    sources = list(iter_sources([str(folder)]))
    memory = []
    result: dict = {"vendor": connection.vendor, "backend": shared_segmenter().backend, "articles": len(sources),
                    "failed": 0, "batch": batch}
    baseline_rss, _ = rss_mb()
    queries = [0]

    def count_queries(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    pending = list(checkpoints)
    with stopwatch(result), connection.execute_wrapper(count_queries):
        # What `manage.py ingest --batch N` does: one article per transaction, or N new ones in bulk.
        for first in range(0, len(sources), batch):
            entries = []
            for source in sources[first : first + batch]:
                document = read_document(source, max_bytes=10_000_000)
                entries.append((document, parse_article(document.text, vocabulary=vocabulary)))
            if batch == 1:
                outcomes = [article_ingest(document=entries[0][0], parsed=entries[0][1], vocabulary=vocabulary)]
            else:
                outcomes = articles_ingest(entries)
            result["failed"] += sum(outcome.status != "new" for outcome in outcomes)
            done = first + len(entries)
            while pending and done >= pending[0]:
                memory.append((pending.pop(0), *rss_mb()))
    result["queries"] = queries[0]
    result["rss_before_mb"] = baseline_rss
    result["memory"] = memory
    result["peak_rss_mb"] = rss_mb()[1]
    result["rows"] = {
        "articles": Article.objects.count(),
        "proposals": Proposal.objects.count(),
        "delegates": Delegate.objects.count(),
    }
    return result


def _worker_env(tmp: Path, database_url: str, backend: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(PROJECT_PREFIXES)}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        LIANGHUI_VAR_DIR=str(tmp / "var"),
        LIANGHUI_SEGMENTER=backend,
        PYTHONUNBUFFERED="1",
    )
    return env


def run_worker(folder: Path, database_url: str, backend: str, checkpoints: list[int], tmp: Path, batch: int,
               texts: list[str]) -> dict:
    """One ingestion in a worker process, between two timings of the floors (in this process)."""
    floors_before = paired_floors(texts)
    out = tmp / f"worker-{secrets.token_hex(4)}.json"
    command = [sys.executable, "-m", "bench.ingest_bench", "_worker", str(folder), str(out),
               ",".join(map(str, checkpoints)), str(batch)]
    completed = subprocess.run(command, cwd=ROOT, env=_worker_env(tmp, database_url, backend),
                               capture_output=True, text=True)
    if completed.returncode != 0:
        raise SystemExit(f"the ingestion worker failed ({database_url.split('@')[-1]}):\n{completed.stderr[-3000:]}")
    return json.loads(out.read_text()) | {"paired_floors": _mean_floors(floors_before, paired_floors(texts))}


def run_command_jobs(folder: Path, jobs: int, batch: int, backend: str, tmp: Path, texts: list[str]) -> dict:
    """``manage.py ingest --jobs N --batch B`` end to end (its start-up included, migrations not) on a fresh SQLite
    file, between two timings of the floors (on one core, in this process)."""
    floors_before = paired_floors(texts)
    env = _worker_env(tmp, f"sqlite:///{tmp / f'jobs-{jobs}-{batch}-{backend}.sqlite3'}", backend)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    result: dict = {"jobs": jobs, "batch": batch, "backend": backend}
    started = time.perf_counter()
    completed = subprocess.run([sys.executable, "manage.py", "ingest", "--jobs", str(jobs), "--batch", str(batch),
                                str(folder)], cwd=ROOT, env=env, capture_output=True, text=True)
    result["wall_s"] = time.perf_counter() - started
    if completed.returncode != 0:
        raise SystemExit(f"manage.py ingest --jobs {jobs} --batch {batch} failed:\n{completed.stderr[-3000:]}")
    result["summary"] = next((line for line in completed.stdout.splitlines() if line.startswith("articles:")), "")
    result["paired_floors"] = _mean_floors(floors_before, paired_floors(texts))
    return result


@contextmanager
def scratch_postgres(server_url: str):
    """A PostgreSQL database created for this run and dropped after it (UTF-8, C.UTF-8 collation)."""
    import psycopg

    name = f"scale_bench_{os.getpid()}"
    admin = f"{server_url.rstrip('/')}/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' "
                           "TEMPLATE template0")
    try:
        yield f"{server_url.rstrip('/')}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --------------------------------------------------------------------------------------------------
# Report


def machine_facts(server_url: str | None) -> dict:
    facts = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "cpu": next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name")), platform.processor() or "unknown"),
        "cores": len(os.sched_getaffinity(0)),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }
    import django
    import jieba

    facts["django"] = django.get_version()
    facts["jieba"] = jieba.__version__
    try:
        from importlib.metadata import version

        facts["rjieba"] = version("rjieba")
    except Exception:  # noqa: BLE001 - only a fact for the report
        facts["rjieba"] = "not installed"
    if server_url:
        try:
            import psycopg

            with psycopg.connect(f"{server_url.rstrip('/')}/postgres") as connection:
                facts["postgresql"] = connection.execute("SHOW server_version").fetchone()[0]
        except Exception as error:  # noqa: BLE001
            facts["postgresql"] = f"unreachable ({type(error).__name__})"
    return facts


def render(results: dict) -> str:
    count, megabytes = results["count"], results["megabytes"]
    facts = results["machine"]
    lines = [
        "## Ingestion",
        "",
        f"`python -m bench.ingest_bench --count {count} --seed {results['seed']}` on {facts['date']}: "
        f"{count} generated articles (`bench/generate.py`), {megabytes:.2f} MB of UTF-8 text, "
        f"{results['proposals']} proposals and {results['delegates']} delegate mentions as parsed.",
        "",
        f"Machine: {facts['cpu']}, {facts['cores']} cores, {facts['memory_gb']} GB RAM, {facts['platform']}, "
        f"Python {facts['python']}, Django {facts['django']}, jieba {facts['jieba']}, rjieba {facts['rjieba']}"
        + (f", PostgreSQL {facts['postgresql']}" if "postgresql" in facts else "")
        + f". Load average at the start: {facts['load_average']} (the machine is shared: other work ran at the same"
        " time, so CPU time is the steadier figure). Segmentation alone and parsing alone: the best of "
        f"{results.get('repeat', 1)} runs. Each ingestion is one run, in a process of its own; both jieba floors "
        "are timed again just before and just after it, and its ratios are to the mean of those two timings.",
        "",
        "| step | segmenter | wall s | CPU s | articles/s (CPU) | MB/s (CPU) | × jieba floor (CPU) "
        "| × stock jieba (CPU) | × same-engine floor (CPU) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    floors = {f["backend"]: f for f in results["floors"]}
    jieba_floor = floors["jieba"]["cpu_s"]
    stock = floors.get("stock", floors["jieba"])["cpu_s"]

    def row(step: str, item: dict) -> str:
        cpu = item["cpu_s"]
        same = floors[item["backend"]]["cpu_s"]
        # An ingestion is compared with the floors timed in its own process just before and after
        # it (their mean): on a shared machine the speed drifts between the start and the end.
        paired = item.get("paired_floors", {})
        own_jieba = paired.get("jieba", {}).get("cpu_s", jieba_floor)
        own_stock = paired.get("stock", {}).get("cpu_s", stock)
        return (f"| {step} | {item['backend']} | {item['wall_s']:.2f} | {cpu:.2f} | {count / cpu:.1f} | "
                f"{megabytes / cpu:.3f} | {cpu / own_jieba:.2f} | {cpu / own_stock:.2f} | {cpu / same:.2f} |")

    names = {"jieba": "segmentation alone (the floor: our tokenizer, HMM off)",
             "rjieba": "segmentation alone (our tokenizer, HMM off)",
             "stock": "segmentation alone (stock jieba: `jieba.lcut`, HMM on)"}
    for backend, floor in floors.items():
        lines.append(row(names[backend], floor | {"backend": "jieba" if backend == "stock" else backend}))
    for item in results["parse"]:
        lines.append(row("parse only, no database", item))
    for item in results["ingest"]:
        per = "one article" if item["batch"] == 1 else f"{item['batch']} articles"
        lines.append(row(f"ingest into {item['vendor']}, {per} per transaction", item))
    lines += ["", "Memory of the ingesting process (resident set, MB) as articles accumulate:", "",
              "| database | per transaction | segmenter | before | "
              + " | ".join(f"after {n}" for n, *_ in results["ingest"][0]["memory"]) + " | peak |",
              "|---|---:|---|---:|" + "---:|" * (len(results["ingest"][0]["memory"]) + 1)]
    for item in results["ingest"]:
        lines.append(f"| {item['vendor']} | {item['batch']} | {item['backend']} | {item['rss_before_mb']:.0f} | "
                     + " | ".join(f"{current:.0f}" for _, current, _peak in item["memory"])
                     + f" | {item['peak_rss_mb']:.0f} |")
    rows = results["ingest"][0]["rows"]
    lines += ["", f"Each database ended with {rows['articles']} articles, {rows['proposals']} proposals and "
              f"{rows['delegates']} delegates (the cast recurs across articles, as people do in a real archive). "
              "SQL statements per article: "
              + ", ".join(f"{i['vendor']} ({i['batch']} per transaction) {i['queries'] / count:.1f}"
                          for i in results["ingest"]) + "."]
    if results.get("jobs"):
        lines += ["", "`manage.py ingest --jobs N --batch B` end to end into a fresh SQLite file (wall time, "
                  "including the command's own start-up, migrations excluded), beside the wall time of the jieba "
                  "floors on one core, timed just before and after each run:", "",
                  "| jobs | batch | segmenter | wall s | articles/s | × jieba floor (wall) | × stock jieba (wall) |",
                  "|---:|---:|---|---:|---:|---:|---:|"]
        for item in results["jobs"]:
            paired = item.get("paired_floors") or {"jieba": floors["jieba"], "stock": floors.get("stock", floors["jieba"])}
            lines.append(f"| {item['jobs']} | {item['batch']} | {item['backend']} | {item['wall_s']:.1f} | "
                         f"{count / item['wall_s']:.1f} | {item['wall_s'] / paired['jieba']['wall_s']:.2f} | "
                         f"{item['wall_s'] / paired['stock']['wall_s']:.2f} |")
    return "\n".join(lines) + "\n"


def write_marked_section(path: Path, marker: str, section: str) -> None:
    """Replace the block between ``<!-- marker:start/end -->`` in ``path`` (or append it); the rest stays."""
    heading = "# Benchmarks\n\nMeasured figures, how to reproduce them, and what they mean.\n"
    text = path.read_text("utf-8") if path.exists() else heading
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    block = f"{start}\n{section}{end}"
    if start in text and end in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _m: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, "utf-8")


def write_section(path: Path, section: str) -> None:
    """The "## Ingestion" section of docs/benchmarks.md; other sections are left alone."""
    write_marked_section(path, "ingest-bench", section)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_worker"]:
        folder, out, checkpoints, batch = argv[1:5]
        result = worker(Path(folder), [int(n) for n in checkpoints.split(",")], int(batch))
        Path(out).write_text(json.dumps(result))
        return

    parser = argparse.ArgumentParser(description="Benchmark ingestion against segmentation alone.")
    parser.add_argument("--count", type=int, default=1000, help="generated articles (default 1000)")
    parser.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    parser.add_argument("--databases", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    parser.add_argument("--backends", default="rjieba", help="segmenters to ingest with (comma-separated; both are always timed alone and parsing)")
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES),
                        help="PostgreSQL server URL without a database name; a scratch database is created there")
    parser.add_argument("--repeat", type=int, default=3, help="time the floor and parsing alone this many times, "
                        "keeping the best (default 3)")
    parser.add_argument("--batches", default="1,100,1000", help="articles per transaction to ingest with (comma-separated)")
    parser.add_argument("--jobs", default="2", help="also time `manage.py ingest --jobs N` for these N (empty: skip), "
                        "with each of --batches")
    parser.add_argument("--write", type=Path, help="write the section into this Markdown file (docs/benchmarks.md)")
    args = parser.parse_args(argv)
    databases = [d.strip() for d in args.databases.split(",") if d.strip()]
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    batches = [int(b) for b in args.batches.split(",") if b.strip()]
    if not batches or min(batches) < 1:
        parser.error("--batches: one or more positive numbers")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.count < 4:
        parser.error("--count must be at least 4")
    if unknown := set(databases) - {"sqlite", "postgresql"}:
        parser.error(f"unknown database(s): {', '.join(sorted(unknown))}")
    if unknown := set(backends) - {"rjieba", "jieba"}:
        parser.error(f"unknown segmenter(s): {', '.join(sorted(unknown))}")

    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as scratch:
        tmp = Path(scratch)
        folder = tmp / "articles"
        paths = write_articles(folder, args.count, args.seed)
        texts = read_texts(paths)
        results: dict = {
            "count": args.count, "seed": args.seed,
            "megabytes": sum(len(t.encode("utf-8")) for t in texts) / 1e6,
            "machine": machine_facts(args.postgres if "postgresql" in databases else None),
        }
        checkpoints = sorted({args.count // 4, args.count // 2, args.count})
        print(f"{args.count} articles, {results['megabytes']:.2f} MB", file=sys.stderr)
        # The cheap steps are timed several times and the best run kept, as timeit does: on a shared
        # machine a run is only ever slowed down by others. A low floor makes the ratios larger.
        results["repeat"] = args.repeat
        results["floors"] = [best_of(args.repeat, segmentation_floor, texts, b) for b in ("jieba", "rjieba", "stock")]
        results["parse"] = [best_of(args.repeat, parse_only, texts, b) for b in ("rjieba", "jieba")]
        results["proposals"] = results["parse"][0]["proposals"]
        results["delegates"] = results["parse"][0]["delegates"]
        results["ingest"] = []
        for database in databases:
            for backend in backends:
                for batch in batches:
                    print(f"ingesting into {database} with {backend}, {batch} per transaction", file=sys.stderr)
                    if database == "sqlite":
                        url = f"sqlite:///{tmp / f'bench-{backend}-{batch}.sqlite3'}"
                        results["ingest"].append(run_worker(folder, url, backend, checkpoints, tmp, batch, texts))
                    else:
                        with scratch_postgres(args.postgres) as url:
                            results["ingest"].append(run_worker(folder, url, backend, checkpoints, tmp, batch, texts))
        results["jobs"] = [run_command_jobs(folder, int(n), batch, backends[0], tmp, texts)
                           for n in args.jobs.split(",") if n.strip() for batch in batches]

    section = render(results)
    print(section)
    print(json.dumps(results, indent=1), file=sys.stderr)
    if args.write:
        write_section(args.write, section)
        print(f"wrote the Ingestion section of {args.write}", file=sys.stderr)


if __name__ == "__main__":
    main()
