"""Cutting text into index words: normalized, segmented in search mode, punctuation dropped.

``tokenize`` cuts one text; ``tokenize_many`` and ``tokenized_together`` cut many texts in one call
to the segmenter, which is what makes indexing fast. Imports ``normalize`` and ``dictionary``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from ..ingest.index_words import cut_folded, words_of_tokens
from .dictionary import search_segmenter, vocabulary
from .normalize import normalize

T = TypeVar("T")


def tokenize(text: str) -> list[str]:
    """A document's index words: normalized, segmented in search mode, punctuation dropped."""
    text = normalize(text)
    if not text:
        return []
    vocabulary.ensure()
    return words_of_tokens(search_segmenter().cut_for_search(text))


def tokenize_many(texts: Sequence[str]) -> list[list[str]]:
    """``[tokenize(t) for t in texts]`` in one call to the segmenter (indexing cuts tens of
    thousands of short texts, where each call's own cost outweighed the segmenting)."""
    normalized = [normalize(text) for text in texts]
    vocabulary.ensure()
    words = cut_folded(search_segmenter().cut_for_search, normalized) if texts else []
    if words is None:  # a text holding the boundary, or a segmenter that merged one into a word
        return [tokenize(text) for text in texts]
    return words


def tokenized_together(build: Callable[[Callable[[str], list[str]]], T], known: Mapping[str, str] | None = None) -> T:
    """``build(tokenize)``, with every text it tokenizes cut in one ``tokenize_many`` call.

    ``build`` runs twice: first to learn its texts (each tokenized to nothing), then with their
    words. It must ask for the same texts both times, and do nothing else that counts. ``known``:
    texts already cut (by a parse worker: ``proposals.ingest.index_words``), each with its words
    space-joined; those are not cut again.
    """
    wanted: dict[str, None] = {}

    def collect(text: str) -> list[str]:
        wanted[text] = None
        return []

    build(collect)
    known = known or {}
    texts = [text for text in wanted if text not in known]
    words = dict(zip(texts, tokenize_many(texts), strict=True))
    for text in wanted:
        if text in known:
            words[text] = known[text].split(" ") if known[text] else []
    return build(words.__getitem__)
