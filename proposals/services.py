"""Writes that touch several models: ingesting an article, merging delegates, moving proposals.

``article_ingest`` is the loader: it upserts on natural keys (the article's source key, a proposal's
delegates + ordinal within the article), changes a row only when a field really changed, never
writes a field a staff member set (it records a ``Conflict`` instead), never revives what staff
deleted, and reports what it did. Each article is one transaction.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from delegates.models import Delegate, DelegateAlias, Level, Membership, Origin, Session
from delegates.services import delegate_resolve, pinyin_of

from . import search
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
    vocabulary = vocabulary or vocabulary_current()
    existing = Article.objects.filter(source_key=document.key).only("content_hash", "parser_version").first()
    if existing and not force and existing.content_hash == document.content_hash and existing.parser_version == PARSER_VERSION:
        return ArticleOutcome("unchanged", existing)
    if parsed is None:
        parsed = parse_article(document.text, vocabulary=vocabulary)
    with transaction.atomic():
        _serialize_writers()
        return _write_article(document, parsed, force)


def _serialize_writers() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [INGEST_LOCK_ID])


def _write_article(document: Document, parsed: ParsedArticle, force: bool) -> ArticleOutcome:
    now = timezone.now()
    article = Article.objects.select_for_update().filter(source_key=document.key).first()
    if article and not force and article.content_hash == document.content_hash and article.parser_version == PARSER_VERSION:
        return ArticleOutcome("unchanged", article)  # another process wrote it while we parsed
    published_on = date.fromisoformat(parsed.published_on) if parsed.published_on else None
    session = session_for(parsed.session, published_on)
    values = {
        "source": document.source,
        "title": parsed.title,
        "sections": list(parsed.sections),
        "blocks": [[b.kind, b.start, b.end, b.level] for b in parsed.blocks],
        "newspaper": parsed.newspaper,
        "published_on": published_on,
        "reporters": list(parsed.reporters),
        "photographers": list(parsed.photographers),
        "session": session,
        "text": parsed.text,
        "content_hash": document.content_hash,
        "parser_version": PARSER_VERSION,
        "last_ingested_at": now,
    }
    if article is None:
        article = Article.objects.create(source_key=document.key, **values)
        outcome = ArticleOutcome("new", article)
    else:
        for name, value in values.items():
            setattr(article, name, value)
        article.save()
        outcome = ArticleOutcome("updated", article)

    delegates = _write_delegates(article, parsed, session, outcome)
    _write_proposals(article, parsed, delegates, outcome)
    _write_mentions(article, parsed, delegates)
    search.index_article(article)
    return outcome


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


def _write_membership(delegate: Delegate, session: Session, parsed_delegate, article: Article, outcome: ArticleOutcome) -> None:
    extracted = {
        "level": parsed_delegate.level,
        "delegation": parsed_delegate.delegation,
        "affiliation": parsed_delegate.affiliation,
        "organization": parsed_delegate.organization,
        "title": parsed_delegate.title,
    }
    membership = Membership.objects.filter(delegate=delegate, session=session, role=parsed_delegate.role).first()
    if membership is None:
        Membership.objects.create(
            delegate=delegate, session=session, role=parsed_delegate.role, machine_values=extracted, **extracted
        )
        return
    changed = False
    machine_values = dict(membership.machine_values or {})
    for name, value in extracted.items():
        if not value or (name == "level" and value == Level.UNKNOWN):
            continue  # an article that omits the affiliation does not erase a known one
        if name in membership.staff_fields:
            if value != getattr(membership, name) and machine_values.get(name) != value:
                outcome.conflicts += _conflict(article=article, delegate=delegate, membership_id=membership.pk,
                                               field=name, staff_value=getattr(membership, name), machine_value=value)
        elif getattr(membership, name) != value:
            setattr(membership, name, value)
            changed = True
        if machine_values.get(name) != value:
            machine_values[name] = value
            changed = True
    if changed:
        membership.machine_values = machine_values
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


def _task_lookup(session: Session) -> dict[str, KeyTask]:
    lookup: dict[str, KeyTask] = {}
    # The article's own session's plan first, then plans for any session, then the latest others.
    for task in KeyTask.objects.order_by("-session__year"):
        if task.session_id == session.pk:
            lookup[task.slug] = task
    for task in KeyTask.objects.filter(session__isnull=True):
        lookup.setdefault(task.slug, task)
    for task in KeyTask.objects.order_by("-session__year", "order"):
        lookup.setdefault(task.slug, task)
    return lookup


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
    kept_keys = set()
    kept_sources = set()
    for key, parsed_proposal in zip(_machine_keys(parsed.proposals), parsed.proposals, strict=True):
        people = [delegates[n] for n in parsed_proposal.delegates if not delegates[n].is_deleted]
        if not people:
            kept_keys.add(key)
            outcome.proposals["deleted_by_staff"] += 1
            continue
        values = {
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
        task_links = [(tasks[a.slug], a) for a in parsed_proposal.key_tasks if a.slug in tasks]
        topic_links = [(topics[a.slug], a) for a in parsed_proposal.sectors if a.slug in topics]
        machine = {
            **values,
            "delegates": [d.pk for d in people],
            "key_tasks": [t.slug for t, _ in task_links],
            "topics": [t.slug for t, _ in topic_links],
        }
        proposal = existing.get(key)
        if proposal is None:
            earlier = _same_proposal_elsewhere(article, people, parsed_proposal.passage)
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


def _same_proposal_elsewhere(article: Article, people: list[Delegate], passage: str) -> Proposal | None:
    if not people:
        return None
    wanted = {d.pk for d in people}
    candidates = (
        Proposal.objects.visible().exclude(article=article).filter(delegates=people[0]).prefetch_related("proposaldelegate_set")
    )
    for candidate in candidates:
        if {link.delegate_id for link in candidate.proposaldelegate_set.all()} != wanted:
            continue
        matcher = difflib.SequenceMatcher(None, candidate.passage, passage, autojunk=False)
        if matcher.real_quick_ratio() >= SAME_PROPOSAL_RATIO and matcher.quick_ratio() >= SAME_PROPOSAL_RATIO and matcher.ratio() >= SAME_PROPOSAL_RATIO:
            return candidate
    return None


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
