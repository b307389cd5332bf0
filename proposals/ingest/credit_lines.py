"""Credit lines read word by word: a label says whose names follow it, a marker after names says
whose names came before it.

    本报记者 欧阳某 钟某 文 赖某 摄          the writers, then the photographer (文 and 摄 after names)
    记者：某某　摄像：某某　编辑：某某          a TV credit: 摄像 is a camera credit, editors are no one's
    来源 | 某某日报全媒体记者 某某  编辑 | …    a WeChat footer: 来源 names an outlet, then its reporter
    作者：记者 某某　字号：大 中 小             page furniture: only the 作者 field names a person
    攝影：本報記者 某某                       traditional characters: labels are read simplified, names kept as printed

Each word is looked at once, and the patterns on a word are anchored and bounded: a line of any
length is read in linear time (see credits.caption_credit for what backtracking costs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .evidence import name_evidence
from .lexicon import CJK, NAME_DOTS, NOT_NAMES, PROVINCES
from .name_shapes import name_shape_score
from .text import normalize_name, simplified_view

WORD_RE = re.compile(r"[^\s、，,/／|｜:：]+")
SLASH_OR_COLON = frozenset("/／:：|｜")
# Labels (simplified): 本报记者, 湖北日报全媒记者, 中国青年报·中青在线记者, 见习记者, 通讯员, 实习生;
# 采访人员 is the label newer pages print for 记者.
REPORTER_LABEL_RE = re.compile(rf"^[{CJK}{NAME_DOTS}]{{0,16}}?(?:记者|通讯员|实习生|见习生|采访人员)$")
WRITER_LABELS = frozenset({"作者", "撰文", "文字", "文稿", "采写", "执笔", "文"})
# 画, 漫画, 插图: a drawing credits its illustrator as 图 credits a photographer.
PHOTO_LABELS = frozenset({"摄影", "摄像", "图片", "图", "摄", "摄制", "图文", "画", "漫画", "插图"})
# Fields that name no reporter: editors (编辑, 责任编辑, 审核), the outlet (来源), page furniture,
# a video's cutter (视频剪辑), a translator (译者).
IGNORED_LABEL_RE = re.compile(
    rf"^(?:[{CJK}]{{0,4}}编辑|责编|[初复终]?审核?|审校|[{CJK}]{{0,2}}校对|监制|出品人?|策划|统筹|制作|制片|主编|总监|主持人?"
    r"|来源|出处|[发刊]布|(?:发布|更新|刊发)?(?:时间|日期)|字号|浏览(?:次数|量)?|点击(?:数|量)?|阅读(?:数|量)?"
    r"|视频(?:剪辑|制作|包装)?|设计|美编|海报|剪辑|配音|播音|字幕|翻译|译者|编译)$"
)
# Markers after names: … 文 … 图, … 摄, 摄影报道, 整理, 北京报道.
REPORT_END_RE = re.compile(r"^(.*?)(?:报道|报导)$")
GLUED_LABEL_RE = re.compile(rf"^([{CJK}{NAME_DOTS}]{{0,16}}?(?:记者|通讯员|实习生|采访人员))([{CJK}{NAME_DOTS}]{{2,14}})$")
PHOTO_GLUED_END_RE = re.compile(r"^(.+?)(?:摄影报道|摄影|摄)$")
# An outlet printed before its reporter's name (中评社 某某摄, 中国网 某某摄影): no one's name.
# 社 and 台 only as outlets end in them: a name may (王建社, 刘建台).
OUTLET_RE = re.compile(rf"^[{CJK}]{{1,12}}(?:网|报|客户端|[华新评]社|通讯社|电视台|电台)$")
NAME_SHAPE_RE = re.compile(rf"^[{CJK}]+(?:[{NAME_DOTS}][{CJK}]+)*$")
HAS_CJK_RE = re.compile(rf"[{CJK}]")
# What no credit line holds: a sentence's stops and quotes, or brackets around part of it.
SENTENCE_MARK_RE = re.compile(r"[。！？!?；;“”\"《》（）()【】〔〕\[\]]")
EDGE_SYMBOLS = "□■▲△●◆◇○◎★☆▶►•-—*#>"
NOT_IN_CREDIT_NAMES = frozenset("说的了们这吗呢吧啊我你他她它您称谈讲表认")
SINGLE_MARKERS = frozenset("文图摄画")
# Every label and marker holds one of these (simplified or traditional): 记者, 通讯员, 实习生, 见习生,
# 采访人员, 作者, 撰文, 执笔, 文, 摄, 图, 画, 插图, 报道, 整理.
LABEL_CHARS = frozenset("记記通讯訊实實见見采採作撰执執文摄攝图圖画畫插报報整")
# The fields of a page's stamp (发布时间：… 来源：… 作者：…): what stands before the first of two
# or more is furniture (the date, a pager's 支持← →键翻页), whatever it is glued to.
STAMP_FIELD_RE = re.compile(r"(?:(?:发布|更新|刊发)?(?:时间|日期)|来源|作者)\s*[:：]")
# A date and a time joined by a mangled space (2023-03-03?15:24:40): no question mark.
MANGLED_SPACE_RE = re.compile(r"(?<=\d)[?？](?=\d)")


@dataclass
class CreditLine:
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    labelled: bool = False  # a label or a marker was read: the line says it is a credit
    plausible: bool = False  # at least one name has the shape of a person's name
    bad: bool = False  # a word that is neither a label, a marker nor a name

    def add(self, role: str | None, names: list[str]) -> None:
        target = self.photographers if role == "p" else self.reporters
        for name in names:
            if name not in target:
                target.append(name)

    def ok(self) -> bool:
        return self.labelled and self.plausible and not self.bad and bool(self.reporters or self.photographers)


def _words(line: str) -> list[tuple[str, str]]:
    """(word, separator after it); single characters spaced like a byline's cells (宫　磊) rejoined:
    two by two (向　婷　彭　程), or three when three stand alone."""
    found = list(WORD_RE.finditer(line))
    words = []
    for i, match in enumerate(found):
        sep = line[match.end() : found[i + 1].start()] if i + 1 < len(found) else ""
        words.append((match.group().strip(EDGE_SYMBOLS), sep))

    def single(i: int) -> bool:
        word, sep = words[i]
        return len(word) == 1 and word not in SINGLE_MARKERS and bool(HAS_CJK_RE.match(word)) and not SLASH_OR_COLON & set(sep)

    joined: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        run = i
        while run < len(words) and single(run):
            run += 1
        size = 3 if run - i == 3 else 2
        if run - i < 2:
            joined.append(words[i])
            i += 1
            continue
        while i + size <= run:
            joined.append(("".join(w for w, _ in words[i : i + size]), words[i + size - 1][1]))
            i += size
        joined.extend(words[i:run])
        i = run
    return joined


def _name(word: str, glued: bool = False) -> str | None:
    """``word`` as a credited name, or None; a glued name (本报记者康丽娜, 歐陽嘉欣北京報道) must have
    a name's shape, and loses a place printed after it (北京)."""
    view = simplified_view(word)
    ends_report = REPORT_END_RE.match(view)
    if ends_report:
        word, view, glued = word[: len(ends_report.group(1))], ends_report.group(1), True
    for cut in (0, 2, 3) if glued else (0,):
        name, name_view = word[: len(word) - cut], view[: len(view) - cut]
        if len(name_view.replace("·", "")) < 2:
            break
        place = view[len(view) - cut :]
        if cut and place not in PROVINCES and place not in name_evidence().places:
            continue
        if glued and name_shape_score(normalize_name(name_view)) is None:
            continue
        if _name_like(name_view):
            return normalize_name(name)
    return None


