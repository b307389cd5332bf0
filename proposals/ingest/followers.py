"""Words that may follow a name (王芳教授认为, 张建国书记说, 某某回应): the lexicon's verbs and small
words, the evidence's, and job titles, looked up by their first character."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from .affiliations import TITLE_SET
from .evidence import name_evidence
from .lexicon import FOLLOWERS


@cache
def follower_words() -> tuple[frozenset[str], tuple[int, ...]]:
    """Words that may follow a name: the lexicon's verbs and small words, the evidence's (with the
    dictionary's frequent verbs and adverbs: 回应, 首先), and job titles (王芳教授认为, 张建国书记说);
    with their lengths, longest first. Looked up in a set: an alternation of thousands of words
    would cost more than the rest of the name search."""
    evidence = name_evidence()
    words = (frozenset(FOLLOWERS) | evidence.follow | evidence.verbs | evidence.adverbs | evidence.times
             | evidence.idioms | frozenset(TITLE_SET))
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


@cache
def follower_lengths() -> dict[str, tuple[int, ...]]:
    """For each character, the lengths of the follower words it starts, longest first: what follows
    a name is looked up only at the lengths a word starting with its first character can have."""
    words = follower_words()[0]
    lengths: dict[str, set[int]] = {}
    for word in words:
        if word:
            lengths.setdefault(word[0], set()).add(len(word))
    empty = (0,) if "" in words else ()
    return defaultdict(lambda: empty, {first: (*sorted(found, reverse=True), *empty) for first, found in lengths.items()})
