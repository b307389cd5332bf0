"""Lists and tables of delegates, one person a line, where the role is said once for all of them:

- a table of proposals (``序号　提案号　提案人　题目`` and a row per proposal, cells set apart by spaces);
- lines labelled with the role (``💡委员：王某（县某医院副院长）`` and what they propose below), as
  WeChat pages print them;
- name-first lines (``王某（某集团总工程师）：关于…的提案``) under a sentence that says who they are
  (``在陕全国政协委员……现选登部分如下：``);
- a digest of speeches (``本报摘登15名委员的发言``), each speech under its speaker's headline
  (``王某：促旅游消费提质``), the speeches' text between them.

A name in such a list needs less of a sentence around it (no verb follows it), so each shape
requires the layout itself: a header naming the proposer's column, a role label, or an
introducing line that ends in a colon and names the role.
"""

from __future__ import annotations

import re

from .affiliations import title_end, without_ethnic_group
from .clauses import level_of
from .lexicon import CJK, NAME_DOTS, ROLE_RE, role_of
from .name_lists import filling_names
from .names import Reader
from .results import Collector, Mention
from .text import normalize_name

CELL_SPLIT_RE = re.compile(r"[ \u3000\t|｜]+")
TAB_SPLIT_RE = re.compile(r"[ \u3000]*[\t|｜][ \u3000\t|｜]*")  # a table typed with tabs: 王　芳 is one cell
# The proposer's column of a table: 提案人, 领衔人, 第一提案人, 领衔代表, 姓名 …
PROPOSER_HEADER_RE = re.compile(r"^(?:第一)?(?:提案人|领衔人|提出人|建议人|联名人|领衔代表|领衔委员|代表|委员|姓名)$")
# 工作单位及职务, 单位职务, 职务: a column of the person's posts (a roster's table).
POSTS_HEADER_RE = re.compile(r"^(?:现?工作单位|单位)?(?:及|和|与)?(?:职务|职称)?$")
PROPOSER_WORD_RE = re.compile(r"[ \u3000\t|｜](?:第一)?(?:提案人|领衔|提出人|建议人|联名人|代表|委员|姓名)|^(?:提案人|领衔|姓名)")
NAMES_IN_CELL_RE = re.compile(r"[、，,和及]")
# A role word of an introducing line or a label: 县政协委员, 全国人大代表, 委员, 代表 (not 代表团).
ROLE_WORD_RE = re.compile(r"(?:人大|政协)?(?P<role>代表|委员)(?!团|组|会|们?的提案)")
# "💡委员：", "■县政协委员：", "◆代表：": the label that opens a line (emoji and bullets before it).
LABEL_RE = re.compile(rf"^[^{CJK}\n]*(?P<prefix>[{CJK}]{{0,6}}?)(?P<role>人大代表|政协委员|政协常委|代表|委员)[ \u3000]*[：:][ \u3000]*")
NAME_RE = re.compile(rf"[{CJK}{NAME_DOTS}]{{2,12}}")
LINE_NAME_RE = re.compile(rf"^[^{CJK}\n]*(?P<name>[{CJK}{NAME_DOTS}]{{2,12}}?)[ \u3000]*(?=[（(：:])")
LIST_SCORE = 1.0  # a list line is weaker evidence than a sentence: names must have a good shape


def read_lists(reader: Reader, found: Collector) -> None:
    """Add the delegates of tables, role-labelled lines and introduced name lists to ``found``."""
    lines, starts = _lines(reader.text)
    _read_tables(reader, found, lines, starts)
    _read_labelled(reader, found, lines, starts)
    if "提案人" in reader.text:
        _read_proposers(reader, found)
    _read_introduced(reader, found, lines, starts)
    if "摘登" in reader.text:
        _read_digest(reader, found, lines, starts)


def _lines(text: str) -> tuple[list[str], list[int]]:
    lines = text.split("\n")
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return lines, starts


def _plausible(reader: Reader, name: str) -> bool:
    score = reader.name_score(normalize_name(name), "")
    return score is not None and score >= LIST_SCORE


def bracket_end(text: str, start: int, limit: int = 80) -> int:
    """The offset after the bracket opening at ``start``, nested brackets included (某集团（虚构）总工程师);
    -1 when it does not close on its line within ``limit`` characters."""
    depth = 0
    for index in range(start, min(len(text), start + limit)):
        char = text[index]
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth -= 1
            if depth == 0:
                return index + 1
        elif char == "\n":
            return -1
    return -1


