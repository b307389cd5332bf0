"""Editorial writes: what the admin does on staff's behalf, so that no correction is lost to re-ingestion.

Every staff change to a field ingestion owns is recorded in ``staff_fields`` (the loader then never
writes it again and reports a ``Conflict`` instead); deletions are tombstones the loader respects;
re-tagging re-runs the classifier from the current keywords on whatever staff have not locked.
The functions follow the services style (keyword-only, one transaction each) and are called by
``proposals/admin.py`` and the ``retag`` command.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date

from django.db import models, transaction

from delegates.models import Delegate, Membership, Origin, StaffLocked

from . import search
from .ingest.parse import (
    KEY_TASK_LIMIT,
    KEY_TASK_THRESHOLD,
    SECTOR_LIMIT,
    SECTOR_THRESHOLD,
    ParseError,
    Vocabulary,
    classify,
    parse_article,
)
from .ingest.tokenizer import shared_segmenter
from .loader.links import set_links
from .loader.values import machine_keys
from .loader.vocabulary import session_vocabulary, task_lookup, topic_lookup, vocabulary_current
from .models import (
    Article,
    Conflict,
    KeyTask,
    NameReview,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalTopic,
    Topic,
)

# Relations of a proposal that staff may lock as a whole (the loader uses the same names).
PROPOSAL_RELATIONS = ("delegates", "key_tasks", "topics")


def reindex(*, proposals: Iterable[int] = (), delegates: Iterable[int] = ()) -> None:
    """Keep public search in step with staff's edits (names, affiliations and tags are indexed)."""
    delegates, proposals = list(delegates), list(proposals)
    if delegates:
        search.index_delegate_change(delegates)
    if proposals:
        search.index_proposals(proposals)


def _save_each(objects: Iterable[models.Model], **changes) -> int:
    """Save one by one (not ``update()``) so each change lands in the record's history."""
    count = 0
    for obj in objects:
        for name, value in changes.items():
            setattr(obj, name, value)
        obj.save()
        count += 1
    return count


# --------------------------------------------------------------------------------------------------
# Tombstones


@transaction.atomic
def proposals_delete(*, proposals: Iterable[Proposal]) -> int:
    """Staff deletion: the proposal stays as a tombstone, so re-ingestion never brings it back."""
    return _save_each([p for p in proposals if not p.is_deleted], is_deleted=True)


@transaction.atomic
def proposals_restore(*, proposals: Iterable[Proposal]) -> int:
    return _save_each([p for p in proposals if p.is_deleted], is_deleted=False)


@transaction.atomic
def delegate_delete(*, delegate: Delegate) -> Delegate:
    """Staff deletion of a delegate (a name the machine misread, not a person).

    The record stays as a tombstone, still mapped from the articles that name it, so re-ingestion
    neither revives it nor creates it afresh. Proposals it alone made are deleted with it; a joint
    proposal loses it from its proposers (a staff decision the loader keeps).
    """
    joint = []
    for link in ProposalDelegate.objects.filter(delegate=delegate).select_related("proposal"):
        proposal = link.proposal
        if proposal.proposaldelegate_set.exclude(delegate=delegate).exists():
            joint.append(proposal.pk)
            link.delete()
            proposal.lock_fields(["delegates"])
            proposal.save()
        elif not proposal.is_deleted:
            proposal.is_deleted = True
            proposal.save()
    NameReview.objects.filter(delegate=delegate).update(resolved=True)
    delegate.is_deleted = True
    delegate.save()
    reindex(delegates=[delegate.pk], proposals=joint)
    return delegate


@transaction.atomic
def delegate_restore(*, delegate: Delegate) -> Delegate:
    """Undo a deletion; the proposals deleted with it are restored too."""
    delegate.is_deleted = False
    delegate.save()
    proposals_restore(proposals=Proposal.objects.filter(delegates=delegate, is_deleted=True))
    return delegate


# --------------------------------------------------------------------------------------------------
# Tags


