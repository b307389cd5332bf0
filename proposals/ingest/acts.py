"""Delegates shown by what only a delegate does: a titled 提案 tabled, a sector's speech at the conference, an
honour for delegates (优秀政协委员), the passage the deputies walk (代表通道)."""

from __future__ import annotations

import re

from .affiliations import TITLE_SET, known_title_end
from .clauses import clause_before, level_of
from .enumerations import count_value
from .lexicon import ROLE_BODY, role_of
from .name_lists import filling_names
from .names import Candidate, Reader
from .results import Collector, Mention
from .subjects import (
    COUNTED_SUBJECT_BAR,
    LISTED_SUBJECT_BAR,
    SUBJECT_LIST_SPLIT_RE,
    TITLED_SUBJECT_BAR,
    add_all,
    add_listed_subjects,
    posted_clauses,
    posts_before,
    subject_readings,
)

# 滕某提交了《关于建设…的提案》, 王某的提案《…》, 乙个人提案《…》, 丙提出了关于…的提案 (no title marks): a 提案 is a
# CPPCC member's (deputies table 议案 and 建议).
TABLED_RE = re.compile(r"(?:提交|提出|递交|带来)了?(?:[一两三四五六七八九十\d]+(?:件|份|个))?《[^》\n]{2,60}提案》"
                       r"|(?<=[\u4e00-\u9fff])(?:的(?:个人)?|个人)提案《|(?:提交|提出|递交)了?(?:[一两三四五六七八九十\d]+件)?提案《"  # 提交了提案《…的建议》
                       r"|(?:提交|提出)了?(?:关于)?[^。；;，,\n《》“”]{2,40}?的提案(?=[，,。；;])")
# 甲、乙获评2025年度优秀政协委员: an honour only a member (or a deputy) can be given.
HONOURED_COUNT_RE = re.compile(r"等?(?P<count>[0-9０-９]+|[一二两三四五六七八九十]+)[人位名](?:会员|同志|党员|盟员|社员|成员)?$")  # 甲、乙3名会员被评为…
# 荣获“优秀市政协委员”称号, 获评市政协优秀委员, 被评为某区2019年度优秀人大代表, 获评年度“优秀人大代表”, 荣获七届区政协
# 优秀政协委员, 被评为2014年度某阳市优秀政协委员: the body's level (and term, and place) may stand inside the honour;
# 被评为2023年度履职优秀代表: a congress's honour for the deputies' work.
HONOURED_RE = re.compile(r"(?:获评|被评为|荣获|获得)[“「]?(?:[\u4e00-\u9fff]{0,6}?(?P<early>政协|人大)?(?=[0-9０-９]{4}(?:[-—－至][0-9０-９]{4})?年))?"
                         r"(?:[0-9０-９]{4}(?:[-—－至][0-9０-９]{4})?年度?|年度)?[“「]?"
                         r"(?:(?:[一二三四五六七八九十]+届)?[省市县区]?(?P<cppcc>政协)|[省市县区]?人大|(?:[\u4e00-\u9fff]{1,5}?)?[省市县区](?=优秀|先进))?(?:履职)?(?:优秀|先进)(?:[省市县区]|履职(?=委员|代表))?(?:人大代表|(?P<member>政协委员)|(?<=政协优秀)委员"
                         r"|(?<=人大优秀)代表|(?<=履职优秀)代表|(?<=年度优秀)(?P<after_year>委员|代表)|(?<=优秀履职)(?P<served>委员|代表))")  # 获评市政协2020年度优秀委员
HONOUR_LEVEL_RE = re.compile(r"[省市县区](?=政协|人大)")
# 社员甲代表某党派界别作了《…》, 乙代表经济界别作大会发言: a sector (界别) of the CPPCC speaks through its member.
SECTOR_SPEECH_RE = re.compile(r"代表[^，,。；;\n《》]{1,12}?界别(?:在[^，,。；;\n《》]{2,16}?上)?(?:作了?|进行了?)"
                              # 甲代表九三学社市委作的“…”: a speech for a party, a federation or a sector at the conference
                              r"|代表(?![^，,。；;、\n“”《》]{0,12}?(?:政府|人大|法院|检察院|主席团|常委会))[^，,。；;、\n“”《》]{2,24}?"
                              r"(?:作|做)(?:了题为|题为|的|了)?[“”\"《]")
# 在政协大会发言中，某党派主委甲作了题为《…》的口头发言: a plenary speech at the CPPCC is a member's.
CPPCC_PLENARY_RE = re.compile(r"政协大会|政协[^，,。；;\n]{0,12}?(?:全体会议|会议)[^，,。；;\n]{0,8}?大会发言|在政协[^，,。；;\n]{0,6}?发言")
TITLED_SPEECH_RE = re.compile(r"(?:作了|作|做了|做)题为《[^》\n]{2,60}》的(?:口头|大会|书面|专题)?发言")
# 某队队长朱某也走上代表通道, 甲登上“委员通道”: the passage only the deputies (or members) walk.
PASSAGE_RE = re.compile(r"(?:也|还|再次|首次)?(?:走上|走进|登上|亮相)(?:了)?(?:首场|第[一二三四五六七八九十]场)?[“\"]?(?P<role>代表|委员)通道")
TITLE_AFTER_NAME = 6  # 常务副主委: the longest post printed after a name
TABLED_BAR = 1.0  # a plain name, rare surnames too (滕真): the titled 提案 is evidence enough


