"""Rosters: the list of the deputies or members a body has, printed under a line that names it
(``…县第十八届人民代表大会代表名单（按姓氏笔画排序）：``, ``政协某市第十届委员会委员名单``), as
election committees and congress standing committees publish them: names one a line or several
to a line, set apart by spaces or 、, with （女） and the ethnic group （回族） after them, grouped under
sub-headings (``一、某镇（7名）``, ``某选区：``); a row may hold one name and the posts after it
(``賀某　澳門某會會長``, ``王某（某集团董事长）``), as rosters of Hong Kong and Macao members print them.

The roster line says the role and the level for everyone under it; a name needs no verb, but
every entry of a line must read as a name and the roster must hold three at least. It ends at the
first line that is neither a sub-heading nor names (``特此公告。``).
"""

from __future__ import annotations

import re

from .affiliations import title_end
from .clauses import level_of
from .delegations import trim_delegation
from .elections import BODY_WORDS_RE
from .lexicon import PERSON_MARKER_RE, PROVINCES, ROLE_BODY, role_of
from .names import Reader
from .results import Collector, Mention
from .text import normalize_name

# 人民代表大会代表名单, 人大代表名单, 委员会委员名单, 政协委员名单; not a standing committee's members
# (常务委员会委员名单 lists officials of the congress, who are deputies, but not as such).
# 全国两会香港代表团成员名单: a congress delegation's members are its deputies (the line must name the
# congress or the sessions: a trade delegation's list names no one).
ROSTER_RE = re.compile(r"(?P<body>人民代表大会|人大|委员会|政协)?(?P<role>代表|委员)(?P<team>团(?:成员|全体)?)?名单")
# 2023年度履职优秀委员, 优秀人大代表名单: a line that heads the names of an honour's delegates.
HONOUR_HEADING_RE = re.compile(r"(?m)^[ \u3000]*(?P<honour>[^\s，,。；;：:]{0,16}?(?:[0-9]{4}年度)?(?:履职)?(?:优秀|先进)(?:履职)?)"
                               r"(?P<body>政协|人大)?(?P<role>委员|代表)(?:名单)?[：:]?[ \u3000]*$")
CONGRESS_RE = re.compile(r"两会|人大|人民代表大会")
BODY_LESS_PLACE_RE = re.compile(r"(?:届|全国|省|市|县|区|旗|州|盟|两会)(?:[“”]?[^\s，。；：:]{0,8}[“”]?)?$")
STANDING_RE = re.compile(r"常务委员会|常委会|主席团")
SESSION_END_RE = re.compile(r"(?:第?[一二三四五六七八九十]+届)?$")
# 一、某镇（7名）, （二）某选区, 第三选区：, 某代表团（12名）, 中国共产党（8名）, （按姓氏笔画排序）
SUBHEAD_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．])?[^\s，。,；;]{0,16}"
    r"(?:[（(]共?\d+[名人位][）)]|选区|代表团|界别|小组)[：:]?$"
    r"|^[（(]?按[^）)]{2,10}(?:排序|为序|排列)[）)]?[：:]?$"
    r"|^[（(][^）)\n]{2,60}[）)]$"  # （2021年12月20日…协商通过）: a note under the roster line
    r"|^\d{4}年\d{1,2}月\d{1,2}日(?:[^\s，。]{4,60}(?:通过|确认|产生))?$"  # the same note without brackets, a date
    r"|^[^\s，。]{2,24}(?:人大常委会|常务委员会|选举委员会|办公室|办公厅)$"  # who publishes the roster
)
ENTRY_RE = re.compile(r"[^ \u3000\t、，,；;。及]+")  # 甲、乙及丙。: 及 before the last entry, a stop after it
BODY_BEFORE_RE = re.compile(r"政协|人民代表大会|人大")
# 賀某　澳門某會會長, 王某（某集团董事长）, 李某，某公司总经理: a roster row with the member's posts after
# the name (rosters of Hong Kong and Macao members, of a sector's members print them so).
POSTED_ROW_RE = re.compile(
    r"^[ \u3000\t]*(?P<name>[^\s，,：:（()、]{2,14}?)(?:[ \u3000\t]+|[，,：:](?=[^）)]*$)|[（(](?=.*[）)][ \u3000]*$))"
    r"(?P<posts>[^\s（()）]{2,40})[）)]?[ \u3000]*$"
)
# 政协某省第九届委员会委员名单中，港澳人士包括甲、乙（女）、丙（以姓氏笔画为序）。: part of a roster said
# in a sentence, the names up to its stop.
SENTENCE_ROSTER_RE = re.compile(r"(?P<body>人民代表大会|人大|委员会|政协)(?P<role>代表|委员)名单中[，,]?[^。；;，,\n]{0,16}?"
                                r"(?:包括|有)[：:]?")
