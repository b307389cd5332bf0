"""Delegations (``通辽市代表团``): the delegation a delegate is introduced with.
"""

from __future__ import annotations

import re

from .lexicon import CJK

DELEGATION_NAME_RE = re.compile(rf"([{CJK}]{{2,14}}?代表团)")


def delegation_in_sentence(text: str, position: int, sentence_only: bool = False) -> str:
    """The delegation named earlier in the same paragraph: ``在查干诺尔镇代表团审议现场，乌恩其代表…``,
    ``岚江代表团举行全体会议。全国人大代表索朗次仁（右）…`` (or, with ``sentence_only``, the same
    sentence). A list of delegations names nobody's."""
    start = text.rfind("\n", 0, position) + 1
    if sentence_only:
        start = max(start, *(text.rfind(stop, 0, position) + 1 for stop in "。！？；"))
    found = list(DELEGATION_NAME_RE.finditer(text[start:position]))
    if not found:
        return ""
    last = found[-1]
    before, after = text[start + last.start() - 1 : start + last.start()], text[start + last.end() : start + last.end() + 1]
    if "、" in (before, after) or (len(found) > 1 and text[start + found[-2].end() : start + last.start()].strip("、和与及 ") == ""):
        return ""
    return trim_delegation(last.group(1))


DELEGATION_WORD_RE = re.compile(r"代表团(?:的)?")


def split_delegation(before: str, start: int) -> tuple[str, int, str]:
    """``内蒙古代表团的萨仁、刘长河`` → (``萨仁、刘长河``, shifted start, ``内蒙古代表团``)."""
    match = DELEGATION_WORD_RE.search(before)
    if not match:
        return before, start, ""
    delegation = trim_delegation(before[: match.start()] + "代表团")
    return before[match.end():], start + match.end(), delegation


LEAD_WORD_RE = re.compile(r"在|到|参加|来自|与|和|同|出席|是|的|了|中|上")
PLACE_SUFFIX_RE = re.compile(r"[市区县旗盟州镇乡]?代表团$")


def trim_delegation(delegation: str) -> str:
    """``参加岚江代表团`` → ``岚江代表团``: words before the delegation's place are cut, at the last
    word that leaves a place of two characters or more (在和平区代表团 → 和平区代表团, not 平区代表团)."""
    for match in reversed(list(LEAD_WORD_RE.finditer(delegation))):
        rest = delegation[match.end() :]
        if len(rest) <= 17 and len(PLACE_SUFFIX_RE.sub("", rest)) >= 2:
            return rest
    return delegation
