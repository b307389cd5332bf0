"""Posts on a CPPCC's special committees, which only its members hold: the chair or a vice-chair of one is a
member (``全国政协提案委员会副主任王某``), and so is one of its members (``全国政协经济委员会委员（九三学社）周某``). Not its offices' staff (``政协办公室主任``): the post must follow
委员会 itself. A congress's special committees are left alone: the answer keys count their chairs only
where the page calls them deputies (``全国人大农业与农村委员会副主任委员李某`` is not, in one key)."""

from __future__ import annotations

import re

from .affiliations import title_end
from .clauses import clause_after, level_of
from .lexicon import CJK, ROLE_RE
from .names import Reader
from .results import Collector, Mention

COMMITTEE_POST_RE = re.compile(
    r"(?P<place>全国|[\u4e00-\u9fff]{0,6}?[省市县区州旗盟]|自治区)?政协(?:第?[一二三四五六七八九十]+届)?"
    rf"[^，,。；;、\n政人]{{1,12}}?委员会(?:副?主任|委员)(?P<sector>[（(][^（）()\n]{{2,8}}[）)])?(?=[{CJK}]|、[{CJK}])"
)  # 全国政协经济委员会委员（九三学社）周某: the sector in brackets before the name
POST_BAR = 1.5  # a surname and a given name: the post says a person follows


def read_committee_posts(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the people named right after a post on a body's special committee."""
    text = reader.text
    if "委员会主任" not in text and "委员会副主任" not in text and "委员会委员" not in text:
        return  # most pages name no such post: the pattern is not run over them
    for match in COMMITTEE_POST_RE.finditer(text):
        if "常务" in match.group() or "常委会" in match.group():
            continue  # 政协常务委员会 is the conference's standing committee, its offices read elsewhere
        post = match.group()[: match.start("sector") - match.start()] if match.group("sector") else match.group()
        if text[match.end()] == "、":  # 全国政协某委员会副主任、某会会长甲: more posts, then the name
            more = clause_after(text, match.end() + 1)
            options = [c for c in reader.candidates(more) if c.score >= POST_BAR and title_end(c.affiliation)
                       and "、" not in more[c.offset + len(c.name) :] and not ROLE_RE.search(c.affiliation)]
            if not options:
                continue
            best, start = options[0], match.end() + 1 + options[0].offset
            post = f"{post}、{best.affiliation}"
        else:
            entry = clause_after(text, match.end()).split("、")[0]  # 甲、全国政协常委乙: the list's next entry is no part of it
            options = [c for c in reader.candidates(entry, need_title=False)
                       if c.offset == 0 and c.score >= POST_BAR]
            if not options:
                continue
            best, start = options[0], match.end()
        level = level_of(match.group("place") or "", session_level) if match.group("place") else session_level
        found.add(Mention(best.name, start, start + len(best.name), "member", level,
                          post, "", True, reader.next_group(), best.score))