def _name_like(view: str) -> bool:
    bare = view.replace("·", "")
    return (
        2 <= len(bare) <= 8
        and bool(NAME_SHAPE_RE.match(normalize_name(view)))
        and view not in NOT_NAMES
        and NOT_IN_CREDIT_NAMES.isdisjoint(view)
        and not REPORTER_LABEL_RE.match(view)
        and view not in WRITER_LABELS | PHOTO_LABELS
        and not IGNORED_LABEL_RE.match(view)
        and view not in ("整理", "报道", "摄影报道")
    )


@lru_cache(maxsize=2048)
def read_credit_line(line: str) -> CreditLine:
    """Reporters and photographers in one credit line, and whether the line reads as one. The layout
    and credit passes ask of the same lines several times: the answer is kept (callers only read it)."""
    result = CreditLine()
    fields = list(STAMP_FIELD_RE.finditer(simplified_view(line)))
    if len(fields) >= 2:
        line = line[fields[0].start() :]
    words = _words(line)
    role: str | None = None  # "r" reporter, "p" photographer, "i" a field that names no reporter
    pending: list[str] = []  # names read since the last label
    since_label = False  # a label was read and no name after it yet

    def flush(to: str | None) -> None:
        if to != "i":
            result.add(to, pending)
        pending.clear()

    def label(new: str) -> None:
        nonlocal role, since_label
        flush(role)
        # 摄影：本报记者 某某 stays a photo credit; 来源 | 某某记者 某某 is a reporter's.
        role = "p" if new == "r" and role == "p" and since_label else new
        since_label = True
        result.labelled = result.labelled or new != "i"  # 编辑, 来源 alone do not make a credit line

    skip = False
    for index, (word, sep) in enumerate(words):
        if skip:
            skip = False
            continue
        if not HAS_CJK_RE.search(word):
            continue  # a date, a time, an emoji
        view = simplified_view(word)
        nxt = simplified_view(words[index + 1][0]) if index + 1 < len(words) else ""
        last = index + 1 == len(words)
        slashed = bool(SLASH_OR_COLON & set(sep))
        if role == "i" and not (REPORTER_LABEL_RE.match(view) or view in WRITER_LABELS or view in PHOTO_LABELS or IGNORED_LABEL_RE.match(view)):
            continue  # 来源：某某日报, 编辑：某某, 字号：大 中 小
        if view == "文" and slashed and nxt in ("摄", "图") and pending:
            result.add("r", pending)  # 文/摄, 文/图: the names before wrote and photographed
            result.add("p", pending)
            pending.clear()
            result.labelled, role, skip = True, None, True
        elif view in SINGLE_MARKERS and pending and not slashed:
            flush("r" if view == "文" else "p")  # 某某 文 某某 图, 某某 摄
            result.labelled, role = True, None
        elif view in ("摄影报道", "摄像报道") or (view in ("摄影", "摄像", "图片") and pending and last):
            flush("p")
            result.labelled, role = True, None
        elif view == "整理" and pending:
            flush(role if role else "r")  # (记者 某某 整理)
            result.labelled = True
        elif view in ("报道", "报导") or (REPORT_END_RE.match(view) and not GLUED_LABEL_RE.match(view) and _name(word) is None):
            flush(role)  # 长沙报道, 綜合報導: the end of the credit
            result.labelled, role = True, None
        elif REPORTER_LABEL_RE.match(view):
            label("p" if ("摄影" in view or "摄像" in view) else "r")
        elif view in PHOTO_LABELS:
            label("p")
        elif view in WRITER_LABELS or view == "整理":
            label("r")
        elif IGNORED_LABEL_RE.match(view):
            label("i")
        elif OUTLET_RE.match(view):
            continue
        else:
            glued = GLUED_LABEL_RE.match(view)
            if glued:  # 本报记者康丽娜
                label("p" if "摄影" in glued.group(1) else "r")
                word, view = word[len(glued.group(1)) :], view[len(glued.group(1)) :]
            photo_end = PHOTO_GLUED_END_RE.match(view)
            photo_name = _name(word[: len(photo_end.group(1))], glued=bool(glued)) if photo_end else None
            if photo_name:  # 河北日报记者 某某摄
                pending.append(photo_name)
                result.plausible = result.plausible or name_shape_score(simplified_view(photo_name)) is not None
                flush("p")
                result.labelled, role = True, None
                continue
            name = _name(word, glued=bool(glued))
            if name is None:
                result.bad = True
                continue
            since_label = False
            if name_shape_score(normalize_name(simplified_view(name))) is not None:
                result.plausible = True
            pending.append(name)
            if REPORT_END_RE.match(view):  # 梁詠詩報道: the name ends the credit
                flush(role)
                role = None
                result.labelled = True
    flush(role)
    return result


