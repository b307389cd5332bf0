"""Proposals: the passages about each delegate (or group), with headline, summary, kind and classification.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .affiliations import title_end
from .classification import (
    KEY_TASK_LIMIT,
    KEY_TASK_THRESHOLD,
    SECTOR_LIMIT,
    SECTOR_THRESHOLD,
    SearchTokens,
    classify,
)
from .credits import credits_of, trailing_photo_credit
from .layout import CARD_ROLE_LINE_RE
from .lexicon import CJK, NAME_DOTS, TERMINAL, role_of
from .names import Reader
from .references import find_references
from .results import Block, Mention, ParsedDelegate, ParsedProposal
from .text import normalize_name

SUMMARY_LEAD_RE = re.compile(
    r"^(?:(?:\d{1,2}月\d{1,2}日|20\d{2}年)[^，,。]{0,6}[，,])?"  # 2月5日下午，
    r"(?:(?:为此|对此|因此|同时|此外|他|她|他们|她们|我们|我)[，,]?)*"  # 为此他
    r"(?:(?:建议|表示|认为|指出|呼吁|提出|强调|希望|倡议|介绍|谈到|说)[：:，,]?)*"  # 建议：, 他说，, 建议，呼吁
)


SENTENCE_SPLIT_RE = re.compile(r"(?<=[。！？!?；;])")
REPORT_QUOTE_RE = re.compile(r"^[“\"]?(?:政府工作报告|报告)")
PROPOSING_RE = re.compile(r"建议|呼吁|倡议|提案|议案")
URGING_RE = re.compile(r"应|要|需|希望|将|推动|加快|加强")
SPEAKING_VERB_RE = re.compile(r"(?:建议|表示|认为|指出|说|介绍|提出|呼吁|坦言|谈到|提交了?|带来了?|深有同感)[，,：:]?")
SUGGESTING_RE = re.compile(r"建议|呼吁|倡议")


def _asked(sentence: str) -> bool:
    """A question (记者：…？), not what the delegate says."""
    return bool(QUESTION_RE.match(sentence)) or sentence.rstrip("”\"").endswith(("？", "?"))


def _summary(passage: str, names: tuple[str, ...]) -> str:
    """One line for a list: the delegate's own proposal sentence, without its introduction."""
    sentences = [s.strip() for s in SENTENCE_SPLIT_RE.split(passage.replace("\n", "")) if s.strip()]
    own = [s for s in sentences if not REPORT_QUOTE_RE.match(s) and not _asked(s)] or sentences
    chosen = next((s for s in own if PROPOSING_RE.search(s)), None)
    chosen = chosen or next((s for s in own if URGING_RE.search(s)), own[0] if own else "")
    chosen = chosen.strip("“”\"")
    # Drop the speaker's introduction: keep what follows the verb.
    for name in names:
        idx = chosen.find(name)
        if 0 <= idx < 60:
            verb = SPEAKING_VERB_RE.search(chosen[idx:])
            if verb and idx + verb.end() < len(chosen) - 8:
                chosen = chosen[idx + verb.end():]
            break
    chosen = SUMMARY_LEAD_RE.sub("", chosen, count=1) or chosen
    chosen = chosen.strip("，,。；;：: “”\"")
    return chosen[:120] + ("…" if len(chosen) > 120 else "")


def _kind(passage: str, role: str) -> str:
    if "议案" in passage:
        return "bill"
    if "提案" in passage:
        return "motion"
    if SUGGESTING_RE.search(passage):
        return "motion" if role == "member" else "suggestion"
    return "view"


@dataclass
class _Draft:
    names: list[str]
    headline: str
    start: int
    end: int
    context: list[tuple[str, float]] = field(default_factory=list)
    piece: dict = field(default_factory=dict)  # section, title, reporters of the piece it sits in
    # The headline line itself: in a list of proposals (甲代表（…）：关于…的建议, one a line, each
    # followed at once by the next) it is all the page says of what they propose.
    line: tuple[int, int] = (-1, -1)


