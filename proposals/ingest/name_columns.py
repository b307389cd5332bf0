"""A column of names, one a line (吴某 / 李某 / 唐某 …), under a photo of the 委员通道 or beside a count of as
many delegates (八位委员走到话筒前): the names are those delegates."""

from __future__ import annotations

import re

from .clauses import level_of
from .lexicon import role_of
from .names import Reader
from .results import Collector, Mention
from .sessions import numeral
from .text import normalize_name

# 八位委员, 5名全国人大代表: a count of delegates that a column of names may answer.
COUNT_OF_ROLE_RE = re.compile(
    r"(?P<count>[0-9０-９]+|[一二两三四五六七八九十]+)(?:位|名)(?P<level>全国|省|自治区|市|州|县|区|旗)?(?:人大|政协)?"
    r"(?P<role>代表|委员)(?!会|团|长)"
)
PASSAGE_RE = re.compile(r"(?P<role>委员|代表)通道")
# 多位澳区全国人大代表, 部分港区全国政协委员: the lead right under a column of portraits says whose they are.
SEVERAL_OF_ROLE_RE = re.compile(
    r"(?:多|几|数|部分)[位名]?[\u4e00-\u9fff]{0,3}?(?P<level>全国|省|自治区|市|州|县|区|旗)?(?:人大|政协)"
    r"(?P<role>代表|委员)(?!会|团|长)"
)


def read_name_columns(reader: Reader, found: Collector) -> None:
    """吴某 / 李某 / 唐某 …, one a line under a photo of the 委员通道: delegates when the page counts as many."""
    text = reader.text
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    index = 0
    while index < len(lines):
        run = []
        while index < len(lines) and (not lines[index][1].strip() or _name_line(reader, lines[index][1])):
            if lines[index][1].strip():
                run.append(lines[index])
            index += 1
        index += 1
        if len(run) < 3:
            continue
        role = _column_role(text, run[0][0], run[-1][0], len(run))
        if role:
            group = reader.next_group()
            for start, line in run:
                name = line.strip(" \u3000")
                begin = start + line.index(name)
                found.add(Mention(normalize_name(name), begin, begin + len(name), role[0], role[1], "", "", True, group, 2))


def _name_line(reader: Reader, line: str) -> bool:
    name = line.strip(" \u3000")
    return 2 <= len(name) <= 12 and (reader.name_score(normalize_name(name), "") or -9) >= 1.0


def _column_role(text: str, first: int, last: int, count: int) -> tuple[str, str] | None:
    """The role a column of ``count`` names has: a count of as many delegates in the page, or the
    委员通道 / 代表通道 its caption (the lines just above it) names."""
    for match in COUNT_OF_ROLE_RE.finditer(text):
        value = match.group("count")
        number = int(value) if value.isdigit() else numeral(value)
        if number == count:
            return role_of(match.group("role")), level_of(match.group("level") or "", "")
    passage = PASSAGE_RE.search(text, max(0, first - 300), first)
    if passage:
        return role_of(passage.group("role")), ""
    several = SEVERAL_OF_ROLE_RE.search(text, last, last + 200)  # portraits, then 多位澳区全国人大代表关注…
    if several:
        return role_of(several.group("role")), level_of(several.group("level") or "", "")
    return None
