"""Deputies and members named together: a sentence about a group of both roles, then its people
(``多位港区全国人大代表和全国政协委员，包括甲、乙、丙等中午乘专机赴京``, ``某会全国人大代表及政协委员
7日召开记者会，甲、乙、丙、丁出席``). Each listed person is a delegate of either role, ``other``,
unless the page names them elsewhere with their own (that introduction says more and wins)."""

from __future__ import annotations

import re

from .clauses import level_of
from .name_lists import name_list
from .names import Reader
from .results import Collector, Mention

# 全国人大代表和全国政协委员, 人大代表及政协委员, 代表和委员: both roles joined by a conjunction.
MIXED_RE = re.compile(
    r"(?P<level>全国|省|自治区|市|县|区|旗)?(?:人大)?代表(?:和|及|与|、)[\u4e00-\u9fff]{0,6}?(?:政协)?"
    r"(?<!中央)(?<!党委)(?<!纪委)(?<![省市县区]委)委员(?![会长们])"  # 全国人大代表、二十届中央委员 is a party post
)
SENTENCE_END_RE = re.compile(r"[。！？；;!?\n]")
CLAUSE_SPLIT_RE = re.compile(r"[，,]")
LEAD_RE = re.compile(r"^(?:包括|其中有?|有|如)")
CLAUSES_AFTER = 2  # the list stands in the clause after the roles or the one after that


def read_mixed_groups(reader: Reader, found: Collector) -> None:
    """Add the people listed right after a group of deputies and members to ``found``, role ``other``."""
    text = reader.text
    for match in MIXED_RE.finditer(text):
        end = SENTENCE_END_RE.search(text, match.end())
        sentence_end = end.start() if end else len(text)
        position = match.end()
        for clause in CLAUSE_SPLIT_RE.split(text[position:sentence_end])[: CLAUSES_AFTER + 1]:
            lead = LEAD_RE.match(clause)
            body = clause[lead.end() :] if lead else clause
            offset = position + (lead.end() if lead else 0)
            if "等" in body:  # 甲、乙、丙等中午乘专机: the list ends at 等
                body = body[: body.index("等")] + "说"
            names = name_list(reader, body, minimum=2) if body else []
            position += len(clause) + 1
            if len(names) < 2:
                continue
            level = level_of(match.group("level") or "", "")
            group = reader.next_group()
            for at, name in names:
                found.add(Mention(name, offset + at, offset + at + len(name), "other", level, "", "", True, group, 1))
            break
