"""Counted lists: a sentence that counts the delegates and then names them (3位全国人大代表分别是
某院副院长甲、某公司董事长乙、某公司董事长丙; 13名…出席全国人民代表大会的代表出炉，分别是甲（女）、乙…).
The count is the evidence: the list is read only when it names exactly as many people as it says.
Without a count, a list right after the role (``…人大代表分别是某书记甲，某院长乙``) is read entry by entry."""

from __future__ import annotations

import re

from .affiliations import title_end, trim_lead_in
from .clauses import level_of
from .lexicon import role_of
from .names import Reader
from .results import Collector, Mention

COUNTED_LIST_RE = re.compile(
    r"(?P<count>[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})(?:名|位)(?P<middle>[^。；;！!？?\n]{0,40}?)"
    r"(?:分别是|分别为|依次是|依次为|是|为|有|包括)(?:[（(][^（）()\n]{2,12}[）)])?[：:]?"  # （按姓氏笔画为序）：
)
ENTRY_SPLIT_RE = re.compile(r"[、，,；;]|(?<=[\u4e00-\u9fff）)])(?:和|及|以及)(?=[\u4e00-\u9fff])")
CLAUSE_SPLIT_RE = re.compile(r"[，,；;]")
# 甲（女）, 乙（女，阿美族）: what the bracket after a name says of the person (sex, ethnic group).
TRAILING_BRACKET_RE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
# 参加全国两会的人大代表，他们分别是来自某企业某中心顾问甲、某院副总经理乙: no count, but the role right
# before and every entry a post and a name.
LIST_AFTER_ROLE_RE = re.compile(r"[，,](?:他们|她们)?(?:分别是|分别为|依次是|依次为)[：:]?")
NAMED_LIST_RE = re.compile(rf"(?P<level>全国|省|自治区|市|县|区|旗)?(?P<role>人大代表|政协委员|政协常委){LIST_AFTER_ROLE_RE.pattern}")
# 这13名代表中…其他12人…这些人包含团长甲、某台联会长乙（女）…: the list points back at people the
# paragraph counted; read only when some count there is the number of entries and a count names the role.
REFERRED_LIST_RE = re.compile(r"(?:这些人|他们|她们|这些代表|这些委员)(?:包含|包括|分别是|分别为)[：:]?")
NUMBER = r"(?P<count>[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})"
COUNT_RE = re.compile(rf"{NUMBER}(?:名|位|人)")
COUNTED_ROLE_RE = re.compile(rf"{NUMBER}(?:名|位)(?P<role>代表|委员)")
BODY_ROLES = (("政协", "member"), ("人民代表大会", "deputy"), ("人大", "deputy"))
ROLE_WORD_RE = re.compile(r"代表|委员|常委")  # 职工代表, 机关干部: no delegates without the body's name too
CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
ENTRY_BAR = 1.0  # a surname and a given name: the count and the role say the rest

# 桂林市的5位全国人大代表分别是市委副书记、市长周某，…董事长陈某，…书记林某: each entry an
# affiliation and a name, up to the stop.
ROLE_ENUMERATION_RE = re.compile(r"(?P<level>全国|省|自治区|市|县|区|旗)?(?:人大代表|(?P<member>政协委员))(?:分别是|分别为|依次是)[：:]?")
ROLE_ENTRY_SPLIT_RE = re.compile(r"[，,；;]")
COPULA_RE = re.compile(r"^(?:分别|依次)?[是为]")


def count_value(word: str) -> int:
    """13, １３, 十三, 二十, 五 → the number."""
    if word.isdigit():
        return int(word)
    if "十" not in word:
        return CHINESE_DIGITS.get(word, 0) if len(word) == 1 else 0
    tens, _, units = word.partition("十")
    return (CHINESE_DIGITS.get(tens, 0) if tens else 1) * 10 + (CHINESE_DIGITS.get(units, 0) if units else 0)


def _role(middle: str) -> str | None:
    """The role the counted words give: a role word and the body named (政协, 人民代表大会), which decides."""
    if not ROLE_WORD_RE.search(middle):
        return None
    for word, role in BODY_ROLES:
        if word in middle:
            return role
    return None


def _entries(reader: Reader, text: str, start: int, split: re.Pattern = ENTRY_SPLIT_RE) -> list[tuple[int, str, str]]:
    """The entries of the list from ``start`` to the end of its sentence; [] when one does not read as a name."""
    stop = re.compile(r"[。；;！!？?\n]").search(text, start)
    entries = []
    for piece_start, piece_end in _pieces(text, start, stop.start() if stop else len(text), split):
        read = _entry(reader, text[piece_start:piece_end])
        if read is None:
            return []
        entries.append((piece_start + read[0], read[1], read[2]))
    return entries


