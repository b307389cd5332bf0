"""The API's documented throttle holds for a client whose requests land on different gunicorn workers.

Before the shared cache, each worker counted in its own memory, so N workers let a client make N
times the documented rate. Here gunicorn runs three workers on a random loopback port, several
client processes take turns (each opening a new connection per request, so the requests spread
over the workers), and the access log shows which worker answered each one. The database cache is
tested on the session's database (the test database on PostgreSQL, a migrated file on SQLite),
Redis when ``redis-server`` is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time

import pytest
from django.db import connection

from config.cache import AtomicDatabaseCache
from tests.processes import PYTHON, ROOT, clean_env

GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
LIMIT = 10
CLIENTS, REQUESTS_EACH = 4, 5
URL_PATH = "/api/v1/key-tasks/"
CLIENT = """
import sys, urllib.error, urllib.request
statuses = []
for _ in range(int(sys.argv[2])):
    request = urllib.request.Request(sys.argv[1], headers={"Accept": "application/json", "X-Forwarded-For": "198.51.100.7"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            statuses.append(response.status)
    except urllib.error.HTTPError as error:
        statuses.append(error.code)
print(" ".join(map(str, statuses)))
"""
ACCESS_LINE = re.compile(r"^<(\d+)> (\d{3}) (\S+)$", re.M)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, log, deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}: {log.read_text()[-3000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"the server did not listen in time: {log.read_text()[-3000:]}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def session_database_url(tmp_path) -> str:
    """The database the server uses: the test database on PostgreSQL, a freshly migrated file on SQLite."""
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
        return f"postgres://{db['USER']}{password}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    migrated = subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=clean_env(tmp_path, DATABASE_URL=url),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert migrated.returncode == 0, migrated.stderr
    return url


@pytest.fixture
def redis_url(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    log = tmp_path / "redis.log"
    with open(log, "w") as out:
        process = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for_port(port, process, log, time.monotonic() + 30)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(process)


def serve_and_take_turns(tmp_path, **environment: str) -> tuple[list[int], dict[str, set[str]]]:
    """Start gunicorn with three workers, run the clients one after another; their statuses in
    order, and the statuses each worker gave (from the access log)."""
    port = free_port()
    log = tmp_path / "gunicorn.log"
    env = clean_env(
        tmp_path,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="throttle-test-" + "k" * 50,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SSL_REDIRECT="0",
        API_THROTTLE_ANON=f"{LIMIT}/hour",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="3",
        GUNICORN_THREADS="2",
        **environment,
    )
    with open(log, "w") as out:
        server = subprocess.Popen(
            [GUNICORN, "--config", "gunicorn.conf.py", "--access-logformat", "%(p)s %(s)s %(U)s",
             "config.wsgi:application"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for_port(port, server, log, time.monotonic() + 120)
        statuses: list[int] = []
        for _ in range(CLIENTS):
            client = subprocess.run(
                [sys.executable, "-c", CLIENT, f"http://127.0.0.1:{port}{URL_PATH}", str(REQUESTS_EACH)],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert client.returncode == 0, client.stderr
            statuses += [int(status) for status in client.stdout.split()]
    finally:
        stop(server)
    by_worker: dict[str, set[str]] = {}
    for pid, status, path in ACCESS_LINE.findall(log.read_text()):
        if path == URL_PATH:
            by_worker.setdefault(pid, set()).add(status)
    return statuses, by_worker


def assert_the_limit_held(statuses: list[int], by_worker: dict[str, set[str]]) -> None:
    assert statuses == [200] * LIMIT + [429] * (CLIENTS * REQUESTS_EACH - LIMIT)
    # Several workers answered: with a count of its own, each would have allowed the limit.
    assert len(by_worker) >= 2, f"all requests went to one worker: {by_worker}"


@pytest.mark.django_db(transaction=True)
def test_the_api_throttle_holds_across_workers_counting_in_the_database(tmp_path):
    url = session_database_url(tmp_path)
    try:
        statuses, by_worker = serve_and_take_turns(tmp_path, DATABASE_URL=url)
    finally:
        if connection.vendor == "postgresql":
            AtomicDatabaseCache("lianghui_cache", {}).clear()  # the test database outlives this test

    assert_the_limit_held(statuses, by_worker)


@pytest.mark.django_db(transaction=True)
def test_the_api_throttle_holds_across_workers_counting_in_redis(tmp_path, redis_url):
    statuses, by_worker = serve_and_take_turns(
        tmp_path, DATABASE_URL=session_database_url(tmp_path), REDIS_URL=redis_url
    )

    assert_the_limit_held(statuses, by_worker)
