"""Names the page introduces as delegates without a role word beside each of them:

- a role phrase and a colon, then bare names (``图为出席会议的八位全国政协委员（从左至右）：A、B、C``,
  ``出席会议的委员有：A、B、C。``, ``我市的全国人大代表：`` with the names on the lines below);
- a list and a count, with words between the count and the role (``A、B、C、D4名界别委员分别…``,
  ``市工商联主席杨林等19名工商联界别政协委员参加会议``; with the role right after the count the
  mentions pass reads them);
- a bare role after a comma that goes on from a full one (``我校市政协常委A、B，委员C、D参会``);
- a column of names, one a line, under a photo, when the page counts that many delegates (``八位委员走到
  话筒前``) or its caption names their passage (委员通道);
- another of them, with posts (``另一位代表、香港某公司主席霍某则关注…``);
- long lists that end in the group's role (``我校A副主任、B常委、C(常委)、D等14位市政协委员``), each
  entry a name with, at most, its post in the body after it;

Who speaks and who is chosen in a meeting's report is ``proceedings``.

The evidence is the phrase that names the role for the group, so each name must read well as a
name on its own: every entry of a list (two at least).
"""

from __future__ import annotations

import re

from .affiliations import UNIT_END_RE, title_end, trim_lead_in
from .clauses import clause_after, clause_before, level_of
from .evidence import name_evidence, transliteration_score
from .lexicon import (
    CJK,
    NAME_DOTS,
    OTHER_REPRESENTATIVES,
    OWN_PLACE,
    PROVINCES,
    RESIDENCE,
    VERB_OBJECT,
    role_of,
)
from .mixed_groups import read_mixed_groups
from .name_columns import read_name_columns
from .name_lists import name_list, names_before
from .name_shapes import counted_entry, name_shape_score
from .names import Reader
from .pictured import read_pictured
from .results import Collector, Mention
from .rosters import line_names, posted_row
from .sessions import numeral
from .subjects import LIST_START_RE, posted_clauses
from .text import normalize_name

# 八位全国政协委员（从左至右）：, 出席会议的委员有：, 代表分别为：, 香港委员是A、B…(every entry a name), 我市的全国人大代表：, 提案人：(a proposal's
# proposers are members: 提案 is the CPPCC's word)
INTRO_RE = re.compile(
    r"(?P<role>人大代表|政协委员|代表|委员|提案人)[”」]?(?:[（(][^）)\n]{1,12}[）)])?"
    r"(?:(?:共有|共)?[0-9０-９一二两三四五六七八九十百]+[名位人])?(?:[，,]|。(?=名单))?"  # 澳区政协委员共十五名，包括A、B
    r"(?:(?:包括|分别是|分别为|依次是|依次为)[：:]?|(?:分别|还|也)?(?:有|是|为|如下)?(?:[：:]|——+)|(?:还|也)?(?:有|是|为)(?!人民|大会|会议)"
    r"|(?P<roster>名单)(?:如下)?(?:[：:]|(?=[ \u3000]*\n)))"  # 评选优秀区政协委员12名。名单如下：; 某市政协履职好委员名单 (a heading)
)
# Not the delegates of a session: 常委会委员, 党委委员, 纪委委员, 委员会委员, 评审委员, 人民代表大会代表 (fine).
NOT_DELEGATES_END_RE = re.compile(rf"(?:常委会|常务|党委|党组|纪委|委员会|评审|编委|村委|居委|支委|团委|工委|主任"
                                  rf"|{OTHER_REPRESENTATIVES})$")
