"""Delegations (``通辽市代表团``): the delegation a delegate is introduced with.
"""

from __future__ import annotations

import re

from .lexicon import CJK

# 代表团 at the national and provincial congresses; 代表组 at county congresses (金山镇代表组).
DELEGATION_NAME_RE = re.compile(rf"([{CJK}]{{2,14}}?代表[团组])")


# "甲代表团的全国人大代表、…王某": the delegation introduces one delegate, named in its sentence.
OWN_DELEGATE_RE = re.compile(r"的[^，,。；\n]{0,6}?(?:人大代表|政协委员)[、，, ]")


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
    if OWN_DELEGATE_RE.match(text, start + last.end()) and any(
        stop in text[start + last.end() : position] for stop in "。！？；"
    ):
        return ""  # "甲代表团的全国人大代表、…王某…。全国人大代表赵某…": the delegation was 王某's
    before, after = text[start + last.start() - 1 : start + last.start()], text[start + last.end() : start + last.end() + 1]
    if "、" in (before, after) or (len(found) > 1 and text[start + found[-2].end() : start + last.start()].strip("、和与及 ") == ""):
        return ""
    return trim_delegation(last.group(1))


DELEGATION_WORD_RE = re.compile(r"代表[团组](?:的)?")


def split_delegation(before: str, start: int) -> tuple[str, int, str]:
    """``内蒙古代表团的萨仁、刘长河`` → (``萨仁、刘长河``, shifted start, ``内蒙古代表团``)."""
    match = DELEGATION_WORD_RE.search(before)
    if not match:
        return before, start, ""
    delegation = trim_delegation(before[: match.end()].removesuffix("的"))
    return before[match.end():], start + match.end(), delegation


LEAD_WORD_RE = re.compile(r"在|到|参加|来自|与|和|同|从|出席|是|的|了|中|上|会议")
PLACE_SUFFIX_RE = re.compile(r"[市区县旗盟州镇乡]?代表[团组]$")
# "王某在甲区代表团审议时说": the delegation named right after the name, where the delegate speaks.
DELEGATION_AFTER_NAME_RE = re.compile(rf"(?:在|参加)([{CJK}]{{2,12}}?代表[团组])(?:的)?(?:审议|讨论|分组|全体会议|小组)")


def delegation_after_name(text: str, end: int) -> str:
    """The delegation the sentence places the delegate in right after the name (``在甲区代表团审议时``)."""
    match = DELEGATION_AFTER_NAME_RE.match(text, end)
    return trim_delegation(match.group(1)) if match else ""


def trim_delegation(delegation: str) -> str:
    """``参加岚江代表团`` → ``岚江代表团``: words before the delegation's place are cut, at the last
    word that leaves a place of two characters or more (在和平区代表团 → 和平区代表团, not 平区代表团)."""
    for match in reversed(list(LEAD_WORD_RE.finditer(delegation))):
        rest = delegation[match.end() :]
        if len(rest) <= 17 and len(PLACE_SUFFIX_RE.sub("", rest)) >= 2:
            return rest
    return delegation



DELEGATION_WORD_AT_RE = re.compile(r"代表[团组]")
NOT_A_PLACE_RE = re.compile(r"[各该本每这那其]|届|次会|会议|\d")


def sole_delegation(text: str, first_delegate: int) -> str:
    """The one delegation an article names, if it names only one: a report of one delegation's
    meeting (保定代表团举行全体会议, before any delegate is named) places in it every deputy of the
    session that it quotes, though most paragraphs do not repeat the delegation's name. Two or more named: none. Only a
    place before 代表团 names one (到各代表团, 代表团团长 do not)."""
    named = set()
    for match in DELEGATION_WORD_AT_RE.finditer(text):
        window = text[max(0, match.start() - 12) : match.start()]
        cut = max((i + 1 for i, c in enumerate(window) if not ("\u4e00" <= c <= "\u9fff")), default=0)
        window = window[cut:]
        if "代表团" in window:
            window = window[window.rindex("代表团") + 3 :]
        leads = list(LEAD_WORD_RE.finditer(window))
        place = window[leads[-1].end() :] if leads else window
        if 2 <= len(place) <= 8 and not NOT_A_PLACE_RE.search(place):
            named.add(place + match.group())
    if len(named) != 1:
        return ""
    delegation = named.pop()
    return delegation if _meets(text[:first_delegate], delegation) else ""


# "保定代表团举行全体会议", "郑州代表团分组审议现场", "新疆代表团审议政府工作报告": the article reports the
# delegation's own meeting, so the deputies it quotes speak there.
DELEGATION_MEETS_RE = re.compile(r"代表[团组](?:在[^，,。；]{0,8})?(?:举行|召开)|代表[团组](?:全体会议|分组审议)")


def _meets(text: str, delegation: str) -> bool:
    return any(DELEGATION_MEETS_RE.match(text, m.start() + len(delegation) - 3)
               for m in re.finditer(re.escape(delegation), text))
