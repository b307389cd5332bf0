"""Person names: how plausible a span is as a name (shape, surname, repetition, what follows it), and
the ``Reader`` that holds one article's text for the passes that look for names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from .affiliations import TITLE_SET, known_title_end, title_end
from .evidence import (
    edge_words,
    given_name_fit,
    joins_follower,
    lead_in_prefixes,
    made_of_parts,
    name_evidence,
    never_given,
    repeated_phrase,
    transliteration_score,
)
from .followers import follower_lengths, follower_words
from .lexicon import (
    ETHNIC_BRACKET_RE,
    ETHNIC_WORD_RE,
    MODAL_SURNAMES,
    NAME_DOTS,
    NOT_IN_DOTTED_NAMES,
    NOT_IN_NAME_WORDS_RE,
    NOT_IN_NAMES,
    NOT_NAMES,
    PREPOSITION_END,
    PROVINCES,
    ROLE_EDGES,
    VISIT_VERB_RE,
)
from .results import Block
from .text import CJK_ONLY_RE, is_cjk, normalize_name, simplified_view
from .tokenizer import Segmenter
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class Candidate:
    name: str
    offset: int  # within the clause
    affiliation: str
    score: float


@lru_cache(maxsize=16384)  # bounded: the writer parses too, and its peak memory is the run's
def name_shape_score(name: str) -> float | None:
    """How plausible ``name`` is as a person's name from its characters alone; None when it cannot be one.

    A name is either Han (a listed surname and one or two given characters, judged by how often
    they stand in given names) or transliterated (made of the parts of Mongolian, Tibetan, Uyghur
    or Kazakh names, or at least of their characters); and it neither starts nor ends with a word
    that sits beside names (其中, 带来), a place or a job title. Cached across articles: the same
    substrings are tried as names on every page."""
    if "·" in name:
        parts = name.split("·")
        if any(len(p) < 1 for p in parts) or any(not all(is_cjk(c) for c in p) for p in parts):
            return None
        if len(name) > 20 or any(c in NOT_IN_DOTTED_NAMES for c in name.replace("·", "")):
            return None
        if any(len(p) > 10 or (len(p) > 7 and transliteration_score(p) is None) for p in parts):
            return None  # transliterated parts are short (阿布都克里木·艾海提); longer means an affiliation crept in,
            # unless made of a transliteration's characters only (达扎·尕让托布旦拉西降措: four Tibetan names in one)
        if any(edge_words(part)[0] for part in parts[:1]) or edge_words(parts[-1])[1]:
            return None  # 台来提·乌布力兴奋: the verb after the name
        head = parts[0]
        if (head[:2] in name_evidence().verbs and transliteration_score(head) is None
                and transliteration_score(head[2:]) is not None):
            return None  # 是从 + 克尔克孜·艾依地马提: a verb (of characters no transliteration has) before the name
        if any(title_end(parts[0][:k]) for k in range(2, len(parts[0]))):
            return None  # 兽医站站长叶尔兰·努尔兰别克: the title before the name is no part of it
        # 买买提明·阿不都拉说: the last part runs on while it is made of a transliteration's parts
        # (阿不 + 都 would leave 都 as an adverb); 额尔敦·巴特尔 + 正在 does not (正 is no part by itself).
        return 4.0 + (0.1 * len(parts[-1]) if made_of_parts(parts[-1]) else 0.0)
    if not 2 <= len(name) <= LONGEST_UNDOTTED or not CJK_ONLY_RE.fullmatch(name):
        return None
    if ETHNIC_WORD_RE.search(name):
        return None  # 通道侗族(自治县), 麻阳苗族: an ethnic group is never part of a name
    if len(name) > 6 and transliteration_score(name) != 1.0:
        return None  # only a transliterated name printed without its dot runs longer (阿不都热依木买买提)
    transliterated = transliteration_score(name)
    # Characters that are never in a Han name may be in a transliterated one (阿不都热依木).
    barred = NOT_IN_DOTTED_NAMES if transliterated else NOT_IN_NAMES
    evidence = name_evidence()
    if (name in NOT_NAMES or not barred.isdisjoint(name) or name in evidence.not_name or name in evidence.places
            or name in evidence.follow or len(name) > 2 and name[:2] in evidence.follow):  # 满怀 + 履职, 满怀使命
        return None
    compound = name[:2] in evidence.compound_surnames and len(name) == 4
    if len(name) >= 4 and not compound and NOT_IN_NAME_WORDS_RE.search(name):
        return None  # words of the sentence (发展, 建设) in a long span; in a short one, or after a
        # double surname, they are given names (孙建设, 上官建设)
    if (name.endswith(ROLE_EDGES) and not (len(name) == 3 and name[1:] == "全国" and name[0] in evidence.common_surnames)
            or name.startswith(ROLE_EDGES)):
        return None  # 全国人大代表 beside a name is no part of it; 张全国 is a given name (its follower decides)
    # Any character before 长 ends a title (处长, 船长), but a surname and a given name ending in 长 that
    # no listed title ends (赵步长, 孙延长) is a name.
    long_name = len(name) == 3 and name[0] in evidence.surnames and not any(name[-k:] in TITLE_SET for k in (2, 3))
    if (title_end(name) and not (long_name and name[-1] == "长")) or name[:2] in TITLE_SET or name[:3] in TITLE_SET:
        return None  # 院长, 市委副书记, 市长温湛滨: a title, not a name
    if name.endswith("委") or name[-2:] in ("常委", "政协", "人大", "委会"):
        return None  # 党委委员, 市委常委: a committee, not a name
    if name.startswith(PROVINCES) or name.endswith(PROVINCES):
        return None  # 北京德恒(石家庄)律师事务所, 张洪武贵州: a place beside the name
    starts, ends = edge_words(name)
    if starts or ends and not (name[0] == "释" and len(name) == 3) or name in evidence.common_words:
        return None  # 其中卢若波, 道尔吉带来; 常年, 马上: words, not names (a monk's 释空性 is a name)
    if name[0] in evidence.lead_in | MODAL_SURNAMES and (name[1:] in evidence.common_words or name[1:] in NOT_NAMES
                                                          or len(name) == 4 and name[1] in evidence.common_surnames):
        return None  # 向大会, 于今年, 和界别, 要依法, 和张俊杰: a word first that is also a surname, then a word or a name
    if (len(name) == 4 and name[0] in evidence.short_adverbs and name[1] in evidence.short_verbs
            and (name[2:] in evidence.common_words or name[2:] in evidence.places)):
        return None  # 常来大陆, 曾到北京: an adverb that is also a surname, a verb and its object
    if len(name) == 2 and name[0] in MODAL_SURNAMES and given_name_fit(name[1]) < 0:
        return None  # 委员应尽的职责, 代表要做: a modal verb and a verb seldom in given names (应勇 is a name)
    scores = []
    han = han_score(name)
    if han is not None:
        scores.append(han)
    if transliterated is not None:
        # Made of known parts (道尔吉, 次仁卓玛), or only of their characters: then, as before the
        # parts were listed, four to six characters (乌仁图雅, 额尔德木图, 图门吉日嘎拉).
        table = TRANSLITERATED_BY_LENGTH if transliterated else CHARACTERS_ONLY_BY_LENGTH
        scores.append(table[len(name)])
    return max(scores) if scores else None


@cache
def name_starts() -> frozenset[str]:
    """The characters an undotted name can start with: a surname's first, or a transliteration's.
    Two in three characters of running text are neither, and ``candidates`` skips them unread."""
    evidence = name_evidence()
    return evidence.surnames | {surname[0] for surname in evidence.compound_surnames} | evidence.component_chars


def spaced_transliteration(span: str) -> bool:
    """艾合买提江 托乎提: a transliterated name printed with a space for its dot (both parts known)."""
    parts = span.split()
    return len(parts) == 2 and all(len(p) >= 2 and transliteration_score(p) == 1.0 for p in parts)


# One-character verbs of speaking end a name even when a transliterated part holds the character
# (阿说 is a Yi name's part, but 古丽巴哈尔阿不都热合曼说 is the name and 说).
SPEAKING = frozenset("说讲道称问答")
RARE_SURNAME = -0.4
CLASSICAL_SURNAME = -1.0
WEAK_END = 1.0
LONGEST_UNDOTTED = 12  # 古丽巴哈尔阿不都热合曼: a woman's name 古丽 + two more parts
TRANSLITERATED_BY_LENGTH = {2: 0.0, 3: 1.0, **dict.fromkeys(range(4, LONGEST_UNDOTTED + 1), 1.5)}
CHARACTERS_ONLY_BY_LENGTH = {2: -1.5, 3: -0.8, 4: 0.6, 5: 0.4, 6: 0.2}
NEVER_GIVEN = -1.5  # given_name_fit's floor


def entry_score(name: str) -> float | None:
    """A list entry's score where the shape alone refuses it for opening with a word that is also a
    surname (向爱国: 向 + 爱国, 于和平) or ending in a locative (朱万里: 里 as in 房间里): beside 、 neither
    reading holds. None otherwise."""
    if len(name) > 3 or ETHNIC_WORD_RE.search(name) or not (
            name[0] in name_evidence().lead_in | MODAL_SURNAMES or name[-1] in "里上"):
        return None
    han = han_score(name)
    return None if han is None else han - WEAK_END


def han_score(name: str) -> float | None:
    """A surname and one or two given characters (a double surname, or four characters, less often)."""
    evidence = name_evidence()
    if name[:2] in evidence.compound_surnames:
        return 2.5 + given_name_fit(name[2:]) if len(name) in (3, 4) else None
    if len(name) == 4 and name[0] in evidence.common_surnames and name[1] in evidence.common_surnames:
        return 2.0 + given_name_fit(name[2:])  # 陈冯富珍, 范徐丽泰: a married name of Hong Kong, two surnames first
    if name[0] in evidence.surnames and len(name) == 4 and given_name_fit(name[3]) <= NEVER_GIVEN:
        return None  # 胡某松 + 蹲(在田间): a fourth character never in a given name is the verb after the name
    if name[0] in evidence.surnames and len(name) <= 4:
        # A rare surname is often a common word too (国, 来, 时): trusted a little less; one only the
        # 百家姓 keeps (山, 家, 东) is a word far more often than a name: trusted less still.
        rare = 0.0 if name[0] in evidence.common_surnames else RARE_SURNAME
        if name[0] in evidence.classical_surnames:
            rare = CLASSICAL_SURNAME
        return {2: 1.6, 3: 2.0, 4: 0.2}[len(name)] + given_name_fit(name[1:]) + rare
    return None


class Reader:
    """State for reading one article."""

    def __init__(self, text: str, blocks: list[Block], segmenter: Segmenter, vocab: Vocabulary) -> None:
        self._name_scores: dict[str, float | None] = {}
        self._candidates: dict[tuple[str, bool], tuple[Candidate, ...]] = {}
        self.original = text  # as stored: passages are cut from here
        self.text = simplified_view(text)  # patterns match here (same offsets)
        self.blocks = blocks
        self.segmenter = segmenter
        self.vocab = vocab
        self._group = 0

    def next_group(self) -> int:
        self._group += 1
        return self._group

    def occurrences(self, name: str) -> int:
        if " " in name or "·" in name or name not in self.text:
            return self.squeezed.count(name)
        return self.text.count(name)

    @cached_property
    def squeezed(self) -> str:
        """The view as names are normalized (艾合买提江 托乎提, 库尔班 • 尼亚孜 recur in it as their names)."""
        return normalize_name(self.text) if self.text else ""

    def name_score(self, name: str, follower: str) -> float | None:
        """How plausible ``name`` is as a person's name; None when it cannot be one."""
        if name not in self._name_scores:
            self._name_scores[name] = self._base_name_score(name)
        score = self._name_scores[name]
        if score is None or "·" in name:
            return score
        return score + 1.0 if follower else score

    def _base_name_score(self, name: str) -> float | None:
        score = name_shape_score(name)
        if score is None or "·" in name:
            return score
        if (len(name) == 4 and name[:2] not in name_evidence().compound_surnames and not transliteration_score(name)
                and self.occurrences(name[:3]) > self.occurrences(name)):
            return None  # 袁某某 + 发(言): a name the text gives elsewhere, and a word's head after it
        repeats = self.occurrences(name) - 1
        if repeats > 0 and not repeated_phrase(self.text, name):
            score += 1.5 + min(repeats, 3) * 0.3
        return score

    @staticmethod
    def runs_on(name: str, follower: str) -> bool:
        """古丽巴哈尔阿布 + 都拉提议: a transliterated name printed without its dot, "followed" by a
        one-character word (都, 提) that is as much a transliteration's character; the longer reading
        should win when it has a follower of its own. Also when only the longer reading is made of
        known parts (阿苏 + 拉则 "followed" by 则 after 阿苏拉), or a dotted name's last part with it."""
        if "·" in name:
            # 热依拉·阿布 + 都说: the last part and the "follower" make one known part (阿布都).
            return (len(follower) == 1 and follower not in SPEAKING
                    and name.rsplit("·", 1)[1] + follower in name_evidence().components)
        return (len(follower) == 1 and follower in name_evidence().component_chars
                and follower not in SPEAKING
                and (transliteration_score(name) == 1.0 or transliteration_score(name + follower) == 1.0))

    @staticmethod
    def splits_word(name: str, follower: str) -> bool:
        """周强首 + 先发言, 林晓一 + 再强调: a one-character adverb "follows" a span whose last character
        it makes a word with (首先, 一再); the name ends before that word."""
        if len(follower) != 1 or follower not in name_evidence().short_adverbs:
            return False
        words, _ = follower_words()
        pair = name[-1] + follower
        return pair in words or pair in name_evidence().common_words

    def follows(self, rest: str) -> str | None:
        """The word after a name, if it is one that can follow a name; "" at the end of the clause."""
        if not rest:
            return ""
        ethnic = ETHNIC_BRACKET_RE.match(rest) if rest[0] in "（( \u3000" else None
        if ethnic:  # 马某（回族）说: the ethnic group between the name and its verb
            return self.follows(rest[ethnic.end() :].lstrip(" \u3000"))
        latin = LATIN_BRACKET_RE.match(rest) if rest[0] in "（(" else None
        if latin:  # 何某（Kelvin Ho）则表示: the name in Latin letters between the name and its verb
            return self.follows(rest[latin.end() :].lstrip(" \u3000"))
        if rest[0] in NAME_DOTS:
            return None
        date = DAY_RE.match(rest) if rest[0].isdigit() else None
        if date and self.follows(rest[date.end() :]):  # 张某5月22日向大会提交建议: the day, then a follower
            return date.group()
        if rest[0] == "于" and (rest[1:2].isdigit() or rest[1:3] in name_evidence().times or DAY_RE.match(rest, 1)):
            return "于"  # 某某于2011年1月写的提案, 某某于近日: 于 before a date is a preposition, no given name
        if rest == "作" or (rest[:1] == "时" and rest[1:2] in ("，", ",", "")):  # 某某作《…》的发言 (李作说 stays a name);
            return rest[:1]  # 见到某某时，他…: a time clause (王时说 stays a name)
        words, _ = follower_words()
        word = next((rest[:n] for n in follower_lengths()[rest[0]] if n <= len(rest) and rest[:n] in words), None)
        if word is None:
            # 冼某亦在会上发言, 王某均表示: a one-character adverb, with a verb (or 在) right after it.
            if rest[0] in name_evidence().short_adverbs and len(rest) > 1 and self.follows(rest[1:]):
                return rest[0]
            return None
        # 巴图孟和 ends in 和: a conjunction only follows a name when something comes after it; so does
        # the copula of 甲为团长 (副主任郭某为，: 为 ends the name there).
        if word in ("和", "与", "及", "同", "为") and len(rest) == len(word):
            return None
        return word

    @staticmethod
    def _word_after_titled(name: str, rest: str) -> str | None:
        """After a title (院士胡某松 + 蹲在田间, 董事长钱某 + 脚步轻快): an everyday word, or a character never
        in a given name, ends the name the title announces; not one that makes a word with the name's last
        character (冀某兴 + 奋地说: 兴奋 follows 冀某)."""
        evidence = name_evidence()
        if rest and (name[-1] + rest[0] in evidence.common_words or name[-1] + rest[0] in evidence.verbs):
            return None
        if rest[:2] in evidence.common_words or rest[:2] in evidence.verbs:
            return rest[:2]
        if rest[:1] and is_cjk(rest[0]) and never_given(rest[0]):
            return rest[0]
        return None

    def _follows_at(self, clause: str, followers: dict[int, str | None], end: int) -> str | None:
        if end not in followers:
            followers[end] = self.follows(clause[end:].lstrip(" \u3000"))
        return followers[end]

    def candidates(self, clause: str, need_title: bool = True) -> list[Candidate]:
        """Ways to read ``clause`` as AFFILIATION + NAME + (verb…): best first. Read once per clause
        and article: the passes ask again for two clauses in five."""
        key = (clause, need_title)
        if key not in self._candidates:
            self._candidates[key] = tuple(self._read_candidates(clause, need_title))
        return list(self._candidates[key])

    def _read_candidates(self, clause: str, need_title: bool) -> list[Candidate]:
        found: list[Candidate] = []
        dotted = any(d in clause for d in NAME_DOTS)
        longest = 20 if dotted else LONGEST_UNDOTTED
        followers: dict[int, str | None] = {}  # by where the name ends: each end is reached from several offsets
        lead_ins: list[bool] | None = None  # whether each prefix of the clause is only lead-in words
        starts = name_starts()
        for offset in range(len(clause)):
            if clause[offset] in " \u3000" or clause[offset] in NAME_DOTS:
                continue
            if not dotted and clause[offset] not in starts:
                continue  # no surname, nor a transliteration's character: no undotted name starts here
            # Judge the affiliation once per offset: empty, ending in a title, or (when allowed) not.
            affiliation = clause[:offset].rstrip(" \u3000")
            bonus = 0.0
            if affiliation:
                if dotted and any(d in affiliation for d in NAME_DOTS):
                    continue
                if title_end(TRAILING_NOTE_RE.sub("", affiliation)) and not VISIT_VERB_RE.search(affiliation):  # 副校长(副院长)
                    bonus = 3.0
                elif (lead_ins := lead_ins or lead_in_prefixes(clause))[len(affiliation)]:
                    affiliation = ""  # 其中卢若波代表, 与孙建设代表: words of the sentence, not an affiliation
                elif ((affiliation[-1] in PREPOSITION_END or dotted and affiliation[-2:] in name_evidence().verbs)
                      and not title_end(affiliation)):
                    # 是从 + 某·某委员: a verb before a dotted name, whose object it is, ends the sentence's words
                    affiliation = ""  # 该厅还将秦某代表提出的建议: a preposition before the name ends the sentence's words
                elif affiliation.endswith("的") and len(affiliation) > 1:
                    affiliation = ""  # 来自山区的, 教育界别的: a description of the person, not an affiliation
                elif need_title:
                    continue
                else:
                    bonus = -2.0
            for length in range(2, longest + 1):
                if offset + length > len(clause):
                    break
                name = clause[offset : offset + length]
                if (" " in name or "\u3000" in name) and not spaced_transliteration(name):
                    if name.count(" ") + name.count("\u3000") > 1:
                        break
                    continue
                if name[-1] in NAME_DOTS or (length > 6 and not dotted and transliteration_score(normalize_name(name)) != 1.0):
                    continue
                end = offset + length
                if end not in followers:
                    followers[end] = self.follows(clause[end:].lstrip(" \u3000"))
                follower = followers[end]
                if follower is None and bonus > 0 and known_title_end(affiliation) and not (dotted and self._follows_at(clause, followers, end + 1)):
                    follower = self._word_after_titled(name, clause[end:])  # not 依明巴 + 海参 before 依明巴海 + 参加
                if follower is None or self.splits_word(name, follower):
                    continue
                if follower in TITLE_SET and (name[-1] + follower in TITLE_SET or name[-1] == "副"):
                    continue  # 公司总 + 经理, 市委副 + 书记, 办公室副 + 主任: the name would end inside a title
                name = normalize_name(name)
                score = self.name_score(name, follower)
                if score is None:
                    continue
                score += bonus
                if self.runs_on(name, follower):
                    score -= WEAK_END
                if len(name) >= 3 and (name[-1] in name_evidence().weak_end and self._follows_at(clause, followers, end - 1) or joins_follower(name, follower)):
                    # 刘某在参加讨论时: 在 ends the name only if nothing better does; 刘某 is followed by 在. 黄某提建议: 提建议.
                    score -= WEAK_END
                # 董事长 + 王永乐 beats 董事 + 长王永乐: the name must not finish a title.
                if bonus > 0 and (known_title_end(affiliation + name[0]) or known_title_end(affiliation + name[:2])):
                    score -= 4.0
                found.append(Candidate(name, offset, affiliation, score))
        found.sort(key=lambda c: (-c.score, c.offset, len(c.name)))
        return found


def cut_off(text: str, start: int, end: int) -> bool:
    """``…提出提案。全国政协委员邵家``: the excerpt stops right after a name it gives once, with no stop:
    the page was cut inside the name, whose end is unknown. A list's last entry (…、冯某、黄某) ends there whole."""
    return (end == len(text.rstrip()) and text.count(text[start:end]) == 1
            and start > 0 and text[start - 1] not in "、，,：:；; \u3000")


TRAILING_NOTE_RE = re.compile(r"[（(][^（）()]{1,10}[）)]$")
DAY_RE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日")
# 何某（Kelvin Ho）则表示, 符某委员（右一）在驻地报到: a name in Latin letters or a place in a photo.
LATIN_BRACKET_RE = re.compile(r"[（(](?:[A-Za-z][A-Za-z .'\-]{1,40}|[左右中前后]?[左右中前后起一二三四五六七八九十]{1,4}|[\u4e00-\u9fff]{1,6}界别?)[）)]")
