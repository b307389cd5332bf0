"""PostgreSQL ranking: the query as a ``tsquery`` over the stored ``tsvector`` (GIN index), newest matches ranked.

``rank`` returns the (id, score) of the newest matches within the caller's filters, best first;
``choose_plan`` decides from the planner's estimates how to find them. Imports ``query`` only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import connection, transaction

from .query import Term

# How many matches, by the planner's estimate, the key range of a cutoff should hold per candidate
# ranked: room for the estimate to be off by half before a second query is needed.
CUTOFF_MARGIN = 2


def _operand(word: str, prefix: bool) -> str:
    return f"'{word}'" + (":*" if prefix else "")


def tsquery(terms: Sequence[Term]) -> str:
    """The terms as a ``to_tsquery('simple', …)`` expression: every term, whole or as its parts."""
    clauses = []
    for term in terms:
        whole = _operand(term.word, term.prefix)
        if term.parts:
            joiner = " <-> " if term.phrase else " & "
            whole = f"({whole} | ({joiner.join(_operand(p, False) for p in term.parts)}))"
        clauses.append(whole)
    return " & ".join(clauses)


@dataclass(frozen=True)
class Plan:
    walk: bool  # walk the key backwards (else collect every match from the GIN index)
    cutoff: int | None  # when collecting: only keys above this (the newest matches lie there)


def rank(table: str, key: str, terms: Sequence[Term], within_sql: str, within_params, limit: int) -> list[tuple[int, float]]:
    """(id, score) of the newest ``limit`` documents of ``table`` matching ``terms`` whose ``key``
    is among the ids ``within_sql`` selects, best score first."""
    query = tsquery(terms)
    # Newest first by key, then cut: PostgreSQL either walks the key backwards testing each row
    # (cheap when most rows match) or collects every match from the GIN index and sorts (cheap
    # when few do). Its cost model ignores that testing a row means reading a kilobyte-wide
    # vector, so it walks backwards for words in a few percent of rows, touching tens of
    # thousands. We choose from its own estimates of the matches instead (see choose_plan).
    plan = choose_plan(table, key, query, within_sql, within_params, limit)
    order = f"d.{key}" if plan.walk else f"d.{key} + 0"
    # The caller's filters, tested row by row on the matches (an index probe each). As a plain
    # ``IN`` PostgreSQL may instead build the whole filtered set first (a hash of 100,000 ids
    # read from the list's narrow index, migration 0006), which costs more than probing the
    # few thousand matches; ``OFFSET 0`` keeps the subquery from being made into that join.
    within = f"EXISTS (SELECT 1 FROM ({within_sql}) w WHERE w.pk = d.{key} OFFSET 0)"

    def fetch(cutoff: int | None) -> list[tuple[int, float]]:
        newer = f"AND d.{key} > %s " if cutoff is not None else ""
        sql = (
            f"SELECT c.id, ts_rank(c.vector, q.query) AS score "
            f"FROM (SELECT d.{key} AS id, d.vector FROM {table} d "
            f"      WHERE d.vector @@ to_tsquery('simple', %s) {newer}AND {within} "
            f"      ORDER BY {order} DESC LIMIT %s) c, to_tsquery('simple', %s) AS q(query) "
            f"ORDER BY score DESC, c.id DESC"
        )
        params = [query, *([cutoff] if cutoff is not None else []), *within_params, limit, query]
        with transaction.atomic(savepoint=False), connection.cursor() as cursor:
            # The planner prices a walk by its worst case, past the server's JIT threshold;
            # compiling then cost 6-7 ms of a 10-20 ms query. This transaction only.
            cursor.execute("SET LOCAL jit = off")
            cursor.execute(sql, params)
            return [(int(pk), float(score)) for pk, score in cursor.fetchall()]

    ranked = fetch(plan.cutoff)
    if plan.cutoff is not None and len(ranked) < limit:
        # Fewer matches above the cutoff than the estimate promised: the newest ``limit`` may lie
        # below it, so ask again over every key. With ``limit`` found, they are the newest.
        ranked = fetch(None)
    return ranked


def choose_plan(table: str, key: str, query: str, within_sql: str, within_params, limit: int) -> Plan:
    """How to find the newest ``limit`` matches, from the planner's estimates (two small queries).

    Walking costs about ``limit × rows / matches_within`` rows read, collecting about ``matches``
    (the index cannot apply the caller's filter): walk when ``matches × matches_within > limit ×
    rows``. When collecting a word found in a few thousand rows, most of those reads are wasted on
    old matches that the cap then drops; keys are given in order of creation, so the newest
    ``limit`` matches lie among the newest keys. The cutoff is the key above which, at the
    estimated rate, ``CUTOFF_MARGIN × limit`` matches lie: the GIN index and the key's index are
    combined (BitmapAnd) and only those rows are read.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} d "
            f"WHERE d.vector @@ to_tsquery('simple', %s) AND d.{key} IN ({within_sql})",
            [query, *within_params],
        )
        plan = cursor.fetchone()[0]
        if isinstance(plan, str):
            plan = json.loads(plan)
        within = max(float(plan[0]["Plan"]["Plan Rows"]), 1.0)
        matches = _gin_rows(plan[0]["Plan"], f"{table}_vector_gin") or within
        cursor.execute(
            f"SELECT c.reltuples, (SELECT MIN({key}) FROM {table}), "
            f"(SELECT MAX({key}) FROM {table}) FROM pg_class c WHERE c.oid = %s::regclass",
            [table],
        )
        reltuples, low, high = cursor.fetchone()
    rows = max(float(reltuples), 1.0)
    if matches * within > limit * rows:
        return Plan(walk=True, cutoff=None)
    if low is None or within < CUTOFF_MARGIN * limit:
        return Plan(walk=False, cutoff=None)
    span = math.ceil(CUTOFF_MARGIN * limit * (high - low + 1) / within)
    cutoff = high - span
    return Plan(walk=False, cutoff=cutoff if cutoff > low else None)


def _gin_rows(node: dict, index_name: str) -> float | None:
    """The planner's estimate of the rows a scan of ``index_name`` finds, if the plan scans it."""
    if node.get("Index Name") == index_name:
        return float(node["Plan Rows"])
    for child in node.get("Plans", []):
        found = _gin_rows(child, index_name)
        if found is not None:
            return found
    return None
