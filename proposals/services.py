"""Writes that touch several models: ingesting an article, merging delegates, moving proposals.

``article_ingest`` is the loader: it upserts on natural keys (the article's source key, a proposal's
delegates + ordinal within the article), changes a row only when a field really changed, never
writes a field a staff member set (it records a ``Conflict`` instead), never revives what staff
deleted, and reports what it did. Each call is one transaction: one article (``article_ingest``), or
a batch (``articles_ingest``) whose new articles are decided in memory and written a statement or two
per table for the lot.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from delegates.models import Delegate, DelegateAlias, Level, Membership, Origin, Session
from delegates.services import delegate_resolve, pinyin_of, resolution_among

from . import bulk, search
from .ingest.parse import (
    PARSER_VERSION,
    ParsedArticle,
    ParsedProposal,
    SessionGuess,
    Term,
    Vocabulary,
    parse_article,
)
from .ingest.sources import Document
from .models import (
    Article,
    ArticleMention,
    Conflict,
    KeyTask,
    NameReview,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalSource,
    ProposalTopic,
    Topic,
)

# A passage this similar to one already on record, by the same delegates, is the same proposal
# reported again (a second newspaper, a later edition), not a new one.
SAME_PROPOSAL_RATIO = 0.8
CONTEXT_CHARS = 40
# Serializes concurrent ingestion processes on PostgreSQL (SQLite takes its write lock at BEGIN).
INGEST_LOCK_ID = 727_001
# Names looked up per query when a batch resolves its people (well under SQLite's parameter limit).
NAMES_PER_QUERY = 400


@dataclass
class ArticleOutcome:
    status: str  # new | updated | unchanged
    article: Article | None
    delegates: Counter = field(default_factory=Counter)
    proposals: Counter = field(default_factory=Counter)
    conflicts: int = 0
    ambiguous_names: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    """What a run did, in the counts the command prints and the admin shows."""

    articles: Counter = field(default_factory=Counter)
    delegates: Counter = field(default_factory=Counter)
    proposals: Counter = field(default_factory=Counter)
    conflicts: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    ambiguous_names: list[str] = field(default_factory=list)

    def add(self, outcome: ArticleOutcome) -> None:
        self.articles[outcome.status] += 1
        self.delegates.update(outcome.delegates)
        self.proposals.update(outcome.proposals)
        self.conflicts += outcome.conflicts
        self.ambiguous_names.extend(outcome.ambiguous_names)

    def fail(self, source: str, reason: str) -> None:
        self.articles["failed"] += 1
        self.failures.append((source, reason))

    def as_dict(self) -> dict:
        return {
            "articles": {k: self.articles.get(k, 0) for k in ("new", "updated", "unchanged", "failed")},
            "delegates": {k: self.delegates.get(k, 0) for k in ("new", "matched", "ambiguous")},
            "proposals": dict(sorted(self.proposals.items())),
            "conflicts": self.conflicts,
            "failures": [{"source": s, "reason": r} for s, r in self.failures],
            "ambiguous_names": self.ambiguous_names,
        }


# --------------------------------------------------------------------------------------------------
# Vocabulary and sessions


def vocabulary_current() -> Vocabulary:
    """Key tasks and sectors as staff last edited them (the seed files when the database is empty)."""
    try:
        tasks = list(KeyTask.objects.select_related("session").order_by("-session__year", "order"))
        topics = list(Topic.objects.all())
    except DatabaseError:
        return Vocabulary.from_seed_files()
    if not tasks and not topics:
        return Vocabulary.from_seed_files()
    seen: dict[str, Term] = {}
    for task in tasks:
        seen.setdefault(task.slug, Term(task.slug, task.name, tuple(task.phrases or [task.name]), tuple(task.keywords)))
    return Vocabulary(
        key_tasks=tuple(sorted(seen.values(), key=lambda t: [k.slug for k in tasks].index(t.slug))),
        topics=tuple(Term(t.slug, t.name, (t.name,), tuple(t.keywords)) for t in topics),
    )


def session_slug(year: int, level: str, region: str) -> str:
    return f"{year}-{level}" + (f"-{pinyin_of(region)}" if region else "")


def session_name(year: int, level: str, region: str) -> str:
    if level == Level.NATIONAL:
        return f"{year}年全国两会"
    if region:
        return f"{year}年{region}两会"
    return f"{year}年两会（{Level(level).label}）"


def session_for(guess: SessionGuess, published_on: date | None) -> Session:
    year = guess.year or (published_on.year if published_on else timezone.now().year)
    level = guess.level if guess.level in Level.values else Level.UNKNOWN
    region = "" if level == Level.NATIONAL else guess.region
    session, _ = Session.objects.get_or_create(
        year=year, level=level, region=region,
        defaults={"name": session_name(year, level, region), "slug": session_slug(year, level, region)},
    )
    return session


# --------------------------------------------------------------------------------------------------
# The loader


def article_ingest(*, document: Document, parsed: ParsedArticle | None = None, vocabulary: Vocabulary | None = None,
                   force: bool = False) -> ArticleOutcome:
    """Write one parsed article and everything read off it, in one transaction.

    Raises ``ParseError`` (from the parser) before anything is written when the text is no article.
    """
    existing = Article.objects.filter(source_key=document.key).only("content_hash", "parser_version").first()
    if existing and not force and existing.content_hash == document.content_hash and existing.parser_version == PARSER_VERSION:
        return ArticleOutcome("unchanged", existing)
    if parsed is None:
        parsed = parse_article(document.text, vocabulary=vocabulary or vocabulary_current())
    return articles_ingest([(document, parsed)], force=force)[0]


def articles_ingest(entries: Sequence[tuple[Document, ParsedArticle]], *, force: bool = False) -> list[ArticleOutcome]:
    """Write parsed articles in one transaction: the new ones in bulk, the known ones one by one.

    The outcomes come back in the order of ``entries``. Each source key may appear once. Either
    everything is written or, on any error, nothing (``manage.py ingest --batch`` then retries the
    articles one at a time, so one bad article fails alone).
    """
    keys = [document.key for document, _ in entries]
    if len(set(keys)) != len(keys):
        raise ValueError("articles_ingest: a source key appears twice in one batch")
    outcomes: list[ArticleOutcome | None] = [None] * len(entries)
    with transaction.atomic():
        _serialize_writers()
        known = {a.source_key: a for a in Article.objects.select_for_update().filter(source_key__in=keys)}
        fresh = []
        for i, (document, parsed) in enumerate(entries):
            article = known.get(document.key)
            if article is None:
                fresh.append(i)
            elif not force and article.content_hash == document.content_hash and article.parser_version == PARSER_VERSION:
                outcomes[i] = ArticleOutcome("unchanged", article)  # another process wrote it while we parsed
            else:
                outcomes[i] = _write_article(document, parsed, article)
        if fresh:
            for i, outcome in zip(fresh, _write_new_articles([entries[i] for i in fresh]), strict=True):
                outcomes[i] = outcome
    return outcomes


def _serialize_writers() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [INGEST_LOCK_ID])


def _published_on(parsed: ParsedArticle) -> date | None:
    return date.fromisoformat(parsed.published_on) if parsed.published_on else None


def _article_values(document: Document, parsed: ParsedArticle, now, session: Session) -> dict:
    return {
        "source": document.source,
        "title": parsed.title,
        "sections": list(parsed.sections),
        "blocks": [[b.kind, b.start, b.end, b.level] for b in parsed.blocks],
        "newspaper": parsed.newspaper,
        "published_on": _published_on(parsed),
        "reporters": list(parsed.reporters),
        "photographers": list(parsed.photographers),
        "session": session,
        "text": parsed.text,
        "content_hash": document.content_hash,
        "parser_version": PARSER_VERSION,
        "last_ingested_at": now,
    }


def _proposal_values(parsed_proposal: ParsedProposal, text: str) -> dict:
    return {
        "headline": parsed_proposal.headline[:300],
        "summary": parsed_proposal.summary[:500],
        "passage": parsed_proposal.passage,
        "start": parsed_proposal.start,
        "end": parsed_proposal.end,
        "context_before": text[max(0, parsed_proposal.start - CONTEXT_CHARS) : parsed_proposal.start],
        "context_after": text[parsed_proposal.end : parsed_proposal.end + CONTEXT_CHARS],
        "kind": parsed_proposal.kind,
        "section": parsed_proposal.section[:100],
        "piece_title": parsed_proposal.piece_title[:300],
        "reporters": list(parsed_proposal.reporters),
    }


def _write_article(document: Document, parsed: ParsedArticle, article: Article) -> ArticleOutcome:
    """Re-ingest an article on record: update in place, respecting what staff changed."""
    session = session_for(parsed.session, _published_on(parsed))
    for name, value in _article_values(document, parsed, timezone.now(), session).items():
        setattr(article, name, value)
    article.save()
    outcome = ArticleOutcome("updated", article)
    delegates = _write_delegates(article, parsed, article.session, outcome)
    _write_proposals(article, parsed, delegates, outcome)
    _write_mentions(article, parsed, delegates)
    search.index_article(article)
    return outcome


# --------------------------------------------------------------------------------------------------
# New articles, in bulk: everything is decided in memory, then written a statement or two per table


class _Cast:
    """The people a batch names: those on record (read once) and those the batch creates."""

    def __init__(self, names: set[str]) -> None:
        self.by_name: dict[str, list[Delegate]] = defaultdict(list)
        self._memberships: dict[int, list[Membership]] = {}
        self._aliases: dict[int, list[str]] = {}
        self.created: list[Delegate] = []
        found: dict[int, Delegate] = {}
        ordered = sorted(names)
        for i in range(0, len(ordered), NAMES_PER_QUERY):
            chunk = ordered[i : i + NAMES_PER_QUERY]
            for delegate in Delegate.objects.active().filter(
                pk__in=Delegate.objects.filter(Q(name__in=chunk) | Q(aliases__name__in=chunk)).values("pk")
            ):
                found[delegate.pk] = delegate
        # Memberships and aliases grouped by hand: ``prefetch_related`` clones a queryset per
        # delegate, which cost more than reading the rows. Memberships come in ``Meta.ordering``.
        memberships: dict[int, list[Membership]] = defaultdict(list)
        aliases: dict[int, list[str]] = defaultdict(list)
        ids = sorted(found)
        for i in range(0, len(ids), NAMES_PER_QUERY):
            chunk = ids[i : i + NAMES_PER_QUERY]
            for membership in Membership.objects.filter(delegate_id__in=chunk).select_related("session"):
                memberships[membership.delegate_id].append(membership)
            for delegate_id, alias in DelegateAlias.objects.filter(delegate_id__in=chunk).values_list("delegate_id", "name"):
                aliases[delegate_id].append(alias)
        # As ``Delegate.objects.named`` orders them: by name, then id.
        for delegate in sorted(found.values(), key=lambda d: (d.name, d.pk)):
            self._memberships[id(delegate)] = memberships[delegate.pk]
            self._aliases[id(delegate)] = aliases[delegate.pk]
            for name in {delegate.name, *aliases[delegate.pk]} & names:
                self.by_name[name].append(delegate)

    def memberships_of(self, delegate: Delegate) -> list[Membership]:
        return self._memberships[id(delegate)]

    def aliases_of(self, delegate: Delegate) -> list[str]:
        return self._aliases[id(delegate)]

    def create(self, name: str) -> Delegate:
        delegate = Delegate(name=name, pinyin=pinyin_of(name), machine_values={"name": name})
        self._memberships[id(delegate)] = []
        self._aliases[id(delegate)] = []
        self.by_name[name].append(delegate)
        self.created.append(delegate)
        return delegate


class _EarlierProposals:
    """Proposals on record (or earlier in the batch) that a new passage may be a re-report of."""

    def __init__(self, wanted: set[frozenset[int]]) -> None:
        """``wanted``: the sets of people (delegate ids, all on record) the batch's proposals name."""
        self._by_people: dict[frozenset[int], list[Proposal]] = defaultdict(list)
        people = set().union(*wanted)
        if not people:
            return
        # Who proposed each proposal naming any of these people, then the passages of only those
        # proposed by exactly one of the wanted sets: a person's whole record is never loaded.
        linked = ProposalDelegate.objects.filter(delegate_id__in=people).values("proposal_id")
        proposers: dict[int, set[int]] = defaultdict(set)
        for proposal_id, delegate_id in ProposalDelegate.objects.filter(proposal_id__in=linked).values_list(
            "proposal_id", "delegate_id"
        ):
            proposers[proposal_id].add(delegate_id)
        matching = {pk: frozenset(ids) for pk, ids in proposers.items() if frozenset(ids) in wanted}
        for proposal in (
            Proposal.objects.visible().filter(pk__in=list(matching))
            .order_by("-article__published_on", "-id").only("id", "article_id", "passage")
        ):
            self._by_people[matching[proposal.pk]].append(proposal)

    def add(self, proposal: Proposal, people: list[Delegate]) -> None:
        self._by_people[frozenset(d.pk for d in people)].insert(0, proposal)

    def find(self, article: Article, people: list[Delegate], passage: str) -> Proposal | None:
        for candidate in self._by_people.get(frozenset(d.pk for d in people), ()):
            if candidate.article_id != article.pk and _same_passage(candidate.passage, passage):
                return candidate
        return None


