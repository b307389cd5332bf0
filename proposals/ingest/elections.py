"""Election results: the people a session elects to the offices of the CPPCC or of the congress's
standing committee (``会议选举甲为政协某市第八届委员会副主席，选举乙、丙为…常务委员``,
``丁当选为自治州政协第九届委员会主席；戊、己当选为…副主席``, ``某书记庚、辛当选市政协常委``).

Everyone so elected sits on the body: a CPPCC committee's chairs, secretary-general and standing
members are its members, the congress standing committee's are deputies. The office must name the
body (政协, 人大, 人民代表大会) and end its clause; ``为`` is read only in a sentence that says who
elected them (选举, 推选, 选出, 补选, 增选): ``以甲为组长的政协调研组`` elects no one. Also read: counted
lists of those elected (``当选的12人依次是…``, ``其中：某县补选3名（甲、乙、丙）`` under ``补选了5名市人大代表``) and
candidates said to be elected (``代表候选人甲、乙同志当选``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .affiliations import title_end, trim_lead_in
from .clauses import level_of
from .enumerations import count_value
from .lexicon import PARTY_UNIT_RE, PERSON_MARKER_RE
from .name_lists import counted_names, filling_names, name_list
from .names import Reader
from .results import Collector, Mention
from .text import normalize_name

ELECTION_VERB = r"(?:选举|推选|选出|补选|增选|增补)"
# The office, its body named: 政协北京市第十三届委员会副主席, 市政协常委, 市人大第十七届常委会副主任,
# 第十四届全国人民代表大会代表. The body holds no comma, stop, 、 or second 为.
OFFICE_RE = re.compile(
    r"(?P<verb>当选为?(?!的)|(?<=[\u4e00-\u9fff）)])为)"  # 甲向新当选的…主席乙颁发证书: the one elected comes after
    r"(?P<body>[^，,。；;、为\n]{0,24}?(?:(?P<cppcc>政协|政治协商会议)|人大|人民代表大会)[^，,。；;、为\n]{0,16}?)"
    r"(?P<office>副委员长|委员长|副主席|主席|副主任|主任|秘书长|常务委员|常委|委员|代表)(?=[，,。；;\n]|[ \u3000]+[\u4e00-\u9fff]|、[^，,。；;\n]{2,12}?为|$)"
)  # 选举甲为某州人大代表、乙同志为副镇长: the next entry after 、; 甲当选为…副主任 乙当选…: a space between entries
# 甲当选省政协某届委员会主席，乙、丙当选副主席，丁当选秘书长。戊等135名同志当选常务委员; 选举甲为某省人大常委会
# 主任，乙、丙为副主任: the office without its body, the body the paragraph's last office named.
BARE_OFFICE_RE = re.compile(r"(?P<verb>当选为?|(?<=[\u4e00-\u9fff）)])为)(?P<office>副委员长|委员长|副主席|主席|副主任|主任|秘书长|常务委员|常委)"
                            r"(?=[，,。；;\n]|[ \u3000]+[\u4e00-\u9fff]|$)")
COUNT_TAIL_RE = re.compile(r"等?[0-9０-９一二两三四五六七八九十百]+[名位人](?:同志)?$")
# 当选的12人按得票排序依次是甲(440票)、乙(437票)…: those elected, counted, each with the votes
# they won; the page says elsewhere what the same number of people were elected as (12名澳区全国人大代表).
COUNTED_ELECTED_RE = re.compile(r"当选(?:的|者)?(?P<count>[0-9０-９一二两三四五六七八九十]+)(?:人|名|位)"
                                r"[^，,。；;：:\n]{0,12}?(?:是|为|[：:])(?P<list>[^。；;\n]{4,400})")
# 补选了5名市人大代表。其中：东丰县补选3名（甲、乙、丙）；西安区补选2名（丁、戊）: the count says who, the
# paragraph's counted role says what they were elected.
BRACKETED_ELECTED_RE = re.compile(rf"{ELECTION_VERB}(?:了|出)?(?P<count>[0-9０-９一二两三四五六七八九十]+)名"
                                  r"[^（(，,。；;：:\n]{0,12}?[（(](?P<list>[^（）()\n]{2,200})[）)]")
# 中央提名的代表候选人甲、乙同志当选: candidates for deputy (or member) whom the sentence says were elected.
CANDIDATES_ELECTED_RE = re.compile(r"(?P<role>代表|委员)候选人(?P<list>[^，,。；;\n]{2,60}?)(?:同志)?(?:均|都|全部)?当选(?=[，,。；;\n])")
VOTED_ENTRY = r"[\u4e00-\u9fff·]{2,10}?[ \u3000]*[（(][ \u3000]*[0-9０-９]+[ \u3000]*票[ \u3000]*[）)]"
VOTED_RUN_RE = re.compile(rf"(?<=[为為是：:，,\s]){VOTED_ENTRY}(?:、{VOTED_ENTRY}){{2,}}")  # three entries at least
VOTES_RE = re.compile(r"[ \u3000]*[（(][ \u3000]*[0-9０-９]+[ \u3000]*票[ \u3000]*[）)][ \u3000]*")
COUNTED_ROLE_RE = re.compile(r"(?P<count>[0-9０-９一二两三四五六七八九十]+)名(?P<prefix>[^，,。；;的\n]{0,10}?)"
                             r"(?P<role>人大代表|政协委员|政协常委|人代)")
ELECTED_IN_SENTENCE_RE = re.compile(ELECTION_VERB)
# 其他23名政协副主席包括：甲、乙…; 新一届13位副委员长分别是…: a body's officers counted, then listed.
COUNTED_OFFICERS_RE = re.compile(r"(?P<count>[0-9０-９一二两三四五六七八九十]+)[名位](?P<body>(?:全国)?(?:政协|人大常委会))?"
                                 r"(?P<office>副主席|副委员长|副主任|常务委员|常委)(?:包括|分别是|分别为|依次是|依次为|是|为)[：:]?"
                                 r"(?P<list>[^。；;！？\n：:]{4,400})")
LEAD_RE = re.compile(rf"^.*{ELECTION_VERB}(?:了|出)?")
# 甲满票当选…, 乙第三次当选…, 丙再次当选…: how the vote went or how often, before its verb.
VOTES_TAIL_RE = re.compile(r"(?:以)?(?:满票|全票|高票)$|(?:第[一二三四五六七八九十]次|再次|再度|连续|又|再)$")
PASSIVE_TAIL_RE = re.compile(rf"(?:获得|获|被|经)?{ELECTION_VERB}$")
# 主持人宣布：甲当选为…: the colon opens the entry; 甲当选省人大常委会主任 乙、丙当选为副主任: a space after an office does.
SEGMENT_START_RE = re.compile(r"[，,。；;！？：:\n]|(?<=[任席员委长])[ \u3000]+(?=[\u4e00-\u9fff])")
# What a body's name holds besides its place: the body, its term and committee.
BODY_WORDS_RE = re.compile(r"第?[一二三四五六七八九十]+届|中国人民|政协|政治协商会议|人大|人民代表大会|常务委员会|常委会|委员会")
CONGRESS_OFFICE_RE = re.compile(r"常务委员会|常委会")


class _Office(NamedTuple):
    """An office a clause elects someone to (乙当选副主席 borrows the body of the office named before it)."""

    start: int
    end: int
    verb: str
    body: str
    cppcc: bool
    office: str


def read_elections(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` everyone an election result names."""
    text = reader.text
    if "选" not in text and "增补" not in text:
        return  # 选举, 当选, 增补: no election result without one
    offices = [_Office(m.start(), m.end(), m.group("verb"), m.group("body"), bool(m.group("cppcc")), m.group("office"))
               for m in OFFICE_RE.finditer(text)]
    named = list(offices)
    for bare in BARE_OFFICE_RE.finditer(text):
        last = next((o for o in reversed(named) if o.end <= bare.start()), None)
        if last and "\n" not in text[last.end : bare.start()] and bare.start() - last.end < 300:
            offices.append(_Office(bare.start(), bare.end(), bare.group("verb"), last.body, last.cppcc, bare.group("office")))
    for start, end, verb, body, cppcc, office_word in sorted(offices):
        role = _role(office_word, body, cppcc)
        if role is None:
            continue
        segment_start = _segment_start(text, start)
        # 选举甲为主任；乙、丙为副主任: the election verb may stand clauses before, past a semicolon.
        sentence_start = max(text.rfind(stop, 0, start) for stop in "。！？\n") + 1
        if verb == "为" and not ELECTED_IN_SENTENCE_RE.search(text, sentence_start, start):
            continue
        before = text[segment_start:start]
        before = PASSIVE_TAIL_RE.sub("", VOTES_TAIL_RE.sub("", before))  # 甲、乙等十三人获得增补为…委员, 丙满票当选…
        lead = LEAD_RE.match(before)
        if lead:
            before, segment_start = before[lead.end() :], segment_start + lead.end()
        before = COUNT_TAIL_RE.sub("", before)  # 戊等135名同志: the one named of those counted
        tail = text[start:end]
        before, where = _without_markers(before)  # 甲(女,藏族)、乙为…: what the brackets say of them is no name
        entries = [(where[offset], name, posts) for offset, name, posts in _entries(reader, before, tail)]
        if not entries:
            continue
        # 甲当选为自治州政协第九届委员会副主席: the office elected to is what the page says of the person's role, not
        # the work unit and post printed with the name (某局局长甲当选…: those stay). Every key of sets 197 to 223 that
        # met an office said so (seven pages, five keyers) left it out; the earlier keys that put it in were fewer.
        place = BODY_WORDS_RE.sub("", body)
        level = level_of(place, session_level) if place else session_level
        group = reader.next_group()
        for offset, name, posts in entries:
            start = segment_start + offset
            found.add(Mention(name, start, start + len(name), role, level, posts, "", True, group, 4))


