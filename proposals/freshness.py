"""Figures cached until the data change: one cheap query says whether anything they count could have
changed, and it is part of the cache key.

The facet panel, the front page's figures and the statistics page count over the whole archive;
at 10,000 proposals that is tens to hundreds of milliseconds a request, the same for every visitor
until an ingest or an edit. They are kept in the shared cache (``CACHES``: the database or Redis,
shared by every worker) under a key that includes ``data_version()``, and for at most
``SECONDS``, so a change shows on the next request and nothing is stale for longer than that.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import connection

T = TypeVar("T")
SECONDS = 600

# Per table, a column whose maximum moves when a row is added or saved (``updated_at``), or a new
# row comes (``id``); the proposal count catches a deletion, ``is_deleted`` flips move ``updated_at``.
WATCHED = (
    ("proposals_proposal", "updated_at"),
    ("proposals_proposal", "id"),
    ("proposals_proposalkeytask", "id"),
    ("proposals_proposaltopic", "id"),
    ("proposals_proposaldelegate", "id"),
    ("delegates_membership", "updated_at"),
    ("delegates_delegate", "updated_at"),
    ("proposals_keytask", "id"),
    ("proposals_topic", "id"),
    ("proposals_article", "updated_at"),
    ("delegates_session", "id"),
)


def data_version() -> tuple:
    """Changes whenever a count over proposals, their links, people or sessions could: one query."""
    sql = "SELECT " + ", ".join(f"(SELECT MAX({column}) FROM {table})" for table, column in WATCHED)
    sql += ", (SELECT COUNT(*) FROM proposals_proposal), (SELECT COUNT(*) FROM delegates_delegate)"
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return tuple(str(v) for v in cursor.fetchone())


def key_for(name: str, parts: object) -> str:
    """The cache key of ``name`` under ``parts`` (e.g. the filters) at the current data version; a
    template can vary a ``{% cache %}`` fragment on it too."""
    return f"lianghui:{name}:" + hashlib.sha256(repr((parts, data_version())).encode()).hexdigest()


def cached(name: str, parts: object, compute: Callable[[], T], *, key: str | None = None) -> T:
    """``compute()``, or its value kept under ``name``, ``parts`` and the data version (``key``: that
    key, already made with ``key_for``)."""
    key = key or key_for(name, parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, SECONDS)
    return value
