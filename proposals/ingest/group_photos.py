"""A group photo's caption: a count of deputies or members, 合影, then their names in order
(``四位新委员合影。左起甲、乙、丙、丁``). The count must equal the names read, and every entry must be a
name: that is the evidence that the list is the people counted. Captions pad names to line them up
(``黄 嘉祺``, ``王 五``): a space inside an entry is no boundary."""

from __future__ import annotations

import re

from .clauses import level_of
from .enumerations import count_value
from .lexicon import CJK, NAME_DOTS, role_of
from .names import Reader
from .results import Collector, Mention

GROUP_PHOTO_RE = re.compile(
    rf"(?P<count>[0-9０-９]{{1,2}}|[一二两三四五六七八九十]{{1,3}})[位名](?P<words>[{CJK}]{{0,8}}?)"
    r"(?P<role>人大代表|政协委员|政协常委|代表|委员|常委)们?(?:一起|共同)?合影(?:留念)?[。，,：:\s]*"
    r"[（(]?(?:前排)?(?:左起|从左至右|从左到右|自左至右|由左至右|从左往右)[）)]?[：:，,]?\s*"
)
# 台湾省代表团合影。从左至右依次是：甲、乙、丙: a delegation's photo, its deputies named in order (no count: three or more,
# each a name).
DELEGATION_PHOTO_RE = re.compile(
    rf"(?:[{CJK}]{{2,12}}?代表团)(?:全体代表)?(?:一起|共同)?合影(?:留念)?[。，,：:\s]*"
    r"[（(]?(?:前排)?(?:左起|从左至右|从左到右|自左至右|由左至右|从左往右)[）)]?(?:依次(?:是|为))?[：:，,]?\s*"
)
DELEGATION_ENTRIES = 3
ENTRY_RE = re.compile(rf"[{CJK}{NAME_DOTS}](?:[{CJK}{NAME_DOTS}]|[ \u3000](?=[{CJK}]))*")
CAPTION_END_RE = re.compile(r"[。；;！？!?\n]")
ENTRY_SPLIT_RE = re.compile(r"[、，,]")
ENTRY_BAR = 1.0  # each entry: a surname and a given name the caption vouches for


def read_group_photos(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the people a group photo's caption counts and names, or a delegation's photo names."""
    text = reader.text
    if "合影" not in text:
        return
    for match in [*GROUP_PHOTO_RE.finditer(text), *DELEGATION_PHOTO_RE.finditer(text)]:
        stop = CAPTION_END_RE.search(text, match.end())
        entries = ENTRY_SPLIT_RE.split(text[match.end() : stop.start() if stop else len(text)])
        counted = "count" in match.groupdict()
        count = count_value(match.group("count")) if counted else len(entries)
        if not count or len(entries) != count or not counted and count < DELEGATION_ENTRIES:
            continue
        mentions, position = [], match.end()
        for piece in entries:
            entry = ENTRY_RE.fullmatch(piece.strip(" \u3000"))
            name = entry.group().replace(" ", "").replace("\u3000", "") if entry else ""
            score = reader.name_score(name, "") if name else None
            if score is None or score < ENTRY_BAR:
                break
            start = position + piece.index(entry.group())
            mentions.append((name, start, start + len(entry.group()), score))
            position += len(piece) + 1
        if len(mentions) != count:
            continue
        role = role_of(match.group("role")) if counted else "deputy"
        level = level_of(match.group("words"), session_level) if counted else session_level
        group = reader.next_group()
        for name, start, end, score in mentions:
            found.add(Mention(name, start, end, role, level, "", "", True, group, score))
