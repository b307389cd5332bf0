"""Rows of a roster that give each person's posts in brackets after the name, one person a line
(``马某（某公司董事长，广东代表团）``): under a heading that names the roster's role
(``首场“代表通道”代表名单``), or anywhere when the bracket ends with the person's delegation (代表团: a
deputy's). The posts are the affiliation; a delegation at their end is the delegation. Rosters pad
two-character names to three (``陈　虹``): a space inside the name is no boundary."""

from __future__ import annotations

import re

from .clauses import level_of
from .lexicon import CJK, NAME_DOTS, role_of
from .names import Reader
from .results import Collector, Mention

ROW_RE = re.compile(
    rf"(?:^|(?<=\n)|(?<=名单))[ \u3000]*(?P<name>[{CJK}](?:[{CJK}{NAME_DOTS}]|[ \u3000](?=[{CJK}])){{1,13}})[ \u3000]*"
    r"[（(](?P<inner>[^（()）\n]{2,80})[）)][ \u3000。；;]*(?=\n|$)"
)
HEADING_RE = re.compile(rf"(?P<prefix>[{CJK}“”\"]{{0,20}}?)(?P<role>人大代表|政协委员|代表|委员)(?:建议)?名单[ \u3000]*[:：]?[ \u3000]*$")
DELEGATION_END_RE = re.compile(rf"[，,、][ \u3000]*(?P<delegation>[{CJK}]{{2,14}}代表团)$")
ROW_BAR = 1.0  # a surname and a given name: the roster vouches for the rest


def read_bracket_rows(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the people of rosters whose rows bracket each person's posts."""
    text = reader.text
    if "（" not in text and "(" not in text:
        return
    block_end, heading, group = 0, None, 0
    for match in ROW_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start("name")) + 1
        joined = HEADING_RE.search(text[line_start : match.start("name")])  # the layout joined the heading to the row
        if joined or text[block_end:line_start].strip():  # a new block of rows: the line above may be its heading
            above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            heading = joined or HEADING_RE.search(text[above : max(above, line_start - 1)])
            group = reader.next_group()
        block_end = match.end()
        inner = match.group("inner").strip()
        delegation = DELEGATION_END_RE.search(inner)
        if heading is None and delegation is None:
            continue
        name = re.sub(r"[ \u3000]", "", match.group("name"))
        score = reader.name_score(name, "")
        if score is None or score < ROW_BAR:
            continue
        if heading is not None:
            role = role_of(heading.group("role"))
            level = level_of(heading.group("prefix"), session_level)
        else:
            role, level = "deputy", session_level
        affiliation = inner[: delegation.start()] if delegation else inner
        found.add(Mention(name, match.start("name"), match.end("name"), role, level, affiliation.strip(),
                          delegation.group("delegation") if delegation else "", True, group, score))
