"""Matching and ranking: a queryset narrowed to a query's matches, best first, on either engine.

Only the newest ``RANK_CANDIDATES`` matches within the caller's queryset are ranked (a word found
in most of the archive would otherwise cost a quarter of a second); the rest are not returned.
The engine's own work is in ``postgres`` and ``sqlite``; imports those and ``query``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField, Expression, F, FloatField, QuerySet

from delegates.models import Delegate

from ..models import Article, Proposal
from . import postgres, sqlite
from .query import Term, parse_query

# Matches beyond this many (within the caller's filters) are not ranked or returned: the newest are
# kept. Ranking is ~3.6 µs a row on PostgreSQL, so this bounds a query to a few milliseconds.
RANK_CANDIDATES = 1000


@dataclass(frozen=True)
class _Index:
    table: str
    key: str


_INDEXES = {
    Proposal: _Index("proposals_proposalsearchdocument", "proposal_id"),
    Delegate: _Index("proposals_delegatesearchdocument", "delegate_id"),
    Article: _Index("proposals_articlesearchdocument", "article_id"),
}


def _ranked(queryset: QuerySet, terms: Sequence[Term], limit: int) -> list[tuple[int, float]]:
    """(id, score) of the newest ``limit`` matches within ``queryset``, best score first."""
    index = _INDEXES[queryset.model]
    within_sql, within_params = queryset.order_by().values("pk").query.get_compiler(queryset.db).as_sql()
    vendor = connection.vendor
    if vendor == "postgresql":
        return postgres.rank(index.table, index.key, terms, within_sql, within_params, limit)
    if vendor == "sqlite":
        return sqlite.rank(index.table, terms, within_sql, within_params, limit)
    raise NotImplementedError(f"full-text search is not implemented for {vendor}")


class _OnKey(Expression):
    """An expression over one key column (the primary key unless told), with its values passed as one parameter."""

    def __init__(self, key: Expression | None = None) -> None:
        super().__init__()
        self.key = key if key is not None else F("pk")

    def get_source_expressions(self):
        return [self.key]

    def set_source_expressions(self, exprs):
        (self.key,) = exprs


class _ScoreOf(_OnKey):
    """This row's score, looked up by primary key in a JSON object {id: score} passed as one parameter."""

    output_field = FloatField()

    def __init__(self, scores: dict[int, float], key: Expression | None = None) -> None:
        super().__init__(key)
        self.scores = json.dumps({str(k): v for k, v in scores.items()})

    def as_sql(self, compiler, connection):
        key_sql, key_params = compiler.compile(self.key)
        if connection.vendor == "postgresql":
            return f"COALESCE((%s::jsonb ->> ({key_sql})::text)::float8, 0)", [self.scores, *key_params]
        return f"COALESCE(json_extract(%s, '$.\"' || ({key_sql}) || '\"'), 0)", [self.scores, *key_params]


class _KeyIn(_OnKey):
    """``key IN (ids)`` with the ids as one parameter (an array, or JSON on SQLite): a result set of a
    thousand ids stays one short parameter in every query built on it (count, page, facets)."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, ids: list[int], key: Expression | None = None) -> None:
        super().__init__(key)
        self.ids = ids
        self.json = json.dumps(ids)

    def as_sql(self, compiler, connection):
        key_sql, key_params = compiler.compile(self.key)
        if connection.vendor == "postgresql":
            return f"({key_sql}) = ANY(%s::bigint[])", [*key_params, self.ids]
        return f"({key_sql}) IN (SELECT value FROM json_each(%s))", [*key_params, self.json]


def _search(queryset: QuerySet, q: str | None) -> QuerySet:
    terms = parse_query(q)
    if not terms or queryset.query.is_empty():
        return queryset.none().annotate(search_rank=_ScoreOf({}))
    ranked = _ranked(queryset, terms, RANK_CANDIDATES)
    scores = dict(ranked)
    return (
        queryset.filter(_KeyIn(list(scores)))
        .annotate(search_rank=_ScoreOf(scores))
        .order_by("-search_rank", "-pk")
    )


def search_proposals(queryset: QuerySet, q: str | None) -> QuerySet:
    """``queryset`` narrowed to proposals matching ``q``, best first, each with ``search_rank``.

    Filters already on ``queryset`` apply before the candidate cap, so a query combined with a key
    task still finds that key task's proposals. An empty or punctuation-only ``q`` matches nothing.
    """
    return _search(queryset, q)


def search_delegates(queryset: QuerySet, q: str | None) -> QuerySet:
    """Delegates matching ``q`` by name, partial name, pinyin (``zhaoyong``), alias or organization."""
    return _search(queryset, q)


def search_articles(queryset: QuerySet, q: str | None) -> QuerySet:
    """Articles whose title or text matches ``q``, best first."""
    return _search(queryset, q)
