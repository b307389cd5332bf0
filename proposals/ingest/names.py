"""Person names in running text: the ``Reader`` that holds one article's text for the passes that look for
names, and scores a span as a name from its shape (``name_shapes``), the article (repetition) and what
follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .affiliations import TITLE_SET, known_title_end, title_end
from .evidence import (
    joins_follower,
    lead_in_prefixes,
    name_evidence,
    never_given,
    repeated_phrase,
    transliteration_score,
)
from .followers import follower_lengths, follower_words
from .gazetteer import counties
from .lexicon import (
    ETHNIC_BRACKET_RE,
    NAME_DOTS,
    NOT_IN_NAMES,
    NOT_NAMES,
    PARTY_UNIT_RE,
    PREPOSITION_END,
    VISIT_VERB_RE,
)
from .name_shapes import (
    LONGEST_UNDOTTED,
    SPEAKING,
    WEAK_END,
    name_shape_score,
    name_starts,
    opens_idiom,
    spaced_transliteration,
)
from .results import Block
from .text import is_cjk, normalize_name, occurrences, simplified_view
from .tokenizer import Segmenter
from .vocabulary import Vocabulary

REPEATED_SUBJECT_SCORE = 1.0  # below any listed surname's name: only the page's own repetition vouches for it
BODY_WORD_RE = re.compile(r"人大|政协|代表|委员|常委|[省市州县区旗盟]$")
PLACE_KINDS = ("省", "市", "州", "县", "区", "旗", "盟", "自治州", "自治县")
SUBJECT_OPENERS = frozenset("。！？!?\n，,；;“”「」 \u3000")
SPEECH_VERBS = frozenset({"说", "说道", "表示", "告诉", "介绍", "谈到", "讲", "讲述", "回忆", "感慨", "强调", "指出", "坦言",
                          "直言", "回答", "答道", "笑着说"})  # after an adverb with 地 (自豪地说)
COUNT_AFTER_RE = re.compile(r"(?:[0-9０-９]+|[两三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?)[人位名](?:同志)?")
PLACE_AFTER_RE = re.compile(r"[省市州县区旗盟]|[\u4e00-\u9fff]{1,3}族自治")  # after a name: the place it is (凉山州)


@dataclass(frozen=True)
class Candidate:
    name: str
    offset: int  # within the clause
    affiliation: str
    score: float



def _place_of_chang(first: str) -> bool:
    """长 + the name's first character make a city or a county (长沙, 长宁县): the 长 was no title's."""
    return "长" + first in name_evidence().places or any("长" + first + kind in counties() for kind in "县区")


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
        if score is None:  # 政协委员迪龙对记者说…迪龙是僜人…迪龙说: a name no list holds, which the page makes one
            return REPEATED_SUBJECT_SCORE if self._repeated_subject(name) else None
        if "·" in name:
            return score
        if (len(name) == 4 and name[:2] not in name_evidence().compound_surnames and not transliteration_score(name)
                and self.occurrences(name[:3]) > self.occurrences(name)):
            return None  # 袁某某 + 发(言): a name the text gives elsewhere, and a word's head after it
        repeats = self.occurrences(name) - 1
        if repeats > 0 and not repeated_phrase(self.text, name):
            score += 1.5 + min(repeats, 3) * 0.3
        return score

    def _repeated_subject(self, name: str) -> bool:
        """Whether the page says ``name`` three times or more, twice opening a sentence or clause with the verb after it,
        and it is no word, place, title or phrase: the evidence that a name of two or three characters whose
        surname no list holds (a Deng or Lhoba name, a dharma name) is one."""
        text = self.text
        if not 2 <= len(name) <= 3 or text.count(name) < 3 or not all(is_cjk(c) for c in name):
            return False
        evidence = name_evidence()
        if (name in evidence.common_words or name in evidence.places or name in evidence.not_name or name in evidence.follow
                or name in NOT_NAMES or not NOT_IN_NAMES.isdisjoint(name) or title_end(name) or name[:2] in TITLE_SET
                or BODY_WORD_RE.search(name) or any(name + kind in evidence.places or name + kind in counties() for kind in PLACE_KINDS)):
            return False  # 州人大, 凉山(州): a body, a place
        starts = list(occurrences(text, name))
        if any(PLACE_AFTER_RE.match(text, start + len(name)) for start in starts):
            return False  # 凉山州, 凉山彝族自治州 elsewhere on the page: a place
        opening = 0
        for start in starts:
            if (start == 0 or text[start - 1] in SUBJECT_OPENERS) and self.follows(text[start + len(name) :]):
                opening += 1
        return opening >= 2

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
        count = COUNT_AFTER_RE.match(rest) if rest[0].isdigit() or rest[0] in "两三四五六七八九十" else None
        if count and not rest.startswith(("代表", "委员"), count.end()) and self.follows(rest[count.end() :]):
            return count.group()  # 甲、乙、丙8人被授予…: the list's count, then a verb (两位代表: the role, read elsewhere)
        date = DAY_RE.match(rest) if rest[0].isdigit() else None
        if date and self.follows(rest[date.end() :]):  # 张某5月22日向大会提交建议: the day, then a follower
            return date.group()
        if rest[0] == "于" and (rest[1:2].isdigit() or rest[1:3] in name_evidence().times or DAY_RE.match(rest, 1)):
            return "于"  # 某某于2011年1月写的提案, 某某于近日: 于 before a date is a preposition, no given name
        if rest == "作" or (rest[:1] == "时" and rest[1:2] in ("，", ",", "")):  # 某某作《…》的发言 (李作说 stays a name);
            return rest[:1]  # 见到某某时，他…: a time clause (王时说 stays a name)
        words, _ = follower_words()
        word = next((rest[:n] for n in follower_lengths()[rest[0]] if n <= len(rest) and rest[:n] in words), None)
        if word is None and rest[2:3] == "地" and rest[:2] in name_evidence().common_words and self.follows(rest[3:]) in SPEECH_VERBS:
            return rest[:3]  # 谢某自豪地说, 张某动情地表示: an everyday word made an adverb by 地, then a verb of speaking
        if word is None:
            # 冼某亦在会上发言, 王某均表示: a one-character adverb, with a verb (or 在) right after it.
            if rest[0] in name_evidence().short_adverbs and len(rest) > 1 and self.follows(rest[1:]):
                return rest[0]
            return None
        # 巴图孟和 ends in 和: a conjunction only follows a name when a word comes after it (not at the clause's end, nor
        # before 、: 那顺孟和、吴某); so does the copula of 甲为团长 (副主任郭某为，: 为 ends the name there).
        if word in ("和", "与", "及", "同", "为") and (len(rest) == len(word) or rest[len(word)] in "、，,"):
            return None
        if len(rest) > len(word) and rest[len(word)] in NAME_DOTS and any(
                transliteration_score(rest[len(word) + 1 : len(word) + 1 + n]) == 1.0 for n in (2, 3, 4)):
            return None  # 艾某 + 更·依明巴海: a dot, then a transliteration's part, says the word is a part of the name
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

    def _said_elsewhere(self, name: str, after: str) -> bool:
        """Whether ``name`` opens a sentence elsewhere in the text with a word that follows names (庄某告诉记者),
        not the character that follows it here (詹某 + 实, where 詹某实 is the name)."""
        if len(name) not in (2, 3) or self.text.count(name) < 2:
            return False
        text, size = self.text, len(name)
        return any((start == 0 or text[start - 1] in "。！？!?\n，,“") and text[start + size : start + size + 1] != after
                   and self.follows(text[start + size : start + size + 8]) for start in occurrences(text, name))

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
                if dotted and any(d in affiliation for d in NAME_DOTS) or affiliation[-1].isdigit():
                    continue  # 四川12 + 位村支书: a measure word after a number opens no name
                if (len(affiliation) <= 2 and clause[offset - 1 : offset + 1] in name_evidence().common_words
                        and not title_end(affiliation)):
                    continue  # 及 + 时向委员反馈: a name never starts inside a word (及时)
                if (title_end(TRAILING_NOTE_RE.sub("", affiliation)) and not VISIT_VERB_RE.search(affiliation)  # 副校长(副院长)
                        and not (affiliation[-1] == "长" and not known_title_end(affiliation)
                                 and _place_of_chang(clause[offset]))  # 抵达长 + 沙向大会: 长沙 is a city
                        or PARTY_UNIT_RE.search(affiliation)):  # 民革某大学支部 + 诸某: the party's unit names its member
                    bonus = 3.0
                elif (lead_ins := lead_ins or lead_in_prefixes(clause))[len(affiliation)]:
                    affiliation = ""  # 其中卢若波代表, 与孙建设代表: words of the sentence, not an affiliation
                elif ((affiliation[-1] in PREPOSITION_END or dotted and affiliation[-2:] in name_evidence().verbs
                       or affiliation[-1] == "了" and affiliation[-3:-1] in name_evidence().verbs)  # 采访了 + 某委员: its object
                      and not title_end(affiliation)):
                    # 是从 + 某·某委员: a verb before a dotted name, whose object it is, ends the sentence's words
                    affiliation = ""  # 该厅还将秦某代表提出的建议: a preposition before the name ends the sentence's words
                elif affiliation.endswith("的") and len(affiliation) > 1:
                    affiliation = ""  # 来自山区的, 教育界别的: a description of the person, not an affiliation
                elif need_title:
                    continue
                else:
                    bonus = -2.0
            if not dotted and opens_idiom(clause, offset):
                continue
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
                    if follower is None and self._said_elsewhere(name, clause[end : end + 1]):
                        follower = clause[end : end + 1]  # 副会长庄某 + 语带欣慰: 庄某告诉记者 further on ends the name here too
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