def _membership_order(membership: Membership) -> tuple:
    """``Membership.Meta.ordering`` (newest session first, then id) as the database applies it."""
    if membership.session_id is None:
        # NULL years sort first in a descending order on PostgreSQL, last on SQLite.
        return (0 if connection.features.nulls_order_largest else 2, 0, membership.pk)
    return (1, -membership.session.year, membership.pk)


def _write_new_articles(entries: list[tuple[Document, ParsedArticle]]) -> list[ArticleOutcome]:
    now = timezone.now()
    sessions: dict[tuple, Session] = {}
    articles = []
    for document, parsed in entries:
        published_on = _published_on(parsed)
        guess = (parsed.session, published_on.year if published_on else None)
        if guess not in sessions:
            sessions[guess] = session_for(parsed.session, published_on)
        articles.append(Article(source_key=document.key, **_article_values(document, parsed, now, sessions[guess])))
    bulk.insert_objects(articles, now=now)
    outcomes = [ArticleOutcome("new", article) for article in articles]

    # People: resolve every printed name in order, as one article after another would.
    cast = _Cast({d.name for _, parsed in entries for d in parsed.delegates})
    named: list[dict[str, Delegate]] = []
    new_memberships: list[Membership] = []
    changed_memberships: dict[int, Membership] = {}
    reviews: list[tuple[NameReview, list[Delegate]]] = []
    for article, (_, parsed), outcome in zip(articles, entries, outcomes, strict=True):
        people: dict[str, Delegate] = {}
        for parsed_delegate in parsed.delegates:
            resolution = resolution_among(
                name=parsed_delegate.name, role=parsed_delegate.role, session_id=article.session_id,
                organization=parsed_delegate.organization, candidates=list(cast.by_name.get(parsed_delegate.name, ())),
                memberships_of=cast.memberships_of,
            )
            delegate = resolution.delegate or cast.create(parsed_delegate.name)
            outcome.delegates[resolution.status] += 1
            if resolution.status == "ambiguous":
                outcome.ambiguous_names.append(parsed_delegate.name)
                reviews.append((NameReview(article=article, name=parsed_delegate.name, delegate=delegate,
                                           reason=resolution.reason), resolution.candidates))
            people[parsed_delegate.name] = delegate
            extracted = _membership_values(parsed_delegate)
            memberships = cast.memberships_of(delegate)
            membership = next(
                (m for m in memberships if m.session_id == article.session_id and m.role == parsed_delegate.role), None
            )
            if membership is None:
                membership = Membership(delegate=delegate, session=article.session, role=parsed_delegate.role,
                                        machine_values=extracted, **extracted)
                memberships.append(membership)
                new_memberships.append(membership)
                continue
            changed, clashes = _membership_apply(membership, extracted)
            for name, staff_value, machine_value in clashes:
                outcome.conflicts += _conflict(article=article, delegate=delegate, membership_id=membership.pk,
                                               field=name, staff_value=staff_value, machine_value=machine_value)
            if changed and membership.pk:
                changed_memberships[membership.pk] = membership
        named.append(people)
    bulk.insert_objects(cast.created, now=now)
    bulk.insert_objects(new_memberships, now=now)
    bulk.update_objects(list(changed_memberships.values()), [*Membership.MACHINE_FIELDS, "machine_values"], now=now)
    bulk.insert_objects([review for review, _ in reviews], now=now)
    through = NameReview.candidates.through
    bulk.insert_rows(through, ("namereview", "delegate"), [
        (review.pk, candidate.pk) for review, candidates in reviews for candidate in dict.fromkeys(candidates)
    ])

    # Proposals: new ones, or further sources of one already on record by the same people.
    topics = {t.slug: t for t in Topic.objects.all()}
    key_tasks = _KeyTasks()
    # Only people on record before this batch can have proposals elsewhere already.
    created = {d.pk for d in cast.created}
    earlier = _EarlierProposals({
        frozenset(people[n].pk for n in parsed_proposal.delegates)
        for (_, parsed), people in zip(entries, named, strict=True)
        for parsed_proposal in parsed.proposals
        if parsed_proposal.delegates and not {people[n].pk for n in parsed_proposal.delegates} & created
    })
    new_proposals: list[tuple[Proposal, list[Delegate], list, list]] = []
    sources: dict[tuple[int, int], ProposalSource] = {}
    for article, (_, parsed), outcome, people in zip(articles, entries, outcomes, named, strict=True):
        tasks = key_tasks.of(article.session)
        for key, parsed_proposal in zip(_machine_keys(parsed.proposals), parsed.proposals, strict=True):
            proposers = [people[n] for n in parsed_proposal.delegates]
            if not proposers:
                outcome.proposals["deleted_by_staff"] += 1
                continue
            values = _proposal_values(parsed_proposal, parsed.text)
            found = earlier.find(article, proposers, values["passage"])
            if found is not None:
                sources[(id(found), article.pk)] = ProposalSource(
                    proposal=found, article=article, passage=values["passage"], start=values["start"], end=values["end"]
                )
                outcome.proposals["further_source"] += 1
                continue
            task_links, topic_links, machine = _classified(parsed_proposal, values, proposers, tasks, topics)
            proposal = Proposal(article=article, machine_key=key, machine_values=machine, **values)
            earlier.add(proposal, proposers)
            new_proposals.append((proposal, proposers, task_links, topic_links))
            outcome.proposals["new"] += 1
    bulk.insert_objects([p for p, *_ in new_proposals], now=now)
    bulk.insert_rows(ProposalDelegate, ("proposal", "delegate", "order"), [
        (p.pk, d.pk, i) for p, proposers, _, _ in new_proposals for i, d in enumerate(proposers)
    ])
    for model, field_name, position in ((ProposalKeyTask, "key_task", 2), (ProposalTopic, "topic", 3)):
        bulk.insert_rows(model, ("proposal", field_name, "rank", "evidence", "origin"), [
            (entry[0].pk, target.pk, rank, list(a.evidence), Origin.MACHINE.value)
            for entry in new_proposals for rank, (target, a) in enumerate(entry[position])
        ])
    bulk.insert_rows(ProposalSource, ("proposal", "article", "passage", "start", "end"), [
        (source.proposal.pk, source.article.pk, source.passage, source.start, source.end) for source in sources.values()
    ])
    bulk.insert_rows(ArticleMention, ("article", "delegate", "name", "start"), [
        (article.pk, people[d.name].pk, d.name, d.start)
        for article, (_, parsed), people in zip(articles, entries, named, strict=True)
        for d in parsed.delegates
    ], ignore_conflicts=True)

    # Search documents from the objects in hand (delegates first: their names join the dictionary
    # before proposals are cut); earlier proposals that gained a source are read back.
    everyone = {d.pk: d for people in named for d in people.values()}
    search.index_written(
        people=[(d, cast.aliases_of(d), sorted(cast.memberships_of(d), key=_membership_order))
                for d in everyone.values()],
        proposals=[
            (p, [d.pk for d in proposers],
             [f"{t.name} {t.short_name}" for t, _ in task_links] + [t.name for t, _ in topic_links])
            for p, proposers, task_links, topic_links in new_proposals
        ],
        articles=articles,
    )
    if sources:
        search.index_proposals({source.proposal.pk for source in sources.values()})
    return outcomes


