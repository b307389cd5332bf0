"""A proposal's links: its proposers, and its key tasks and sectors (``ProposalLink`` rows, one
writer for either kind), as the classifier assigned them."""

from __future__ import annotations

from collections.abc import Sequence

from delegates.models import Delegate, Origin

from ..ingest.parse import ParsedProposal
from ..models import KeyTask, Proposal, ProposalDelegate, ProposalLink, Topic

# (the linked key task or sector, the classifier's assignment with its evidence)
Link = tuple


def classified(parsed_proposal: ParsedProposal, values: dict, people: list[Delegate], tasks: dict[str, KeyTask],
               topics: dict[str, Topic]) -> tuple[list[Link], list[Link], dict]:
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


def set_delegates(proposal: Proposal, people: list[Delegate]) -> None:
    ProposalDelegate.objects.filter(proposal=proposal).delete()
    ProposalDelegate.objects.bulk_create(
        [ProposalDelegate(proposal=proposal, delegate=d, order=i) for i, d in enumerate(people)]
    )


def set_links(proposal: Proposal, model: type[ProposalLink], links: Sequence[Link]) -> None:
    """Replace the machine's links of this kind (``ProposalKeyTask`` or ``ProposalTopic``); links
    staff set stay, and a target staff already linked is not linked again."""
    target = model.TARGET
    model.objects.filter(proposal=proposal, origin=Origin.MACHINE).delete()
    staff = set(model.objects.filter(proposal=proposal).values_list(f"{target}_id", flat=True))
    model.objects.bulk_create([
        model(proposal=proposal, rank=rank, evidence=list(assignment.evidence), origin=Origin.MACHINE, **{target: term})
        for rank, (term, assignment) in enumerate(links)
        if term.pk not in staff
    ])


def current_links(proposal: Proposal, relation: str) -> list:
    """What a proposal has now for ``relation`` (delegates, key_tasks, topics), as machine values list it."""
    if relation == "delegates":
        return [link.delegate_id for link in proposal.proposaldelegate_set.all()]
    # Read the prefetched links (a queryset method here would query once per proposal).
    if relation == "key_tasks":
        return [link.key_task.slug for link in sorted(proposal.key_task_links.all(), key=lambda link: (link.rank, link.pk))]
    return [link.topic.slug for link in sorted(proposal.topic_links.all(), key=lambda link: (link.rank, link.pk))]
