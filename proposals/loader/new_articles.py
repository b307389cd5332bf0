"""New articles in bulk: everything a batch of articles not yet on record says is decided in memory
(people resolved in order, as one article after another would be), then written a statement or two
per table for the lot, and indexed for search from the objects in hand."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from django.utils import timezone

from delegates.models import Delegate, Membership, Origin, Session
from delegates.services import resolution_among

from .. import bulk, search
from ..ingest.parse import ParsedArticle, ParsedDelegate
from ..ingest.sources import Document
from ..models import (
    Article,
    ArticleMention,
    NameReview,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalSource,
    ProposalTopic,
)
from .cast import Cast
from .conflicts import record_conflict
from .links import classified
from .people import add_printed_aliases, membership_apply, membership_order, membership_values
from .report import ArticleOutcome
from .rereports import EarlierProposals
from .sessions import session_for
from .values import article_machine_values, article_values, machine_keys, proposal_values, published_on
from .vocabulary import KeyTaskLookup, topic_lookup


def write_new_articles(entries: list[tuple[Document, ParsedArticle]],
                       known: Mapping[str, str] | None = None) -> list[ArticleOutcome]:
    now = timezone.now()
    sessions: dict[tuple, Session] = {}
    articles = []
    for document, parsed in entries:
        day = published_on(parsed)
        guess = (parsed.session, day.year if day else None)
        if guess not in sessions:
            sessions[guess] = session_for(parsed.session, day)
        values = article_values(document, parsed, now, sessions[guess])
        articles.append(bulk.unsaved(Article, source_key=document.key, machine_values=article_machine_values(values), **values))
    bulk.insert_objects(articles, now=now)
    outcomes = [ArticleOutcome("new", article) for article in articles]

    # People: resolve every printed name in order, as one article after another would. Names are
    # resolved over the namesakes' light records (with what the batch says of each membership so
    # far), then the full memberships of the people settled on take in what the batch says.
    cast = Cast({d.name for _, parsed in entries for d in parsed.delegates})
    named: list[dict[str, Delegate]] = []
    reviews: list[tuple[NameReview, list[Delegate]]] = []
    said: list[tuple[Article, ArticleOutcome, ParsedDelegate, Delegate, dict]] = []
    for article, (_, parsed), outcome in zip(articles, entries, outcomes, strict=True):
        people: dict[str, Delegate] = {}
        for parsed_delegate in parsed.delegates:
            resolution = resolution_among(
                name=parsed_delegate.name, role=parsed_delegate.role, session_id=article.session_id,
                organization=parsed_delegate.organization, candidates=list(cast.by_name.get(parsed_delegate.name, ())),
                memberships_of=cast.held_of,
            )
            delegate = resolution.delegate or cast.create(parsed_delegate.name)
            outcome.delegates[resolution.status] += 1
            if resolution.status == "ambiguous":
                outcome.ambiguous_names.append(parsed_delegate.name)
                reviews.append((NameReview(article=article, name=parsed_delegate.name, delegate=delegate,
                                           reason=resolution.reason), resolution.candidates))
            people[parsed_delegate.name] = delegate
            extracted = membership_values(parsed_delegate)
            cast.hold(delegate, article.session_id, parsed_delegate.role, extracted["organization"])
            said.append((article, outcome, parsed_delegate, delegate, extracted))
        named.append(people)
    cast.settle(d for people in named for d in people.values())
    new_memberships: list[Membership] = []
    changed_memberships: dict[int, Membership] = {}
    for article, outcome, parsed_delegate, delegate, extracted in said:
        memberships = cast.memberships_of(delegate)
        membership = next(
            (m for m in memberships if m.session_id == article.session_id and m.role == parsed_delegate.role), None
        )
        if membership is None:
            membership = bulk.unsaved(Membership, delegate=delegate, session=article.session,
                                      role=parsed_delegate.role, machine_values=extracted, **extracted)
            memberships.append(membership)
            new_memberships.append(membership)
            continue
        changed, clashes = membership_apply(membership, extracted)
        for name, staff_value, machine_value in clashes:
            outcome.conflicts += record_conflict(article=article, delegate=delegate, membership_id=membership.pk,
                                           field=name, staff_value=staff_value, machine_value=machine_value)
        if changed and membership.pk:
            changed_memberships[membership.pk] = membership
    del said
    bulk.insert_objects(cast.created, now=now)
    add_printed_aliases(
        (people[d.name], d) for people, (_, parsed) in zip(named, entries, strict=True) for d in parsed.delegates
    )
    bulk.insert_objects(new_memberships, now=now)
    bulk.update_objects(list(changed_memberships.values()), [*Membership.MACHINE_FIELDS, "machine_values"], now=now)
    bulk.insert_objects([review for review, _ in reviews], now=now)
    through = NameReview.candidates.through
    bulk.insert_rows(through, ("namereview", "delegate"), [
        (review.pk, candidate.pk) for review, candidates in reviews for candidate in dict.fromkeys(candidates)
    ])

    # Proposals: new ones, or further sources of one already on record by the same people.
    topics = topic_lookup()
    key_tasks = KeyTaskLookup()
    # Only people on record before this batch can have proposals elsewhere already.
    created = {d.pk for d in cast.created}
    wanted: dict[frozenset[int], set[int]] = defaultdict(set)
    for (_, parsed), people in zip(entries, named, strict=True):
        for parsed_proposal in parsed.proposals:
            ids = frozenset(people[n].pk for n in parsed_proposal.delegates)
            if ids and not ids & created:
                wanted[ids].add(len(parsed_proposal.passage))
    earlier = EarlierProposals(wanted)
    new_proposals: list[tuple[Proposal, list[Delegate], list, list]] = []
    sources: dict[tuple[int, int], ProposalSource] = {}
    for article, (_, parsed), outcome, people in zip(articles, entries, outcomes, named, strict=True):
        tasks = key_tasks.of(article.session)
        for key, parsed_proposal in zip(machine_keys(parsed.proposals), parsed.proposals, strict=True):
            proposers = [people[n] for n in parsed_proposal.delegates]
            if not proposers:
                outcome.proposals["deleted_by_staff"] += 1
                continue
            values = proposal_values(parsed_proposal, parsed.text)
            found = earlier.find(article, proposers, values["passage"])
            if found is not None:
                sources[(id(found), article.pk)] = ProposalSource(
                    proposal=found, article=article, passage=values["passage"], start=values["start"], end=values["end"]
                )
                outcome.proposals["further_source"] += 1
                continue
            task_links, topic_links, machine = classified(parsed_proposal, values, proposers, tasks, topics)
            proposal = bulk.unsaved(Proposal, article=article, machine_key=key, machine_values=machine, **values)
            earlier.add(proposal, proposers)
            new_proposals.append((proposal, proposers, task_links, topic_links))
            outcome.proposals["new"] += 1
    bulk.insert_objects([p for p, *_ in new_proposals], now=now)
    bulk.insert_rows(ProposalDelegate, ("proposal", "delegate", "order"), [
        (p.pk, d.pk, i) for p, proposers, _, _ in new_proposals for i, d in enumerate(proposers)
    ])
    for model, position in ((ProposalKeyTask, 2), (ProposalTopic, 3)):
        bulk.insert_rows(model, ("proposal", model.TARGET, "rank", "evidence", "origin"), [
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
    people_indexed = [(d, cast.aliases_of(d), sorted(cast.memberships_of(d), key=membership_order))
                      for d in everyone.values()]
    # The namesakes only considered, and the passages on record compared, are not needed any more:
    # released before indexing, the batch's largest step (they grew with the archive).
    del cast, earlier, everyone
    search.index_written(
        people=people_indexed,
        proposals=[
            (p, [d.pk for d in proposers],
             [f"{t.name} {t.short_name}" for t, _ in task_links] + [t.name for t, _ in topic_links])
            for p, proposers, task_links, topic_links in new_proposals
        ],
        articles=articles,
        known=known,
    )
    if sources:
        search.index_proposals({source.proposal.pk for source in sources.values()})
    return outcomes