def _write_delegates(article: Article, parsed: ParsedArticle, session: Session, outcome: ArticleOutcome) -> dict[str, Delegate]:
    # A re-ingested article keeps the people it was linked to: no second resolution, no duplicates.
    known = {
        m.name: m.delegate
        for m in ArticleMention.objects.filter(article=article).select_related("delegate__merged_into")
    }
    result: dict[str, Delegate] = {}
    for parsed_delegate in parsed.delegates:
        delegate = known.get(parsed_delegate.name)
        while delegate is not None and delegate.merged_into_id:
            delegate = delegate.merged_into
        if delegate is not None:
            outcome.delegates["matched"] += 1
        else:
            resolution = delegate_resolve(
                name=parsed_delegate.name, role=parsed_delegate.role, session=session,
                organization=parsed_delegate.organization,
            )
            delegate = resolution.delegate
            outcome.delegates[resolution.status] += 1
            if resolution.status == "ambiguous":
                outcome.ambiguous_names.append(parsed_delegate.name)
                review, _ = NameReview.objects.get_or_create(
                    article=article, name=parsed_delegate.name, delegate=delegate,
                    defaults={"reason": resolution.reason},
                )
                review.candidates.set(resolution.candidates)
        result[parsed_delegate.name] = delegate
        if delegate.is_deleted:
            # Staff deleted this record (not a delegate after all): its mention keeps the name
            # mapped to the tombstone, so it is neither revived nor created afresh.
            outcome.delegates["deleted_by_staff"] += 1
            continue
        _write_membership(delegate, session, parsed_delegate, article, outcome)
    return result


