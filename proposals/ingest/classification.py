"""Classification: the key tasks and sectors of a passage, with their scores and evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .results import Assignment
from .tokenizer import Segmenter
from .vocabulary import Term


def _count_terms(passage: str, tokens: Counter[str], words: Iterable[str], found: set[str]) -> list[tuple[str, int]]:
    """The words that occur, with their counts. ``found`` (``_VocabularyIndex.found``) holds jieba's
    tokens and the longer words that occur, so only words that count at least once are counted.

    Two-character words are matched on jieba tokens (区域 must not fire inside 区域内); longer
    phrases as substrings, since jieba may split them."""
    return [(word, tokens[word] if len(word) <= 2 else passage.count(word)) for word in words if word in found]


# How many key tasks and sectors a proposal gets, and the least score each needs. Re-tagging in
# the admin (proposals.editorial) uses the same values, so ingestion and re-tagging agree.
KEY_TASK_LIMIT, KEY_TASK_THRESHOLD = 3, 1.0
SECTOR_LIMIT, SECTOR_THRESHOLD = 3, 2.0


class _VocabularyIndex:
    """Which of a vocabulary's words occur in a text, found in one regex scan instead of one
    ``str.count`` per word: most words of most terms are absent from a given passage."""

    def __init__(self, terms: Iterable[Term]) -> None:
        longer = sorted({w for t in terms for w in (*t.phrases, *t.keywords) if len(w) > 2}, key=len, reverse=True)
        # Longest first, so a match is the longest word starting there; the shorter words it starts
        # with are there too (产业集群 at a position means 产业集 would be, were it a word).
        self._pattern = re.compile("|".join(map(re.escape, longer))) if longer else None
        self._prefixes = {w: [v for v in longer if w.startswith(v)] for w in longer}

    def found(self, text: str, tokens: set[str]) -> set[str]:
        """The words longer than two characters that occur in ``text``, and ``tokens`` (jieba's)."""
        found = set(tokens)
        if self._pattern is not None:
            position = 0
            while match := self._pattern.search(text, position):
                found.update(self._prefixes[match.group()])
                position = match.start() + 1
        return found


_indexes: dict[tuple[int, ...], tuple[tuple[Term, ...], _VocabularyIndex]] = {}


def _vocabulary_index(terms: tuple[Term, ...]) -> _VocabularyIndex:
    """The index of a vocabulary, built once. Keyed by the terms' identities, which the entry keeps alive."""
    key = tuple(map(id, terms))
    entry = _indexes.get(key)
    if entry is None:
        if len(_indexes) >= 16:
            _indexes.clear()  # vocabularies are few (the seed files, the database's); stay bounded
        entry = _indexes[key] = (tuple(terms), _VocabularyIndex(terms))
    return entry[1]


_TokenCounts = tuple[Counter[str], set[str]]  # search-mode tokens with their counts, and as a set


class SearchTokens:
    """Search-mode tokens remembered for one article: each passage is classified twice (key task,
    sector) and a framing paragraph once for every proposal that follows it."""

    def __init__(self, segmenter: Segmenter) -> None:
        self._segmenter = segmenter
        self._counts: dict[str, _TokenCounts] = {}

    def counts(self, text: str) -> _TokenCounts:
        counts = self._counts.get(text)
        if counts is None:
            counts = self._counts[text] = _token_counts(self._segmenter, text)
        return counts


def _token_counts(segmenter: Segmenter | SearchTokens, text: str) -> _TokenCounts:
    if isinstance(segmenter, SearchTokens):
        return segmenter.counts(text)
    tokens = Counter(segmenter.cut_for_search(text))
    return tokens, set(tokens)


def classify(passage: str, context: list[tuple[str, float]], terms: tuple[Term, ...], segmenter: Segmenter | SearchTokens,
             limit: int, threshold: float) -> tuple[Assignment, ...]:
    """Rank ``terms`` for a passage: phrases and keywords in the passage, and in the context before it.

    ``context`` holds (text, weight) pairs such as the section's opening paragraph or a sentence like
    ``围绕“因地制宜加快高水平科技自立自强”这项重点工作``: the article's own framing of what follows.
    """
    # Search-mode tokens, so 教育 counts inside 教育资源 while 区域 still does not fire inside 区域内.
    index = _vocabulary_index(terms)
    tokens, present = _token_counts(segmenter, passage)
    found = index.found(passage, present)
    framing = []
    for text, weight in context:
        context_tokens, context_present = _token_counts(segmenter, text)
        framing.append((text, context_tokens, index.found(text, context_present), weight))
    scored = []
    for position, term in enumerate(terms):
        score = 0.0
        evidence: list[str] = []
        if not term.words.isdisjoint(found):
            for phrase, count in _count_terms(passage, tokens, term.phrases, found):
                score += 8.0 * min(count, 2)
                evidence.append(phrase)
            for word, count in _count_terms(passage, tokens, term.keywords, found):
                weight = 1.5 if len(word) >= 4 else 1.0
                score += weight * min(count, 3)
                evidence.append(word)
        for text, context_tokens, context_found, weight in framing:
            if term.phrase_set.isdisjoint(context_found):
                continue
            named = [p for p, _ in _count_terms(text, context_tokens, term.phrases, context_found)]
            if named:
                score += weight
                evidence.append("栏目：" + named[0])
        if score >= threshold:
            scored.append((score, -position, Assignment(term.slug, round(score, 2), tuple(dict.fromkeys(evidence)))))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return tuple(a for _, _, a in scored[:limit])
