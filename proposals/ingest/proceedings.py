"""Proceedings: who speaks and who is chosen in a report of a meeting, named without a role word:

- speakers in a paragraph about the delegates (``代表们在审议中踊跃发言。A说：“…”B表示，…``): a
  name that opens a sentence and is followed at once by a verb of speech, in the paragraph that
  says 代表们 or 委员们, or in the paragraphs right after it that open the same way; the name must
  not be named earlier on the page (a leader introduced by his posts who then speaks is no delegate);
- minutes that label each speech with the speakers' names and role (``A委员：…``, ``B、C委员：…``),
  where a Tibetan name of a herdsman needs no surname;
- the heads of a delegation, named before their post (``推选A担任某代表团团长，B、C担任副团长``,
  ``推选某书记A为某代表团团长，某州长B，某书记C为副团长``), or after it in a report of the delegation's
  meeting (``代表团团长、省委书记A，副团长、省长B出席``, ``审议时，团长A、副团长B与代表们…``);
- the movers on a suggestion's or a proposal's form, a field line each (``领衔代表：A``, ``提出人：B（共1名）``).
"""

from __future__ import annotations

import re
from functools import cache

from .affiliations import title_end, trim_lead_in
from .clauses import clause_after
from .delegations import congress_place, delegation_in_sentence, trim_delegation
from .evidence import name_evidence
from .gazetteer import prefectures
from .introductions import role_and_level
from .lexicon import CJK, NAME_DOTS, NOT_IN_NAMES, PROVINCES, role_of
from .name_lists import name_list
from .names import Reader
from .results import Collector, Mention
from .text import normalize_name

# 克智布委员：…, 仁青冷智、拉旦才郎委员：… opening a line of minutes.
# 领衔代表：甲, 提出人：乙（共1名）, 联名委员：丙、丁: a suggestion's or a proposal's form names its movers on a field line.
PROPOSER_FIELD_RE = re.compile(rf"^[ \u3000]*(?P<label>(?:领衔|联名|附议)(?:代表|委员|人)|提出人|提案人|建议人)[ \u3000]*[：:][ \u3000]*"
                               rf"(?P<names>[{CJK}{NAME_DOTS}、，, \u3000]{{2,80}}?)[ \u3000]*(?:[（(]共?[0-9０-９]+[名人][）)])?[ \u3000]*$",
                               re.MULTILINE)
