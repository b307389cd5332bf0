"""Clauses and levels: the clause before or after a role word, and the level its words give."""

from __future__ import annotations

import re

from .affiliations import POSITION_MARKER_RE, title_end
from .lexicon import CJK, CLAUSE_BREAK, MUNICIPALITIES, PROVINCES
from .text import is_cjk

NATIONAL_END_RE = re.compile(r"全国$|十[一二三四五六]届全国$|第十[一二三四五六]届全国$")


RESIDENCE_END_RE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[的、和与及，,])[驻住][\u4e00-\u9fff]$")


def level_of(prefix: str, session_level: str) -> str:
    """The level from the words right before 人大代表 / 政协委员."""
    prefix = prefix[-12:]
    if prefix.endswith("级") and prefix[-2:-1] in "省市州盟县旗区":
        prefix = prefix[:-1]  # 市级人大代表, 旗级人大代表: the level word with 级 after it
    if prefix.endswith(("港区", "澳区")) and level_of(prefix[:-2], ""):
        return level_of(prefix[:-2], "")  # 山东省澳区政协常委: Macao's members of a province's committee
    if prefix.endswith(("全国", "港区", "澳区", "台湾省", "台湾")) or NATIONAL_END_RE.search(prefix):
        return "national"  # 港区人大代表: Hong Kong's deputies to the national congress (台湾省: Taiwan's delegation)
    if prefix.endswith("自治区") or prefix.endswith("省"):
        return "regional"
    if prefix.endswith("市"):
        if any(prefix.endswith(m + "市") for m in MUNICIPALITIES):
            return "regional"
        return "municipal"
    if RESIDENCE_END_RE.search(prefix):
        return "national"  # 驻晋委员, 住湘委员: the national members who live in the province
    if prefix.endswith(("香港", "澳门", "港澳")):
        return session_level  # 澳门委员 of 莆田市政协: Hong Kong's or Macao's members of whichever committee meets
    for province in PROVINCES:
        if prefix.endswith(province):
            return "regional"
    if prefix.endswith(("盟", "州", "地区")):
        return "municipal"
    if prefix.endswith(("县", "旗", "区")):
        return "county"
    return session_level


LEADING_MARKS = frozenset(" \u3000、■□●◆◇▲△▶►★☆•▪")
LIST_NUMBER_RE = re.compile(r"[0-9０-９]{1,3}[.．、]\s*")
INNER_PARENTHESIS_RE = re.compile(rf"[（(]([{CJK}]{{2,8}})[）)](?=[{CJK}])")


# A quoted name inside a unit's (香港“一国两制”研究中心, “两弹一星”精神宣讲工作室): the quote, then the unit's own word.
QUOTED_NAME_RE = re.compile(rf"[“「]([^“”「」，,。；;：:\n]{{2,10}})[”」](?=[{CJK}]{{0,10}}?"
                            r"(?:中心|工作室|研究院|研究所|研究会|协会|基金会|公司|集团|学院|大学|学校|医院|精神|宣讲|品牌|工程|项目|团队|联盟"
                            r"|工委|委员会|办公室|领导小组|党委|党组|支部))")  # 省委“两新”工委副书记
ROLE_IN_QUOTES_RE = re.compile(r"代表|委员|委員|常委")
QUOTING_VERBS = frozenset("作做说讲称叫为是以把将让")  # 甲作“做强茶叶品牌”的发言: the quote is what is said or done
PUBLICATION_START_RE = re.compile(rf"《[^《》，,。；;\n]{{2,12}}》(?=[{CJK}])")


def clause_after(text: str, start: int) -> str:
    """The clause from ``start`` to the next comma, stop or bracket. A short bracket inside an
    organization's name (北京德恒(石家庄)律师事务所) does not end it; a position (左) or an
    affiliation printed after a name (蒲晓东（…总经理）) does."""
    end = start
    while True:
        match = CLAUSE_BREAK.search(text, end)
        if not match:
            return text[start:].rstrip(" \u3000")
        titled = PUBLICATION_START_RE.match(text, match.start()) if match.start() == start else None
        if titled:  # 《某某晚报》编委孙某: a paper's title opens the posts
            end = titled.end()
            continue
        quoted = QUOTED_NAME_RE.match(text, match.start())
        if (quoted and (match.start() == start or is_cjk(text[match.start() - 1]) and text[match.start() - 1] not in QUOTING_VERBS)
                and not ROLE_IN_QUOTES_RE.search(quoted.group(1))):
            end = quoted.end()  # 香港“一国两制”研究中心研究总监, “两弹一星”红色文化宣讲工作室: a quoted name inside a unit's
            continue
        inner = INNER_PARENTHESIS_RE.match(text, match.start())
        if not inner or match.start() == start or not is_cjk(text[match.start() - 1]):
            return text[start : match.start()].rstrip(" \u3000")
        if POSITION_MARKER_RE.fullmatch(inner.group(1)) or (title_end(inner.group(1)) and not title_end(text[start : match.start()])):
            return text[start : match.start()].rstrip(" \u3000")  # 副校长（副院长）: a title's other name goes on
        end = inner.end()


def clause_before(text: str, end: int) -> tuple[str, int]:
    """The clause that ends at ``end`` (back to the previous comma, stop or quote) and where it starts."""
    start = end
    while start > 0 and not CLAUSE_BREAK.match(text[start - 1]) and text[start - 2 : start] not in ("  ", "\u3000\u3000"):
        start -= 1
    while start < end and text[start] in LEADING_MARKS:  # ”、汪某委员: the list's mark after a quote; ■陈某委员: a bullet
        start += 1
    number = LIST_NUMBER_RE.match(text, start, end)  # 1.张某代表提出的…: an item's number
    if number:
        start = number.end()
    return text[start:end], start


# 州政协委员、某学院甲教授，州人大代表、乙…: the next clause opens another entry of role and posts.
NEXT_ROLE_ENTRY_RE = re.compile(r"[，,][^，,。；;：:]{0,8}?(?:人大代表|政协委员|政协常委)、")


def entry_end(text: str, end: int) -> str:
    """"说" when the clause ending at ``end`` is one entry of a list of delegates, each a role and its
    posts set apart by commas: its title may end it as a verb would; else ""."""
    return "说" if NEXT_ROLE_ENTRY_RE.match(text, end) else ""


# 某主任与李某代表深入交流, 甲同乙委员座谈: 与 before a verb of meeting says "with", so the name before it
# is the host who meets the delegate, not one of two delegates.
MEETING_VERB_RE = re.compile(r"(?:深入|亲切|面对面|一起)?(?:交流|交谈|座谈|握手|合影)")
PARTNER_RE = re.compile(r"^.*[与同]")


def partner_cut(text: str, before: str, start: int, role_end: int) -> tuple[str, int]:
    """``before`` (starting at ``start``) from the name the role follows when the role is followed by
    a verb of meeting and ``before`` holds 与/同 (甲与乙代表深入交流 → 乙); else as it is."""
    match = PARTNER_RE.match(before) if MEETING_VERB_RE.match(text, role_end) else None
    cut = match.end() if match and match.end() < len(before) else 0
    return before[cut:], start + cut
