"""Ingesting parsed articles: upsert on natural keys, one transaction per call.

The source key names an article and a proposal's delegates + ordinal name it within its article.
A row changes only when a field really changed; a field staff set is never written (a ``Conflict``
is recorded instead); nothing staff deleted is revived. ``article_ingest`` writes one article,
``articles_ingest`` a batch whose new articles go in bulk (``new_articles``) and whose known ones
are updated in place here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from django.db import transaction
from django.utils import timezone

from delegates.models import Delegate, Origin

from .. import search
from ..ingest.parse import PARSER_VERSION, ParsedArticle, Vocabulary, parse_article
from ..ingest.sources import Document
from ..models import Article, ArticleMention, Proposal, ProposalKeyTask, ProposalSource, ProposalTopic
from .conflicts import record_conflict
from .fit import fit_document, fit_names
from .links import classified, current_links, set_delegates, set_links
from .lock import INGEST_LOCK_ID, ingest_lock, serialize_writers  # noqa: F401 (the lock's id, for callers)
from .new_articles import write_new_articles
from .people import write_delegates
from .planner import bulk_write_settings
from .report import ArticleOutcome
from .rereports import EarlierProposals
from .sessions import session_for
from .values import (
    article_machine_values,
    article_values,
    json_value,
    machine_keys,
    proposal_values,
    published_on,
)
from .vocabulary import task_lookup, topic_lookup, vocabulary_current


def article_ingest(*, document: Document, parsed: ParsedArticle | None = None, vocabulary: Vocabulary | None = None,
                   force: bool = False) -> ArticleOutcome:
    """Write one parsed article and everything read off it, in one transaction.

    Raises ``ParseError`` (from the parser) before anything is written when the text is no article.
    """
    document = fit_document(document)
    existing = Article.objects.filter(source_key=document.key).only("content_hash", "parser_version").first()
    if existing and not force and existing.content_hash == document.content_hash and existing.parser_version == PARSER_VERSION:
        return ArticleOutcome("unchanged", existing)
    if parsed is None:
        parsed = parse_article(document.text, vocabulary=vocabulary or vocabulary_current(), hints=document.hints)
    return articles_ingest([(document, parsed)], force=force)[0]


def articles_ingest(entries: Sequence[tuple[Document, ParsedArticle]], *, force: bool = False,
                    cut: Mapping[str, str] | None = None) -> list[ArticleOutcome]:
    """Write parsed articles in one transaction: the new ones in bulk, the known ones one by one.

    The outcomes come back in the order of ``entries``. Each source key may appear once. Either
    everything is written or, on any error, nothing (``manage.py ingest --batch`` then retries the
    articles one at a time, so one bad article fails alone). ``cut``: texts already cut for the
    search index by the parse workers (``search.index_written``).
    """
    fitted = [(fit_document(document), *fit_names(parsed)) for document, parsed in entries]
    entries = [(document, parsed) for document, parsed, _ in fitted]
    keys = [document.key for document, _ in entries]
    if len(set(keys)) != len(keys):
        raise ValueError("articles_ingest: a source key appears twice in one batch")
    outcomes: list[ArticleOutcome | None] = [None] * len(entries)
    with ingest_lock(), transaction.atomic():
        serialize_writers()
        bulk_write_settings()
        known = {a.source_key: a for a in Article.objects.select_for_update().filter(source_key__in=keys)}
        fresh = []
        for i, (document, parsed) in enumerate(entries):
            article = known.get(document.key)
            if article is None:
                fresh.append(i)
            elif not force and article.content_hash == document.content_hash and article.parser_version == PARSER_VERSION:
                outcomes[i] = ArticleOutcome("unchanged", article)  # another process wrote it while we parsed
            else:
                outcomes[i] = write_article(document, parsed, article)
        if fresh:
            for i, outcome in zip(fresh, write_new_articles([entries[i] for i in fresh], cut), strict=True):
                outcomes[i] = outcome
    for outcome, (_, _, refused) in zip(outcomes, fitted, strict=True):
        outcome.refused_names = refused
    return outcomes


def write_article(document: Document, parsed: ParsedArticle, article: Article) -> ArticleOutcome:
    """Re-ingest an article on record: update in place, respecting what staff changed."""
    # A date staff corrected dates the session too, when the text names no year.
    day = article.published_on if "published_on" in article.staff_fields else published_on(parsed)
    session = session_for(parsed.session, day)
    outcome = ArticleOutcome("updated", article)
    outcome.conflicts += article_apply(article, article_values(document, parsed, timezone.now(), session))
    article.save()
    delegates = write_delegates(article, parsed, article.session, outcome)
    write_proposals(article, parsed, delegates, outcome)
    write_mentions(article, parsed, delegates)
    search.index_article(article)
    return outcome


def article_apply(article: Article, values: dict) -> int:
    """Take a re-ingested article's values, except in the fields staff locked: those keep the staff
    value, the machine's goes to ``machine_values`` and, when it is new, into a ``Conflict``.
    Returns how many conflicts were recorded."""
    previous = article.machine_values or {}
    machine = article_machine_values(values)
    conflicts = 0
    for name, value in values.items():
        if name not in article.staff_fields:
            setattr(article, name, value)
        elif value != getattr(article, name) and (name not in previous or previous[name] != machine[name]):
            conflicts += record_conflict(article=article, field=name, staff_value=_shown(getattr(article, name)),
                                         machine_value=_shown(value))
    article.machine_values = machine
    return conflicts


def _shown(value) -> str:
    return "" if value is None else str(json_value(value))


def write_proposals(article: Article, parsed: ParsedArticle, delegates: dict[str, Delegate], outcome: ArticleOutcome) -> None:
    text = parsed.text
    tasks = task_lookup(article.session)
    topics = topic_lookup()
    existing = {
        p.machine_key: p
        for p in Proposal.objects.filter(article=article).exclude(machine_key="").prefetch_related(
            "proposaldelegate_set", "key_task_links__key_task", "topic_links__topic"
        )
    }
    keys = machine_keys(parsed.proposals)
    proposers = [[delegates[n] for n in pp.delegates if not delegates[n].is_deleted] for pp in parsed.proposals]
    # Proposals new to this article may be re-reports of one on record elsewhere.
    wanted: dict[frozenset[int], set[int]] = defaultdict(set)
    for key, parsed_proposal, people in zip(keys, parsed.proposals, proposers, strict=True):
        if people and key not in existing:
            wanted[frozenset(d.pk for d in people)].add(len(parsed_proposal.passage))
    elsewhere = EarlierProposals(wanted)
    kept_keys = set()
    kept_sources = set()
    for key, parsed_proposal, people in zip(keys, parsed.proposals, proposers, strict=True):
        if not people:
            kept_keys.add(key)
            outcome.proposals["deleted_by_staff"] += 1
            continue
        values = proposal_values(parsed_proposal, text)
        task_links, topic_links, machine = classified(parsed_proposal, values, people, tasks, topics)
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
            set_delegates(proposal, people)
            set_links(proposal, ProposalKeyTask, task_links)
            set_links(proposal, ProposalTopic, topic_links)
            outcome.proposals["new"] += 1
            kept_keys.add(key)
            continue
        kept_keys.add(key)
        if proposal.is_deleted:
            outcome.proposals["deleted_by_staff"] += 1
            continue
        changed = update_proposal(proposal, values, machine, people, task_links, topic_links, article, outcome)
        outcome.proposals["updated" if changed else "unchanged"] += 1

    for key, proposal in existing.items():
        if key in kept_keys:
            continue
        if proposal.origin == Origin.MACHINE and not proposal.staff_fields and not proposal.is_deleted and proposal.review_status == "unreviewed":
            proposal.delete()
            outcome.proposals["removed"] += 1
        else:
            # Staff worked on it: keep it, and flag that the new text no longer yields it.
            outcome.conflicts += record_conflict(article=article, proposal=proposal, field="passage",
                                           staff_value=proposal.passage, machine_value="")
            outcome.proposals["kept_for_staff"] += 1
    ProposalSource.objects.filter(article=article).exclude(proposal_id__in=kept_sources).delete()


def update_proposal(proposal: Proposal, values: dict, machine: dict, people: list[Delegate], task_links, topic_links,
                     article: Article, outcome: ArticleOutcome) -> bool:
    changed = False
    previous_machine = proposal.machine_values or {}
    for name, value in values.items():
        if name in proposal.staff_fields:
            if value != getattr(proposal, name) and previous_machine.get(name) != value and name not in ("start", "end", "context_before", "context_after"):
                outcome.conflicts += record_conflict(article=article, proposal=proposal, field=name,
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
        current = current_links(proposal, relation)
        if relation in proposal.staff_fields:
            if wanted != current and previous_machine.get(relation) != wanted:
                outcome.conflicts += record_conflict(article=article, proposal=proposal, field=relation,
                                               staff_value=current, machine_value=wanted)
            continue
        if wanted != current:
            changed = True
            if relation == "delegates":
                set_delegates(proposal, people)
            elif relation == "key_tasks":
                set_links(proposal, ProposalKeyTask, task_links)
            else:
                set_links(proposal, ProposalTopic, topic_links)
    if previous_machine != machine:
        proposal.machine_values = machine
        changed = True
    if changed:
        proposal.save()
    return changed


def write_mentions(article: Article, parsed: ParsedArticle, delegates: dict[str, Delegate]) -> None:
    ArticleMention.objects.filter(article=article).delete()
    ArticleMention.objects.bulk_create([
        ArticleMention(article=article, delegate=delegates[d.name], name=d.name, start=d.start)
        for d in parsed.delegates
        if d.name in delegates
    ], ignore_conflicts=True)
