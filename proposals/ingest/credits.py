"""Credits: reporters and photographers from bylines, captions, parentheticals and photo-story credits.
"""

from __future__ import annotations

import re

from .lexicon import CJK, NAME_DOTS, NOT_NAMES
from .results import Block
from .text import is_cjk, normalize_name, simplified_view

CREDIT_SPLIT = re.compile(r"[\s、，,/　]+")
BYLINE_START = re.compile(r"^[□■▲●◆◇○]")
REPORTER_RE = re.compile(
    rf"(?:本报|新华社|人民日报|中新社|央视|本台|本刊)?(?:特约|融媒|全媒|实习)?记者\s*[/／:：]?\s*((?:[{CJK}{NAME_DOTS}]{{2,8}}(?:[\s、，,]+|$))+)"
)
CAPTION_CREDIT_RE = re.compile(rf"^(?:[{CJK}]{{0,14}}?(?:记者|通讯员))?\s*((?:[{CJK}{NAME_DOTS}]{{2,8}}\s*)+?)\s*/?\s*摄(?:影报道)?$")
# (记者 何宇), (通讯员 哈斯 记者 邢雨萌), (杏河县融媒体中心记者 景一鸣)
PAREN_CREDIT_RE = re.compile(rf"[（(]\s*((?:[{CJK}]{{0,14}}?(?:记者|通讯员)\s*[{CJK}{NAME_DOTS}\s、，,]{{2,30}}?)+)\s*[）)]")
# 【文匯報訊】記者 鄺志強 北京報道　全國政協委員…: the lead of a Hong Kong or Macao paper.
LEAD_CREDIT_RE = re.compile(
    rf"^【[{CJK}]{{1,12}}[讯电]】\s*((?:[{CJK}]{{0,8}}?(?:记者|通讯员)\s*(?:[{CJK}{NAME_DOTS}]{{2,8}}[\s、，,]+)+?)+)[{CJK}]{{0,6}}报道"
)
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

PHOTO_END_RE = re.compile(r"摄(?:影报道)?$")

CREDIT_LABEL_RE = re.compile(rf"^(?:[{CJK}]{{0,14}}?(?:记者|通讯员|摄影师|摄影|编辑|报道))+$")
CREDIT_GLUED_RE = re.compile(rf"^[{CJK}]{{0,14}}?(?:记者|通讯员)([{CJK}{NAME_DOTS}]{{2,8}})$")


def _credit_names(chunk: str) -> list[str]:
    """Names in a credit: labels such as 本报记者, 本报特派北京记者, 杏河县融媒体中心记者, 通讯员 are dropped."""
    names = []
    for token in CREDIT_SPLIT.split(chunk):
        token = token.strip("□■▲●◆ （）()：:")
        view = simplified_view(token)  # 本報記者: labels in traditional characters; names stay as printed
        if not token or CREDIT_LABEL_RE.match(view):
            continue
        glued = CREDIT_GLUED_RE.match(view)  # 本报记者康丽娜
        if glued:
            token = token[glued.start(1) : glued.end(1)]
        token = normalize_name(token)
        if 2 <= len(token.replace("·", "")) <= 8 and all(is_cjk(c) or c == "·" for c in token) and token not in NOT_NAMES:
            names.append(token)
    return names


CREDIT_PART_RE = re.compile(r"\s+(?=(?:文|图|摄影)\s*[/／])")
PHOTO_LABEL_RE = re.compile(r"^(?:图|摄影)\s*[/／:：]")  # 图/…, 摄影：本报记者 …
CREDIT_PREFIX_RE = re.compile(r"^(?:文|图|摄影)\s*[/／:：]\s*")
PHOTO_CREDIT_END_RE = re.compile(r"\s*/?\s*摄(?:影报道)?$")


def credits_of(body: str) -> tuple[list[str], list[str]]:
    """(reporters, photographers) named in one credit line."""
    words: list[str] = []
    photos: list[str] = []
    body = BYLINE_START.sub("", body).strip()
    # "□文/本报记者 韩雪茹  图/本报记者 王磊" can also sit on one line.
    for part in CREDIT_PART_RE.split(body):
        photo = bool(PHOTO_LABEL_RE.match(part)) or bool(PHOTO_END_RE.search(part))
        part = CREDIT_PREFIX_RE.sub("", part)
        part = PHOTO_CREDIT_END_RE.sub("", part)
        (photos if photo else words).extend(_credit_names(part))
    return words, photos


def read_credits(text: str, blocks: list[Block]) -> tuple[list[str], list[str]]:
    """Reporters and photographers from bylines (□本报记者 A B, 文/… 图/…), captions (本报记者 B 摄),
    parentheticals ((记者 A), (通讯员 B 记者 A)) and photo-story credits (… 摄影报道)."""
    reporters: list[str] = []
    photographers: list[str] = []

    def extend(target: list[str], names: list[str]) -> None:
        for n in names:
            if n not in target:
                target.append(n)

    def credit(body: str) -> None:
        words, photos = credits_of(body)
        extend(reporters, words)
        extend(photographers, photos)

    for block in blocks:
        line = text[block.start : block.end]
        if TEAM_CREDIT_RE.match(line):
            continue  # the page's media team (融媒体报道团队：…), not this article's reporters
        if block.kind in ("byline", "credit"):
            credit(line)
        elif block.kind in ("para", "heading"):
            view = simplified_view(line[:60])
            lead = LEAD_CREDIT_RE.match(view)
            if lead and len(view) == min(len(line), 60):
                credit(line[lead.start(1) : lead.end(1)])
            for match in PAREN_CREDIT_RE.finditer(line):
                credit(match.group(1))
            trailing = trailing_photo_credit(line)
            if trailing:
                credit(trailing.group(1))
    return reporters, photographers
