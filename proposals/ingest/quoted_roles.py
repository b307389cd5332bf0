"""A role in quotation marks, as a nickname, right before a name: ``“老委员”章某``, ``政协“老委员”的胡某``,
``“新代表”李某说``, ``「明星委员」甲、乙``; or 新 / 老 opening a clause before a bare role (``新委员关某带来了…``). The quotes set the word apart, so no list of titles is needed: the name that follows
(after 的 or not) must open the clause and read as a name by itself."""

from __future__ import annotations

import re

from .clauses import clause_after, level_of
from .lexicon import CJK, role_of
from .name_lists import name_list
from .names import Reader
from .results import Collector, Mention

QUOTED_ROLE_RE = re.compile(
    r"[“「\"](?P<level>全国|省|自治区|市|州|县|区|旗)?(?:老|新|资深|年轻|青年|女)?(?P<role>人大代表|政协委员|代表|委员)[”」\"]的?" rf"(?=[{CJK}])"
    # 「明星委员」甲、乙: any nickname of a member (学生代表, 企业代表 are other people's representatives: 委员 only).
    r"|[“「\"](?!全国|省|市|县|区)[^“”「」\"\n，,。、]{1,4}?(?P<nick>委员)[”」\"]的?" rf"(?=[{CJK}])"
    # 这次参会，新委员关某带来了…: 新 or 老 before a bare role, the clause's first words, sets it apart as the quotes do.
    r"|(?:^|(?<=[，,。；;：:\n]))(?:新|老)(?P<bare>代表|委员)" rf"(?=[{CJK}])(?!们|会|团|长)"
)
QUOTED_BAR = 1.5  # a surname and a given name: the quotes say only that a person follows


def read_quoted_roles(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the people a quoted role names."""
    text = reader.text
    for match in QUOTED_ROLE_RE.finditer(text):
        role = role_of(match.group("role") or match.group("nick") or match.group("bare"))
        clause = clause_after(text, match.end())
        listed = name_list(reader, clause, minimum=2)  # 「明星委员」甲、乙的一亮相: each of those the nickname names
        if listed and listed[0][0] == 0:
            group, level = reader.next_group(), _level(text, match, session_level)
            for offset, name in listed:
                start = match.end() + offset
                found.add(Mention(name, start, start + len(name), role, level,
                                  "", "", True, group, QUOTED_BAR))
            continue
        options = [c for c in reader.candidates(clause, need_title=False) if c.offset == 0 and c.score >= QUOTED_BAR]
        if not options:
            continue
        best, start = options[0], match.end()
        level = _level(text, match, session_level)
        found.add(Mention(best.name, start, start + len(best.name), role, level, "", "", True,
                          reader.next_group(), best.score))


def _level(text: str, match: re.Match, session_level: str) -> str:
    """The level said inside the quotes (“全国人大代表”), else by the words before them."""
    if match.group("level"):
        return level_of(match.group("level"), session_level)
    return level_of(text[max(0, match.start() - 12) : match.start()], session_level)
