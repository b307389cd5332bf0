"""Names the page gives a group of delegates it has described, away from the group's role word:

- lines right under a sentence about the unit's own delegates, each opening with two names or more
  and what they did (``…的我省全国政协委员圆满完成会议各项议程，返回某地。`` then ``甲、乙、丙同机返回。``
  and ``丁、戊另机抵达。``): the sentence names the role once for all of them;
- a list before 等 and a description of the group that ends in its count and role (``甲、乙等参加
  某州政协第十五届委员会第一次会议的22名在某县的州政协委员``): 等 says the list is part of the group;
- one of the group a paragraph speaks of, by the bare role after a comma (``委员们纷纷提出意见，委员甲对…
  提出的建议得到赞同``): the paragraph's 委员们 says whose role the bare word is.

The evidence is the group's role with its body (人大代表, 政协委员) and, for the lines, the unit
that owns it (我省, 本市); every entry must read well as a name.
"""

from __future__ import annotations

import re

from .clauses import clause_after, clause_before, level_of
from .introductions import LIST_BAR, role_and_level
from .lexicon import role_of
from .name_lists import name_list, names_before
from .names import Reader
from .results import Collector, Mention
from .sessions import numeral
from .text import normalize_name

# 我省全国政协委员, 本市的人大代表, 全县政协委员: a unit's own delegates as one group.
OWN_GROUP_RE = re.compile(
    r"(?:我|本|全)(?P<place>[省市州县区旗盟])(?:的|共有)?(?P<level>全国|省|自治区|市|州|县|区|旗)?"
    r"(?P<body>人大|政协)(?P<role>代表|委员)(?!会|团|们|长|大会)"
)
# 等参加…会议的22名…委员: 等 and a description of who the group is, then its count and role.
DESCRIBED_GROUP_RE = re.compile(
    r"等(?:参加|出席|列席|来自)[^，,。；;：:！？\n“”]{2,40}?的"
    r"(?P<count>[0-9０-９]+|[一二两三四五六七八九十百]+)[名位](?P<words>[^，,。；;：:！？\n“”]{0,20}?)"
    r"(?P<role>人大代表|政协委员|代表|委员)(?!会|团|们|长)"
)
# ，委员甲对…: the bare role after a comma (a sentence's opening one is the mentions pass's).
BARE_AFTER_COMMA_RE = re.compile(r"(?<=[，,；;])(?P<role>委员|代表|常委)(?=[\u4e00-\u9fff])(?!们|会|团|长|大会)")
# 会上，市政协常委甲代表民革…，委员乙代表致公党…: the role with its body said earlier in the paragraph.
BODY_ROLE_RE = {"委员": re.compile(r"政协(?:常委|委员)"), "常委": re.compile(r"政协(?:常委|委员)"), "代表": re.compile(r"人大代表")}
# The paragraph speaks of its members or deputies: 委员们, a count of them (十二位委员先后发言), or the same
# bare role opening an earlier clause (委员甲就…提出建议，委员乙就…); or the clause is a meeting's or the
# year's (会上，委员甲…; 今年，委员甲…).
EARLIER_ROLE_RE = {role: re.compile(rf"(?:^|[。！？；;，,]|[位名](?:政协|人大)?){role}(?![们会团长])") for role in ("委员", "代表")}
MEETING_LEAD_RE = re.compile(r"(?:^|[。！？])(?:会上|会议上|讨论中|审议中|座谈中|发言中|会议期间|今年|此次|这次|本次)[，,]$")
BARE_ROLE_BAR = 1.7  # a surname, a given name and a verb after them, as for the bare role opening a sentence
# What says the names on a line are others than the group's: 等 (甲、乙等市领导), a count (两位同志),
# or a word for people who are no delegates.
OTHERS_AFTER_RE = re.compile(r"[^，,。；;]*?(?:领导|同志|嘉宾|记者|工作人员|干部|群众|职工|学生)|等|[0-9０-９一二两三四五六七八九十]+[位名个]")
LINE_CLAUSE_RE = re.compile(r"[^，,。；;：:！？!?\n]+")


def read_group_lines(reader: Reader, found: Collector) -> None:
    """Add the delegates of the lines under a group's sentence and of described groups to ``found``."""
    text = reader.text
    if "我" in text or "本" in text or "全" in text:
        for match in OWN_GROUP_RE.finditer(text):
            _read_lines_under(reader, found, match)
    if "等" in text:
        for match in DESCRIBED_GROUP_RE.finditer(text):
            _read_described(reader, found, match)
    for match in BARE_AFTER_COMMA_RE.finditer(text):
        _read_bare_member(reader, found, match)


