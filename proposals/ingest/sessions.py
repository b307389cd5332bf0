"""Session pass: which two-sessions meeting an article covers (year, level, region).

The level and region come from the body that meets (广东省人民代表大会, 全国政协, 济南市人大, 某某县两会),
never from a place name elsewhere in the text (吉林镇 is not 吉林省). The year comes, in order, from
the article's date (given, in its header or in its URL), the meeting's 届次 through the table of when
each body's term began (``proposals/data/session_terms.json``), a year printed with the meeting
(2024年全国两会), a full date in the text (2024年3月5日) or a year noted beside the sidecar's title. When
nothing says it, the year is None (年份不详), never the current year.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .evidence import name_evidence
from .gazetteer import counties, counties_named, known_places, prefectures, prefectures_named
from .lexicon import DATE_RE, MUNICIPALITIES, PROVINCE_FULL, PROVINCES
from .results import Mention, SessionGuess
from .tokenizer import Segmenter, shared_segmenter
from .vocabulary import DATA_DIR

NUMERAL = "一二三四五六七八九十"
N = rf"[{NUMERAL}]{{1,3}}|\d{{1,2}}"
BODY = r"人大|人民代表大会|政协|政治协商会议|两会"
# 十四届全国人大二次会议, 全国政协十四届三次会议, 第十四届全国人民代表大会第二次会议, 全国两会.
NATIONAL_RE = re.compile(
    rf"(?:第?(?P<t1>{N})届)?全国[“\"]?(?P<body>人大|人民代表大会|政协|两会)[”\"]?(?:第?(?P<t2>{N})届)?(?:第?(?P<n>{N})次)?"
    rf"(?P<meet>会议|全体会议|开幕|闭幕|召开)?"
    rf"|政协第?(?P<t3>{N})届全国委员会(?:第?(?P<n3>{N})次)?(?P<meet3>会议)?"
)
# 广东省第十四届人民代表大会第二次会议, 省十三届人大四次会议, 济南市政协, 泉州市洛江区两会, 政协某某县委员会.
PLACE_SUFFIX = "省|自治区|市|县|旗|区|盟|州"
# Matched from the place's suffix: the place is the run of up to PLACE_REACH characters before it.
LOCAL_RE = re.compile(
    rf"(?P<suffix>{PLACE_SUFFIX})(?:第?(?P<t1>{N})届)?(?:(?P<body>{BODY})|[“\"「](?P<quoted>两会)[”\"」])"  # 吉林省“两会”
    rf"(?!代表团)(?:第?(?P<t2>{N})届)?(?:第?(?P<n>{N})次)?(?P<meet>会议|全体会议|开幕|闭幕|召开)?"
)
PLACE_SUFFIXES = tuple(PLACE_SUFFIX.split("|"))
PLACE_REACH = 20  # 积石山保安族东乡族撒拉族自治县
# Verbs that stand right before a body's name (被任命为某区人大…委员, 莅临某市政协会议): no part of its place.
VERBS_BEFORE_BODY = frozenset(("任命", "任命为", "当选", "当选为", "选举", "出席", "列席", "参加", "亮相", "莅临", "走进", "来到"))
# 杭州市政协副主席, 省人大常委会副主任: a body named in someone's post, not a meeting of it.
POST_OF_BODY_RE = re.compile(rf"(?:{PLACE_SUFFIX})?(?:{BODY})(?:常委会|常务委员会)?(?:党组)?(?:副?主席|副?秘书长|常委|副?主任|党组书记)")
# 政协泉州市洛江区第七届委员会第五次会议, 政协曲靖市第五届委员会, 中国人民政治协商会议上海市静安区第二届委员会.
COMMITTEE_RE = re.compile(
    rf"(?:政协|中国人民政治协商会议)(?:第?(?P<t0>{N})届)?(?P<place>[\u4e00-\u9fff]{{1,10}}?(?:{PLACE_SUFFIX}))(?:第?(?P<t1>{N})届)?委员会"
    rf"(?:第?(?P<n>{N})次)?(?P<meet>会议)?"
)
# A province by its short name or nickname before 两会: 粤两会, 龙江两会, 冀两会.
NICKNAMES = {
    "粤": "广东省", "龙江": "黑龙江省", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区", "辽": "辽宁省", "吉": "吉林省",
    "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省",
    "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "桂": "广西壮族自治区", "琼": "海南省", "渝": "重庆市", "川": "四川省",
    "黔": "贵州省", "滇": "云南省", "藏": "西藏自治区", "陕": "陕西省", "陇": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区", "京": "北京市", "津": "天津市", "沪": "上海市",
    **{short: PROVINCE_FULL.get(short, short + "省") for short in PROVINCES},
}
NICKNAME_RE = re.compile(
    rf"(?<![\u4e00-\u9fff])({'|'.join(sorted((k for k in NICKNAMES if len(k) == 1), key=len))})[“\"]?两会"
    rf"|({'|'.join(sorted((k for k in NICKNAMES if len(k) > 1), key=len, reverse=True))})[“\"]?两会"
)
# Words a place name never starts with: what stands before it in a sentence (出席济南市政协, 5日济南市); 日喀则, 日照.
NOT_PLACE = re.compile(
    r"^(?:出席|列席|参加|参会|召开|举行|开幕|闭幕|来到|抵达|走进|当选|作为|来自|本届|本次|今年|昨天|今天|前往"
    r"|[在于与和及的是为到赴向对从由将了也都届次第暨即住、月年号名位]|日(?!喀则|照|土))|政协|人大|委员|代表|关注|参与|[\u4e00-\u9fff]*[说会议]$"
)
LEVEL_OF_SUFFIX = {"省": "regional", "自治区": "regional", "市": "municipal", "盟": "municipal", "州": "municipal",
                   "县": "county", "旗": "county", "区": "county"}
MUNICIPALITY_REGIONS = frozenset(PROVINCE_FULL[m] for m in MUNICIPALITIES)
FULL_PROVINCES = {PROVINCE_FULL.get(p, p + "省"): p for p in PROVINCES}
# 2024年全国两会, 2026年政府工作 (the year's work plan that the session adopts).
MEETING_YEAR_RE = re.compile(
    # 2003年当选全国人大代表以来, 2015年起担任: the year someone took office, not the session's
    # 2017年政协工作, 2023年自治区政协立案提案: the past year's work that a session reviews, not the session's
    r"((?:19|20)\d{2})\s*年(?!起|开始|以来)(?:(?!当选|担任|成为)[\u4e00-\u9fff]){0,10}?(?:两会|人大|政协|人民代表大会)"
    r"(?!工作|常委会|常务委员会|立案|提案|委员会工作)|((?:19|20)\d{2})\s*年的?政府工作"
)
YEAR_MONTH_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?![底末初中前]|份?(?:起|以来|以前|开始|之前|前后))")
# 省政协 in a page that calls the province by its short name: 安徽进入“两会时间” (but 吉林镇 is a town).
SHORT_NAME_RE = re.compile(rf"({'|'.join(PROVINCES)})(?![镇乡村县市区路街州盟旗大])")


@dataclass(frozen=True)
class Body:
    level: str
    region: str  # "" for national bodies and for bare 省/市 whose place is said elsewhere
    body: str  # 人大 | 政协 | 两会
    term: int | None
    sitting: int | None
    meeting: bool  # the phrase names a meeting (届次, 会议, 开幕, 两会), not just a role (省人大代表)
    start: int
    furniture: bool = False  # in the site's breadcrumb (网 > 2015全国两会 > …): the section the page is filed under


def numeral(value: str | None) -> int | None:
    """十四 → 14, 二 → 2, 3 → 3."""
    if not value:
        return None
    if value.isdigit():
        return int(value)
    digits = {c: i for i, c in enumerate(NUMERAL, start=1)}
    if "十" not in value:
        return digits.get(value) if len(value) == 1 else None
    tens, _, units = value.partition("十")
    return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(units, 0) if units else 0)


def body_word(word: str) -> str:
    return {"人民代表大会": "人大", "政治协商会议": "政协"}.get(word, word)


FUNCTION_CHARS = frozenset("来的在了是和与向对从把被将为以让使由经访")  # 经 + 市政协…协商: "through"; 专访 + 州人大代表


@lru_cache(maxsize=4096)  # the same places recur on every page of a paper
def region_of(place: str, segmenter: Segmenter) -> tuple[str, str]:
    """The level and region a place name before a body gives: 广东省 → regional 广东省, 省 → regional "",
    天津市 → regional 天津市, 泉州市洛江区 → county 泉州市洛江区. Words before the name are cut off."""
    suffix = next(s for s in ("自治区", *PLACE_SUFFIX.split("|")) if place.endswith(s))
    level = LEVEL_OF_SUFFIX[suffix]
    for full in FULL_PROVINCES:  # a province named in full: the words before it are none of its name
        if place.endswith(full):
            return "regional", full
    if place[:-len(suffix)] in PROVINCES:  # 广东省, 内蒙古自治区
        return "regional", PROVINCE_FULL.get(place[: -len(suffix)], place)
    if level == "regional":  # provinces are a closed list: 这让自治区 is a bare 自治区
        return level, ""
    if level == "county":
        county = next((place[i:] for i in range(max(0, len(place) - 20), len(place) - 2) if place[i:] in counties()), "")
        if county:  # 积石山保安族东乡族撒拉族自治县: a county the gazetteer knows, however long
            return level, county
    tokens = segmenter.cut(place)
    kept: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if kept and (NOT_PLACE.match(token) or token in name_evidence().times or sum(map(len, kept)) + len(token) > 10):
            break
        # 持续关注 + 省: a word, not a place, before a suffix that stands alone; but 重庆市 + 綦江 + 区 is one.
        # Not before a city's 市: 亳州 + 这些 + 市政协委员 is a city and a demonstrative.
        within = index > 0 and level != "municipal" and (tokens[index - 1] in FULL_PROVINCES or tokens[index - 1] in prefectures())
        if kept == [suffix] and len(token) >= 2 and token not in known_places() and not within:
            break
        if kept == [suffix] and (token in FUNCTION_CHARS or token in name_evidence().short_verbs):
            break  # 一年 + 来 + 市政协, 某某受 + 市人大常委会委托: a function word or a verb, no one-character place, before the suffix
        whole = _full_place("".join(kept)) or bool(kept) and kept[0].endswith(PLACE_SUFFIXES) and len(kept[0]) >= 3  # 重庆市 + 渝中区
        if kept and (whole and not _place_word(token) or token.endswith(tuple(VERBS_BEFORE_BODY))):
            break  # 亮相 + 广州市政协, 被任命 + 海珠区人大, 投票选举 + 顺德区: a whole place (a word with its suffix, 顺德区)
            # and a word that is none, or a verb
        kept.insert(0, token)
    name = "".join(kept)
    one_word = len(kept) == 1 and len(name) > len(suffix) + 1  # 都江堰市 is one word: its 都 is no adverb
    while not one_word and name and NOT_PLACE.match(name) and len(name) > len(suffix):
        name = name[len(NOT_PLACE.match(name).group()) :]
    if name in ("全" + suffix, "本" + suffix, "我" + suffix, "该" + suffix):
        name = suffix
    for full, short in FULL_PROVINCES.items():  # 内蒙古东乌珠穆沁旗 → 东乌珠穆沁旗
        for prefix in (full, short):
            if level in ("municipal", "county") and name.startswith(prefix) and len(name) - len(prefix) >= 3:
                name = name[len(prefix) :]
    if name == suffix or re.fullmatch(r"[省市县旗区盟州]+", name):  # 旗县两会, 各盟市: no one place
        return level, ""
    if level == "municipal" and name in MUNICIPALITY_REGIONS:
        return "regional", name
    if level == "municipal" and name in prefectures():  # 温州两会: a city by its short name
        name = prefectures()[name][0]
    return level, name


def _full_place(token: str) -> bool:
    """A division named whole in one word (广州市, 洛江区, 乌审旗): the gazetteer's full names."""
    return token in FULL_PROVINCES or prefectures().get(token, ("",))[0] == token or token in counties()


