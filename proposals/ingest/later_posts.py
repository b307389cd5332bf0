"""Posts a page prints beside a delegate's name only where it does not introduce them: a list of
names under the group's role, then ``预备会后，县政协党组书记、主席甲，县委常委、统战部部长乙就…作了培训``
or ``“…”某村党支部书记丙说``, or a speaker's label (``某县中医院党委书记 丁：``), or, before the list, a
clause that names them with their posts (``副主委甲代表某党派市委作了发言``). Those posts are the delegate's
affiliation. A sentence that opens with the name and says what the person is (``某某委员是国家统计局某调查
总队的总队长，他…``) gives the posts after 是, as printed. Posts in apposition (``省人大代表甲，某村党支部
书记。``) and the unit a person comes from (``来自某学院的甲代表``, ``甲代表（来自某集团）``; a place is no
unit) count too.

Only for a delegate none of whose mentions has an affiliation; the posts are the whole clause before
the name (back to a comma, a stop or a quote), each of its pieces set apart by 、 a job title, and
the name is followed by a word that follows names or ends its clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .affiliations import title_end, trim_lead_in, work_posts
from .clauses import clause_before
from .lexicon import ETHNIC_WORD, NEXT_ROLE_RE, ROLE_RE
from .names import Reader
from .results import Mention

LONGEST_POSTS = 40
BARE_OFFICES = frozenset({"主席", "副主席", "秘书长", "副秘书长", "常委", "主任", "副主任"})
# 某某委员是某局某总队的总队长，: the posts the sentence says the name opening it holds.
POSTS_SAID_RE = re.compile(r"(?:委员|代表)?(?P<now>[，,]?(?:如今|现在|目前))?[，,]?是(?P<posts>[^，,。；;！？!?\n“”]{4,40}?)(?=[，,。；;])")
# 是一名乡村医生, 是某市一家合作社的带头人: what kind of person; 是某水电站的一名运行工: a post at a named unit.
DESCRIPTION_RE = re.compile(rf"^一[名位个家所]|一[家所个座]|^{ETHNIC_WORD}")
# 许某代表祖籍台南，现任某市台联会长、全国台联副会长。: the posts the person now holds, after a clause about them.
POSTS_NOW_RE = re.compile(r"(?:委员|代表)?(?:[^，,。；;！？!?\n“”、]{1,12}[，,]){0,2}(?:现任|现为|现系|现担任)"
                          r"(?P<posts>[^，,。；;！？!?\n“”]{4,60}?)(?=[，,。；;]|$)")


def add_later_posts(reader: Reader, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with one more, carrying the posts, for each bare delegate a later clause gives posts."""
    text = reader.text
    bare: dict[str, Mention] = {}
    for m in mentions:
        if m.full:
            bare.setdefault(m.name, m)
    for m in mentions:  # 许某代表祖籍台南，现任…, 来自某集团的甲代表: a bare role after the name, posts around it
        if not m.full and m.name not in bare and (POSTS_NOW_RE.match(text, m.end) or _unit_came_from(text, m.start, m.name)):
            bare[m.name] = m
    for m in mentions:
        if work_posts(m.affiliation):  # 某代表团团长 alone is no affiliation
            bare.pop(m.name, None)
    added = []
    for name, first in bare.items():
        at = text.find(name)  # posts may come before the introduction (副主委甲代表某党派市委作…发言。…甲、乙委员…)
        while at >= 0:
            posts = (_posts_before(reader, text, at, name) or _posts_said(text, at, name) or _posts_now(text, at, name)
                     or _posts_apposed(text, at, name) or _unit_came_from(text, at, name))
            if posts:
                added.append(replace(first, start=at, end=at + len(name), affiliation=posts, full=False))
                break
            at = text.find(name, at + len(name))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _posts_before(reader: Reader, text: str, at: int, name: str) -> str:
    before = clause_before(text, at)[0].rstrip(" \u3000")  # 某县中医院党委书记 甲：a speaker's label
    bare = before.replace("代表团", "")  # 某代表团团长: a post of the sitting, dropped when the delegates merge
    if not before or len(before) > LONGEST_POSTS or "代表" in bare or "委员" in bare or ROLE_RE.search(before):
        return ""  # 省政协常委甲: a role, not posts
    if before in BARE_OFFICES:
        return ""  # 主席甲，副主席乙: a committee's office without its body says no more than the role
    if not all(title_end(piece) for piece in before.split("、")):
        return ""
    rest = text[at + len(name) : at + len(name) + 8]
    if rest[:1] not in ("，", ",", "：", ":", "", "\n") and not reader.follows(rest):  # …站长王某 alone on its line
        return ""
    posts = trim_lead_in(before)
    return posts if title_end(posts) else ""


