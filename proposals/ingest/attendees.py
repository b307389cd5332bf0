"""Who attends a delegation's own meeting: ``某代表团举行全体会议，审议政府工作报告。…甲、乙、丙出席。丁、戊参加审议``.

A delegation's plenary or group meeting is its deputies'; a sentence that is nothing but names and
出席 or 参加审议 names those of them the report lists (its leaders, mostly), though no role word stands
beside them. Those who 列席 or 到会听取意见 (ministers, officials) are not its deputies and are never read:
only the verbs of a member taking part count, and only in a paragraph that names the delegation's
meeting, or right after one.
"""

from __future__ import annotations

import re

from .delegations import trim_delegation
from .name_lists import name_list
from .names import Reader
from .results import Collector, Mention

# 某代表团举行全体会议, 某代表团分组审议, 某代表团第三小组会议: the delegation meeting as itself.
MEETING_RE = re.compile(r"(?P<delegation>[\u4e00-\u9fff]{2,12}?代表团)[^。；;\n]{0,12}?(?:全体会议|小组会议|分组会议|全团会议"
                        r"|分组审议|分组讨论|审议|讨论)")
# The sentence: names only, then the verb of taking part, then its end.
ATTENDED_RE = re.compile(r"(?:^|(?<=[。！？\n]))[ \u3000]*(?P<list>[^，,。；;！？\n“”：:]{4,200}?)"
                         r"(?:出席(?:会议)?|参加(?:了)?(?:审议|讨论|会议))(?=[。；;！？，,]|$)", re.M)
PARAGRAPH_BREAK_RE = re.compile(r"\n+")
PARAGRAPHS_BACK = 2  # the meeting named in this paragraph or one of the two before it
SCORE = 3.0


def read_attendees(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the deputies a report of a delegation's meeting lists as attending it."""
    text = reader.text
    if "代表团" not in text:
        return
    meetings = list(MEETING_RE.finditer(text))
    if not meetings:
        return
    for match in ATTENDED_RE.finditer(text):
        meeting = _meeting_before(text, meetings, match.start())
        if meeting is None:
            continue
        listed = match.group("list")
        names = name_list(reader, listed + "说", minimum=2)
        if not names or names[-1][0] + len(names[-1][1]) != len(listed) or names[0][0] != 0:
            continue  # 市领导甲、乙出席 (a post before them), or words among the names: not the list alone
        group = reader.next_group()
        delegation = trim_delegation(meeting.group("delegation"))
        for offset, name in names:
            start = match.start("list") + offset
            found.add(Mention(name, start, start + len(name), "deputy", session_level, "", delegation, True, group, SCORE))


def _meeting_before(text: str, meetings: list[re.Match], position: int) -> re.Match | None:
    """The delegation meeting named before ``position`` in its paragraph or the ``PARAGRAPHS_BACK`` before it."""
    starts = [0] + [m.end() for m in PARAGRAPH_BREAK_RE.finditer(text, 0, position)]
    floor = starts[-(PARAGRAPHS_BACK + 1)] if len(starts) > PARAGRAPHS_BACK else 0
    return next((m for m in reversed(meetings) if floor <= m.start() < position), None)
