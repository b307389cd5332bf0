"""A sentence that opens with what its subject is: ``作为全国人大代表、某村党支部书记，马某最关心的是…`` (the
role and posts first, the name opening the next clause), the words that say a role is the subject's
before it (``主任肖某作为区人大代表，…``), and a role whose posts are set apart by commas before the name
(``浙江省政协委员，省侨联副主席，某公司董事长林某接受专访``), and a pronoun in a paragraph's first sentence that
says what the name opening it is (``李某说：“…我就是一个政协委员…”``), or one of a group the sentence before named (``…的代表比例高于往年。甲就是其中之一``)."""

from __future__ import annotations

import re

from .affiliations import title_end, trim_lead_in
from .clauses import clause_after, clause_before, level_of
from .delegations import delegation_in_sentence
from .lexicon import ROLE_RE
from .names import Reader
from .results import Collector, Mention

# "作为全国人大代表、某村党支部书记，马某最关心的是…": the role and affiliation open the sentence as
# what its subject is; the name opens the next clause.
AS_ROLE_RE = re.compile(r"^(?:作为|身为)[^，,。；;]{0,12}$")
PREDICATE_ROLE_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:作为|身为|当选为?)(?:[^，,。；;、]{0,8}(?:代表|委员)、)?[^，,。；;、]{0,8}$")

# 李某在回答提问时说：“…我就是一个政协委员…”, 林某解释，他并不是因为当政协委员才说这话: a pronoun of the
# paragraph's first sentence says the role of the name that opens it (no 的 between: 他的同事 is someone else).
PRONOUN_ROLE_RE = re.compile(r"[我他她][^，,。；;“”\n的]{0,8}?(?:是|当|作为)(?:一[个名位])?(?P<level>全国|省|自治区|市|县|区|旗)?"
                             r"(?:人大代表|(?P<member>政协委员|政协常委))")
SENTENCE_STOP_RE = re.compile(r"[。！？；;!?]")
# 本届全国人大代表中，来自基层的代表比例高于往年。甲就是其中之一: one of the group the sentence before named.
ONE_OF_THEM_RE = re.compile(r"(?:就|便|也|正|则)?是其中(?:之一|的?一[位名员个])")
GROUP_ROLE_RE = re.compile(r"(?P<level>全国|省|自治区|市|县|区|旗)?(?:人大代表|(?P<member>政协委员))")
PRONOUN_BAR = 1.7  # a plain two-character name, as for a role said of the subject
# 某村的甲是第一次参加两会。作为一名农牧民政协委员，他…: the role said of the pronoun, whose name opens the sentence before.
AS_ROLE_PRONOUN_RE = re.compile(r"(?:^|(?<=[。！？!?，,]))[ \u3000]*(?:作为|身为)(?:一[名位个])?(?P<kind>[^，,。；;“”\n]{0,8}?)(?P<level>全国|省|自治区|市|县|区|旗)?"
                                r"(?:人大代表|(?P<member>政协委员|政协常委)|(?P<bare>代表|委员))[，,][他她]", re.MULTILINE)
# Words that describe a delegate before a bare role (作为一名女代表, 年轻的委员, 来自基层的代表), and nothing else.
BARE_ROLE_KIND_RE = re.compile(r"(?:[女男]|年轻的?|基层的?|普通的?|新当选的?|新|老|连任的?|来自[^，,。；;]{1,8}的)?")
SAID_END_RE = re.compile(r"(?:表示|说|介绍|坦言|认为|告诉记者)$")
AS_ROLE_PRONOUN_BAR = 1.5  # a transliterated name of known parts (四郎班觉): the role and the pronoun say the rest
DESCRIBED_NAME_BAR = 1.0  # 某市妇联的褚磊: a rare surname, the name the description before it announces


def as_role_subject(reader: Reader, found: Collector, role_start: int, after: int, clause: str,
                     role: str, level: str) -> bool:
    """Add the subject of a sentence that opens with 作为 + role、affiliation, + NAME; whether it did."""
    text = reader.text
    head, _ = clause_before(text, role_start)
    end = after + len(clause)
    if not AS_ROLE_RE.match(head) or not title_end(clause) or text[end : end + 1] not in ("，", ","):
        return False
    subject = clause_after(text, end + 1)
    options = [c for c in reader.candidates(subject, need_title=False) if c.offset == 0 and c.score >= 2.0]
    if not options:
        return False
    best = options[0]
    start = end + 1
    found.add(Mention(best.name, start, start + len(best.name), role, level, clause,
                      delegation_in_sentence(text, role_start), True, reader.next_group(), best.score))
    return True


POSTS_SET_APART = 3  # posts between the role and the name, each a clause of its own


def posts_after_commas(reader: Reader, after: int, clause: str) -> str:
    """``浙江省政协委员，省侨联副主席，某公司总工程师、董事长林某接受专访``: the role's clause at ``after`` holds a
    post and no name; the posts go on in the clauses after it up to the one that ends in a name. The
    clauses joined (their commas kept), or ``clause`` unchanged when no name follows the posts."""
    text = reader.text
    end = after + len(clause)
    for _ in range(POSTS_SET_APART):
        if text[end : end + 1] not in ("，", ","):
            break
        following = clause_after(text, end + 1)
        if ROLE_RE.search(following):
            break  # 州政协委员、甲教授，州人大代表、某书记乙: the next clause is another person's, with its own role
        if any(c.affiliation and title_end(c.affiliation) for c in reader.candidates(following)):
            return text[after : end + 1 + len(following)]
        if not title_end(following):
            break
        end += 1 + len(following)
    return clause


