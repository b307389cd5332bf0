"""Gunicorn settings for the web service (``gunicorn -c gunicorn.conf.py config.wsgi:application``).

Every value can be overridden from the environment; docs/operations.md lists the variables.
"""

from __future__ import annotations

import os


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    try:
        return int(value) if value else default
    except ValueError:
        raise SystemExit(f"{name}={value!r} is not an integer") from None


def available_cores() -> int:
    # sched_getaffinity honours a container's cpuset; cpu_count() would report the whole host.
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = _env_int("GUNICORN_WORKERS", 2 * available_cores() + 1)
# More than one thread makes gunicorn use the gthread worker: a slow client holds a thread, not a process.
threads = _env_int("GUNICORN_THREADS", 2)
timeout = _env_int("GUNICORN_TIMEOUT", 60)
graceful_timeout = _env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _env_int("GUNICORN_KEEPALIVE", 5)
# Recycle workers now and then so a slow leak (a large parse kept alive by a cache) cannot grow forever.
max_requests = _env_int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = _env_int("GUNICORN_MAX_REQUESTS_JITTER", 100)

# Load Django (and jieba's dictionary, when imported at start-up) once, before forking.
preload_app = True

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%({x-forwarded-for}i)s %(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# Worker heartbeats on a RAM-backed file: a container's overlay disk can stall them into timeouts.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"


def when_ready(server) -> None:
    """Warm the search before the workers fork (the app is preloaded in this master process).

    Without it, every worker loads the jieba dictionary and every name on record on its first
    search, all at once under load: seconds of queued requests. Warmed here, the workers share
    the loaded dictionary copy-on-write. A database that is not there yet (or not migrated) only
    leaves the warming to the first search.
    """
    from django.db import DatabaseError, connections

    from proposals.search import tokenize

    try:
        tokenize("两会")  # loads the search's segmenter and the names, organizations and phrases on record
    except DatabaseError as error:
        server.log.warning("search not warmed before forking: %s", str(error).strip().splitlines()[0])
    finally:
        connections.close_all()  # never share a database connection with forked workers
