"""How plausible a span is as a person's name from its characters alone: a Han name (a listed surname and
given characters, judged by how often they stand in given names) or a transliterated one (the parts of
Mongolian, Tibetan, Uyghur or Kazakh names, with or without the middle dot)."""

from __future__ import annotations

from functools import cache, lru_cache

from .affiliations import TITLE_SET, title_end
from .evidence import edge_words, given_name_fit, made_of_parts, name_evidence, transliteration_score
from .lexicon import (
    ETHNIC_WORD_RE,
    MODAL_SURNAMES,
    NOT_IN_DOTTED_NAMES,
    NOT_IN_NAME_WORDS_RE,
    NOT_IN_NAMES,
    NOT_NAMES,
    PROVINCES,
    ROLE_EDGES,
)
from .text import CJK_ONLY_RE, is_cjk

# Titles that are given names too, after a common surname: 张明星 is a man, 演艺明星 a post.
GIVEN_TITLES = frozenset({"明星"})


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
        if any(len(p) < 1 for p in parts) or any(not all(is_cjk(c) for c in p) for p in parts) or len(parts[-1]) < 2:
            return None  # 木拉提·艾 + 则孜亚力: a last part of one character is the start of one (乌·那仁 may open with one)
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
    given_title = len(name) == 3 and name[0] in evidence.common_surnames and name[1:] in GIVEN_TITLES  # 张明星
    if (title_end(name) and not (long_name and name[-1] == "长") and not given_title) or name[:2] in TITLE_SET or name[:3] in TITLE_SET:
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
    if len(name) == 4 and name[0] == name[1] or len(name) == 3 and name[2] in "和与及" and name[:2] in evidence.common_words:
        return None  # 殷殷重托: a doubled character opens a word, no name of four; 单位和: a word and a conjunction
    if len(name) == 4 and name[0] in evidence.common_surnames and name[1] in evidence.common_surnames:
        return 2.0 + given_name_fit(name[2:])  # 陈冯富珍, 范徐丽泰: a married name of Hong Kong, two surnames first
    if name[0] in evidence.surnames and len(name) == 4 and (given_name_fit(name[3]) <= NEVER_GIVEN or name[:2] in evidence.common_words):
        return None  # 胡某松 + 蹲(在田间): a fourth character never in a given name is the verb after the name;
        # 宣传修宪: a surname and three characters that open with a frequent word are words
    if name[0] in evidence.surnames and len(name) <= 4:
        # A rare surname is often a common word too (国, 来, 时): trusted a little less; one only the
        # 百家姓 keeps (山, 家, 东) is a word far more often than a name: trusted less still.
        rare = 0.0 if name[0] in evidence.common_surnames else RARE_SURNAME
        if name[0] in evidence.classical_surnames:
            rare = CLASSICAL_SURNAME
        return {2: 1.6, 3: 2.0, 4: 0.2}[len(name)] + given_name_fit(name[1:]) + rare
    return None


def counted_entry(name: str) -> bool:
    """Whether an entry of a list whose count vouches for every entry (授予甲、乙…演觉等33名委员 with 33
    entries) can be a name, whatever its score: a dharma name (演觉), a Mongolian one without a surname
    (诺敏), a rare surname (户思社). Only what never is a name is refused: a word that is a place, a
    title, a listed non-name, a word of the dictionary without a surname first, a function character."""
    if "·" in name:
        return name_shape_score(name) is not None
    if not CJK_ONLY_RE.fullmatch(name) or not 2 <= len(name) <= 4 and transliteration_score(name) != 1.0:
        return False
    evidence = name_evidence()
    return not (name in NOT_NAMES or name in evidence.places or name in evidence.not_name or title_end(name)
                or name[:2] in TITLE_SET or not NOT_IN_NAMES.isdisjoint(name) or name in PROVINCES
                or name in evidence.common_words and name[0] not in evidence.surnames)


def opens_idiom(text: str, at: int) -> bool:
    """An idiom or set phrase starts at ``at`` (委员井然有序地…, 方兴未艾): no name of four characters or fewer starts there."""
    return text[at : at + 4] in name_evidence().idioms