def read_elected_candidates(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the candidates a sentence says were elected (代表候选人甲、乙同志当选), at the level of the
    congress or conference the paragraph elects to."""
    text = reader.text
    for match in CANDIDATES_ELECTED_RE.finditer(text):
        names = filling_names(reader, match.group("list"), minimum=1)
        if not names:
            continue
        paragraph = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        level = "national" if re.search(r"全国人民代表大会代表|全国人大代表|全国政协委员", paragraph) else session_level
        role, group = "deputy" if match.group("role") == "代表" else "member", reader.next_group()
        for offset, name in names:
            start = match.start("list") + offset
            found.add(Mention(name, start, start + len(name), role, level, "", "", True, group, 4))


def _role(office: str, body: str, cppcc: bool) -> str | None:
    """member for a CPPCC office; deputy for one of the congress's standing committee or a deputy's seat."""
    if cppcc:
        return "member" if office != "代表" else None
    if office == "代表":
        return "deputy"
    # 人大常委会副主任, 人民代表大会常务委员会委员: the standing committee is named; a 主任 of anything else is not.
    # 当选某省第十四届人大常委: the congress's 常委 is its standing committee's member.
    return "deputy" if CONGRESS_OFFICE_RE.search(body + office) or office in ("常委", "常务委员") and body.endswith("人大") else None


def _segment_start(text: str, end: int) -> int:
    """Where the clause ending at ``end`` starts (at most 80 characters back); a comma inside a person's
    note (甲(女,藏族)) ends nothing."""
    start = max(0, end - 80)
    notes = [(m.start(), m.end()) for m in PERSON_MARKER_RE.finditer(text, start, end)]
    return max((match.end() for match in SEGMENT_START_RE.finditer(text, start, end)
                if not any(a < match.start() < b for a, b in notes)), default=start)


def _without_markers(before: str) -> tuple[str, list[int]]:
    """``before`` without its persons' notes, and for each of its characters where it stood."""
    kept, where, position = [], [], 0
    for marker in [*PERSON_MARKER_RE.finditer(before), None]:
        stop = marker.start() if marker else len(before)
        kept.append(before[position:stop])
        where.extend(range(position, stop))
        position = marker.end() if marker else stop
    return "".join(kept), [*where, len(before)]


def _entries(reader: Reader, before: str, tail: str) -> list[tuple[int, str, str]]:
    """The people elected: bare names (甲、乙、丙: ``name_list`` reads forty), one name after its posts (某局局长甲), or names after
    the post they share (副主委甲、乙)."""
    names = name_list(reader, before + tail, minimum=1, single_bar=1.5)
    if names and names[-1][0] + len(names[-1][1]) > len(before) and tail.startswith("为"):
        names = name_list(reader, before + "说", minimum=1, single_bar=1.5)  # 颜华 + 为副主席: 为 is the office's
    if names and names[-1][0] + len(names[-1][1]) <= len(before):
        return [(offset, name, "") for offset, name in names]
    options = [c for c in reader.candidates(before + tail)
               if c.offset + len(c.name) == len(before) and c.affiliation and title_end(c.affiliation)]
    if options and "、" not in before[options[0].offset :]:
        best = options[0]
        return [(best.offset, best.name, trim_lead_in(best.affiliation))]
    for cut in range(2, min(len(before) - 2, 20)):
        posts = before[:cut]
        if not (title_end(posts) or PARTY_UNIT_RE.search(posts)):  # 民建某区基层委员会甲、乙当选: their party's unit
            continue
        names = name_list(reader, before[cut:] + tail, minimum=2)
        if names and names[-1][0] + len(names[-1][1]) <= len(before) - cut:
            return [(cut + offset, name, posts) for offset, name in names]
    return []


def read_counted_elected(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the people of a counted list of those elected (当选的12人依次是甲(440票)、乙…) when the page
    says elsewhere that as many were elected deputies or members, and every entry is a name."""
    text = reader.text
    for match in COUNTED_ELECTED_RE.finditer(text):
        count = count_value(match.group("count"))
        said = next((r for r in COUNTED_ROLE_RE.finditer(text) if count_value(r.group("count")) == count), None)
        if said is None or count < 2:
            continue
        names = counted_names(reader, VOTES_RE.sub("", match.group("list")), count)
        if not names:
            continue
        _add_counted(found, reader, text, said, names, match.start("list"), session_level)
    for run in VOTED_RUN_RE.finditer(text) if "票" in text else ():  # 按得票数分别为甲 (465票)、乙 (459票)…: each entry a name and its votes
        paragraph_start = text.rfind("\n", 0, run.start()) + 1
        entries = [VOTES_RE.sub("", entry) for entry in run.group().split("、")]
        said = sorted((r for r in COUNTED_ROLE_RE.finditer(text, paragraph_start, run.start())  # the largest count that
                       if count_value(r.group("count")) >= len(entries)), key=lambda r: count_value(r.group("count")))  # holds them
        own = COUNTED_ELECTED_RE.search(text, max(paragraph_start, text.rfind("。", 0, run.start()) + 1), run.end())
        if own and count_value(own.group("count")) not in {count_value(r.group("count")) for r in said}:
            continue  # 当选的3人依次是… under 12名…代表: the list counts other people (the counted reading's)
        if said and all((reader.name_score(normalize_name(e), "") or 0) >= 1.0 for e in entries if e):
            _add_counted(found, reader, text, said[-1], [normalize_name(e) for e in entries if e], run.start(), session_level)
    for match in BRACKETED_ELECTED_RE.finditer(text):
        paragraph_start = text.rfind("\n", 0, match.start()) + 1
        said = [r for r in COUNTED_ROLE_RE.finditer(text, paragraph_start, match.end()) if r.start() < match.start("list")]
        names = counted_names(reader, match.group("list"), count_value(match.group("count"))) if said else []
        if names:
            _add_counted(found, reader, text, said[-1], names, match.start("list"), session_level)


def read_counted_officers(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the officers a counted list names (其他23名政协副主席包括：甲、乙…): members of the CPPCC for its offices, deputies
    for the congress's; the count must be the number of names."""
    text = reader.text
    for match in COUNTED_OFFICERS_RE.finditer(text):
        names = counted_names(reader, match.group("list").rstrip("等"), count_value(match.group("count")))
        body, office = match.group("body") or "", match.group("office")
        if not names or not body and office != "副委员长":
            continue  # 新一届市委3名常委分别是…, 街道办事处3名副主任: no body's officers (副委员长 are the congress's only)
        role = "member" if "政协" in body else "deputy"
        paragraph = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        level = "national" if "全国" in (body or paragraph) else session_level
        group = reader.next_group()
        for name in names:
            at = text.find(name, match.start("list"))
            found.add(Mention(name, at, at + len(name), role, level, "", "", True, group, 4))


def _add_counted(found: Collector, reader: Reader, text: str, said: re.Match, names: list[str], start: int,
                 session_level: str) -> None:
    role = "member" if "政协" in said.group("role") else "deputy"
    level = level_of(said.group("prefix"), session_level)
    group = reader.next_group()
    for name in names:
        at = text.find(name, start)
        found.add(Mention(name, at, at + len(name), role, level, "", "", True, group, 4))
