"""The subject a role or an act is said of: the name that ends the clause before 是…代表, 当选…, 提交了《…提案》
(its posts before it), the name opening the sentence, or each entry of a subject list (主任甲、主任乙及科员丙)."""

from __future__ import annotations

import re

from .affiliations import title_end, trim_lead_in
from .name_lists import TITLED_JOIN, titled_names
from .name_shapes import entry_score
from .names import Reader
from .results import Collector, Mention
from .text import normalize_name

ROLE_END_RE = re.compile(r"(?:代表|委员|常委)$")
PREDICATE_BAR = 1.7  # a plain two-character name (万敏是一位老代表)


def posts_before(affiliation: str) -> str:
    """The posts before a name, without the words that lead in; "" when they are a role (省政协委员 辛某)."""
    if not title_end(affiliation) or ROLE_END_RE.search(affiliation):
        return ""
    return trim_lead_in(affiliation)


def subject_readings(reader: Reader, before: str, bar: float = PREDICATE_BAR) -> list:
    """Readings of ``before`` that end in a well-attested name (the subject of what follows)."""
    return [c for c in reader.candidates(before, need_title=False)
            if c.offset + len(c.name) == len(before) and c.score >= bar]


def sentence_subject(reader: Reader, end: int) -> tuple[str, int, list]:
    """The name opening the sentence that goes on to ``end`` (甲家住某村，是一名…代表): its first clause, where
    it starts, and its readings that open with a well-attested name."""
    text = reader.text
    stop = max(text.rfind(mark, 0, end) for mark in "。！？!?\n") + 1
    first = re.split(r"[，,；;]", text[stop:end], maxsplit=1)[0]
    start = stop + len(first) - len(first.lstrip(" \u3000"))
    first = first.strip(" \u3000")
    return first, start, [c for c in reader.candidates(first, need_title=False) if c.offset == 0 and c.score >= PREDICATE_BAR]


SUBJECT_LIST_SPLIT_RE = re.compile(r"[、及]")
LISTED_SUBJECT_BAR = 1.5  # a surname and a given name (郭柳): the list and the role say the rest
COUNTED_SUBJECT_BAR = 0.0  # a name's shape, when a count after the list says every entry is a person
TITLED_SUBJECT_BAR = 1.0  # after a post (副院长郭某好): the title says a name follows, a weak given name will do


def add_listed_subjects(reader: Reader, found: Collector, before: str, clause_start: int, role: str,
                         level: str, bar: float = LISTED_SUBJECT_BAR) -> bool:
    """主任甲、主任乙及科员丙作为区政协委员出席: each entry of a subject list, a name after its unit
    or post; whether the clause was such a list (two entries or more, each ending in a name)."""
    if _add_titled_subjects(reader, found, before, clause_start, role, level):
        return True
    pieces = [part for piece in SUBJECT_LIST_SPLIT_RE.split(before) for part in _joined_pair(reader, piece, bar)]
    if len(pieces) < 2:
        return False
    entries, position = [], 0
    for piece in pieces:
        # The name that ends the entry, after a post if one reads so (主任周某, not 任周某) or a unit (科教科肖某).
        scored = [(not title_end(piece[:-n]), -(reader.name_score(piece[-n:], "") or entry_score(piece[-n:]) or -9), piece[-n:])
                  for n in (2, 3, 4) if n <= len(piece) and len(piece) - n <= (20 if title_end(piece[:-n]) else 10)]
        scored = [entry for entry in scored if -entry[1] >= (bar if entry[0] else TITLED_SUBJECT_BAR)]
        if not scored:
            return False
        name = min(scored)[2]
        entries.append((position + len(piece) - len(name), name, posts_before(piece[: len(piece) - len(name)])))
        position += len(piece) + 1
    group = reader.next_group()
    for offset, name, affiliation in entries:
        start = clause_start + offset
        found.add(Mention(name, start, start + len(name), role, level, affiliation, "", True, group, 3))
    return True


def _joined_pair(reader: Reader, piece: str, bar: float) -> list[str]:
    """甲和乙 → [甲, 乙] when both sides are names (an entry's last two joined by 和); else [piece] (巴图孟和)."""
    left, joined, right = piece.rpartition("和")
    if joined and all((reader.name_score(side, "") or -9) >= bar for side in (left[-4:], right)) and 2 <= len(right) <= 4:
        return [left, right]
    return [piece]


def _add_titled_subjects(reader: Reader, found: Collector, before: str, clause_start: int, role: str,
                         level: str) -> bool:
    """某商会的甲会长、乙常务副会长作为政协委员: each entry a name with its title after it, the whole
    clause a list of such entries; the title is the affiliation (the unit before the first name, said
    with 的, describes them all)."""
    entries = titled_names(reader, before)
    if not entries:
        return False
    group = reader.next_group()
    for offset, name, unit in entries:
        end = offset + len(name)
        stop = next((i for i in range(end, len(before)) if before[i] in TITLED_JOIN), len(before))
        unit = "" if unit.endswith("的") else trim_lead_in(unit)
        start = clause_start + offset
        found.add(Mention(name, start, start + len(name), role, level, unit + before[end:stop], "", True, group, 3))
    return True


def add_all(found: Collector, listed: list, clause_start: int, role: str, level: str, group: int) -> None:
    for offset, name in listed:
        found.add(Mention(name, clause_start + offset, clause_start + offset + len(name), role, level, "", "", True, group, 4))


# Back to a clause's start: a stop, a comma, a colon or a quote before it.
LIST_START_RE = re.compile(r"(?:^|[，,。；;：:！？\n“”])(?P<list>[^，,。；;：:！？\n“”]*)$")


def posted_clauses(reader: Reader, text: str, comma: int, joined_posts: bool = False,
                   partial: bool = False) -> list[tuple[int, str, str]]:
    """市政协主席A，市人大常委会副主任B，市政协副主席C、D等…委员: the clauses before the list's own,
    each a post and a name, back to the sentence's start; [] unless every clause is one. ``joined_posts``: a
    clause's posts may be several, joined by 、 (某局副局长、某办主任甲，…分别被评为…). ``partial``: the clauses
    back to the first that is none (某主委甲主持会议，某局副局长乙，某办主任丙等…委员齐聚: 乙 and 丙)."""
    entries: list[tuple[int, str, str]] = []
    while True:
        start = LIST_START_RE.search(text, 0, comma).start("list")
        clause = text[start:comma]
        # The name after a post (副主任林武, not 任林武): the best of those the post ends before.
        scored = [((reader.name_score(clause[-n:], "") or -9), clause[-n:]) for n in (2, 3, 4)
                  if n < len(clause) and title_end(clause[:-n])]
        score, name = max(scored, default=(-9, ""))
        posts = clause[: len(clause) - len(name)]
        if score < 0.5 or any(mark in posts for mark in ("和与及" if joined_posts else "、和与及")):
            return entries if partial else []
        entries.insert(0, (start + len(posts), normalize_name(name), trim_lead_in(posts)))
        if text[start - 1 : start] not in ("，", ","):
            return entries if start == 0 or text[start - 1] in "。！？!?\n" else []
        comma = start - 1
