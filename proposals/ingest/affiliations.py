"""Affiliations: where an organization ends and a job title begins (``…研究院党委书记``).
"""

from __future__ import annotations

import re

from .evidence import is_lead_in
from .lexicon import CJK, ETHNIC_LEAD_RE, PROVINCES, TITLE_RE, TITLES
from .text import is_cjk

HONOUR_RE = re.compile(r"(?:模范|劳模|标兵|红旗手|获得者|先进个人|优秀共产党员|奖章|道德模范|最美[^、]{0,6}|人大代表|政协委员|常委|委员)$")


TITLE_JOINER_END_RE = re.compile(r"(?:、|兼|和|及|，|,)$")
LIST_COMMA_END_RE = re.compile(r"(?:、|，|,)$")


def split_affiliation(affiliation: str) -> tuple[str, str]:
    """``中国航天科工集团第六研究院党委书记`` → (``中国航天科工集团第六研究院``, ``党委书记``).

    Titles are peeled off the end one at a time, joined by 、 or 兼 (党委书记、董事长).
    """
    rest = affiliation
    cut = len(rest)
    while rest:
        match = TITLE_RE.search(rest)
        if not match:
            break
        rest = rest[: match.start()]
        cut = len(rest)
        stripped = TITLE_JOINER_END_RE.sub("", rest)
        if stripped == rest:
            break
        # Only keep peeling when what precedes the separator is itself a title.
        if not TITLE_RE.search(stripped):
            break
        rest = stripped
    if cut == len(affiliation) and GENERIC_TITLE_RE.search(affiliation) and len(affiliation) > 2:
        cut = len(affiliation) - 2
    organization, title = affiliation[:cut], affiliation[cut:]
    organization = LIST_COMMA_END_RE.sub("", organization)
    # "全国劳动模范、某钢铁集团董事长": honours listed before the organization are not part of it.
    parts = organization.split("、")
    if len(parts) > 1 and all(HONOUR_RE.search(p) or title_end(p) for p in parts[:-1]):
        organization = parts[-1]
    return organization, title.lstrip("、，,")


# Heads of units not in the list above (场长, 矿长, 指挥长): a character and 长 is nearly always a title.
GENERIC_TITLE_RE = re.compile(rf"[{CJK}]长$")


TITLE_SET = frozenset(TITLES)
TITLE_MAX = max(map(len, TITLES))
TITLE_LAST_CHARS = frozenset(t[-1] for t in TITLES)


def title_end(affiliation: str) -> bool:
    """Whether the text ends in a job title. Modifiers (副, 党委…) need no check: 副厅长 ends in 厅长."""
    if not affiliation or affiliation[-1] not in TITLE_LAST_CHARS:
        return False  # most text: no title ends in its last character
    if len(affiliation) >= 2 and affiliation[-1] == "长" and is_cjk(affiliation[-2]):
        return True
    for k in range(1, min(TITLE_MAX, len(affiliation)) + 1):
        if affiliation[-k:] in TITLE_SET:
            return True
    return False

def known_title_end(text: str) -> bool:
    """Whether ``text`` ends in a listed job title (董事长, 院士), not merely in any character and 长 (唐长红's 唐长)."""
    return any(text[-k:] in TITLE_SET for k in range(2, min(TITLE_MAX, len(text)) + 1))


def lists_people(affiliation: str) -> bool:
    """``部长甲、局长乙、主任丙`` before the last name of a list: other people's posts and names, which a reading
    of the list as entries gives apart; two of its pieces at least end in no title."""
    pieces = affiliation.split("、")
    return len(pieces) > 2 and sum(not title_end(piece) for piece in pieces[:-1]) >= 2


# Posts held for a sitting, never the person's work: a delegation's post (福州代表团团长, 澳门团副团长, 副团长)
# and the chair of one meeting (会议主持人); and no post at all: a delegation with the role (平谷团代表).
SITTING_POST_RE = re.compile(rf"(?:[{CJK}]{{0,16}}?代表团|(?:{'|'.join(PROVINCES)})团|总团)?副?团长|(?:本次|全团)?会议主持人|(?:大会)?(?:执行主席|主席团常务主席|常务主席)(?:召集人)?"
                             rf"|[{CJK}]{{1,16}}?团的?代表|(?:第一)?(?:提案人|领衔人)")  # 第一提案人: a proposal's mover
