"""The load test's database: samples/ plus generated articles, built with ``manage.py ingest`` and
kept between runs.

Building 10,000 proposals takes about half a minute of the two cores the load test measures, so
the built database is cached: a SQLite file under ``var/load-test/``, or a PostgreSQL database
``load_cache_<key>`` that each run clones (``CREATE DATABASE … TEMPLATE``). The key is a hash of the
article count and of everything that decides what the database holds (the generator, the parser,
the loader, the ingest command, the migrations), so a change to any of them builds afresh; an older
cache is removed when a new one is made. ``--fresh`` ignores the cache.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / "var" / "load-test"
SEED = 7

# What the built database depends on, besides the article count.
SOURCES = ("bench/generate.py", "samples", "proposals/ingest", "proposals/loader", "proposals/management",
           "proposals/services.py", "delegates/services.py", "proposals/migrations", "delegates/migrations")


def cache_key(articles: int) -> str:
    digest = hashlib.sha256(f"{articles}:{SEED}".encode())
    for source in SOURCES:
        path = ROOT / source
        for file in sorted(path.rglob("*") if path.is_dir() else [path]):
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(str(file.relative_to(ROOT)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def build(env: dict[str, str], tmp: Path, articles: int) -> None:
    """Migrate, then ingest samples/ and ``articles`` generated articles the way an operator would."""
    from bench.generate import write_articles

    manage(env, "migrate", "--noinput", "-v", "0")
    sources = [str(ROOT / "samples")]
    if articles:
        write_articles(tmp / "generated", articles, seed=SEED)
        sources.append(str(tmp / "generated"))
    manage(env, "ingest", "--jobs", "2", *sources)


@contextmanager
def sqlite_database(tmp: Path, articles: int, fresh: bool, env_for: Callable[[str], dict[str, str]]) -> Iterator[str]:
    """A SQLite file for this run, copied from the cache or built (and then cached)."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cached = CACHE_DIR / f"sqlite-{cache_key(articles)}.sqlite3"
    target = tmp / "load.sqlite3"
    url = f"sqlite:///{target}"
    if cached.exists() and not fresh:
        shutil.copyfile(cached, target)
        print(f"database: copied from {cached.relative_to(ROOT)}", file=sys.stderr)
    else:
        print(f"database: building ({articles} generated articles)…", file=sys.stderr)
        build(env_for(url), tmp, articles)
        for old in CACHE_DIR.glob("sqlite-*.sqlite3"):
            old.unlink()
        shutil.copyfile(target, cached)
    yield url


@contextmanager
def postgres_database(
    server_url: str, tmp: Path, articles: int, fresh: bool, env_for: Callable[[str], dict[str, str]]
) -> Iterator[str]:
    """A scratch PostgreSQL database for this run, cloned from the cached one or built (and then
    kept as ``load_cache_<key>``); the scratch database is dropped at the end."""
    import os

    import psycopg

    server = server_url.rstrip("/")
    name, cached = f"load_test_{os.getpid()}", f"load_cache_{cache_key(articles)}"
    create = "CREATE DATABASE \"{}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE {}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cached]).fetchone()
        if exists and not fresh:
            admin.execute(create.format(name, f'"{cached}"'))
            print(f"database: cloned from {cached}", file=sys.stderr)
        else:
            admin.execute(create.format(name, "template0"))
    try:
        url = f"{server}/{name}"
        if not exists or fresh:
            print(f"database: building ({articles} generated articles)…", file=sys.stderr)
            build(env_for(url), tmp, articles)
            with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
                old = admin.execute("SELECT datname FROM pg_database WHERE datname LIKE 'load\\_cache\\_%%'").fetchall()
                for (stale,) in old:
                    admin.execute(f'DROP DATABASE IF EXISTS "{stale}" WITH (FORCE)')
                admin.execute(create.format(cached, f'"{name}"'))
        yield url
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
