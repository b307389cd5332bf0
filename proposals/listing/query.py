"""The proposal list the site, its feeds, its CSV and the API all read, with one prefetch plan.

Lists load only the columns their rows show (JSON columns cost a decode per row) and prefetch a
proposal's proposers (with their memberships), key tasks and sectors into plain lists
(``to_attr``): a related manager's ``.all()`` per record would build a queryset each. Read what
was prefetched with ``proposer_links``, ``task_links``, ``sector_links`` and ``memberships_of``;
they fall back to a query for a record read some other way.
"""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from delegates.models import Delegate, Membership
from proposals.models import Proposal, ProposalDelegate, ProposalKeyTask, ProposalSource, ProposalTopic

# The list's order: newest article first, then newest record.
NEWEST_FIRST = ("-article__published_on", "-id")
# A delegate's memberships: latest session first.
MEMBERSHIP_ORDER = ("-session__year", "id")

# What a row shows, on a page, in a feed or in an export.
LIST_FIELDS = (
    "id", "headline", "summary", "kind", "passage", "start", "end", "created_at", "updated_at", "review_status",
    "article_id", "article__id", "article__title", "article__source", "article__newspaper", "article__published_on",
    "article__page", "article__url",
    "article__session_id", "article__session__id", "article__session__slug", "article__session__name",
    "article__session__year", "article__session__level",
)


def proposal_prefetches(*, full: bool) -> list[Prefetch]:
    """The one prefetch plan: proposers in signing order with their memberships (latest first), key
    tasks and sectors by rank. ``full`` reads every column of them (a detail page shows evidence and
    origin); lists read the few their rows show."""
    links = ProposalDelegate.objects.select_related("delegate")
    memberships = Membership.objects.order_by(*MEMBERSHIP_ORDER)
    tasks = ProposalKeyTask.objects.select_related("key_task")
    sectors = ProposalTopic.objects.select_related("topic")
    if not full:
        links = links.only("id", "proposal_id", "delegate_id", "order", "delegate__id", "delegate__name")
        memberships = memberships.only("id", "delegate_id", "session_id", "role", "level", "delegation", "affiliation")
        # Evidence is read to say why a search result matched through its key task or sector.
        tasks = tasks.only("id", "proposal_id", "key_task_id", "rank", "evidence", "key_task__id", "key_task__slug",
                           "key_task__name", "key_task__short_name")
        sectors = sectors.only("id", "proposal_id", "topic_id", "rank", "evidence", "topic__id", "topic__slug",
                               "topic__name")
    return [
        Prefetch("proposaldelegate_set", queryset=links, to_attr="proposer_links"),
        Prefetch("proposer_links__delegate__memberships", queryset=memberships, to_attr="membership_list"),
        Prefetch("key_task_links", queryset=tasks, to_attr="task_links"),
        Prefetch("topic_links", queryset=sectors, to_attr="sector_links"),
    ]


def proposal_list() -> QuerySet:
    """Visible proposals, newest article first, with what a row shows."""
    return (
        Proposal.objects.visible()
        .select_related("article__session")
        .only(*LIST_FIELDS)
        .prefetch_related(*proposal_prefetches(full=False))
        .order_by(*NEWEST_FIRST)
    )


def proposal_full() -> QuerySet:
    """Visible proposals with everything a detail shows: every column, the evidence, further sources."""
    return (
        Proposal.objects.visible()
        .select_related("article__session")
        .prefetch_related(
            *proposal_prefetches(full=True),
            Prefetch("sources", queryset=ProposalSource.objects.select_related("article").order_by("id")),
        )
        .order_by(*NEWEST_FIRST)
    )


def memberships_of(delegate: Delegate) -> list[Membership]:
    """Prefetched into ``membership_list`` (a plain list: no queryset per record)."""
    found = getattr(delegate, "membership_list", None)
    return found if found is not None else list(delegate.memberships.all())


def proposer_links(proposal: Proposal) -> list[ProposalDelegate]:
    found = getattr(proposal, "proposer_links", None)
    return found if found is not None else list(proposal.proposaldelegate_set.all())


def task_links(proposal: Proposal) -> list[ProposalKeyTask]:
    found = getattr(proposal, "task_links", None)
    return found if found is not None else list(proposal.key_task_links.all())


def sector_links(proposal: Proposal) -> list[ProposalTopic]:
    found = getattr(proposal, "sector_links", None)
    return found if found is not None else list(proposal.topic_links.all())


def membership_at(delegate: Delegate, session_id: int | None) -> Membership | None:
    """The delegate's membership in this session, else their latest (memberships are prefetched)."""
    memberships = memberships_of(delegate)
    for membership in memberships:
        if membership.session_id == session_id:
            return membership
    return memberships[0] if memberships else None
