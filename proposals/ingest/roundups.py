"""Roundups: delegates named on a line of their own under a heading that gives their role
(【委员建言】 / 民盟某省委会副主委 王某 / what they propose, as the next paragraph), as papers print
their 委员建言, 代表声音 and 代表心声 columns."""

from __future__ import annotations

import re
from typing import Protocol

from .affiliations import title_end
from .lexicon import CJK, NAME_DOTS, ROLE_RE
from .names import Reader
from .results import Mention
from .text import normalize_name


class Collector(Protocol):
    def add(self, mention: Mention) -> None: ...


# 【委员建言】, 【代表声音】, ■代表心声: a column heading naming the role, alone on its line.
ROLE_HEADING_RE = re.compile(r"^[ \u3000]*(?:【[^】\n]{0,10}?(代表|委员)[^】\n]{0,10}】|[■□●◆▲]?[^\n，。,]{0,4}(代表|委员)[^\n，。,]{0,4})[ \u3000]*$")
# The line under it: an affiliation ending in a title, a space, the name; nothing else.
NAME_LINE_RE = re.compile(rf"^[ \u3000]*(?P<affiliation>[{CJK}（）()·]{{2,40}}?)[ \u3000]+(?P<name>[{CJK}{NAME_DOTS}]{{2,12}})[ \u3000]*$")


def read_roundups(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the delegates named on the line under a role heading to ``found``."""
    text = reader.text
    lines = text.split("\n")
    offset = 0
    previous: str | None = None  # the last non-blank line
    for line in lines:
        start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        heading = ROLE_HEADING_RE.match(previous) if previous is not None else None
        previous = line
        if not heading or ROLE_RE.search(line):
            continue  # a line that names the role itself is read where roles are
        match = NAME_LINE_RE.match(line)
        if not match or not title_end(match.group("affiliation")):
            continue
        name = normalize_name(match.group("name"))
        score = reader.name_score(name, "")
        if score is None or score < 1.5:
            continue
        role = "deputy" if (heading.group(1) or heading.group(2)) == "代表" else "member"
        begin = start + match.start("name")
        found.add(Mention(name, begin, begin + len(match.group("name")), role, session_level,
                          match.group("affiliation"), "", True, reader.next_group(), 5))
