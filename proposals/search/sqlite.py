"""SQLite ranking: the query as an FTS5 ``MATCH`` over the documents' FTS5 table, newest matches ranked by bm25.

``rank`` returns the (id, score) of the newest matches within the caller's filters, best first.
Imports ``query`` only.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection

from .query import Term


def _operand(word: str, prefix: bool) -> str:
    return f'"{word}"' + ("*" if prefix else "")


def fts_query(terms: Sequence[Term]) -> str:
    """The terms as an FTS5 query: every term, whole or as its parts (a phrase for a phrase term)."""
    clauses = []
    for term in terms:
        whole = _operand(term.word, term.prefix)
        if term.phrase:
            whole = f'({whole} OR "{" ".join(term.parts)}")'
        elif term.parts:
            whole = f"({whole} OR ({' AND '.join(_operand(p, False) for p in term.parts)}))"
        clauses.append(whole)
    return " AND ".join(clauses)


def rank(table: str, terms: Sequence[Term], within_sql: str, within_params, limit: int) -> list[tuple[int, float]]:
    """(id, score) of the newest ``limit`` documents of ``table`` matching ``terms`` whose rowid (the
    document's key) is among the ids ``within_sql`` selects, best score first."""
    # FTS5 walks its index newest-first and stops at the limit; bm25 is lower-is-better.
    sql = (
        f"SELECT id, score FROM (SELECT rowid AS id, -bm25({table}_fts) AS score "
        f"FROM {table}_fts WHERE {table}_fts MATCH %s AND +rowid IN ({within_sql}) "
        f"ORDER BY rowid DESC LIMIT %s) ORDER BY score DESC, id DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [fts_query(terms), *within_params, limit])
        return [(int(pk), float(score)) for pk, score in cursor.fetchall()]
