"""gunicorn.conf.py: sizes itself from the CPUs it may use, and every value yields to the environment."""

from __future__ import annotations

import os
import runpy
import subprocess

import pytest

from tests.processes import ROOT, clean_env

CONFIG = ROOT / "gunicorn.conf.py"
VENV_BIN = ROOT / ".venv" / "bin"


def load(monkeypatch, **env: str) -> dict:
    for name in list(os.environ):
        if name.startswith("GUNICORN_"):
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_defaults_suit_a_container(monkeypatch):
    config = load(monkeypatch)
    cores = len(os.sched_getaffinity(0))

    assert config["bind"] == "0.0.0.0:8000"
    assert config["workers"] == 2 * cores + 1
    assert config["threads"] == 2
    assert config["timeout"] == 60
    assert config["graceful_timeout"] == 30
    assert config["keepalive"] == 5
    assert config["preload_app"] is True
    assert config["accesslog"] == "-"
    assert config["errorlog"] == "-"


def test_every_value_yields_to_the_environment(monkeypatch):
    config = load(
        monkeypatch,
        GUNICORN_BIND="127.0.0.1:9000",
        GUNICORN_WORKERS="3",
        GUNICORN_THREADS="8",
        GUNICORN_TIMEOUT="120",
        GUNICORN_GRACEFUL_TIMEOUT="10",
        GUNICORN_KEEPALIVE="2",
        GUNICORN_MAX_REQUESTS="0",
        GUNICORN_LOG_LEVEL="warning",
    )

    assert (config["bind"], config["workers"], config["threads"]) == ("127.0.0.1:9000", 3, 8)
    assert (config["timeout"], config["graceful_timeout"], config["keepalive"]) == (120, 10, 2)
    assert config["max_requests"] == 0
    assert config["loglevel"] == "warning"


def test_an_empty_variable_means_the_default(monkeypatch):
    # docker-compose.yml passes ${GUNICORN_WORKERS:-}, an empty string, when the operator sets nothing.
    config = load(monkeypatch, GUNICORN_WORKERS="", GUNICORN_THREADS="")

    assert config["workers"] == 2 * len(os.sched_getaffinity(0)) + 1
    assert config["threads"] == 2


def test_a_malformed_number_stops_start_up_with_its_name(monkeypatch):
    with pytest.raises(SystemExit, match="GUNICORN_WORKERS='many' is not an integer"):
        load(monkeypatch, GUNICORN_WORKERS="many")


def test_gunicorn_accepts_the_configuration_and_loads_the_application(tmp_path):
    result = subprocess.run(
        [str(VENV_BIN / "gunicorn"), "--check-config", "--config", str(CONFIG), "config.wsgi:application"],
        cwd=ROOT,
        env=clean_env(tmp_path, GUNICORN_WORKERS="1"),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_refuses_to_start_in_production_without_a_secret_key(tmp_path):
    result = subprocess.run(
        [str(VENV_BIN / "gunicorn"), "--check-config", "--config", str(CONFIG), "config.wsgi:application"],
        cwd=ROOT,
        env=clean_env(tmp_path, DJANGO_DEBUG="0"),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_the_master_warms_the_search_before_forking_and_keeps_no_connection(tmp_path):
    env = clean_env(tmp_path, DJANGO_SETTINGS_MODULE="config.settings")
    python = str(VENV_BIN / "python")
    for command in (["migrate", "--noinput"], ["ingest", "samples/"]):
        done = subprocess.run([python, "manage.py", *command], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
    script = f"""
import runpy, django
django.setup()
from django.db import connections
from proposals import search
from proposals.search import dictionary
assert not dictionary.vocabulary.loaded
config = runpy.run_path({str(CONFIG)!r})

class Server:
    class log:
        @staticmethod
        def warning(*args):
            raise AssertionError(args)

config["when_ready"](Server())
assert dictionary.vocabulary.loaded
assert "诸葛文静" in search.tokenize("诸葛文静委员")
assert all(c.connection is None for c in connections.all())
print("warm")
"""
    completed = subprocess.run([python, "-c", script], cwd=ROOT, env=env,
                               capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert completed.stdout.split()[-1] == "warm"