@transaction.atomic
def proposals_tag(*, proposals: Iterable[Proposal], key_task: KeyTask | None = None, topic: Topic | None = None,
                  remove: bool = False) -> int:
    """Add (or remove) one key task or sector on each proposal, as a staff decision the loader keeps."""
    if (key_task is None) == (topic is None):
        raise ValueError("give exactly one of key_task or topic")
    model, relation, target = (
        (ProposalKeyTask, "key_tasks", key_task) if key_task is not None else (ProposalTopic, "topics", topic)
    )
    field_name = model.TARGET
    changed, touched = 0, []
    for proposal in proposals:
        links = model.objects.filter(proposal=proposal)
        if remove:
            done = links.filter(**{field_name: target}).delete()[0] > 0
        elif links.filter(**{field_name: target}).exists():
            # Already there by the machine: staff confirm it, so it stays whatever the machine says next.
            done = links.filter(**{field_name: target}).update(origin=Origin.STAFF) > 0
        else:
            rank = (links.aggregate(models.Max("rank"))["rank__max"] or 0) + 1 if links.exists() else 0
            model.objects.create(proposal=proposal, rank=rank, evidence=["编辑标注"], origin=Origin.STAFF, **{field_name: target})
            done = True
        if done:
            proposal.lock_fields([relation])
            proposal.save()
            changed += 1
            touched.append(proposal.pk)
    reindex(proposals=touched)
    return changed


def _assignments(article: Article, proposals: list[Proposal], vocabulary: Vocabulary) -> dict[int, tuple]:
    """Each proposal's (key tasks, sectors) under ``vocabulary``.

    A machine proposal is classified by re-reading its whole article, so the article's own framing
    (a section's 围绕“…”这项重点工作) weighs as it did at ingestion; the stored text is already
    normalized and reads back identically. A proposal staff added, or whose passage staff rewrote,
    is classified on its passage alone.
    """
    segmenter = shared_segmenter()
    parsed_by_key = {}
    if any(p.machine_key for p in proposals):
        try:
            parsed = parse_article(article.text, segmenter=segmenter, vocabulary=vocabulary)
        except ParseError:
            parsed = None
        if parsed is not None:
            parsed_by_key = dict(zip(machine_keys(parsed.proposals), parsed.proposals, strict=True))
    result = {}
    for proposal in proposals:
        found = parsed_by_key.get(proposal.machine_key)
        if found is not None and found.passage == proposal.passage:
            result[proposal.pk] = (found.key_tasks, found.sectors)
        else:
            result[proposal.pk] = (
                classify(proposal.passage, [], vocabulary.key_tasks, segmenter, limit=KEY_TASK_LIMIT, threshold=KEY_TASK_THRESHOLD),
                classify(proposal.passage, [], vocabulary.topics, segmenter, limit=SECTOR_LIMIT, threshold=SECTOR_THRESHOLD),
            )
    return result


def proposals_retag(*, proposals: Iterable[Proposal], vocabulary: Vocabulary | None = None) -> Counter:
    """Re-run key-task and sector classification from the current keywords.

    Relations staff locked are left alone, and so are the tags staff added by hand; deleted
    proposals are skipped. One transaction per article. Returns counts: retagged, unchanged,
    locked (both relations locked), deleted.
    """
    vocabulary = vocabulary or vocabulary_current()
    report: Counter = Counter()
    by_article: dict[int, list[Proposal]] = defaultdict(list)
    for proposal in proposals:
        if proposal.is_deleted:
            report["deleted"] += 1
        elif {"key_tasks", "topics"} <= set(proposal.staff_fields):
            report["locked"] += 1
        else:
            by_article[proposal.article_id].append(proposal)
    topics = topic_lookup()
    retagged: list[int] = []
    for article in Article.objects.filter(pk__in=by_article).select_related("session"):
        items = by_article[article.pk]
        # The article's own session's plan, and no other: a session without a plan gives no key task.
        assignments = _assignments(article, items, session_vocabulary(vocabulary, article.session))
        tasks = task_lookup(article.session)
        with transaction.atomic():
            for proposal in items:
                task_assignments, sector_assignments = assignments[proposal.pk]
                wanted = {
                    "key_tasks": [(tasks[a.slug], a) for a in task_assignments if a.slug in tasks],
                    "topics": [(topics[a.slug], a) for a in sector_assignments if a.slug in topics],
                }
                machine = dict(proposal.machine_values or {})
                changed = False
                for relation, model in (("key_tasks", ProposalKeyTask), ("topics", ProposalTopic)):
                    if relation in proposal.staff_fields:
                        continue
                    links = wanted[relation]
                    current = list(model.objects.filter(proposal=proposal, origin=Origin.MACHINE).order_by("rank")
                                   .values_list(f"{model.TARGET}_id", flat=True))
                    if current != [target.pk for target, _ in links]:
                        set_links(proposal, model, links)
                        changed = True
                    machine[relation] = [target.slug for target, _ in links]
                if changed or machine != (proposal.machine_values or {}):
                    proposal.machine_values = machine
                    proposal.save()
                report["retagged" if changed else "unchanged"] += 1
                if changed:
                    retagged.append(proposal.pk)
    reindex(proposals=retagged)
    return report


