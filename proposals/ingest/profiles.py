"""Profiles: delegates introduced name first (樊守田，…村党支部书记，自治区人大代表。)."""

from __future__ import annotations

import re
from typing import Protocol

from .affiliations import title_end
from .clauses import level_of
from .lexicon import CJK, NAME_DOTS, PROFILE_RE, ROLE_RE, ROLE_WORDS
from .names import Reader
from .results import Mention
from .text import normalize_name


class Collector(Protocol):
    def add(self, mention: Mention) -> None: ...


# "次仁多吉（自治区人大代表、昌都市卡若区俄洛镇党委书记）：…", "■ 付建林（全国人大代表、…会长）：":
# the name opens a line or follows a stop, its role and affiliation in brackets after it.
BRACKET_PROFILE_RE = re.compile(
    rf"(?:^|(?<=[\n。！？；]))[ \u3000■□●◆▲]*(?P<name>[{CJK}{NAME_DOTS}]{{2,12}})\s*[（(](?P<inside>[^（）()\n]{{4,60}})[）)]"
)
SEGMENT_RE = re.compile(r"[、，,；;]")

COMMA_RE = re.compile(r"[，,]")
POST_VERB_START_RE = re.compile(r"^(?:现任|现为|任|系|是|担任)")


def read_profiles(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the delegates of name-first profiles to ``found`` (a ``mentions.MentionCollector``)."""
    text = reader.text
    add = found.add
    # 1b. Profiles put the name first: "樊守田，…村党支部书记，自治区人大代表。",
    #     "萨如拉，自治区政协委员，…主管护师。", "毕力格图，男，蒙古族，…现任…站长，自治区人大代表。"
    for profile in PROFILE_RE.finditer(text):
        name = normalize_name(profile.group("name"))
        if reader.name_score(name, "，") is None:
            continue
        segments = [seg.strip() for seg in COMMA_RE.split(profile.group("rest"))]
        roles = [ROLE_RE.search(seg) for seg in segments]
        role_index = next((i for i, m in enumerate(roles) if m and m.end() == len(segments[i])), None)
        if role_index is None:
            continue
        role_match = roles[role_index]
        role = ROLE_WORDS[role_match.group(1)]
        level = level_of(segments[role_index][: role_match.start()], session_level)
        affiliation = ""
        for segment in segments:
            candidate = POST_VERB_START_RE.sub("", segment)
            if candidate and not ROLE_RE.search(candidate) and title_end(candidate):
                affiliation = candidate
        start = profile.start("name")
        add(Mention(name, start, start + len(profile.group("name")), role, level, affiliation, "", True,
                     reader.next_group(), 6))

    for profile in BRACKET_PROFILE_RE.finditer(text):
        name = normalize_name(profile.group("name"))
        if reader.name_score(name, "（") is None:
            continue
        segments = [seg.strip() for seg in SEGMENT_RE.split(profile.group("inside")) if seg.strip()]
        roles = [ROLE_RE.search(seg) for seg in segments]
        role_index = next((i for i, m in enumerate(roles) if m and m.end() == len(segments[i])), None)
        if role_index is None:
            continue
        role_match = roles[role_index]
        # Inside the bracket, what follows the role is the affiliation, known title or not (首席指挥).
        affiliation = segments[role_index + 1] if role_index + 1 < len(segments) else ""
        if not affiliation:
            affiliation = next((seg for seg in segments[:role_index] if title_end(seg)), "")
        start = profile.start("name")
        add(Mention(name, start, start + len(profile.group("name")), ROLE_WORDS[role_match.group(1)],
                    level_of(segments[role_index][: role_match.start()], session_level), affiliation, "", True,
                    reader.next_group(), 6))
