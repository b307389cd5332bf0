"""Delegates: one ``ParsedDelegate`` per name in an article, from its fullest introduction, with
name, affiliation and delegation as the page prints them."""

from __future__ import annotations

import re
from dataclasses import replace

from .affiliations import lists_people, posts_only, split_affiliation, work_posts
from .delegations import delegation_in_sentence
from .evidence import made_of_parts, transliteration_score
from .lexicon import CJK, NAME_DOTS
from .name_shapes import spaced_transliteration
from .results import Mention, ParsedDelegate
from .text import occurrences, simplified_view

LAYOUT_SPACE_RE = re.compile(rf"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])")
DOTTED_REST_RE = re.compile(r"[\u4e00-\u9fff]{2,10}")  # a dotted name's later part, and what runs on after it
# 现任…, 来自某省的一名…, 该乡某村…: "now", where from, "one", "this township" before the post.
CURRENTLY_RE = re.compile(r"^(?:现任|现为|現任|現為|[来來]自[^的，,]{1,12}的|[该該][乡镇县市区鄉鎮縣區])?(?:一名|一位|一个|一個)?(?=.{3})")


def merge_delegates(mentions: list[Mention], view: str = "", original: str = "") -> dict[str, ParsedDelegate]:
    """One record per name in the article, from its fullest introduction; keyed by the name as read
    in the simplified ``view``. Name, affiliation and delegation are given as ``original`` prints
    them (traditional characters kept), with the simplified name beside."""
    best: dict[str, Mention] = {}
    first: dict[str, Mention] = {}
    delegation: dict[str, str] = {}
    for m in mentions:
        # 省委常委、市委书记、福州代表团团长: the delegation's post is the sitting's, not the person's work, and
        # is dropped (three keys of four drop it alone too); a party membership only beside other posts.
        work = work_posts(m.affiliation)
        kept = posts_only(m.affiliation)
        if kept != m.affiliation:
            m = replace(m, affiliation=kept)
        first.setdefault(m.name, m)
        if m.delegation:
            delegation.setdefault(m.name, m.delegation)
        current = best.get(m.name)
        rank = (bool(work), not lists_people(m.affiliation), bool(m.affiliation), m.full, m.score)
        if current is None or rank > (bool(work_posts(current.affiliation)), not lists_people(current.affiliation),
                                      bool(current.affiliation), current.full, current.score):
            best[m.name] = m
    for name in best:
        if name not in delegation and view:
            # 在绥化代表团，我们见到了基层代表韩秀芝: a later sentence names the delegation beside the name.
            delegation[name] = next(
                (found for at in _occurrences(view, name) if (found := delegation_in_sentence(view, at, sentence_only=True))), ""
            )
    result = {}
    for name in sorted(best, key=lambda n: first[n].start):
        m = best[name]
        printed = next((p for n in mentions if n.name == name and (p := _printed_name(n, view, original)) != name),
                       _printed_name(first[name], view, original))
        affiliation = LAYOUT_SPACE_RE.sub("", _as_printed(m.affiliation, m.start, view, original))  # "岷江市 市长" is layout
        affiliation = affiliation.lstrip("-—－–")  # 全国人大代表--某公司董事长: a dash typed as hyphens after the role
        affiliation = affiliation[1:] if affiliation[:1] == "兼" and len(affiliation) > 2 else affiliation  # 兼站长: "also"
        affiliation = CURRENTLY_RE.sub("", affiliation)  # （…代表，现任某镇镇长）: no part of the post
        organization, title = _split_printed(affiliation)
        result[name] = ParsedDelegate(
            name=printed, role=_role(name, m, mentions), level=m.level or "unknown", affiliation=affiliation,
            organization=organization, title=title,
            delegation=_as_printed(delegation.get(name, ""), m.start, view, original), start=first[name].start,
            simplified_name=name,
        )
    return result