def _read_bare_member(reader: Reader, found: Collector, match: re.Match) -> None:
    text = reader.text
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[line_start : match.start()]
    role_word = match.group("role")
    if not (role_word + "们" in before or role_word != "常委" and EARLIER_ROLE_RE[role_word].search(before)
            or MEETING_LEAD_RE.search(before) or BODY_ROLE_RE[role_word].search(before)
            or before.endswith(("”，", "”,", "」，"))):  # “…”，代表甲由衷感言: the quote is theirs
        return
    options = reader.candidates(clause_after(text, match.end()))
    if options and options[0].offset == 0 and options[0].score >= BARE_ROLE_BAR:
        best, start = options[0], match.end()
        role = "member" if role_word == "常委" else role_of(role_word)
        found.add(Mention(best.name, start, start + len(best.name), role, "", "", "", True, reader.next_group(), best.score))


def _read_lines_under(reader: Reader, found: Collector, match: re.Match) -> None:
    text = reader.text
    if _names_after(reader, text, match.end()):
        return  # 我市人大代表甲、乙：the group's members are named right after it, where the mentions pass reads them
    role = role_of(match.group("role"))
    level = level_of(match.group("level") or match.group("place"), "")
    position = text.find("\n", match.end())
    entries: list[tuple[int, str]] = []
    while position >= 0:
        line_end = text.find("\n", position + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position + 1 : line_end]
        position = line_end if line_end < len(text) else -1
        if not line.strip(" \u3000"):
            if entries:
                break
            continue
        names = _opening_names(reader, line)
        if not names:
            break
        base = line_end - len(line)
        entries.extend((base + offset, name) for offset, name in names)
    if entries:
        group = reader.next_group()
        for start, name in entries:
            found.add(Mention(name, start, start + len(name), role, level, "", "", True, group, 3))


def _names_after(reader: Reader, text: str, end: int) -> bool:
    clause = clause_after(text, end)
    return any(c.offset == 0 and c.score > 0 for c in reader.candidates(clause)) if clause else False


def _opening_names(reader: Reader, line: str) -> list[tuple[int, str]]:
    """甲、乙、丙同机返回。: the names that open the line, two at least, and a verb after the last."""
    if "、" not in line[:8]:
        return []
    clause = LINE_CLAUSE_RE.match(line)
    if not clause or clause.start():
        return []
    names = name_list(reader, clause.group(), minimum=2) or _split_names(reader, clause.group())
    if not names or names[0][0] != 0:
        return []
    if min(reader.name_score(name, "") or -9 for _, name in names) < LIST_BAR:
        return []
    offset, last = names[-1]
    if OTHERS_AFTER_RE.match(clause.group(), offset + len(last)):
        return []  # 甲、乙等市领导到会祝贺, 甲、乙两位同志: people of another kind than the group's
    return names


def _split_names(reader: Reader, clause: str) -> list[tuple[int, str]]:
    """丁、戊另机抵达: entries set apart by 、, the last one read as its best name when the words after
    it are none the lexicon knows as a verb."""
    pieces = clause.split("、")
    names, offset = [], 0
    for piece in pieces[:-1]:
        names.append((offset, normalize_name(piece)))
        offset += len(piece) + 1
    last = pieces[-1]
    scored = [(reader.name_score(normalize_name(last[:n]), "") or -9, n) for n in (2, 3) if n < len(last)]
    if not scored:
        return []
    score, length = max(scored)
    return names + [(offset, normalize_name(last[:length]))] if score >= LIST_BAR else []


def _read_described(reader: Reader, found: Collector, match: re.Match) -> None:
    text = reader.text
    judged = role_and_level(text, match.start("role"), match.group("role"))
    if judged is None or re.search(r"代表|委员(?!会)", match.group("words")):  # 州政协十五届委员会委员: its body
        return
    before, start = clause_before(text, match.start())
    offset, names = names_before(reader, before)  # 市政协主席甲和乙、丙等5位来自我市的委员: 乙 and 丙
    start += offset
    value = match.group("count")
    count = int(value) if value.isdigit() else numeral(value)
    if not names or names[0][0] != 0 or not count or count < len(names):
        return
    role, level = judged
    group = reader.next_group()
    for offset, name in names:
        found.add(Mention(name, start + offset, start + offset + len(name), role, level, "", "", True, group, 3))
