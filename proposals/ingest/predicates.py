"""Delegates whose role is said of them rather than printed with their name: the role as the
predicate (大荔县医院副院长张碧灵是连任两届的老代表, 施杰是两届的老委员) or the delegation they sit in
(她是嘉兴代表团的杨珍)."""

from __future__ import annotations

import re

from .acts import read_passages, read_tabled_and_honoured
from .affiliations import title_end, trim_lead_in
from .clauses import clause_after, clause_before, level_of
from .delegation_members import read_delegation_members
from .delegations import delegation_in_sentence
from .enumerations import count_value, read_role_enumerations
from .lexicon import ETHNIC_WORD, role_of
from .name_lists import filling_names, name_list
from .names import Reader
from .results import Collector, Mention
from .role_subjects import read_one_of_them, read_pronoun_roles
from .subjects import (
    LISTED_SUBJECT_BAR,
    PREDICATE_BAR,
    add_all,
    add_listed_subjects,
    posts_before,
    sentence_subject,
    subject_readings,
)

# 是 + a short description (no stop, comma or second 是) + the role, ending the clause: 是连任两届的老代表.
ROLE_PREDICATE_RE = re.compile(
    r"是(?P<description>(?:来自[^，,。；;！!？?\n是“”\"]{2,24}?的)?[^，,。；;！!？?\n是“”\"]{0,16}?)"  # 是来自某村民小组的基层代表
    r"(?P<level>全国|省|自治区|市|县|区|旗)?(?:人大代表|(?P<member>政协委员|政协常委|委员)|代表)(?=[，,。；;！!？?])"
)
# …工会主席刘某作为民盟界别的政协委员在…参会: the role the subject sits as.
AS_ROLE_RE = re.compile(  # 以全国人大代表的身份参加…, 以市、县人大代表身份到…: the capacity the subject acts in
    r"(?:作为|(?P<by>以))(?P<description>[^，,。；;！!？?\n“”\"]{0,12}?)(?P<level>全国|省|自治区|市|县|区|旗)?"
    r"(?:人大代表|人大常委(?!会)|(?P<member>政协委员|政协常委|政协常务委员(?:会委员)?))(?(by)的?身份)"  # 作为市政协常务委员会委员参加会议
)  # 作为市人大常委: a member of the congress's standing committee is one of its deputies
# The description must read as one: not 他的, 之一 or numbers of people (代表的助手: the lookahead above).
NOT_DESCRIPTION_RE = re.compile(r"[们他她其该这那]|之一|(?:[0-9０-９]+|[两二三四五六七八九十百][一二三四五六七八九十]*)(?:名|位|个)")
# 门巴族代表格桑德吉还记得, 回族委员马某说: the ethnic group the delegate is seated for, then the role.
ETHNIC_ROLE_RE = re.compile(rf"{ETHNIC_WORD}(?:女|男)?(代表|委员)(?![团组会])")  # 德昂族女代表杨某
ETHNIC_ROLE_BAR = 1.5  # the name and a verb after it; the ethnic group says who is meant
# 来自教育系统的王某，连续第二届当选市人大代表: the subject of 当选, in its clause or the one before.
# 当选为某市政协常委; 甲等52人当选为自治州政协第十四届委员会常务委员 (a new committee's members).
# 来自某州的某某从一名孤儿成长为全国人大代表: the subject of what the person grew into.
# 甲、乙及丙首次出任政协, 丁由港区人大转任政协: appointed to the conference (出任, 转任, 获委任), bare 政协 ending the clause.
ELECTED_RE = re.compile(r"(?<![曾原])(?<!曾经)(?:当选|入选|连任|(?:首次|首度)?(?:出任|转任|获委任为?|获任|晋身)|担任(?:本届|新一届)?|从[^，,。；;！!？?\n“”]{1,12}?(?:成长|成|转变)为)(?:为)?"
                        r"(?:第?[一二三四五六七八九十]{1,3}(?:、[一二三四五六七八九十]{1,3}){0,8}届的?)?(?:[\u4e00-\u9fff]{2,4}?(?=[省市县区旗]))?(?P<level>全国|省|自治区|自治州|市|州|盟|县|区|旗)?"
                        r"(?:人大代表|人大常委(?![会员])|(?P<member>政协委员|政协常委|政协(?:第?[一二三四五六七八九十]{1,3}届)?委员会(?:常务)?委员"
                        r"|政协(?=[，,。；;！!？?\n])))")
