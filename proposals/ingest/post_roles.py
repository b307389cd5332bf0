"""Names before the role: ``[AFFILIATION] NAME代表``, ``NAME委员`` (the title before the name, the role after it),
and lists of them (``甲、乙委员``, ``…研究员邢某与陈某、周某两位代表``)."""

from __future__ import annotations

import re
from typing import Protocol

from .affiliations import affiliation_bracket_before, parenthetical_affiliation, title_end, trim_lead_in
from .clauses import clause_after, clause_before, partner_cut
from .delegations import delegation_in_sentence, split_delegation
from .lexicon import OTHER_REPRESENTATIVES, POST_ROLE_RE, PREVIOUS_ROLE_RE, role_of
from .name_lists import list_after_lead, name_list
from .names import Reader
from .results import Collector, Mention
from .role_subjects import copula_posts

# 代表九三学社界别作了《…》发言; 代表自治区政协常委会，向大会报告工作; 代表市人民政府作工作报告
ON_BEHALF_RE = re.compile(
    r"[^，,。；;\n]{2,16}?[作做]了?(?:[《“「]|题为|大会发言|书面发言|表态发言|发言)"  # 做 as often as 作
    r"|[^，,。；;\n]{1,20}?(?:常委会|常务委员会|委员会|人民政府|政府|主席团|党组)[，,]?(?:向|作|所作)"  # 代表政协某区委员会向…赠送
    r"|[^，,。；;\n]{2,16}?以[《“「]"  # 某某代表市工商联以《…》为题作大会发言
)
GROUP_PLACES = ("街道", "镇", "乡", "社区", "村", "片区", "选区")  # 秋浦代表小组 beside 秋浦街道: the group of a place
COPULA_NAME_RE = re.compile(r"(?:的|代表|委员|人)(?:就|正|则|便)?是(?P<name>[\u4e00-\u9fff]{2,4})$")
INTERVIEW_LEAD_RE = re.compile(r"^(?:图为)?(?:本报)?记者(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:采访|专访|连线|对话|见到)了?")
CAPTION_LEAD_RE = re.compile(r"(?:图为|这是|上图|下图|左图|右图|图中)?\s*(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?\s*(?:[上下]午|晚上)?")
# Words that end what stands before 代表/委员 without being a name: 与会代表, 一位年轻女代表, 老委员, 财经委委员.
# 有一群委员, 不少代表: words of quantity count people and name nobody (两位 counts the names before it).
NOT_A_NAME_END_RE = re.compile(r"(人大|政协|全国|自治区|省|市|县|各位|广大|与会|基层|等|[男女老]|年轻|青年|妇女|人民|委"
                               rf"|一[群批些]|不少|许多|很多|{OTHER_REPRESENTATIVES})$")  # 甲作为提案人代表发言
OWN_BODY_RE = re.compile(r"(?:我|本)(?:党|盟|社|会)(?=[\u4e00-\u9fff]{2,4}$)")
HEAD_COUNT_END_RE = re.compile(r"等?[0-9０-９一二两三四五六七八九十]+(?:位|名)$")


class NamesCollector(Collector, Protocol):
    """A collector that also takes a list of names sharing one role (``mentions.MentionCollector``)."""

    def add_names(self, names: list[tuple[int, str]], base: int, role: str, level: str, delegation: str,
                  score: float) -> None: ...


CONGRESS_COMMITTEE_END_RE = re.compile(r"(?:人大常委会|人大常务委员会|人民代表大会常务委员会)$")
SIGNATURE_DASH_RE = re.compile(r"^[—―－\-─]{1,4}[ \u3000]*")
QUOTED_LABEL_RE = re.compile(r"[“「『\"][^“”「」『』\"]{1,4}$")
QUOTE_CLOSE = ("”", "」", "』", '"')


