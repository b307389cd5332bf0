"""The shared cache: its table comes with ``migrate``, and its increments add up across connections."""

from __future__ import annotations

import sqlite3
import subprocess
import time

import pytest
from django.db import connection

from config.cache import DATABASE_CACHE_TABLE, AtomicDatabaseCache
from tests.processes import PYTHON, ROOT, clean_env

TABLE = DATABASE_CACHE_TABLE


def database_cache() -> AtomicDatabaseCache:
    return AtomicDatabaseCache(TABLE, {})


def test_migrate_creates_the_cache_table(db):
    assert TABLE in connection.introspection.table_names()


def test_migrate_alone_puts_back_a_missing_cache_table(tmp_path):
    """As after running on Redis for a while and switching back: no createcachetable step needed."""
    database = tmp_path / "db.sqlite3"
    env = clean_env(tmp_path, DATABASE_URL=f"sqlite:///{database}")

    def migrate() -> None:
        result = subprocess.run(
            [PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, capture_output=True, text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr

    def tables() -> set[str]:
        with sqlite3.connect(database) as db:
            return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    migrate()
    assert TABLE in tables()
    with sqlite3.connect(database) as db:
        db.execute(f"DROP TABLE {TABLE}")
    migrate()

    assert TABLE in tables()


@pytest.mark.django_db
def test_incr_adds_to_a_stored_count_and_decr_takes_away():
    cache = database_cache()
    cache.add("count", 1, timeout=60)

    assert cache.incr("count") == 2
    assert cache.incr("count", 5) == 7
    assert cache.decr("count", 3) == 4
    assert cache.get("count") == 4


@pytest.mark.django_db
def test_incr_of_a_missing_or_expired_key_raises_value_error_as_django_caches_do():
    cache = database_cache()
    cache.set("expired", 1, timeout=1)
    time.sleep(1.1)

    with pytest.raises(ValueError, match="not found"):
        cache.incr("missing")
    with pytest.raises(ValueError, match="not found"):
        cache.incr("expired")


@pytest.mark.django_db
def test_incr_keeps_the_expiry_the_count_was_added_with():
    cache = database_cache()
    cache.add("window", 1, timeout=1)
    cache.incr("window")
    time.sleep(1.1)

    assert cache.get("window") is None


COUNTER = """
import sys, django
django.setup()
from django.core.cache import cache
operation = sys.argv[1]
if operation == "add":
    cache.add("shared-count", 0, timeout=300)
elif operation == "incr":
    for _ in range(int(sys.argv[2])):
        cache.incr("shared-count")
elif operation == "delete":
    cache.delete("shared-count")
print(cache.get("shared-count"))
"""


def counting_process(env: dict[str, str], *arguments: str) -> subprocess.Popen:
    return subprocess.Popen(
        [PYTHON, "-c", COUNTER, *arguments], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finished(process: subprocess.Popen) -> str:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err[-2000:]
    return out.strip()


@pytest.mark.django_db(transaction=True)
def test_concurrent_increments_from_separate_processes_are_never_lost(tmp_path):
    """Four processes, as four gunicorn workers would, on the session's database (a file on SQLite)."""
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
        url = f"postgres://{db['USER']}{password}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
    else:
        url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env = clean_env(tmp_path, DATABASE_URL=url, DJANGO_SETTINGS_MODULE="config.settings")
    created = subprocess.run(
        [PYTHON, "manage.py", "createcachetable"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert created.returncode == 0, created.stderr
    processes, increments = 4, 25

    try:
        finished(counting_process(env, "add"))
        counters = [counting_process(env, "incr", str(increments)) for _ in range(processes)]
        for counter in counters:
            finished(counter)
        total = finished(counting_process(env, "get"))
    finally:
        finished(counting_process(env, "delete"))  # the PostgreSQL test database outlives this test

    assert total == str(processes * increments)
