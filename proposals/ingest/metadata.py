"""Article metadata pass: title, newspaper (or outlet), publication date, page (版次) and original URL.

In order of trust: what the user says (``ingest --title --newspaper --date --url``), the sidecar
``NAME.source`` beside ``NAME.txt``, a saved page's ``<meta>``/OpenGraph tags (``Hints``, merged with
``Hints.over``), then the article's own header: its 来源/作者/时间 lines and mastheads. Page furniture
(breadcrumbs, 分享到, 打印本页, 责任编辑, 字体 大中小) is never a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from .layout import DATELINE_RE
from .lexicon import DATE_RE
from .results import Block
from .text import simplified_view

# ``[no headline in stored text] 河北日报: 出席…`` is how a sidecar says the page had no headline and
# names the outlet it came from; ``… (来源:人民政协报)`` and a trailing ``(2026)`` are annotations too.
NO_HEADLINE_RE = re.compile(r"^\[no headline[^\]]*\]\s*")
OUTLET_PREFIX_RE = re.compile(r"^([^\s:：]{2,14}?)\s*[:：]\s*(.+)$")
SOURCE_NOTE_RE = re.compile(r"\s*[（(]\s*来源\s*[:：]\s*([^）)]{2,20})[）)]\s*$")
YEAR_NOTE_RE = re.compile(r"\s*[（(]((?:19|20)\d{2})[）)]\s*$")

URL_DATE_RES = (
    re.compile(r"/((?:19|20)\d{2})-(\d{2})/(\d{2})/"),  # /2021-01/23/
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})/"),  # /2024-01-22/
    re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/"),  # /2026/01/26/
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/"),  # /2015/0203/ (site CMSs)
    re.compile(r"(?:/|\bt|_)((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{0,8})(?=[/_.]|$)"),  # /20250313/, t20240305_
)
URL_YEAR_RE = re.compile(r"/(20[0-4]\d)/")
URL_MONTH_RE = re.compile(r"/((?:19|20)\d{2})(?:-|/)?(0[1-9]|1[0-2])/")  # /201903/: the year only

# Lines of site furniture that a page's first lines are made of and that are never its title.
FURNITURE_RE = re.compile(
    r"首页|当前位置|您的位置|你的位置|本页位置|[>＞»›]|分享到|打印本页|打印|关闭窗口|责任编辑|编辑[:：]|来源[:：]|作者[:：]"
    r"|字体|字號|字号|[大中小]\s*[大中小]\s*[大中小]|发布时间|更新时间|浏览次数|阅读次数|\[no headline|收藏|扫一扫|二维码"
    r"|相关阅读|相关新闻|延伸阅读|推荐阅读|网站首页|播出时间|虚构示例|虛構示例|繁體|简体|簡體|数字报|數字報|电子版"
)
# 【灣區網訊】, 塞上新闻网讯: the outlet's own wire mark at the start of the story.
WIRE_RE = re.compile(r"(?:^|\n)\s*【?([\u4e00-\u9fff]{2,10}(?:网|網|报|報|台|社|客户端))讯|(?:^|\n)\s*【([\u4e00-\u9fff]{2,10}(?:网|網|报|報|台|社))訊")
NEWSPAPER_RE = re.compile(r"《([^》]{2,12}(?:日报|晚报|时报|新闻|周刊|报))》|来源[:：]\s*(?!时间|日期|作者|编辑)([^\s|｜/，,:：\d]{2,16}?)(?=\s|$|[|｜/，,]|作者|编辑|时间)")
MASTHEAD_RE = re.compile(r"^([\u4e00-\u9fff]{2,8}(?:日报|晚报|晨报|早报|时报|商报|都市报|政协报|人大报|法治报))(?:\s|$)")
PAGE_RE = re.compile(r"第\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版|(?<![A-Za-z])([A-Z]\d{1,2})\s*版")
# "2025-01-09 08:30:16　来源：芜湖日报　作者：…　字号：大 中 小": a web page's stamp line, the date
# opening it and a time, source or author after it.
PAGE_STAMP_RE = re.compile(r"[ \u3000]*(?:\d{1,2}:\d{2}|来源|作者|[|｜])")
ISO_DATE_RE = re.compile(r"(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")
# "陕西日报 2018-01-24 06:20": an outlet's name before the stamp's date.
OUTLET_LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:报|報|网|網|台|社|新闻|客户端)$")


@dataclass(frozen=True)
class Hints:
    """What is known about an article before it is read: from the user, a sidecar or HTML meta tags.
    Empty strings and None mean "not said"."""

    title: str = ""
    newspaper: str = ""
    date: str | None = None  # ISO date
    url: str = ""
    page: str = ""
    year: int | None = None  # a year noted beside the title, when no date is known

    def over(self, other: Hints) -> Hints:
        """These hints, with ``other``'s filling what these leave unsaid."""
        return Hints(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})


