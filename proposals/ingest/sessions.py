"""Session, date and newspaper: which two-sessions meeting the article covers, and its header's date.
"""

from __future__ import annotations

import re
from collections import Counter

from .layout import DATELINE_RE
from .lexicon import CJK, DATE_RE, MUNICIPALITIES, PROVINCE_FULL, PROVINCES, YEAR_RE
from .results import Mention, SessionGuess

NEWSPAPER_RE = re.compile(r"《([^》]{2,12}(?:日报|晚报|时报|新闻|周刊|报))》|来源[:：]\s*([^\s]{2,12}(?:日报|晚报|时报|报))")

# 全国人大十四届二次会议, 省十三届人大四次会议, 自治区政协会议: the body that meets gives the level.
MEETING_RE = re.compile(
    r"(全国|自治区|省|市|县|旗)(?:第?[一二三四五六七八九十]+届)?(?:人大|政协)"
    r"(?:[\u4e00-\u9fff]{0,4}届[\u4e00-\u9fff]{0,4}次|[一二三四五六七八九十]+次)?(?:会议|全体会议)"
)


def guess_session(text: str, mentions: list[Mention]) -> SessionGuess:
    explicit = Counter()
    for match in re.finditer(r"(全国|自治区|省|市|县|旗)两会", text):
        explicit[{"全国": "national", "自治区": "regional", "省": "regional", "市": "municipal"}.get(match.group(1), "county")] += 1
    for match in MEETING_RE.finditer(text):
        explicit[{"全国": "national", "自治区": "regional", "省": "regional", "市": "municipal"}.get(match.group(1), "county")] += 1
    levels = Counter(m.level for m in mentions if m.level and m.level != "unknown")
    if explicit:
        level = explicit.most_common(1)[0][0]
    elif levels:
        level = levels.most_common(1)[0][0]
    elif "全国两会" in text:
        level = "national"
    else:
        level = "unknown"
    years = [int(y) for y in YEAR_RE.findall(text) if 2000 <= int(y) <= 2100]
    dates = DATE_RE.findall(text[:300])
    if dates:
        year = int(dates[0][0])
    else:
        year = max(years) if years else None
    region = ""
    if level in ("regional", "municipal", "county"):
        counts = Counter({p: text.count(p) for p in PROVINCES if p in text})
        if counts:
            top = counts.most_common(1)[0][0]
            region = PROVINCE_FULL.get(top, top + "省")
    if level == "municipal":
        city = Counter(re.findall(rf"([{CJK}]{{2,5}}(?:市|盟|州))(?:两会|人大|政协)", text))
        if city:
            region = city.most_common(1)[0][0]
    return SessionGuess(year, level_within(region, level), region)


ISO_DATE_RE = re.compile(r"(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")


def published_on(head: str) -> str | None:
    """The date in the page's header: a dateline at the very top, or one labelled 日期 / 发布时间.

    ``head`` is the raw text's beginning: those header lines are dropped as clutter later."""
    head = head[:400]
    for pattern in (DATE_RE, ISO_DATE_RE):
        for match in pattern.finditer(head):
            line_start = head.rfind("\n", 0, match.start()) + 1
            label = head[line_start : match.start()]
            line_end = head.find("\n", match.end())
            line = head[line_start : line_end if line_end >= 0 else len(head)]
            if match.start() < 40 or re.search(r"日期|发布|时间|刊发|出版", label) or DATELINE_RE.match(line):
                year, month, day = (int(g) for g in match.groups())
                if 1 <= month <= 12 and 1 <= day <= 31:
                    return f"{year:04d}-{month:02d}-{day:02d}"
    return None


MUNICIPALITY_REGIONS = frozenset(PROVINCE_FULL[m] for m in MUNICIPALITIES)


def level_within(region: str, level: str) -> str:
    """In a municipality under the central government (天津市), its 市人大/市政协 are provincial:
    ``municipal`` there means ``regional``."""
    return "regional" if level == "municipal" and region in MUNICIPALITY_REGIONS else level


def level_from_delegations(mentions: list[Mention]) -> str:
    """The level a session must have when the text names none, from the delegations that meet at it:
    provinces (内蒙古代表团) meet at the national congress, cities and leagues (锡林郭勒盟代表团) at a
    province's, districts and counties at a city's, towns at a county's."""
    levels: Counter[str] = Counter()
    for mention in mentions:
        place = mention.delegation.removesuffix("代表团")
        if not place:
            continue
        if place in PROVINCES or place in PROVINCE_FULL.values() or place.removesuffix("省") in PROVINCES:
            levels["national"] += 1
        elif place.endswith(("盟", "州", "地区", "市")):
            levels["regional"] += 1
        elif place.endswith(("县", "区", "旗")):
            levels["municipal"] += 1
        elif place.endswith(("镇", "乡", "苏木", "街道")):
            levels["county"] += 1
    return levels.most_common(1)[0][0] if levels else "unknown"
