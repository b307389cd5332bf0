"""Reads for the index pages: all key tasks (per session plan) and sectors with their proposal
counts, and the delegate directory (filtered by a membership's level, region, role and delegation,
with proposal counts, sorted by name or count, and the delegations ranked with 未注明 counted).

Each function costs a fixed number of queries: counts are subqueries or GROUP BYs, never a loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from delegates.models import Delegate, Level, Membership, Role, Session
from proposals.models import KeyTask, ProposalDelegate, Topic

UNKNOWN = "未注明"
NATIONAL = "全国"
ALL_SESSIONS = "适用于所有会议"
DIRECTORY_FILTERS = ("level", "region", "role", "delegation")
SORTS = {"name": "按姓名拼音", "count": "按建议数"}


@dataclass
class TaskGroup:
    """The key tasks of one session's plan (``session`` None: tasks that apply to every session)."""

    label: str
    session: object
    tasks: list[KeyTask]


def key_task_groups() -> list[TaskGroup]:
    """Every key task with ``proposal_count``, grouped by session, latest session first."""
    tasks = (
        KeyTask.objects.select_related("session")
        .annotate(proposal_count=Count("proposals", filter=Q(proposals__is_deleted=False), distinct=True))
        .order_by("-session__year", "session__name", "order", "id")
    )
    groups: dict[object, TaskGroup] = {}
    for task in tasks:
        key = task.session_id
        if key not in groups:
            groups[key] = TaskGroup(task.session.name if task.session else ALL_SESSIONS, task.session, [])
        groups[key].tasks.append(task)
    # Tasks for all sessions (today's whole plan) come first; then each session's own plan.
    return sorted(groups.values(), key=lambda g: g.session is not None)


def sectors() -> list[Topic]:
    """Every sector with ``proposal_count``, in the taxonomy's order."""
    return list(
        Topic.objects.annotate(
            proposal_count=Count("proposals", filter=Q(proposals__is_deleted=False), distinct=True)
        ).order_by("order", "id")
    )


class DirectoryFilterError(ValueError):
    """A directory filter value that is not one of its choices."""


def parse_directory_filters(params) -> dict[str, str]:
    """The delegate directory's filters from GET parameters, checked; raises DirectoryFilterError."""
    found = {}
    for name in DIRECTORY_FILTERS:
        value = (params.get(name) or "").strip()[:100]
        if not value:
            continue
        if name == "level" and value not in Level.values:
            raise DirectoryFilterError(f"level: 未知的层级 {value[:20]!r}")
        if name == "role" and value not in Role.values:
            raise DirectoryFilterError(f"role: 未知的身份 {value[:20]!r}")
        found[name] = value
    return found


def _membership_conditions(filters: dict[str, str]) -> Q:
    """Conditions on one membership: ``role=member&region=内蒙古自治区`` means the same membership."""
    conditions = Q()
    if "role" in filters:
        conditions &= Q(role=filters["role"])
    if "level" in filters:
        conditions &= Q(level=filters["level"])
    if "region" in filters:
        region = filters["region"]
        conditions &= Q(session__level=Level.NATIONAL) if region == NATIONAL else Q(session__region=region)
    if filters.get("delegation") and filters["delegation"] != UNKNOWN:
        conditions &= Q(delegation=filters["delegation"])
    return conditions


def _has_delegation() -> Exists:
    return Exists(Membership.objects.filter(delegate=OuterRef("pk")).exclude(delegation=""))


def directory(filters: dict[str, str]) -> QuerySet:
    """Active delegates under the directory's filters, each with ``proposal_count`` (visible
    proposals), memberships prefetched latest first; not yet ordered."""
    delegates = Delegate.objects.active()
    conditions = _membership_conditions(filters)
    if conditions:
        delegates = delegates.filter(Exists(Membership.objects.filter(conditions, delegate=OuterRef("pk"))))
    if filters.get("delegation") == UNKNOWN:
        delegates = delegates.exclude(_has_delegation())
    counts = (
        ProposalDelegate.objects.filter(delegate=OuterRef("pk"), proposal__is_deleted=False)
        .order_by()
        .values("delegate")
        .annotate(n=Count("proposal"))
        .values("n")
    )
    return delegates.annotate(
        proposal_count=Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))
    ).prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.select_related("session").order_by("-session__year", "id"))
    )


def ordered(delegates: QuerySet, sort: str) -> QuerySet:
    if sort == "count":
        return delegates.order_by("-proposal_count", "pinyin", "name", "id")
    return delegates.order_by("pinyin", "name", "id")


def delegation_ranking(delegates: QuerySet, limit: int = 30) -> list[dict]:
    """Delegations of these delegates, most delegates first, with 未注明 for delegates who have no
    delegation on record: ``{"label", "value", "delegates", "proposals"}``."""
    ids = delegates.order_by().values("pk")
    rows = (
        Membership.objects.filter(delegate__in=ids)
        .exclude(delegation="")
        .values("delegation")
        .annotate(
            delegates=Count("delegate", distinct=True),
            proposals=Count(
                "delegate__proposaldelegate__proposal",
                filter=Q(delegate__proposaldelegate__proposal__is_deleted=False),
                distinct=True,
            ),
        )
        .order_by("-delegates", "-proposals", "delegation")[:limit]
    )
    ranking = [
        {"label": r["delegation"], "value": r["delegation"], "delegates": r["delegates"], "proposals": r["proposals"]}
        for r in rows
    ]
    missing = (
        Delegate.objects.filter(pk__in=ids)
        .exclude(_has_delegation())
        .aggregate(
            delegates=Count("pk", distinct=True),
            proposals=Count(
                "proposaldelegate__proposal", filter=Q(proposaldelegate__proposal__is_deleted=False), distinct=True
            ),
        )
    )
    if missing["delegates"]:
        ranking.append({"label": UNKNOWN, "value": UNKNOWN, **missing})
    return ranking


def regions() -> list[str]:
    """Regions of the sessions on record (全国 first when a national session exists)."""
    sessions = list(Session.objects.order_by().values_list("region", "level").distinct())
    names = sorted({region for region, _level in sessions if region})
    return ([NATIONAL] if any(level == Level.NATIONAL for _region, level in sessions) else []) + names
