"""The level of a session the text names nowhere, or names only in people's posts: from the
delegations that meet at it, whom its delegates work for, what the page says of the meeting, and
the place the page calls its own; last, from the bodies the posts name (杭州市政协副主席 in a page on the
national conference names no municipal session)."""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import prefecture_re, prefectures
from .lexicon import PROVINCE_FULL, PROVINCES
from .results import Mention


def unnamed_level(view: str, mentions: list[Mention], post_level: str = "unknown") -> str:
    """The first level the evidence gives, in order of trust; ``post_level`` (the level of the bodies
    that people's posts name) when nothing else does."""
    for level in (level_from_delegations(mentions), level_from_reach(mentions), level_from_wording(view),
                  level_from_locality(view)):
        if level != "unknown":
            return level
    return post_level


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


NATIONAL_BODY_RE = re.compile(r"^(?:中国|国家|中华全国|中央)")


def level_from_reach(mentions: list[Mention]) -> str:
    """The level of a session the text names nowhere, from whom its delegates work for: people of
    national institutions (中国工程院院士, 国家电网…) or of two provinces (北京…大学, 四川…) meet only
    at the national congress and conference. ``unknown`` without such evidence."""
    provinces: set[str] = set()
    for mention in mentions:
        for part in re.split(r"[、，,]", mention.affiliation):
            if NATIONAL_BODY_RE.match(part):
                return "national"
            short = next((p for p in PROVINCES if part.startswith(p)), "")
            place = prefecture_re().match(part)
            provinces.add(PROVINCE_FULL.get(short, short + "省") if short else prefectures()[place.group(1)][1] if place else "")
    provinces.discard("")
    return "national" if len(provinces) >= 2 else "unknown"


# 为我县经济社会发展建言, 全市人民: the page speaks of its own place, whose body meets.
LOCALITY_RE = re.compile(r"(?:我|全|本)(县|旗|市|州|盟|省)(?![长委政])")
LOCALITY_LEVEL = {"县": "county", "旗": "county", "市": "municipal", "州": "municipal", "盟": "municipal", "省": "regional"}


def level_from_locality(view: str) -> str:
    """The level of a session the text names without its place (政协九届一次会议), from the place the
    page calls its own (我县, 全市); ``unknown`` when it calls none, or two kinds as often."""
    counts = Counter(LOCALITY_LEVEL[m.group(1)] for m in LOCALITY_RE.finditer(view))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return "unknown"
    return ranked[0][0]


# 共商国是, 进京参会, 在京开幕: only the national sessions are 国是 (the nation's affairs) and met in Beijing
# by people who come there (赴京 / 进京 / 抵京); 中国是… is no such word.
# The premier's work report (李克强总理所作的政府工作报告) and ministries hearing the delegates (国家有关部委负责人到会
# 听取意见) are the national congress's too, and so is the Great Hall of the People (人民大会堂) they meet in.
NATIONAL_WORDING_RE = re.compile(r"(?:共商|参与|参议|议|建言|心系|关心|关注|谋|论)国是|国是建言|[赴进抵]京|在京(?:召开|开幕|闭幕|举行)"
                                 r"|总理(?:所作|作)的?政府工作报告|国家有关部(?:委|门)负责(?:人|同志)|人民大会堂")


def level_from_wording(view: str) -> str:
    """The level of a session the text names nowhere, from what it says of the meeting: ``national``
    when it speaks of 国是 or of coming to Beijing for it, else ``unknown``."""
    return "national" if NATIONAL_WORDING_RE.search(view) else "unknown"