def _classified(parsed_proposal: ParsedProposal, values: dict, people: list[Delegate], tasks: dict[str, KeyTask],
                topics: dict[str, Topic]) -> tuple[list, list, dict]:
    """The proposal's key-task and sector links (target, assignment), and its machine values."""
    task_links = [(tasks[a.slug], a) for a in parsed_proposal.key_tasks if a.slug in tasks]
    topic_links = [(topics[a.slug], a) for a in parsed_proposal.sectors if a.slug in topics]
    machine = {
        **values,
        "delegates": [d.pk for d in people],
        "key_tasks": [t.slug for t, _ in task_links],
        "topics": [t.slug for t, _ in topic_links],
    }
    return task_links, topic_links, machine


def _membership_values(parsed_delegate) -> dict:
    return {
        "level": parsed_delegate.level,
        "delegation": parsed_delegate.delegation,
        "affiliation": parsed_delegate.affiliation,
        "organization": parsed_delegate.organization,
        "title": parsed_delegate.title,
    }


def _membership_apply(membership: Membership, extracted: dict) -> tuple[bool, list[tuple[str, object, object]]]:
    """Take what an article says into a membership on record: (changed, clashes with staff values)."""
    changed = False
    clashes = []
    machine_values = dict(membership.machine_values or {})
    for name, value in extracted.items():
        if not value or (name == "level" and value == Level.UNKNOWN):
            continue  # an article that omits the affiliation does not erase a known one
        if name in membership.staff_fields:
            if value != getattr(membership, name) and machine_values.get(name) != value:
                clashes.append((name, getattr(membership, name), value))
        elif getattr(membership, name) != value:
            setattr(membership, name, value)
            changed = True
        if machine_values.get(name) != value:
            machine_values[name] = value
            changed = True
    if changed:
        membership.machine_values = machine_values
    return changed, clashes