def _place_word(token: str) -> bool:
    """A word that may stand before a division in its name: a province or city above it (泉州市洛江区)."""
    return (token in FULL_PROVINCES or token in PROVINCES or token in prefectures() or token in known_places()
            or token in counties() or token.endswith(tuple(PLACE_SUFFIX.split("|"))))


PAGE_LABEL_RE = re.compile(r"^\s*(?:第\s*)?[0-9０-９A-Z]{1,3}\s*版\s*[:：]?|^\s*(?:上一版|下一版)")


def on_page_label(view: str, position: int) -> bool:
    """Whether ``position`` is on the line under an e-paper's page label (02版 …) or the line after it."""
    start = view.rfind("\n", 0, position) + 1
    if PAGE_LABEL_RE.match(view, start):
        return True
    previous = view.rfind("\n", 0, max(0, start - 1)) + 1
    return start > 0 and bool(PAGE_LABEL_RE.fullmatch(view[previous : start - 1].strip()))


# 中国某网 > 2015全国两会 > 两会与某地: a line of short sections set apart by arrows.
BREADCRUMB_RE = re.compile(r"[^\n>＞»›]{1,30}(?:[>＞»›][^\n>＞»›]{1,30})+")


def in_breadcrumb(view: str, position: int) -> bool:
    start = view.rfind("\n", 0, position) + 1
    end = view.find("\n", position)
    return bool(BREADCRUMB_RE.fullmatch(view[start : end if end >= 0 else len(view)].strip()))


