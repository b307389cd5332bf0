"""The search index's words of a text, without Django: folded (full width, traditional characters,
case), cut in search mode, punctuation dropped.

``proposals.search`` builds its documents and queries on these; parse workers use them to cut an
article's own texts (title, sections, text, each proposal's headline, summary and passage) while
the writer writes the batch before (``ArticleWords``), so that the writer has only names and
classes left to cut. Pure Python: no Django import.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from .results import ParsedArticle
from .text import to_simplified, traditional_characters
from .tokenizer import Segmenter

WORD = re.compile(r"[^\W_]+")
# A private-use character: never in the segmenter's word classes, so both engines end a stretch of
# text there and yield it as a token of its own; texts joined by it are segmented independently.
BOUNDARY = "\ue000"
# Joins tokens for the word pattern: a control character, never part of a word.
SEPARATOR = "\x00"


def fold(text: str) -> str:
    """Full-width forms folded (ＡＢＣ → abc), traditional characters made simplified, lower case."""
    if not text:
        return ""
    if not unicodedata.is_normalized("NFKC", text):  # a quick check: short texts often are
        text = unicodedata.normalize("NFKC", text)
    # OpenCC (pure Python) is the slow part of indexing: most text has nothing for it to change.
    if not traditional_characters().isdisjoint(text):
        text = to_simplified(text)
    return text.lower()


def words_of_tokens(tokens: Sequence[str]) -> list[str]:
    """The words of each token in turn, found in one pass over the tokens joined by a character
    that is no word's: the pattern cannot match across it, so this is what it finds in each token
    alone, without a Python step per token."""
    return WORD.findall(SEPARATOR.join(tokens))


def cut_folded(cut: Callable[[str], list[str]], folded: Sequence[str]) -> list[list[str]] | None:
    """Each folded text's words, all cut in one call of ``cut`` (search-mode segmentation); None
    when a text holds the boundary character or the segmenter did not keep every boundary a token
    of its own (the caller then cuts each text alone)."""
    if any(BOUNDARY in text for text in folded):
        return None
    tokens = cut(BOUNDARY.join(folded))
    joined = SEPARATOR.join(tokens)
    if joined.count(BOUNDARY) != len(folded) - 1 or tokens.count(BOUNDARY) != len(folded) - 1:
        return None
    return [WORD.findall(part) for part in joined.split(BOUNDARY)]


def dictionary_words(words: Iterable[str]) -> set[str]:
    """Names and phrases as the search's segmenter learns them: folded, stripped, none empty."""
    return {fold(w).strip() for w in words if w and w.strip()}


class ArticleWords:
    """A parse worker's search segmenter: the dictionary on record when the run began, plus the
    names and organizations of each article it has cut (as the writer adds them to its own)."""

    def __init__(self, words: Iterable[str]) -> None:
        self._segmenter = Segmenter(words=words)

    def __call__(self, parsed: ParsedArticle) -> dict[str, str]:
        """The article's own texts, each with its words space-joined (words hold no space)."""
        self._segmenter.add_words(dictionary_words(
            [d.name for d in parsed.delegates] + [d.simplified_name for d in parsed.delegates]
            + [d.organization for d in parsed.delegates]
        ))
        texts = list(dict.fromkeys([
            parsed.title, " ".join(parsed.sections), parsed.text,
            *(text for p in parsed.proposals for text in (p.headline, p.summary, p.passage)),
        ]))
        cut = cut_folded(self._segmenter.cut_for_search, [fold(text) for text in texts])
        if cut is None:
            return {}
        return {text: " ".join(words) for text, words in zip(texts, cut, strict=True)}