def read_tabled_and_honoured(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the members who tabled a 提案 or spoke for a sector, and the delegates honoured as such."""
    text = reader.text
    speeches = [*SECTOR_SPEECH_RE.finditer(text), *(m for m in TITLED_SPEECH_RE.finditer(text) if _cppcc_paragraph(text, m.start()))]
    for match in [*TABLED_RE.finditer(text), *(speeches if "政协" in text else ())]:
        before, clause_start = clause_before(text, match.start())
        listed = re.match(r".*(?:分别是|分别为|依次是|依次为)[：:]?", before)  # 发言分别是甲代表…作的…: the list's first
        before, clause_start = (before[listed.end() :], clause_start + listed.end()) if listed else (before, clause_start)
        options = subject_readings(reader, before, TABLED_BAR)
        post = ""
        role_after = not options and before[-2:] in ("委员", "代表") and 2 <= len(before) - 2 <= 3
        if role_after:  # 肖某渤委员代表民进作…: the name, then its role, which says a name stands before it (渤委员 is no post)
            score = reader.name_score(before[:-2], "") or 0
            options = [Candidate(before[:-2], 0, "", score)] if score >= TITLED_SUBJECT_BAR else []
        if not options and not role_after:  # 张某副主委代表某党派市委会作了题为《…》的发言: the name, then the post it speaks in
            options = [Candidate(before[:n], 0, "", score) for n in (3, 2)
                       if 0 < len(before) - n <= TITLE_AFTER_NAME and known_title_end(before[n:])
                       and before[n - 1] not in "副总常" and before[n - 1 :] not in TITLE_SET  # 张兰 + 副主委, not 张兰副 + 主委
                       and (score := reader.name_score(before[:n], "") or 0) >= LISTED_SUBJECT_BAR]
            post = before[len(options[0].name) :] if options else ""
        if options:
            best = options[0]
            start = clause_start + best.offset
            found.add(Mention(best.name, start, start + len(best.name), "member", session_level,
                              post or posts_before(best.affiliation), "", False, reader.next_group(), best.score))
    for match in HONOURED_RE.finditer(text):
        before, clause_start = clause_before(text, match.start())
        before = re.sub(r"(?:分别|均|都|也|同时)$", "", before)  # 甲、乙分别获评…: the adverb is no part of a name
        counted = HONOURED_COUNT_RE.search(before)  # 甲、乙、丙等6人荣获…: the count is no part of the last name,
        before = before[: counted.start()] if counted else before  # and when it counts the entries, they vouch
        bar = COUNTED_SUBJECT_BAR if counted and count_value(counted.group("count")) == len(
            SUBJECT_LIST_SPLIT_RE.split(before)) else LISTED_SUBJECT_BAR  # for each other (杨泳 alone reads weakly)
        after_year, served = match.group("after_year"), match.group("served")
        if after_year and match.group("early") != ROLE_BODY[after_year]:
            continue  # 某年度优秀委员 with no body before the year: any committee's
        if served and ROLE_BODY[served] not in text:
            continue  # 被评为优秀履职委员 on a page of no CPPCC: any committee's
        role = "member" if match.group("member") or match.group("cppcc") or "委员" in (after_year, served) else "deputy"
        said = HONOUR_LEVEL_RE.search(match.group())  # 优秀市政协委员: the honour's body names its level
        level = level_of(said.group(), session_level) if said else session_level
        if not before and text[clause_start - 1 : clause_start] in ("，", ","):  # 某局副局长甲，某公司董事长乙，分别被评为…
            entries = posted_clauses(reader, text, clause_start - 1, joined_posts=True)
            if len(entries) > 1:  # each clause one of them, its posts the affiliation
                group = reader.next_group()
                for at, name, posts in entries:
                    found.add(Mention(name, at, at + len(name), role, level, posts, "", True, group, 3))
            continue
        listed = filling_names(reader, before) if re.search("[、和及]", before) and not counted else []  # 甲、乙分别获评…
        if listed:
            add_all(found, listed, clause_start, role, level, reader.next_group())
        elif not add_listed_subjects(reader, found, before, clause_start, role, level, bar):
            # 骆峰被评为…优秀代表: a name that fills the clause needs less (the honour is only a delegate's)
            options = subject_readings(reader, before) or [c for c in subject_readings(reader, before, TITLED_SUBJECT_BAR) if c.offset == 0]
            if options:
                start = clause_start + options[0].offset
                found.add(Mention(options[0].name, start, start + len(options[0].name), role, level, "", "",
                                  False, reader.next_group(), options[0].score))


def read_passages(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the delegates who walk the deputies' or members' passage (走上代表通道)."""
    text = reader.text
    for match in PASSAGE_RE.finditer(text):  # 某队队长朱某也走上代表通道: only the deputies walk it
        before, clause_start = clause_before(text, match.start())
        options = subject_readings(reader, before)
        if options:
            best = options[0]
            start = clause_start + best.offset
            found.add(Mention(best.name, start, start + len(best.name), role_of(match.group("role")), session_level,
                              posts_before(best.affiliation), "", bool(best.affiliation), reader.next_group(), best.score))


def _cppcc_paragraph(text: str, at: int) -> bool:
    """The paragraph holding ``at`` speaks of the CPPCC's plenary (在政协大会发言中) and not of the congress: a titled
    speech there is a member's (a 副市长's at the CPPCC's standing committee is none)."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    paragraph = text[start : end if end >= 0 else len(text)]
    return bool(CPPCC_PLENARY_RE.search(paragraph)) and "人大" not in paragraph
