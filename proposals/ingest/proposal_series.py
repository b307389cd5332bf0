"""Proposals listed in a series whose first names the role: ``市政协委员甲提出的《…》，乙提出的《…》，丙提出的《…》``
(the proposals a committee honours, or the paper reports). Each later proposer, named the same way in
the same sentence, holds the role the series opens with. A series the sentence says was honoured by a
body (``甲提交的《…》、乙提交的《…》被评为市政协2023年度优秀提案``) names that body's members (or, for a
congress's 优秀建议, its deputies): only they can table what it honours."""

from __future__ import annotations

import re

from .clauses import level_of
from .lexicon import CJK, role_of
from .names import Reader
from .results import Collector, Mention

# The series' first entry: the role, the name, and what they proposed.
FIRST_RE = re.compile(rf"(?P<role>人大代表|政协委员)(?P<name>[{CJK}]{{2,4}}?)(?:提出|提交|撰写)的《")
# A later entry: a clause that is a name and the same verb.
NEXT_RE = re.compile(rf"[，,、；;](?P<name>[{CJK}]{{2,4}}?)(?:提出|提交|撰写)的《")
SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
ENTRY_BAR = 1.5  # a surname and a given name: the series says the rest
# 被评为市政协2023年度优秀提案, 被评为七届市政协优秀个人提案, 被评为2021年度市人大优秀建议: the honouring body.
HONOURED_RE = re.compile(r"被评为(?P<body>[^，,。；;！？!?\n]{0,16}?(?P<which>政协|人大))[^，,。；;！？!?\n]{0,8}?优秀(?:个人|集体)?"
                         r"(?P<kind>提案|建议|议案)")
# 本次受表彰的优秀提案分别是：甲撰写的《…》；乙撰写的《…》: the honour first, its proposers after the colon.
HONOUR_FIRST_RE = re.compile(r"优秀(?:个人)?(?P<kind>提案|建议|议案)(?:分别)?(?:是|为|有)?[：:]")
HONOURED_ENTRY_RE = re.compile(rf"(?:^|(?<=[，,、；;和及与。：:\n ]))(?P<name>[{CJK}]{{2,4}}?)(?:委员|代表)?(?:领衔)?(?:提出|提交|撰写)的《")


def read_proposal_series(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the later proposers of a series that opens with a role."""
    text = reader.text
    for first in FIRST_RE.finditer(text):
        stop = SENTENCE_END_RE.search(text, first.end())
        end = stop.start() if stop else len(text)
        role, level = role_of(first.group("role")), level_of(text[max(0, first.start() - 6) : first.start()], session_level)
        group = reader.next_group()
        for entry in NEXT_RE.finditer(text, first.end(), end):
            name = entry.group("name")
            if (reader.name_score(name, "提出") or 0) >= ENTRY_BAR:
                found.add(Mention(name, entry.start("name"), entry.end("name"), role, level, "", "", True, group, 3))


def read_honoured_series(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the proposers whose proposals the sentence says a body honoured."""
    text = reader.text
    if "优秀" not in text:
        return  # most pages honour no proposal: the patterns are not run over them
    for honour in HONOURED_RE.finditer(text):
        if (honour.group("which") == "人大") != (honour.group("kind") != "提案"):
            continue  # 市人大优秀提案, 市政协优秀建议: the words disagree on whose it is
        starts = [m.end() for m in SENTENCE_END_RE.finditer(text, 0, honour.start())]
        role = "member" if honour.group("which") == "政协" else "deputy"
        level = level_of(honour.group("body"), session_level)
        _add_entries(reader, found, starts[-1] if starts else 0, honour.start(), role, level)
    for honour in HONOUR_FIRST_RE.finditer(text):
        end = text.find("\n", honour.end())
        role = "member" if honour.group("kind") == "提案" else "deputy"
        _add_entries(reader, found, honour.end(), end if end >= 0 else len(text), role, session_level)


def _add_entries(reader: Reader, found: Collector, start: int, end: int, role: str, level: str) -> None:
    group = reader.next_group()
    for entry in HONOURED_ENTRY_RE.finditer(reader.text, start, end):
        name = entry.group("name")
        if (reader.name_score(name, "提出") or 0) >= ENTRY_BAR:
            found.add(Mention(name, entry.start("name"), entry.end("name"), role, level, "", "", True, group, 3))
