"""Credits: reporters and photographers from bylines, captions, parentheticals and photo-story credits.
"""

from __future__ import annotations

import re

from .credit_lines import CreditLine, loose_credit_line, read_credit_line, strict_credit_line
from .lexicon import CJK, NAME_DOTS
from .name_shapes import name_shape_score
from .results import Block
from .text import normalize_name, simplified_view

BYLINE_START = re.compile(r"^[□■▲●◆◇○]")
CAPTION_CREDIT_RE = re.compile(rf"^(?:[{CJK}]{{0,14}}?(?:记者|通讯员))?\s*((?:[{CJK}{NAME_DOTS}]{{2,8}}\s*)+?)\s*/?\s*摄(?:影报道)?$")
# "…在代表通道接受采访。 新华社记者 段立新 摄" at the end of a caption.
TRAILING_PHOTO_CREDIT_RE = re.compile(rf"(?:^|[\s。])((?:[{CJK}]{{0,10}}?记者|通讯员)\s*(?:[{CJK}{NAME_DOTS}]{{2,8}}\s*)+?摄(?:影报道)?)\s*$")


CAPTION_CHARS_RE = re.compile(rf"[{CJK}{NAME_DOTS}\s/]*")  # all that CAPTION_CREDIT_RE can consume


def caption_credit(text: str) -> re.Match | None:
    """``CAPTION_CREDIT_RE.match``, tried only on text that ends the way a photo credit must (…摄)
    and holds no character the pattern cannot consume.

    The pattern's nested name repetition backtracks through every split of a run of Chinese
    characters before it gives up: some seconds for a 40-character clause without punctuation,
    minutes for 50. A paragraph that cannot match is turned away before it is tried."""
    if not text.removesuffix("\n").endswith(("摄", "摄影报道")) or not CAPTION_CHARS_RE.fullmatch(text):
        return None
    return CAPTION_CREDIT_RE.match(text)


def trailing_photo_credit(text: str) -> re.Match | None:
    """``TRAILING_PHOTO_CREDIT_RE.search``, tried only on text ending in 摄 or 摄影报道 (see above)."""
    if not text.rstrip().endswith(("摄", "摄影报道")):
        return None
    return TRAILING_PHOTO_CREDIT_RE.search(text)


TEAM_CREDIT_RE = re.compile(r"^[（(]?\s*(?:融媒体|全媒体)?报道团队|^[（(]?\s*(?:策划|统筹|监制|制作|视频|设计)[:：]")

PHOTO_END_RE = re.compile(r"摄(?:影报道|影)?$")

# A bracketed group inside a paragraph: (记者 何宇), 【记者 某某 某某】, 〔記者某某／綜合報導〕.
BRACKET_RE = re.compile(r"[（(【〔\[]([^（）()【】〔〕\[\]\n]{2,60})[）)】〕\]]")
# The dateline a lead opens with (【本报北京电】, 本报北京3月6日电, 拉萨1月29日讯), then the credit
# that runs to 报道 (记者 某某 北京报道：…).
LEAD_PREFIX_RE = re.compile(r"^\s*(?:【[^】\n]{1,20}】|〔[^〕\n]{1,20}〕|[^\s（(【〔，,。：:]{2,20}?[电讯])\s*")
LEAD_BODY_RE = re.compile(r"^[^。，,；;：:（(“”\n]{2,40}?(?:报道|报导)")
# A lead may open with its credit and no dateline (记者某某报道 记者从…了解到), or follow its
# dateline with a credit that a space ends, not 报道 (…乌鲁木齐电 记者某某 6日上午…).
LEAD_LABEL_RE = re.compile(rf"^[{CJK}]{{0,12}}?(?:记者|通讯员|采访人员)")
SPACE_RUN_RE = re.compile(r"\s+")
# A dateline with its date (中新网贵阳1月26日电): a bracket right after it credits its reporter,
# labelled or not (中新网贵阳1月26日电(某某)).
DATED_PREFIX_RE = re.compile(r"\d日[电讯]\s*$")


# Who wrote a text down, in brackets: （本文由某某网记者某某根据现场录音整理）.
ATTRIBUTION_RE = re.compile(
    rf"^(?:本文|本稿|此文)?由\s*([^\s，,。]{{0,20}}?(?:记者|通讯员|采访人员)\s*[{CJK}{NAME_DOTS}\s]{{2,20}}?)\s*"
    r"(?:根据[^，,。；;]{1,20})?(?:整理|撰写|采写|编写)$"
)
# A broadcast script's speaker: 记者（某某）：… names the reporter (主播（某某）： a host, no credit).
SPEAKER_RE = re.compile(rf"^[{CJK}]{{0,8}}?(?:记者|采访人员)\s*[（(]([^（）()\s]{{2,12}})[）)]\s*[:：]")