def _posts_said(text: str, at: int, name: str) -> str:
    said = POSTS_SAID_RE.match(text, at + len(name))
    if not said:
        return ""
    role_before = ROLE_RE.search(text[max(0, at - 8) : at])
    role_before = (bool(role_before and role_before.end() == min(at, 8)) or text[max(0, at - 2) : at] in ("代表", "委员")
                   or text[max(0, at - 3) : at] in ("代表的", "委员的"))  # 今年当选全国人大代表的甲，是…
    if at and text[at - 1] not in "\n。！？!?" and not said.group("now") and not role_before:
        return ""  # the name is the sentence's subject: it opens it, after its role, or 如今是 says what it is now
    posts = said.group("posts")
    if posts.startswith("来自"):  # 是来自某公司的一名企业员工: the unit they come from
        unit = posts[2:].split("的")[0]
        return unit if UNIT_RE.search(unit) else ""
    if DESCRIPTION_RE.search(posts):
        return ""  # 是一名乡村医生, 是蒙古族刺绣传承人: what kind of person, not a post held
    return posts if title_end(posts) and "代表" not in posts and "委员" not in posts else ""


def _posts_now(text: str, at: int, name: str) -> str:
    """The posts after 现任 in the name's own sentence, up to the first that is a role (…会长、某省政协常委)."""
    now = POSTS_NOW_RE.match(text, at + len(name))
    if not now:
        return ""
    posts = []
    for piece in now.group("posts").split("、"):
        if ROLE_RE.search(piece) or "代表" in piece or "委员" in piece or not title_end(piece):
            break
        posts.append(piece)
    return "、".join(posts)


# 省人大代表甲，某村党支部书记。: the posts in apposition, a clause of their own after the name.
APPOSED_RE = re.compile(r"[，,](?P<posts>[^，,。；;！？!?\n“”：:]{4,40}?)(?=[。；;]|[，,](?:[他她]|这次|此次|今年|多年))")
VERB_START_RE = re.compile(r"^(?:[他她我你这那其是在将把被就也都还又已正曾要会能可]|今年|此次|这次|目前|如今)")
# 来自某学院的甲代表, 身为某委主任的甲代表: the unit the person comes from, or the posts they hold, before the name;
# 甲代表（来自某集团）, 甲来自某集团，, 甲代表所在的某公司，: the unit after it.
BEFORE_NAME_RE = re.compile(r"(?P<verb>来自|身为|作为)(?P<words>[^，,。；;：:！？!?\n“”的]{3,40})的"
                            r"(?:全国|省|自治区|市|州|县|区|旗)?(?:人大代表|政协委员)?$")
CAME_AFTER_RE = re.compile(r"(?:代表|委员)?(?:[（(]来自|来自|所在的)(?P<words>[^，,。；;：:！？!?\n“”的（）()]{3,40})(?:[）)]|(?=[，,。；;]))")
# A unit, not a place: the dev set's keys give no affiliation for 来自某盟某县 or 所在的某村.
UNIT_RE = re.compile(r"(?:管委会|卫生院|集团|学院|大学|学校|医院|中心|公司|研究院|研究所|合作社|协会|商会|[局厅厂馆站所])$")


def _posts_apposed(text: str, at: int, name: str) -> str:
    """``省人大代表甲，某村党支部书记。``: posts after a comma that close their clause, right after a name
    its role introduced."""
    if not re.search(r"(?:代表|委员|常委)[ \u3000]?$", text[max(0, at - 6) : at]):
        return ""
    apposed = APPOSED_RE.match(text, at + len(name))
    if not apposed:
        return ""
    posts = apposed.group("posts")
    if VERB_START_RE.match(posts) or ROLE_RE.search(posts) or "代表" in posts or "委员" in posts or not title_end(posts):
        return ""
    return posts


def _unit_came_from(text: str, at: int, name: str) -> str:
    """``来自某学院的甲代表``, ``甲代表（来自某集团）``, ``甲来自某集团，``: the unit they come from; ``身为某委主任的甲
    代表``: the posts they hold."""
    came = BEFORE_NAME_RE.search(text, max(0, at - 50), at)
    if came and came.group("verb") != "来自":  # 身为, 作为: posts held
        if title_end(came.group("words")) and not ROLE_RE.search(came.group("words")):
            return came.group("words")
        came = None
    came = came or CAME_AFTER_RE.match(text, at + len(name))
    if not came or not UNIT_RE.search(came.group("words")) or ROLE_RE.search(came.group("words")):
        return ""
    return came.group("words")


PLACE_BEFORE_ROLE_RE = re.compile(r"、([\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州|盟|旗|自治区))$")
FROM_POSTS_RE = re.compile(r"(?:来自|身兼|身为)(?P<posts>[^，,。；;：:！？!?\n“”的]{4,40})的(?:第?十[一二三四五六]届)?$")


def posts_before_role(text: str, role_start: int) -> str:
    """``某村村务监督委员会主任、全国人大代表卓嘎``: the posts printed before the role, joined to it by 、."""
    place = PLACE_BEFORE_ROLE_RE.search(text, max(0, role_start - 12), role_start)  # 石大教师、北京市政协委员
    role_start = place.start(1) if place else role_start
    while role_start > 0 and text[role_start - 1] in "全国省自治区市县旗盟州":  # the level word before 人大代表
        role_start -= 1
    came = FROM_POSTS_RE.search(text, max(0, role_start - 50), role_start)  # 来自某局某科负责人的省人大代表甲
    if came:
        return came.group("posts") if title_end(came.group("posts")) else ""
    if role_start < 3 or text[role_start - 1] != "、":
        return ""
    before, _ = clause_before(text, role_start - 1)
    if not title_end(before) or NEXT_ROLE_RE.search(before):
        return ""
    return trim_lead_in(before)
