"""Proposals listed in a series whose first names the role: ``市政协委员甲提出的《…》，乙提出的《…》，丙提出的《…》``
(the proposals a committee honours, or the paper reports). Each later proposer, named the same way in
the same sentence, holds the role the series opens with."""

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