BODY_IN_LINE_RE = re.compile(r"政协|人大|人民代表大会|政治协商会议")
BODY_END_RE = re.compile(r"(?:人民代表大会|人大|政协|政治协商会议)$")
# 政协第十一届全国委员会委员, 政协安庆市第十六届委员会委员: the members of a CPPCC committee.
COMMITTEE_END_RE = re.compile(r"(?:政协|政治协商会议)(?P<place>[^，,。；：:\s]{0,12}?)(?:第?[一二三四五六七八九十]+届)?委员会$")
# A line opened by a name, then a comma or a bracket: 纪宝成，中共党员，我校校长…
NAME_LED_RE = re.compile(rf"^[^{CJK}\n]*(?P<name>[{CJK}{NAME_DOTS}]{{2,14}}?)[ \u3000]*[，,：:（(]")
NOTE_LINE_RE = re.compile(r"[ \u3000]*[（(][^（）()\n]{1,40}[）)][ \u3000]*")
ETC_END_RE = re.compile(r"等(?=[，,])")
LIST_END_RE = re.compile(r"[。；;！？!?\n]")
ENTRY_RE = re.compile(r"[^、，,\s\u3000]+")
POSTED_ENTRY_RE = re.compile(r"[^，,]+")
ENTRY_BY_MARK_RE = re.compile(r"[^、]+")
# What may follow an entry and is no part of it: （女）, （右一）, （回族）, （从左至右）.
ENTRY_NOTE_RE = re.compile(r"[（(](?:女|男|[\u4e00-\u9fff]{1,4}族|[左右中前后][一二三四五六七八九十\d]?|从[左右]至[左右]|特邀|连任)[）)]")
TAIL_RE = re.compile(r"等(?:[0-9０-９一二两三四五六七八九十]+(?:位|名|人)?[\u4e00-\u9fff]{0,4})?$")
BRACKET_NOTE_RE = re.compile(r"[（(]([^（）()、，,：:\s]{1,10})[）)]")
LIST_BAR = 1.0  # the mean name score of a list's entries
SINGLE_BAR = 2.0  # one name alone after 代表是: a surname and a given name that fits

# 4名界别委员, 等19名工商联界别政协委员: words between the count and the role (not 和, 与, 的: two groups);
# 甲、乙3位在防汛、救灾中表现突出的基层政协委员: a description of them, ending in 的 (and what kind).
COUNTED_RE = re.compile(
    rf"(?P<lead>等)?[0-9０-９一二两三四五六七八九十]+[名位](?P<words>(?:(?![和与及])[{CJK}]){{1,8}}?(?<!的)"
    rf"|[^。；;！!？?\n，,“”]{{1,40}}?的(?:基层|新|老|女|年轻|优秀)?)"
    r"(?P<role>人大代表|政协委员|代表|委员)(?!们|会|团|长|大会)"
)
# 市政协常委A、B，委员C、D, 市政协副主席A和委员B、C: the bare role goes on from the full one before it.
CONTINUED_RE = re.compile(rf"(?<=[，,；;和及与])(?P<role>委员|代表|常委)(?=[{CJK}])(?!会|团|们|长)")
# 澳区常委甲，委员乙; 市政协副主席甲和委员乙、丙 (the chair named by office is no delegate, the members are).
FULL_ROLE_RE = re.compile(r"(?P<level>全国|省|自治区|市|州|县|区|旗)?(?P<body>政协|人大|(?<=[港澳])区)(?:常委|委员|代表|副?主席)")
# …、D等14位市政协委员, …等政协常委或委员, …等人大代表: the end of a long list of one role.
GROUP_END_RE = re.compile(
    r"(?:等" + OWN_PLACE + r"(?:[0-9０-９一二两三四五六七八九十]+[位名])?" + RESIDENCE + r"(?:[\u4e00-\u9fff]{2,6}?界别?)?"  # 等民进界别市政协委员
    + r"|(?<=[\u4e00-\u9fff])(?<![有是])[0-9０-９]+[位名]"  # 第一年有33位委员: the object of 有, not a tally
    # 来自基层的甲、乙、丙三位代表: a count in words, read only when it is the list's length.
    r"|(?<=[\u4e00-\u9fff])(?<![有是])(?P<tally>[两二三四五六七八九十]{1,2})[位名]"
    r"|(?<=[\u4e00-\u9fff…])…*这些)"  # A、B、C……这些代表委员: the list, then what its people are
    r"(?:第?[一二三四五六七八九十]+届)?(?:(?<=[位名])[\u4e00-\u9fff]{2,5}?(?=[省市州县区旗](?:人大|政协)))?"  # 等8位东莞市政协委员
    r"(?P<level>全国|省|自治区|市|州|县|区|旗)?(?P<body>人大|政协)?"  # 7位十一届全国人大代表
    r"(?P<role>代表、?委员|委员、?代表|代表|委员|常委)(?:或(?:委员|常委))?(?!会|团|们|长|委员)"  # 7位代表委员: either role
    + VERB_OBJECT  # 甲、乙等代表省上各大班子送行: 代表 is a verb there
)
# The count of a list's end (等33名, 三位): when it is the number of entries, each entry is a person.
COUNT_IN_GROUP_RE = re.compile(r"[0-9０-９]+|[两二三四五六七八九十]{1,3}(?=[位名])")
COUNT_VOUCHES = 3  # two entries and 两位 may be a name and a word; three and more, counted, are people
TITLED_LAST_BAR = 0.0  # a name right after a title needs less of its own shape (牛熠: 熠 is rare in given names)
VISITED_LEAD_RE = re.compile(r"^.*(?:走访|看望|慰问|拜访|探望)了?")
ENTRY_POST_RE = re.compile(r"(?:[（(][^）)]{1,8}[）)]|副?主任|常委|副?主席|副?秘书长)$")  # A副主任, B常委, C(常委)
# 另一位代表、某公司主席霍某: one more of the delegates the page is about, with posts before the name.
ANOTHER_RE = re.compile(r"(?:另一位|另一名|另外一位|另外一名|又一位)(?P<role>代表|委员)、")