@dataclass(frozen=True)
class Metadata:
    title: str
    newspaper: str
    published_on: str | None
    url: str
    page: str


def iso_date(value: str) -> str | None:
    """``2024-03-05``, ``2024/3/5`` or ``2024年3月5日`` as an ISO date; None when it is not a real date."""
    match = ISO_DATE_RE.search(value) or DATE_RE.search(value)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def read_sidecar(content: str) -> Hints:
    """A ``NAME.source`` file: ``source: URL``, ``title: …``, optional ``newspaper: …``, ``date: YYYY-MM-DD``
    and ``page: …`` lines. A ``source`` that is no http(s) URL (a note on where the text came from) is
    not an address to cite."""
    values: dict[str, str] = {}
    for line in content.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in ("source", "url", "title", "newspaper", "date", "page"):
            values.setdefault(key.strip().lower(), value.strip())
    url = values.get("url") or values.get("source", "")
    title, newspaper, year = sidecar_title(values.get("title", ""))
    return Hints(
        title=title, newspaper=values.get("newspaper") or newspaper, date=iso_date(values.get("date", "")),
        url=url if re.match(r"https?://", url) else "", page=values.get("page", ""), year=year,
    )


def sidecar_title(title: str) -> tuple[str, str, int | None]:
    """A sidecar's title without its annotations, and the outlet and year they name."""
    newspaper, year = "", None
    if NO_HEADLINE_RE.match(title):
        title = NO_HEADLINE_RE.sub("", title)
        outlet = OUTLET_PREFIX_RE.match(title)
        if outlet:
            newspaper, title = outlet.group(1).strip(), outlet.group(2).strip()
    note = SOURCE_NOTE_RE.search(title)
    if note:
        newspaper, title = newspaper or note.group(1).strip(), title[: note.start()]
    note = YEAR_NOTE_RE.search(title)
    if note:
        year, title = int(note.group(1)), title[: note.start()]
    return title.strip(), newspaper, year


def url_date(url: str) -> tuple[str | None, int | None]:
    """The date a news URL carries (``/2024-03/05/``, ``/20240305/``, ``t20240305_``), and its year
    (also from a year and month alone, ``/201903/``)."""
    for pattern in URL_DATE_RES:
        for match in pattern.finditer(url):
            date = iso_date("-".join(match.groups()))
            if date:
                return date, int(date[:4])
    month = URL_MONTH_RE.search(url) or URL_YEAR_RE.search(url)  # /201903/, or a folder of the year (/2023/)
    return None, int(month.group(1)) if month else None


def header_date(head: str) -> str | None:
    """The date in the page's header: a dateline at the very top, or one labelled 日期 / 发布时间.
    A dateline inside the story (本报北京3月5日电) or an event's date is no publication date."""
    head = head[:400]
    for pattern in (DATE_RE, ISO_DATE_RE):
        for match in pattern.finditer(head):
            line_start = head.rfind("\n", 0, match.start()) + 1
            label = head[line_start : match.start()]
            line_end = head.find("\n", match.end())
            line = head[line_start : line_end if line_end >= 0 else len(head)]
            if (match.start() < 40 or re.search(r"日期|发布|时间|刊发|出版|来源", simplified_view(label)) or DATELINE_RE.match(line)
                    or ((not label.strip() or OUTLET_LABEL_RE.match(label.strip()))
                        and PAGE_STAMP_RE.match(head, match.end()))):
                date = iso_date(match.group())
                if date:
                    return date
    return None


def is_furniture(line: str) -> bool:
    return bool(FURNITURE_RE.search(line) or FURNITURE_RE.search(simplified_view(line)))  # 本頁位置, 首頁


# A masthead or programme line: an outlet (澳門日報, 海南新闻联播, 某某晚报（虚构）) and, after a space, its date,
# page or section (2020年1月14日, A03, 第3版): page furniture, never the headline.
OUTLET_LINE_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,10}(?:报|新闻联播|新闻|联播|电视台|广播电台|网)(?:[（(][^）)]{1,6}[）)])?[\s\u3000]+"
    r"(?=.*(?:\d{4}\s*年|\d{4}[-./]\d{1,2}|第\s*\S{1,3}\s*版|(?<![A-Za-z])[A-Z]\d{1,2}(?!\d)))"
)
FOLLOW_PROMPT_RE = re.compile(r"点击.{0,6}蓝字|关注我们")
BYLINE_LIKE_RE = re.compile(r"^[（(【]?(?:本报|新华社|央视)?(?:记者|通讯员|文/|图/|摄影)|摄$|^(?:主持人|记者)[:：]")


