"""Highlighting and snippets: a query's words marked in text, HTML-escaped, for result pages.

Imports ``normalize`` and ``query``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache

from django.utils.safestring import SafeString, mark_safe

from .normalize import normalize
from .query import parse_query


def highlight_words(q: str | None) -> list[str]:
    """The words of a query to mark in text, longest first."""
    return list(_highlight_words(q or ""))


@lru_cache(maxsize=256)
def _highlight_words(q: str) -> tuple[str, ...]:
    # Cached: a result page marks the same query in every row.
    words = set()
    for term in parse_query(q, refresh=False):
        words.add(term.word)
        if not term.phrase:
            words.update(p for p in term.parts if len(p) > 1)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    folded = normalize(text)
    if len(folded) != len(text):
        # A conversion that changed the length (rare phrase mappings): match on the original only.
        folded = text.lower()
    spans: list[tuple[int, int]] = []
    if not words:
        return spans
    pattern = re.compile("|".join(re.escape(w) for w in words))
    for match in pattern.finditer(folded):
        spans.append((match.start(), match.end()))
    return spans


def highlight(text: str, q: str | None) -> SafeString:
    """The whole ``text``, HTML-escaped, with the query's words in ``<mark>``."""
    return _render(text, _spans(text, highlight_words(q)), 0, len(text))


def snippet(text: str, q: str | None, width: int = 120, also: Sequence[str] = ()) -> SafeString:
    """About ``width`` characters of ``text`` around the first match of ``q``, HTML-escaped, matches
    in ``<mark>``; ``also`` are further words to mark (the keywords a match went through)."""
    text = text or ""
    words = highlight_words(q)
    if also:
        words = sorted({*words, *(normalize(w) for w in also if w)}, key=lambda w: (-len(w), w))
    spans = _spans(text, words)
    if not spans:
        end = min(len(text), width)
        return _render(text, [], 0, end, ellipsis_after=end < len(text))
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    return _render(text, spans, start, end, ellipsis_before=start > 0, ellipsis_after=end < len(text))


def _render(
    text: str,
    spans: list[tuple[int, int]],
    start: int,
    end: int,
    *,
    ellipsis_before: bool = False,
    ellipsis_after: bool = False,
) -> SafeString:
    out = ["…" if ellipsis_before else ""]
    position = start
    for span_start, span_end in spans:
        if span_end <= position or span_start >= end:
            continue
        span_start = max(span_start, position)
        span_end = min(span_end, end)
        out.append(html.escape(text[position:span_start]))
        out.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
        position = span_end
    out.append(html.escape(text[position:end]))
    out.append("…" if ellipsis_after else "")
    return mark_safe("".join(out))  # every piece of text above went through html.escape