LABELLED_RE = re.compile(rf"^[ \u3000■●◆▲]*(?P<names>[{CJK}{NAME_DOTS}、]{{2,40}}?)(?P<role>委员|代表)[：:]", re.MULTILINE)
# 推选A担任某代表团团长，B、C担任副团长: a delegation's heads, named before their post.
HEADS_RE = re.compile(rf"(?P<verb>担任|出任|任|为)(?P<delegation>[{CJK}]{{2,14}}?代表(?:总)?团)?(?:代表团|总团)?[副正]?团长")  # 正团长: the head, beside the 副团长
# 代表团团长、省委书记A，副团长、省长B出席; 审议时，团长A、副团长B与代表们…: the heads named after their post
# (not a 艺术团 or 记者团's: 团长 opens the phrase or follows 代表团).
TITLED_HEAD_RE = re.compile(rf"(?:(?<=代表团)|(?<![{CJK}])|(?<=[，,、由时]))副?团长、?(?=[{CJK}])(?![为是])")  # 团长是A: read by COPULA_HEAD_RE
# 选出某代表团团长为A，副团长为B及C; 某省代表团，团长是…会长A；副团长是…主委B: the heads named after 为/是;
# a delegation by a province's short name too (澳门团, 台湾团: the region's delegation to the congress).
COPULA_HEAD_RE = re.compile(rf"(?P<delegation>[{CJK}]{{2,14}}?团)?(?P<deputy>副)?团长(?:为|是)")
# The paragraph shows the delegation at work in the congress (审议, 全体会议, 代表们): no sports or trade delegation.
# 全国人大代表雅安市代表小组召集人、市长甲, 代表小组成员乙、丙: the deputies a city's group of them gathers.
DEPUTY_GROUP_RE = re.compile(r"代表小组(?:召集人|副?组长|成员)[、，,]?")
DELEGATION_AT_WORK_RE = re.compile(r"审议|全体会议|分组会议|代表们|人大|代表团代表")
DEPUTIES_SAID_RE = re.compile(r"(?:全国|港区|澳区)?人大代表")
HEADS_LEAD_RE = re.compile(r"^(?:会议)?(?:推选|选举|选出|同意|决定)(?:由)?")
# 与会全体代表推选A为某代表团团长: who chose them opens the sentence; the heads follow the verb.
HEADS_VERB_RE = re.compile(r"^.*(?:推选|选举|选出)(?:由)?")
HEAD_SPLIT_RE = re.compile(r"[，,]|(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})")
SENTENCE_START_RE = re.compile(r"(?:^|[。；;！？\n])(?P<rest>[^。；;！？\n]*)$")
PLACE_ENDS = frozenset("区界市县州省旗盟乡镇村港澳台")  # 港区代表：, 台盟台联界委员：, 闽港委员：
# Parties, sectors and kinds of delegate that label a group's speech (民建委员：, 特邀代表：).
LABEL_WORDS = frozenset(PROVINCES) | frozenset(
    "民革 民盟 民建 民进 农工 致公 九三 台盟 无党派 工商联 妇联 共青团 青联 科协 台联 侨联 文联 社科 经济 农业 教育 体育 新闻 "
    "医药 医卫 卫生 社会 福利 宗教 特邀 特别 港澳 台胞 侨胞 巾帼 党外 非公 民企 民营 外资 青年 少数 领衔 联名 附议".split())
ROLE_WORD_RE = re.compile(r"代表|委员|人大|政协|主任|主席|书记|记者")
# 代表们, 委员们, 省人大代表们; not 代表委员们 (either role).
PLURAL_RE = re.compile(r"(?<!代表)(?P<role>代表|委员)们")
# 三名某区全国人大代表出发前受访时均关注…。甲表示: a counted group of delegates interviewed, whose speakers
# the sentences after it name, as they do after 代表们.
INTERVIEWED_RE = re.compile(r"[0-9０-９一二两三四五六七八九十]+[名位][^，,。；;！？\n]{0,10}?(?P<role>代表|委员)(?![们会团长])"
                            r"[^，,。；;！？\n]{0,10}?(?:受访|接受[^，,。；;！？\n]{0,6}?采访)")
SPEAKER_RE = re.compile(
    rf"(?:^|(?<=[。！？!?”\n]))[ \u3000]*(?P<name>[{CJK}{NAME_DOTS}]{{2,14}}?)"
    r"(?:在发言中|在审议中|在讨论中|在(?:发言|审议|讨论)时|在会上|发言时|接着|也|则|还|更|就此|对此)?"
    r"(?:说|表示|认为|建议|提出|指出|谈到|坦言|直言|呼吁|强调|介绍|举例说|深有感触地说)(?:说)?(?=[：:，,“])"
)
# 甲就促进科技创新，乙就水污染防治，丙就…作了发言: the speakers of a paragraph about the delegates, each
# with the topic he spoke on, one sentence for all of them.
TOPIC_SENTENCE_RE = re.compile(r"(?:^|(?<=[。！？!?\n]))[ \u3000]*(?P<chain>[^。！？!?\n]{4,400}?)(?:作了|作|进行了)?(?:重点|专题|书面)?发言。")
TOPIC_SPEAKER_BAR = 1.5  # a surname and a given name before 就 (the follower's point included)
SPEAKER_BAR = 0.5  # a speaker's name stands alone, but where a name is expected
SPEAKER_PARAGRAPHS = 3  # paragraphs after the one that says 代表们 in which a speaker may open