BARE_HEADLINE_RE = re.compile(rf"^(?:【[^】]{{1,10}}】)?([{CJK}{NAME_DOTS}]{{2,12}})\s*[:：]\s*(.{{4,}})$")
# "路某代表：headline", and "钭某委员（某医院副院长）：headline" as lists of speeches print it.
HEADLINE_RE = re.compile(
    rf"^([{CJK}{NAME_DOTS}]{{2,12}}(?:[、和与][{CJK}{NAME_DOTS}]{{2,12}})*)(代表|委员)\s*(?:[（(][^（）()\n]{{2,40}}[）)])?\s*[:：]\s*(.+)$"
)


NAME_JOINER_RE = re.compile(r"[、和与]")

TERMINAL_RE = re.compile(f"[{TERMINAL}]")
PRONOUN_START_RE = re.compile(r"^[“\"]?(?:他|她|他们|她们)")
FRAMING_RE = re.compile(r"围绕|聚焦|重点工作|方面")

def read_proposals(reader: Reader, blocks: list[Block], mentions: list[Mention],
               delegates: dict[str, ParsedDelegate], headlines: dict[int, tuple[list[str], str, str]]) -> list[ParsedProposal]:
    text = reader.text
    names = list(delegates)
    references = find_references(text, names, mentions)
    events = sorted([(m.start, m.name, m.group, True) for m in mentions] + [(s, n, 0, False) for s, n in references])

    drafts: list[_Draft] = []
    current: _Draft | None = None
    piece_names: list[str] | None = None  # the delegates a headline piece is about
    context: list[tuple[str, float]] = []

    def close() -> None:
        nonlocal current
        if current is not None:
            drafts.append(current)
        current = None

    piece: dict = {"section": "", "title": "", "reporters": []}
    for index, block in enumerate(blocks):
        line = text[block.start : block.end]
        if (block.kind == "heading" and piece_names is not None and current is not None and current.start < 0
                and (CARD_ROLE_LINE_RE.fullmatch(line) or title_end(line))):
            continue  # ▲王某 / 市人大代表 / 某卫生院院长: a card's role and affiliation lines under its name
        if block.kind in ("title", "subtitle", "heading", "section"):
            close()
            context = []
            piece_names = None
            if block.kind == "section":
                piece = {"section": line, "title": "", "reporters": []}
            elif block.kind in ("title", "subtitle"):
                piece = {"section": piece["section"], "title": line, "reporters": []}
            if index in headlines:
                piece_names, headline, _ = headlines[index]
                current = _Draft(list(piece_names), headline, -1, -1, [], piece, (block.start, block.end))
            elif block.kind in ("subtitle", "heading"):
                context.append((line, 3.0))
            continue
        if block.kind == "byline":
            piece["reporters"].extend(n for n in credits_of(line)[0] if n not in piece["reporters"])
            continue
        if block.kind == "credit":
            continue
        in_block = [e for e in events if block.start <= e[0] < block.end]
        intros = [e for e in in_block if e[3] and not only_pictured_or_accompanying(text, e[0], e[1])]
        refs = {e[1] for e in in_block}
        if piece_names is not None and any(e[1] not in piece_names for e in intros):
            piece_names = None  # a paragraph introducing someone else ends the piece (摘登: 甲委员：… 乙委员说…)
        if piece_names is not None and current is not None:
            # Inside a headline piece every paragraph belongs to its delegates.
            if current.start < 0:
                current.start = block.start
            current.end = block.end
            continue
        if is_caption(line) and not CAPTION_SUBSTANCE_RE.search(line):
            close()  # who is only pictured proposes nothing there; the caption frames nothing either
            continue
        if intros:
            close()
            # Names introduced together, or within one sentence, make one joint proposal; a new
            # sentence introducing someone else starts the next one (A代表建议…；B代表认为…).
            groups: list[tuple[int, int, list[str]]] = []  # (mention group, offset, names)
            for start, name, group, _ in intros:
                if groups and (groups[-1][0] == group or not TERMINAL_RE.search(text, groups[-1][1], start)):
                    if name not in groups[-1][2]:
                        groups[-1][2].append(name)
                else:
                    groups.append((group, start, [name]))
            for position, (_, start, group_names) in enumerate(groups):
                last = position + 1 == len(groups)
                begin = block.start if position == 0 else _sentence_start(text, start, block.start)
                end = block.end if last else _sentence_start(text, groups[position + 1][1], block.start)
                draft = _Draft(group_names, "", begin, end, list(context), piece)
                if last:
                    current = draft
                else:
                    drafts.append(draft)
            continue
        if current is not None and (refs & set(current.names) or PRONOUN_START_RE.match(line) or QUESTION_RE.match(line)):
            current.end = block.end  # 记者：…？ in an interview: the answer that follows is theirs too
            continue
        close()
        if block.kind == "para":
            # A paragraph about no one in particular frames what follows (围绕“…”这项重点工作).
            weight = 6.0 if FRAMING_RE.search(line) else 4.0
            context = [(t, w * 0.6) for t, w in context] + [(line, weight)]
    close()

    proposals = []
    segmenter = SearchTokens(reader.segmenter)
    for draft in drafts:
        if draft.start < 0 and SUGGESTING_RE.search(draft.headline):
            draft.start, draft.end = draft.line
        if draft.start < 0:
            continue
        passage = reader.original[draft.start : draft.end]
        roles = [delegates[n].role for n in draft.names if n in delegates]
        printed = tuple(delegates[n].name if n in delegates else n for n in draft.names)
        view = text[draft.start : draft.end]
        key_tasks = classify(view, draft.context, reader.vocab.key_tasks, segmenter,
                             limit=KEY_TASK_LIMIT, threshold=KEY_TASK_THRESHOLD)
        sectors = classify(view, [], reader.vocab.topics, segmenter, limit=SECTOR_LIMIT, threshold=SECTOR_THRESHOLD)
        proposals.append(
            ParsedProposal(
                delegates=tuple(delegates[n].name for n in draft.names if n in delegates),
                headline=draft.headline,
                summary=_summary(passage, printed),
                kind=_kind(passage, roles[0] if roles else "other"),
                start=draft.start,
                end=draft.end,
                passage=passage,
                key_tasks=key_tasks,
                sectors=sectors,
                section=draft.piece.get("section", ""),
                piece_title=draft.piece.get("title", ""),
                reporters=tuple(draft.piece.get("reporters", ())),
            )
        )
    return [p for p in proposals if p.delegates and not attendance_only(p.passage)]


