"""A person a photo's caption shows beside the delegates: a line that opens with a bare name, the
person's place in the picture and 与代表们 (``某某（前排左一）与代表们步入会场``) shows one of the deputies
with the others. The position bracket says it is a caption; the bare name (no post before it) says
it is not an official meeting them (``省长某某（中）与代表们交谈`` opens with a post)."""

from __future__ import annotations

import re

from .lexicon import CJK, NAME_DOTS, role_of
from .names import Reader
from .results import Collector, Mention

PICTURED_RE = re.compile(
    rf"(?:^|(?<=\n))[ \u3000]*(?P<name>[{CJK}{NAME_DOTS}]{{2,14}})[（(](?:前排|后排|中排|第[一二三]排)?(?:[左右][一二三四五六七八九]?|中)[）)]"
    r"(?:与|和|同)(?:其他|其他的)?(?P<role>代表|委员)们?"
)
PICTURED_TAIL_RE = re.compile(r"[）)](?:与|和|同)(?:其他的?)?(?:代表|委员)")
PICTURED_BAR = 1.5  # a surname and a given name, or a transliterated name made of its parts


def read_pictured(reader: Reader, found: Collector) -> None:
    """Add to ``found`` the people captions show beside the deputies or members."""
    text = reader.text
    if not PICTURED_TAIL_RE.search(text):
        return  # no 与代表们 (or 和, 同, 其他): no caption of this kind
    for match in PICTURED_RE.finditer(text):
        name = match.group("name")
        score = reader.name_score(name, "")
        if score is None or score < PICTURED_BAR:
            continue
        found.add(Mention(name, match.start("name"), match.end("name"), role_of(match.group("role")), "", "", "",
                          True, reader.next_group(), score))
