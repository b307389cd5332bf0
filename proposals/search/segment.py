"""Cutting text into index words: normalized, segmented in search mode, punctuation dropped.

``tokenize`` cuts one text; ``tokenize_many`` and ``tokenized_together`` cut many texts in one call
to the segmenter, which is what makes indexing fast. Imports ``normalize`` and ``dictionary``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from .dictionary import search_segmenter, vocabulary
from .normalize import WORD, normalize

T = TypeVar("T")

# A private-use character: never in the segmenter's word classes, so both engines end a stretch of
# text there and yield it as a token of its own; texts joined by it are segmented independently.
BOUNDARY = "\ue000"
# Joins tokens for the word pattern: a control character, never part of a word.
SEPARATOR = "\x00"


def tokenize(text: str) -> list[str]:
    """A document's index words: normalized, segmented in search mode, punctuation dropped."""
    text = normalize(text)
    if not text:
        return []
    vocabulary.ensure()
    return words_of_tokens(search_segmenter().cut_for_search(text))


def words_of_tokens(tokens: Sequence[str]) -> list[str]:
    """The words of each token in turn (``normalize.pieces``), found in one pass over the tokens
    joined by a character that is no word's: the pattern cannot match across it, so this is what
    it finds in each token alone, without a Python step per token."""
    return WORD.findall(SEPARATOR.join(tokens))


def tokenize_many(texts: Sequence[str]) -> list[list[str]]:
    """``[tokenize(t) for t in texts]`` in one call to the segmenter (indexing cuts tens of
    thousands of short texts, where each call's own cost outweighed the segmenting)."""
    normalized = [normalize(text) for text in texts]
    if any(BOUNDARY in text for text in normalized):
        return [tokenize(text) for text in texts]
    vocabulary.ensure()
    tokens = search_segmenter().cut_for_search(BOUNDARY.join(normalized))
    joined = SEPARATOR.join(tokens)
    # Each boundary must come back as a token of its own (a segmenter that merged it into a word
    # would shift every text after it): then the joined tokens split at it into each text's own.
    if joined.count(BOUNDARY) != len(texts) - 1 or tokens.count(BOUNDARY) != len(texts) - 1:
        return [tokenize(text) for text in texts]
    return [WORD.findall(part) for part in joined.split(BOUNDARY)]


def tokenized_together(build: Callable[[Callable[[str], list[str]]], T]) -> T:
    """``build(tokenize)``, with every text it tokenizes cut in one ``tokenize_many`` call.

    ``build`` runs twice: first to learn its texts (each tokenized to nothing), then with their
    words. It must ask for the same texts both times, and do nothing else that counts.
    """
    wanted: dict[str, None] = {}

    def collect(text: str) -> list[str]:
        wanted[text] = None
        return []

    build(collect)
    texts = list(wanted)
    words = dict(zip(texts, tokenize_many(texts), strict=True))
    return build(words.__getitem__)