def _affiliation(inside: str) -> str:
    inside = without_ethnic_group(inside.strip())
    return inside if title_end(inside) else ""


def _role_before(text: str, position: int) -> str:
    """The body a table's page is about: the last 政协 or 人大 before it."""
    cppcc = max(text.rfind("政协", 0, position), text.rfind("政治协商", 0, position))
    npc = max(text.rfind("人大", 0, position), text.rfind("人民代表大会", 0, position))
    if cppcc < 0 and npc < 0:
        return ""
    return "member" if cppcc > npc else "deputy"


def _read_tables(reader: Reader, found: Collector, lines: list[str], starts: list[int]) -> None:
    """序号　提案号　提案人　题目 / 1　0012　王某　关于…的建议: each row's proposer cell names delegates."""
    text = reader.text
    for index, line in enumerate(lines):
        if not PROPOSER_WORD_RE.search(line):
            continue  # most lines: no header (split only the few that may be one)
        header = (TAB_SPLIT_RE if "\t" in line else CELL_SPLIT_RE).split(line.strip())
        column = next((i for i, cell in enumerate(header) if PROPOSER_HEADER_RE.match(cell)), None)
        if column is None or len(header) < 2:
            continue
        word = header[column]
        posts_column = next((i for i, cell in enumerate(header) if len(cell) > 1 and POSTS_HEADER_RE.match(cell)), None)
        role = "deputy" if "代表" in word else "member" if "委员" in word else _role_before(text, starts[index])
        if not role:
            continue
        group_rows = []
        for row_index in range(index + 1, len(lines)):
            row = lines[row_index]
            if not row.strip():
                continue
            cells = (TAB_SPLIT_RE if "\t" in row else CELL_SPLIT_RE).split(row.strip())
            if len(cells) < len(header):
                break  # the table has ended
            group_rows.append((row_index, cells))
        for row_index, cells in group_rows:
            cell = cells[column]
            raw_names = [n for n in NAMES_IN_CELL_RE.split(cell) if n]
            names = [re.sub(r"[ \u3000]", "", n) for n in raw_names]  # 王　芳: padded to three characters' width
            if not names or not all(NAME_RE.fullmatch(n) and _plausible(reader, n) for n in names):
                continue  # a party branch or a federation (民盟某总支, 区工商联) proposes as a body
            group = reader.next_group()
            row_start = starts[row_index]
            cell_start = text.index(cell, row_start)
            posts = _affiliation(cells[posts_column]) if posts_column is not None and len(names) == 1 else ""
            for raw, name in zip(raw_names, names, strict=True):
                begin = text.index(raw, cell_start)
                found.add(Mention(normalize_name(name), begin, begin + len(raw), role, "", posts, "", True, group, 4))


# 2.《关于…的建议》，提案人：甲、乙: the people a list of proposals names as a 提案's movers (a party's
# committee, 民革某区委员会, names no one).
PROPOSERS_RE = re.compile(r"《[^》\n]{2,80}》[，,。；;]?[ \u3000]*(?:第一)?提案人[：:][ \u3000]*(?P<names>[^\n，,。；;（()]{2,40})[。；;]?$",
                          re.MULTILINE)


def _read_proposers(reader: Reader, found: Collector) -> None:
    text = reader.text
    for match in PROPOSERS_RE.finditer(text):
        names = filling_names(reader, match.group("names"), minimum=1, single_bar=LIST_SCORE)
        if not names or _role_before(text, match.start()) != "member":
            continue
        group = reader.next_group()
        for offset, name in names:
            begin = match.start("names") + offset
            found.add(Mention(name, begin, begin + len(name), "member", "", "", "", True, group, 4))


def _read_labelled(reader: Reader, found: Collector, lines: list[str], starts: list[int]) -> None:
    """💡委员：王某（县某医院副院长） alone on its line: the role labels the person; what they
    propose is the paragraph below."""
    for index, line in enumerate(lines):
        label = LABEL_RE.match(line)
        if not label or label.group("prefix") and not re.fullmatch(r"(?:全国|自治区|省|市|县|区|旗|州|盟)(?:人大|政协)?",
                                                                    label.group("prefix")):
            continue
        name_match = NAME_RE.match(line, label.end())
        if not name_match:
            continue
        name, after = name_match.group(), name_match.end()
        affiliation = ""
        if after < len(line) and line[after] in "（(":
            end = bracket_end(line, after)
            if end < 0:
                continue
            affiliation, after = _affiliation(line[after + 1 : end - 1]), end
        if line[after:].strip() or not _plausible(reader, name):
            continue  # a sentence, not a label line
        role = role_of(label.group("role"))
        level = level_of(re.sub(r"(?:人大|政协)$", "", label.group("prefix")), "")
        begin = starts[index] + name_match.start()
        found.add(Mention(normalize_name(name), begin, begin + len(name), role, level, affiliation, "", True,
                          reader.next_group(), 5))


