"""Lists of names in one clause (张三、李四、王五建议): every way to split it into names is tried, and the
most name-like reading wins; each name is judged by ``names.Reader``.
"""

from __future__ import annotations

import re

from .affiliations import TITLE_SET, lists_people, title_end, trim_lead_in
from .evidence import given_name_fit, joins_follower, name_evidence, transliteration_score
from .lexicon import ETHNIC_WORD_RE, NAME_DOTS, NOT_IN_NAMES, NOT_NAMES, PERSON_MARKER_RE
from .name_shapes import (
    LONGEST_UNDOTTED,
    WEAK_END,
    counted_entry,
    entry_score,
    han_score,
    opens_idiom,
    spaced_transliteration,
)
from .names import Reader
from .text import CJK_ONLY_RE, normalize_name

# Where a list after a lead begins: after 与/和, or after 分别为, 给, 向, 对, 邀请 (see ``list_after_lead``).
LEAD_CONJUNCTION_RE = re.compile(r"[与和同跟及]")
LEAD_PREPOSITION_RE = re.compile(  # 省政协邀请甲、乙3位…委员列席; 大会听取了甲、乙和丙委员的发言
    r"(?:分别)?(?:为|给|向|对)|(?:邀请|安排|推荐|表彰|听取|看望|走访|采访|慰问|会见|接见|拜访)了?|[\u4e00-\u9fff]了"
)

LIST_SEPARATORS = frozenset("、和与及 \u3000")
# A delegation's whole roster may fill one clause (某区12名全国人大代表A、B、…L全部出席), a committee's more.
LONGEST_LIST = 40
# Splits tried per clause: real lists take under 20 (one split each), but a clause of names ending in
# conjunction characters (王和和王和和…) branches at every one; the best reading found by then stands.
WALK_STEPS = 2000