def read_proceedings(reader: Reader, found: Collector) -> None:
    """Add the speakers, the labelled speakers of minutes, the movers on forms' field lines and the heads of
    delegations to ``found``."""
    text = reader.text
    if "们" in text or "访" in text:
        _read_speakers(reader, found)
    _read_labelled(reader, found)
    if "人" in text or "领衔" in text:
        _read_proposer_fields(reader, found)
    if "代表小组" in text:
        _read_deputy_groups(reader, found)
    if "团长" in text:
        _read_heads(reader, found)
        _read_titled_heads(reader, found)
        _read_copula_heads(reader, found)


def _read_deputy_groups(reader: Reader, found: Collector) -> None:
    """代表小组召集人、市长甲，代表小组成员乙、丙参加调研: the deputies a city's group of them gathers."""
    text = reader.text
    for match in DEPUTY_GROUP_RE.finditer(text):
        clause = clause_after(text, match.end())
        listed = name_list(reader, clause, whole=2)
        options = [c for c in reader.candidates(clause) if c.score >= 1.5 and (not c.affiliation or title_end(c.affiliation))]
        entries = [(offset, name, "") for offset, name in listed] or [(c.offset, c.name, c.affiliation) for c in options[:1]]
        group = reader.next_group()
        for offset, name, posts in entries:
            start = match.end() + offset
            found.add(Mention(name, start, start + len(name), "deputy", "", trim_lead_in(posts), "", True, group, 4))


def _read_speakers(reader: Reader, found: Collector) -> None:
    text = reader.text
    paragraphs = _paragraphs(text)
    for index, (start, end) in enumerate(paragraphs):
        plural = PLURAL_RE.search(text, start, end) or INTERVIEWED_RE.search(text, start, end)
        if not plural:
            continue
        judged = role_and_level(text, plural.start("role"), plural.group("role"))
        if judged is None:
            continue
        role, level = judged
        group: list[int] = []  # one group for the paragraph's speakers, numbered when the first is found
        _speakers_in(reader, found, plural.end(), end, role, level, group)
        _topic_speakers_in(reader, found, plural.end(), end, role, level)
        for begin, stop in paragraphs[index + 1 : index + 1 + SPEAKER_PARAGRAPHS]:
            if PLURAL_RE.search(text, begin, stop) or not _speakers_in(reader, found, begin, stop, role, level, group):
                break


def _speakers_in(reader: Reader, found: Collector, begin: int, end: int, role: str, level: str,
                 group: list[int]) -> bool:
    """Add the speakers who open a sentence between ``begin`` and ``end``; whether the first sentence had one."""
    text = reader.text
    opened = False
    for speaker in SPEAKER_RE.finditer(text, begin, end):
        name = normalize_name(speaker.group("name"))
        score = reader.name_score(name, "说")
        if score is None or score - 1.0 < SPEAKER_BAR or text.find(speaker.group("name")) < speaker.start("name"):
            continue
        opened = opened or not text[begin : speaker.start("name")].strip(" \u3000")
        if not group:
            group.append(reader.next_group())
        found.add(Mention(name, speaker.start("name"), speaker.end("name"), role, level, "", "", True, group[0], score))
    return opened


