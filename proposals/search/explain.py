"""Why a result matched: a proposal found through its sector or key task, not its own words, says so.

A proposal's index document holds the names of the key tasks and sectors it was classified into,
so a search for 工业制造 finds a proposal that never says 工业制造 but was put in that sector because
it mentions 商业航天, one of the sector's keywords. ``explain_match`` finds the query words the
proposal's own text lacks and names the sector or key task that carried each, with the keywords
(the link's evidence) that put the proposal there, so the page can say 因领域「工业制造」的关键词
「商业航天」匹配 and highlight 商业航天 in the passage. Works on what the list prefetched: no query.

Imports ``normalize`` and ``query``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .normalize import ASCII_WORD, normalize
from .query import Term, parse_query


@dataclass(frozen=True)
class MatchReason:
    """A query word (``via``) found in the name of a sector or key task (``kind``: 领域 or 重点工作)
    the proposal was classified into, and the keywords of the proposal that put it there."""

    kind: str
    name: str
    via: str
    keywords: tuple[str, ...]


def _holds(text: str, term: Term) -> bool:
    return term.word in text or bool(term.parts) and all(part in text for part in term.parts)


def explain_match(
    q: str | None,
    own_texts: Iterable[str],
    sectors: Sequence[tuple[str, Sequence[str]]],
    key_tasks: Sequence[tuple[str, Sequence[str]]],
) -> list[MatchReason]:
    """The sectors and key tasks through which ``q`` matched a proposal whose own words are
    ``own_texts`` (headline, summary, passage, proposers' names). ``sectors`` and ``key_tasks`` are
    (name, evidence keywords); a key task's name may be several names (its full and short name)
    joined by a space. Empty when the proposal's own words hold every query word."""
    terms = parse_query(q, refresh=False)
    own = normalize(" ".join(own_texts))
    reasons: list[MatchReason] = []
    for term in terms:
        # Latin words are pinyin of names or codes, matched in the name and affiliation fields.
        if ASCII_WORD.fullmatch(term.word) or _holds(own, term):
            continue
        for kind, classes in (("领域", sectors), ("重点工作", key_tasks)):
            for name, evidence in classes:
                if _holds(normalize(name), term):
                    keywords = tuple(dict.fromkeys(str(w) for w in evidence if w and normalize(str(w)) in own))
                    reasons.append(MatchReason(kind, name.split(" ")[0], term.word, keywords))
    return list(dict.fromkeys(reasons))


def reason_words(reasons: Iterable[MatchReason]) -> list[str]:
    """The keywords to highlight for these reasons, longest first."""
    words = {word for reason in reasons for word in reason.keywords}
    return sorted(words, key=lambda w: (-len(w), w))
