"""proposals.loader.rereports: the cheap bounds before difflib's matcher never turn away a passage
the matcher itself would call the same proposal."""

from __future__ import annotations

import difflib
import random

from proposals.loader.rereports import (
    SAME_PROPOSAL_RATIO,
    CharacterCounts,
    CharacterSets,
    same_length,
    same_passage,
)


def matcher_says(earlier: str, passage: str) -> bool:
    if not earlier and not passage:
        return True
    return difflib.SequenceMatcher(None, earlier, passage, autojunk=False).ratio() >= SAME_PROPOSAL_RATIO


def variant(rng: random.Random, text: str, alphabet: str) -> str:
    """The text with a few characters changed, dropped or added, as a second newspaper prints it."""
    chars = list(text)
    for _ in range(rng.randrange(0, max(1, len(chars) // 3))):
        where = rng.randrange(len(chars) + 1)
        action = rng.choice("cda")
        if action == "c" and where < len(chars):
            chars[where] = rng.choice(alphabet)
        elif action == "d" and where < len(chars):
            del chars[where]
        else:
            chars.insert(where, rng.choice(alphabet))
    return "".join(chars)


def test_the_bounds_agree_with_the_matcher():
    rng = random.Random(16)
    alphabet = "建议加快推进发展乡村振兴教育医疗的和是在了要"  # few characters: many in common by chance
    counts = CharacterCounts()
    chars = CharacterSets()
    agreed = {True: 0, False: 0}
    for _ in range(3000):
        earlier = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        passage = variant(rng, earlier, alphabet) if rng.random() < 0.6 else "".join(
            rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        expected = matcher_says(earlier, passage)
        assert same_passage(earlier, passage) == expected, (earlier, passage)
        assert same_passage(earlier, passage, counts, chars) == expected, (earlier, passage)
        agreed[expected] += 1
    assert min(agreed.values()) > 300  # both answers were tried often


def test_lengths_too_far_apart_are_never_the_same_proposal():
    assert same_length(0, 0) and same_length(10, 15) and not same_length(10, 16)
