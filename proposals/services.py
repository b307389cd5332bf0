"""Writes across delegates and proposals that staff start: reassigning a delegate's proposals,
merging delegates, splitting a wrong join of namesakes. (Ingesting articles is ``proposals.loader``.)"""

from __future__ import annotations

from django.db import transaction

from delegates.models import Delegate, DelegateAlias, Membership, Origin

from . import search

# Transitional: ``proposals/admin.py`` still imports these two from here. Once the admin upload
# calls ``proposals.loader.ingest_documents`` (being moved with the admin's split), delete them.
from .models import ArticleMention, NameReview, Proposal, ProposalDelegate


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
