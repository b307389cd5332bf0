"""Deputies placed by their delegation: a delegation's head (甘肃代表团副团长王某), a delegation glued to its deputy
opening a sentence (某镇代表团甲建议), and the one of a delegation (她是嘉兴代表团的杨珍, 某镇代表团成员乙)."""

from __future__ import annotations

import re

from .affiliations import TITLE_SET, known_title_end
from .clauses import clause_after
from .delegations import trim_delegation
from .evidence import name_evidence
from .name_lists import name_list
from .names import Reader
from .results import Collector, Mention
from .subjects import PREDICATE_BAR

# X代表团的NAME + a stop or a verb, X代表团成员NAME: the delegation puts the person at the people's congress.
DELEGATION_OF_RE = re.compile(r"(?P<delegation>[\u4e00-\u9fff]{2,8}代表团)(?:(?:中|里)?的|成员)(?=[\u4e00-\u9fff])(?!名单|们|有|包括|是|为)")
# 某镇代表团甲建议, opening a paragraph or sentence of a congress page: the delegation glued to its deputy.
DELEGATION_GLUED_RE = re.compile(r"(?:^|(?<=[。！？\n]))[ \u3000]*(?P<delegation>[\u4e00-\u9fff]{2,10}?代表团)(?![的中里团在])")
GLUED_VERB_RE = re.compile(r"建议|提出|认为|表示|呼吁|说")
# 港区全国人大代表团团长马某, 甘肃代表团副团长王某: a delegation's head is one of its deputies.
DELEGATION_HEAD_RE = re.compile(r"(?P<delegation>[\u4e00-\u9fff]{2,12}?代表团)(?:副)?团长(?!们)")


def named_by_places(words: str) -> bool:
    """陇城五营, 城关镇: a delegation named by its places; not 中国体育, 某艺术 (everyday words: a troupe's, a team's)."""
    evidence = name_evidence()
    return not any(words[i : i + 2] in evidence.common_words or words[i : i + 2] in evidence.verbs
                   for i in range(len(words) - 1))


def read_delegation_members(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the deputies named with their delegation (its head, glued to it, or one of it)."""
    text = reader.text
    for match in DELEGATION_HEAD_RE.finditer(text):
        clause = clause_after(text, match.end())
        options = [c for c in reader.candidates(clause, need_title=False) if c.offset == 0 and c.score >= 1.5]
        if options:
            best = options[0]
            start = match.end()
            # 港区全国人大代表团副团长某某: the post as printed, the delegation with it, is all the page says of them.
            delegation = trim_delegation(match.group("delegation"))
            post = delegation + text[match.end("delegation") : match.end()] if delegation else ""
            found.add(Mention(best.name, start, start + len(best.name), "deputy", session_level, post,
                              delegation, True, reader.next_group(), best.score))
    congress = "人大" in text or "人民代表大会" in text
    for match in DELEGATION_GLUED_RE.finditer(text) if congress else ():
        clause = clause_after(text, match.end())
        options = [c for c in reader.candidates(clause, need_title=False) if c.offset == 0 and c.score >= PREDICATE_BAR
                   and GLUED_VERB_RE.match(clause, len(c.name))]
        if options and named_by_places(match.group("delegation").removesuffix("代表团")):
            best = options[0]
            start = match.end()
            found.add(Mention(best.name, start, start + len(best.name), "deputy", session_level, "",
                              trim_delegation(match.group("delegation")), False, reader.next_group(), best.score))
    for match in DELEGATION_OF_RE.finditer(text):
        if match.group().endswith("成员") and (not congress or "政协" in match.group("delegation")
                                               or not named_by_places(match.group("delegation").removesuffix("代表团"))):
            continue  # 中国体育代表团成员, 全国政协代表团成员: a team's or the CPPCC's, not a congress delegation's member
        clause = clause_after(text, match.end())
        names = name_list(reader, clause, minimum=2)  # 澳区人大代表团中的刘某、崔某、吴某会后…
        if names and names[0][0] == 0:
            group = reader.next_group()
            for offset, name in names:
                start = match.end() + offset
                found.add(Mention(name, start, start + len(name), "deputy", session_level, "",
                                  trim_delegation(match.group("delegation")), False, group, 4))
            continue
        # 来自湖南代表团的湖南电信总经理廖某告诉记者: the posts before the name, a known title ending them.
        options = [c for c in reader.candidates(clause, need_title=False) if c.score >= PREDICATE_BAR
                   and (c.offset == 0 or known_title_end(c.affiliation) and len(c.affiliation) == c.offset
                        and c.affiliation not in TITLE_SET)]  # 代表团的工作人员赵某: a post and no unit is the delegation's staff
        if not options:
            continue
        best = options[0]
        start = match.end() + best.offset
        found.add(Mention(best.name, start, start + len(best.name), "deputy", session_level, best.affiliation,
                          trim_delegation(match.group("delegation")), bool(best.affiliation), reader.next_group(), best.score))