def _topic_speakers_in(reader: Reader, found: Collector, begin: int, end: int, role: str, level: str) -> None:
    """甲就…，乙就…作了发言: every clause of the sentence a name and 就, two clauses or more."""
    text = reader.text
    for sentence in TOPIC_SENTENCE_RE.finditer(text, begin, end):
        entries, position = [], sentence.start("chain")
        for clause in re.split(r"[，,；;]", sentence.group("chain")):
            at = clause.find("就")
            name = normalize_name(clause[:at]) if at > 0 else ""
            if not name or (reader.name_score(name, "就") or -9) < TOPIC_SPEAKER_BAR:
                entries = []
                break
            entries.append((position, name))
            position += len(clause) + 1
        if len(entries) < 2:
            continue
        group = reader.next_group()
        for at, name in entries:
            found.add(Mention(name, at, at + len(name), role, level, "", "", True, group, 3))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for line in text.split("\n"):
        if line.strip(" \u3000"):
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _read_labelled(reader: Reader, found: Collector) -> None:
    text = reader.text
    for match in LABELLED_RE.finditer(text):
        entries, position = [], match.start("names")
        for piece in match.group("names").split("、"):
            name = normalize_name(piece)
            if not _labelled_name(reader, name):
                entries = []
                break
            entries.append((position, name))
            position += len(piece) + 1
        role = role_of(match.group("role"))
        group = reader.next_group() if entries else 0
        for at, name in entries:
            found.add(Mention(name, at, at + len(name), role, "", "", "", True, group, 2))


def _read_proposer_fields(reader: Reader, found: Collector) -> None:
    """A form's field line of movers: deputies for 代表 or 建议人, members for 委员 or 提案人; for 提出人 and 领衔人, whichever
    the page files (代表建议 or 议案 a congress's, 提案 the CPPCC's)."""
    text = reader.text
    for match in PROPOSER_FIELD_RE.finditer(text):
        label = match.group("label")
        if "代表" in label or label == "建议人":
            role = "deputy"
        elif "委员" in label or label == "提案人":
            role = "member"
        else:
            role = "deputy" if text.count("建议") + text.count("议案") > text.count("提案") else "member"
        entries, position = [], match.start("names")
        for piece in re.split(r"([、，, \u3000]+)", match.group("names")):
            if piece and not re.fullmatch(r"[、，, \u3000]+", piece):
                if not _labelled_name(reader, normalize_name(piece)):
                    entries = []
                    break
                entries.append((position, normalize_name(piece)))
            position += len(piece)
        group = reader.next_group() if entries else 0
        for at, name in entries:
            found.add(Mention(name, at, at + len(name), role, "", "", "", True, group, 3))


def _labelled_name(reader: Reader, name: str) -> bool:
    """A label's name: no word, title, place, party or sector (民建委员：, 文艺界委员：), and one that reads as a
    name or, where a name needs no surname (仁青冷智), two to five characters."""
    if (not 2 <= len(name) <= 14 or not NOT_IN_NAMES.isdisjoint(name) or title_end(name) or name[-1] in PLACE_ENDS
            or not _no_name_words().isdisjoint((name, name[:2]))
            or name in prefectures() or ROLE_WORD_RE.search(name)):
        return False
    return reader.name_score(name, "") is not None or len(name) <= 5


@cache
def _no_name_words() -> frozenset[str]:
    evidence = name_evidence()
    return evidence.common_words | evidence.not_name | evidence.places | LABEL_WORDS


def _read_heads(reader: Reader, found: Collector) -> None:
    """推选A担任某代表团团长，B、C担任副团长; 推选某书记A为某代表团团长，某州长B，某书记C为副团长."""
    text = reader.text
    previous_end, previous_delegation = 0, ""
    for match in HEADS_RE.finditer(text):
        start = max(SENTENCE_START_RE.search(text, 0, match.start()).start("rest"), previous_end)
        before = text[start : match.start()]
        stripped = before.lstrip("，,、 \u3000")
        before, start = stripped, start + len(before) - len(stripped)
        lead = HEADS_LEAD_RE.match(before) or HEADS_VERB_RE.match(before)
        if lead:
            before, start = before[lead.end() :], start + lead.end()
        previous_end = match.end()
        delegation = match.group("delegation") or ""
        if not delegation:  # 为总团副团长, 为代表团副团长: the delegation whose head was named just before
            delegation = previous_delegation or delegation_in_sentence(text, match.start())
        delegation = trim_delegation(re.sub(r"^.*(?:担任|出任)", "", delegation))
        previous_delegation = delegation
        # 共有十七名港区人大代表出席，由A担任团长: the deputies the sentence is about, their delegation unnamed.
        deputies = not delegation and bool(DEPUTIES_SAID_RE.search(text, start, match.start()))
        entries = _heads(reader, before, match.group())
        if not entries and (_congress_delegation(delegation) or deputies):
            # 某代表团于3日成立，某主席A担任团长: clauses about the delegation before the one naming its head.
            entries = _heads(reader, before, match.group(), skip_lead=True)
        if not (delegation or deputies) or not entries:
            continue
        group = reader.next_group()
        for offset, name, affiliation in entries:
            found.add(Mention(name, start + offset, start + offset + len(name), "deputy", "", affiliation, delegation,
                              True, group, 4))


