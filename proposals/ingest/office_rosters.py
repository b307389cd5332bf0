"""The officers of a committee listed office by office after its election or under its name: ``选举政协第十三届全国
委员会主席、副主席…。主席汪洋，副主席甲、乙…`` or a history page's ``政协某市第一届委员会 … 主席：甲 副主席：乙 丙``;
and a session's executive chairs and presidium (``大会执行主席甲、乙``, ``推选甲、乙为大会主席团常务主席``).

A CPPCC committee's chair, vice-chairs, secretary-general and standing members are its members; a congress standing
committee's are deputies. Only a list that follows the election or the committee's heading counts: ``主席甲`` alone,
anywhere else, is an office named in passing (the convention keeps those out). A session's chairs are its deputies or
members when the paragraph or the page names a congress or CPPCC that meets, and no other kind of congress (a trade
union's, a party's: ``总工会第十五次代表大会…大会执行主席甲``).
"""

from __future__ import annotations

import re

from .affiliations import title_end
from .clauses import clause_after, level_of
from .name_lists import filling_names, name_list
from .name_shapes import counted_entry
from .names import Reader
from .results import Collector, Mention
from .rosters import line_names
from .text import normalize_name

# 主席汪洋，副主席甲、乙; 主席：甲; 常　委：甲 乙 丙 (a roster pads its labels): one office and its names.
OFFICE_LIST_RE = re.compile(r"(?:^|(?<=[\n。；;，,]))[ \u3000]*(?P<office>(?:副?主[ \u3000]*席|秘[ \u3000]*书[ \u3000]*长|常[ \u3000]*委|常务委员|副?主任(?:委员)?))"
                            r"[ \u3000]*[:：]?[ \u3000]*(?P<list>[^。；;，,\n:：]{2,400})", re.MULTILINE)
# What names the committee before the list: its election (选举政协第十三届全国委员会主席) or its heading (政协某市第一届委员会).
COMMITTEE_RE = re.compile(r"(?:选举(?:产生)?)?(?P<body>政协[^，,。；;\n]{0,16}?委员会|[^，,。；;\n]{0,12}?(?:人民代表大会常务委员会|人大常委会))"
                          r"(?P<elected>(?:主席|主任)、)?")
REACH = 400  # the election or the heading stands in the paragraph before the list, or just above it
LEVEL_PLACE_RE = re.compile(r"全国|自治区|省|自治州|市|州|盟|县|区|旗")
# 大会执行主席甲主持会议; 执行主席乙、丙在主席台就座: a session's executive chairs are of its presidium, deputies or
# members of the body that meets (the last one the page names before them).
EXECUTIVE_CHAIRS_RE = re.compile(r"(?:(?:大会的?|会议的?|开幕会|闭幕会)(?:执行主席|主席团(?:常务|执行)主席)(?:、(?:大会)?(?:执行主席|主席团常务主席))?"
                                 r"|(?<![\u4e00-\u9fff])执行主席(?=[\u4e00-\u9fff]{2,3}主持)|主席团常务主席(?:、(?:大会)?执行主席)?|大会的?常务主席"
                                 r"|(?<=大会)主席团(?:其他|其余)?成员(?=有|是|为|[:：]|[\u4e00-\u9fff]{2,3}、))(?:召集人)?(?:的)?(?:还有|有|是|为|由)?"
                                 r"(?:[（(]按[^（）()\n]{2,10}[）)])?[ \u3000]*[:：]?[ \u3000]*"  # 是（按姓名笔画排列）：
                                 r"(?P<list>[^，,。；;：:\n]{2,400})")
