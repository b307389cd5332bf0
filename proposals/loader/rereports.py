"""Re-reports: a passage new to an article may be a proposal already on record, reported again
(a second newspaper, a later edition) by the same delegates; it then becomes a further source."""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict

from delegates.models import Delegate

from ..models import Article, Proposal, ProposalDelegate

# A passage this similar to one already on record, by the same delegates, is the same proposal
# reported again (a second newspaper, a later edition), not a new one.
SAME_PROPOSAL_RATIO = 0.8


class EarlierProposals:
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
            if candidate.article_id != article.pk and same_passage(candidate.passage, passage):
                return candidate
        return None


def same_passage(earlier: str, passage: str) -> bool:
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
