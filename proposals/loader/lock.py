"""The ingest lock: one ingesting transaction at a time, freed by the system when its holder dies.

On PostgreSQL a transaction-level advisory lock (``pg_try_advisory_xact_lock``, polled): the server
drops it with the transaction, and with the session when the holder's process goes away. On a
SQLite file an exclusive ``flock`` on a file beside the database, which the kernel drops when the
holder dies (SQLite's own write lock, with its busy timeout, still guards against other writers).

A writer that must wait says so at once through ``waiting`` (who holds the lock and since when),
and gives up after ``timeout`` seconds with ``IngestLockTimeout``: a one-line message, no traceback.
``waiting(message)`` and ``timeout`` are set for a run with ``lock_policy``.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection

INGEST_LOCK_ID = 727_001
POLL_SECONDS = 0.2


class IngestLockTimeout(Exception):
    """Another ingest held the lock for longer than this one would wait (the message says who)."""


@dataclass(frozen=True)
class LockPolicy:
    timeout: float
    waiting: Callable[[str], None]


def default_timeout() -> float:
    """``LIANGHUI_INGEST_LOCK_TIMEOUT`` (seconds), 600 by default."""
    return float(getattr(settings, "LIANGHUI_INGEST_LOCK_TIMEOUT", 600))


_policy: ContextVar[LockPolicy | None] = ContextVar("ingest_lock_policy", default=None)


@contextlib.contextmanager
def lock_policy(timeout: float | None, waiting: Callable[[str], None] | None) -> Iterator[None]:
    """How long writers in this context wait for the lock, and whom they tell that they wait."""
    token = _policy.set(LockPolicy(default_timeout() if timeout is None else timeout,
                                   waiting or (lambda message: None)))
    try:
        yield
    finally:
        _policy.reset(token)


def current_policy() -> LockPolicy:
    return _policy.get() or LockPolicy(default_timeout(), lambda message: None)


def _wait(try_lock: Callable[[], bool], holder: Callable[[], str]) -> None:
    if try_lock():
        return
    policy = current_policy()
    who = holder()
    policy.waiting(f"waiting for the ingest lock, held by {who} (giving up after {policy.timeout:g} s)")
    deadline = time.monotonic() + policy.timeout
    while not try_lock():
        if time.monotonic() >= deadline:
            raise IngestLockTimeout(f"gave up after {policy.timeout:g} s waiting for the ingest lock, held by "
                                    f"{holder() or who} (another ingest is running; see --lock-timeout)")
        time.sleep(POLL_SECONDS)


# --------------------------------------------------------------------------------------------------
# PostgreSQL


def _pg_try() -> bool:
    with connection.cursor() as cursor:
        # Named, so that a waiting ingest can say who holds the lock.
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s), set_config('application_name', %s, false)",
                       [INGEST_LOCK_ID, f"lianghui ingest (pid {os.getpid()})"])
        return bool(cursor.fetchone()[0])


def _pg_holder() -> str:
    """Who holds the advisory lock: pid, application name, backend and transaction start."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.pid, a.application_name, a.client_addr, a.backend_start, a.xact_start "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = %s "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            [INGEST_LOCK_ID],
        )
        row = cursor.fetchone()
    if row is None:
        return "another session (gone by now)"
    pid, application, address, backend_start, xact_start = row
    since = (xact_start or backend_start).isoformat(timespec="seconds")
    return (f"PostgreSQL backend pid {pid} ({application or 'no application_name'}"
            f"{f', from {address}' if address else ''}, connected {backend_start.isoformat(timespec='seconds')}), "
            f"since {since}")


# --------------------------------------------------------------------------------------------------
# SQLite


def _sqlite_lock_path() -> Path | None:
    name = str(connection.settings_dict.get("NAME") or "")
    if not name or name == ":memory:" or name.startswith("file:") or "mode=memory" in name:
        return None
    return Path(f"{name}.ingest-lock")


@contextlib.contextmanager
def _sqlite_file_lock(path: Path) -> Iterator[None]:
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        def try_lock() -> bool:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {time.strftime('%Y-%m-%dT%H:%M:%S%z')}".encode(), 0)
            return True

        def holder() -> str:
            try:
                pid, since = path.read_text().split(maxsplit=1)
            except (OSError, ValueError):
                return "another process"
            return f"process {pid}, since {since}"

        _wait(try_lock, holder)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------------------------------


def serialize_writers() -> None:
    """Inside a transaction on PostgreSQL: hold the ingest lock until it ends (waiting as set)."""
    if connection.vendor == "postgresql":
        _wait(_pg_try, _pg_holder)


@contextlib.contextmanager
def ingest_lock() -> Iterator[None]:
    """Around a transaction on SQLite: hold the lock file beside the database (nothing elsewhere)."""
    path = _sqlite_lock_path() if connection.vendor == "sqlite" else None
    if path is None:
        yield
        return
    with _sqlite_file_lock(path):
        yield