# 甲、乙…等其他大会主席团成员在主席台就座: the presidium's members, listed before their group.
PRESIDIUM_RE = re.compile(r"(?:^|(?<=[。；;：:\n]))[ \u3000]*(?P<list>[^，,。；;：:\n]{2,400}?)等(?:其他|其余)?(?:大会)?主席团成员")
# 某某常委甲、乙、丙均在新通过的主席团名单之中, 甲、乙等名列主席团名单: the presidium's members, the first after its posts.
PRESIDIUM_NAMED_RE = re.compile(r"(?:^|(?<=[。；;：:\n，,]))[ \u3000]*(?P<list>[^，,。；;：:\n]{2,300}?)(?:等人?)?(?:均|亦|也|都)?"
                                r"(?:在(?:新通过的|本次|大会)?主席团(?:成员)?名单(?:之中|中|之列)"
                                r"|(?:名列|入选|进入)了?(?:新通过的|本次|大会)?主席团(?:成员)?名单)")
# 选举产生了由甲等52人组成的大会主席团: the one member of the presidium the page names.
PRESIDIUM_FORMED_RE = re.compile(r"由(?P<list>[^，,。；;：:\n由]{2,200}?)等[0-9０-９一二两三四五六七八九十百]+[人名位](?:同志)?组成的(?:大会|会议)?主席团")
# 会议推选甲、乙…为大会主席团常务主席: the chairs chosen by the session, named before the office.
# 推定甲、乙…等11位同志为市十六届人大二次会议主席团常务主席; …，甲、乙任第十四届市政协第一次会议主席团常务主席.
CHOSEN_CHAIRS_RE = re.compile(r"(?:(?:推选|推定|选举|推举)|(?<=[，,。；;：:\n]))(?P<list>[^，,。；;：:\n]{2,300}?)"
                              r"(?:等[0-9０-９一二两三四五六七八九十]+[位名人])?(?:同志)?(?:为|担任|任)(?P<office>[^，,。；;\n]{0,24}?)"
                              r"(?:大会)?(?:执行主席|主席团常务主席)")
# The office a list is chosen to names the session (为大会执行主席, 任…会议主席团常务主席), not a company's (国美集团执行主席).
SESSION_OFFICE_RE = re.compile(r"^(?:[^，,。；;\n]*(?:会议|大会|开幕会|闭幕会))?$")
# Another kind of congress (总工会第十五次代表大会, 中国共产党某市第十三次代表大会, 共青团, 妇女代表大会): its chairs are no deputies.
OTHER_CONGRESS_RE = re.compile(r"(?<!人民)代表大会|代表会议|会员大会|党代会|团代会|妇代会|工代会|职代会|文代会|侨代会|科代会|共青团|总工会")
HEAD = 300  # the page's title and lead
VOUCHED_ENTRIES = 3
POSTED_CHAIR_BAR = 1.5  # a surname and a given name after posts
SERVING_END_RE = re.compile(r"(?:担任|出任|组成)$")
CHOOSING_RE = re.compile(r".*?(?:推选|推定|选举|推举)")
# 区*协: a page that masks 政. 选举会议: the meeting of electors that elects a region's national deputies, whose
# presidium is of electors, no deputies (会议由主席团常务主席甲主持).
BODY_RE = re.compile(r"人民代表大会|人大|政治协商会议|政协|[*＊]协|选举会议")
STANDING_AFTER_RE = re.compile(r"常委会|常务委员会")
SESSION_AFTER_BODY_RE = re.compile(r"[^，,。；;\n]{0,12}?(?:届|次会议|常委会|常务委员会)")
BODY_BELOW = 600  # the paragraphs just below the list


