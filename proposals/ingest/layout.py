"""Pass 1, raw text → stored text + blocks: line clean-up, page furniture dropped, lines cut by page
breaks rejoined, each line classified (title, subtitle, section, heading, byline, credit, dateline, para).
Offsets in everything downstream refer to the stored text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .affiliations import title_end
from .credit_lines import dated_byline, strict_credit_line
from .credits import (
    BYLINE_START,
    PHOTO_END_RE,
    TEAM_CREDIT_RE,
    caption_credit,
    lead_credit,
    trailing_photo_credit,
)
from .evidence import transliteration_score
from .lexicon import CJK, CLOSERS, DATE_RE, NAME_DOTS, TERMINAL
from .name_shapes import name_shape_score
from .results import Block
from .text import is_cjk, simplified_view
from .tokenizer import Segmenter, shared_segmenter

SECTION_RE = re.compile(r"^(?:[#\s]*)(?:全国)?两会\s*[·•・|｜]?\s*\S{2,6}$|^\S{2,4}\s*[·•・|｜]?\s*两会$")
# Site clutter and page furniture, in text copied from web pages and e-papers.
NOISE_RE = re.compile(
    r"^(?:打开.{0,8}(?:新闻|APP|客户端).{0,10}|查看精彩图片|请扫(?:描)?二维码.{0,12}|扫码.{0,12}|点击.{0,10}(?:查看|阅读|关注).{0,10}"
    r"|责任编辑[:：].*|编辑[:：].{0,20}|校对[:：].{0,20}|来源[:：].{0,30}|原标题[:：].*|分享到.{0,20}|返回(?:首页|顶部|搜狐).{0,10}"
    r"|举报|收藏|点赞|评论|转发|上一篇.*|下一篇.*|（?此处.{0,10}图片.{0,10}）?|\[?图片\]?|广告|免责声明.*)$"
)
LEADING_SYMBOLS_RE = re.compile(r"^[^\w“”\"‘’（(【\[《]+")

# "相关新闻：" and the linked headlines under it (bulleted, or ending in their date): links to other
# pages, whose names are no delegates of this article.
# Social pages head theirs 相关推荐, 热门推荐 or 猜你喜欢, and cut each teaser short with an ellipsis.
RELATED_HEADER_RE = re.compile(
    r"^[【\[]?(?:相关(?:新闻|阅读|报道|链接|文章|推荐|专题)|延伸阅读|推荐阅读|热[点门]推荐|为[你您]推荐|猜你喜欢|更多(?:新闻|报道)|往期回顾)"
    r"[】\]]?[:：]?$"
)
RELATED_ITEM_RE = re.compile(
    r"^(?:[·•・▪■□●◆▶>\-*]|\d{1,2}[.、])|(?:20\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2}|…|\.\.\.)$"
)

# A headline under the header, printed bare: short, with no stop at its end (代表某某：某某要「走出去」).
RELATED_HEADLINE_RE = re.compile(r"^[^。！？!?\n]{4,40}$")


@dataclass
class _Line:
    text: str
    level: int = 0  # markdown heading level
    blank_before: bool = False
    listed: bool = False  # a table row or a list entry: complete as printed


# Tables pasted as text: three cells or more set apart by ideographic spaces, tabs or two spaces
# (序号　提案号　提案人　题目 / 1　0012　王某　关于…的建议).
TABLE_ROW_RE = re.compile(r"^[^ \u3000\t]+(?:(?:\u3000|\t|  )[ \u3000\t]*[^ \u3000\t]+){2,}$")
# Entries of a list introduced by a line ending in a colon (现选登部分如下：): 王某（单位职务）：题目.
LIST_ENTRY_RE = re.compile(rf"^[^{CJK}]{{0,3}}[{CJK}{NAME_DOTS}]{{2,12}}[ \u3000]*(?:[（(].{{2,60}}?[）)])?[ \u3000]*[：:].{{4,}}$")


def _listed(line: _Line, previous: _Line | None) -> bool:
    """A table row, or an entry under a line ending in a colon or under another entry: list lines
    end where they end, though they print no stop (a page break does not cut them)."""
    text = line.text
    if ("\u3000" in text or "\t" in text or "  " in text) and TABLE_ROW_RE.match(text):
        return True
    if previous is None or not (previous.listed or previous.text.endswith(("：", ":"))):
        return False
    # "王某代表：headline" is a piece's headline, read as such (ROLE_COLON_RE), not a list entry.
    return bool(LIST_ENTRY_RE.match(text)) and not ROLE_COLON_RE.search(text[:20])


# Reposts that gloss characters with their pinyin: 政協(xié)委員, 代表團(tuán), 自治區[ZiZhiQu]. The glosses
# are no part of the text and cut the words they follow, names too: 刘梦（mèng）海, 单(Shàn)某, 单（shan4）某.
# A full-width or capitalised bracket is a gloss only with a tone (a marked vowel or a digit): 某公司（Tesla）
# and 某版(A1) are not.
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN = rf"a-zü{TONED}"
PINYIN_GLOSS_RE = re.compile(
    rf"(?<=[{CJK}])(?:\([a-zü]{{1,6}}\) (?=[{CJK}])"  # 張興(xing) 海, 工業(ye) 集團: a space left where it stood
    rf"|\([{PINYIN}ê]{{1,7}}(?: [{PINYIN}ê]{{1,7}})* ?\)"  # 會(huì ): a space typed before the bracket
    rf"|[（(](?=[^）)]{{0,30}}[{TONED}1-5])[A-Z]?[{PINYIN}]{{1,6}}[1-5]?(?: [A-Z]?[{PINYIN}]{{1,6}}[1-5]?)*[）)]"
    r"|\[[A-Z][a-z]{0,5}(?:[A-Z][a-z]{0,5}){0,4}\])"
)


SPACED_DOT_RE = re.compile(rf"(?<=[{CJK}])[ \u3000]*·[ \u3000]*(?=[{CJK}])")


def _closed_dot(match: re.Match) -> str:
    """The dot closed up between a transliterated name's parts; a masthead's (某报 · 两会特刊) kept."""
    text, start, end = match.string, match.start(), match.end()
    parts = (simplified_view(text[max(0, start - 2) : start]), simplified_view(text[end : end + 2]))
    return "·" if all(transliteration_score(part) is not None for part in parts) else match.group()


DOUBLED_MARK_RE = re.compile(r",(?=[、，,])")
ROLE_ALONE_RE = re.compile(rf"(?:[{CJK}]{{1,8}}?(?:省|市|区|县|自治区|州|盟|旗))?(?:第?[一二三四五六七八九十、]+届)?"
                               r"(?:全国|省|市|县|区)?(?:人大代表|政协委员|政协常委)")


def _clean_line(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    if "(" in line or "[" in line or "（" in line:
        line = PINYIN_GLOSS_RE.sub("", line)
    if "·" in line:
        line = SPACED_DOT_RE.sub(_closed_dot, line)  # 伊尔扎提 · 扎达: a dotted name set with spaces
    if ",," in line or ",、" in line:
        line = DOUBLED_MARK_RE.sub("", line)  # 甲,、乙,, (a mirror's doubled marks): the second is the page's
    return line.strip(" \t\u3000")


def _ends_open(text: str) -> bool:
    """True when a line stops where no sentence or heading would: a page break cut it."""
    if not text:
        return False
    tail = NON_CJK_TAIL_RE.search(text)  # a forum's anti-copy junk (… a3 V% P): no sentence goes on after it
    return (is_cjk(text[-1]) or text[-1].isalnum() or text[-1] in "，,、") and not (tail and len(JUNK_MARKS_RE.findall(tail.group())) >= 2)


NON_CJK_TAIL_RE, JUNK_MARKS_RE = re.compile(r"[^\u4e00-\u9fff]{8,}$"), re.compile(r"[!#$%&|^~`*+=<>\\]")
# A roster's group (中共（12人）) and a numbered entry (2.《关于…的建议》，提案人：甲) open lines of their own.
ITEM_START_RE = re.compile(r"^[^\s，。,；]{1,16}[（(]共?\d+[名人位][）)][：:]?$|^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．](?!\d)")
MONTH_DAY_START_RE = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日")
PICTURE_LABEL_RE = re.compile(r"^(?:上|下|左|右|中)?图[:：]")

# A name set off by a space at the end of a line (…院长 王某), and the role words of such a line.
SPACED_NAME_END_RE = re.compile(rf"[ \u3000]+[{CJK}{NAME_DOTS}]{{2,8}}$")
NAME_THEN_ROLE_RE = re.compile(rf"^[{CJK}{NAME_DOTS}]{{2,8}}[ \u3000]+[{CJK}]{{0,8}}(?:人大代表|政协委员|政协常委)")
ROLE_WORD_RE = re.compile(r"代表|委员")
SALUTATION_RE = re.compile(r"([^，,。；;：:\s]{2,40}?)(?:代表|委员|常委)[：:]?")
CLAUSE_PUNCTUATION_RE = re.compile(r"[，,。；;、“”]")
SENTENCE_MARK_RE = re.compile(r"[，,。；;：:！？!?“”]")
TITLED_NAME_BAR = 1.5  # a surname and a given name
LISTING_HEADING_LONGEST = 25


# Broadcast scripts and web pages label their lines: 【同期声】, 【解说】, 【主持人】, 【代表声音】.
LABEL_START_RE = re.compile(r"^【[^】]{1,8}】|^[\u4e00-\u9fff]{0,6}(?:人大代表|政协委员)[ \u3000]+[\u4e00-\u9fff]{2,4}$")  # 区人大代表 蔡某
# Lists of speeches and proposals print one field a line (发言人：…, 题目：…, 案由：…); a title
# without a stop ("题目：…增收的建议") does not run on into the next field.
FIELD_START_RE = re.compile(
    r"^(?:(?:大会)?发言(?:人|委员|代表)?|主讲人|报告人|提案人|建议人|领衔(?:人|代表|委员)|联名人|姓名|题目|主题|标题"
    r"|案由|案号|提案号|议案号|单位|职务|界别|代表团)[：:]"
)


# A speaker's entry in a list of speeches, one a line without a stop (某某委员代表民盟市委会作题为《…》的发言).
SPEAKER_START_RE = re.compile(rf"^[{CJK}]{{2,4}}(?:委员|代表|常委)(?=代表|作|做|就|围绕|结合|建议|提出|以《)")


def _looks_like_start(text: str) -> bool:
    """A line that begins a new block rather than continuing a broken one."""
    return bool(
        BYLINE_START.match(text)
        or text.startswith(("“", "「", "\"", "图/", "文/", "（", "("))
        or LABEL_START_RE.match(text)
        or FIELD_START_RE.match(text)
        or SPEAKER_START_RE.match(text)
        or caption_credit(text)
        or NOISE_RE.match(text)
        or DATE_RE.match(text)
        or DATELINE_RE.match(text)  # 2025-01-23 17:37:40 alone: a page's stamp under a title of 30 characters or more
        or MONTH_DAY_START_RE.match(text)
        or ITEM_START_RE.match(text)
        or PICTURE_LABEL_RE.match(text)
        or BYLINE_LINE_RE.match(simplified_view(text))
        or strict_credit_line(text)  # 某某晨报记者 A B 文 C 图, 作者：A 编辑：B under a title without a stop
        or lead_credit(text)  # 本报北京3月6日电 记者 A B 报道
        or dated_byline(text)  # 某某 2023-03-05 18:38:46 under a title without a stop
        or _salutation(simplified_view(text))  # 甲、乙委员 under a letter's title
    )


# "本报记者 顾言舟" alone on its line, under a subtitle that ends without a stop (——访…委员钮某).
BYLINE_LINE_RE = re.compile(
    rf"^(?:本报|新华社|人民日报|中新社|本台|本刊)?(?:特约|融媒体?|全媒体?|实习)?记者"
    rf"(?:[ \u3000、，,]+[{CJK}{NAME_DOTS}]{{2,8}})+$"
)


def _should_join(prev: _Line, nxt: _Line, segmenter: Segmenter) -> bool:
    # Page breaks split sentences mid-word ("促进钢铁\n\n行业提质增效", "各族群众共\n\n享发展成果").
    if prev.level or nxt.level or not _ends_open(prev.text) or _looks_like_start(nxt.text):
        return False
    if BYLINE_START.match(prev.text) or caption_credit(prev.text) or SECTION_RE.match(prev.text):
        return False
    if DATE_RE.match(prev.text) and len(prev.text) < 30:
        return False  # 2021年3月1日 某日报: a dateline and the page's outlet, not a sentence (日报 + 社会…)
    view = simplified_view(prev.text)
    if trailing_photo_credit(view) or PHOTO_END_RE.search(view):
        return False  # a caption ending in its photo credit ("… 新华社记者 段立新 摄", "… 記者 某某 攝")
    if strict_credit_line(prev.text) or lead_credit(prev.text) == prev.text or dated_byline(prev.text):
        return False  # a credit line (作者：… 字号：大 中 小, 某报记者 A、B 北京报道) ends where it ends
    if LABEL_START_RE.match(prev.text) or NAME_THEN_ROLE_RE.match(simplified_view(prev.text)):
        return False  # "【同期声】全国人大代表、…董事长 雷振华", "蔡某 市人大代表,…副区长": a speaker's label line
    if ROLE_COLON_RE.search(prev.text):
        return False  # a "NAME代表：headline" line
    if ROLE_ALONE_RE.fullmatch(simplified_view(prev.text)):
        return False  # 上海市第十四、十五届人大代表: a card's role line, its posts on the line below
    if _salutation(simplified_view(prev.text)):
        return False  # 贺某、佟某委员: a reply letter's salutation, the letter below it (and its title above)
    spaced = SPACED_NAME_END_RE.search(prev.text)
    if spaced and (ROLE_WORD_RE.search(prev.text) or title_end(simplified_view(prev.text[: spaced.start()]))):
        return False  # "省政协委员、…卫生院院长 王某": a speaker's line; what they say starts below
    if prev.text[-1] in "，,、":
        return True
    if (prev.text.startswith("——") or not SENTENCE_MARK_RE.search(prev.text + nxt.text)) and _ends_titled_name(prev.text):
        return False  # 全国政协委员、某会主任王某 / 某会副主委李某: attendees one a line, or a quote's signature (——…王某)
    if CLAUSE_PUNCTUATION_RE.search(prev.text) and len(prev.text) >= 12 and not _names_heading(prev.text):
        return True
    # A short line without punctuation is a heading unless the join makes a word across the break.
    tail, head = prev.text[-3:], nxt.text[:3]
    offset = len(tail)
    position = 0
    for token in segmenter.cut(tail + head):
        if position < offset < position + len(token):
            return True
        position += len(token)
    return len(prev.text) >= 30


def _names_heading(text: str) -> bool:
    """甲、乙、丙及丁首次出任政协: a short line that opens with a list of names and has no other mark is a
    heading, not a sentence a page break cut."""
    if len(text) >= LISTING_HEADING_LONGEST or CLAUSE_PUNCTUATION_RE.search(text.replace("、", "")):
        return False
    leading = simplified_view(text).split("、")[:-1]
    return bool(leading) and all((name_shape_score(item) or 0) >= TITLED_NAME_BAR for item in leading)


def _salutation(view: str) -> bool:
    """甲、乙委员 / 丙代表 alone on a line: whom a letter answering their proposal is addressed to."""
    names = SALUTATION_RE.fullmatch(view)
    return bool(names) and all((name_shape_score(n) or 0) >= TITLED_NAME_BAR for n in names.group(1).split("、"))


def _card_posts(merged: list[_Line]) -> bool:
    """The posts line of a card (王某 / 上海市第十五届人大代表 / 某会常务理事、某学院顾问): it ends the card."""
    if len(merged) < 2 or not ROLE_ALONE_RE.fullmatch(simplified_view(merged[-2].text)):
        return False
    posts = simplified_view(merged[-1].text)
    return not SENTENCE_MARK_RE.search(posts) and all(title_end(piece) for piece in posts.split("、"))


def _ends_titled_name(text: str) -> bool:
    """The line ends with a post and a name (…办公室主任王某), not a word cut by a narrow column."""
    view = simplified_view(text)
    return any(title_end(view[:-n]) and (name_shape_score(view[-n:]) or 0) >= TITLED_NAME_BAR for n in (2, 3))


RULE_RE = re.compile(r"[-=*_—]{3,}")
MARKDOWN_HEADING_RE = re.compile(r"^(#{1,6})\s*(.*)$")
BOLD_LINE_RE = re.compile(r"^\*\*(.+)\*\*$")


def normalize(raw: str, segmenter: Segmenter | None = None) -> tuple[str, list[Block]]:
    """Return the text to store and its blocks. Offsets in everything downstream refer to this text."""
    segmenter = segmenter or shared_segmenter()
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    lines: list[_Line] = []
    blank = False
    in_related = False
    for original in raw.split("\n"):
        text = _clean_line(original)
        if not text or RULE_RE.fullmatch(text):
            blank = True
            continue
        level = 0
        heading = MARKDOWN_HEADING_RE.match(text)
        if heading:
            level, text = len(heading.group(1)), heading.group(2).strip()
            text = text.strip("*").strip()
            if not text:
                continue
        text = BOLD_LINE_RE.sub(r"\1", text)  # a bold line in Markdown
        # 👆点击上方蓝字关注我们; but 来源：某报　作者：A is a credit line
        if NOISE_RE.match(LEADING_SYMBOLS_RE.sub("", text)) and not strict_credit_line(text):
            blank = True
            continue
        # ■延伸閱讀, 相關新聞: the header in traditional characters, after a bullet, is one too.
        if RELATED_HEADER_RE.match(simplified_view(LEADING_SYMBOLS_RE.sub("", text))):
            in_related = True  # 相关新闻： and the headlines listed under it are site furniture
            blank = True
            continue
        # The article's byline (作者：…, 文/本报记者 …) ends the list: no linked headline is a credit line.
        if in_related and (RELATED_ITEM_RE.search(text) or RELATED_HEADLINE_RE.match(text)) and not strict_credit_line(text):
            blank = True
            continue
        in_related = False
        lines.append(_Line(text, level, blank))
        blank = False

    merged: list[_Line] = []
    for line in lines:
        line.listed = _listed(line, merged[-1] if merged else None)
        if merged and (merged[-1].listed or line.listed):
            merged.append(line)
        elif merged and not _card_posts(merged) and _should_join(merged[-1], line, segmenter):
            merged[-1] = _Line(merged[-1].text + line.text, 0, merged[-1].blank_before)
        else:
            merged.append(line)

    parts: list[str] = []
    blocks: list[Block] = []
    position = 0
    for index, line in enumerate(merged):
        if index:
            sep = "\n\n" if line.blank_before or line.level or merged[index - 1].level else "\n"
            parts.append(sep)
            position += len(sep)
        kind = _classify(line, index, merged)
        parts.append(line.text)
        blocks.append(Block(kind, position, position + len(line.text), line.level))
        position += len(line.text)
    return "".join(parts), blocks


# A name in a byline: two to six characters, or a dotted name (阿依古丽·买买提).
BYLINE_NAME = rf"[{CJK}]{{1,8}}[{NAME_DOTS}][{CJK}]{{1,8}}|[{CJK}{NAME_DOTS}]{{2,6}}"
BARE_BYLINE_RE = re.compile(
    rf"[（(]?[{CJK}]{{0,12}}?(?:记者|通讯员)(?:\s+(?:{BYLINE_NAME}))+"
    rf"(?:\s+[{CJK}]{{0,8}}?(?:记者|通讯员)(?:\s+(?:{BYLINE_NAME}))+)*[）)]?"
)
REPORTER_LINE_RE = re.compile(rf"[（(]?(?:本报|新华社)?记者[\s{CJK}、，,]{{2,30}}[）)]?")
DATELINE_RE = re.compile(
    r"^(?:(?:发布|更新|刊发|出版)?(?:时间|日期)[:：]\s*)?(?:20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d{2}[-/.]\d{1,2}[-/.]\d{1,2})"
    r"[\s\d:：星期一二三四五六日天]*(?:来源[:：].{0,30})?$"
)


TIME_LABEL_RE = re.compile(r"^(?:发布|更新)?时间[:：]")
SPACE_RE = re.compile(r"\s")
CREDIT_LABEL_START_RE = re.compile(r"^(?:文|图|摄影)\s*[/／]|^(?:文字|摄影)\s*[:：]\s*[\u4e00-\u9fff]{0,12}?(?:记者|通讯员)")
SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
# A "NAME代表：headline" line, or "NAME委员（affiliation）：headline" as lists of speeches print it.
ROLE_COLON_RE = re.compile(r"(代表|委员)\s*(?:[（(][^（）()\n]{2,40}[）)])?\s*[:：]")


CREDIT_WORDS_RE = re.compile(r"记者|通讯员|编辑|摄|文\s*[/／]|图\s*[/／]")


# The role alone on the line under a bulleted name (▲王某 / 市人大代表): a card, as WeChat pages print.
CARD_ROLE_LINE_RE = re.compile(rf"[{CJK}]{{0,12}}?(?:人大代表|政协委员|政协常委)")


def _credit_like(text: str) -> bool:
    """A bulleted line is a byline (□本报记者 康丽娜) unless it is a bulleted paragraph
    (■ 曾凡荣（全国人大代表、…）：建议…): bylines are short or name their credit."""
    if CREDIT_WORDS_RE.search(text[:16]):
        return True
    # ■县人大代表　王某（彝族，某村村支书）: a speaker's line, not a byline.
    return len(text) <= 24 and not SENTENCE_END_RE.search(text) and not ROLE_WORD_RE.search(text)


HEADER_LINES = 5  # the lines a page prints its title, byline and date stamp in


def _classify(line: _Line, index: int, lines: list[_Line]) -> str:
    text = line.text
    if line.listed and not (("记者" in text or "通讯员" in text) and BARE_BYLINE_RE.fullmatch(text)):
        # A row of a table or an entry of a list says what its delegate proposes; a byline whose
        # names are spaced like cells (记者　谭国庆　冉文明) is still a byline.
        return "para"
    if DATELINE_RE.match(text) or TIME_LABEL_RE.match(text):
        return "dateline"  # "2026年2月6日 星期五", "发布时间：2026-01-28 08:30"
    if index < HEADER_LINES and dated_byline(text):
        return "byline"  # 某某 2023-03-05 18:38:46 under the title; far down, a comment's signature
    if SECTION_RE.match(text) and len(SPACE_RE.sub("", text)) <= 8:
        return "section"
    found = None if line.level else strict_credit_line(text)
    if found:  # 记者：A　摄像：B, 来源 | 某报记者 A, 作者：A 编辑：B: credits, whatever their place
        return "credit" if caption_credit(text) else "byline"  # 本报记者 B 摄: a caption's credit
    if line.level == 1:
        return "title"
    if line.level in (2, 3):
        return "subtitle"
    if line.level >= 4:
        return "heading"
    card = index + 1 < len(lines) and CARD_ROLE_LINE_RE.fullmatch(lines[index + 1].text)
    if CREDIT_LABEL_START_RE.match(text) or (BYLINE_START.match(text) and _credit_like(text) and not card):
        return "byline"  # ▲王某 over 市人大代表 is a delegate's card, not a byline
    if caption_credit(text) or TEAM_CREDIT_RE.match(text):
        return "credit"
    view = simplified_view(text)  # 本報記者 in a traditional-character page
    if ("记者" in view or "通讯员" in view) and (REPORTER_LINE_RE.fullmatch(view) or BARE_BYLINE_RE.fullmatch(view)):
        return "byline"  # "南方日报记者 黄颖 陈晓", "本报记者 张三 通讯员 李四"
    # Plain text without Markdown: a short line with no sentence punctuation is a heading.
    if len(text) <= 40 and not SENTENCE_END_RE.search(text[:-1] or "x") and text[-1] not in TERMINAL + CLOSERS:
        if ROLE_COLON_RE.search(text) or index == 0:
            return "subtitle" if index else "title"
        return "heading"
    return "para"
