"""People a sentence about a group of delegates goes on to list: ``广东团连任代表约占三分之一，其中包括
某院院士、某所所长甲，某集团董事长乙等``, ``农民工代表增加到三个，他们分别是：某公司车间副主任丙（女）、…``.

The group is a role word earlier in the same sentence (连任代表, 农民工代表, 政协委员们); every entry of the
list must be a name right after its posts, or a plain name in a list of names only: that is the
evidence the list is of the group's people, not of the topics, places or officials a sentence may list.
"""

from __future__ import annotations

import re

from .affiliations import title_end, trim_lead_in
from .clauses import level_of
from .enumerations import count_value
from .introductions import role_and_level
from .name_lists import counted_names, name_list
from .names import Reader
from .results import Collector, Mention

LEAD_RE = re.compile(r"[，,](?:其中)?(?:还|也)?(?:包括|有)?(?:他们|她们)?(?:分别)?(?:是|为|包括|有)[：:]?"
                     r"|(?<=[。；;])(?:他们|她们)(?:分别)?(?:是|为)[：:]?"  # …另有七张新面孔。他们是：
                     r"|(?<=代表|委员)(?:还|也)包括[：:]?")  # 其他当选代表还包括某会会长甲、某议员乙以及丙等
# The group: a role word, not one of a body's or of a verb (代表团, 委员会, 代表…发言).
GROUP_ROLE_RE = re.compile(r"(?P<prefix>[\u4e00-\u9fff]{0,6}?)(?P<role>人大代表|政协委员|政协常委|代表|委员|(?<=[转出]任)政协|(?<=[港澳]区)政协(?!委员|常委))(?:们)?(?![团会长组])")
# 入选主席团: people chosen to a session's presidium, deputies or members of the body the page names before it.
PRESIDIUM_GROUP_RE = re.compile(r"(?:入选|进入|名列)了?(?:大会)?主席团")
BODY_RE = re.compile(r"人大|人民代表大会|政协")
PRESIDIUM_OF_RE = re.compile(r"(人大|人民代表大会|政协)[^，,。；;\n]{0,12}?主席团")
SENTENCE_START_RE = re.compile(r"[。；;！？!?\n]")
SENTENCE_END_RE = re.compile(r"[。；;！？!?\n]")
NOTE_RE = re.compile(r"[（(](?:女|男|[\u4e00-\u9fff]{1,4}族)[）)]")
# 等, 等5位代表, 等开国劳动模范: what the list's people are, after it.
TAIL_RE = re.compile(r"等(?:[0-9０-９一二两三四五六七八九十]+[位名人])?(?:代表|委员|[\u4e00-\u9fff]{2,8})?$")
LIST_CLOSE_RE = re.compile(r"等[，,]")
COUNT_RE = re.compile(r"([0-9０-９一二两三四五六七八九十]+)[名位个人]")
TITLED_BAR = 1.5  # a surname and a given name, after posts
BRACKETED_COUNT_RE = re.compile(r"(?P<count>[0-9０-９一二两三四五六七八九十]+)[名位](?P<prefix>[^，,。；;（()）]{0,8}?)"
                                r"(?P<role>人大代表|政协委员|政协常委|代表|委员)[（(](?P<list>[^（()）]{2,300})[）)]")
# Examples of a roster's people: …代表有, …新人有, ，如…, 既有…如.
EXAMPLE_LEAD_RE = re.compile(r"(?:代表|人士|新人|精英|新面孔)有|[，,](?:比如|例如|如)(?=[\u4e00-\u9fff])")
# The roster the paragraph is about: 新一届全国政协委员名单出炉, 十三届全国政协委员中，住粤委员共64人.
ROSTER_REACH = 600  # the roster is named in the paragraph, or the one or two before it
ROSTER_ROLE_RE = re.compile(r"(?P<level>全国|省|自治区|市|县|区)?(?:人大代表|政协委员)(?=名单|中|共)")
PLAIN_BAR = 1.5