def name_list(reader: Reader, clause: str, minimum: int = 2, single_bar: float = 1.5, whole: int = 0,
              after_role: bool = False) -> list[tuple[int, str]]:
    """``张三、李四、王五建议`` → the names with their offsets; [] unless the clause is such a list.

    Names are separated by 、 or a conjunction, and the last is followed by a verb (or ends the clause,
    when ``whole`` names or more fill it: 我校全国政协委员A、B、C，…); names may end
    in a conjunction character themselves (巴图孟和), so every split is tried and the most
    name-like reading wins. ``after_role``: the clause follows a role word, which flanks its first
    entry as a name would (市人大代表考敏华、韩绍萍).
    """
    best: tuple[float, list[tuple[int, str]]] = (float("-inf"), [])
    # Longer than six characters only with a middle dot (阿布都克里木·艾海提).
    dotted = any(d in clause for d in NAME_DOTS)
    longest = 20 if dotted else LONGEST_UNDOTTED
    # What follows a name ending at a position (with and without leading spaces): splits meet again.
    followers: dict[int, tuple[str | None, str | None]] = {}

    steps = 0

    def walk(position: int, chosen: list[tuple[int, str, float]]) -> None:
        nonlocal best, steps
        steps += 1
        if len(chosen) >= LONGEST_LIST or steps > WALK_STEPS:
            return
        # Past ten names a list goes on only over 、 (one way to reach the next one: the walk stays
        # linear); rosters of a committee's members run to twenty names and more in one clause.
        long = len(chosen) >= 10
        for length in range(2, longest + 1):
            end = position + length
            if end > len(clause):
                break
            raw = clause[position:end]
            if (length > 6 and (not dotted or not any(d in raw for d in NAME_DOTS))
                    and transliteration_score(normalize_name(raw)) != 1.0):
                continue
            if raw[0] in NAME_DOTS or raw[-1] in NAME_DOTS or length <= 4 and opens_idiom(clause, position):
                continue
            if (" " in raw or "\u3000" in raw) and not spaced_transliteration(raw):
                continue
            note = PERSON_MARKER_RE.match(clause, end) if clause[end : end + 1] in "（(" else None
            skip = note.end() - end if note else 0  # 甲（女）、乙: said of the person, the list goes on after it
            rest = clause[end + skip :]
            spoken = rest.lstrip(" \u3000")
            if end not in followers:
                followers[end] = (reader.follows(rest), reader.follows(spoken))
            follows_rest, follows_spoken = followers[end]
            if rest[:1] not in LIST_SEPARATORS and (follows_spoken is None or not (spoken or whole)):
                continue  # neither another name nor a verb after it: nothing to read (judged before its score)
            name = normalize_name(raw)
            score = reader.name_score(name, "")
            if score is None and (position and clause[position - 1] == "、" or rest[:1] == "、"):
                score = entry_score(name)  # 甲、向爱国, 朱万里、乙: beside 、, 向 is no preposition, 里 no locative
                if score is None and (position and clause[position - 1] == "、" and (rest[:1] == "、" or follows_spoken)
                                      or not position and after_role and rest[:1] == "、"):
                    score = flanked_entry_score(name)  # 甲、田红旗、乙: between two entries (or the role and an entry)
            if score is None or score < -1.6:
                continue
            if follows_spoken and reader.splits_word(name, follows_spoken):
                follows_spoken = None
            if follows_spoken and "·" in name and rest[:1] not in LIST_SEPARATORS and reader.runs_on(name, follows_spoken):
                continue  # 买买提热依木·阿不 + 都拉: a dotted name's last part runs on into a known part; no end here
            if follows_spoken and (reader.runs_on(name, follows_spoken) or joins_follower(name, follows_spoken)
                                   or len(name) >= 3 and name[-1] in name_evidence().weak_end and reader.follows(clause[end - 1 :])
                                   and transliteration_score(name) != 1.0):  # not 阿苏拉则, made of a Yi name's parts
                score -= WEAK_END  # 陈虹主 + 讲: 主讲 follows 陈虹; 曾蓉在 + 交谈: 在交谈 follows 曾蓉
            here = chosen + [(position, name, score)]
            width = 2 if rest[:2] == "以及" else 1  # 甲以及乙: the conjunction of two characters
            separator = rest[:1] in LIST_SEPARATORS or width == 2
            # 甲及乙为副团长: a conjunction read alone as the word after a name still joins two (not 与会).
            joined = follows_rest is None or follows_rest == rest[:1] or width == 2 and follows_rest in ("以", "以及")
            if long and rest[:1] != "、":
                separator = False
            if separator and len(rest) > 1 and joined or (separator and rest[0] in "、 \u3000"):
                # 甲、 乙: a space typed after the mark is layout, the next name starts after it.
                padding = len(rest) - 1 - len(rest[1:].lstrip(" \u3000")) if rest[0] == "、" else 0
                walk(end + skip + width + padding, here)
                if follows_rest == rest[:1] and len(best[1]) > len(here) and best[1][: len(here)] == [(p, n) for p, n, _ in here]:
                    continue  # the conjunction joined a name after it: this reading is no end of the list
            if len(here) >= max(minimum, 1 if spoken else whole or 99) and follows_spoken is not None:
                total = sum(s for _, _, s in here) / len(here)
                if total > best[0] and (len(here) > 1 or score >= single_bar):
                    best = (total, [(p, n) for p, n, _ in here])

    walk(0, [])
    if best[0] < min(0.2, single_bar):
        return []
    for (start, first), (_, second) in zip(best[1], best[1][1:], strict=False):
        if spaced_transliteration(clause[start : start + len(first) + 1 + len(second)]):
            return []  # 艾合买提江 托乎提: one name printed with a space, not a list of two
    return best[1]


UNLISTED_SURNAME = -0.5
DOTTED_ENTRY = 0.0  # a dotted name of unknown parts between two entries


def flanked_entry_score(name: str) -> float | None:
    """An entry of two or three characters after another name of a list and before the next (or the list's verb)
    that the shape alone refuses: one ending in a word that sits beside names elsewhere (田红旗: 红旗,
    张全国: 全国), or one whose given name's characters fit (a word too: 威力) but whose surname no list
    holds (考敏华, 代威力), or a surname and a given name that make a word (冷静). Between
    two names neither doubt holds; trusted least of all entries, so a list of such words
    (新能源、新材料、新产业) stays below a list's bar. None when it is a word (but for a surname that is no everyday word and
    a given name: 冷静 between two names is a man), a place or a title."""
    evidence = name_evidence()
    if "·" in name:  # 甲、艾某更·依某巴海、乙: between two entries a dot joins a transliterated name's parts, known or not
        parts = name.split("·")
        return DOTTED_ENTRY if all(2 <= len(part) <= 6 and CJK_ONLY_RE.fullmatch(part) and part not in evidence.common_words
                                   and part not in evidence.places for part in parts) else None
    if len(name) not in (2, 3) or not CJK_ONLY_RE.fullmatch(name) or ETHNIC_WORD_RE.search(name):
        return None
    common = name in evidence.common_words and (len(name) == 3 or name[0] not in evidence.common_surnames | evidence.rare_surnames)
    if (name in NOT_NAMES or common or name in evidence.places or name in evidence.not_name
            or name in evidence.follow or not NOT_IN_NAMES.isdisjoint(name) or title_end(name)
            or name[:2] in TITLE_SET or name.endswith(("委", "们", "等"))):
        return None
    if name[0] in evidence.surnames:
        han = han_score(name)
        return None if han is None or len(name) == 2 and given_name_fit(name[1]) < 0 else han - 2 * WEAK_END
    if len(name) == 2:
        return None  # 教育、医疗: two characters need a surname first (冷静, 段超)
    return UNLISTED_SURNAME if min(given_name_fit(c) for c in name[1:]) >= 0 else None