# 甲曾担任政协委员: a past role is none (the lookbehind).
# 甲等52人当选为…: the first of those elected, the count after the name.
# 甲、乙(按姓氏笔画排列)等12名民革党员担任…: the count, with what they are, and an order note before it.
LIST_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:等人?)?(?:则|亦|也|都|均)(?:由[^，,。；;、]{1,8})?$|等人?$")
MANNER_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff])以[^，,。；;、]{2,12}(?:身份|名义)$")
WHEN_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:今年|去年|此次|这次|再次|再度|又|顺利|高票|已经|已|第[一二三四五六七八九十]次){1,2}$")
LIST_LEAD_RE = re.compile(r"^(?:至于|而|另外|此外|同时|(?:会员|社员|盟员)(?=[^、]{2,4}、))")  # 会员甲、乙当选: a party's members
ORDER_NOTE_END_RE = re.compile(r"[（(]按[^（）()]{2,8}排[列序][）)]$")
COUNTED_SUBJECT_RE = re.compile(r"(?:[（(]按[^（）()]{2,8}排[列序][）)])?等(?P<count>[0-9０-９一二三四五六七八九十百]+)[人名位][^，,。；;、]{0,6}$")
WHEN_RE = re.compile(r"^(?:从|到|至|于|在)?(?:[0-9０-９]{4}年|今年|去年|同年|当年)")
NEXT_CLAUSE_RE = re.compile(r"[^。！？!?\n，,]*[，,]")
ADVERBIAL_RE = re.compile(r"^[^，,。]{0,10}$")
# 本会永远荣誉会长（全国人大代表）霍某: the role in brackets between the posts and the name.
BRACKET_ROLE_RE = re.compile(r"[（(](?P<level>全国|省|自治区|市|县|区|旗)?(?:人大代表|(?P<member>政协委员|政协常委))[）)]")
# 来自协合乡的代表黄某表示, 我州参加第十一届全国人大五次会议的代表张某、李某: the bare role after
# where the person comes from or the meeting they attend (not 企业的代表, a company's representative).
# 作为女代表之一的谢某: one of the deputies, then the name.
# 作为来自医药卫生界的委员，甲也…: where the subject comes from, then the name opening the next clause.
DESCRIBED_ROLE_RE = re.compile(r"(?:来自[^，,。；;\n的]{1,12}|(?:会议|大会|两会|报到))的(?:基层|一线|女|年轻|老|新)?(代表|委员)(?![们团会组])"
                               r"|作为[^，,。；;\n]{0,6}?(代表|委员)之一的"
                               # 作为一名来自司法系统的全国政协委员，某院副院长甲…: posts may open the next clause
                               r"|作为(?:一名|一位|一个)?来自[^，,。；;\n的]{1,12}的(?:全国|省|自治区|市|县|区|旗)?(?:人大|政协)?(代表|委员)[，,]"
                               r"|(?:作为(?:一名|一位)|身为)(?:[\u4e00-\u9fff]{1,4}界|基层|一线|新|老|女|年轻)?(代表|委员)[，,]"  # 身为教育界代表，…甲
                               # 作为人大代表的一员，甲…; 最年长的委员是1950年出生的乙: one of them, the one a superlative picks.
                               r"|作为[^，,。；;\n]{0,6}?(代表|委员)中?的一员[，,]|最[^，,。；;\n的]{1,4}的(代表|委员)是(?:[^，,。；;\n的]{0,10}的)?"
                               # 同为本届市人大新代表的某村党支部书记甲: a deputy like the one before, posts, then the name.
                               r"|同(?:样)?为[^，,。；;\n的]{0,12}?(代表|委员)的"
                               # 这位年轻代表叫陈某: the name the deputy is called by.
                               r"|(?:这位|这名|一位|一名)[^，,。；;\n的]{0,6}?(代表|委员)(?:名叫|叫做?)")


def _comma_joined(reader: Reader, text: str, clause_start: int, listed: list, count: str) -> list:
    """The list before ``等N名`` with the names of the clause before it (a comma typed for 、), when
    that clause holds only names and the count then counts them all."""
    earlier, earlier_start = clause_before(text, clause_start - 1)
    more = filling_names(reader, earlier) if "、" in earlier else []
    if not more or more[0][0] or count_value(count) != len(more) + len(listed):
        return listed
    return [(offset + earlier_start - clause_start, name) for offset, name in more] + listed


