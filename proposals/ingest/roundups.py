"""Roundups and cards: delegates named on a line of their own under a heading that gives their role
(【委员建言】 / 民盟某省委会副主委 王某 / what they propose, as the next paragraph), as papers print
their 委员建言, 代表声音 and 代表心声 columns."""

from __future__ import annotations

import re

from .affiliations import title_end
from .clauses import level_of
from .lexicon import CJK, NAME_DOTS, ROLE_RE, role_of
from .names import Reader
from .results import Collector, Mention
from .text import normalize_name

# 【委员建言】, 【代表声音】, ■代表心声: a column heading naming the role, alone on its line.
ROLE_HEADING_RE = re.compile(r"^[ \u3000]*(?:【[^】\n]{0,10}?(代表|委员)[^】\n]{0,10}】|[■□●◆▲]?[^\n，。,]{0,4}(代表|委员)[^\n，。,]{0,4})[ \u3000]*$")
# The line under it: an affiliation ending in a title, a space, the name; nothing else.
# A credit line under it is no delegate's card: 记者 方力, 本报见习记者 李妮, 通讯员 王某.
CREDIT_LINE_RE = re.compile(r"^(?:本报|本台|本刊|新华社|见习|特约|实习|融媒|全媒|首席)*(?:记者|通讯员|编辑|摄影|摄像|主持人|实习生)$")
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
        if not match or not title_end(match.group("affiliation")) or CREDIT_LINE_RE.match(match.group("affiliation")):
            continue
        name = normalize_name(match.group("name"))
        score = reader.name_score(name, "")
        if score is None or score < 1.5:
            continue
        role = role_of(heading.group(1) or heading.group(2))
        begin = start + match.start("name")
        found.add(Mention(name, begin, begin + len(match.group("name")), role, session_level,
                          match.group("affiliation"), "", True, reader.next_group(), 5))


# Cards, as WeChat pages print them: the name alone on its line (▲王某), the role alone on the next
# (市人大代表), and often the affiliation alone on the one after (某县某乡卫生院院长).
CARD_NAME_RE = re.compile(rf"^[ \u3000■□●◆▲]*(?P<name>[{CJK}{NAME_DOTS}]{{2,12}})[ \u3000]*$")
# 上海市第十四、十五届人大代表: the terms the person sat in, joined by 、.
CARD_ROLE_RE = re.compile(rf"^[ \u3000]*(?P<prefix>[{CJK}、]{{0,16}}?)(?P<role>人大代表|政协委员|政协常委)[ \u3000]*$")
TERMS_END_RE = re.compile(r"第?[一二三四五六七八九十、]+届$")
CARD_AFFILIATION_RE = re.compile(rf"^[ \u3000]*(?P<affiliation>[{CJK}（）()·、]{{4,80}})[ \u3000]*$")


def read_cards(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the delegates named on a card (name line, role line, affiliation line) to ``found``."""
    text = reader.text
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, line))
        offset += len(line) + 1
    for index, (start, line) in enumerate(lines[:-1]):
        card = CARD_NAME_RE.match(line)
        role_line = CARD_ROLE_RE.match(lines[index + 1][1])
        if not card or not role_line:
            continue
        name = normalize_name(card.group("name"))
        score = reader.name_score(name, "")
        if score is None or score < 1.5:
            continue
        affiliation = ""
        if index + 2 < len(lines):
            below = CARD_AFFILIATION_RE.match(lines[index + 2][1])
            if below and title_end(below.group("affiliation")):
                affiliation = below.group("affiliation")
        role = role_of(role_line.group("role"))
        level = level_of(TERMS_END_RE.sub("", role_line.group("prefix")), session_level)
        begin = start + card.start("name")
        found.add(Mention(name, begin, begin + len(card.group("name")), role, level, affiliation, "", True,
                          reader.next_group(), 5))