TITLED_JOIN = frozenset("、和与及")
NAME_TITLE_MODIFIERS = ("常务副", "专职副", "常务", "执行", "名誉", "荣誉", "首席", "副")


def titled_names(reader: Reader, clause: str, single: bool = False) -> list[tuple[int, str, str]]:
    """``甲教授、乙教授和丙教授``, ``甲校长、某学院乙院长`` → (offset, name, the unit printed before it):
    two or more entries, each a name with its title after it, joined by 、 or a conjunction, up to the
    clause's end or its verb; [] unless the clause is such a list. 和 after a title joins two entries:
    it is no surname there (和王某教授). ``single``: one entry will do, its unit a chain of posts
    (政协委员、某党派成员、某学院甲教授提交了)."""
    # Without ``single`` the first of two entries ends in a title right before a joiner: most
    # clauses have none, and looking for entries tries every end (a tenth of parsing went here).
    if not single and not any(clause[max(0, i - size) : i] in TITLE_SET
                              for i, c in enumerate(clause) if c in TITLED_JOIN for size in (2, 3, 4)):
        return []
    entries: list[tuple[int, str, str]] = []
    position = 0
    while position < len(clause):
        entry = _titled_entry(reader, clause, position, single)
        if entry is None:
            return []
        offset, name, unit, end = entry
        entries.append((offset, name, unit))
        if end >= len(clause) or clause[end] not in TITLED_JOIN:
            break
        position = end + 1
    return entries if len(entries) >= (1 if single else 2) else []


def _titled_entry(reader: Reader, clause: str, position: int, single: bool = False) -> tuple[int, str, str, int] | None:
    """The first entry from ``position``: [unit] NAME TITLE, then a joiner, the clause's end or a verb."""
    for end in range(position + 4, min(len(clause), position + 30) + 1):
        rest = clause[end:]
        if rest and rest[0] not in TITLED_JOIN and not reader.follows(rest) or single and not (rest and reader.follows(rest)):
            continue  # one entry alone needs its verb after it
        piece = clause[position:end]
        for size in range(2, 5):
            if piece[-size:] not in TITLE_SET or len(piece) - size < 2:
                continue
            head = piece[:-size]
            # 乙常务副会长: the title's modifier stands between the name and the title.
            head = next((head[: -len(m)] for m in NAME_TITLE_MODIFIERS if head.endswith(m) and len(head) - len(m) >= 2), head)
            # A name between its unit and its title may end in a word that elsewhere follows names
            # (某学院邱高兴院长: 高兴): its Han shape is judged alone.
            # 科主任孙伟: 任孙伟 would leave 主任 unfinished.
            readings = [head[-n:] for n in (2, 3) if n <= len(head) and not title_end(head[:-n] + head[-n])]
            scored = [(reader.name_score(n, "") or -9.0, n) for n in readings] or [(-9.0, "")]
            if max(scored)[0] < 1.0:
                scored = [(_score(reader, n), n) for n in readings] or [(-9.0, "")]
            score, name = max(scored)
            unit = head[: len(head) - len(name)]
            if unit[-1:] + name[:1] in name_evidence().common_words or unit[-1:].isdigit():
                continue  # 上海交 + 通大学副校长: a name never starts inside a word of its unit (交通); nor after a number (12 + 位村支书)
            if score >= 1.0 and (single or not any(c in unit for c in TITLED_JOIN)):
                return position + len(unit), name, unit, end
    return None


def _score(reader: Reader, name: str) -> float:
    score = reader.name_score(name, "")
    evidence = name_evidence()
    if score is None and name not in evidence.common_words and name not in evidence.places and NOT_IN_NAMES.isdisjoint(name):
        score = han_score(name)  # not 多个民主党派的 + 副主席
    return -9.0 if score is None else score



