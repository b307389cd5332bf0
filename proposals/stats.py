"""Counts for the statistics page (统计): proposals per year, region, level, delegation, key task,
sector and delegate, and region/year/level compared across key tasks and sectors.

Every table is one or two GROUP BY queries over the filtered proposals, whatever the number of
rows; labels come from the same query or from the choices, so code here only loops over buckets.
A missing value (a session whose year is unknown, a blank region or delegation, a proposal with no
key task) is counted as 未注明, never dropped, so the columns of a table add up to what is there.
Each bucket carries the query parameters of the proposal list that shows exactly its proposals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Exists, F, Max, OuterRef, Q, QuerySet
from django.urls import reverse

from delegates.models import Level, Membership
from proposals.listing.scope import NONE, NONE_LABEL
from proposals.models import Proposal, ProposalDelegate, ProposalKeyTask, ProposalTopic

UNKNOWN = NONE_LABEL
# The value a list link carries for "missing": the list's filters read the same word (level has
# its own, ``unknown``).
UNKNOWN_PARAM = NONE
NATIONAL = "全国"
LEVEL_LABELS = {**dict(Level.choices), Level.REGIONAL: "省级", Level.MUNICIPAL: "市级", Level.COUNTY: "县级"}
# The page's own filters: properties of a proposal's session (the article's meeting).
PAGE_FILTERS = ("year", "region", "level")
SESSION = "article__session__"
TOP_DELEGATES = 30


class StatsFilterError(ValueError):
    """A page filter value that cannot be used (a year that is not a number, an unknown level)."""


@dataclass
class Bucket:
    label: str
    count: int
    params: dict[str, str]
    share: float = 0.0  # of the largest bucket, 0..1

    @property
    def url(self) -> str:
        return reverse("proposals:proposal_list") + ("?" + urlencode(self.params) if self.params else "")


@dataclass
class Table:
    slug: str
    title: str
    column: str  # what a row is: 年份, 地区...
    buckets: list[Bucket]
    total: int = 0  # proposals in scope, for shares

    def __post_init__(self) -> None:
        top = max((b.count for b in self.buckets), default=0) or 1
        for bucket in self.buckets:
            bucket.share = bucket.count / top


@dataclass
class Matrix:
    """Rows (a dimension's values) against columns (key tasks or sectors): proposal counts."""

    slug: str
    title: str
    row_label: str
    columns: list[tuple[str, str]]  # (slug, label)
    rows: list[dict] = field(default_factory=list)  # {"label", "params", "cells": [(count, url)], "total"}


def parse_filters(params) -> dict[str, str]:
    """The page's year/region/level filters from GET parameters, checked; raises StatsFilterError."""
    found = {}
    for name in PAGE_FILTERS:
        value = (params.get(name) or "").strip()
        if not value:
            continue
        if name == "year" and value != UNKNOWN_PARAM and not (value.isdigit() and len(value) == 4):
            raise StatsFilterError(f"year: 年份应为四位数字或“{UNKNOWN}”，而不是 {value[:20]!r}")
        if name == "level" and value not in Level.values:
            raise StatsFilterError(f"level: 未知的层级 {value[:20]!r}（可用：{'、'.join(Level.values)}）")
        found[name] = value[:100]
    return found


def scope(filters: dict[str, str]) -> QuerySet:
    """The visible proposals under the page's filters, unordered."""
    no_session = Q(article__session__isnull=True)
    conditions = Q()
    if "year" in filters:
        year = filters["year"]
        conditions &= Q(**{f"{SESSION}year__isnull": True}) if year == UNKNOWN_PARAM else Q(**{f"{SESSION}year": int(year)})
    if "region" in filters:
        region = filters["region"]
        if region == UNKNOWN_PARAM:
            blank = Q(**{f"{SESSION}region": ""}) & ~Q(**{f"{SESSION}level": Level.NATIONAL})
            conditions &= no_session | blank
        elif region == NATIONAL:
            conditions &= Q(**{f"{SESSION}level": Level.NATIONAL})
        else:
            conditions &= Q(**{f"{SESSION}region": region})
    if "level" in filters:
        level = filters["level"]
        if level == Level.UNKNOWN:
            conditions &= no_session | Q(**{f"{SESSION}level": Level.UNKNOWN})
        else:
            conditions &= Q(**{f"{SESSION}level": level})
    return Proposal.objects.visible().filter(conditions).order_by()


# --------------------------------------------------------------------------------------------------
# Dimensions of a proposal's session: how a grouped row becomes a label and list parameters.


def _year(row: dict) -> tuple[str, dict]:
    year = row["year"]
    return (f"{year}年", {"year": str(year)}) if year else (UNKNOWN, {"year": UNKNOWN_PARAM})


def _region(row: dict) -> tuple[str, dict]:
    if row["region"]:
        return row["region"], {"region": row["region"]}
    if row["level"] == Level.NATIONAL:  # national sessions leave the region blank on purpose
        return NATIONAL, {"level": Level.NATIONAL}
    return UNKNOWN, {"region": UNKNOWN_PARAM}


def _level(row: dict) -> tuple[str, dict]:
    level = row["level"]
    if not level or level == Level.UNKNOWN:
        return UNKNOWN, {"level": Level.UNKNOWN}
    return LEVEL_LABELS.get(level, level), {"level": level}


DIMENSIONS: dict[str, tuple[str, tuple[str, ...], Callable[[dict], tuple[str, dict]]]] = {
    "year": ("年份", ("year",), _year),
    "region": ("地区", ("region", "level"), _region),
    "level": ("层级", ("level",), _level),
}


def _sort_key(dimension: str):
    def key(bucket: Bucket):
        unknown = bucket.label == UNKNOWN
        if dimension == "year":  # years read in order, newest first
            return (unknown, -int(bucket.params.get("year", "0") if not unknown else 0))
        return (unknown, -bucket.count, bucket.label)

    return key


def _grouped(rows, dimension: str, filters: dict, prefix: str = "") -> list[tuple[str, dict, dict]]:
    """(label, params, row) per grouped row, rows of the same label merged later by the caller."""
    _title, names, read = DIMENSIONS[dimension]
    found = []
    for row in rows:
        label, params = read({name: row[prefix + name] for name in names})
        found.append((label, {**filters, **params}, row))
    return found


def dimension_table(proposals: QuerySet, dimension: str, filters: dict) -> Table:
    title, names, _read = DIMENSIONS[dimension]
    rows = proposals.values(**{name: F(SESSION + name) for name in names}).annotate(n=Count("pk"))
    merged: dict[str, Bucket] = {}
    for label, params, row in _grouped(rows, dimension, filters):
        bucket = merged.setdefault(label, Bucket(label, 0, params))
        bucket.count += row["n"]
    buckets = sorted(merged.values(), key=_sort_key(dimension))
    return Table(dimension, f"各{title}的建议数", title, buckets, total=sum(b.count for b in buckets))


def delegation_table(proposals: QuerySet, filters: dict, total: int) -> Table:
    """Proposals per delegation of their proposers at the proposal's session; 未注明 counts the
    proposals none of whose proposers has a delegation there (a joint proposal counts once per
    delegation, so the rows may add up to more than the total)."""
    rows = (
        Membership.objects.filter(
            delegate__proposaldelegate__proposal__in=proposals.values("pk"),
            session=F("delegate__proposaldelegate__proposal__article__session"),
        )
        .exclude(delegation="")
        .values("delegation")
        .annotate(n=Count("delegate__proposaldelegate__proposal", distinct=True))
        .order_by("-n", "delegation")
    )
    buckets = [Bucket(r["delegation"], r["n"], {**filters, "delegation": r["delegation"]}) for r in rows]
    with_delegation = Membership.objects.filter(
        delegate__proposaldelegate__proposal=OuterRef("pk"), session=OuterRef("article__session")
    ).exclude(delegation="")
    unknown = proposals.exclude(Exists(with_delegation)).count()
    if unknown:
        buckets.append(Bucket(UNKNOWN, unknown, {**filters, "delegation": UNKNOWN_PARAM}))
    return Table("delegation", "各代表团的建议数", "代表团", buckets, total=total)


def _linked_table(proposals, filters, total, *, links, target: str, param: str, slug: str, title: str, column: str):
    rows = (
        links.filter(proposal__in=proposals.values("pk"))
        .values(value=F(f"{target}__slug"))
        .annotate(label=Max(f"{target}__{'short_name' if target == 'key_task' else 'name'}"),
                  full=Max(f"{target}__name"), n=Count("proposal", distinct=True))
        .order_by("-n", "value")
    )
    buckets = [Bucket(r["label"] or r["full"], r["n"], {**filters, param: r["value"]}) for r in rows]
    unknown = proposals.exclude(Exists(links.filter(proposal=OuterRef("pk")))).count()
    if unknown:
        buckets.append(Bucket(UNKNOWN, unknown, {**filters, param: UNKNOWN_PARAM}))
    return Table(slug, title, column, buckets, total=total)


def key_task_table(proposals: QuerySet, filters: dict, total: int) -> Table:
    return _linked_table(proposals, filters, total, links=ProposalKeyTask.objects, target="key_task",
                         param="key_task", slug="key_task", title="各项重点工作的建议数", column="重点工作")


def sector_table(proposals: QuerySet, filters: dict, total: int) -> Table:
    return _linked_table(proposals, filters, total, links=ProposalTopic.objects, target="topic",
                         param="sector", slug="sector", title="各领域的建议数", column="领域")


def delegate_table(proposals: QuerySet, filters: dict, total: int, limit: int = TOP_DELEGATES) -> Table:
    rows = (
        ProposalDelegate.objects.filter(proposal__in=proposals.values("pk"), delegate__is_deleted=False)
        .values("delegate_id")
        .annotate(name=Max("delegate__name"), n=Count("proposal", distinct=True))
        .order_by("-n", "name", "delegate_id")[:limit]
    )
    buckets = [Bucket(r["name"], r["n"], {**filters, "delegate": str(r["delegate_id"])}) for r in rows]
    return Table("delegate", f"建议最多的代表委员（前 {limit} 位）", "代表委员", buckets, total=total)


def matrix(proposals: QuerySet, dimension: str, filters: dict, *, target: str) -> Matrix:
    """A dimension's values against key tasks (``target="key_task"``) or sectors (``"topic"``)."""
    title, names, _read = DIMENSIONS[dimension]
    links = ProposalKeyTask.objects if target == "key_task" else ProposalTopic.objects
    param = "key_task" if target == "key_task" else "sector"
    label_field = "short_name" if target == "key_task" else "name"
    rows = (
        links.filter(proposal__in=proposals.values("pk"))
        .values(col=F(f"{target}__slug"), **{f"d_{n}": F(f"proposal__{SESSION}{n}") for n in names})
        .annotate(label=Max(f"{target}__{label_field}"), full=Max(f"{target}__name"),
                  order=Max(f"{target}__order"), n=Count("proposal", distinct=True))
    )
    columns: dict[str, tuple[int, str]] = {}
    cells: dict[str, dict] = {}
    for label, params, row in _grouped(rows, dimension, filters, prefix="d_"):
        columns.setdefault(row["col"], (row["order"], row["label"] or row["full"]))
        entry = cells.setdefault(label, {"label": label, "params": params, "counts": {}})
        entry["counts"][row["col"]] = entry["counts"].get(row["col"], 0) + row["n"]
    ordered = sorted(columns.items(), key=lambda item: (item[1][0], item[0]))
    result = Matrix(f"{dimension}-{param}", f"{title} × {'重点工作' if param == 'key_task' else '领域'}",
                    title, [(slug, label) for slug, (_order, label) in ordered])
    keyed = sorted(
        (Bucket(e["label"], sum(e["counts"].values()), e["params"]) for e in cells.values()),
        key=_sort_key(dimension),
    )
    for bucket in keyed:
        counts = cells[bucket.label]["counts"]
        result.rows.append({
            "label": bucket.label,
            "params": bucket.params,
            "cells": [
                (counts.get(slug, 0), Bucket("", 0, {**bucket.params, param: slug}).url) for slug, _ in result.columns
            ],
        })
    return result


def statistics(filters: dict[str, str], compare: str = "region") -> dict:
    """Every table of the statistics page under the page's filters (a constant number of queries)."""
    proposals = scope(filters)
    total = proposals.count()
    tables = [dimension_table(proposals, name, filters) for name in DIMENSIONS]
    tables += [
        key_task_table(proposals, filters, total),
        sector_table(proposals, filters, total),
        delegation_table(proposals, filters, total),
        delegate_table(proposals, filters, total),
    ]
    return {
        "total": total,
        "tables": tables,
        "matrices": [matrix(proposals, compare, filters, target="key_task"),
                     matrix(proposals, compare, filters, target="topic")],
    }

