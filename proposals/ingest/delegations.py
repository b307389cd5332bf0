"""Delegations (``通辽市代表团``): the delegation a delegate is introduced with.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .evidence import name_evidence
from .gazetteer import counties, known_places, prefectures
from .lexicon import CJK, PROVINCES
from .results import Block, Mention

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
SHORT_DELEGATION_RE = re.compile(rf"([{CJK}]{{2,4}}?)团(?=[{CJK}]{{2,4}}$)")


def congress_place(place: str) -> bool:
    """贵州, 大同市, 城关, 解放军: a place (or the army) whose delegation sits in a congress; not 中国体育 or 某艺术.
    大同 is a word first, left out of the prefectures' short names, but 大同市 is one."""
    return bool(place) and (place in name_evidence().places or place in known_places() or place in prefectures()
                            or place + "市" in prefectures() or any(place + suffix in counties() for suffix in "区县市旗")
                            or place.endswith(PROVINCES) or place[-1] in "省市区县州旗盟镇乡"
                            or "解放军" in place or "武警" in place)


def split_delegation(before: str, start: int) -> tuple[str, int, str]:
    """``内蒙古代表团的萨仁、刘长河`` → (``萨仁、刘长河``, shifted start, ``内蒙古代表团``)."""
    match = DELEGATION_WORD_RE.search(before)
    if not match:
        short = SHORT_DELEGATION_RE.match(before)  # 城关团冯某代表: a district's delegation by its short name
        if short and congress_place(short.group(1)):
            return before[short.end() :], start + short.end(), short.group()
        return before, start, ""
    delegation = trim_delegation(before[: match.end()].removesuffix("的"))
    return before[match.end():], start + match.end(), delegation


LEAD_WORD_RE = re.compile(r"两会|在|到|随|跟随|参加|来自|与|和|同|从|出席|是|的|了|中|上|至于|对于|会议|人大|今天|昨天|今日|昨日|上午|下午|晚上|往年|去年|今年")
# "1.文龙街道代表团某某等10名代表提出的…", "（二）某镇代表团": the number of a list entry is no part of it.
LIST_NUMBER_RE = re.compile(r"^[ \u3000]*(?:\d{1,3}[.、．)）]|[（(][\d一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])[ \u3000]*")
COUNT_LEAD_RE = re.compile(r"^(?:.*?[0-9０-９一二两三四五六七八九十]+)?[位名](?=[^位名]{2,}代表)")  # 12位澳区人大代表团: the count before it
# A delegation's name never holds a credit: the paper, its reporter or its wording (日报原创, 记者某某报道, 讯).
CREDIT_WORD_RE = re.compile(r"[日晚早]报|报社|原创|记者|通讯员|报道|讯|来源|网|电视台|电台")
PLACE_SUFFIX_RE = re.compile(r"[市区县旗盟州镇乡]?代表[团组]$")
# "王某在甲区代表团审议时说": the delegation named right after the name, where the delegate speaks;
# "刘某随天津代表团赴京": the delegation the deputy travels with.
DELEGATION_AFTER_NAME_RE = re.compile(
    rf"(?:在|参加)([{CJK}]{{2,12}}?代表[团组])(?:的)?(?:审议|讨论|分组|全体会议|小组)"
    rf"|(?:随|随同|跟随)([{CJK}]{{2,12}}?代表团)(?:一起|一同)?(?:赴京|进京|抵京|抵达|出发|乘|前往|启程|到达)"
)


def delegation_after_name(text: str, end: int) -> str:
    """The delegation the sentence places the delegate in right after the name (``在甲区代表团审议时``)."""
    match = DELEGATION_AFTER_NAME_RE.match(text, end)
    return trim_delegation(match.group(1) or match.group(2)) if match else ""


def trim_delegation(delegation: str) -> str:
    """``参加岚江代表团`` → ``岚江代表团``: words before the delegation's place are cut, at the last
    word that leaves a place of two characters or more (在和平区代表团 → 和平区代表团, not 平区代表团)."""
    delegation = COUNT_LEAD_RE.sub("", LIST_NUMBER_RE.sub("", delegation))
    credits = list(CREDIT_WORD_RE.finditer(delegation))
    if credits and len(PLACE_SUFFIX_RE.sub("", delegation[credits[-1].end() :])) >= 2:
        delegation = delegation[credits[-1].end() :]  # 某某日报原创 + 某某代表团: the source line run into it
    for match in reversed(list(LEAD_WORD_RE.finditer(delegation))):
        rest = delegation[match.end() :]
        # 贵州代表团, 福州代表团 (a city whose short name ends in a place suffix)
        if len(rest) <= 17 and (len(PLACE_SUFFIX_RE.sub("", rest)) >= 2 or rest[:-3] in PROVINCES or rest[:-3] in prefectures()):
            return rest
    return delegation


# "【固原代表团】" alone on a line: the entries under it are that delegation's deputies.
HEADER_RE = re.compile(rf"^[【\[]?\s*([{CJK}]{{2,12}}?代表[团组])\s*[】\]]?$")


def assign_header_delegations(view: str, blocks: list[Block], mentions: list[Mention]) -> list[Mention]:
    """A header line ``【X代表团】`` gives its delegation to the deputies of the entries right under it,
    each a line that opens with a deputy's name (甲代表（…）：关于…的建议), until a line that does not
    (此外，…) or the next header. A deputy whose own sentence names a delegation keeps it.

    An article that names one delegation only (新疆代表团在驻地举行全体会议) does not give it to every
    deputy it quotes: the answer keys of unseen, holdout1, blind2 and shapes2 leave such deputies
    without one, those of holdout2 and holdout3 give it; the text does not put them in it.
    """
    by_start: dict[int, str] = {}
    header = ""
    for block in blocks:
        line = view[block.start : block.end].strip()
        found = HEADER_RE.match(line)
        if found:
            header = trim_delegation(found.group(1))
            continue
        if header and not any(m.start == block.start for m in mentions):
            header = ""
        if header:
            by_start.update((m.start, header) for m in mentions if block.start <= m.start < block.end)
    return [replace(m, delegation=by_start[m.start]) if m.role == "deputy" and not m.delegation and m.start in by_start
            else m for m in mentions]
