"""Delegate mentions: every place a delegate is named with a role (ROLE、AFFILIATION NAME说,
AFFILIATION NAME代表, X代表团代表NAME, NAME等代表, profiles); later references by bare name are ``references``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .affiliations import (
    PARENTHESIS_RE,
    UNIT_END_RE,
    lists_people,
    parenthetical_affiliation,
    title_end,
    trim_lead_in,
)
from .attendees import read_attendees
from .bracket_rows import read_bracket_rows
from .clauses import clause_after, clause_before, entry_end, level_of
from .committee_posts import read_committee_posts
from .delegation_members import named_by_places
from .delegations import delegation_after_name, delegation_in_sentence, split_delegation, trim_delegation
from .elections import read_counted_elected, read_counted_officers, read_elected_candidates, read_elections
from .enumerations import LIST_AFTER_ROLE_RE, read_enumerations
from .evidence import given_word, name_evidence, opens_with_word
from .first_person import read_first_person
from .group_lines import read_group_lines
from .group_photos import read_group_photos
from .included import read_included
from .introductions import read_introductions
from .label_lines import read_label_lines
from .later_posts import posts_before_role
from .lexicon import (
    CLAUSE_BREAK,
    DELEGATION_THEN_ROLE_RE,
    GROUP_BEFORE_ROLE_RE,
    GROUP_RE,
    NEXT_ROLE_RE,
    NOT_DELEGATION_SHORT,
    POST_ROLE_RE,
    ROLE_RE,
    role_of,
)
from .lists import read_lists
from .name_lists import filling_names, name_list, names_before, posted_entries, shared_post_list, titled_names
from .name_shapes import han_score
from .names import Reader
from .office_rosters import read_executive_chairs, read_office_rosters
from .post_roles import read_post_roles
from .predicates import read_predicates
from .proceedings import read_proceedings
from .profiles import read_profiles
from .proposal_series import read_honoured_series, read_proposal_series
from .quoted_roles import read_quoted_roles
from .results import Mention
from .role_subjects import AS_ROLE_RE, PREDICATE_ROLE_RE, as_role_subject, posts_after_commas
from .rosters import read_rosters
from .roundups import read_cards, read_roundups

NEWS_LEAD_RE = re.compile(r"[0-9０-９]{4}年|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|本报讯|[讯电][ \u3000]*$")  # no affiliation holds a date
POSITION = r"[（(][左右中前后起一二三四五六七八九十、]{1,6}[）)]"  # (右), (左二): where someone stands in a photo
LIST_CONTINUES_RE = re.compile(rf"(?:{POSITION})?[、和与及]")
MARKED_NAME_RE = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)(?={POSITION})")
# 连续四届当选全国人大代表的洪湖市…书记叶昌保: 的 after the role joins it to the person it describes.
ROLE_SEPARATOR_RE = re.compile(r"[、，,]\s*|\s+|的")
PADDED_PAIR_RE = re.compile(r"([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])")
# 全国政协委员 徐某：a transcript's speaker label fixes a name's ends its shape alone may doubt (里, a locative); not 委员 连线：
LABEL_NAME_RE, LABEL_NAME_BAR = re.compile(r"[ \u3000]*([\u4e00-\u9fff]{2,3})"), 1.0
TIME_CLAUSE_RE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:以来|来|期间|年里|年间)")  # 多年来, 履职以来, 这五年里
# 市人大代表，分别是某县委副书记、县长邝某: the copula opens the clause, the affiliation follows it.
COPULA_START_RE = re.compile(r"^(?:分别|也|就|还|都)?是")
# 代表尉迟某说, 建塘镇代表孙某说, 文史社科组委员肖某表示: the bare role opens a sentence (after a town, a group, or ”).
BARE_ROLE_START_RE = re.compile(r"(?:^|(?<=[\n。！？”」；;，,]))(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|苏木|[^小]组)|现届|本届|上届|新任)?"
                                + POST_ROLE_RE.pattern,  # 现届委员甲、乙则因年龄原因未在名单之内
                                re.MULTILINE)
WORD_NAME_BAR = 1.7  # 呼声和 (1.2), 通过深入 (-0.8) are words; 王国庆 (2.15) opens with one and is a name
DESCRIBED_BAR = 2.0  # a name right after 代表的 / 委员的 that does not open with a word (呼吁和)
UNIT_NAME_BAR = 0.7  # 、民革某支部赵某: a unit before the name, and no title, reads a name weaker than after a title
BARE_ROLE_BAR = 1.7  # a surname, a given name and a verb after them (代表杨玲建议)
COMMA_ROLE_VERB_RE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:建议|提出|认为|指出|呼吁|说|表示(?!感谢|谢意|衷心|热烈|诚挚|慰问|祝贺|欢迎))")
LABEL_LEAD_RE = re.compile(r"[\u4e00-\u9fff]{0,8}")  # 州, 某县: no more than a place before the role
LABEL_BAR = -0.5  # a surname and any given name: the label's colon ends it
CONJUNCTION_END_RE = re.compile(r"[和与及、]$")
PRONOUN_START_RE = re.compile(r"[我你他她](?![校院市县区省州旗盟镇乡村司厂所局会部站行社委])")  # 我校…院长 is a post
SAID_RE = re.compile(r"强调|表示|指出|认为")  # 委员时强调…: words of a sentence, never an affiliation
# 现任…, and posts that open with a verb (召集 + 人): 港区全国人大代表召集人某某.
HOST_VERB_RE = re.compile(r"(?:会见|接见|看望|慰问|邀请|走访|拜访|欢迎|送别|荣获|获评|被评为)[^，,。；;]*$")  # 荣获…委员，: an honour
NAMED_AS_RE = re.compile(r"被评为|获评|荣获|当选|等[0-9０-９一二两三四五六七八九十百]+[名位]")  # 委员，甲、乙被评为…代表, 丙等10名…代表
OTHER_COUNTED_RE = re.compile(r"等[0-9０-９一二两三四五六七八九十百]+[件个项家][^、，,。；;]{0,16}、")
OTHER_GROUP_RE = re.compile(r"^[^，,。；;]{2,8}?等[0-9０-９一二两三四五六七八九十百]+[名位个](?![^，,。；;]{0,8}(?:代表|委员))")
OBJECT_LEAD_RE = re.compile(r"^(?:围绕|针对|关于|对照|听取|学习|结合|传达|(?:会议|大会|选举)?由)")  # 选出…代表，会议由甲主持
POST_VERB_START_RE = re.compile(r"^(?:现任|现为|任|系|是|担任|(?:召集|主持|负责|创始|带头)人(?=、|[\u4e00-\u9fff]{2}))")
PLURAL_BEFORE_ROLE_RE = re.compile(r"(?:广大|各位|全体|众多|诸位|与会)(?:全国|省|自治区|市|州|县|区|旗)?$")


class MentionCollector:
    """The mentions found so far: a new one replaces an overlapping one only when it says more."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.mentions: list[Mention] = []

    def add(self, m: Mention) -> None:
        for other in self.mentions:
            if other.start < m.end and m.start < other.end:
                if ((m.full, not lists_people(m.affiliation), bool(m.affiliation), bool(m.delegation))
                        > (other.full, not lists_people(other.affiliation), bool(other.affiliation), bool(other.delegation))):
                    self.mentions.remove(other)
                    break
                return
        self.mentions.append(m)

    def add_names(self, names: list[tuple[int, str]], base: int, role: str, level: str, delegation: str, score: float,
                  affiliation: str = "") -> None:
        group = self.reader.next_group()
        for offset, name in names:
            self.add(Mention(name, base + offset, base + offset + len(name), role, level, affiliation, delegation, True, group, score))
        self.continue_list(base + names[-1][0] + len(names[-1][1]), role, level, group)

    def continue_list(self, end: int, role: str, level: str, group: int) -> None:
        # "比其格图(右)与…", "巴图孟和(左)、高岚在驻地交流": more people after a position marker.
        text = self.reader.text
        match = LIST_CONTINUES_RE.match(text, end)
        if not match:
            return
        start = match.end()
        clause = clause_after(text, start)
        names = name_list(self.reader, clause, minimum=1)
        marked = MARKED_NAME_RE.match(text, start)  # 甲（左一）、乙（左二）、丙（右一）在交谈: each name before its marker
        if not names and marked and (self.reader.name_score(marked.group(1), "") or 0) >= 1.0:
            names = [(0, marked.group(1))]
        for offset, name in names:
            self.add(Mention(name, start + offset, start + offset + len(name), role, level, "", "", True, group, 3))
        if names:
            self.continue_list(start + names[-1][0] + len(names[-1][1]), role, level, group)