def _role(name: str, best: Mention, mentions: list[Mention]) -> str:
    """The fullest mention's role; when it gives either (甲、乙等13位代表、委员), the role another
    mention gives the name (甲委员说)."""
    if best.role not in ("", "other"):
        return best.role
    return next((m.role for m in mentions if m.name == name and m.role not in ("", "other")), "other")


DOTTED_TAIL_END_RE = re.compile(r"[是说在的和与等为从把被也还就都将已曾于以对向今昨近年月日]")


def fold_short_forms(mentions: list[Mention], view: str = "") -> list[Mention]:
    """克尔克孜委员 after 克尔克孜·艾依地马提委员, 阿布拉委员 beside 布某·阿布拉: a transliterated name is
    shortened to its first or last part; such a mention is the dotted name's, when only one has that part.
    The dotted name may be one the ``view`` prints without a role (吾某·卡某是…中心副主任。…吾某当选为…代表)."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if "·" in m.name:
            parts = m.name.split("·")
            for part in {parts[0], parts[-1]}:
                owners.setdefault(part, set()).add(m.name)
    for m in mentions if "·" in view else ():
        if m.name + "·" in view and m.name not in owners and transliteration_score(m.name) is not None:
            for start in occurrences(view, m.name + "·"):
                rest = DOTTED_REST_RE.match(view, start + len(m.name) + 1)
                if rest is None:
                    continue
                rest = rest.group()  # its last part ends where the text goes on (卡某尔 + 是新疆…)
                whole = next((rest[:n] for n in range(len(rest), 1, -1) if made_of_parts(rest[:n])), "")
                cut = DOTTED_TAIL_END_RE.split(rest, maxsplit=1)[0]
                whole = whole if len(whole) >= len(cut) or len(cut) > 6 else cut
                if len(whole) >= 2:
                    owners.setdefault(m.name, set()).add(f"{m.name}·{whole}")
    return [replace(m, name=next(iter(owners[m.name])))
            if len(owners.get(m.name, ())) == 1 else m for m in mentions]


def _occurrences(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word))
    return found


def _split_printed(affiliation: str) -> tuple[str, str]:
    """``split_affiliation`` judged on the simplified form, cut from the printed one."""
    if not affiliation:
        return "", ""
    simplified = simplified_view(affiliation)
    organization, title = split_affiliation(simplified)
    if simplified == affiliation:
        return organization, title

    def cut(part: str) -> str:
        at = simplified.rfind(part) if part else -1
        return affiliation[at : at + len(part)] if at >= 0 else part

    return cut(organization), cut(title)


def _printed_name(mention: Mention, view: str, original: str) -> str:
    """The name as the page prints it: traditional characters and its own middle dot kept (古丽娜尔•艾买提),
    layout spaces dropped unless a space stands for the dot (艾合买提江 托乎提)."""
    end = _printed_end(view, mention.start, mention.name) if original else -1
    if end < 0:
        return mention.name
    span = original[mention.start : end].strip()
    if spaced_transliteration(simplified_view(span)):
        return " ".join(span.split())
    return "".join(span.split())


def _printed_end(view: str, start: int, name: str) -> int:
    """Where the name that starts at ``start`` ends in the text: the name is normalized (one kind of
    dot, no spaces), the text may hold spaces and other dots in it. -1 when it is not there."""
    position = start
    for char in name:
        while position < len(view) and view[position] in " \u3000" and char not in " \u3000":
            position += 1
        if position >= len(view) or not (view[position] == char or (char == "·" and view[position] in NAME_DOTS)):
            return -1
        position += 1
    return position


def _as_printed(words: str, near: int, view: str, original: str, reach: int = 300) -> str:
    """``words`` as ``original`` prints them, found in ``view`` (same offsets) closest before ``near``,
    or else after it; unchanged when the page prints them in simplified characters or not at all."""
    if not words or not original or view == original:
        return words
    at = view.rfind(words, max(0, near - reach), near + len(words))
    if at < 0:
        at = view.find(words, near, near + reach)
    return original[at : at + len(words)] if at >= 0 else words