ORDER_NOTE_RE = re.compile(r"[（(][^（）()]{0,12}(?:排序|为序|排列)[）)]$")
MINIMUM = 3
AVERAGE_BAR = 1.0  # the mean name score of the roster's entries


def read_rosters(reader: Reader, found: Collector) -> None:
    """Add the deputies or members of every roster in the text to ``found``."""
    text = reader.text
    if "名单" not in text and not (("优秀" in text or "先进" in text) and HONOUR_HEADING_RE.search(text)):
        return  # most pages: no roster
    read_sentence_rosters(reader, found)
    lines = text.split("\n")
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    for index, line in enumerate(lines):
        match = ROSTER_RE.search(line) or HONOUR_HEADING_RE.fullmatch(line)
        if not match:
            continue
        body, word = match.group("body") or "", match.group("role")
        honour = match.groupdict().get("honour")
        if honour is not None:  # 2023年度履职优秀委员: an honour's heading, of the body it names or the page's head names alone
            body = _honour_body(text, honour + (match.group("body") or ""), word)
            if not body:
                continue
        if STANDING_RE.search(line, 0, match.end()):
            continue  # 常务委员会委员名单: officials of the congress or of the CPPCC, listed as such
        if word == "委员" and body in ("人民代表大会", "人大"):
            continue  # 人大…委员名单: a committee of the congress, not its deputies
        if (not body and not match.groupdict().get("team") and not BODY_LESS_PLACE_RE.search(line, 0, match.start())
                and not BODY_BEFORE_RE.search(line, 0, match.start())):  # 政协某市委员会2020年度履职好委员名单
            continue  # 职工代表名单: without the body, a bare role's roster must name a place or a term
        role = role_of(word)
        delegation = ""
        if match.groupdict().get("team"):
            if word != "代表" or not CONGRESS_RE.search(line, 0, match.start()):
                continue
            delegation = trim_delegation(line[: match.start("team") + 1])
        place = SESSION_END_RE.sub("", line[: match.start()].rstrip(" \u3000"))
        level = level_of(re.sub(r"^.*(?:政协|政治协商会议)", "", place), "")
        if honour is not None:  # 2023年度省政协履职优秀委员: the place before the body's name
            level = level_of(re.sub(r"(?:政协|人大).*$", "", honour), "")
        if delegation:  # a province's delegation sits in the national congress (香港代表团), a city's in its province's
            level = "national" if "全国" in line or delegation.startswith(PROVINCES) else ""
        entries: list[tuple[int, int, str, float]] = []
        posts: dict[int, str] = {}  # by where the name begins: the posts printed after it
        head_rest = line[match.end() :]
        if "：" in head_rest or ":" in head_rest:  # 某市人大代表名单：王某 李某 …, on the roster line itself
            colon = max(head_rest.rfind("："), head_rest.rfind(":"))
            names = line_names(reader, head_rest[colon + 1 :], starts[index] + match.end() + colon + 1)
            entries.extend(names or [])
        for row_index in range(index + 1, len(lines)):
            row = lines[row_index].strip(" \u3000")
            if not row or SUBHEAD_RE.match(row):
                continue
            names = line_names(reader, lines[row_index], starts[row_index])
            posted = None if names else posted_row(reader, lines[row_index], starts[row_index])
            if names is None and posted is None:
                break
            entries.extend(names or [posted[:4]])
            if posted:
                posts[posted[0]] = posted[4]
        if len(entries) < MINIMUM or sum(e[3] for e in entries) / len(entries) < AVERAGE_BAR:
            continue
        group = reader.next_group()
        for begin, end, name, score in entries:
            found.add(Mention(name, begin, end, role, level, posts.get(begin, ""), delegation, True, group, min(score, 4.0)))


HONOUR_HEAD = 300  # the page's title and lead