def _write_membership(delegate: Delegate, session: Session, parsed_delegate, article: Article, outcome: ArticleOutcome) -> None:
    extracted = _membership_values(parsed_delegate)
    membership = Membership.objects.filter(delegate=delegate, session=session, role=parsed_delegate.role).first()
    if membership is None:
        Membership.objects.create(
            delegate=delegate, session=session, role=parsed_delegate.role, machine_values=extracted, **extracted
        )
        return
    changed, clashes = _membership_apply(membership, extracted)
    for name, staff_value, machine_value in clashes:
        outcome.conflicts += _conflict(article=article, delegate=delegate, membership_id=membership.pk,
                                       field=name, staff_value=staff_value, machine_value=machine_value)
    if changed:
        membership.save()


def _conflict(**values) -> int:
    _, created = Conflict.objects.get_or_create(
        proposal=values.get("proposal"), delegate=values.get("delegate"), membership_id=values.get("membership_id"),
        field=values["field"], machine_value=str(values["machine_value"]), resolved=False,
        defaults={"staff_value": str(values["staff_value"]), "article": values["article"]},
    )
    return int(created)


def _machine_keys(proposals: tuple[ParsedProposal, ...]) -> list[str]:
    seen: Counter[str] = Counter()
    keys = []
    for proposal in proposals:
        names = "、".join(proposal.delegates)
        seen[names] += 1
        keys.append(f"{names}#{seen[names]}")
    return keys