def credits_of(body: str) -> tuple[list[str], list[str]]:
    """(reporters, photographers) named in one credit line (□本报记者 A B, 文/… 图/…, 记者：A 摄像：B);
    a line that names no credit and no one shaped like a person (■ 聚焦现代农业) names no one."""
    found = loose_credit_line(body)
    return found.reporters, found.photographers


def _person_names(found: CreditLine | None) -> bool:
    names = (found.reporters + found.photographers) if found else []
    return bool(names) and all(name_shape_score(normalize_name(simplified_view(n))) is not None for n in names)


def lead_credit(line: str) -> str | None:
    """The credit in a lead after its dateline (【本報北京電】記者 某某報道：…, …电 记者某某 6日…),
    or opening it (记者某某报道 …), as printed."""
    view = simplified_view(line[:100])
    if len(view) != min(len(line), 100):
        return None
    prefix = LEAD_PREFIX_RE.match(view)
    if not prefix:
        body = LEAD_BODY_RE.match(view) if LEAD_LABEL_RE.match(view) else None
        return line[: body.end()] if body and strict_credit_line(line[: body.end()]) else None
    body = LEAD_BODY_RE.match(view[prefix.end() :])
    if body:
        return line[prefix.end() : prefix.end() + body.end()]
    rest = line[prefix.end() : 100]
    if not LEAD_LABEL_RE.match(simplified_view(rest)):
        return None
    for space in reversed(list(SPACE_RUN_RE.finditer(rest[:60]))):  # the longest run of names
        if _person_names(strict_credit_line(rest[: space.start()])):
            return rest[: space.start()]
    return None


def lead_bracket_credit(line: str) -> CreditLine | None:
    """The names in brackets right after a dated dateline (中新网贵阳1月26日电(某某)), all shaped
    like persons' names."""
    view = simplified_view(line[:100])
    prefix = LEAD_PREFIX_RE.match(view)
    if not prefix or not DATED_PREFIX_RE.search(prefix.group()):
        return None
    bracket = BRACKET_RE.match(line, prefix.end())
    found = read_credit_line(bracket.group(1)) if bracket else None
    return found if found and not found.bad and _person_names(found) else None


def read_credits(text: str, blocks: list[Block]) -> tuple[list[str], list[str]]:
    """Reporters and photographers from bylines (□本报记者 A B, 文/… 图/…), credit lines wherever they
    stand (摄像：…, 记者 | …, 作者：… in a page's stamp), captions (本报记者 B 摄), bracketed
    credits ((记者 A), (通讯员 B 记者 A), 【记者 A B】), leads (【…電】記者 A 報道) and photo-story
    credits (… 摄影报道)."""
    reporters: list[str] = []
    photographers: list[str] = []

    def extend(found: CreditLine | None) -> None:
        if found is None:
            return
        for source, target in ((found.reporters, reporters), (found.photographers, photographers)):
            target.extend(n for n in source if n not in target)

    for block in blocks:
        line = text[block.start : block.end]
        if TEAM_CREDIT_RE.match(line):
            continue  # the page's media team (融媒体报道团队：…), not this article's reporters
        if block.kind in ("byline", "credit"):
            extend(loose_credit_line(line))
            continue
        whole = strict_credit_line(line)
        if whole:
            extend(whole)
            continue
        lead = lead_credit(line)
        if lead:
            extend(strict_credit_line(lead))
        extend(lead_bracket_credit(line))
        speaker = SPEAKER_RE.match(simplified_view(line[:40]))
        if speaker:
            found = read_credit_line(line[speaker.start(1) : speaker.end(1)])
            extend(found if not found.bad and _person_names(found) else None)
        for match in BRACKET_RE.finditer(line):
            inner = match.group(1)
            attribution = ATTRIBUTION_RE.match(simplified_view(inner))
            extend(strict_credit_line(inner[attribution.start(1) : attribution.end(1)] if attribution else inner))
        view = simplified_view(line)  # 記者 某某 攝 at the end of a caption in traditional characters
        trailing = trailing_photo_credit(view) if len(view) == len(line) else None
        if trailing:
            extend(loose_credit_line(line[trailing.start(1) : trailing.end(1)]))
        elif PHOTO_END_RE.search(view):  # …交流意见。　记者　田　野　摄: a name spaced like cells
            extend(strict_credit_line(line[max(map(line.rfind, "。！？）)")) + 1 :]))
    return reporters, photographers