def _honour_body(text: str, heading: str, word: str) -> str:
    """The body whose honour a heading is: the one it names (省政协履职优秀委员), else the one the page's head names without
    the other, for a heading that says what it honours (a year, 履职); "" when neither says."""
    body = ROLE_BODY[word]
    if body in heading:
        return body
    other = "人大" if body == "政协" else "政协"
    head = text[:HONOUR_HEAD]
    return body if ("年度" in heading or "履职" in heading) and body in head and other not in head else ""


def read_sentence_rosters(reader: Reader, found: Collector) -> None:
    """Add the people of every roster said in a sentence (…委员名单中，某地人士包括甲、乙、丙。)."""
    text = reader.text
    for match in SENTENCE_ROSTER_RE.finditer(text):
        sentence_start = max(text.rfind(stop, 0, match.start()) for stop in "。；;！？\n") + 1
        head = text[sentence_start : match.end()]
        body, word = match.group("body"), match.group("role")
        if STANDING_RE.search(head) or word == "委员" and body in ("人民代表大会", "人大"):
            continue  # a standing committee's officials; a committee of the congress
        stop = re.compile(r"[。；;！？\n]").search(text, match.end())
        end = stop.start() if stop else len(text)
        note = ORDER_NOTE_RE.search(text, match.end(), end)
        names = line_names(reader, text[match.end() : note.start() if note else end], match.end())
        if not names or len(names) < MINIMUM or sum(n[3] for n in names) / len(names) < AVERAGE_BAR:
            continue
        place = BODY_WORDS_RE.sub("", text[sentence_start : match.start("role")])
        level = level_of(place, "")
        role, group = role_of(word), reader.next_group()
        for begin, stop_at, name, score in names:
            found.add(Mention(name, begin, stop_at, role, level, "", "", True, group, min(score, 4.0)))


def line_names(reader: Reader, line: str, base: int) -> list[tuple[int, int, str, float]] | None:
    """The names of one roster line (start, end, name, score); None when an entry is no name."""
    bare = PERSON_MARKER_RE.sub(lambda m: " " * len(m.group()), line)  # markers blanked, offsets kept
    tokens = [(m.start(), m.end()) for m in ENTRY_RE.finditer(bare)]
    found = []
    index = 0
    while index < len(tokens):
        start, end = tokens[index]
        index += 1
        # 王　芳: a two-character name padded to the width of three, as rosters print them.
        if end - start == 1 and index < len(tokens) and tokens[index][1] - tokens[index][0] == 1:
            if tokens[index][0] - end > 2:  # 卓  航: one space or two
                return None
            end = tokens[index][1]
            index += 1
        name = normalize_name(bare[start:end].replace("\u3000", "").replace(" ", ""))
        score = reader.name_score(name, "")
        if score is None and len(tokens) >= GLUED_AMONG and 4 <= end - start <= 6 and name == bare[start:end]:
            glued = _glued_pair(reader, name)  # 王某照王某亮 宋某 武某花: the space between two names lost
            if glued:
                cut, first, second = glued
                found += [(base + start, base + start + cut, name[:cut], first), (base + start + cut, base + end, name[cut:], second)]
                continue
        if score is None:
            return None
        found.append((base + start, base + end, name, score))
    return found or None


GLUED_AMONG = 4  # entries of a roster line, around one that holds two names
GLUED_BAR = 2.0  # each of two glued names: a common surname and a fitting given name at least


def _glued_pair(reader: Reader, span: str) -> tuple[int, float, float] | None:
    """Where ``span`` splits into two names that each read well (王某照 + 王某亮), and their scores; None otherwise."""
    readings = []
    for cut in range(2, len(span) - 1):
        first, second = reader.name_score(span[:cut], ""), reader.name_score(span[cut:], "")
        if first is not None and second is not None and min(first, second) >= GLUED_BAR:
            readings.append((first + second, cut, first, second))
    return max(readings)[1:] if readings else None


def posted_row(reader: Reader, line: str, base: int) -> tuple[int, int, str, float, str] | None:
    """``賀某　澳門某會會長``: a row of one name and the posts after it (start, end, name, score, posts);
    None unless the name reads well as one and the posts end in a job title."""
    match = POSTED_ROW_RE.match(line)
    if not match or not title_end(match.group("posts")):
        return None
    name = normalize_name(match.group("name"))
    score = reader.name_score(name, "")
    if score is None or score < AVERAGE_BAR:
        return None
    return base + match.start("name"), base + match.end("name"), name, score, match.group("posts")