CAPTION_START_RE = re.compile(r"^(?:[（(]?(?:上|下|左|右|中)?图[为：:]|图片[：:]|图为)")
SENTENCE_END_RE = re.compile(f"[{TERMINAL}\n]")


# What a caption says a delegate proposes or discusses (呼吁加快…, 就教育话题深入交流, 围绕…交流):
# such a caption is a proposal like any paragraph; one that only pictures people (合影, 步入会场) is not.
CAPTION_SUBSTANCE_RE = re.compile(
    r"建议|呼吁|倡议|提案|议案|提出|介绍|讲述|围绕|聚焦|关于|谈(?:到|及)"
    r"|就[^，,。；;]{2,20}(?:话题|问题|议题|工作|发展|建设)|交流[^，,。；;\s]{2,}"
)


ATTENDEES_RE = re.compile(r"(?:出席|参加|列席|到会|参会)[^。；;]{0,12}的(?:还)?有[：:]?")


QUESTION_RE = re.compile(r"^(?:记者|问|主持人|Q)\s*[：:]")
# 参加了讨论; 甲、乙参加。, 丙主持会议: the verb alone ends the sentence, or a meeting is its object.
ATTENDANCE_RE = re.compile(r"(?:参加|出席|列席|参与)了?(?:讨论|审议|会议|座谈|活动|开幕会|闭幕会|全体会议)"
                           r"|(?:参加|出席|列席|到会|主持)(?=[。；;！]|$)|主持(?:了|召开)?(?:会议|大会|开幕会|闭幕会)")
SPEECH_RE = re.compile(r"说|表示|认为|建议|提出|呼吁|希望|指出|介绍|谈|发言|提交|带来|关注|期待|要|应")


def attendance_only(passage: str) -> bool:
    """``全国人大代表A、B、C等参加了讨论。``: a passage that only says who attended proposes nothing."""
    return bool(ATTENDANCE_RE.search(passage)) and not SPEECH_RE.search(ATTENDANCE_RE.sub("", passage))


def is_caption(line: str) -> bool:
    """A photo caption: it ends in its photo credit (…本报记者 王磊 摄) or opens with 图为 / 上图："""
    return bool(CAPTION_START_RE.match(line) or trailing_photo_credit(line))