def read_introductions(reader: Reader, found: Collector) -> None:
    """Add the delegates of introduced name lists and of delegates' paragraphs to ``found``."""
    text = reader.text
    _read_lists(reader, found)
    if "名" in text or "位" in text:
        _read_counted(reader, found)
    _read_continued(reader, found)
    _read_long_groups(reader, found)
    read_mixed_groups(reader, found)
    read_pictured(reader, found)
    read_name_columns(reader, found)
    if "另" in text or "又一位" in text:
        _read_another(reader, found)


def role_and_level(text: str, start: int, word: str) -> tuple[str, str] | None:
    """The role and level of the phrase that ends in ``word`` at ``start``; None when it names no delegates."""
    before = text[max(0, start - 24) : start]
    committee = COMMITTEE_END_RE.search(before) if word == "委员" else None
    if committee:
        return "member", level_of(committee.group("place"), "")
    if NOT_DELEGATES_END_RE.search(before):
        return None
    role = role_of(word)  # 代表, 委员, 提案人
    if word == "代表" and before.endswith(("界别", "界")) and not before.endswith("各界"):
        return "member", level_of(before, "")  # 11位界别代表进行专题发言: the CPPCC's sectors speak through their members
    if word in ("代表", "委员"):
        before = BODY_END_RE.sub("", before)
        if before.endswith("人民代表大会") or before.endswith("会议"):
            before = ""
    if role == "member" and before.endswith(("港区", "澳区")):
        return role, ""  # 澳区政协委员 of 中山市政协: Macao's members of whichever committee the page is about
    if word in ("代表", "委员") and before.endswith(PROVINCES):
        return role, ""  # 黑龙江代表们: the province's delegation at a national session, its own at a provincial one
    return role, level_of(before, "")


def _read_lists(reader: Reader, found: Collector) -> None:
    text = reader.text
    for intro in INTRO_RE.finditer(text):
        judged = role_and_level(text, intro.start("role"), intro.group("role"))
        line = text[text.rfind("\n", 0, intro.start()) + 1 : intro.start()]
        if judged is None or (intro.group("roster") and intro.group("role") in ("代表", "委员") and not BODY_IN_LINE_RE.search(line)):
            continue  # 职工代表名单：a bare role's roster may be any body's (政协某市委员会履职好委员名单 is the CPPCC's)
        role, level = judged
        begin = intro.end()
        stop = LIST_END_RE.search(text, begin)
        end = stop.start() if stop else len(text)
        closed = ETC_END_RE.search(text, begin, end)  # 包括部长甲、局长乙等，省委书记丙是…: the list ends at 等
        end = closed.end() if closed else end
        if text[begin:end].strip(" \u3000"):
            entries = _entries(reader, text, begin, end, marks=intro.group("role") in ("人大代表", "政协委员"))
        else:  # 我市的全国人大代表： and the names on the lines below, one or several a line
            entries = _lines_below(reader, text, end)
        # 参加全国政协会议的全国政协委员是施某。: one name, the role said in full, the copula before it.
        single = len(entries) == 1 and intro.group("role") in ("人大代表", "政协委员") and intro.group().endswith("是")
        if len(entries) < (1 if single and entries[0][3] >= SINGLE_BAR else 2) or sum(e[3] for e in entries) / len(entries) < LIST_BAR:
            continue
        group = reader.next_group()
        for start, stop_at, name, score, *posts in entries:  # posts: 賀某　澳門某會會長, the row's posts
            found.add(Mention(name, start, stop_at, role, level, "".join(posts), "", True, group, min(score, 4.0)))