def find_mentions(reader: Reader, session_level: str) -> list[Mention]:
    """Every place a delegate is named with a role, in text order."""
    text = reader.text
    found = MentionCollector(reader)
    add, add_names, _continue_list = found.add, found.add_names, found.continue_list

    # 1. ROLE、AFFILIATION NAME verb   /   ROLE NAME verb   /   ROLE NAME、NAME verb
    carried: tuple[int, str, str] | None = None  # a first role's (end of its clause, role, level)
    for role_match in ROLE_RE.finditer(text):
        role = role_of(role_match.group(1))
        line_start = text.rfind("\n", 0, role_match.start()) + 1
        prefix = text[line_start : role_match.start()]
        if GROUP_BEFORE_ROLE_RE.search(prefix):
            continue  # 赵明远等30名全国人大代表: the group pattern below reads it
        if PLURAL_BEFORE_ROLE_RE.search(prefix):
            continue  # 广大政协委员的智慧与心血: the members at large, no one named after them
        if LIST_AFTER_ROLE_RE.match(text, role_match.end()):
            continue  # 人大代表，他们分别是…: read_enumerations reads the list
        level = level_of(prefix, session_level)
        if carried and role_match.start() < carried[0] and carried[1] == role:
            level = carried[2]  # 自治区政协委员、某区政协常委甲: the role printed first is the one the page gives
        carried = None
        after = role_match.end()
        separator = ROLE_SEPARATOR_RE.match(text, after)
        described = bool(separator) and separator.group() == "的"  # 代表的 + affiliation + name, or 代表的呼吁
        after_comma = bool(separator) and separator.group()[0] in "，,"  # 委员，… : the next clause may be another's
        if after_comma and PREDICATE_ROLE_RE.search(clause_before(text, role_match.start())[0]):
            continue  # 主任肖某作为区人大代表，科员郭某…: the role is said of the subject before it
        if separator:
            after = separator.end()
        order = ORDER_BRACKET_RE.match(text, after)  # 西藏全国政协委员（从左到右）格桑某、…
        if order:
            after = order.end()
        # 全国政协委员（某商会会长）王某认为: the affiliation in brackets between the role and the name.
        bracket = PARENTHESIS_RE.match(text, after)
        before_name = parenthetical_affiliation(text, after) if bracket else ""
        if before_name:
            after = bracket.end()
        clause = clause_after(text, after)
        # 市人大代表、阳高代表团闫某说: the delegation between the role and the name (delegation_in_sentence keeps it)
        rest, rest_start, glued = split_delegation(clause, after) if separator and separator.group()[0] == "、" else ("", 0, "")
        if glued and any(c.offset == 0 for c in reader.candidates(rest)[:1]):
            after, clause = rest_start, rest
        if separator and TIME_CLAUSE_RE.fullmatch(clause) and text[after + len(clause) : after + len(clause) + 1] in ("，", ","):
            after += len(clause) + 1  # 作为全国人大代表，多年来，甲结合…: a time phrase, then the subject
            clause = clause_after(text, after)
        padded = PADDED_PAIR_RE.fullmatch(clause)  # 区人大代表 宋 宁: a two-character name padded to three
        if padded and (reader.name_score(padded.group(1) + padded.group(2), "") or 0) >= 1.0:
            add(Mention(padded.group(1) + padded.group(2), after, after + len(clause), role, level, "", "", True,
                        reader.next_group(), 3))
            continue
        label = LABEL_NAME_RE.fullmatch(clause) if text[after + len(clause) : after + len(clause) + 1] in ("：", ":") else None
        if (label and text[after + label.start(1) - 1] in " \u3000" and not CLAUSE_BREAK.search(prefix.strip())
                and (han_score(label.group(1)) or 0) >= LABEL_NAME_BAR and label.group(1) not in name_evidence().common_words):
            add(Mention(label.group(1), after + label.start(1), after + label.end(1), role, level, "", "", True, reader.next_group(), 3))
            continue
        if as_role_subject(reader, found, role_match.start(), after, clause, role, level):
            continue
        # 作为水务行业的人大代表，他始终将…: the role is the subject's, and the subject opens the next clause.
        subject_first = after_comma and bool(
            AS_ROLE_RE.match(clause_before(text, role_match.start())[0]))
        # A clause holds one role: "…董事长宋立国和全国政协常委、…院长上官秀兰" names two people.
        next_role = NEXT_ROLE_RE.search(clause)
        if next_role:
            if clause[:1] in "和与及" or separator and NAMED_AS_RE.search(clause, 0, next_role.start()):  # 代表和住冀全国政协委员
                continue
            place = clause[: next_role.start()]
            if next_role.group()[0] in "省市县区旗州盟" and len(place) <= 5 and not re.search(r"[、和与及]", place):
                carried = (after + next_role.end(), role, level)
                continue  # 自治区政协委员、平桂区政协常委、…: the next role's place fills the clause
            # 广州市人大代表杨某、白云区人大代表李某: the next role's place is no part of this clause.
            clause = clause[: next_role.start()]
            tail = PLACE_TAIL_RE.search(clause)  # 杨某、白云区人大代表 / 何某、澳区全国政协委员: the next role's place
            if tail and (next_role.group()[0] in "省市县区旗州盟自" or not (
                    CONJUNCTION_END_RE.search(tail.group()) or reader.candidates(tail.group(), need_title=False))):
                clause = clause[: tail.start()]
            clause = CONJUNCTION_END_RE.sub("", clause)
        if not clause:
            continue
        if clause.startswith("代表") and not separator:  # 历届全国政协委员代表甲、乙分别发言: the members' own
            after, clause = after + 2, clause[2:]  # representatives, members themselves
        if (after_comma or separator and separator.group()[0] == "、") and title_end(clause) and not reader.candidates(clause):
            clause = posts_after_commas(reader, after, clause)  # 委员，某联副主席，某公司董事长林某; 代表、某局局长,某会主委甲
        if after_comma and HOST_VERB_RE.search(clause_before(text, role_match.start())[0]):
            continue  # 部长甲会见政协委员，副部长乙主持座谈会: the members are met, the next clause is the hosts'
        if after_comma and clause[:1] in ("他", "她", "我", "它"):
            continue  # 界别委员，他对延迟后的两会…: the next clause's subject is the person already named
        if after_comma and OTHER_GROUP_RE.match(clause):
            continue  # 甲等40名市人大代表为优秀人大代表，乙等11名联络员为…: the next clause counts other people
        if after_comma and OBJECT_LEAD_RE.match(clause) or not separator and clause.startswith(("关于", "围绕", "针对")):
            continue  # 政协委员，围绕副市长、区委书记甲的讲话展开讨论: the name is what they discuss; 甲委员关于…的建议: a topic
        verb = None if separator or POST_VERB_START_RE.match(clause) else reader.follows(clause)
        if verb and verb[0] not in name_evidence().surnames:
            continue  # 政协委员还认真学习了市委书记某某的讲话: the role is the subject, no name follows it
        titled = [] if described else titled_names(reader, clause) or (  # 委员、某学院甲教授提交了: one entry
            [] if separator is None or reader.candidates(clause)
            else titled_names(reader, clause + entry_end(text, after + len(clause)), single=True))
        if titled:  # 我校四位全国政协委员甲教授、乙教授和丙教授: each a name and its title, a unit before it
            group = reader.next_group()
            for offset, name, unit in titled:
                add(Mention(name, after + offset, after + offset + len(name), role, level, unit, "", True, group, 5))
            continue
        names = [] if described else name_list(reader, clause, whole=2, after_role=not separator)
        if names:  # 石大教师、北京市政协委员甲、乙: the posts before the role are each one's
            add_names(names, after, role, level, "", 5, posts_before_role(text, role_match.start()))
            continue
        shared = shared_post_list(reader, clause)  # 担任省政协委员的十一届省政协副主席甲、乙出席: a described list too
        if shared:  # 全国人大代表、省人大常委会副主任王某、陈某参加视察: one post for all the names
            offset, names = shared
            group = reader.next_group()
            for name_offset, name in names:
                start = after + offset + name_offset
                add(Mention(name, start, start + len(name), role, level, clause[:offset], "", True, group, 5))
            continue
        options = [c for c in reader.candidates(clause) if c.offset == 0 or not subject_first]
        if described:  # the person an affiliation describes, or a plain name right after 的 (同为全国人大代表的
            # 张某表示); 人大代表的呼吁和争取 names nobody (呼吁和 reads too poorly as a name), 委员的高质量履职 neither
            options = [c for c in options if c.affiliation or (c.offset == 0 and c.score >= DESCRIBED_BAR
                                                               and not opens_with_word(c.name) and not given_word(c.name))]
        # 委员，通过深入调研: a weak name that opens with an everyday word is that word (王国庆 is not weak).
        # 州政协委员某某：我… : a speaker's label, the role opening the line and the name all up to the colon.
        label = bool(LABEL_LEAD_RE.fullmatch(prefix)) and text[after + len(clause) : after + len(clause) + 1] in ":："
        options = [c for c in options if not (opens_with_word(c.name, label and c.name == clause)
                                              and (reader.name_score(c.name, "") or 0) < WORD_NAME_BAR)]
        if not options:
            # An affiliation ending in a title we do not know (…研究馆员娜仁高娃说): accept it only when the name is well
            # attested, and not after a verb (委员应该…实现 + 普选: its object) nor words of a sentence (委员时强调…).
            options = [c for c in reader.candidates(clause, need_title=False)  # 、民革某支部甲: a unit will do
                       if (c.score >= 2.5 or separator and c.score >= UNIT_NAME_BAR and UNIT_END_RE.search(c.affiliation))
                       and c.affiliation[-2:] not in name_evidence().verbs and (c.affiliation or not described) and not given_word(c.name)
                       and not SAID_RE.search(c.affiliation) and not NEWS_LEAD_RE.search(c.affiliation)  # a title's role, then 2021年…本报讯
                       and not (opens_with_word(c.name) and (reader.name_score(c.name, "") or 0) < WORD_NAME_BAR)]  # 公司总 + 经理
        # 代表旦增，: a name that fills the clause after the role needs no more than its shape (a
        # two-character Tibetan name scores 0 by itself).
        # 在鄂全国人大代表 边某：“…”: a speaker's label, the name all up to the colon, needs a surname and any given name.
        # 常委、委员和拟增补…: a role word is no post; 代表，我为家乡石泉…: a pronoun opens words of a sentence.
        options = [c for c in options if c.affiliation.strip("、") not in ("委员", "代表", "常委") and not PRONOUN_START_RE.match(c.affiliation)
                   and not clause.startswith("同志为", c.offset + len(c.name))  # 选举甲为…人大代表、乙同志为副镇长
                   and not (len(c.name) == 2 and c.name[0] in "和与及同" and c.name[1] in "新老大小多少各其另"
                            and clause.startswith("的", c.offset + len(c.name)))  # 港澳委员和新的… (委员和晓燕的提案 stays)
                   and not (after_comma and c.affiliation == "" and c.name[0] in "要应会能可该将但向" and (reader.name_score(c.name, "") or 0) < WORD_NAME_BAR)]  # 代表，要站在…
        if options and (options[0].score > 0 or (options[0].score == 0 and options[0].name == clause)
                        or (label and options[0].name == clause and options[0].score > LABEL_BAR)):
            best = options[0]
            head, _, posts = best.affiliation.rpartition("、")
            listed = filling_names(reader, head, minimum=1) if head else []
            if listed and not listed[0][0]:
                add_names(listed, after, role, level, "", 5)  # 委员甲和乙、某界议员丙: names before the last entry
                best = replace(best, affiliation=posts)
            elif head and title_end(posts) and (posted := posted_entries(reader, head)):
                for offset, name, entry_posts in posted:  # 校农工党主委甲、民进主委乙、民建主委丙为教育界委员
                    add(Mention(name, after + offset, after + offset + len(name), role, level, entry_posts, "", True,
                                reader.next_group(), 4))
                best = replace(best, affiliation=posts)
            group = reader.next_group()
            start = after + best.offset
            affiliation = (trim_lead_in(COPULA_START_RE.sub("", best.affiliation)) or before_name
                           or parenthetical_affiliation(text, start + len(best.name))
                           or posts_before_role(text, role_match.start()))
            delegation = delegation_in_sentence(text, start) or delegation_after_name(text, start + len(best.name))
            add(Mention(best.name, start, start + len(best.name), role, level, affiliation,
                         delegation, True, group, best.score))
            _continue_list(start + len(best.name), role, level, group)

    read_profiles(reader, found, session_level)
    read_roundups(reader, found, session_level)
    read_cards(reader, found, session_level)
    read_lists(reader, found)
    read_rosters(reader, found)
    read_introductions(reader, found)
    read_group_lines(reader, found)
    read_label_lines(reader, found, session_level)
    read_group_photos(reader, found, session_level)
    read_bracket_rows(reader, found, session_level)
    read_quoted_roles(reader, found, session_level)
    read_proceedings(reader, found)
    read_enumerations(reader, found, session_level)
    read_elections(reader, found, session_level)
    read_office_rosters(reader, found, session_level)
    read_executive_chairs(reader, found, session_level)
    read_counted_elected(reader, found, session_level)
    read_counted_officers(reader, found, session_level)
    read_elected_candidates(reader, found, session_level)
    read_included(reader, found, session_level)
    read_predicates(reader, found, session_level)
    read_attendees(reader, found, session_level)
    read_committee_posts(reader, found, session_level)
    read_proposal_series(reader, found, session_level)
    read_honoured_series(reader, found, session_level)

    # 2. [AFFILIATION] NAME代表 / NAME委员 — the title before the name, the role after it (post_roles).
    read_post_roles(reader, found, session_level)

    # 2b. "广东代表团代表黄志明说": the role word stands between the delegation and the name.
    congress = "人大" in text or "人民代表大会" in text
    delegation_roles = list(DELEGATION_THEN_ROLE_RE.finditer(text))
    shorts = {m.group("short") for m in delegation_roles if m.group("short")}
    for match in delegation_roles:
        short = match.group("short")
        if short and not (congress and named_by_places(short) and short not in NOT_DELEGATION_SHORT and (
                len(shorts) > 1 or any(short + kind in text for kind in ("区", "县", "市", "代表团")))):
            continue  # 鼓楼团代表甲…仓山团代表乙: delegations by their places' short names (not 顾问团代表, 宣讲团代表)
        before, _ = clause_before(text, match.start(1))
        delegation = trim_delegation(before + match.group(1).removesuffix("代表团").removesuffix("团") + "代表团")
        after = match.end()
        clause = clause_after(text, after)
        names = name_list(reader, clause, minimum=1, single_bar=-1.6)
        if not names and text[after + len(clause) : after + len(clause) + 1] in ("：", ":"):
            names = filling_names(reader, clause, minimum=1)  # 青阳代表团代表甲：… a speaker's label
        if names:
            add_names(names, after, "deputy", session_level, delegation, 6)

    # 2c. "代表尉迟某说": the bare role opens the sentence (a congress's 代表 a clause, before a verb of speaking: not 表示感谢).
    for match in BARE_ROLE_START_RE.finditer(text):
        if match.group(1) == "常委" and "政协" not in text or text[match.start() - 1 : match.start()] in ("，", ",") and not (
                match.group(1) == "代表" and ("人大" in text or "人民代表大会" in text) and COMMA_ROLE_VERB_RE.match(text, match.end())):
            continue
        clause = clause_after(text, match.end())
        listed = name_list(reader, clause, minimum=2) if "、" in clause[:12] else []
        if listed and not listed[0][0]:  # 代表甲、乙走进某社区: each of them, a verb after the last
            add_names(listed, match.end(), role_of(match.group(1)), session_level, delegation_in_sentence(text, match.end()), 4)
            continue
        options = reader.candidates(clause)
        if options and options[0].offset == 0 and options[0].score >= BARE_ROLE_BAR:
            best = options[0]
            start = match.end()
            add(Mention(best.name, start, start + len(best.name), role_of(match.group(1)), session_level,
                        "", delegation_in_sentence(text, start), True, reader.next_group(), best.score))

    # 3. 冯锋等12名代表, 萨仁、刘长河等代表: the named signatories of a group.
    for group_match in GROUP_RE.finditer(text):
        before, clause_start = clause_before(text, group_match.start())
        before, clause_start, delegation = split_delegation(before, clause_start)
        role = role_of(group_match.group(2))
        level = level_of(group_match.group(1) or "", session_level) if group_match.group(1) else session_level
        whole, whole_start = before, clause_start
        lead = GROUP_LEAD_RE.match(before) or COUNTED_RE.match(before)  # 邀请郭某…等五位代表; 审议2件舒某等11名代表
        if lead:
            before, clause_start = before[lead.end() :], clause_start + lead.end()
        offset, names = names_before(reader, before)  # 市政协主席甲和乙、丙等5位委员: 乙 and 丙
        clause_start += offset
        other = max(OTHER_COUNTED_RE.finditer(whole), key=lambda m: m.end(), default=None)
        if not names and other and (reader.name_score(whole[other.end() :], "") or 0) >= BARE_ROLE_BAR:
            before, clause_start, offset = whole[other.end() :], whole_start + other.end(), 0  # 某办等13个先进单位、甲等18名
            names = [(0, before)]
        if not names:
            options = [c for c in reader.candidates(before, need_title=False) if c.offset + len(c.name) == len(before)]
            names = [(options[0].offset, options[0].name)] if options and options[0].score > 0 else []
        if names and not before[offset + names[-1][0] + len(names[-1][1]) :].strip(" \u3000"):  # not 甲一行走访了…等代表
            add_names(names, clause_start, role, level, delegation, 4)
        listed, listed_start = clause_before(text, clause_start - 1) if text[clause_start - 1 : clause_start] in ("，", ",") else ("", 0)
        joined = names_before(reader, listed)[1] if names and len(names) == 1 and "、" in listed else []
        if len(joined) > 1 and joined[0][0] == 0 and joined[-1][0] + len(joined[-1][1]) == len(listed):
            add_names(joined, listed_start, role, level, delegation, 4)  # 甲、乙、丙,丁等7名委员: a comma typed for 、

    read_first_person(reader, found.mentions, session_level)
    return sorted(found.mentions, key=lambda m: m.start)

PLACE_TAIL_RE = re.compile(r"(?<=[、，,])[\u4e00-\u9fff]{1,8}$")
ORDER_BRACKET_RE = re.compile(r"[（(](?:从?左(?:起|到右|至右)|从?右(?:起|到左|至左)|自左至右|由左至右)[）)]")
COUNTED_RE = re.compile(r".*[0-9０-９][件名号项个条]?")  # no name holds a digit: the list starts after the last
GROUP_LEAD_RE = re.compile(r"^.{0,12}?(?:(?:邀请|安排|组织|推荐|表彰|评定|评选|授予|办理|答复|督办)了?|包括|其中有?|比如|例如|还有|会员|社员|盟员)|^(?:像|有)")