# --------------------------------------------------------------------------------------------------
# Conflicts: the machine's new value differs from a staff value


@transaction.atomic
def conflicts_keep_staff(*, conflicts: Iterable[Conflict]) -> int:
    return _save_each([c for c in conflicts if not c.resolved], resolved=True)


def _unlock(obj: StaffLocked, name: str) -> None:
    obj.staff_fields = [f for f in obj.staff_fields if f != name]


def _article_value(name: str, stored):
    """A value of ``Article.machine_values`` (JSON) as the model field holds it."""
    if name == "published_on":
        return date.fromisoformat(stored) if stored else None
    return stored or ""


@transaction.atomic
def article_unlock(*, article: Article, fields: Iterable[str] | None = None) -> list[str]:
    """Hand an article's locked fields (all, or ``fields``) back to ingestion.

    Each takes the value ingestion last read, when it has read one, and the next ingest writes it
    again; the field's open conflicts are resolved. Returns the fields unlocked.
    """
    wanted = set(article.staff_fields if fields is None else fields) & set(article.staff_fields)
    machine = article.machine_values or {}
    for name in sorted(wanted):
        if name in machine:
            setattr(article, name, _article_value(name, machine[name]))
        _unlock(article, name)
    if wanted:
        article.save()
        search.index_articles([article.pk])
        Conflict.objects.filter(article=article, proposal__isnull=True, delegate__isnull=True, membership_id__isnull=True,
                                field__in=wanted, resolved=False).update(resolved=True)
    return sorted(wanted)


@transaction.atomic
def conflict_accept_machine(*, conflict: Conflict) -> None:
    """Take the machine's value and hand the field back to ingestion (it is no longer locked)."""
    if conflict.resolved:
        return
    if conflict.proposal_id is None and conflict.delegate_id is None and conflict.membership_id is None:
        if conflict.article is not None and conflict.field in Article.MACHINE_FIELDS:
            # An article's own field: the machine's latest value (the conflict's, if none is kept).
            machine = dict(conflict.article.machine_values or {})
            machine.setdefault(conflict.field, conflict.machine_value)
            conflict.article.machine_values = machine
            article_unlock(article=conflict.article, fields=[conflict.field])
    elif conflict.membership_id is not None:
        membership = Membership.objects.filter(pk=conflict.membership_id).first()
        if membership is not None and conflict.field in Membership.MACHINE_FIELDS:
            setattr(membership, conflict.field, conflict.machine_value)
            _unlock(membership, conflict.field)
            membership.save()
            reindex(delegates=[membership.delegate_id])
    elif conflict.proposal is not None:
        proposal = conflict.proposal
        if conflict.field == "passage" and conflict.machine_value == "":
            proposal.is_deleted = True  # the new text no longer yields this proposal
        elif conflict.field in PROPOSAL_RELATIONS:
            _unlock(proposal, conflict.field)
            if conflict.field == "delegates":
                wanted = (proposal.machine_values or {}).get("delegates", [])
                people = {d.pk: d for d in Delegate.objects.filter(pk__in=wanted)}
                ProposalDelegate.objects.filter(proposal=proposal).delete()
                ProposalDelegate.objects.bulk_create(
                    [ProposalDelegate(proposal=proposal, delegate=people[pk], order=i) for i, pk in enumerate(wanted) if pk in people]
                )
            else:
                # Staff's own tags give way too: the machine's tags are re-derived, with their evidence.
                model = ProposalKeyTask if conflict.field == "key_tasks" else ProposalTopic
                model.objects.filter(proposal=proposal).delete()
                proposal.save()
                proposals_retag(proposals=[proposal])
                proposal.refresh_from_db()
        elif conflict.field in Proposal.MACHINE_FIELDS:
            setattr(proposal, conflict.field, conflict.machine_value)
            _unlock(proposal, conflict.field)
        proposal.save()
        reindex(proposals=[proposal.pk])
    conflict.resolved = True
    conflict.save()
