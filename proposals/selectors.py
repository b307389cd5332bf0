"""Reads shared by the journalists' pages, the feeds and the API: each decides its joins once.

Every function returns records with what their page shows already fetched (``select_related`` for
one-to-one paths, ``prefetch_related`` for lists), so a page's number of queries does not grow with
the number of rows it shows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404

from delegates.models import Delegate, Membership

from .listing.query import (
    MEMBERSHIP_ORDER,
    NEWEST_FIRST,
    membership_at,
    proposal_full,
    proposal_list,
    proposer_links,
    sector_links,
    task_links,
)
from .models import (
    Article,
    ArticleMention,
    KeyTask,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalTopic,
    Topic,
)


def memberships_with_sessions() -> QuerySet:
    """A delegate's memberships for their pages: latest session first, each with its session."""
    return Membership.objects.select_related("session").order_by(*MEMBERSHIP_ORDER)


class NewestFirst:
    """A filtered proposal list in the list's order (newest article first), for ``Paginator``.

    A page is read ids first: the ids of the page from a narrow query (the proposal's id and article,
    which the partial index of migration 0006 holds), then the page's twenty rows with everything
    they show. Sorting the whole filtered set by its article's date across a join is the list page's
    main cost; doing it over wide rows (text, JSON) made it three times dearer.

    ``filtered`` says whether the queryset narrows the visible proposals (a key task, a sector, a
    delegate...). PostgreSQL then first collects the filtered ids and sorts only those: left to
    itself it walks every article newest first and tests each proposal against the filter, hoping to
    stop after a page, which costs a test per proposal when many articles share a date (or have
    none). Unfiltered, that walk reads the index alone and stops as soon as the page is full.
    """

    ordered = True  # for Paginator: the order is ours

    def __init__(self, queryset: QuerySet, *, filtered: bool, rows: QuerySet | None = None) -> None:
        self.queryset = queryset.order_by(*NEWEST_FIRST)
        self.filtered = filtered
        self.rows = rows if rows is not None else proposal_list()

    def count(self) -> int:
        return self.queryset.count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        return iter(self.queryset)

    def __getitem__(self, window: slice | int):
        if isinstance(window, int):
            return self[window : window + 1][0]
        start = window.start or 0
        ids = self.page_ids(start, window.stop - start)
        # By id alone: the ids already passed the filters, and PostgreSQL, given a search's thousand
        # candidate ids and these twenty together, scanned the table rather than the primary key.
        rows = {p.pk: p for p in self.rows.filter(pk__in=ids)}
        return [rows[pk] for pk in ids if pk in rows]

    def page_ids(self, offset: int, limit: int) -> list[int]:
        narrow = self.queryset.values_list("pk", flat=True)
        if self.queryset.query.is_empty():
            return []
        if not (self.filtered and connection.vendor == "postgresql"):
            return list(narrow[offset : offset + limit])
        inner, params = self.queryset.order_by().values("pk", "article_id").query.sql_with_params()
        # The ORDER BY below is the one Django writes for NEWEST_FIRST on PostgreSQL (NULLS FIRST
        # when descending); tests compare the two orders.
        sql = (
            f"WITH filtered (id, article_id) AS MATERIALIZED ({inner}) "
            "SELECT f.id FROM filtered f JOIN proposals_article a ON a.id = f.article_id "
            "ORDER BY a.published_on DESC, f.id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, offset])
            return [pk for (pk,) in cursor.fetchall()]


def proposal_detail(pk: int) -> Proposal:
    """One visible proposal with everything its page shows (the article's text included)."""
    proposal = proposal_full().filter(pk=pk).first()
    if proposal is None:
        raise Http404("no such proposal")
    return proposal


def related_proposals(proposal: Proposal, limit: int = 5) -> list[Proposal]:
    """Other proposals under the same key tasks or sectors, those sharing most (then newest) first;
    ties broken by shared evidence words (similar wording)."""
    task_ids = [link.key_task_id for link in task_links(proposal)]
    topic_ids = [link.topic_id for link in sector_links(proposal)]
    if not task_ids and not topic_ids:
        return []
    shared = Count("key_task_links", filter=Q(key_task_links__key_task_id__in=task_ids), distinct=True) + Count(
        "topic_links", filter=Q(topic_links__topic_id__in=topic_ids), distinct=True
    )
    candidate_ids = list(
        Proposal.objects.visible()
        .exclude(pk=proposal.pk)
        .filter(Q(key_task_links__key_task_id__in=task_ids) | Q(topic_links__topic_id__in=topic_ids))
        .values("pk")
        .annotate(shared=shared)
        .order_by("-shared", "-pk")
        .values_list("pk", "shared")[: limit * 6]
    )
    if not candidate_ids:
        return []
    words = {w for link in task_links(proposal) for w in link.evidence}
    words |= {w for link in sector_links(proposal) for w in link.evidence}
    candidates = {p.pk: p for p in proposal_list().filter(pk__in=[pk for pk, _ in candidate_ids])}
    scored = []
    for pk, shared_count in candidate_ids:
        candidate = candidates.get(pk)
        if candidate is None:
            continue
        overlap = sum(1 for w in words if w and w in candidate.passage)
        scored.append((shared_count, overlap, pk, candidate))
    scored.sort(key=lambda item: (-item[0], -item[1], -item[2]))
    return [candidate for *_, candidate in scored[:limit]]


@dataclass
class Proposer:
    """A proposer as they were at the proposal's session: what a row or a page prints."""

    delegate: Delegate
    membership: Membership | None


def proposers(proposal: Proposal) -> list[Proposer]:
    session_id = proposal.article.session_id
    return [
        Proposer(link.delegate, membership_at(link.delegate, session_id))
        for link in proposer_links(proposal)
    ]


def proposal_row(proposal: Proposal) -> dict:
    """What a row of a proposal list shows: the proposal, its proposers, its key tasks and sectors."""
    return {
        "proposal": proposal,
        "proposers": proposers(proposal),
        "key_task_links": task_links(proposal),
        "topic_links": sector_links(proposal),
    }


# --------------------------------------------------------------------------------------------------
# Delegates


def delegate_for_page(pk: int) -> Delegate:
    """A delegate with memberships and aliases; merged records are returned as they are (the view
    redirects to ``merged_into``); staff-deleted ones are a 404."""
    delegate = (
        Delegate.objects.select_related("merged_into")
        .prefetch_related(Prefetch("memberships", queryset=memberships_with_sessions()), "aliases")
        .filter(pk=pk, is_deleted=False)
        .first()
    )
    if delegate is None:
        raise Http404("no such delegate")
    return delegate


def survivor_of(delegate: Delegate) -> Delegate:
    """The record a merged delegate now lives in (follows chains; stops on a loop)."""
    seen = set()
    while delegate.merged_into_id and delegate.pk not in seen:
        seen.add(delegate.pk)
        delegate = Delegate.objects.select_related("merged_into").get(pk=delegate.merged_into_id)
    return delegate


def delegate_proposals(delegate: Delegate) -> QuerySet:
    return proposal_list().filter(
        Exists(ProposalDelegate.objects.filter(proposal=OuterRef("pk"), delegate=delegate))
    )


def co_delegates(delegate: Delegate, limit: int = 12) -> list[Delegate]:
    """The delegates who appear with this one: joint proposals first, then the same articles."""
    joint = (
        Delegate.objects.active()
        .exclude(pk=delegate.pk)
        .filter(proposaldelegate__proposal__proposaldelegate__delegate=delegate)
        .annotate(times=Count("proposaldelegate__proposal", distinct=True))
        .order_by("-times", "name")[:limit]
    )
    found = list(joint)
    if len(found) < limit:
        articles = ArticleMention.objects.filter(delegate=delegate).values("article_id")
        same_article = (
            Delegate.objects.active()
            .exclude(pk__in=[delegate.pk, *(d.pk for d in found)])
            .filter(mentions__article_id__in=articles)
            .annotate(times=Count("mentions__article", distinct=True))
            .order_by("-times", "name")[: limit - len(found)]
        )
        found += list(same_article)
    return found


def namesakes(delegate: Delegate) -> list[Delegate]:
    """Other people of the same name (重名), with their memberships, so the page can tell them apart."""
    return list(
        Delegate.objects.active()
        .exclude(pk=delegate.pk)
        .filter(name=delegate.name)
        .prefetch_related(Prefetch("memberships", queryset=memberships_with_sessions()))
    )


def delegate_list() -> QuerySet:
    return Delegate.objects.active().prefetch_related(Prefetch("memberships", queryset=memberships_with_sessions()))


# --------------------------------------------------------------------------------------------------
# Key tasks, sectors, articles, home


def key_task_by_slug(slug: str) -> KeyTask:
    """The key task of this slug in the latest session's plan (plans of later years reuse slugs)."""
    task = KeyTask.objects.select_related("session").filter(slug=slug).order_by("-session__year", "-id").first()
    if task is None:
        raise Http404("no such key task")
    return task


def key_task_proposals(task: KeyTask) -> QuerySet:
    return proposal_list().filter(
        Exists(ProposalKeyTask.objects.filter(proposal=OuterRef("pk"), key_task__slug=task.slug))
    )


def topic_by_slug(slug: str) -> Topic:
    topic = Topic.objects.filter(slug=slug).first()
    if topic is None:
        raise Http404("no such sector")
    return topic


def topic_proposals(topic: Topic) -> QuerySet:
    return proposal_list().filter(Exists(ProposalTopic.objects.filter(proposal=OuterRef("pk"), topic=topic)))


def top_delegates(proposals: QuerySet, limit: int = 10) -> list[Delegate]:
    """The delegates who raised most of these proposals, with ``times``."""
    return list(
        Delegate.objects.active()
        .filter(proposaldelegate__proposal__in=proposals.order_by().values("pk"))
        .annotate(times=Count("proposaldelegate__proposal", distinct=True))
        .order_by("-times", "name")[:limit]
    )


def article_for_page(pk: int) -> Article:
    article = (
        Article.objects.select_related("session")
        .prefetch_related(
            Prefetch("mentions", queryset=ArticleMention.objects.select_related("delegate").order_by("start")),
        )
        .filter(pk=pk)
        .first()
    )
    if article is None:
        raise Http404("no such article")
    return article


def article_proposals(article: Article) -> list[Proposal]:
    return list(proposal_list().filter(article=article).order_by("start"))


@dataclass
class Bar:
    label: str
    count: int
    url: str
    share: float  # of the largest bar, 0..1


def _bars(rows: list[tuple[str, int, str]]) -> list[Bar]:
    top = max((count for _, count, _ in rows), default=0) or 1
    return [Bar(label, count, url, count / top) for label, count, url in rows]


def home_figures() -> dict:
    """Counts for the front page: articles, delegates, proposals, per key task and per sector."""
    visible = Proposal.objects.visible()
    per_task = Counter(
        dict(
            ProposalKeyTask.objects.filter(proposal__is_deleted=False)
            .values_list("key_task__slug")
            .annotate(n=Count("proposal", distinct=True))
            .values_list("key_task__slug", "n")
        )
    )
    tasks: dict[str, KeyTask] = {}
    for task in KeyTask.objects.select_related("session").order_by("-session__year", "order", "id"):
        tasks.setdefault(task.slug, task)
    per_topic = dict(
        ProposalTopic.objects.filter(proposal__is_deleted=False)
        .values_list("topic_id")
        .annotate(n=Count("proposal", distinct=True))
        .values_list("topic_id", "n")
    )
    topics = list(Topic.objects.all())
    return {
        "articles": Article.objects.count(),
        "delegates": Delegate.objects.active().count(),
        "proposals": visible.count(),
        "key_task_bars": _bars(
            [(t.short_name or t.name, per_task.get(t.slug, 0), t.get_absolute_url()) for t in tasks.values()]
        ),
        "topic_bars": _bars(
            sorted(
                ((t.name, per_topic.get(t.pk, 0), t.get_absolute_url()) for t in topics),
                key=lambda row: -row[1],
            )
        ),
        "key_tasks": list(tasks.values()),
        "topics": topics,
    }


def latest_articles(limit: int = 6) -> QuerySet:
    """The newest articles with their proposal counts: the few ids first, then the counts for them
    alone (counting before the LIMIT grouped every article of the archive)."""
    newest = ("-published_on", "-last_ingested_at", "-id")
    ids = list(Article.objects.order_by(*newest).values_list("id", flat=True)[:limit])
    return (
        Article.objects.filter(id__in=ids)
        .select_related("session")
        .defer("text", "blocks")
        .annotate(proposal_count=Count("proposals", filter=Q(proposals__is_deleted=False)))
        .order_by(*newest)
    )


def session_has_plan(session) -> bool:
    """Whether a session has a key-task plan on record: without one its proposals get no key task."""
    return session is not None and KeyTask.objects.filter(session=session).exists()