def read_office_rosters(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the people an office-by-office list of a committee's officers names."""
    text = reader.text
    if "委员会" not in text and "人大常委会" not in text:
        return
    for match in OFFICE_LIST_RE.finditer(text):
        before = text[max(0, match.start() - REACH) : match.start()]
        committees = [c for c in COMMITTEE_RE.finditer(before) if c.group("elected") or _heading(before, c)]
        if not committees:
            continue
        listed = match.group("list")
        names = line_names(reader, listed, match.start("list"))
        while names is None and re.search(r"[ \u3000]", listed.strip(" \u3000")):  # the line below joined to the last entry:
            listed = listed.rstrip(" \u3000")  # the entries before it stand
            listed = listed[: max(listed.rfind(" "), listed.rfind("\u3000"))]
            names = line_names(reader, listed, match.start("list"))
        if not names or any(score < 0 for *_, score in names):
            continue
        body = committees[-1].group("body")
        role = "member" if body.startswith("政协") else "deputy"
        places = list(LEVEL_PLACE_RE.finditer(body.removeprefix("政协")))  # the body's own place, the last before it
        level = level_of(places[-1].group(), session_level) if places else session_level  # (在市里选举产生省人大常委会: 省)
        group = reader.next_group()
        for start, end, name, score in names:
            found.add(Mention(name, start, end, role, level, "", "", True, group, min(score, 4.0)))


def read_executive_chairs(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the executive chairs a session's report names (大会执行主席甲、乙在主席台就座), before their verb,
    or as it chooses them (推选甲、乙为大会主席团常务主席)."""
    text = reader.text
    if "执行主席" not in text and "主席团" not in text and "常务主席" not in text:
        return
    if OTHER_CONGRESS_RE.search(text, 0, HEAD):
        return  # a trade union's or a party's congress is the page's subject
    chosen = [(m, _chosen_names(reader, m.group("list")))
              for pattern in (CHOSEN_CHAIRS_RE, PRESIDIUM_RE, PRESIDIUM_FORMED_RE) for m in pattern.finditer(text)]
    chosen += [(m, _posted_first(reader, m.group("list"))) for m in PRESIDIUM_NAMED_RE.finditer(text)]
    for match, names in chosen + [(m, None) for m in EXECUTIVE_CHAIRS_RE.finditer(text)]:
        # The body the paragraph names before the list, else the page's first before it (政协某市委员会第二次会议闭幕…列席了
        # 市人大会议。\n大会的执行主席是：…), else the paragraph's after it (执行主席由甲、乙担任。甲宣布某区人大会议开幕).
        paragraph_start = text.rfind("\n", 0, match.start()) + 1
        paragraph_end = text.find("\n", match.end())
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        if OTHER_CONGRESS_RE.search(text, paragraph_start, paragraph_end):
            continue
        if "office" in match.groupdict() and not SESSION_OFFICE_RE.match(match.group("office")):
            continue
        # Else a body named with its term, session or standing committee just below (政协某县第十三届委员会第二次会议开幕,
        # 甲受市人大常委会委托作工作报告): whose session it is; not one named in passing (参观了市人大代表联络站).
        body = (_meeting_bodies(text, paragraph_start, match.start()) or _meeting_bodies(text, 0, match.start())[:1]
                or _meeting_bodies(text, match.end(), paragraph_end)[:1]
                or [m for m in BODY_RE.finditer(text, paragraph_end, paragraph_end + BODY_BELOW)
                    if SESSION_AFTER_BODY_RE.match(text, m.end())][:1])
        if names is None:  # before their verb, or filling the clause (今天大会的执行主席是：甲、乙、丙。)
            listed = SERVING_END_RE.sub("", match.group("list"))  # 执行主席由甲、乙担任
            names = (name_list(reader, listed, minimum=1) or filling_names(reader, listed, minimum=1) or _vouched(reader, listed)
                     or _spaced(reader, listed)) if body else []
        posts = ""
        if not names and match.group("list").startswith("、"):  # 大会主席团常务主席、省委书记甲主持大会: one chair, with posts
            titled = [c for c in reader.candidates(clause_after(text, match.start("list") + 1)) if c.affiliation
                      and title_end(c.affiliation) and c.score >= POSTED_CHAIR_BAR]
            names = [(1 + titled[0].offset, titled[0].name)] if titled else []
            posts = titled[0].affiliation if titled else ""
        if not names:
            continue
        office = BODY_RE.search(match.group("office")) if "office" in match.groupdict() else None
        body = [office] if office else body  # 甲、乙任第十四届市政协第一次会议主席团常务主席: the body the office names
        if not body or body[-1].group() == "选举会议" or "选举会议" in text[paragraph_start : match.start()]:
            continue
        role = "deputy" if "人" in body[-1].group() else "member"
        group = reader.next_group()
        for offset, name in names:
            start = match.start("list") + offset
            found.add(Mention(name, start, start + len(name), role, session_level, posts, "", True, group, 3.0))


def _meeting_bodies(text: str, start: int, end: int) -> list[re.Match]:
    """The bodies named between ``start`` and ``end``, those that meet in session first: a standing committee is named
    for its officers (县人大常委会主任甲 beside 政协某县委员会第二次会议: the session is the CPPCC's), and alone only says
    whose session it is (甲受市人大常委会委托作工作报告: the congress's)."""
    bodies = list(BODY_RE.finditer(text, start, end))
    return [m for m in bodies if not STANDING_AFTER_RE.match(text, m.end())] or bodies


def _vouched(reader: Reader, listed: str) -> list[tuple[int, str]]:
    """A list of three or more entries after the office, each of which can be a name, the last one ending the clause or
    followed by its verb: the office says they are people (执行主席是甲、县毅、乙; 主席团常务主席甲、雪松、乙在主席台就座)."""
    pieces = listed.split("、")
    if any(" " in p or "\u3000" in p for p in pieces):
        return []  # 王　明: a padded name's span would not be the printed one
    last = next((pieces[-1][:n] for n in (2, 3, 4) if n < len(pieces[-1]) and reader.follows(pieces[-1][n:])), None)
    pieces[-1] = last or pieces[-1]
    if len(pieces) < VOUCHED_ENTRIES or not all(counted_entry(normalize_name(p)) for p in pieces):
        return []
    offsets = [sum(len(p) + 1 for p in pieces[:i]) for i in range(len(pieces))]
    return [(offset, normalize_name(piece)) for offset, piece in zip(offsets, pieces, strict=True)]


def _chosen_names(reader: Reader, listed: str) -> list[tuple[int, str]]:
    """The names filling a list of chosen chairs, after the verb that chose them (会议推选甲、乙: 甲 and 乙)."""
    verb = CHOOSING_RE.match(listed)
    names = filling_names(reader, listed[verb.end() :] if verb else listed, minimum=1)
    return [(offset + (verb.end() if verb else 0), name) for offset, name in names]


def _spaced(reader: Reader, listed: str) -> list[tuple[int, str]]:
    """The names of a list set apart by spaces, as a roster's line (执行主席是：甲 乙 丙); [] unless every entry is one."""
    if "、" in listed or not re.search(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]", listed):
        return []
    names = line_names(reader, listed.rstrip(" \u3000"), 0) or []
    return [(start, name) for start, _, name, score in names] if all(score >= 0 for *_, score in names) else []


def _posted_first(reader: Reader, listed: str) -> list[tuple[int, str]]:
    """The names of a list whose first entry has its posts before it (十九届中央政治局常委甲、乙、丙), or of a list of
    names only; [] unless every entry is one."""
    first, _, rest = listed.partition("、")
    posted = [c for c in reader.candidates(first) if c.offset + len(c.name) == len(first) and c.score >= POSTED_CHAIR_BAR]
    if not posted or not title_end(posted[0].affiliation):
        return _chosen_names(reader, listed)
    others = filling_names(reader, rest, minimum=1) if rest else []
    if rest and not others:
        return []
    return [(posted[0].offset, posted[0].name), *((len(first) + 1 + offset, name) for offset, name in others)]


def _heading(before: str, committee: re.Match) -> bool:
    """The committee's name stands alone on its line (a history page's heading), not inside a sentence."""
    line_start = before.rfind("\n", 0, committee.start()) + 1
    line_end = before.find("\n", committee.end())
    line = before[line_start : line_end if line_end >= 0 else len(before)]
    return line.strip(" \u3000") == committee.group().strip(" \u3000")
