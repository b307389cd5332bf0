"""Delegate mentions: every place a delegate is named with a role, the level of that role, later
references by bare name, and one ``ParsedDelegate`` per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .affiliations import (
    POSITION_MARKER_RE,
    parenthetical_affiliation,
    split_affiliation,
    title_end,
    trim_lead_in,
)
from .delegations import delegation_in_sentence, split_delegation, trim_delegation
from .lexicon import (
    CJK,
    CLAUSE_BREAK,
    DELEGATION_THEN_ROLE_RE,
    GROUP_BEFORE_ROLE_RE,
    GROUP_RE,
    MUNICIPALITIES,
    NEXT_ROLE_RE,
    POST_ROLE_RE,
    PROFILE_RE,
    PROVINCES,
    ROLE_RE,
    ROLE_WORDS,
)
from .names import Reader, name_list, spaced_transliteration
from .results import ParsedDelegate
from .text import is_cjk, normalize_name, simplified_view


@dataclass(frozen=True)
class Mention:
    name: str
    start: int  # offset of the name in the stored text
    end: int
    role: str = ""
    level: str = ""
    affiliation: str = ""
    delegation: str = ""
    full: bool = False  # an introduction (role stated), not just a later reference
    group: int = 0  # mentions introduced together (a joint proposal) share a group number
    score: float = 0.0

NATIONAL_END_RE = re.compile(r"全国$|十[一二三四五六]届全国$|第十[一二三四五六]届全国$")


def _level_of(prefix: str, session_level: str) -> str:
    """The level from the words right before 人大代表 / 政协委员."""
    prefix = prefix[-12:]
    if prefix.endswith("全国") or NATIONAL_END_RE.search(prefix):
        return "national"
    if prefix.endswith("自治区") or prefix.endswith("省"):
        return "regional"
    if prefix.endswith("市"):
        if any(prefix.endswith(m + "市") for m in MUNICIPALITIES):
            return "regional"
        return "municipal"
    for province in PROVINCES:
        if prefix.endswith(province):
            return "regional"
    if prefix.endswith(("盟", "州", "地区")):
        return "municipal"
    if prefix.endswith(("县", "旗", "区")):
        return "county"
    return session_level


INNER_PARENTHESIS_RE = re.compile(rf"[（(]([{CJK}]{{2,8}})[）)](?=[{CJK}])")


def _clause_after(text: str, start: int) -> str:
    """The clause from ``start`` to the next comma, stop or bracket. A short bracket inside an
    organization's name (北京德恒(石家庄)律师事务所) does not end it; a position (左) or an
    affiliation printed after a name (蒲晓东（…总经理）) does."""
    end = start
    while True:
        match = CLAUSE_BREAK.search(text, end)
        if not match:
            return text[start:].rstrip(" \u3000")
        inner = INNER_PARENTHESIS_RE.match(text, match.start())
        if not inner or match.start() == start or not is_cjk(text[match.start() - 1]):
            return text[start : match.start()].rstrip(" \u3000")
        if POSITION_MARKER_RE.fullmatch(inner.group(1)) or title_end(inner.group(1)):
            return text[start : match.start()].rstrip(" \u3000")
        end = inner.end()


def _clause_before(text: str, end: int) -> tuple[str, int]:
    """The clause that ends at ``end`` (back to the previous comma, stop or quote) and where it starts."""
    start = end
    while start > 0 and not CLAUSE_BREAK.match(text[start - 1]) and text[start - 2 : start] not in ("  ", "\u3000\u3000"):
        start -= 1
    while start < end and text[start] in " \u3000":
        start += 1
    return text[start:end], start


LIST_CONTINUES_RE = re.compile(r"(?:[（(][左右中前后起一二三四五六七八九十、]{1,6}[）)])?[、和与及]")
ROLE_SEPARATOR_RE = re.compile(r"[、，,]\s*|\s+")
CONJUNCTION_END_RE = re.compile(r"[和与及、]$")
COMMA_RE = re.compile(r"[，,]")
POST_VERB_START_RE = re.compile(r"^(?:现任|现为|任|系|是|担任)")
NOT_A_NAME_END_RE = re.compile(r"(人大|政协|全国|自治区|省|市|县|各位|广大|与会|基层|等)$")
HEAD_COUNT_END_RE = re.compile(r"等?[0-9０-９一二两三四五六七八九十]+(?:位|名)$")


def find_mentions(reader: Reader, session_level: str) -> list[Mention]:
    """Every place a delegate is named with a role, in text order."""
    text = reader.text
    mentions: list[Mention] = []

    def add(m: Mention) -> None:
        for other in mentions:
            if other.start < m.end and m.start < other.end:
                if (m.full, bool(m.affiliation), bool(m.delegation)) > (other.full, bool(other.affiliation), bool(other.delegation)):
                    mentions.remove(other)
                    break
                return
        mentions.append(m)

    def add_names(names: list[tuple[int, str]], base: int, role: str, level: str, delegation: str, score: float) -> None:
        group = reader.next_group()
        for offset, name in names:
            add(Mention(name, base + offset, base + offset + len(name), role, level, "", delegation, True, group, score))
        _continue_list(base + names[-1][0] + len(names[-1][1]), role, level, group)

    def _continue_list(end: int, role: str, level: str, group: int) -> None:
        # "比其格图(右)与…", "巴图孟和(左)、高岚在驻地交流": more people after a position marker.
        match = LIST_CONTINUES_RE.match(text, end)
        if not match:
            return
        start = match.end()
        clause = _clause_after(text, start)
        names = name_list(reader, clause, minimum=1)
        for offset, name in names:
            add(Mention(name, start + offset, start + offset + len(name), role, level, "", "", True, group, 3))
        if names:
            _continue_list(start + names[-1][0] + len(names[-1][1]), role, level, group)

    # 1. ROLE、AFFILIATION NAME verb   /   ROLE NAME verb   /   ROLE NAME、NAME verb
    for role_match in ROLE_RE.finditer(text):
        role = ROLE_WORDS[role_match.group(1)]
        line_start = text.rfind("\n", 0, role_match.start()) + 1
        prefix = text[line_start : role_match.start()]
        if GROUP_BEFORE_ROLE_RE.search(prefix):
            continue  # 赵明远等30名全国人大代表: the group pattern below reads it
        level = _level_of(prefix, session_level)
        after = role_match.end()
        separator = ROLE_SEPARATOR_RE.match(text, after)
        if separator:
            after = separator.end()
        clause = _clause_after(text, after)
        # A clause holds one role: "…董事长宋立国和全国政协常委、…院长上官秀兰" names two people.
        next_role = NEXT_ROLE_RE.search(clause)
        if next_role:
            clause = CONJUNCTION_END_RE.sub("", clause[: next_role.start()])
        if not clause:
            continue
        names = name_list(reader, clause)
        if names:
            add_names(names, after, role, level, "", 5)
            continue
        options = reader.candidates(clause)
        if not options:
            # An affiliation ending in a title we do not know (…研究馆员娜仁高娃说): accept it only
            # when the name is well attested.
            options = [c for c in reader.candidates(clause, need_title=False) if c.score >= 2.5]
        if options and options[0].score > 0:
            best = options[0]
            group = reader.next_group()
            start = after + best.offset
            affiliation = best.affiliation or parenthetical_affiliation(text, start + len(best.name))
            add(Mention(best.name, start, start + len(best.name), role, level, affiliation,
                         delegation_in_sentence(text, start), True, group, best.score))
            _continue_list(start + len(best.name), role, level, group)

    # 1b. Profiles put the name first: "樊守田，…村党支部书记，自治区人大代表。",
    #     "萨如拉，自治区政协委员，…主管护师。", "毕力格图，男，蒙古族，…现任…站长，自治区人大代表。"
    for profile in PROFILE_RE.finditer(text):
        name = normalize_name(profile.group("name"))
        if reader.name_score(name, "，") is None:
            continue
        segments = [seg.strip() for seg in COMMA_RE.split(profile.group("rest"))]
        roles = [ROLE_RE.search(seg) for seg in segments]
        role_index = next((i for i, m in enumerate(roles) if m and m.end() == len(segments[i])), None)
        if role_index is None:
            continue
        role_match = roles[role_index]
        role = ROLE_WORDS[role_match.group(1)]
        level = _level_of(segments[role_index][: role_match.start()], session_level)
        affiliation = ""
        for segment in segments:
            candidate = POST_VERB_START_RE.sub("", segment)
            if candidate and not ROLE_RE.search(candidate) and title_end(candidate):
                affiliation = candidate
        start = profile.start("name")
        add(Mention(name, start, start + len(profile.group("name")), role, level, affiliation, "", True,
                     reader.next_group(), 6))

    # 2. [AFFILIATION] NAME代表 / NAME委员 — the title before the name, the role after it.
    for post in POST_ROLE_RE.finditer(text):
        before, clause_start = _clause_before(text, post.start())
        if not before or NOT_A_NAME_END_RE.search(before):
            continue
        role = "deputy" if post.group(1) == "代表" else "member"
        before, clause_start, delegation = split_delegation(before, clause_start)
        # "吴海燕、郑志刚两位代表": a count before the role word is not part of a name.
        before = HEAD_COUNT_END_RE.sub("", before)
        if not before:
            continue
        # Between 代表团 and 代表 a name needs no surname to be believed (阿拉坦旗代表团宝音代表).
        names = name_list(reader, before + "说", minimum=1 if delegation else 2, single_bar=-1.6 if delegation else 1.5)
        if names and (len(names) > 1 or delegation):
            add_names(names, clause_start, role, session_level, delegation, 6 if delegation else 5)
            continue
        # Words before the name that are no title (中国科学院学部委员) make a weak reading: keep it
        # only for a name the text repeats.
        options = [
            c for c in reader.candidates(before, need_title=False)
            if c.offset + len(c.name) == len(before) and (not c.affiliation or title_end(c.affiliation) or c.score >= 2.5)
        ]
        if not options or options[0].score <= 0:
            continue
        best = options[0]
        affiliation = trim_lead_in(best.affiliation) if title_end(best.affiliation) else ""
        start = clause_start + best.offset
        add(Mention(best.name, start, start + len(best.name), role, session_level, affiliation,
                     delegation or delegation_in_sentence(text, start), bool(affiliation), reader.next_group(),
                     best.score))

    # 2b. "广东代表团代表黄志明说": the role word stands between the delegation and the name.
    for match in DELEGATION_THEN_ROLE_RE.finditer(text):
        before, _ = _clause_before(text, match.start(1))
        delegation = trim_delegation(before + "代表团")
        after = match.end()
        clause = _clause_after(text, after)
        names = name_list(reader, clause, minimum=1, single_bar=-1.6)
        if names:
            add_names(names, after, "deputy", session_level, delegation, 6)

    # 3. 冯锋等12名代表, 萨仁、刘长河等代表: the named signatories of a group.
    for group_match in GROUP_RE.finditer(text):
        before, clause_start = _clause_before(text, group_match.start())
        before, clause_start, delegation = split_delegation(before, clause_start)
        role = "deputy" if "代表" in group_match.group(2) else "member"
        level = _level_of(group_match.group(1) or "", session_level) if group_match.group(1) else session_level
        names = name_list(reader, before + "说", minimum=1)
        if not names:
            options = [c for c in reader.candidates(before, need_title=False) if c.offset + len(c.name) == len(before)]
            names = [(options[0].offset, options[0].name)] if options and options[0].score > 0 else []
        if names:
            add_names(names, clause_start, role, level, delegation, 4)

    mentions.sort(key=lambda m: m.start)
    return mentions

def find_references(text: str, names: Iterable[str], skip: list[Mention]) -> list[tuple[int, str]]:
    """Later mentions of already-introduced delegates by bare name (毛光辉说)."""
    taken = [(m.start, m.end) for m in skip]
    found = []
    for name in sorted(set(names), key=len, reverse=True):
        # str.find, not a regex per name: thousands of one-off patterns would flush re's cache.
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s <= start < e for s, e in taken):
                taken.append((start, end))
                found.append((start, name))
            start = text.find(name, end)
    return sorted(found)

LAYOUT_SPACE_RE = re.compile(rf"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])")

def merge_delegates(mentions: list[Mention], view: str = "", original: str = "") -> dict[str, ParsedDelegate]:
    """One record per name in the article, from its fullest introduction; keyed by the name as read
    in the simplified ``view``. Name, affiliation and delegation are given as ``original`` prints
    them (traditional characters kept), with the simplified name beside."""
    best: dict[str, Mention] = {}
    first: dict[str, Mention] = {}
    delegation: dict[str, str] = {}
    for m in mentions:
        first.setdefault(m.name, m)
        if m.delegation:
            delegation.setdefault(m.name, m.delegation)
        current = best.get(m.name)
        rank = (bool(m.affiliation), m.full, m.score)
        if current is None or rank > (bool(current.affiliation), current.full, current.score):
            best[m.name] = m
    result = {}
    for name in sorted(best, key=lambda n: first[n].start):
        m = best[name]
        printed = _printed_name(first[name], view, original)
        affiliation = LAYOUT_SPACE_RE.sub("", _as_printed(m.affiliation, m.start, view, original))  # "岷江市 市长" is layout
        organization, title = _split_printed(affiliation)
        result[name] = ParsedDelegate(
            name=printed, role=m.role or "other", level=m.level or "unknown", affiliation=affiliation,
            organization=organization, title=title,
            delegation=_as_printed(delegation.get(name, ""), m.start, view, original), start=first[name].start,
            simplified_name=name,
        )
    return result


def _split_printed(affiliation: str) -> tuple[str, str]:
    """``split_affiliation`` judged on the simplified form, cut from the printed one."""
    if not affiliation:
        return "", ""
    simplified = simplified_view(affiliation)
    organization, title = split_affiliation(simplified)
    if simplified == affiliation:
        return organization, title

    def cut(part: str) -> str:
        at = simplified.rfind(part) if part else -1
        return affiliation[at : at + len(part)] if at >= 0 else part

    return cut(organization), cut(title)


def _printed_name(mention: Mention, view: str, original: str) -> str:
    """The name as the page prints it: traditional characters and its own middle dot kept (古丽娜尔•艾买提),
    layout spaces dropped unless a space stands for the dot (艾合买提江 托乎提)."""
    span = original[mention.start : mention.end].strip() if original else ""
    if not span or normalize_name(view[mention.start : mention.end]) != mention.name:
        return mention.name
    if spaced_transliteration(simplified_view(span)):
        return " ".join(span.split())
    return "".join(span.split())


def _as_printed(words: str, near: int, view: str, original: str, reach: int = 300) -> str:
    """``words`` as ``original`` prints them, found in ``view`` (same offsets) closest before ``near``,
    or else after it; unchanged when the page prints them in simplified characters or not at all."""
    if not words or not original or view == original:
        return words
    at = view.rfind(words, max(0, near - reach), near + len(words))
    if at < 0:
        at = view.find(words, near, near + reach)
    return original[at : at + len(words)] if at >= 0 else words