def strict_credit_line(line: str) -> CreditLine | None:
    """The credits of a line that holds nothing but credits, else None: no sentence, no word that is
    neither a label nor a name, and at least one name shaped like a person's."""
    line = line.strip().strip(EDGE_SYMBOLS).strip()
    if line[:1] in "（(【〔[" and line[-1:] in "）)】〕]":
        line = line[1:-1]
    line = MANGLED_SPACE_RE.sub(" ", line)
    if not line or len(line) > 120 or SENTENCE_MARK_RE.search(line) or LABEL_CHARS.isdisjoint(line):
        return None  # no label or marker can be read in a line without one of their characters
    result = read_credit_line(line)
    return result if result.ok() else None


BRACKETS_RE = re.compile(r"[（()）【】〔〕\[\]]")


def loose_credit_line(line: str) -> CreditLine:
    """The credits of a line already known to be a byline or a credit (□本报记者 A B): its brackets
    are dropped, and a word that is no name is passed over. A line with no label and no name
    shaped like a person's (■ 聚焦现代农业, a bulleted section title) credits no one."""
    result = read_credit_line(BRACKETS_RE.sub(" ", line))
    if result.labelled or (result.plausible and not result.bad):
        return result
    return CreditLine()


# A page's byline without a label: the names, then the date and time it was posted (某某 2023-03-05 18:38:46).
DATED_BYLINE_RE = re.compile(
    rf"^((?:[{CJK}{NAME_DOTS}]{{2,8}}[ \u3000]+){{1,3}})20\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:[ \u3000]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$"
)


def dated_byline(line: str) -> CreditLine | None:
    """The names of a byline printed before its date stamp, when every one is shaped like a person's."""
    match = DATED_BYLINE_RE.match(line.strip())
    if not match:
        return None
    found = read_credit_line(match.group(1))
    names = found.reporters + found.photographers
    if found.bad or not names or any(name_shape_score(normalize_name(simplified_view(n))) is None for n in names):
        return None
    return found