# A party's membership (民盟盟员, 中共党员, 社员): dropped beside posts; alone, it is all the page says.
PARTIES = ("中共", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
MEMBERSHIP_RE = re.compile(r"(?:中共|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|[\u4e00-\u9fff]{2,3}(?=社员|盟员))?(?:党员|盟员|社员)")


def posts_only(affiliation: str) -> str:
    """``省委常委、福州代表团团长`` → ``省委常委``, ``福州代表团团长`` → "", ``民盟盟员、某协会副主席`` →
    ``某协会副主席``, ``中共党员`` alone stays (``会员`` alone, no party named, says nothing): the affiliation as stored."""
    posts = _trimmed(affiliation, SITTING_POST_RE)
    kept = _trimmed(posts, MEMBERSHIP_RE) or posts
    if kept in ("党员", "盟员", "社员", "会员", "黨員", "會員", "常委", "委员", "委員"):
        return ""
    return "" if MEMBERSHIP_RE.fullmatch(kept) and not kept.startswith(PARTIES) else kept  # 菏泽社员: a place's, says nothing


def work_posts(affiliation: str) -> str:
    """The person's work among the posts: ``posts_only`` without a membership, even alone; "" when none."""
    return _trimmed(_trimmed(affiliation, SITTING_POST_RE), MEMBERSHIP_RE)


def _trimmed(affiliation: str, pattern: re.Pattern[str]) -> str:
    posts = affiliation.split("、")
    while posts and pattern.fullmatch(posts[-1]):
        posts.pop()
    while posts and pattern.fullmatch(posts[0]):
        posts.pop(0)
    return "、".join(posts)


LEAD_INS = re.compile(
    r"^.*?(?:本报讯|这让|让|(?<!大)使|(?<!司)令|据|对此|为此|其中|包括|同时|此外|另外|针对|关于|来自|作为|身为|记者从|记者在|采访|谈及|谈到|会上|会议期间|期间|发言中|"
    r"看来|参加|出席|列席|所在的|通过|走进|来到|见到|找到|遇到|遇见|巧遇|偶遇|探访|走访|看望|拜访|分别是|就是|是|的|会议由|会由)(?=[^的]*$)"
)


def trim_lead_in(affiliation: str) -> str:
    """``这让自治区政协委员``, ``在扬子江药业集团董事长``: drop words before the organization begins.

    Of the single characters that come before a name only 在 is dropped: the others begin place and
    organization names too (对外经济贸易大学, 和平区, 从化区)."""
    trimmed = LEAD_INS.sub("", affiliation)
    while (again := LEAD_INS.sub("", trimmed)) != trimmed and title_end(again):  # 下午的 + 全团会议由 + 省委常委…
        trimmed = again
    for cut in range(min(4, len(trimmed) - 2), 0, -1):
        head = trimmed[:cut]
        if (cut > 1 or head == "在") and is_lead_in(head) and title_end(trimmed[cut:]):
            trimmed = trimmed[cut:]
            break
    return trimmed if title_end(trimmed) else affiliation

# The unit of an organization a roster prints before a name (统战部甲, 某学院乙, 科技处（社科处）丙).
UNIT_END_RE = re.compile(r"(?:学院|大学|学校|中学|小学|医院|中心|公司|集团|研究院|研究所|[部处科系局厅办所馆站队厂室])"
                         r"(?:[（(][^（）()]{1,8}[）)])?$")
PARENTHESIS_RE = re.compile(r"[（(]([^（）()]{3,40})[）)]")
# (左二), (前排右一), (从左至右), (由左到右): where people stand in a photo, not what they are.
POSITION_MARKER_RE = re.compile(r"[左右中前后排起一二三四五六七八九十、从由自至到]+")


def parenthetical_affiliation(text: str, end: int) -> str:
    """``省政协委员 蒲晓东（蜀南酿造集团总经理）表示``: the affiliation in brackets after the name."""
    match = PARENTHESIS_RE.match(text, end)
    if not match:
        return ""
    inside = without_ethnic_group(match.group(1))  # 马某（回族，某卫生院护士长）
    if title_end(inside) and not POSITION_MARKER_RE.fullmatch(inside):
        return inside
    return ""


def affiliation_bracket_before(text: str, end: int) -> tuple[int, str]:
    """``袁某（某公司总经理）委员认为``: where the bracket that closes at ``end`` opens and the affiliation
    in it; (end, "") unless it closes there and holds an affiliation."""
    if text[end - 1 : end] not in ")）":
        return end, ""
    opening = max(text.rfind("（", 0, end), text.rfind("(", 0, end))
    match = PARENTHESIS_RE.match(text, opening) if opening >= 0 else None
    if not match or match.end() != end:
        return end, ""
    affiliation = parenthetical_affiliation(text, opening)
    return (opening, affiliation) if affiliation else (end, "")


def without_ethnic_group(inside: str) -> str:
    """``彝族，板底乡某村村支书`` → ``板底乡某村村支书``: a bracket may open with the delegate's ethnic
    group, which is no part of the affiliation."""
    return ETHNIC_LEAD_RE.sub("", inside, count=1)