def only_pictured_or_accompanying(text: str, position: int, name: str) -> bool:
    """Whether the sentence names the delegate at ``position`` only as pictured with someone or as
    company (与…合影, 在…陪同下): a mention, not a proposal."""
    begin = _sentence_start(text, position, 0)
    end_match = SENTENCE_END_RE.search(text, position)
    sentence = text[begin : end_match.start() if end_match else len(text)]
    at = position - begin
    before, after = sentence[:at], sentence[at + len(name):]
    if "合影" in after and "与" in before:
        return True
    if ATTENDEES_RE.search(before):
        return True  # 出席会议的有：A，B、C等: a list of who came
    if COMPANY_AFTER_RE.match(after) and COMPANY_BEFORE_RE.search(before):
        return True  # 我都和甲代表团的崔某代表一起下乡调研: named as the speaker's company
    return "陪同" in after and ("在" in before or after.startswith(("等陪同", "陪同")))


COMPANY_BEFORE_RE = re.compile(r"[和与同跟][^，,。；;]{0,12}$")
COMPANY_AFTER_RE = re.compile(r"(?:代表|委员)?(?:等人?)?一(?:起|道|同)")


def _sentence_start(text: str, position: int, floor: int) -> int:
    start = position
    while start > floor and text[start - 1] not in TERMINAL + "\n":
        start -= 1
    return start


# "■县人大代表　王某（彝族，某村村支书）", "💡委员：王某（某医院副院长）": a speaker line whose
# bracket after the name gives the affiliation; what follows is theirs.
BRACKET_TAIL_RE = re.compile(r"^[ \u3000]*[（(].{1,60}[）)][ \u3000]*$")
# "王某委员（某局畜牧师）：", "赵某代表：" alone on a line: what follows is theirs.
SPEAKER_TAIL_RE = re.compile(r"[ \u3000]*(?:代表|委员)[ \u3000]*(?:[（(][^（）()\n]{1,40}[）)])?[ \u3000]*[：:][ \u3000]*")


def find_headlines(reader: Reader, blocks: list[Block], mentions: list[Mention],
                   session_level: str) -> tuple[dict[int, tuple[list[str], str, str]], list[Mention]]:
    """Headline blocks (路战远代表：装备先行赋能农牧业高质量发展) that introduce a piece about delegates:
    by block index, (names, headline, role); and the mentions with the delegates only such a headline names."""
    view = reader.text
    mentions = list(mentions)
    headlines: dict[int, tuple[list[str], str, str]] = {}
    introduced = {m.name: m.role for m in mentions}
    for index, block in enumerate(blocks):
        if block.kind in ("subtitle", "heading", "title"):
            line = view[block.start : block.end]
            # "【代表声音】张三：让科技成果走出实验室": a piece about a delegate introduced in its text.
            plain = BARE_HEADLINE_RE.match(line)
            if plain and normalize_name(plain.group(1)) in introduced:
                name = normalize_name(plain.group(1))
                headlines[index] = ([name], plain.group(2).strip(), introduced[name])
                continue
            # "【同期声】全国人大代表、…董事长 雷振华": a speaker line; what follows is theirs.
            speaker = next((m for m in mentions if block.start <= m.start and m.end <= block.end
                            and (m.full and not BRACKET_TAIL_RE.sub("", view[m.end : block.end]).strip()
                                 or SPEAKER_TAIL_RE.fullmatch(view[m.end : block.end]))), None)
            if speaker is not None and block.kind != "title":
                headlines[index] = ([speaker.name], "", speaker.role)
                continue
            match = HEADLINE_RE.match(line)
            if match:
                names = [normalize_name(n) for n in NAME_JOINER_RE.split(match.group(1))]
                if all(reader.name_score(n, "代表") is not None for n in names):
                    role = role_of(match.group(2))
                    headlines[index] = (names, match.group(3).strip(), role)
                    for n in names:
                        if not any(m.name == n for m in mentions):
                            offset = block.start + view[block.start : block.end].find(n)
                            mentions.append(Mention(n, offset, offset + len(n), role, session_level, "", "", True,
                                                    reader.next_group(), 3))
    mentions.sort(key=lambda m: m.start)
    return headlines, mentions