INTRO_END_RE = re.compile(r"[：:][ \u3000]*$")
ROLE_THEN_POSTS_RE = re.compile(r"^(?:全国|省|自治区|市|县|区)?(?:人大代表|政协委员|政协常委)[，,、][ \u3000]*(?P<posts>[^。！？；;\n]{2,80}?)[。；;]?$")


def _read_introduced(reader: Reader, found: Collector, lines: list[str], starts: list[int]) -> None:
    """现选登部分如下： then 王某（单位职务）：关于…的提案, one a line: the introducing line gives the role
    (and level) of everyone listed under it. Two lines at least make a list."""
    for index, line in enumerate(lines):
        if not INTRO_END_RE.search(line) or LABEL_RE.match(line):
            continue
        full = list(ROLE_RE.finditer(line))
        bare = list(ROLE_WORD_RE.finditer(line))
        if full:
            role, prefix = role_of(full[-1].group(1)), line[: full[-1].start()]
        elif bare:
            role, prefix = role_of(bare[-1].group("role")), line[: bare[-1].start()]
        else:
            continue
        level = level_of(prefix, "")
        listed = []
        for row_index in range(index + 1, len(lines)):
            row = lines[row_index]
            if not row.strip():
                continue
            entry = _list_entry(row)
            if entry is None:
                break
            listed.append((row_index, *entry))
        if len(listed) < 2 or not all(_plausible(reader, name) for _, name, _, _ in listed):
            continue
        for row_index, name, offset, affiliation in listed:
            begin = starts[row_index] + offset
            found.add(Mention(normalize_name(name), begin, begin + len(name), role, level, affiliation, "", True,
                              reader.next_group(), 5))


def _list_entry(row: str) -> tuple[str, int, str] | None:
    """``王某（单位职务）：题目`` or ``王某：题目`` → (name, offset, affiliation); None for any other line."""
    match = LINE_NAME_RE.match(row)
    if not match:
        return None
    after = match.end()
    affiliation = ""
    if row[after] in "（(":
        end = bracket_end(row, after)
        if end < 0:
            return None
        inside = row[after + 1 : end - 1]
        if ROLE_RE.search(inside):
            return None  # 王某（全国政协委员、…）：the bracketed profile reads it
        affiliation, after = _affiliation(inside), end
    rest = row[after:].lstrip(" \u3000")
    if rest[:1] not in ("：", ":") or len(rest.strip("：: \u3000")) < 4:
        return None
    # 杨某：全国政协委员，某研究院首席工程师: a guest list gives the role, then the posts.
    posts = ROLE_THEN_POSTS_RE.match(rest[1:].lstrip(" \u3000"))
    if posts and not affiliation:
        affiliation = posts.group("posts").strip()
    return match.group("name"), match.start("name"), affiliation


# 本报特摘登15名委员的发言, 摘登部分代表的发言: the speeches below are delegates', each headed NAME：headline.
DIGEST_RE = re.compile(
    r"摘登了?(?P<count>[0-9０-９]+|[一二两三四五六七八九十]+|部分)[名位]?(?P<level>全国|省|自治区|市|县|区|旗)?"
    r"(?:人大|政协)?(?P<role>代表|委员)(?:们)?的?(?:大会)?(?:书面)?发言"
)


def _read_digest(reader: Reader, found: Collector, lines: list[str], starts: list[int]) -> None:
    """The speakers of a digest of speeches: lines ``NAME：headline`` below the sentence announcing it."""
    for index, line in enumerate(lines):
        match = DIGEST_RE.search(line)
        if not match:
            continue
        role = role_of(match.group("role"))
        level = level_of(match.group("level") or "", "")
        listed = []
        for row_index in range(index + 1, len(lines)):
            entry = _list_entry(lines[row_index])
            if entry is None:
                continue
            if _plausible(reader, entry[0]):  # the headline may run on: a line without a stop is joined to the next
                listed.append((row_index, *entry))
        if len(listed) < 2:
            continue
        group = reader.next_group()
        for row_index, name, offset, affiliation in listed:
            begin = starts[row_index] + offset
            found.add(Mention(normalize_name(name), begin, begin + len(name), role, level, affiliation, "", True, group, 4))
