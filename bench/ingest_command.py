"""The ingest command end to end: ``manage.py ingest FOLDER`` as an operator runs it, beside jieba.

For each database (a fresh SQLite file, a scratch PostgreSQL database) and each set of options (the
default command first, then tuned ones) it runs the command in a process of its own and reads the
wall time, the CPU time of the command and its parse workers, and the peak resident set of the
largest of them (``wait4``). Stock jieba (``jieba.lcut``, HMM on) and rjieba (``rjieba.cut``, HMM
on, as it comes) segment the same texts just before and just after each run, in this process, and
each run is compared with the mean of those two timings. The peak memory is also taken at several
sizes (a prefix of the same generated articles), which shows whether memory grows with the archive.

    .venv/bin/python -m bench.ingest_command --sizes 1000,3000,10000 --write docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import write_articles  # noqa: E402
from bench.ingest_bench import (  # noqa: E402
    DEFAULT_POSTGRES,
    machine_facts,
    read_texts,
    scratch_postgres,
    write_marked_section,
)

PROJECT_PREFIXES = ("DJANGO_", "DATABASE_", "LIANGHUI_", "GUNICORN_")


def stock_floors(texts: list[str]) -> dict[str, float]:
    """Wall seconds for stock jieba and stock rjieba to segment every text once (warmed)."""
    import jieba
    import rjieba

    tokenizer = jieba.Tokenizer()
    cache = tempfile.mkdtemp(prefix="jieba-stock-")
    tokenizer.tmp_dir = cache
    tokenizer.initialize()
    try:
        started = time.perf_counter()
        for text in texts:
            tokenizer.lcut(text)
        jieba_s = time.perf_counter() - started
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    rjieba.cut("预热")
    started = time.perf_counter()
    for text in texts:
        rjieba.cut(text)
    return {"jieba": jieba_s, "rjieba": time.perf_counter() - started}


def _env(tmp: Path, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(PROJECT_PREFIXES)}
    env.update(DATABASE_URL=database_url, DJANGO_DEBUG="0", DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
               LIANGHUI_VAR_DIR=str(tmp / "var"), PYTHONUNBUFFERED="1")
    return env


def run_command(folder: Path, database_url: str, options: list[str], tmp: Path) -> dict:
    """``manage.py ingest [options] FOLDER`` on a migrated database: wall, CPU (with workers), peak RSS."""
    env = _env(tmp, database_url)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    log = tmp / f"ingest-{secrets.token_hex(4)}.log"
    with log.open("w") as out:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "manage.py", "ingest", *options, str(folder)], cwd=ROOT,
                                   env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text()
    if process.returncode not in (0, 1) or "articles:" not in text:  # 1: some files failed (reported)
        raise SystemExit(f"manage.py ingest {' '.join(options)} failed:\n{text[-3000:]}")
    summary = next((line for line in text.splitlines() if line.startswith("articles:")), "")
    return {"options": " ".join(options) or "(default)", "wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_rss_mb": usage.ru_maxrss / 1024, "summary": summary}


def measured(folder: Path, database: str, options: list[str], tmp: Path, texts: list[str], postgres: str) -> dict:
    """One run, between two timings of the stock segmenters."""
    before = stock_floors(texts)
    if database == "sqlite":
        result = run_command(folder, f"sqlite:///{tmp / f'cmd-{secrets.token_hex(4)}.sqlite3'}", options, tmp)
    else:
        with scratch_postgres(postgres) as url:
            result = run_command(folder, url, options, tmp)
    after = stock_floors(texts)
    floors = {name: (before[name] + after[name]) / 2 for name in before}
    return result | {"database": database, "articles": len(texts), "floors": floors}


def render(runs: list[dict], sizes: list[dict], facts: dict, megabytes: float) -> str:
    lines = [
        "### The ingest command end to end",
        "",
        f"`python -m bench.ingest_command` on {facts['date']}: `manage.py ingest FOLDER` in a process of its own on a "
        f"migrated database ({runs[0]['articles'] if runs else 0} generated articles, {megabytes:.2f} MB), wall time "
        "from start to exit (Django's start-up and the segmenter's dictionary load included); CPU time is that of the "
        "command and its parse workers. Stock jieba (`jieba.lcut`, HMM on) and rjieba (`rjieba.cut`, HMM on) segment "
        "the same texts just before and just after each run; the ratios are to the mean of the two. "
        f"Machine: {facts['cores']} cores, load average {facts['load_average']} at the start (shared with other work).",
        "",
        "| database | options | wall s | CPU s | × stock jieba (wall) | × rjieba (wall) | peak RSS MB | report |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for run in runs:
        lines.append(f"| {run['database']} | `{run['options']}` | {run['wall_s']:.1f} | {run['cpu_s']:.1f} | "
                     f"{run['wall_s'] / run['floors']['jieba']:.2f} | {run['wall_s'] / run['floors']['rjieba']:.1f} | "
                     f"{run['peak_rss_mb']:.0f} | {run['summary']} |")
    if sizes:
        lines += ["", "Peak memory of the default command (the largest process: the writer) by archive size:", "",
                  "| database | articles | wall s | × stock jieba (wall) | peak RSS MB |", "|---|---:|---:|---:|---:|"]
        for run in sizes:
            lines.append(f"| {run['database']} | {run['articles']} | {run['wall_s']:.1f} | "
                         f"{run['wall_s'] / run['floors']['jieba']:.2f} | {run['peak_rss_mb']:.0f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Time `manage.py ingest` end to end beside stock jieba and rjieba.")
    parser.add_argument("--count", type=int, default=1000, help="articles for the options table (default 1000)")
    parser.add_argument("--sizes", default="1000,3000,10000", help="article counts for the memory table (empty: skip)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--tuned", action="append", default=None,
                        help="options to time besides the default (repeatable; default: --batch 1000, --batch 1)")
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES))
    parser.add_argument("--write", type=Path, help="write the section into this Markdown file")
    args = parser.parse_args(argv)
    databases = [d for d in args.databases.split(",") if d]
    sizes = [int(n) for n in args.sizes.split(",") if n.strip()]
    tuned = args.tuned if args.tuned is not None else ["--batch 1000", "--batch 1 --jobs 1"]
    with tempfile.TemporaryDirectory(prefix="ingest-command-") as scratch:
        tmp = Path(scratch)
        paths = write_articles(tmp / "all", max([args.count, *sizes]), args.seed)

        def folder_of(count: int) -> tuple[Path, list[str]]:
            folder = tmp / f"first-{count}"
            if not folder.exists():
                folder.mkdir()
                for path in paths[:count]:
                    (folder / path.name).symlink_to(path)
            return folder, read_texts(paths[:count])

        facts = machine_facts(args.postgres if "postgresql" in databases else None)
        folder, texts = folder_of(args.count)
        megabytes = sum(len(t.encode()) for t in texts) / 1e6
        runs = []
        for database in databases:
            for options in ["", *tuned]:
                print(f"{database}: ingest {options or '(default)'} on {args.count}", file=sys.stderr, flush=True)
                runs.append(measured(folder, database, options.split(), tmp, texts, args.postgres))
        by_size = []
        for database in databases:
            for count in sizes:
                print(f"{database}: default ingest on {count}", file=sys.stderr, flush=True)
                same = next((r for r in runs if r["database"] == database and r["options"] == "(default)"
                             and r["articles"] == count), None)
                if same is None:
                    size_folder, size_texts = folder_of(count)
                    same = measured(size_folder, database, [], tmp, size_texts, args.postgres)
                by_size.append(same)
    section = render(runs, by_size, facts, megabytes)
    print(section)
    if args.write:
        write_marked_section(args.write, "ingest-command", section)


if __name__ == "__main__":
    main()