WIRE_HEADLINE_RE = re.compile(r"^\S{0,12}\d{1,2}月\d{1,2}日电\s*题[:：]\s*(\S.*)$")
LABEL_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]$|^第?\s*[0-9０-９A-Z]{1,5}\s*版")  # 热点： / 00005版：…


def is_stamp(line: str) -> bool:
    """A page's stamp line: its outlet and date (陕西日报 2018-01-24 06:20), or its date with a time,
    source or author (2015-03-02 16:02:56　作者：　来源：中国新闻网)."""
    view = simplified_view(line)
    date = ISO_DATE_RE.match(view) or DATE_RE.match(view)
    return bool(OUTLET_LINE_RE.match(view) or (date and PAGE_STAMP_RE.match(view, date.end())))


def is_headline(line: str, shortest: int = 4, longest: int = 60) -> bool:
    return (shortest <= len(line) <= longest and not re.search(r"[。！？；]", line[:-1]) and not is_furniture(line)
            and not BYLINE_LIKE_RE.search(line) and not LABEL_LINE_RE.search(line) and not is_stamp(line)
            and not PAGE_RE.search(line))


def text_title(raw: str, text: str, blocks: list[Block] | tuple[Block, ...]) -> str:
    """The page's headline: a Markdown ``#`` title, else the first short line of the raw page (no
    sentence in it) that is not furniture, a date or a byline, else the first title-like block.

    The raw lines, not the blocks: the layout pass may join a headline to the line after it when
    the page prints no punctuation between them."""
    marked = next((b for b in blocks if b.kind == "title" and b.level == 1), None)
    if marked is not None and is_headline(text[marked.start : marked.end].strip().strip("□■▲●◆"), shortest=1, longest=10_000):
        return text[marked.start : marked.end].strip()
    lines = [line.strip(" \t\u3000\u00a0#*□■▲●◆") for line in raw.lstrip("\ufeff")[:3000].splitlines()]
    head = [line for line in lines if line][:8]
    # The line right above the page's stamp (陕西日报 2018-01-24 06:20, 2015-03-02 16:02 来源：…) is its
    # headline, whatever site name or slogan stands above it.
    for index, line in enumerate(head[1:], 1):
        if is_stamp(line) and is_headline(head[index - 1]):
            return head[index - 1]
    for line in head[:3]:  # 中新社北京3月15日电 题：“代表通道”联通大会堂内外: a wire story's own headline
        headline = WIRE_HEADLINE_RE.search(simplified_view(line))
        if headline and is_headline(line[headline.start(1) :]):
            return line[headline.start(1) :]
    for index, line in enumerate(head):
        if FOLLOW_PROMPT_RE.search(line) or (index + 1 < len(head) and FOLLOW_PROMPT_RE.search(head[index + 1])):
            continue  # 怀化发布 / 点击蓝字 关注我们: a WeChat account and its follow prompt, not the headline
        if (is_furniture(line) or DATELINE_RE.match(line) or BYLINE_LIKE_RE.search(line) or DATE_RE.match(line)
                or OUTLET_LINE_RE.match(simplified_view(line))):
            continue
        if LABEL_LINE_RE.search(line) or PAGE_RE.search(line):
            continue  # 热点： a section label; 00005版：省两会特别报道 the page
        if 4 <= len(line) <= 60 and not re.search(r"[。！？；]", line[:-1]):
            return line
        break  # the story has begun
    for block in blocks:
        line = text[block.start : block.end].strip()
        if block.kind in ("title", "subtitle", "heading") and line and is_headline(line.strip("□■▲●◆")):
            return line
    return ""


def text_newspaper(head: str) -> str:
    """The outlet a page's head names: a 来源 line or 《…报》, else a masthead line (人民日报)."""
    match = NEWSPAPER_RE.search(head) or WIRE_RE.search(head)
    if match:
        return next(g for g in match.groups() if g).strip()
    for line in head.splitlines()[:6]:
        masthead = MASTHEAD_RE.match(line.strip().strip("#").strip())
        if masthead:
            return masthead.group(1)
    return ""


def text_page(head: str) -> str:
    match = PAGE_RE.search(head)
    return match.group(0).replace(" ", "") if match else ""


def read_metadata(raw: str, text: str, blocks: list[Block] | tuple[Block, ...], hints: Hints) -> Metadata:
    """Each field from the most trusted place that says it; unknown fields stay empty (None for the date)."""
    head = raw.lstrip("\ufeff")[:600]
    return Metadata(
        title=hints.title or text_title(raw, text, blocks),
        newspaper=hints.newspaper or text_newspaper(head),
        published_on=hints.date or header_date(head) or url_date(hints.url)[0],
        url=hints.url,
        page=hints.page or text_page(head[:300]),
    )