def _entries(reader: Reader, text: str, begin: int, end: int, marks: bool = False) -> list[tuple]:
    """The names between ``begin`` and ``end`` (with the note bracketed after each, if any) when every
    entry is one; else []."""
    segment = ENTRY_NOTE_RE.sub(lambda m: " " * len(m.group()), text[begin:end])
    segment = TAIL_RE.sub(lambda m: " " * len(m.group()), segment.rstrip(" \u3000"))
    # 甲（农工党）、乙（无党派）: a party or post in brackets after each name is its affiliation.
    notes = {m.start(): m.group(1) for m in BRACKET_NOTE_RE.finditer(segment)}
    segment = BRACKET_NOTE_RE.sub(lambda m: " " * len(m.group()), segment)
    found = []
    pieces = [(m.start(), m.group()) for m in ENTRY_RE.finditer(segment)]
    if not pieces:
        return []
    merged = [pieces[0]]
    for at, piece in pieces[1:]:
        last_at, last = merged[-1]
        if len(last) == 1 == len(piece) and segment[last_at + 1 : at] in (" ", "\u3000"):
            merged[-1] = (last_at, segment[last_at : at + 1])  # 唐 伶: a two-character name padded to three
        else:
            merged.append((at, piece))
    for at, piece in merged:
        name = normalize_name(piece)
        score = reader.name_score(name, "")
        if score is None or len(name) > 14:
            return _posted_entries(reader, segment, begin, marks)
        note = notes.get(at + len(piece))
        found.append((begin + at, begin + at + len(piece), name, score, *([note] if note else [])))
    return found


def _posted_entries(reader: Reader, segment: str, begin: int, marks: bool = False) -> list[tuple]:
    """``某村党委书记甲，某公司党委书记、董事长乙，某学院院长丙``: entries set apart by commas (or, with no
    comma, by 、 after a role said in full: ``市长甲、某公司总经理乙``), each a name after its posts (the posts end in a title); []
    unless every entry up to the list's end reads so. An entry after the first may run on into the sentence's verb
    (…副总经理丙启程,参加…): the list ends with it."""
    if "，" in segment or "," in segment:
        entries = POSTED_ENTRY_RE
    elif marks:  # 全国人大代表共有6名，为：市长甲、某公司总经理乙 (the role in full: 发展商代表有… is no congress's)
        entries = ENTRY_BY_MARK_RE
    else:
        return []
    found = []
    for piece in entries.finditer(segment):
        text = piece.group().rstrip(" \u3000")
        # An entry may go on into the sentence's verb (…副总经理丙启程,参加…): the list ends with it.
        options = [c for c in reader.candidates(text) if c.affiliation and title_end(c.affiliation)
                   and (c.offset + len(c.name) == len(text) or len(found) > 0)]
        if not options or options[0].score <= 0:
            return []
        best = options[0]
        at = begin + piece.start() + best.offset
        found.append((at, at + len(best.name), best.name, best.score, trim_lead_in(best.affiliation)))
        if best.offset + len(best.name) < len(text):
            break
    return found


def _read_counted(reader: Reader, found: Collector) -> None:
    text = reader.text
    for match in COUNTED_RE.finditer(text):
        judged = role_and_level(text, match.start("role"), match.group("role"))
        if judged is None or any(word in match.group("words") for word in ("代表", "委员")):
            continue
        role, level = judged
        before, start = clause_before(text, match.start())
        offset, names = names_before(reader, before, minimum=2)  # 市政协主席甲和乙、丙等5位…委员: 乙 and 丙
        before, start = before[offset:], start + offset
        if names and before[names[-1][0] + len(names[-1][1]) :] not in ("", "等"):
            names = []  # 甲、乙等看望了18名委员: the count is what the list's verb acts on
        if names:
            group = reader.next_group()
            for offset, name in names:
                found.add(Mention(name, start + offset, start + offset + len(name), role, level, "", "", True, group, 4))
        elif match.group("lead"):  # 市工商联主席杨林等19名…委员: the one named stands for the group
            options = [c for c in reader.candidates(before) if c.offset + len(c.name) == len(before) and c.score > 0
                       and "、" not in c.affiliation]  # 书记A、校长B等5名…委员: a list, read as long groups
            if options:
                best = options[0]
                begin = start + best.offset
                found.add(Mention(best.name, begin, begin + len(best.name), role, level, best.affiliation, "", True,
                                  reader.next_group(), best.score))


