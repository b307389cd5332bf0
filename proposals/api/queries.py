"""The API's reads: each resource's queryset, deciding its joins once, and the proposal list's
fast path.

Each decides its ``select_related``/``prefetch_related`` once, so a list costs the same handful of
queries at any page size (``tests/api/test_query_counts.py``). Proposals read as records come from
the shared list query (``proposals.listing.query``), the one the site reads.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, IntegerField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from delegates.models import Delegate, Membership, Session
from proposals.listing.dates import datetime_iso, iso
from proposals.listing.links import ApiLinks
from proposals.listing.query import MEMBERSHIP_ORDER, NEWEST_FIRST, proposal_full, proposal_list
from proposals.models import (
    Article,
    ArticleMention,
    KeyTask,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalTopic,
    Topic,
)


def count_of(queryset: QuerySet, field: str) -> Coalesce:
    """A correlated COUNT subquery: no GROUP BY on the outer query, so paging and counting stay cheap."""
    counted = (
        queryset.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("*")).values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


# --------------------------------------------------------------------------------------------------
# Proposals


def proposal_queryset(*, full: bool = False) -> QuerySet:
    """Proposals with everything their representation needs, in a fixed number of queries: the
    shared list query (exports), or every column and further sources (a detail)."""
    return proposal_full() if full else proposal_list()


def proposal_ids() -> QuerySet:
    """Visible proposals in the list's order, to page over identifiers (the sort and the count touch
    no other column); the page is then read by ``proposal_list_rows``."""
    return Proposal.objects.visible().order_by(*NEWEST_FIRST)


def proposal_list_rows(ids: list[int]) -> list[dict]:
    """The page's proposals as ``LIST_COLUMNS`` dictionaries, in the order of ``ids``."""
    by_id = {row["id"]: row for row in Proposal.objects.extra(where=[ids_in("proposals_proposal.id", ids)]).values(*LIST_COLUMNS)}
    return [by_id[pk] for pk in ids]


# The proposal list's fast path: the page from ``.values()`` and four ``values_list`` queries for the
# nested records, assembled into exactly what ``ProposalListSerializer`` writes (a test compares the
# two on every proposal). Model instances cost more to build than the database takes to read them.
LIST_COLUMNS = (
    "id", "headline", "summary", "kind", "passage", "start", "end", "updated_at",
    "article_id", "article__title", "article__newspaper", "article__published_on",
    "article__session__slug", "article__session__name", "article__session__year", "article__session__level",
    "article__session_id",
)


def ids_in(column: str, ids) -> str:
    """``column IN (1, 2, ...)`` written out: identifiers are integers read from the database, and
    Django's ``__in`` spends ~40 µs per value preparing it (a fifth of a 200-row page's time)."""
    return f"{column} IN ({', '.join(str(int(pk)) for pk in ids) or 'NULL'})"