def _read_titled_heads(reader: Reader, found: Collector) -> None:
    """代表团团长、省委书记A，副团长、省长B出席; 团长A、副团长B: the heads of the delegation the paragraph is about."""
    text = reader.text
    for begin, end in _paragraphs(text):
        if not DELEGATION_AT_WORK_RE.search(text, begin, end):
            continue
        read_until = begin
        for match in TITLED_HEAD_RE.finditer(text, begin, end):
            sentence = max(SENTENCE_START_RE.search(text, 0, match.start()).start("rest"), read_until)
            deputies = bool(DEPUTIES_SAID_RE.search(text, sentence, match.start()))  # 十七名港区人大代表…副团长A
            head = text.rfind("团长", sentence, match.start())
            if head >= 0 and not deputies and not text[:head].endswith("代表团") and not text[: match.start()].endswith("代表团"):
                continue  # 某艺术团团长A、副团长B: a 副团长 going on from a head who is no delegation's
            delegation = delegation_in_sentence(text, match.start())
            if not delegation and text[: match.start()].endswith("代表团"):  # 代表团团长A, the paragraph after 某代表团举行全体会议
                delegation = _delegation_above(text, begin)
            if not _congress_delegation(delegation) and not deputies:
                continue
            # 副团长A、B、C参加审议; 副团长A、B和C等50名某代表团代表出席: the post shared by a list of names.
            clause = re.split(r"[，,。；;！？\n]", text[match.end() : end], maxsplit=1)[0]
            heads = name_list(reader, clause, whole=2) if "团长" not in clause else []
            if heads:
                # The shared post as printed, with the delegation when it is glued on (广西代表团副团长).
                post = (delegation if text[: match.start()].endswith(delegation) else "") + match.group()
                group = reader.next_group()
                for offset, name in heads:
                    at = match.end() + offset
                    found.add(Mention(name, at, at + len(name), "deputy", "", post, delegation, True, group, 4))
                read_until = match.end() + heads[-1][0] + len(heads[-1][1])
                continue
            first = re.split(r"[、]", clause, maxsplit=1)[0]
            options = [c for c in reader.candidates(first) if c.score > 0 and (not c.affiliation or title_end(c.affiliation))]
            options.sort(key=lambda c: not (c.offset == 0 and c.score >= 1.5))  # 团长甲和某会副主任乙: the head is 甲
            if not options and first != clause:  # 团长、市委书记、市人大常委会主任A: posts joined by 、 before the name
                options = [c for c in reader.candidates(clause) if c.score > 0 and c.affiliation
                           and all(title_end(post) for post in c.affiliation.split("、"))]
            if options:
                best, at = options[0], match.end() + options[0].offset
                read_until = at + len(best.name)
                found.add(Mention(best.name, at, at + len(best.name), "deputy", "", best.affiliation, delegation, True,
                                  reader.next_group(), best.score))