def _entry(reader: Reader, entry: str) -> tuple[int, str, str] | None:
    """(where the name starts, the name, the posts before it) of one list entry, or None."""
    if not entry.strip():
        return None
    bracket = TRAILING_BRACKET_RE.search(entry)
    if bracket:
        entry = entry[: bracket.start()]
    entry = entry.rstrip(" \u3000")
    options = [c for c in reader.candidates(entry, need_title=False)
               if c.offset + len(c.name) == len(entry) and (not c.affiliation or title_end(c.affiliation))]
    if not options or (reader.name_score(options[0].name, "") or -9) < ENTRY_BAR:
        return None
    best = options[0]
    return best.offset, best.name, trim_lead_in(best.affiliation) if best.affiliation else ""


def _pieces(text: str, start: int, end: int, split: re.Pattern) -> list[tuple[int, int]]:
    """Where each entry of the list from ``start`` to ``end`` starts and ends; a separator inside
    brackets (陈某（女，阿美族）) separates nothing."""
    pieces, position = [], start
    for separator in split.finditer(text, start, end):
        inside = text[position : separator.start()]
        if inside.count("（") + inside.count("(") > inside.count("）") + inside.count(")"):
            continue
        pieces.append((position, separator.start()))
        position = separator.end()
    return [*pieces, (position, end)]


def read_enumerations(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` each person of a counted list of deputies or members."""
    text = reader.text
    for match in COUNTED_LIST_RE.finditer(text):
        role = _role(match.group("middle"))
        count = count_value(match.group("count"))
        if not role or count < 2:
            continue
        entries = _entries(reader, text, match.end())
        if len(entries) != count:
            continue
        level = "national" if "全国" in match.group("middle") else session_level
        group = reader.next_group()
        for start, name, affiliation in entries:
            found.add(Mention(name, start, start + len(name), role, level, affiliation, "", True, group, 4))
    for match in NAMED_LIST_RE.finditer(text):
        # 甲、乙 or, when posts are listed too, 某县委副书记、县长甲，某校校长乙
        entries = _entries(reader, text, match.end()) or _entries(reader, text, match.end(), CLAUSE_SPLIT_RE)
        if len(entries) < 2 or not all(affiliation for _, _, affiliation in entries):
            continue
        role = role_of(match.group("role"))
        level = level_of(match.group("level") or "", session_level) if match.group("level") else session_level
        group = reader.next_group()
        for start, name, affiliation in entries:
            found.add(Mention(name, start, start + len(name), role, level, affiliation, "", True, group, 4))
    for match in REFERRED_LIST_RE.finditer(text):
        paragraph = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        roles = {m.group("role") for m in COUNTED_ROLE_RE.finditer(paragraph)}
        entries = _entries(reader, text, match.end())
        if len(roles) != 1 or len(entries) < 2:
            continue
        if len(entries) not in {count_value(m.group("count")) for m in COUNT_RE.finditer(paragraph)}:
            continue
        role, group = role_of(roles.pop()), reader.next_group()
        for start, name, affiliation in entries:
            found.add(Mention(name, start, start + len(name), role, session_level, affiliation, "", True, group, 4))


def read_role_enumerations(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the entries of an uncounted list right after the role (``…人大代表分别是某书记甲，某院长乙``)."""
    text = reader.text
    for match in ROLE_ENUMERATION_RE.finditer(text):
        stop = text.find("。", match.end())
        span_end = stop if 0 <= stop - match.end() <= 400 else match.end()
        below = text[match.end() : match.end() + 1] == "\n"  # ……代表分别是：and one a line below (某某书记 甲)
        if below:
            span_end = min(len(text), match.end() + 600)
        role = "member" if match.group("member") else "deputy"
        level = level_of(match.group("level") or "", session_level) if match.group("level") else session_level
        position = match.end()
        for entry in (text[match.end() : span_end].split("\n") if below else ROLE_ENTRY_SPLIT_RE.split(text[match.end() : span_end])):
            options = [c for c in reader.candidates(entry) if c.offset + len(c.name) == len(entry.rstrip(" \u3000")) and c.score > 0]
            if below and entry and not options:
                break  # the list's lines end where a line names no one
            if options:
                best = options[0]
                start = position + best.offset
                found.add(Mention(best.name, start, start + len(best.name), role, level,
                                  COPULA_RE.sub("", best.affiliation), "", True, reader.next_group(), best.score))
            position += len(entry) + 1