def proposal_list_page(rows: list[dict], links: ApiLinks) -> list[dict]:
    ids = [row["id"] for row in rows]
    if not ids:
        return []
    proposers: dict[int, list] = defaultdict(list)
    for proposal_id, delegate_id, name in (
        ProposalDelegate.objects.extra(where=[ids_in("proposals_proposaldelegate.proposal_id", ids)]).order_by("order", "id")
        .values_list("proposal_id", "delegate_id", "delegate__name")
    ):
        proposers[proposal_id].append((delegate_id, name))
    memberships: dict[int, list] = defaultdict(list)
    delegate_ids = {d for people in proposers.values() for d, _ in people}
    for membership in (
        Membership.objects.extra(where=[ids_in("delegates_membership.delegate_id", delegate_ids)]).order_by(*MEMBERSHIP_ORDER)
        .values_list("delegate_id", "session_id", "role", "level", "delegation", "affiliation")
    ):
        memberships[membership[0]].append(membership)
    tasks: dict[int, list] = defaultdict(list)
    for proposal_id, pk, slug, short_name, name in (
        ProposalKeyTask.objects.extra(where=[ids_in("proposals_proposalkeytask.proposal_id", ids)]).order_by("rank", "id")
        .values_list("proposal_id", "key_task_id", "key_task__slug", "key_task__short_name", "key_task__name")
    ):
        tasks[proposal_id].append({"id": pk, "slug": slug, "name": short_name or name, "url": links.key_task(pk)})
    sectors: dict[int, list] = defaultdict(list)
    for proposal_id, slug, name in (
        ProposalTopic.objects.extra(where=[ids_in("proposals_proposaltopic.proposal_id", ids)]).order_by("rank", "id")
        .values_list("proposal_id", "topic__slug", "topic__name")
    ):
        sectors[proposal_id].append({"slug": slug, "name": name, "url": links.topic(slug)})

    def proposer(delegate_id: int, name: str, session_id: int | None) -> dict:
        held = memberships.get(delegate_id, ())
        membership = next((m for m in held if m[1] == session_id), held[0] if held else None)
        return {
            "id": delegate_id,
            "name": name,
            "role": membership[2] if membership else None,
            "level": membership[3] if membership else None,
            "delegation": membership[4] if membership else "",
            "affiliation": membership[5] if membership else "",
            "url": links.delegate(delegate_id),
        }

    tz = timezone.get_current_timezone()
    page = []
    for row in rows:
        pk, session_id = row["id"], row["article__session_id"]
        page.append({
            "id": pk,
            "url": links.proposal(pk),
            "headline": row["headline"],
            "summary": row["summary"],
            "kind": row["kind"],
            "passage": row["passage"],
            "start": row["start"],
            "end": row["end"],
            "delegates": [proposer(d, name, session_id) for d, name in proposers.get(pk, ())],
            "key_tasks": tasks.get(pk, []),
            "sectors": sectors.get(pk, []),
            "article": {
                "id": row["article_id"],
                "title": row["article__title"],
                "newspaper": row["article__newspaper"],
                "published_on": iso(row["article__published_on"]),
                "url": links.article(row["article_id"]),
            },
            "session": {
                "slug": row["article__session__slug"],
                "name": row["article__session__name"],
                "year": row["article__session__year"],
                "level": row["article__session__level"],
                "url": links.session(row["article__session__slug"]),
            } if session_id is not None else None,
            "updated_at": datetime_iso(row["updated_at"], tz),
        })
    return page


def gone_proposal_exists(pk) -> bool:
    """Whether ``pk`` names a proposal staff deleted (a tombstone)."""
    return str(pk).isdigit() and Proposal.objects.filter(pk=pk, is_deleted=True).exists()


def key_task_links_of(proposal: Proposal, slug: str) -> QuerySet:
    """The proposal's links to key tasks of this slug (one per session's plan that has it)."""
    return ProposalKeyTask.objects.filter(proposal=proposal, key_task__slug=slug).select_related("key_task")


def sector_links_of(proposal: Proposal, slug: str) -> QuerySet:
    return ProposalTopic.objects.filter(proposal=proposal, topic__slug=slug).select_related("topic")


# --------------------------------------------------------------------------------------------------
# Delegates


def delegate_queryset() -> QuerySet:
    return (
        Delegate.objects.annotate(
            proposal_count=count_of(ProposalDelegate.objects.filter(proposal__is_deleted=False), "delegate")
        )
        .defer("machine_values")
        .prefetch_related(
            Prefetch("memberships", queryset=Membership.objects.select_related("session").order_by(*MEMBERSHIP_ORDER),
                     to_attr="membership_list")
        )
        .order_by("name", "id")
    )


# --------------------------------------------------------------------------------------------------
# Articles, key tasks, sectors, sessions


def article_queryset(*, full: bool) -> QuerySet:
    queryset = (
        Article.objects.select_related("session")
        .annotate(proposal_count=count_of(Proposal.objects.visible(), "article"))
        .order_by("-published_on", "-id")
    )
    if not full:
        return queryset.defer("text", "blocks", "source", "source_key")
    return queryset.prefetch_related(Prefetch("mentions", queryset=ArticleMention.objects.order_by("start")))


def key_task_queryset() -> QuerySet:
    return (
        KeyTask.objects.select_related("session")
        .annotate(proposal_count=count_of(ProposalKeyTask.objects.filter(proposal__is_deleted=False), "key_task"))
        .order_by("-session__year", "order", "id")
    )


def topic_queryset() -> QuerySet:
    return Topic.objects.annotate(
        proposal_count=count_of(ProposalTopic.objects.filter(proposal__is_deleted=False), "topic")
    ).order_by("order", "id")


def session_queryset() -> QuerySet:
    return Session.objects.annotate(
        article_count=count_of(Article.objects.all(), "session"),
        proposal_count=count_of(Proposal.objects.visible(), "article__session"),
    ).order_by("-year", "name")