def _read_copula_heads(reader: Reader, found: Collector) -> None:
    """选出某团团长为A，副团长为B及C; 某代表团，团长是…的…会长A；副团长是…主委B: the heads named after
    为/是, in a paragraph about the congress, each of the delegation named with the head or just before."""
    text = reader.text
    for begin, end in _paragraphs(text):
        if not DELEGATION_AT_WORK_RE.search(text, begin, end):
            continue
        delegation = ""
        for match in COPULA_HEAD_RE.finditer(text, begin, end):
            named = _short_delegation(match.group("delegation") or "")
            if named:
                delegation = named
            elif not match.group("delegation"):
                delegation = delegation or delegation_in_sentence(text, match.start())
            else:
                delegation = ""  # 某艺术团团长为A: a troupe's head
            if not _congress_delegation(delegation) and not _short_delegation(delegation):
                continue
            clause = re.split(r"[，,；;。！？\n]", text[match.end() : end], maxsplit=1)[0]
            names = name_list(reader, clause, whole=2)
            # 澳门团团长为A，副团长为B及C: the post as printed, with the delegation when it is named with it.
            post = named + ("副团长" if match.group("deputy") else "团长")
            if names:
                entries = [(offset, name, post) for offset, name in names]
            else:
                options = [c for c in reader.candidates(clause) if c.score > 0 and c.offset + len(c.name) == len(clause)
                           and (not c.affiliation or title_end(c.affiliation))]
                # 祖籍台南的…会长A: what is said of the person before 的 is no post
                posts = options[0].affiliation.rsplit("的", 1)[-1] if options else ""
                entries = [(options[0].offset, options[0].name, posts if title_end(posts) else post)] if options else []
            group = reader.next_group() if entries else 0
            for offset, name, affiliation in entries:
                at = match.end() + offset
                found.add(Mention(name, at, at + len(name), "deputy", "", affiliation, delegation, True, group, 4))


def _short_delegation(delegation: str) -> str:
    """某省代表团 or a region's delegation by its short name (澳门团, 台湾团); "" for any other 团."""
    delegation = trim_delegation(delegation) if delegation.endswith("代表团") else delegation
    if delegation.endswith("代表团"):
        return delegation if _congress_delegation(delegation) else ""
    place = next((p for p in PROVINCES if delegation.endswith(p + "团")), "")
    return delegation[-len(place) - 1 :] if place else ""


def _delegation_above(text: str, begin: int) -> str:
    """The congress's delegation the paragraph above names last (…湖北代表团举行全体会议。)."""
    end = len(text[:begin].rstrip("\n \u3000"))
    named = delegation_in_sentence(text, end) if end else ""
    return named if _congress_delegation(named) else ""


def _congress_delegation(delegation: str) -> bool:
    """贵州代表团, 大同市代表团, 解放军代表团: a place's (or the army's) delegation to a congress; not 中国体育代表团."""
    return congress_place(delegation.removesuffix("代表团"))


def _heads(reader: Reader, before: str, verb: str, skip_lead: bool = False) -> list[tuple[int, str, str]]:
    """The people named before their post: bare names (A、B、C) or each with posts (某书记A，某州长B和某主任C).
    ``verb`` is the post with its verb (为副团长): 为 alone at a clause's end follows no name.
    ``skip_lead``: clauses before the first that ends in a name are no heads (某代表团成立，某主席A担任团长)."""
    names = name_list(reader, before + verb, minimum=1, single_bar=1.5)
    if names and len(names) > 1:
        return [(offset, name, "") for offset, name in names]
    entries, position = [], 0
    for piece in HEAD_SPLIT_RE.split(before):
        options = [c for c in reader.candidates(piece + verb) if c.offset + len(c.name) == len(normalize_name(piece))
                   and c.score > 0 and (not c.affiliation or title_end(c.affiliation))]
        if not options and skip_lead and not entries:
            position = before.find(piece, position) + len(piece)
            continue
        if not options:
            return [(offset, name, "") for offset, name in names]  # one name alone, or nothing
        at = before.find(piece, position)
        entries.append((at + options[0].offset, options[0].name, options[0].affiliation))
        position = at + len(piece)
    return entries
