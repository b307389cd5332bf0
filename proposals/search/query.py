"""Reading a query: the words (``Term``) a document must hold to match it.

Each query word must be present, either whole or as all of its search-mode sub-words. Imports
``normalize`` and ``dictionary``; the engines' modules turn the terms into their own syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dictionary import search_segmenter, vocabulary
from .normalize import ASCII_WORD, WORD, normalize, pieces

# Longer queries are cut: a pasted paragraph still searches, on its first words.
MAX_QUERY_CHARS = 100
MAX_QUERY_WORDS = 12
# Very common words that make a query match everything; dropped when the query has other words.
QUERY_STOPWORDS = frozenset("的 了 和 与 及 在 是 对 等 或 并 也 为 将 把 被 有 中 上 下 之 而 其".split())


@dataclass(frozen=True)
class Term:
    """One query word. A document matches when it has ``word`` (or a word starting with it, when
    ``prefix``), or else all of ``parts``: the word's own search-mode sub-words (商业航天 → 商业 +
    航天), or, when ``phrase``, its characters side by side (算力 where the dictionary lacks it)."""

    word: str
    prefix: bool = False
    parts: tuple[str, ...] = ()
    phrase: bool = False


def _is_cjk(word: str) -> bool:
    return all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in word)


def parse_query(q: str | None, *, refresh: bool = True) -> list[Term]:
    """The words a query must match; empty for an empty or punctuation-only query.

    ``refresh`` first teaches the segmenter names added since it last looked (one query).
    """
    text = normalize((q or "").strip()[: MAX_QUERY_CHARS * 2])[:MAX_QUERY_CHARS]
    if not WORD.search(text):
        return []
    if refresh:
        vocabulary.refresh()
    else:
        vocabulary.ensure()
    segmenter = search_segmenter()
    # Words in order; a run of single Chinese characters (a word the dictionary lacks) stays one phrase.
    groups: list[list[str]] = []
    previous_single = False
    for chunk in re.split(r"\s+", text):
        previous_single = False
        for token in segmenter.cut(chunk):
            for piece in pieces(token):
                single = len(piece) == 1 and _is_cjk(piece)
                if single and previous_single and piece not in QUERY_STOPWORDS:
                    groups[-1].append(piece)
                else:
                    groups.append([piece])
                previous_single = single and piece not in QUERY_STOPWORDS
    words = [group for group in groups if "".join(group)]
    if any("".join(g) not in QUERY_STOPWORDS for g in words):
        words = [g for g in words if "".join(g) not in QUERY_STOPWORDS]
    terms: list[Term] = []
    for group in words:
        word = "".join(group)
        if any(t.word == word for t in terms):
            continue
        if len(group) > 1:
            terms.append(Term(word, parts=tuple(group), phrase=True))
            continue
        ascii_word = ASCII_WORD.fullmatch(word) is not None
        # A Latin word may be the start of a pinyin name (zhao → zhaoyong); a lone character the
        # start of a word (水 → 水利).
        prefix = ascii_word or len(word) == 1
        parts: tuple[str, ...] = ()
        if len(word) > 2 and not ascii_word:
            sub: list[str] = []
            for token in segmenter.cut_for_search(word):
                for piece in pieces(token):
                    if piece != word and piece not in sub:
                        sub.append(piece)
            # Only when the sub-words cover the whole word: 商业航天 → 商业 + 航天.
            if sub and set("".join(sub)) >= set(word):
                parts = tuple(sub)
        terms.append(Term(word, prefix, parts))
    return terms[:MAX_QUERY_WORDS]
