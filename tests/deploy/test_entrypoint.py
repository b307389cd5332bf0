"""The container's start-up sequence, run for real on this machine: wait for the database, migrate,
optionally ingest the demo articles, then hand over to gunicorn, which serves /healthz.

SQLite in a temporary directory stands in for PostgreSQL, so these tests never touch a shared database.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.request

import pytest

from tests.processes import ROOT, production_env

ENTRYPOINT = ROOT / "deploy" / "entrypoint.sh"
VENV_BIN = ROOT / ".venv" / "bin"
GUNICORN = ["gunicorn", "--config", "gunicorn.conf.py", "config.wsgi:application"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def container_env(tmp_path, **overrides: str) -> dict[str, str]:
    # "python" and "gunicorn" resolve to the project's virtualenv, as they do in the image.
    container = {
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DB_WAIT_TIMEOUT": "5",
    }
    return production_env(tmp_path, **{**container, **overrides})


def wait_for_port(port: int, process: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the container process exited with {process.returncode}: {process.stdout.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail("gunicorn did not start listening in time")


@pytest.fixture
def served(tmp_path):
    """The entrypoint started as the image's CMD would be, serving on a free loopback port."""
    port = free_port()
    env = container_env(tmp_path, GUNICORN_BIND=f"127.0.0.1:{port}", GUNICORN_WORKERS="1")
    process = subprocess.Popen(
        ["sh", str(ENTRYPOINT), *GUNICORN],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        wait_for_port(port, process, time.monotonic() + 120)
        yield port, env, process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_the_entrypoint_migrates_and_gunicorn_serves_healthz(served, tmp_path):
    port, env, process = served
    request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": "kb.example.org"})

    with urllib.request.urlopen(request, timeout=10) as response:
        body = json.load(response)
        headers = response.headers

    assert body == {"status": "ok", "database": "ok"}
    # DJANGO_SSL_REDIRECT=1 is on, yet the plain-HTTP probe is answered, with the security headers.
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM django_migrations WHERE app = 'proposals'").fetchone()[0] > 0


def test_the_container_health_check_passes_against_the_running_server(served):
    port, env, process = served

    result = subprocess.run(
        ["python", "deploy/healthcheck.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )

    assert result.returncode == 0, result.stderr


def test_gunicorn_receives_sigterm_directly_and_stops_gracefully(served):
    # The entrypoint execs gunicorn, so docker's SIGTERM reaches the arbiter, not a shell.
    port, env, process = served
    urllib.request.urlopen(
        urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": "kb.example.org"}),
        timeout=10,
    ).close()

    process.send_signal(signal.SIGTERM)
    output = process.communicate(timeout=60)[0]

    assert process.returncode == 0
    assert "Shutting down: Master" in output
    assert '"GET /healthz HTTP/1.1" 200' in output


def test_the_health_check_fails_when_nothing_answers(tmp_path):
    env = container_env(tmp_path, GUNICORN_BIND=f"127.0.0.1:{free_port()}")

    result = subprocess.run(
        ["python", "deploy/healthcheck.py"], cwd=ROOT, env=env, capture_output=True, timeout=30
    )

    assert result.returncode == 1


def test_the_entrypoint_gives_up_on_an_unreachable_database_and_starts_nothing(tmp_path):
    marker = tmp_path / "started"
    env = container_env(tmp_path, DATABASE_URL="postgres://nobody@127.0.0.1:9/none", DB_WAIT_TIMEOUT="1")

    result = subprocess.run(
        ["sh", str(ENTRYPOINT), "touch", str(marker)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "database still unreachable" in result.stderr
    assert not marker.exists()


def test_demo_ingest_loads_the_sample_articles_before_the_command_runs(tmp_path):
    env = container_env(tmp_path, DEMO_INGEST="1")
    count = "from proposals.models import Article; print('articles', Article.objects.count())"

    result = subprocess.run(
        ["sh", str(ENTRYPOINT), "python", "manage.py", "shell", "-c", count],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert f"articles {len(list((ROOT / 'samples').glob('*.md')))}" in result.stdout
