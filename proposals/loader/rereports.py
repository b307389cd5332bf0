"""Re-reports: a passage new to an article may be a proposal already on record, reported again
(a second newspaper, a later edition) by the same delegates; it then becomes a further source."""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from itertools import groupby
from operator import itemgetter

from django.db.models.functions import Length

from delegates.models import Delegate

from .. import bulk
from ..models import Article, Proposal, ProposalDelegate

# A passage this similar to one already on record, by the same delegates, is the same proposal
# reported again (a second newspaper, a later edition), not a new one.
SAME_PROPOSAL_RATIO = 0.8
# Keys per query when reading what is on record.
IDS_PER_QUERY = 2000


class EarlierProposals:
    """Proposals on record (or earlier in the batch) that a new passage may be a re-report of."""

    def __init__(self, wanted: Mapping[frozenset[int], Iterable[int]]) -> None:
        """``wanted``: for each set of people (delegate ids, all on record) that the batch's new
        proposals name, the lengths of the passages that will be looked up for them."""
        self._by_people: dict[frozenset[int], list[Proposal | _OnRecord]] = defaultdict(list)
        lengths = {people: set(sizes) for people, sizes in wanted.items()}
        people = set().union(*lengths)
        if not people:
            return
        # Who proposed each proposal naming any of these people, then the passages of only those
        # proposed by exactly one of the wanted sets: a person's whole record is never loaded.
        # Streamed in the order of the proposals and kept only when they match: the people's whole
        # record, held at once, was the batch's largest transient, and it grew with the archive.
        linked = ProposalDelegate.objects.filter(delegate_id__in=people).values("proposal_id")
        rows = ProposalDelegate.objects.filter(proposal_id__in=linked).order_by("proposal_id").values_list(
            "proposal_id", "delegate_id"
        )
        matching: dict[int, frozenset[int]] = {}
        for proposal_id, group in groupby(rows.iterator(chunk_size=IDS_PER_QUERY), key=itemgetter(0)):
            ids = frozenset(delegate_id for _, delegate_id in group)
            if ids in lengths:
                matching[proposal_id] = ids
        # Lengths before passages: only a passage whose length lets it be this similar to one that
        # will be looked up is read (a person's record grows with the archive; most of it fails
        # here). No query joins the article (``Meta.ordering`` would): beside a long list of keys,
        # SQLite's planner then walked every article, which grew with the archive.
        kept: list[tuple[int, int]] = []
        for chunk in bulk.chunked(sorted(matching), IDS_PER_QUERY):
            for pk, article_id, size in Proposal.objects.visible().filter(pk__in=chunk).order_by().values_list(
                "id", "article_id", Length("passage")
            ):
                if any(same_length(size, wanted_size) for wanted_size in lengths[matching[pk]]):
                    kept.append((pk, article_id))
        published: dict[int, date | None] = {}
        for chunk in bulk.chunked(sorted({article_id for _, article_id in kept}), IDS_PER_QUERY):
            published.update(Article.objects.filter(pk__in=chunk).order_by().values_list("id", "published_on"))
        # Newest first (undated last), then the latest on record: the proposal a re-report joins.
        kept.sort(key=lambda entry: (published[entry[1]] is not None, published[entry[1]] or date.min, entry[0]),
                  reverse=True)
        passages: dict[int, str] = {}
        for chunk in bulk.chunked([pk for pk, _ in kept], IDS_PER_QUERY):
            passages.update(Proposal.objects.filter(pk__in=chunk).order_by().values_list("id", "passage"))
        # As tuples: a model instance per passage read cost more than reading it.
        for pk, article_id in kept:
            self._by_people[matching[pk]].append(_OnRecord(pk, article_id, passages[pk]))

    def add(self, proposal: Proposal, people: list[Delegate]) -> None:
        self._by_people[frozenset(d.pk for d in people)].insert(0, proposal)

    def find(self, article: Article, people: list[Delegate], passage: str) -> Proposal | None:
        candidates = self._by_people.get(frozenset(d.pk for d in people), [])
        # The passage's characters collected and counted once for all the candidates; theirs only
        # for as long as this search (kept for the batch, they grew with each person's record).
        counts, chars = CharacterCounts(), CharacterSets()
        for i, candidate in enumerate(candidates):
            if candidate.article_id != article.pk and same_passage(candidate.passage, passage, counts, chars):
                if isinstance(candidate, _OnRecord):  # one instance, however often it is found
                    candidates[i] = candidate = Proposal.from_db(
                        Proposal.objects.db, ["id", "article_id", "passage"],
                        [candidate.pk, candidate.article_id, candidate.passage],
                    )
                return candidate
        return None



class _OnRecord:
    """A proposal on record as a re-report is looked for in it: its key, article and passage."""

    __slots__ = ("article_id", "passage", "pk")

    def __init__(self, pk: int, article_id: int, passage: str) -> None:
        self.pk, self.article_id, self.passage = pk, article_id, passage


class CharacterCounts(dict):
    """Each text's characters counted once, however many passages it is compared with."""

    def __missing__(self, text: str) -> Counter:
        self[text] = counted = Counter(text)
        return counted


class CharacterSets(dict):
    """Each text's set of characters, made once."""

    def __missing__(self, text: str) -> frozenset[str]:
        self[text] = chars = frozenset(text)
        return chars


def same_length(earlier: int, passage: int) -> bool:
    """difflib's real_quick_ratio bound: whether passages of these lengths can be this similar."""
    total = earlier + passage
    return not total or 2.0 * min(earlier, passage) / total >= SAME_PROPOSAL_RATIO


def same_passage(earlier: str, passage: str, counts: dict[str, Counter] | None = None,
                 chars: dict[str, frozenset[str]] | None = None) -> bool:
    # difflib's real_quick_ratio and quick_ratio bounds, worked out before building a matcher (which
    # indexes every character of the passage): first by length, then by the characters in common.
    total = len(earlier) + len(passage)
    if not total:
        return True
    if not same_length(len(earlier), len(passage)):
        return False
    chars = CharacterSets() if chars is None else chars
    ours, theirs = chars[earlier], chars[passage]
    common = len(ours & theirs)
    # A bound on the characters in common from their sets alone (each character of one text that
    # the other lacks occurs at least once), before counting them: most passages of the same
    # people on record are other proposals, and fail here.
    if 2.0 * min(len(earlier) - len(ours) + common, len(passage) - len(theirs) + common) / total < SAME_PROPOSAL_RATIO:
        return False
    counts = CharacterCounts() if counts is None else counts
    ours_counted, theirs_counted = counts[earlier], counts[passage]
    shared_chars = ours_counted.keys() & theirs_counted.keys()
    # The characters in common, counted as difflib's quick_ratio counts them (the smaller count of
    # each), without building a Counter of the intersection.
    shared = sum(map(min, map(ours_counted.__getitem__, shared_chars), map(theirs_counted.__getitem__, shared_chars)))
    if 2.0 * shared / total < SAME_PROPOSAL_RATIO:
        return False
    return difflib.SequenceMatcher(None, earlier, passage, autojunk=False).ratio() >= SAME_PROPOSAL_RATIO
