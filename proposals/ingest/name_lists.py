"""Lists of names in one clause (张三、李四、王五建议): every way to split it into names is tried, and the
most name-like reading wins; each name is judged by ``names.Reader``.
"""

from __future__ import annotations

from .evidence import transliteration_score
from .lexicon import NAME_DOTS
from .names import LONGEST_UNDOTTED, WEAK_END, Reader, spaced_transliteration
from .text import normalize_name

LIST_SEPARATORS = frozenset("、和与及 \u3000")


def name_list(reader: Reader, clause: str, minimum: int = 2, single_bar: float = 1.5, whole: int = 0) -> list[tuple[int, str]]:
    """``张三、李四、王五建议`` → the names with their offsets; [] unless the clause is such a list.

    Names are separated by 、 or a conjunction, and the last is followed by a verb (or ends the clause,
    when ``whole`` names or more fill it: 我校全国政协委员A、B、C，…); names may end
    in a conjunction character themselves (巴图孟和), so every split is tried and the most
    name-like reading wins.
    """
    best: tuple[float, list[tuple[int, str]]] = (float("-inf"), [])
    # Longer than six characters only with a middle dot (阿布都克里木·艾海提).
    dotted = any(d in clause for d in NAME_DOTS)
    longest = 20 if dotted else LONGEST_UNDOTTED
    # What follows a name ending at a position (with and without leading spaces): splits meet again.
    followers: dict[int, tuple[str | None, str | None]] = {}

    def walk(position: int, chosen: list[tuple[int, str, float]]) -> None:
        nonlocal best
        if len(chosen) >= 10:
            return
        for length in range(2, longest + 1):
            end = position + length
            if end > len(clause):
                break
            raw = clause[position:end]
            if (length > 6 and (not dotted or not any(d in raw for d in NAME_DOTS))
                    and transliteration_score(normalize_name(raw)) != 1.0):
                continue
            if raw[0] in NAME_DOTS or raw[-1] in NAME_DOTS:
                continue
            if (" " in raw or "\u3000" in raw) and not spaced_transliteration(raw):
                continue
            rest = clause[end:]
            spoken = rest.lstrip(" \u3000")
            if end not in followers:
                followers[end] = (reader.follows(rest), reader.follows(spoken))
            follows_rest, follows_spoken = followers[end]
            if rest[:1] not in LIST_SEPARATORS and (follows_spoken is None or not (spoken or whole)):
                continue  # neither another name nor a verb after it: nothing to read (judged before its score)
            name = normalize_name(raw)
            score = reader.name_score(name, "")
            if score is None or score < -1.6:
                continue
            if follows_spoken and reader.splits_word(name, follows_spoken):
                follows_spoken = None
            if follows_spoken and reader.runs_on(name, follows_spoken):
                score -= WEAK_END
            here = chosen + [(position, name, score)]
            separator = rest[:1] in LIST_SEPARATORS
            if separator and len(rest) > 1 and follows_rest is None or (separator and rest[0] in "、 \u3000"):
                walk(end + 1, here)
            if len(here) >= max(minimum, 1 if spoken else whole or 99) and follows_spoken is not None:
                total = sum(s for _, _, s in here) / len(here)
                if total > best[0] and (len(here) > 1 or score >= single_bar):
                    best = (total, [(p, n) for p, n, _ in here])

    walk(0, [])
    if best[0] < min(0.2, single_bar):
        return []
    for (start, first), (_, second) in zip(best[1], best[1][1:], strict=False):
        if spaced_transliteration(clause[start : start + len(first) + 1 + len(second)]):
            return []  # 艾合买提江 托乎提: one name printed with a space, not a list of two
    return best[1]