def _read_long_groups(reader: Reader, found: Collector) -> None:
    text = reader.text
    previous_end = 0
    for match in GROUP_END_RE.finditer(text):
        # Back to the clause's start (brackets hold notes here: 解某(常委)), or to the list before it
        # (A、B、C等3名区人大代表、D、E、F等8名区政协委员).
        start = max(LIST_START_RE.search(text, 0, match.start()).start("list"), previous_end + 1 if previous_end else 0)
        before, previous_end = text[start : match.start()], match.end()
        if not match.group().startswith("等") and before[-2:] in name_evidence().verbs:
            continue  # 暂时选举13名全国人大代表: a bare count after a verb is what it does, no list
        pieces = before.split("、")
        head, joined, tail = pieces[0].rpartition("与")  # 某公司董事长甲与市领导乙、丙等…名代表: 与 joins two entries
        first = _last_name(reader, head) if joined else ""
        if first and title_end(head[: len(head) - len(first)]):
            pieces[:1] = [head, tail]
        last = re.match(r"(?P<name>[^与和及]{2,4})[与和及](?P<tail>.{2,40})$", pieces[-1]) if len(pieces) > 1 else None
        if last and (reader.name_score(last.group("name"), "") or -9) >= 0 and _last_name(reader, last.group("tail")):
            pieces[-1:] = [last.group("name"), last.group("tail")]  # 甲、乙与某部副部长丙三位委员: 与 joins the last entry
        entries, position, carried, carried_at = [], start, None, start
        count = COUNT_IN_GROUP_RE.search(match.group())
        vouched = bool(count) and numeral(count.group()) == len(pieces) >= COUNT_VOUCHES
        for index, piece in enumerate(pieces):
            if carried is not None:  # 某村党支部书记、村主任乙: the posts before 、 are the next entry's
                piece, position, carried = carried + "、" + piece, carried_at, None
            elif index + 1 < len(pieces) and title_end(piece) and not _last_name(reader, ENTRY_POST_RE.sub("", piece)):
                carried, carried_at = piece, position
                continue
            bare = ENTRY_POST_RE.sub("", piece)
            # 我校孙某副主任: words before the first name; 学校党委书记赵某、校长钱某: a post before any name.
            counted = index and vouched and counted_entry(normalize_name(bare))  # 甲、演觉、诺敏等33名委员: the count vouches
            name = bare if counted or index and (reader.name_score(normalize_name(bare), "") or -9) >= -1.0 else _last_name(reader, bare)
            posts = bare[: len(bare) - len(name)] if name else ""
            unit = bool(posts) and bool(UNIT_END_RE.search(posts)) and len(posts) <= 16  # 统战部甲、某学院乙
            if not name or not counted and (reader.name_score(normalize_name(name), "") or -9) < -1.0 or (index and posts and not title_end(posts) and not unit):
                entries = []
                break
            at = position + bare.rfind(name)
            posts = VISITED_LEAD_RE.sub("", posts)  # 甲一行走访了某厂总经理乙、…等人大代表: the visited, with their posts
            entries.append((at, normalize_name(name), trim_lead_in(posts).strip(" \u3000") if title_end(posts) else posts if unit else ""))
            position += len(piece) + 1
        # Short lists of bare names the mentions pass reads (not 等我市32名…, not 我校A、B or posts before names).
        led = bool(entries) and (entries[0][1] != normalize_name(pieces[0]) or any(posts for *_, posts in entries))
        if match.group("tally") and numeral(match.group("tally")) != len(entries):
            continue
        if len(entries) == 1 and match.group()[:1].isdigit() and numeral(re.match(r"\d+", match.group()).group()) != 1:
            continue  # 安丘27名政协委员中: one word before a count of many, without 等, is no name (a place)
        if led and text[start - 1 : start] in ("，", ","):  # 某会副主委、某局副局长甲，某办副主任乙等…委员: one entry a clause
            entries = posted_clauses(reader, text, start - 1, joined_posts=True, partial=True) + entries
        if len(entries) < (2 if led else 3) and not re.match(r"等(?:我|本|全)|\d", match.group()):
            continue
        role = "other" if len(match.group("role")) > 2 else role_of(match.group("role"))
        level = level_of(match.group("level") or "", "")
        group = reader.next_group()
        for at, name, affiliation in entries:
            found.add(Mention(name, at, at + len(name), role, level, affiliation, "", True, group, 3 if role != "other" else 1))