class _KeyTasks:
    """Every key task, read once; for each session, the task each slug stands for."""

    def __init__(self) -> None:
        self._all = list(KeyTask.objects.annotate(year=F("session__year")))
        self._lookups: dict[int, dict[str, KeyTask]] = {}

    def of(self, session: Session) -> dict[str, KeyTask]:
        if session.pk not in self._lookups:
            # The article's own session's plan first, then plans for any session (by their order),
            # then the other sessions' plans, newest first.
            lookup = {t.slug: t for t in self._all if t.session_id == session.pk}
            for task in sorted((t for t in self._all if t.session_id is None), key=lambda t: (t.order, t.pk)):
                lookup.setdefault(task.slug, task)
            for task in sorted((t for t in self._all if t.session_id is not None),
                               key=lambda t: (-t.year, t.order, t.pk)):
                lookup.setdefault(task.slug, task)
            self._lookups[session.pk] = lookup
        return self._lookups[session.pk]


def _task_lookup(session: Session) -> dict[str, KeyTask]:
    return _KeyTasks().of(session)


def _write_proposals(article: Article, parsed: ParsedArticle, delegates: dict[str, Delegate], outcome: ArticleOutcome) -> None:
    text = parsed.text
    tasks = _task_lookup(article.session)
    topics = {t.slug: t for t in Topic.objects.all()}
    existing = {
        p.machine_key: p
        for p in Proposal.objects.filter(article=article).exclude(machine_key="").prefetch_related(
            "proposaldelegate_set", "key_task_links__key_task", "topic_links__topic"
        )
    }
    keys = _machine_keys(parsed.proposals)
    proposers = [[delegates[n] for n in pp.delegates if not delegates[n].is_deleted] for pp in parsed.proposals]
    # Proposals new to this article may be re-reports of one on record elsewhere.
    elsewhere = _EarlierProposals({
        frozenset(d.pk for d in people) for key, people in zip(keys, proposers, strict=True)
        if people and key not in existing
    })
    kept_keys = set()
    kept_sources = set()
    for key, parsed_proposal, people in zip(keys, parsed.proposals, proposers, strict=True):
        if not people:
            kept_keys.add(key)
            outcome.proposals["deleted_by_staff"] += 1
            continue
        values = _proposal_values(parsed_proposal, text)
        task_links, topic_links, machine = _classified(parsed_proposal, values, people, tasks, topics)
        proposal = existing.get(key)
        if proposal is None:
            earlier = elsewhere.find(article, people, parsed_proposal.passage)
            if earlier is not None:
                ProposalSource.objects.update_or_create(
                    proposal=earlier, article=article,
                    defaults={"passage": values["passage"], "start": values["start"], "end": values["end"]},
                )
                kept_sources.add(earlier.pk)
                outcome.proposals["further_source"] += 1
                continue
            proposal = Proposal.objects.create(article=article, machine_key=key, machine_values=machine, **values)
            _set_delegates(proposal, people)
            _set_links(proposal, ProposalKeyTask, "key_task", task_links)
            _set_links(proposal, ProposalTopic, "topic", topic_links)
            outcome.proposals["new"] += 1
            kept_keys.add(key)
            continue
        kept_keys.add(key)
        if proposal.is_deleted:
            outcome.proposals["deleted_by_staff"] += 1
            continue
        changed = _update_proposal(proposal, values, machine, people, task_links, topic_links, article, outcome)
        outcome.proposals["updated" if changed else "unchanged"] += 1

    for key, proposal in existing.items():
        if key in kept_keys:
            continue
        if proposal.origin == Origin.MACHINE and not proposal.staff_fields and not proposal.is_deleted and proposal.review_status == "unreviewed":
            proposal.delete()
            outcome.proposals["removed"] += 1
        else:
            # Staff worked on it: keep it, and flag that the new text no longer yields it.
            outcome.conflicts += _conflict(article=article, proposal=proposal, field="passage",
                                           staff_value=proposal.passage, machine_value="")
            outcome.proposals["kept_for_staff"] += 1
    ProposalSource.objects.filter(article=article).exclude(proposal_id__in=kept_sources).delete()


