"""Facet counts of a filtered list (the API's ``?facets=key_task,sector``, the site's facet panel): one GROUP BY query per facet (on
PostgreSQL, role, level and delegation share one).

Counts are over the whole filtered set (every filter, ``q`` included), not the page: how many of
the matching proposals fall under each key task, sector, role... A proposal counts once per value
even when two of its proposers share it. Labels come from the same query or from the choices, so
no code here loops over records, only over the (few) buckets.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import Count, Exists, F, Max, OuterRef, QuerySet
from django.db.models.functions import TruncMonth

from delegates.models import Level, Membership, Role
from proposals.models import ProposalKeyTask, ProposalKind, ProposalTopic

from .scope import NATIONAL_REGION, NONE, NONE_LABEL, short_region

Bucket = dict  # {"value": str, "label": str, "count": int}


def _rows(queryset, labels: dict | None = None, *, missing: bool = False) -> list[Bucket]:
    """Buckets from ``value``/``count`` rows; a missing value is dropped, or (``missing``) counted
    as the ``none`` bucket (未注明), last."""
    buckets, unknown = [], 0
    for row in queryset:
        value = row["value"]
        if value in (None, ""):
            unknown += row["count"]
            continue
        label = row.get("label") or (labels or {}).get(value, value)
        buckets.append({"value": str(value), "label": str(label), "count": row["count"]})
    if missing and unknown:
        buckets.append(none_bucket(unknown))
    return buckets


def none_bucket(count: int) -> Bucket:
    return {"value": NONE, "label": NONE_LABEL, "count": count}


def _unlinked(proposals: QuerySet, links: QuerySet) -> list[Bucket]:
    """The 未注明 bucket of a tag facet: proposals with no link at all (one COUNT)."""
    count = bare(proposals).filter(~Exists(links.filter(proposal=OuterRef("pk")))).count()
    return [none_bucket(count)] if count else []


def bare(proposals: QuerySet) -> QuerySet:
    """The filtered proposals with only their filters: no order, no joins fetched, nothing prefetched.

    Facets group this queryset itself rather than ``pk IN (its ids)``: the ids subquery made every
    facet read the proposals twice (once for the filter, once to reach the article's session)."""
    return proposals.order_by().select_related(None).prefetch_related(None)


def _membership_facet(field: str, labels: dict | None = None, *, missing: bool = False) -> Callable[[QuerySet], list[Bucket]]:
    def facet(proposals: QuerySet) -> list[Bucket]:
        # Starting from the memberships: SQLite runs this shape two to four times faster than
        # grouping the proposals joined to them (PostgreSQL groups several at once, below).
        rows = (
            Membership.objects.filter(
                delegate__proposaldelegate__proposal__in=bare(proposals).values("pk"),
                session=F("delegate__proposaldelegate__proposal__article__session"),
            )
            .values(value=F(field))
            .annotate(count=Count("delegate__proposaldelegate__proposal", distinct=True))
            .order_by("-count", "value")
        )
        return _rows(rows, labels, missing=missing)

    return facet


def _key_task(proposals: QuerySet) -> list[Bucket]:
    rows = (
        ProposalKeyTask.objects.filter(proposal__in=bare(proposals).values("pk"))
        .values(value=F("key_task__slug"))
        .annotate(label=Max("key_task__short_name"), count=Count("proposal", distinct=True))
        .order_by("-count", "value")
    )
    return _rows(rows) + _unlinked(proposals, ProposalKeyTask.objects.all())


def _sector(proposals: QuerySet) -> list[Bucket]:
    rows = (
        ProposalTopic.objects.filter(proposal__in=bare(proposals).values("pk"))
        .values(value=F("topic__slug"))
        .annotate(label=Max("topic__name"), count=Count("proposal", distinct=True))
        .order_by("-count", "value")
    )
    return _rows(rows) + _unlinked(proposals, ProposalTopic.objects.all())


def _session(proposals: QuerySet) -> list[Bucket]:
    rows = (
        bare(proposals)
        .values(value=F("article__session__slug"))
        .annotate(label=Max("article__session__name"), count=Count("pk"))
        .order_by("-count", "value")
    )
    return _rows(rows)


def _year(proposals: QuerySet) -> list[Bucket]:
    """Session years, latest first; no session or no year is 未注明."""
    rows = bare(proposals).values(value=F("article__session__year")).annotate(count=Count("pk"))
    rows = sorted(rows, key=lambda row: -(row["value"] or 0))
    return _rows(rows, missing=True)


def _region(proposals: QuerySet) -> list[Bucket]:
    """Session regions by their short name (全国 for national sessions); unknown is 未注明."""
    rows = bare(proposals).values("article__session__region", "article__session__level").annotate(count=Count("pk"))
    merged: dict[str, int] = {}
    for row in rows:
        region = row["article__session__region"] or ""
        if row["article__session__level"] == "national" and not region:
            region = NATIONAL_REGION
        key = short_region(region) if region else ""
        merged[key] = merged.get(key, 0) + row["count"]
    ordered = sorted(merged.items(), key=lambda item: (-item[1], item[0]))
    return _rows(({"value": value, "count": count} for value, count in ordered), missing=True)


def _date(proposals: QuerySet) -> list[Bucket]:
    """Months of the articles' dates (``2026-03``), latest first; an unknown date is 未注明
    (``date_from=none``). A month filters as ``date_from``/``date_to`` at its first and last day."""
    rows = (
        bare(proposals).annotate(month=TruncMonth("article__published_on")).values("month").annotate(count=Count("pk"))
    )
    rows = sorted(rows, key=lambda row: row["month"].isoformat() if row["month"] else "", reverse=True)
    return _rows(
        ({"value": row["month"].strftime("%Y-%m") if row["month"] else None,
          "label": f"{row['month'].year}年{row['month'].month}月" if row["month"] else None, "count": row["count"]}
         for row in rows),
        missing=True,
    )


def _kind(proposals: QuerySet) -> list[Bucket]:
    rows = bare(proposals).values(value=F("kind")).annotate(count=Count("pk")).order_by("-count", "value")
    return _rows(rows, dict(ProposalKind.choices))


PROPOSAL_FACETS: dict[str, Callable[[QuerySet], list[Bucket]]] = {
    "key_task": _key_task,
    "sector": _sector,
    "year": _year,
    "region": _region,
    "date": _date,
    "role": _membership_facet("role", dict(Role.choices)),
    "level": _membership_facet("level", dict(Level.choices)),
    "delegation": _membership_facet("delegation", missing=True),
    "session": _session,
    "kind": _kind,
}


def _delegate_membership_facet(field: str, labels: dict | None = None, label_field: str | None = None):
    def facet(delegates: QuerySet) -> list[Bucket]:
        rows = Membership.objects.filter(delegate__in=bare(delegates).values("pk")).values(value=F(field))
        if label_field:
            rows = rows.annotate(label=Max(label_field))
        rows = rows.annotate(count=Count("delegate", distinct=True)).order_by("-count", "value")
        return _rows(rows, labels)

    return facet


DELEGATE_FACETS: dict[str, Callable[[QuerySet], list[Bucket]]] = {
    "role": _delegate_membership_facet("role", dict(Role.choices)),
    "level": _delegate_membership_facet("level", dict(Level.choices)),
    "delegation": _delegate_membership_facet("delegation"),
    "session": _delegate_membership_facet("session__slug", label_field="session__name"),
}


def facet_counts(queryset: QuerySet, names: list[str], available: dict) -> dict[str, list[Bucket]]:
    with roomy_sorts():
        counts = {}
        if available is PROPOSAL_FACETS:
            counts = membership_facets(queryset, [n for n in names if n in MEMBERSHIP_FIELDS])
        return {name: counts[name] if name in counts else available[name](queryset) for name in names}


MEMBERSHIP_FIELDS = ("role", "level", "delegation")


def membership_facets(proposals: QuerySet, fields: list[str]) -> dict[str, list[Bucket]]:
    """Role, level and delegation counted in one pass (PostgreSQL's ``GROUPING SETS``).

    The same counts as ``PROPOSAL_FACETS[field]`` each, in the same order; the join from proposals
    to their proposers' memberships at the proposal's session is the expensive part, and one query
    makes it once instead of once per facet. SQLite has no ``GROUPING SETS``: one query per facet."""
    if len(fields) < 2 or connection.vendor != "postgresql":
        return {field: PROPOSAL_FACETS[field](proposals) for field in fields}
    path = "proposaldelegate__delegate__memberships"
    source = (
        bare(proposals)
        .filter(**{f"{path}__session": F("article__session")})
        .values(proposal_id=F("pk"), **{f"facet_{f}": F(f"{path}__{f}") for f in fields})
    )
    try:
        inner, params = source.query.sql_with_params()
    except EmptyResultSet:
        # A filter that can match nothing (a search with no words, ``q=-``): Django writes no SQL
        # for it, and there is nothing to count.
        return {field: [] for field in fields}
    columns = [f"t.facet_{f}" for f in fields]
    sql = (
        f"SELECT {', '.join(columns)}, {', '.join(f'GROUPING({c})' for c in columns)}, "
        f"COUNT(DISTINCT t.proposal_id) AS n FROM ({inner}) t "
        f"GROUP BY GROUPING SETS ({', '.join(f'({c})' for c in columns)}) "
        f"ORDER BY n DESC, COALESCE({', '.join(columns)})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        result = cursor.fetchall()
    labels = {"role": dict(Role.choices), "level": dict(Level.choices)}
    grouped: dict[str, list[dict]] = {field: [] for field in fields}
    for row in result:
        values, grouping, count = row[: len(fields)], row[len(fields) : 2 * len(fields)], row[-1]
        field = fields[grouping.index(0)]  # the one column this row is grouped by
        grouped[field].append({"value": values[fields.index(field)], "count": count})
    return {field: _rows(rows, labels.get(field), missing=field == "delegation") for field, rows in grouped.items()}


@contextmanager
def roomy_sorts(work_mem: str = "32MB"):
    """On PostgreSQL, let this transaction's sorts and hashes use ``work_mem`` of memory.

    Every facet is a ``COUNT(DISTINCT …)`` over the whole filtered set; at the server's default
    4 MB each of those sorts spilled to disk (100,000 rows, 2.5–8 MB). ``SET LOCAL`` lasts until the
    end of the transaction and changes nothing on the server."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL work_mem = %s", [work_mem])
        yield


def article_facet(proposals: QuerySet, limit: int = 8) -> list[Bucket]:
    """The articles most of these proposals come from, with their titles.

    Grouped by the proposal's article key (one row per proposal, so no DISTINCT), then the few
    articles' titles joined in."""
    articles = (
        bare(proposals)
        .values("article_id", "article__title", "article__source")
        .annotate(count=Count("pk"))
        .order_by("-count", "-article_id")[:limit]
    )
    return [
        {"value": str(a["article_id"]), "label": a["article__title"] or a["article__source"], "count": a["count"]}
        for a in articles
    ]