def _last_name(reader: Reader, words: str) -> str:
    """The best name that ends ``words`` (我校孙国正 → 孙国正, 民建区委会的辛某 → 辛某), by its shape: a tail the
    text repeats elsewhere in a word (明新 of 明新蔬菜合作社负责人伍明新) is no better for it."""
    scored = [((name_shape_score(words[-n:]) or -9) + (0.5 if n == 4 and transliteration_score(words[-n:]) == 1.0 else 0)
               + (1.0 if n < len(words) and title_end(words[:-n]) else 0), words[-n:])
              for n in (2, 3, 4) if n <= len(words)]  # 吉克曲布 made of a clan's and a given name's parts, not 曲布
    best = max(scored, default=(-9, ""))
    titled = len(best[1]) < len(words) and title_end(words[: -len(best[1])])  # 某市委副主委牛熠: a weak name after a title
    return best[1] if best[0] > -9 and (reader.name_score(best[1], "") or -9) >= (TITLED_LAST_BAR if titled else 0.5) else ""


def _read_continued(reader: Reader, found: Collector) -> None:
    text = reader.text
    for match in CONTINUED_RE.finditer(text):
        before, _ = clause_before(text, match.start() - (text[match.start() - 1] in "，,；;"))
        full = FULL_ROLE_RE.search(before)
        if not full or (full.group("body") == "人大") != (match.group("role") == "代表"):
            continue
        clause = clause_after(text, match.end())
        names = name_list(reader, clause, whole=2)
        if names:
            role = role_of(match.group("role"))
            level = level_of(before[: full.start("body")], "")  # 山东省澳区政协常委…，委员…: the whole place
            group = reader.next_group()
            for offset, name in names:
                begin = match.end() + offset
                found.add(Mention(name, begin, begin + len(name), role, level, "", "", True, group, 4))


def _read_another(reader: Reader, found: Collector) -> None:
    text = reader.text
    for match in ANOTHER_RE.finditer(text):
        clause = clause_after(text, match.end())
        options = [c for c in reader.candidates(clause) if c.affiliation and title_end(c.affiliation) and c.score > 0]
        if options:
            best = options[0]
            begin = match.end() + best.offset
            role = role_of(match.group("role"))
            found.add(Mention(best.name, begin, begin + len(best.name), role, "", best.affiliation, "", True,
                              reader.next_group(), best.score))


def _lines_below(reader: Reader, text: str, end: int) -> list[tuple]:
    entries: list[tuple] = []
    position = end + 1
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        if NOTE_LINE_RE.fullmatch(line) and not entries:
            pass  # （共46人，排名按得分多少为序）: a note on the list, between its heading and its names
        elif line.strip(" \u3000"):
            posted = posted_row(reader, line, position)
            names = (line_names(reader, line, position) or _led_by_name(reader, line, position) or (posted and [posted])
                     or ("、" in line and _entries(reader, text, position, line_end)) or None)  # 甲（农工党）、乙（科技）
            if names is None:
                break
            entries.extend(names)
        elif entries:
            break
        position = line_end + 1
    return entries


def _led_by_name(reader: Reader, line: str, base: int) -> list[tuple[int, int, str, float]] | None:
    """纪宝成，中共党员，我校校长…: the name that opens the line, described after it; None for any other line."""
    match = NAME_LED_RE.match(line)
    if not match:
        return None
    name = normalize_name(match.group("name"))
    score = reader.name_score(name, "")
    if score is None or score < LIST_BAR:
        return None
    return [(base + match.start("name"), base + match.end("name"), name, score)]
