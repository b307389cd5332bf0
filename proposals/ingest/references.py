"""Later mentions of delegates already introduced, by their bare name (毛光辉说): where a passage
about them may start, once the passes have found who the article's delegates are."""

from __future__ import annotations

from collections.abc import Iterable

from .results import Mention


def find_references(text: str, names: Iterable[str], skip: list[Mention]) -> list[tuple[int, str]]:
    """Later mentions of already-introduced delegates by bare name (毛光辉说)."""
    taken = [(m.start, m.end) for m in skip]
    found = []
    for name in sorted(set(names), key=len, reverse=True):
        # str.find, not a regex per name: thousands of one-off patterns would flush re's cache.
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s <= start < e for s, e in taken):
                taken.append((start, end))
                found.append((start, name))
            start = text.find(name, end)
    return sorted(found)