def find_bodies(view: str, segmenter: Segmenter) -> list[Body]:
    bodies = []
    for match in NATIONAL_RE.finditer(view):
        if on_page_label(view, match.start()):
            continue  # 02版 决胜2020—全国两会特别报道: another page of the e-paper, in its navigation
        word = match.group("body") or "政协"
        meeting = bool(match.group("meet") or match.group("meet3") or match.group("t1") or match.group("t2")
                       or match.group("t3") or word == "两会")
        bodies.append(Body("national", "", body_word(word), numeral(match.group("t1") or match.group("t2") or match.group("t3")),
                           numeral(match.group("n") or match.group("n3")), meeting, match.start()))
    previous_end = 0
    for match in LOCAL_RE.finditer(view):
        begin = match.start()
        while begin > max(previous_end, match.start() - PLACE_REACH) and "\u4e00" <= view[begin - 1] <= "\u9fff":
            begin -= 1
        previous_end = match.end()
        place = view[begin : match.end("suffix")]
        if (place.endswith(("全国", "台湾省", "港区", "澳区")) or "全国" in place[-3:] or "港澳" in place or "香港" in place):
            continue  # 台湾省人大代表, 港澳地区政协委员, 港区人大选举: Taiwan's, Hong Kong's or Macao's people on another body
        level, region = region_of(place, segmenter)
        word = body_word(match.group("body") or match.group("quoted"))
        meeting = bool(match.group("meet") or match.group("t1") or match.group("t2") or word == "两会")
        bodies.append(Body(level, region, word, numeral(match.group("t1") or match.group("t2")),
                           numeral(match.group("n")), meeting, match.start()))
    for match in COMMITTEE_RE.finditer(view):
        level, region = region_of(match.group("place"), segmenter)
        term = numeral(match.group("t1") or match.group("t0"))  # 第十三届内蒙古自治区委员会: the term before the place
        bodies.append(Body(level, region, "政协", term, numeral(match.group("n")), True, match.start()))
    for match in NICKNAME_RE.finditer(view):
        region = NICKNAMES[match.group(1) or match.group(2)]
        level = "regional"
        bodies.append(Body(level, region, "两会", None, None, True, match.start()))
    bodies = [replace(b, meeting=False, furniture=True) if in_breadcrumb(view, b.start) else b for b in bodies]
    # In a municipality under the central government the bare 市 of 市十八届人大 is the province's.
    municipality = next((b.region for b in bodies if b.region in MUNICIPALITY_REGIONS), "")
    if municipality:
        bodies = [replace(b, level="regional") if b.level == "municipal" and not b.region else b for b in bodies]
    return bodies