def _update_proposal(proposal: Proposal, values: dict, machine: dict, people: list[Delegate], task_links, topic_links,
                     article: Article, outcome: ArticleOutcome) -> bool:
    changed = False
    previous_machine = proposal.machine_values or {}
    for name, value in values.items():
        if name in proposal.staff_fields:
            if value != getattr(proposal, name) and previous_machine.get(name) != value and name not in ("start", "end", "context_before", "context_after"):
                outcome.conflicts += _conflict(article=article, proposal=proposal, field=name,
                                               staff_value=getattr(proposal, name), machine_value=value)
        elif getattr(proposal, name) != value:
            setattr(proposal, name, value)
            changed = True
    if {"passage", "start", "end"} & set(proposal.staff_fields):
        # Staff fixed the passage: find it again in the re-normalized text rather than trust old offsets.
        found = article.text.find(proposal.passage)
        if found >= 0 and (proposal.start, proposal.end) != (found, found + len(proposal.passage)):
            proposal.start, proposal.end = found, found + len(proposal.passage)
            changed = True

    for relation, wanted in (("delegates", machine["delegates"]), ("key_tasks", machine["key_tasks"]), ("topics", machine["topics"])):
        current = _current(proposal, relation)
        if relation in proposal.staff_fields:
            if wanted != current and previous_machine.get(relation) != wanted:
                outcome.conflicts += _conflict(article=article, proposal=proposal, field=relation,
                                               staff_value=current, machine_value=wanted)
            continue
        if wanted != current:
            changed = True
            if relation == "delegates":
                _set_delegates(proposal, people)
            elif relation == "key_tasks":
                _set_links(proposal, ProposalKeyTask, "key_task", task_links)
            else:
                _set_links(proposal, ProposalTopic, "topic", topic_links)
    if previous_machine != machine:
        proposal.machine_values = machine
        changed = True
    if changed:
        proposal.save()
    return changed


def _current(proposal: Proposal, relation: str) -> list:
    if relation == "delegates":
        return [link.delegate_id for link in proposal.proposaldelegate_set.all()]
    # Read the prefetched links (a queryset method here would query once per proposal).
    if relation == "key_tasks":
        return [link.key_task.slug for link in sorted(proposal.key_task_links.all(), key=lambda link: (link.rank, link.pk))]
    return [link.topic.slug for link in sorted(proposal.topic_links.all(), key=lambda link: (link.rank, link.pk))]


def _set_delegates(proposal: Proposal, people: list[Delegate]) -> None:
    ProposalDelegate.objects.filter(proposal=proposal).delete()
    ProposalDelegate.objects.bulk_create(
        [ProposalDelegate(proposal=proposal, delegate=d, order=i) for i, d in enumerate(people)]
    )


def _set_links(proposal: Proposal, model, field_name: str, links) -> None:
    model.objects.filter(proposal=proposal, origin=Origin.MACHINE).delete()
    staff = set(model.objects.filter(proposal=proposal).values_list(f"{field_name}_id", flat=True))
    model.objects.bulk_create([
        model(proposal=proposal, rank=rank, evidence=list(assignment.evidence), origin=Origin.MACHINE, **{field_name: target})
        for rank, (target, assignment) in enumerate(links)
        if target.pk not in staff
    ])