def list_after_lead(reader: Reader, before: str) -> tuple[int, list[tuple[int, str]]] | None:
    """Two or more names after the last 与/和 of a clause, or after the verb or preposition that opens it
    (邀请甲、乙两位委员, 分别为甲、乙委员工作室揭牌), where the words before them are no name list."""
    starts = [m.end() for m in reversed(list(LEAD_CONJUNCTION_RE.finditer(before)))]
    starts += [2] if before[:2] in name_evidence().verbs else []
    starts += [m.end() for m in reversed(list(LEAD_PREPOSITION_RE.finditer(before)))]  # 分别为甲、乙委员工作室揭牌
    posts_end = next((k for k in range(len(before) - 4, 1, -1) if title_end(before[:k])), None)
    starts += [posts_end] if posts_end else []  # 某委副主委甲和乙两位代表: posts first
    for start in starts:
        tail = before[start:]
        names = name_list(reader, tail + "说")
        if len(names) > 1 and names[-1][0] + len(names[-1][1]) == len(tail):
            return start, names
    return None


def filling_names(reader: Reader, clause: str, minimum: int = 2, single_bar: float = 1.5) -> list[tuple[int, str]]:
    """The names of a clause that is a list of names and nothing more (甲、乙及丙), read as if a verb
    followed it; [] unless the last name ends the clause."""
    names = name_list(reader, clause + "说", minimum=minimum, single_bar=single_bar)
    return names if names and names[-1][0] + len(names[-1][1]) == len(clause) else []


def names_before(reader: Reader, before: str, minimum: int = 1) -> tuple[int, list[tuple[int, str]]]:
    """The names a clause lists before what it says of them (甲、乙等…): the whole clause read as a list,
    else the list after its lead (市政协主席甲和乙、丙等5位委员: 乙 and 丙), else after its first entry;
    (where they begin, the names)."""
    names = name_list(reader, before + "说", minimum=minimum)
    if names:
        return 0, names
    joined = list_after_lead(reader, before)
    if not joined and "、" in before:  # 庄严、嘎玛泽登、多吉次珠等…委员: a first entry that is also a word; the rest read
        first = before.index("、") + 1
        rest = name_list(reader, before[first:] + "说", minimum=max(minimum, 2))
        joined = (first, rest) if rest and rest[0][0] == 0 and rest[-1][0] + len(rest[-1][1]) == len(before) - first else None
    return joined if joined and len(joined[1]) >= minimum else (0, [])


def shared_post_list(reader: Reader, clause: str) -> tuple[int, list[tuple[int, str]]] | None:
    """``省人大常委会副主任王某、陈某参加视察`` → (where the names begin, the names): a post shared by
    two or more names; None unless the clause is such a post and list."""
    for offset in range(2, min(len(clause) - 4, 40)):
        if title_end(clause[:offset]) and "、" in clause[offset:] and not lists_people(clause[:offset]):
            names = name_list(reader, clause[offset:], whole=2)  # 县领导甲、乙、丙，县法院院长…等参加: the clause
            if names and names[0][0] == 0:
                return offset, names
    return None


def counted_names(reader: Reader, listed: str, count: int) -> list[str]:
    """The names of a list a count vouches for (4名区人大代表（甲、乙、丙、丁）, 当选的12人依次是…): exactly
    ``count`` names filling ``listed``, spaces beside 、 dropped; when they do not all read as names, three or more
    entries that each can be one (``name_shapes.counted_entry``) as printed; [] otherwise."""
    listed = re.sub(r"[ \u3000]*、[ \u3000]*", "、", listed)
    names = name_list(reader, listed, minimum=2, whole=2)
    if len(names) != count or names[-1][0] + len(names[-1][1]) != len(listed):
        pieces = listed.split("、")  # 其他23名副主席包括：…令计划…马飙: the count vouches for each (a padded 王　明 is
        padded = any(" " in p or "\u3000" in p for p in pieces)  # found in the text only as printed: left to name_list)
        return pieces if not padded and len(pieces) == count >= 3 and all(counted_entry(p) for p in pieces) else []
    return [name for _, name in names]


POSTED_ENTRY_BAR = 1.5  # a surname and a given name, after posts


def posted_entries(reader: Reader, listed: str) -> list[tuple[int, str, str]]:
    """``校农工党主委甲、民进主委乙`` → (offset, name, posts) of each entry: every piece between 、 a name after
    posts that end in a title; [] unless all of them read so (a post may hold 、 itself: 市委副书记、市长甲)."""
    entries, start = [], 0
    for piece in listed.split("、"):
        options = [c for c in reader.candidates(piece) if c.offset + len(c.name) == len(piece) and c.affiliation
                   and title_end(c.affiliation) and c.score >= POSTED_ENTRY_BAR]
        if not options:
            return []
        entries.append((start + options[0].offset, options[0].name, trim_lead_in(options[0].affiliation)))
        start += len(piece) + 1
    return entries