@cache
def term_table() -> dict[tuple[str, str, str, int], int]:
    rows = json.loads((DATA_DIR / "session_terms.json").read_text("utf-8"))["terms"]
    return {(r["level"], r["region"], r["body"], r["term"]): r["began"] for r in rows}


def term_year(level: str, region: str, body: str, term: int | None, sitting: int | None) -> int | None:
    """The year of a body's N-th sitting of a term, when the table knows when the term began."""
    if term is None or sitting is None or sitting < 1:
        return None
    if body == "两会":  # 第十四届全国两会第二次会议: the congress and the conference share their numbering
        years = {term_year(level, region, b, term, sitting) for b in ("人大", "政协")} - {None}
        return years.pop() if len(years) == 1 else None
    table = term_table()
    regional_rows = any(k[0] == level and k[1] == region for k in table)
    began = table.get((level, region, body, term))
    if began is None and level == "regional" and not (region and regional_rows):
        # 省十三届人大二次会议 on a page that names no province: most provinces share the numbering
        began = table.get((level, "*", body, term))
    if began is None:
        return None
    limit = 5 if level == "national" else 4  # provinces hold extra sittings late in a term (青海 十三届七次, 2022)
    return began + sitting - 1 if sitting <= limit else None


def pick_level(bodies: list[Body], mentions: list[Mention], head_end: int) -> str:
    scores: Counter[str] = Counter()
    for body in bodies:
        weight = 1 if body.furniture else (3 if body.meeting else 1) * (2 if body.start < head_end else 1)
        scores[body.level] += weight
    if scores:
        return scores.most_common(1)[0][0]
    levels = Counter(m.level for m in mentions if m.level and m.level != "unknown")
    return levels.most_common(1)[0][0] if levels else "unknown"