def _same_passage(earlier: str, passage: str) -> bool:
    # difflib's real_quick_ratio and quick_ratio bounds, worked out before building a matcher (which
    # indexes every character of the passage): first by length, then by the characters in common.
    total = len(earlier) + len(passage)
    if not total:
        return True
    if 2.0 * min(len(earlier), len(passage)) / total < SAME_PROPOSAL_RATIO:
        return False
    if 2.0 * (Counter(earlier) & Counter(passage)).total() / total < SAME_PROPOSAL_RATIO:
        return False
    return difflib.SequenceMatcher(None, earlier, passage, autojunk=False).ratio() >= SAME_PROPOSAL_RATIO


def _write_mentions(article: Article, parsed: ParsedArticle, delegates: dict[str, Delegate]) -> None:
    ArticleMention.objects.filter(article=article).delete()
    ArticleMention.objects.bulk_create([
        ArticleMention(article=article, delegate=delegates[d.name], name=d.name, start=d.start)
        for d in parsed.delegates
        if d.name in delegates
    ], ignore_conflicts=True)


# --------------------------------------------------------------------------------------------------
# Delegates across proposals


@transaction.atomic
def proposals_reassign_delegate(*, source: Delegate, target: Delegate) -> int:
    """Move every proposal and mention of ``source`` to ``target`` (joint proposals keep one link each)."""
    moved = 0
    for link in ProposalDelegate.objects.filter(delegate=source):
        if ProposalDelegate.objects.filter(proposal_id=link.proposal_id, delegate=target).exists():
            link.delete()
        else:
            link.delegate = target
            link.save(update_fields=["delegate"])
        moved += 1
    for mention in ArticleMention.objects.filter(delegate=source):
        if ArticleMention.objects.filter(article_id=mention.article_id, delegate=target).exists():
            mention.delete()
        else:
            mention.delegate = target
            mention.save(update_fields=["delegate"])
    NameReview.objects.filter(delegate=source).update(delegate=target, resolved=True)
    return moved


@transaction.atomic
def delegate_merge(*, survivor: Delegate, others: list[Delegate]) -> Delegate:
    """Fold ``others`` into ``survivor``: proposals, memberships and names move; the old records redirect.

    The merged records stay (``merged_into`` set) so their old URLs and API identifiers keep
    resolving to the survivor, and a mirror can follow the change.
    """
    for other in others:
        if other.pk == survivor.pk:
            continue
        for membership in list(other.memberships.all()):
            existing = Membership.objects.filter(delegate=survivor, session=membership.session, role=membership.role).first()
            if existing is None:
                membership.delegate = survivor
                membership.save(update_fields=["delegate", "updated_at"])
                continue
            for name in Membership.MACHINE_FIELDS:
                if not getattr(existing, name) and getattr(membership, name):
                    setattr(existing, name, getattr(membership, name))
            existing.save()
            membership.delete()
        for alias in {other.name, *other.aliases.values_list("name", flat=True)} - {survivor.name}:
            DelegateAlias.objects.get_or_create(delegate=survivor, name=alias)
        other.aliases.all().delete()
        proposals_reassign_delegate(source=other, target=survivor)
        Delegate.objects.filter(merged_into=other).update(merged_into=survivor)
        other.merged_into = survivor
        other.save(update_fields=["merged_into", "updated_at"])
    search.index_delegate_change([survivor.pk, *(o.pk for o in others)])
    return survivor


@transaction.atomic
def delegate_split(*, delegate: Delegate, proposals: list[Proposal], memberships: list[Membership],
                   disambiguation: str = "") -> Delegate:
    """Undo a wrong join of two namesakes (重名): move ``proposals`` and ``memberships`` to a new record.

    The moved proposals' delegates are locked as a staff decision, and the articles they come from
    now name the new record, so re-ingesting those articles keeps the two people apart.
    """
    newcomer = Delegate.objects.create(
        name=delegate.name, pinyin=delegate.pinyin, disambiguation=disambiguation, origin=Origin.STAFF,
        review_status="reviewed", staff_fields=["name"], machine_values={"name": delegate.name},
    )
    for membership in memberships:
        membership.delegate = newcomer
        membership.save(update_fields=["delegate", "updated_at"])
    moved_articles = set()
    for proposal in proposals:
        ProposalDelegate.objects.filter(proposal=proposal, delegate=delegate).update(delegate=newcomer)
        proposal.lock_fields(["delegates"])
        proposal.save(update_fields=["staff_fields", "updated_at"])
        moved_articles.add(proposal.article_id)
    # An article whose every proposal by this name moved belongs to the newcomer.
    staying = set(ProposalDelegate.objects.filter(delegate=delegate).values_list("proposal__article_id", flat=True))
    ArticleMention.objects.filter(delegate=delegate, article_id__in=moved_articles - staying).update(delegate=newcomer)
    search.index_delegate_change([delegate.pk, newcomer.pk])
    return newcomer
