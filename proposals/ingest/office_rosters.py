"""The officers of a committee listed office by office after its election or under its name: ``选举政协第十三届全国
委员会主席、副主席…。主席汪洋，副主席甲、乙…`` or a history page's ``政协某市第一届委员会 … 主席：甲 副主席：乙 丙``.

A CPPCC committee's chair, vice-chairs, secretary-general and standing members are its members; a congress standing
committee's are deputies. Only a list that follows the election or the committee's heading counts: ``主席甲`` alone,
anywhere else, is an office named in passing (the convention keeps those out).
"""

from __future__ import annotations

import re

from .clauses import level_of
from .names import Reader
from .results import Collector, Mention
from .rosters import line_names

# 主席汪洋，副主席甲、乙; 主席：甲; 常　委：甲 乙 丙 (a roster pads its labels): one office and its names.
OFFICE_LIST_RE = re.compile(r"(?:^|(?<=[\n。；;，,]))[ \u3000]*(?P<office>(?:副?主[ \u3000]*席|秘[ \u3000]*书[ \u3000]*长|常[ \u3000]*委|常务委员|副?主任(?:委员)?))"
                            r"[ \u3000]*[:：]?[ \u3000]*(?P<list>[^。；;，,\n:：]{2,400})", re.MULTILINE)
# What names the committee before the list: its election (选举政协第十三届全国委员会主席) or its heading (政协某市第一届委员会).
COMMITTEE_RE = re.compile(r"(?:选举(?:产生)?)?(?P<body>政协[^，,。；;\n]{0,16}?委员会|[^，,。；;\n]{0,12}?(?:人民代表大会常务委员会|人大常委会))"
                          r"(?P<elected>(?:主席|主任)、)?")
REACH = 400  # the election or the heading stands in the paragraph before the list, or just above it
LEVEL_PLACE_RE = re.compile(r"全国|自治区|省|自治州|市|州|盟|县|区|旗")


def read_office_rosters(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the people an office-by-office list of a committee's officers names."""
    text = reader.text
    if "委员会" not in text and "人大常委会" not in text:
        return
    for match in OFFICE_LIST_RE.finditer(text):
        before = text[max(0, match.start() - REACH) : match.start()]
        committees = [c for c in COMMITTEE_RE.finditer(before) if c.group("elected") or _heading(before, c)]
        if not committees:
            continue
        listed = match.group("list")
        names = line_names(reader, listed, match.start("list"))
        while names is None and re.search(r"[ \u3000]", listed.strip(" \u3000")):  # the line below joined to the last entry:
            listed = listed.rstrip(" \u3000")  # the entries before it stand
            listed = listed[: max(listed.rfind(" "), listed.rfind("\u3000"))]
            names = line_names(reader, listed, match.start("list"))
        if not names or any(score < 0 for *_, score in names):
            continue
        body = committees[-1].group("body")
        role = "member" if body.startswith("政协") else "deputy"
        places = list(LEVEL_PLACE_RE.finditer(body.removeprefix("政协")))  # the body's own place, the last before it
        level = level_of(places[-1].group(), session_level) if places else session_level  # (在市里选举产生省人大常委会: 省)
        group = reader.next_group()
        for start, end, name, score in names:
            found.add(Mention(name, start, end, role, level, "", "", True, group, min(score, 4.0)))


def _heading(before: str, committee: re.Match) -> bool:
    """The committee's name stands alone on its line (a history page's heading), not inside a sentence."""
    line_start = before.rfind("\n", 0, committee.start()) + 1
    line_end = before.find("\n", committee.end())
    line = before[line_start : line_end if line_end >= 0 else len(before)]
    return line.strip(" \u3000") == committee.group().strip(" \u3000")
