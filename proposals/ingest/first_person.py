"""First-person pieces: a delegate who tells his own story (``我是某县某村党支部书记甲。…我当选第十三届
全国政协委员，…``). The writer names himself once, in a sentence that is nothing but 我是 + his posts +
his name, and says his role of himself elsewhere (我当选…, 我是…, 作为…). Read only on a page where no
other delegate is named: a quote of someone saying 我是… in a report is the reporter's page, read by
the other passes.
"""

from __future__ import annotations

import re

from .affiliations import title_end
from .clauses import level_of
from .lexicon import role_of
from .names import Reader
from .results import Mention

# 我是某嘎查原党支部书记甲。 / 我叫甲，: the whole sentence (or clause after 我叫) introduces the writer.
SELF_INTRO_RE = re.compile(r"(?:^|(?<=[。！？!?\n]))[ \u3000]*我(?P<verb>是|叫)(?P<intro>[^，,。；;！？!?\n“”]{2,40}?)(?=[。！!，,])")
# 我当选第十三届全国政协委员, 我那时是全国人大代表, 作为一名政协委员，我…: the role said of the writer.
SELF_ROLE_RE = re.compile(
    r"我[^，,。；;“”\n的]{0,8}?(?:当选(?:为)?|是|成为)(?:一[个名位])?(?P<prefix>[^，,。；;“”\n的]{0,10}?)"
    r"(?P<role>人大代表|政协委员|政协常委)"
)
SELF_BAR = 2.0  # a name that reads well alone: nothing but the first person says who it is


def read_first_person(reader: Reader, mentions: list[Mention], session_level: str) -> None:
    """Add the writer of a first-person piece to ``mentions`` when it holds none yet."""
    text = reader.text
    if mentions or "我" not in text:
        return
    role_match = SELF_ROLE_RE.search(text)
    if not role_match:
        return
    for intro in SELF_INTRO_RE.finditer(text):
        words = intro.group("intro")
        if intro.group("verb") == "是" and text[intro.end()] in "，,":
            continue  # 我是…，: the sentence goes on to say more than who the writer is
        options = [c for c in reader.candidates(words, need_title=False)
                   if c.offset + len(c.name) == len(words) and c.score >= SELF_BAR
                   and (not c.affiliation or title_end(c.affiliation))]
        if not options:
            continue
        best, start = options[0], intro.start("intro") + options[0].offset
        role = role_of(role_match.group("role"))
        level = level_of(role_match.group("prefix"), session_level)
        mentions.append(Mention(best.name, start, start + len(best.name), role, level, best.affiliation, "", True,
                                reader.next_group(), best.score))
        return