# 夏某委员是民革某省委会主委。: what the delegate named before the role is, said after it.
# 马某代表是一位毕摩文化传承人: a description of the person (一位…), not the posts the page prints.
COPULA_POSTS_RE = re.compile(r"是(?![一这那][位名个])(?P<posts>[^，,。；;！？\n]{2,40})(?=[。；;！？\n]|$)")


def copula_posts(text: str, end: int) -> str:
    """The posts a sentence gives right after ``NAME委员`` ending at ``end`` (``是某会主委。``); "" when
    the copula's complement ends in no title or the sentence goes on."""
    posts = COPULA_POSTS_RE.match(text, end)
    return posts.group("posts") if posts and title_end(posts.group("posts")) else ""


def read_pronoun_roles(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the subject of each paragraph whose first sentence says, by a pronoun, what its subject is, and
    the subject of a sentence before one that opens with the pronoun's role (作为一名政协委员，他…)."""
    text = reader.text
    for match in AS_ROLE_PRONOUN_RE.finditer(text):
        if match.group("bare") and not BARE_ROLE_KIND_RE.fullmatch(match.group("kind")):
            continue  # 作为一名学生代表 / 党委委员 / 企业家代表，他…: someone else's (作为一名女代表，她… is a deputy)
        end = match.start() + len(match.group()) - len(match.group().lstrip(" \u3000"))
        if text[end - 1 : end] in ("，", ","):  # 排在队伍尾端的是某市妇联的甲,作为一名女政协委员,她…: the name ends the clause before
            first, start = clause_before(text, end - 1)
            said = SAID_END_RE.search(first)  # 来自某区的种植能手甲表示,作为一名…人大代表,他: the name, then its verb
            first = first[: said.start()] if said else first
            options = [c for c in reader.candidates(first, need_title=False) if c.offset + len(c.name) == len(first)
                       and (c.score >= DESCRIBED_NAME_BAR and (c.offset == 0 or first[c.offset - 1] == "的")
                            or said and ((reader.name_score(c.name, "") or 0) >= AS_ROLE_PRONOUN_BAR
                                         or bool(c.affiliation) and title_end(c.affiliation) and c.score >= AS_ROLE_PRONOUN_BAR))]
        else:  # the sentence before's first clause, its subject opening it or after 的
            start = max(text.rfind(stop, 0, max(0, end - 1)) for stop in "。！？!?\n") + 1
            first = clause_after(text, start)
            said = SAID_END_RE.search(first)  # 某州人大常委会副主任甲表示，…。作为一名女代表，她…: a titled name, then its verb
            options = [c for c in reader.candidates(first, need_title=False) if c.score >= AS_ROLE_PRONOUN_BAR
                       and (c.offset == 0 or first[c.offset - 1] == "的"
                            or said and c.offset + len(c.name) == said.start() and bool(c.affiliation) and title_end(c.affiliation))]
        if options and end > start:
            best = options[0]
            level = level_of(match.group("level"), session_level) if match.group("level") else session_level
            member = match.group("member") or match.group("bare") == "委员"
            posts = trim_lead_in(best.affiliation) if best.affiliation and title_end(best.affiliation) else ""
            found.add(Mention(best.name, start + best.offset, start + best.offset + len(best.name),
                              "member" if member else "deputy", level, posts, "", False, reader.next_group(), best.score))
    for match in PRONOUN_ROLE_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if SENTENCE_STOP_RE.search(text, line_start, match.start()):
            continue  # not the paragraph's first sentence: whose pronoun it is, the text does not say
        options = [c for c in reader.candidates(clause_after(text, line_start), need_title=False)
                   if c.offset == 0 and c.score >= PRONOUN_BAR]
        if options:
            name = options[0].name
            level = level_of(match.group("level"), session_level) if match.group("level") else session_level
            found.add(Mention(name, line_start, line_start + len(name), "member" if match.group("member") else "deputy",
                              level, "", "", False, reader.next_group(), options[0].score))


def read_one_of_them(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the subject of ``甲就是其中之一`` when the sentence before names a group of deputies or members."""
    text = reader.text
    for match in ONE_OF_THEM_RE.finditer(text):
        before, start = clause_before(text, match.start())
        opening = text[start - 1 : start] in "。！？\n"  # the name opens its sentence, or ends a clause of it:
        if not before or not opening and text[start - 1 : start] not in "，,":  # …的省政协委员…，某学院副院长甲就是其中之一
            continue
        previous = text[max(text.rfind(stop, 0, start - 1 if opening else start) for stop in "。！？\n") + 1 : start]
        group = GROUP_ROLE_RE.search(previous)
        options = [c for c in reader.candidates(before, need_title=False) if c.offset + len(c.name) == len(before)
                   and (c.offset == 0 or not opening and title_end(c.affiliation)) and c.score >= PRONOUN_BAR] if group else []
        if options:
            best = options[0]
            level = level_of(group.group("level"), session_level) if group.group("level") else session_level
            found.add(Mention(best.name, start + best.offset, start + best.offset + len(best.name),
                              "member" if group.group("member") else "deputy", level, best.affiliation, "", False,
                              reader.next_group(), best.score))