def read_included(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the people listed after 其中包括 / 他们分别是 in a sentence about a group of delegates."""
    text = reader.text
    for lead in LEAD_RE.finditer(text):
        if not _lead_words(lead.group()):
            continue
        before = lead.start() - 1 if text[lead.start()] in "他她" else lead.start()  # the group in the sentence before
        start, judged = _group_before(text, before, lead.start())
        if judged is None:
            continue  # no group, or 职工代表, 学生代表: no congress's deputies
        stop = SENTENCE_END_RE.search(text, lead.end())
        end = stop.start() if stop else len(text)
        closed = LIST_CLOSE_RE.search(text, lead.end(), end)  # …甲、乙、丙等，其中甲…: the list closes at 等
        end = closed.start() + 1 if closed else end
        entries = _entries(reader, text, lead.end(), end)
        if "和" in text[lead.end() : end] or "及" in text[lead.end() : end]:  # …董事长甲及某集团主席乙: the reading with more entries
            entries = max(entries, _entries(reader, text, lead.end(), end, joined=True), key=len)
        counted = list(COUNT_RE.finditer(text, start, lead.start()))
        # 包括: some of those counted; a list ending in 等 names some too (另有七张新面孔。他们是：甲、乙等).
        whole = "包括" not in lead.group() and "有" not in lead.group() and not text[lead.end() : end].rstrip().endswith("等")
        if len(entries) < 2 or (whole and counted and all(count_value(c.group(1)) != len(entries) for c in counted)):
            continue  # 4名代表中，分别是甲、乙: the list is not the people counted (8名…分布于7个专委会，分别是: one count is)
        role, said_level = judged
        level = said_level or session_level
        group = reader.next_group()
        for at, name, posts in entries:
            found.add(Mention(name, at, at + len(name), role, level, posts, "", True, group, 4))
    _read_roster_examples(reader, found, session_level)
    _read_bracketed_counts(reader, found, session_level)
    _read_semicolon_lists(reader, found, session_level)


# …邀请十余位省政协委员直面媒体。其中包括：某医院科主任甲；某协会名誉会长乙；…: the group in the sentence before.
SEMICOLON_LEAD_RE = re.compile(r"(?<=[。！!])(?:其中)?(?:包括|有|分别是|分别为)[：:](?=[^。\n]*[；;])")
SEMICOLON_LIST_END_RE = re.compile(r"[。\n]")


def _read_semicolon_lists(reader: Reader, found: Collector, session_level: str) -> None:
    """A list after 其中包括： whose entries, each posts and a name, are set apart by semicolons; the group is a role word in
    the sentence before. Entries that do not read so (the excerpt cut inside one) are left out, when most of them do."""
    text = reader.text
    for lead in SEMICOLON_LEAD_RE.finditer(text):
        _, judged = _group_before(text, lead.start() - 1, lead.start())
        if judged is None:
            continue
        stop = SEMICOLON_LIST_END_RE.search(text, lead.end())
        pieces = [(m.start(), m.group()) for m in re.finditer(r"[^；;]+", text[lead.end() : stop.start() if stop else len(text)])]
        entries = []
        for at, piece in pieces:
            piece = piece.rstrip(" \u3000")
            options = [c for c in reader.candidates(piece) if c.offset + len(c.name) == len(piece)
                       and c.affiliation and title_end(c.affiliation) and c.score >= TITLED_BAR]
            if options:
                entries.append((lead.end() + at + options[0].offset, options[0].name, trim_lead_in(options[0].affiliation)))
        if len(entries) < 2 or 2 * len(entries) < len(pieces):
            continue
        role, said_level = judged
        group = reader.next_group()
        for at, name, posts in entries:
            found.add(Mention(name, at, at + len(name), role, said_level or session_level, posts, "", True, group, 4))


def _read_bracketed_counts(reader: Reader, found: Collector, session_level: str) -> None:
    """4名区人大代表（甲、乙、丙、丁）和14名区政协委员（…）: a counted role, its people in brackets after it."""
    text = reader.text
    for match in BRACKETED_COUNT_RE.finditer(text):
        judged = role_and_level(text, match.start("role"), match.group("role"))
        if judged is None:
            continue
        names = counted_names(reader, match.group("list"), count_value(match.group("count")))
        if not names:
            continue  # the count says the brackets hold every one of them, names only
        role, said_level = judged
        group = reader.next_group()
        for name in names:
            at = text.find(name, match.start("list"))
            found.add(Mention(name, at, at + len(name), role, said_level or session_level, "", "", True, group, 4))


def _read_roster_examples(reader: Reader, found: Collector, session_level: str) -> None:
    """新一届全国政协委员名单出炉…发展商代表有某集团行政总裁甲、某集团主席乙等; 既有企业精英，如某公司董事长丙，…:
    examples of the people of a roster the paragraph is about, each a name after its posts."""
    text = reader.text
    for lead in EXAMPLE_LEAD_RE.finditer(text):
        said = list(ROSTER_ROLE_RE.finditer(text, max(0, lead.start() - ROSTER_REACH), lead.start()))
        if not said:
            continue
        stop = SENTENCE_END_RE.search(text, lead.end())
        entries = [e for e in _entries(reader, text, lead.end(), stop.start() if stop else len(text), partial=True) if e[2]]
        if len(entries) < 2:
            continue  # only names after their posts: a list of people, not of topics or places
        role = "member" if "政协" in said[-1].group() else "deputy"
        level = level_of(said[-1].group("level") or "", session_level) if said[-1].group("level") else session_level
        group = reader.next_group()
        for at, name, posts in entries:
            found.add(Mention(name, at, at + len(name), role, level, posts, "", True, group, 3))


def _group_before(text: str, before: int, end: int) -> tuple[int, tuple[str, str] | None]:
    """Where the sentence holding ``before`` starts, and the role and level of the last group it names before ``end``
    (None when it names none, or one of no congress: 职工代表)."""
    start = max((m.end() for m in SENTENCE_START_RE.finditer(text, max(0, before - 120), before)), default=max(0, before - 120))
    groups = list(GROUP_ROLE_RE.finditer(text, start, end))
    presidium = list(PRESIDIUM_GROUP_RE.finditer(text, start, end))
    if presidium and (not groups or presidium[-1].start() > groups[-1].start()):
        # 某党派一把手入选主席团，包括…: the presidium the page names with its session (某届人大某次会议主席团), else the last body
        named = PRESIDIUM_OF_RE.findall(text, 0, presidium[-1].start()) or BODY_RE.findall(text, 0, presidium[-1].start())
        return start, (("member" if named[-1] == "政协" else "deputy"), "") if named else None
    return start, role_and_level(text, groups[-1].start("role"), groups[-1].group("role")) if groups else None


def _lead_words(lead: str) -> bool:
    """包括, 其中有, 他们分别是: a lead that introduces members of the group, not any 是 or 有."""
    words = lead.strip("，,：:")
    return words.startswith("其中") or "分别" in words or words.startswith(("他们", "她们")) or words in ("包括", "还包括", "也包括")


def _entries(reader: Reader, text: str, begin: int, end: int, partial: bool = False,
             joined: bool = False) -> list[tuple[int, str, str]]:
    """Each entry (where it starts, the name, its posts): titled names separated by ， or 、 (posts may
    hold 、 themselves), or a list of names only; [] unless every entry is one. ``joined``: 和 and 及 may
    set entries apart too (…董事长甲及某集团主席乙), though a post holds them as often (农业和农村委员会, 信和主席):
    the caller tries both readings and takes the one with more entries."""
    segment = NOTE_RE.sub(lambda m: " " * len(m.group()), text[begin:end])
    segment = TAIL_RE.sub("", segment.rstrip(" \u3000"))
    plain = name_list(reader, segment + "说", minimum=2)
    if plain and plain[-1][0] + len(plain[-1][1]) == len(segment.rstrip(" ")):
        return [(begin + offset, name, "") for offset, name in plain]
    entries: list[tuple[int, str, str]] = []
    piece_start, position = 0, 0
    for part in re.split(r"([、，,]|以及|和|及)" if joined else r"([、，,]|以及)", segment):  # …主席林某，以及某会长蔡某: 以及 before the last
        position += len(part)
        if part in ("、", "，", ",", "以及", "和", "及"):
            if part in ("以及", "和", "及") and position - len(part) <= piece_start <= position:
                piece_start = position  # ，以及 or 甲以及: the entry before has ended, the next starts after 以及
            continue
        piece = segment[piece_start:position].strip(" \u3000")
        offset = piece_start + len(segment[piece_start:position]) - len(segment[piece_start:position].lstrip(" \u3000"))
        options = [c for c in reader.candidates(piece) if c.offset + len(c.name) == len(piece.rstrip(" "))
                   and c.affiliation and title_end(c.affiliation) and c.score >= TITLED_BAR]
        if options:
            best = options[0]
            entries.append((begin + offset + best.offset, best.name, trim_lead_in(best.affiliation)))
            piece_start = position + 1
    return entries if partial or piece_start >= len(segment) else []  # partial: the entries up to what is none