def guess_session(view: str, mentions: list[Mention], *, published_on: str | None = None, url_year: int | None = None,
                  noted_year: int | None = None, segmenter: Segmenter | None = None) -> SessionGuess:
    """The session an article covers, from the simplified view of its text and the date its metadata gives."""
    segmenter = segmenter or shared_segmenter()
    bodies = find_bodies(view, segmenter)
    guess = _guess_from(view, mentions, bodies, published_on, url_year, noted_year)
    if bodies and all(not b.meeting and POST_OF_BODY_RE.match(view, b.start) for b in bodies):
        # Only people's posts name a body (民进某省委副主委、杭州市政协副主席赵某委员): the session is the one
        # the rest of the page says (``unnamed.unnamed_level``), those bodies' only when it says none.
        return replace(guess, level="unknown", region="", posted_level=guess.level, posted_region=guess.region)
    return guess


def _guess_from(view: str, mentions: list[Mention], bodies: list[Body], published_on: str | None,
                url_year: int | None, noted_year: int | None) -> SessionGuess:
    head_end = min(len(view), 300)
    level = pick_level(bodies, mentions, head_end)
    region = ""
    if level != "national":
        named = Counter()
        for body in bodies:
            if body.level == level and body.region:
                named[body.region] += (3 if body.meeting else 1) * (2 if body.start < head_end else 1)
        for short in [r for r in named if any(r != o and o.endswith(r) for o in named)]:
            longer = next(o for o in named if o != short and o.endswith(short))  # 洛江区 is 泉州市洛江区
            named[longer] += named.pop(short)
        if not named:  # 省两会, 自治区政协: the province named only by its other bodies or, last, in full
            named.update(b.region for b in bodies if b.region and b.level == "regional")
        if not named and level == "regional":
            # 自治区政协 or 省两会 in a page that names its province only in passing: in full, else by
            # its short name (宁夏的…), and only a province of the kind the body says (自治区 or 省).
            autonomous = bool(re.search(rf"自治区(?:第?(?:{N})届)?(?:{BODY})", view))
            named.update({full: view.count(full) for full in FULL_PROVINCES
                          if full in view and full.endswith("自治区" if autonomous else "省")})
        if not named and level == "regional":
            shorts = Counter(SHORT_NAME_RE.findall(view))
            named.update({full: shorts[short] for full, short in FULL_PROVINCES.items()
                          if shorts[short] and full.endswith("自治区" if autonomous else "省")})
        if not named and level == "county":  # 县十八届人大 where the page names its county in passing
            named.update(counties_named(view))
        if not named and level in ("regional", "municipal"):
            # 自治区人大 with only 吴忠 and 固原 named, 市十五届人大 in 哈尔滨日报: the province its cities
            # are in (of the kind the body says), or the city the page names most.
            cities = prefectures_named(view)
            if level == "municipal":
                named.update({full: count for (full, _), count in cities.items()})
            else:
                kind = "自治区" if autonomous else "省"
                for (_, province), count in cities.items():
                    if province.endswith(kind):
                        named[province] += count
        if not named and level == "municipal":  # 市政协十届二次会议 in a Shanghai broadcast: the municipality's own
            named.update({PROVINCE_FULL[m]: view.count(m) for m in MUNICIPALITIES if m in view})
            level = "regional" if named else level
        region = named.most_common(1)[0][0] if named else ""
    year = int(published_on[:4]) if published_on else url_year
    undated = year is None
    for body in sorted(bodies, key=lambda b: (not b.meeting, b.start)):
        if body.level == level and body.region in ("", region) and (year is None or body.meeting):
            held = term_year(level, region if level != "national" else "", body.body, body.term, body.sitting)
            # A page dated two years or more after the sitting it names (省十二届人大三次会议 on a page of
            # 2018) is a later copy: the session is the sitting's. Within a year, the date decides.
            if held is not None and (year is None or abs(year - held) >= 2):
                year = held
            if year is not None:
                break
    if undated and year is not None:  # no date: of the sittings named, the latest (2023年…一次会议上首次亮相。近日…四次会议上)
        held = [term_year(level, region if level != "national" else "", b.body, b.term, b.sitting) for b in bodies
                if b.meeting and b.level == level and b.region in ("", region)]
        year = max([year, *(h for h in held if h is not None)])
    if year is None:
        printed = MEETING_YEAR_RE.search(view)
        date = DATE_RE.search(view)
        year = int(printed.group(1) or printed.group(2)) if printed else int(date.group(1)) if date else noted_year
    if year is None:  # 2019年1月，…: the latest month the page dates, not a deadline or a start (2025年12月底前)
        months = [int(m.group(1)) for m in YEAR_MONTH_RE.finditer(view)]
        year = max(months) if months else None
    return SessionGuess(year, level, region)


def level_within(region: str, level: str) -> str:
    """In a municipality under the central government (天津市), its 市人大/市政协 are provincial:
    ``municipal`` there means ``regional``."""
    return "regional" if level == "municipal" and region in MUNICIPALITY_REGIONS else level
