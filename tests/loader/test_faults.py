"""Ingestion under faults: two processes at once, a process killed mid-run, a lost database connection.

The subprocess tests run ``manage.py ingest`` against a database of their own, migrated once per
module and copied per test: a SQLite file in a temporary folder, and, when the suite itself runs on
PostgreSQL, also a scratch PostgreSQL database (``scale_faults_<pid>_…``) created from a migrated
template and dropped afterwards. Each uses 24 small generated articles (``bench/generate.py``).
The expected state is that of one serial run of the same folder, and the dry run's proposal counts.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import OperationalError, connection

from bench.generate import write_articles
from proposals.loader.lock import INGEST_LOCK_ID
from proposals.models import Article, Proposal, ProposalSource
from tests.processes import PYTHON, ROOT, clean_env

ARTICLES = 24
SEED = 31
ON_POSTGRES = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
# The file-based SQLite database always; PostgreSQL as well when the suite runs on it (CI does both).
VENDORS = ["sqlite", "postgresql"] if ON_POSTGRES else ["sqlite"]
TIMEOUT = 600
_names = itertools.count()

SNAPSHOT = """
import json
from collections import Counter
from delegates.models import Delegate
from proposals.models import Article, Proposal, ProposalSource
per_article = Counter(dict(Article.objects.values_list("source", "id").order_by()))
own = Counter(Proposal.objects.values_list("article__source", flat=True))
further = Counter(ProposalSource.objects.values_list("article__source", flat=True))
print(json.dumps({
    "articles": sorted(Article.objects.values_list("source_key", flat=True)),
    "proposals_per_article": {s: own[s] + further[s] for s in per_article},
    "proposals": sorted(Proposal.objects.values_list("article__source_key", "machine_key", "start", "end")),
    "delegates": sorted(Delegate.objects.values_list("name", flat=True)),
}, ensure_ascii=False))
"""


# --------------------------------------------------------------------------------------------------
# Databases of their own for the subprocesses


def _pg_server() -> dict[str, str]:
    db = settings.DATABASES["default"]
    return {"user": db.get("USER") or "postgres", "password": db.get("PASSWORD") or "",
            "host": db.get("HOST") or "127.0.0.1", "port": str(db.get("PORT") or 5432)}


def _pg_url(name: str) -> str:
    server = _pg_server()
    secret = f":{server['password']}" if server["password"] else ""
    return f"postgres://{server['user']}{secret}@{server['host']}:{server['port']}/{name}"


def _pg_admin(sql: str, *params) -> list[tuple]:
    import psycopg

    server = _pg_server()
    with psycopg.connect(dbname="postgres", user=server["user"], password=server["password"] or None,
                         host=server["host"], port=server["port"], autocommit=True) as admin:
        cursor = admin.execute(sql, params or None)
        return cursor.fetchall() if cursor.description else []


def manage(env: dict[str, str], *args: str, check: bool = False) -> subprocess.CompletedProcess:
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=TIMEOUT)
    if check:
        assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}"
    return result


def snapshot(env: dict[str, str]) -> dict:
    # Django 5.2's shell may announce its automatic imports first: the JSON is the last line.
    return json.loads(manage(env, "shell", "-c", SNAPSHOT, check=True).stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("generated") / "articles"
    write_articles(folder, ARTICLES, seed=SEED)
    return folder


@pytest.fixture(scope="module", params=VENDORS)
def template(request, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """A migrated database to copy: (vendor, what to copy it from)."""
    tmp = tmp_path_factory.mktemp(f"template-{request.param}")
    if request.param == "sqlite":
        path = tmp / "template.sqlite3"
        manage(clean_env(tmp, DATABASE_URL=f"sqlite:///{path}"), "migrate", "--noinput", check=True)
        yield "sqlite", str(path)
        return
    name = f"scale_faults_{os.getpid()}_template"
    _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _pg_admin(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0")
    try:
        manage(clean_env(tmp, DATABASE_URL=_pg_url(name)), "migrate", "--noinput", check=True)
        yield "postgresql", name
    finally:
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _copy(template: tuple[str, str], tmp: Path) -> tuple[str, str | None]:
    """(DATABASE_URL, PostgreSQL database name or None) of a fresh copy of the template."""
    vendor, source = template
    if vendor == "sqlite":
        path = tmp / f"copy-{next(_names)}.sqlite3"
        shutil.copyfile(source, path)
        return f"sqlite:///{path}", None
    name = f"scale_faults_{os.getpid()}_{next(_names)}"
    _pg_admin(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    return _pg_url(name), name


@pytest.fixture
def scratch(template, tmp_path) -> Iterator[dict[str, str]]:
    """The environment of a subprocess working on a fresh, migrated, empty database."""
    url, pg_name = _copy(template, tmp_path)
    try:
        yield clean_env(tmp_path, DATABASE_URL=url) | ({"SCRATCH_PG_NAME": pg_name} if pg_name else {})
    finally:
        if pg_name:
            _pg_admin(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def expected(template, articles, tmp_path_factory) -> Iterator[dict]:
    """What one serial run writes, and the dry run's proposals per article."""
    tmp = tmp_path_factory.mktemp(f"expected-{template[0]}")
    url, pg_name = _copy(template, tmp)
    env = clean_env(tmp, DATABASE_URL=url)
    try:
        dry = json.loads(manage(env, "ingest", "--dry-run", "--json", str(articles), check=True).stdout)
        manage(env, "ingest", "--batch", "1", "--jobs", "1", str(articles), check=True)
        state = snapshot(env)
    finally:
        if pg_name:
            _pg_admin(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')
    dry_counts = {a["source"]: len(a["proposals"]) for a in dry["articles"]}
    assert len(dry_counts) == ARTICLES and all(dry_counts.values()), "every generated article has proposals"
    assert state["proposals_per_article"] == dry_counts, "a serial run writes what the dry run reads"
    yield {"state": state, "dry": dry_counts}


def _ingest_process(env: dict[str, str], folder: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen([PYTHON, "manage.py", "ingest", *options, str(folder)], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux ``/proc``)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _wait_gone(pids: set[int], seconds: float = 10.0) -> set[int]:
    deadline = time.monotonic() + seconds
    while (alive := {pid for pid in pids if _alive(pid)}) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


# --------------------------------------------------------------------------------------------------
# (a) two processes at once


def test_two_ingestions_of_one_folder_at_once_write_each_article_delegate_and_proposal_once(
    scratch, articles, expected
):
    first, second = _ingest_process(scratch, articles), _ingest_process(scratch, articles)
    outputs = [first.communicate(timeout=TIMEOUT), second.communicate(timeout=TIMEOUT)]
    for process, (_out, err) in zip((first, second), outputs, strict=True):
        assert process.returncode == 0, err[-3000:]
    written = [line for out, _err in outputs for line in out.splitlines() if line.startswith("new ")]
    # Each article was written by exactly one of the two; the other found it there ("unchanged").
    assert len(written) == ARTICLES
    assert snapshot(scratch) == expected["state"]


# --------------------------------------------------------------------------------------------------
# (b) killed mid-run


def test_a_parallel_ingest_killed_mid_run_leaves_no_worker_and_whole_articles_and_a_rerun_completes_at_once(
    scratch, articles, expected
):
    process = _ingest_process(scratch, articles, "--batch", "4", "--jobs", "3")
    seen, workers = 0, set()
    try:
        for line in process.stdout:
            seen += line.startswith("new ")
            workers |= _children(process.pid)
            if seen == 8:
                process.send_signal(signal.SIGKILL)
                break
    finally:
        process.kill()
        process.communicate(timeout=TIMEOUT)
    assert process.returncode == -signal.SIGKILL
    assert workers, "the parse workers were not seen"
    assert not _wait_gone(workers), "parse workers outlived their killed parent"

    state = snapshot(scratch)
    assert 8 <= len(state["articles"]) < ARTICLES, "the kill did not land mid-run"
    # No half-written article: every article on record has all the proposals the dry run reads in it.
    for source, count in state["proposals_per_article"].items():
        assert count == expected["dry"][source], source

    # The lock went with the killed process: the re-run neither waits nor says it waits.
    rerun = manage(scratch, "ingest", "--lock-timeout", "20", str(articles))
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "waiting" not in rerun.stderr
    assert re.search(rf"articles: {ARTICLES - len(state['articles'])} new, 0 updated, {len(state['articles'])} unchanged, 0 failed",
                     rerun.stdout), rerun.stdout[-2000:]
    assert snapshot(scratch) == expected["state"]


# --------------------------------------------------------------------------------------------------
# (c) a lost database connection


if ON_POSTGRES:

    @pytest.mark.parametrize("template", ["postgresql"], indirect=True)
    def test_a_terminated_postgresql_connection_fails_one_file_with_a_one_line_error_and_a_retry_succeeds(
        scratch, articles, expected
    ):
        process = _ingest_process(scratch, articles, "--batch", "1", "--jobs", "1")
        seen = 0
        for line in process.stdout:
            seen += line.startswith("new ")
            if seen == 4:
                terminated = _pg_admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = %s AND pid <> pg_backend_pid()", scratch["SCRATCH_PG_NAME"])
                assert terminated and all(row[0] for row in terminated)
                break
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 1, err[-3000:]
        assert "Traceback" not in err
        failures = [line for line in err.splitlines() if line.strip()]
        assert len(failures) == 1, err
        assert re.fullmatch(rf"{re.escape(str(articles))}/gen_{SEED}_\d{{5}}\.txt: database error \(\w+Error\): \S.*",
                            failures[0]), failures[0]
        assert f"articles: {ARTICLES - 1} new, 0 updated, 0 unchanged, 1 failed" in out

        retry = manage(scratch, "ingest", "--batch", "1", str(articles))
        assert retry.returncode == 0, retry.stderr[-3000:]
        assert f"articles: 1 new, 0 updated, {ARTICLES - 1} unchanged, 0 failed" in retry.stdout
        assert snapshot(scratch) == expected["state"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_database_error_inside_an_article_fails_that_file_only_in_one_line_and_a_retry_succeeds(tmp_path):
    """The driver fails mid-transaction (the third article's row is written, its proposals are not)."""
    folder = tmp_path / "articles"
    paths = write_articles(folder, 6, seed=SEED)
    state = {"articles": 0, "failed": False}

    def fail_once(execute, sql, params, many, context):
        if sql.startswith('INSERT INTO "proposals_article" '):
            state["articles"] += 1
        elif state["articles"] == 3 and not state["failed"] and sql.startswith('INSERT INTO "proposals_proposal" '):
            state["failed"] = True
            # What psycopg reports when the server goes away: several lines.
            raise OperationalError("server closed the connection unexpectedly\n\tThis probably means the server "
                                   "terminated abnormally\n\tbefore or while processing the request.")
        return execute(sql, params, many, context)

    out, err = StringIO(), StringIO()
    with connection.execute_wrapper(fail_once), pytest.raises(SystemExit) as exit_:
        call_command("ingest", "--batch", "1", "--jobs", "1", str(folder), stdout=out, stderr=err)
    assert exit_.value.code == 1
    assert state["failed"]
    assert err.getvalue().splitlines() == [
        f"{paths[2]}: database error (OperationalError): server closed the connection unexpectedly"
    ]
    assert "articles: 5 new, 0 updated, 0 unchanged, 1 failed" in out.getvalue()
    # Nothing of the failed article was kept: its article row went with the transaction.
    assert not Article.objects.filter(source=str(paths[2])).exists()

    out = StringIO()
    call_command("ingest", str(folder), stdout=out, stderr=StringIO())
    assert "articles: 1 new, 0 updated, 5 unchanged, 0 failed" in out.getvalue()
    for article in Article.objects.all():
        assert Proposal.objects.filter(article=article).count() + ProposalSource.objects.filter(article=article).count()


# --------------------------------------------------------------------------------------------------
# (d) a second ingest that must wait


@contextlib.contextmanager
def _holding_the_ingest_lock(env: dict[str, str]) -> Iterator[str]:
    """Hold the ingest lock as another ingest would; yields what the waiting ingest should name."""
    if "SCRATCH_PG_NAME" in env:
        import psycopg

        server = _pg_server()
        with psycopg.connect(dbname=env["SCRATCH_PG_NAME"], user=server["user"], password=server["password"] or None,
                             host=server["host"], port=server["port"], autocommit=True,
                             application_name="a test holding the lock") as holder:
            holder.execute("SELECT pg_advisory_lock(%s)", [INGEST_LOCK_ID])
            yield f"pid {holder.info.backend_pid} (a test holding the lock"
        return
    path = Path(env["DATABASE_URL"].removeprefix("sqlite:///") + ".ingest-lock")
    with path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lock.write(f"{os.getpid()} 2026-03-05T09:00:00+0800")
        lock.flush()
        yield f"process {os.getpid()}, since 2026-03-05T09:00:00+0800"


def test_an_ingest_behind_the_lock_says_who_holds_it_at_once_and_gives_up_after_its_timeout(scratch, articles):
    with _holding_the_ingest_lock(scratch) as holder:
        waiting = manage(scratch, "ingest", "--lock-timeout", "1", str(articles))
    assert waiting.returncode == 1
    lines = waiting.stderr.splitlines()
    assert "Traceback" not in waiting.stderr
    assert lines[0].startswith("ingest: waiting for the ingest lock, held by ") and holder in lines[0], lines
    assert lines[-1].startswith("ingest: gave up after 1 s waiting for the ingest lock"), lines
    assert snapshot(scratch)["articles"] == []