def read_post_roles(reader: Reader, found: NamesCollector, session_level: str) -> None:
    """Add to ``found`` the people named right before their role word."""
    text = reader.text
    add, add_names = found.add, found.add_names
    for post in POST_ROLE_RE.finditer(text):
        name_end, bracketed = affiliation_bracket_before(text, post.start())  # 袁某（某公司总经理）委员认为
        before, clause_start = clause_before(text, name_end)
        dash = SIGNATURE_DASH_RE.match(before)  # ——杨某委员(纳西族): a quote's signature, the dash no part of the name
        if dash:
            before, clause_start = before[dash.end() :], clause_start + dash.end()
        previous = PREVIOUS_ROLE_RE.match(before)  # 以肖某委员、杨某委员分别作为: the name after the last role
        if previous:
            before, clause_start = before[previous.end() :], clause_start + previous.end()
        caption = CAPTION_LEAD_RE.match(before)  # 图为1月25日符某委员（右一）在驻地报到, 这是某委员在…
        caption = INTERVIEW_LEAD_RE.match(before) or caption  # 图为记者采访某委员: the reporter is no name
        if caption and caption.end() < len(before):
            before, clause_start = before[caption.end() :], clause_start + caption.end()
        if text[post.start() - 1 : post.start()] in ("和", "及", "与") and name_list(reader, clause_after(text, post.end()), whole=2):
            continue  # 副主席甲和委员乙、丙: the role is the names' after it (introductions reads them)
        if not before or NOT_A_NAME_END_RE.search(before) or before.endswith("团") or text.startswith("小组", post.end()) and any(
                before[-n:] + kind in text for n in (2, 3) for kind in GROUP_PLACES):
            continue  # 平谷团代表甲: 团 ends a delegation's short name, not a name; 秋浦代表小组 (秋浦街道 on the page): a place's group
        if QUOTED_LABEL_RE.search(text, max(0, post.start() - 5), post.start()) and text[post.end() : post.end() + 1] in QUOTE_CLOSE:
            continue  # 6位“红毯委员”, “网红代表”: a nickname in quotes with its role, no name
        if post.group(1) == "常委" and "政协" not in text:
            continue  # 常委 alone is any committee's: a 政协's only where the page is about one
        role = role_of(post.group(1))
        if CONGRESS_COMMITTEE_END_RE.search(text, max(0, post.start() - 12), post.start()):
            role = "deputy"  # 甲、乙当选为某区人大常委会委员: a congress standing committee's members are its deputies
        if role == "deputy" and ON_BEHALF_RE.match(text, post.end()):
            continue  # 唐某代表九三学社界别作了《…》的发言: 代表 is "on behalf of"
        before, clause_start, delegation = split_delegation(before, clause_start)
        copula = COPULA_NAME_RE.search(before)  # 第一个发言的是张某委员: the name after the copula
        if copula and (reader.name_score(copula.group("name"), "") or 0) >= 1.5:
            before, clause_start = copula.group("name"), clause_start + copula.start("name")
        # "吴海燕、郑志刚两位代表": a count before the role word is not part of a name.
        before = HEAD_COUNT_END_RE.sub("", before)
        own = OWN_BODY_RE.match(before)  # 我党王某委员: 党 is a surname, but not after 我
        if own:
            before, clause_start = before[own.end() :], clause_start + own.end()
        before, clause_start = partner_cut(text, before, clause_start, post.end())  # 甲与乙代表深入交流: 甲 meets 乙
        if not before:
            continue
        # Between 代表团 and 代表 a name needs no surname to be believed (阿拉坦旗代表团宝音代表).
        names = name_list(reader, before + "说", minimum=1 if delegation else 2, single_bar=-1.6 if delegation else 1.5)
        if names and (len(names) > 1 or delegation):
            add_names(names, clause_start, role, session_level, delegation, 6 if delegation else 5)
            continue
        # "…研究员邢诗雅与陈开明、周玉兰两位代表": the list after the last conjunction, or a verb.
        joined = list_after_lead(reader, before)
        if joined:
            offset, names = joined
            add_names(names, clause_start + offset, role, session_level, delegation, 5)
            continue
        # Words before the name that are no title (中国科学院学部委员) make a weak reading: keep it
        # only for a name the text repeats.
        options = [
            c for c in reader.candidates(before, need_title=False)
            if c.offset + len(c.name) == len(before) and (not c.affiliation or title_end(c.affiliation) or c.score >= 2.5)
        ]
        if not options or options[0].score <= 0:
            continue
        best = options[0]
        affiliation = trim_lead_in(best.affiliation) if title_end(best.affiliation) else ""
        start = clause_start + best.offset
        if not affiliation:
            affiliation = bracketed or parenthetical_affiliation(text, post.end()) or copula_posts(text, post.end())
        add(Mention(best.name, start, start + len(best.name), role, session_level, affiliation,
                     delegation or delegation_in_sentence(text, start), bool(affiliation), reader.next_group(),
                     best.score))