def read_predicates(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the delegates the text says are deputies or members (…是老代表, X代表团的NAME)."""
    text = reader.text
    read_pronoun_roles(reader, found, session_level)
    read_one_of_them(reader, found, session_level)
    for match in [*ROLE_PREDICATE_RE.finditer(text), *AS_ROLE_RE.finditer(text)]:
        if NOT_DESCRIPTION_RE.search(match.group("description")):
            continue
        before, clause_start = clause_before(text, match.start())
        line = before.rfind("\n") + 1  # a card's name and posts, lines above 作为一名人大代表…, are no subject list
        before, clause_start = before[line:].strip(" \u3000"), clause_start + line + len(before[line:]) - len(before[line:].lstrip(" \u3000"))
        before = re.sub(r"(?:第一次|首次|再次|又|也|还|都|均|等)$", "", before)  # 甲第一次以…代表的身份: how often, no name
        role = "member" if match.group("member") else "deputy"
        level = level_of(match.group("level") or "", session_level) if match.group("level") else session_level
        if add_listed_subjects(reader, found, before, clause_start, role, level):
            continue
        options = [c for c in reader.candidates(before, need_title=False)
                   if c.offset + len(c.name) == len(before) and c.score >= PREDICATE_BAR]
        if not before and text[clause_start - 1 : clause_start] in ("，", ","):  # 甲、乙等知名人士，都是全国政协委员
            listed, listed_start = clause_before(text, clause_start - 1)
            listed = re.sub(r"等[\u4e00-\u9fff]{0,6}$", "", listed)  # the list before the comma, its group word dropped
            if "、" in listed and add_listed_subjects(reader, found, listed, listed_start, role, level):
                continue
        if not before and text[match.start() - 1 : match.start()] in ("，", ","):  # 甲家住某村，是一名…代表: the sentence's subject
            before, clause_start, options = sentence_subject(reader, match.start())
        if not options:
            continue
        best = options[0]
        affiliation = posts_before(best.affiliation)
        start = clause_start + best.offset
        found.add(Mention(best.name, start, start + len(best.name), role, level, affiliation,
                          delegation_in_sentence(text, start), bool(affiliation), reader.next_group(), best.score))
    for match in BRACKET_ROLE_RE.finditer(text):
        clause = clause_after(text, match.end())
        options = [c for c in reader.candidates(clause, need_title=False) if c.offset == 0 and c.score >= 1.5]
        if not options:
            continue
        best = options[0]
        before, _ = clause_before(text, match.start())
        affiliation = trim_lead_in(before) if title_end(before) else ""
        level = level_of(match.group("level") or "", session_level) if match.group("level") else session_level
        start = match.end()
        found.add(Mention(best.name, start, start + len(best.name), "member" if match.group("member") else "deputy",
                          level, affiliation, "", True, reader.next_group(), best.score))
    read_tabled_and_honoured(reader, found, session_level)
    read_role_enumerations(reader, found, session_level)
    for match in ELECTED_RE.finditer(text):
        before, clause_start = clause_before(text, match.start())
        note = ORDER_NOTE_END_RE.search(text, max(0, clause_start - 12), clause_start)
        if note and COUNTED_SUBJECT_RE.fullmatch(text, note.start(), match.start()):
            before, clause_start = clause_before(text, note.start())  # 甲、乙(按姓氏笔画排列)等12名…: the note is no break
        counted = COUNTED_SUBJECT_RE.search(text, clause_start, match.start())
        before = COUNTED_SUBJECT_RE.sub("", before)
        # 至于甲、乙则由港区人大转任政协委员, 丙、丁等亦首次晋身政协: the words around the list are no part of it.
        tail = LIST_TAIL_RE.search(before) or WHEN_TAIL_RE.search(before)  # 来自云南的甲今年连任…: a time after the name
        before = before[: tail.start()] if tail else before
        lead = LIST_LEAD_RE.match(before)
        if lead:
            before, clause_start = before[lead.end() :], clause_start + lead.end()
        role = "member" if match.group("member") else "deputy"
        level = level_of(match.group("level") or "", session_level) if match.group("level") else session_level
        listed = filling_names(reader, before)  # 甲、乙及丙首次出任政协: each of them
        if listed:
            if counted and text[clause_start - 1 : clause_start] in ("，", ","):  # 甲、乙,丙、丁等4名: a comma for 、
                listed = _comma_joined(reader, text, clause_start, listed, counted.group("count"))
            add_all(found, listed, clause_start, role, level, reader.next_group())
            continue
        if "、" in before and add_listed_subjects(reader, found, before, clause_start, role, level):
            continue  # 某总支部甲、乙当选区政协常委: a unit before the first name
        # 某某从一名孤儿成长为…: the path from what the person was frames the name; a transliterated one will do.
        options = subject_readings(reader, before, LISTED_SUBJECT_BAR if match.group().startswith("从") else PREDICATE_BAR)
        if not options and ADVERBIAL_RE.match(before) and text[clause_start - 1 : clause_start] in ("，", ","):
            before, clause_start = clause_before(text, clause_start - 1)
            before = MANNER_TAIL_RE.sub("", before)  # 甲、乙以特别邀请人士身份，亦入选…: the list before the manner
            if "、" in before and add_listed_subjects(reader, found, before, clause_start, role, level):
                continue
            options = subject_readings(reader, before)
        if not options and ADVERBIAL_RE.match(before):  # 甲回国7年，在某地工作5年，这次当选全国政协委员
            before, clause_start, options = sentence_subject(reader, clause_start)
        comma = not options and WHEN_RE.match(before) and NEXT_CLAUSE_RE.match(text, match.end())
        if comma:  # 从…，到2023年当选全国人大代表把…，甲始终…: the subject after the time, opening the next clause
            before, clause_start = clause_after(text, comma.end()), comma.end()
            options = [c for c in reader.candidates(before, need_title=False) if c.offset == 0 and c.score >= PREDICATE_BAR]
        if not options:
            continue
        best = options[0]
        affiliation = posts_before(best.affiliation)
        start = clause_start + best.offset
        found.add(Mention(best.name, start, start + len(best.name), role, level, affiliation, "", bool(affiliation),
                          reader.next_group(), best.score))
    read_passages(reader, found, session_level)
    for match in ETHNIC_ROLE_RE.finditer(text):
        clause = clause_after(text, match.end())
        options = [(c.name, c.score) for c in reader.candidates(clause, need_title=False)
                   if c.offset == 0 and c.score >= ETHNIC_ROLE_BAR]
        head, _, rest = clause.partition("、")  # 藏族代表甲、门巴族代表乙、…: each entry its group's and a name
        if not options and ETHNIC_ROLE_RE.match(rest):
            options = [(name, ETHNIC_ROLE_BAR) for _, name in filling_names(reader, head, minimum=1)]
        if not options:
            continue
        (name, score), start = options[0], match.end()
        found.add(Mention(name, start, start + len(name), role_of(match.group(1)), session_level, "",
                          delegation_in_sentence(text, start), True, reader.next_group(), score))
    for match in DESCRIBED_ROLE_RE.finditer(text):
        clause = clause_after(text, match.end())
        role = role_of(next(g for g in match.groups() if g))
        names = name_list(reader, clause + "说", minimum=1)  # the list may fill the clause
        if names and names[0][0] == 0:
            group = reader.next_group()
            for offset, name in names:
                start = match.end() + offset
                found.add(Mention(name, start, start + len(name), role, session_level, "", "", True, group, 4))
            continue
        options = [c for c in reader.candidates(clause, need_title=False) if c.offset == 0 and c.score >= 1.0]
        if not options and match.group().endswith(("，", ",", "的", "是")):
            options = [c for c in reader.candidates(clause, need_title=False)
                       if c.affiliation and c.offset == len(c.affiliation) and posts_before(c.affiliation) and c.score >= 1.5]
        if options:
            best = options[0]
            start = match.end() + best.offset
            prefix = re.sub(r"(?:人大|政协)?新?$", "", match.group()[: match.start(match.lastindex) - match.start()])
            found.add(Mention(best.name, start, start + len(best.name), role, level_of(prefix, session_level),
                              posts_before(best.affiliation) if best.affiliation else "", "", True, reader.next_group(), best.score))
    read_delegation_members(reader, found, session_level)
