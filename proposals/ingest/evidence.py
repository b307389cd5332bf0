"""Evidence about person names, read from data files shipped in ``proposals/data``.

- ``surnames.txt``: common, rare, classical (the rest of the 百家姓) and compound surnames: a Han
  name begins with one.
- ``name_components.txt``: parts of Mongolian, Tibetan, Uyghur and Kazakh names as Chinese papers
  transliterate them (巴特尔, 次仁卓玛, 阿不都热依木): a name without a Han surname is made of them.
- ``name_edges.txt``: words that follow a name, words a name neither ends nor starts with, one-character
  prepositions and adverbs that seldom end one (weak-end), and words that are never a name.
- ``given_name_chars.tsv``: for each character, how often it stands in the given name of a
  person-name entry of jieba's dictionary, against how often it occurs in any entry; ngender's
  table of characters in real given names vouches for the ones jieba's few names miss.
- ``places.txt``: the well-known places of jieba's dictionary (苏州, 温州): never a person's name.
- ``common_words.txt``: frequent words of jieba's dictionary that it does not tag as names (常年,
  马上, 大会): a span that is one is no name (高峰, 白雪 are tagged as names too, and stay names).
- ``verbs.txt``: frequent two-character verbs (回应, 提议), adverbs and conjunctions (首先, 接着) of jieba's
  dictionary: a name may end where one begins (佘某回应说); a span of four characters or more does
  not end with an adverb (周某首先发言: the name is 周某). Also its frequent time words (最初, 近期,
  目前: 司马某近期在…) and one-character adverbs (亦, 均, 皆): a name may end before them too, an
  adverb only when a word that follows names comes right after it (冼某亦在会上发言).

Regenerate the last four from jieba's dictionary with ``python -m proposals.ingest.evidence``.

Everything is loaded once per process and is read-only.
"""

from __future__ import annotations

import csv
import math
import re
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from .text import occurrences

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SECTION_RE = re.compile(r"^\[([a-z-]+)\]$")


def read_sections(path: Path) -> dict[str, list[str]]:
    """A data file's words by ``[section]``; ``#`` starts a comment; words are split by spaces."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in path.read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        header = SECTION_RE.match(line)
        if header:
            current = sections.setdefault(header.group(1), [])
        elif current is None:
            raise ValueError(f"{path.name}: words before the first [section]")
        else:
            current.extend(line.split())
    return sections


@dataclass(frozen=True)
class NameEvidence:
    common_surnames: frozenset[str]
    rare_surnames: frozenset[str]
    classical_surnames: frozenset[str]  # the rest of the 百家姓: everyday words far more often (山, 家, 东)
    compound_surnames: frozenset[str]
    components: frozenset[str]  # transliterated parts of two or more characters
    component_chars: frozenset[str]  # every character of a transliterated part
    single_components: frozenset[str]  # parts of one character (尔, 拉, 措)
    follow: frozenset[str]
    not_end: frozenset[str]
    weak_end: frozenset[str]  # one-character prepositions and adverbs that seldom end a name (在, 也)
    not_start: frozenset[str]
    not_name: frozenset[str]
    lead_in: frozenset[str]  # words before a name that are no affiliation (其中, 与, 和)
    places: frozenset[str]
    common_words: frozenset[str]
    given_share: dict[str, float]  # character → share of its dictionary entries where it is in a given name
    surnames: frozenset[str]  # common and rare single-character surnames
    verbs: frozenset[str]  # frequent two-character verbs: a name may end before one
    adverbs: frozenset[str]  # frequent two-character adverbs: a name may end before one, a long span not with one
    times: frozenset[str]  # frequent two-character time words (近期, 目前): a name may end before one
    short_adverbs: frozenset[str]  # one-character adverbs (亦, 均): a name may end before one and a verb
    short_verbs: frozenset[str]  # one-character verbs (来, 到, 去): after an adverb that is a surname (常来), no name
    idioms: frozenset[str]  # four-character idioms and set phrases (看在眼里, 肩负重托): a name may end before one


@cache
def name_evidence() -> NameEvidence:
    surnames = read_sections(DATA_DIR / "surnames.txt")
    parts = [w for words in read_sections(DATA_DIR / "name_components.txt").values() for w in words]
    edges = read_sections(DATA_DIR / "name_edges.txt")
    verbs = read_sections(DATA_DIR / "verbs.txt")

    def chars(words: list[str]) -> frozenset[str]:
        return frozenset("".join(words))

    return NameEvidence(
        common_surnames=chars(surnames["common"]),
        rare_surnames=chars(surnames["rare"]) - chars(surnames["common"]),
        classical_surnames=chars(surnames["classical"]) - chars(surnames["common"] + surnames["rare"]),
        compound_surnames=frozenset(surnames["compound"]),
        components=frozenset(w for w in parts if len(w) > 1),
        component_chars=chars(parts),
        single_components=frozenset(w for w in parts if len(w) == 1),
        follow=frozenset(edges["follow"]),
        not_end=frozenset(edges["not-end"]) | frozenset(edges["follow"]),
        weak_end=frozenset(edges["weak-end"]),
        # Lead-in words start no name, but for the surnames among them and a transliteration's characters (如克亚木).
        not_start=frozenset(edges["not-start"]) | (frozenset(edges["lead-in"]) - chars(surnames["common"] + surnames["rare"]) - chars(parts)),
        not_name=frozenset(edges["not-name"]),
        lead_in=frozenset(edges["lead-in"]),
        places=frozenset(read_sections(DATA_DIR / "places.txt")["places"]),
        common_words=frozenset(read_sections(DATA_DIR / "common_words.txt")["words"]),
        given_share=_given_shares(),
        surnames=chars(surnames["common"] + surnames["rare"] + surnames["classical"]),
        verbs=frozenset(verbs["verbs"]),
        adverbs=frozenset(verbs["adverbs"]),
        times=frozenset(verbs["times"]) | frozenset(edges["times"]),
        short_adverbs=frozenset(verbs["short-adverbs"]) | frozenset(edges["short-adverbs"]),
        short_verbs=frozenset(verbs["short-verbs"]),
        idioms=frozenset(verbs["idioms"]),
    )


# jieba's dictionary holds few person names, so a character common in given names may stand in none of
# them (彬 0 of 39 entries, 淑 1 of 70). ngender's table counts each character over some 32 million real
# given names: a character it counts a hundred times as often as jieba's entries hold it, and at least
# 3,000 times, is a given name's (珂, 彬, 彤, 睿, 淑, 皓), not a word's (会 20×, 来 10×, 一 below).
NAMES_PER_ENTRY = 100
NAMES_AT_LEAST = 3000
NEUTRAL_SHARE = 0.1  # no evidence either way, as for a character jieba's dictionary does not know


def _given_shares() -> dict[str, float]:
    in_names = _given_name_counts()
    shares = {}
    for line in (DATA_DIR / "given_name_chars.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            char, given, total = line.split("\t")
            shares[char] = int(given) / int(total)
            named = in_names.get(char, 0)
            if shares[char] < NEUTRAL_SHARE and named >= NAMES_AT_LEAST and named >= NAMES_PER_ENTRY * int(total):
                shares[char] = NEUTRAL_SHARE
    return shares


GIVEN_COUNTED = 1000  # 霓 (1,030: 陈怡霓) stands in real given names; 蹲 (12), 说 (110), 踏 (24) do not


def never_given(char: str) -> bool:
    """A character that almost never stands in a given name: jieba's words hold it far more often, and
    ngender's table of real given names counts it fewer than ``GIVEN_COUNTED`` times."""
    return given_name_fit(char) <= -1.5 and _given_name_counts().get(char, 0) < GIVEN_COUNTED


@cache
def _given_name_counts() -> dict[str, int]:
    """How often each character stands in a given name, over ngender's table of real names."""
    table = resources.files("ngender").joinpath("charfreq.csv").read_text("utf-8")
    return {char: int(male) + int(female) for char, male, female in csv.reader(table.splitlines()[1:])}


@lru_cache(maxsize=16384)  # bounded: the writer parses too, and its peak memory is the run's
def transliteration_score(name: str) -> float | None:
    """How well ``name`` (no dot) reads as a transliterated name: made of known parts (道尔吉, 次仁卓玛),
    only of their characters, or not at all (None)."""
    if not set(name) <= name_evidence().component_chars:
        return None
    return 1.0 if _leftover(name, frozenset()) <= (1 if len(name) >= 4 else 0) else 0.0


@lru_cache(maxsize=65536)
def made_of_parts(name: str) -> bool:
    """Whether ``name`` is made wholly of known transliterated parts, one-character parts (尔, 拉) included."""
    return set(name) <= name_evidence().component_chars and _leftover(name, name_evidence().single_components) == 0


def _leftover(name: str, singles: frozenset[str]) -> int:
    """The fewest characters left over once the known parts (and the ``singles``) are taken out."""
    parts = name_evidence().components
    leftover = [0] + [len(name)] * len(name)
    for end in range(1, len(name) + 1):
        leftover[end] = leftover[end - 1] + (0 if name[end - 1] in singles else 1)
        for start in range(max(0, end - 6), end - 1):
            if name[start:end] in parts:
                leftover[end] = min(leftover[end], leftover[start])
    return leftover[-1]


def given_name_fit(given: str) -> float:
    """From -1.5 (characters that almost never stand in a given name: 说, 认, 走) to +0.3 (伟, 芳, 娜)."""
    shares = name_evidence().given_share
    total = 0.0
    for char in given:
        share = shares.get(char, 0.1)  # unknown to the dictionary: no evidence either way
        if share < 0.05:
            total -= min(1.5, math.log(0.05 / max(share, 0.01)))
        elif share > 0.2:
            total += 0.15
    return max(-1.5, min(0.3, total))


def opens_with_word(name: str, label: bool = False) -> bool:
    """Whether the name's first two characters are an everyday word or verb (呼吁和, 身份证), or its
    first is a surname only the 百家姓 keeps, a word far more often, before characters seldom in given
    names (代表有话说: 有, "to have"; 要丽娟 and 者仁花 are names). A speaker's ``label`` (委员某某：) is
    a name up to its colon, whatever its first character means alone."""
    evidence = name_evidence()
    return (name[:2] in evidence.common_words or name[:2] in evidence.verbs
            or (not label and name[0] in evidence.classical_surnames and given_name_fit(name[1:]) < 0
                and transliteration_score(name) != 1.0))  # 达瓦次仁: Tibetan, not 达 and a given name


def edge_words(name: str) -> tuple[bool, bool]:
    """(starts with a word no name starts with, ends with a word no name ends with)."""
    evidence = name_evidence()
    # 令狐红梅: a word no name starts with (令, "to make") that is only the head of a double surname.
    first = 3 if name[:2] in evidence.compound_surnames else 1
    starts = any(name[:k] in evidence.not_start for k in range(first, min(4, len(name))))
    ends = any(name[-k:] in evidence.not_end for k in range(1, min(4, len(name))))
    if ends and any(name[-k:] in evidence.components for k in (2, 3)) and transliteration_score(name) == 1.0:
        # 洛桑江村, 买买提吐尔地: the last character (村, 地) ends a known part of a transliterated name.
        ends = any(name[-k:] in evidence.not_end for k in range(2, min(4, len(name))) if name[-k:] not in evidence.components)
    # 周强首先, 巴特尔随后: an adverb after a short name. Given names may be adverbs (刘永远), so only
    # spans longer than a surname and a two-character given name are judged by it.
    ends = ends or (len(name) >= 4 and name[-2:] in evidence.adverbs)
    return starts, ends


def joins_follower(name: str, follower: str) -> bool:
    """黄某提 + 建议: the span's last character and the word after it make a longer word that follows
    names (提建议, 刚落座; 陈某主 + 讲: 主讲), so the span is more likely the name and the head of that word. Not when the
    span (or its last dotted part) is made of a transliteration's parts, which may end in that
    character (买买提 + 建议)."""
    return (bool(follower) and name[-1] + follower in name_evidence().follow
            and transliteration_score(name.rsplit("·", 1)[-1]) != 1.0)


def given_word(name: str) -> bool:
    """委员的高质量履职, 代表的高标准建言: a surname before an everyday word no name is given (质量 -1.5, 标准
    -1.17 in the given-name statistics; 可言 0.0 and 建国 0.15 are given), so that word's adjective."""
    evidence = name_evidence()
    given = name[2:] if name[:2] in evidence.compound_surnames else name[1:]
    return len(given) == 2 and given in evidence.common_words and given_name_fit(given) < 0


def repeated_phrase(text: str, name: str) -> bool:
    """发挥好政协委员双重作用 … 委员的双重作用: a span that recurs only as the head of one word (双重作 + 用,
    作用), so its repeats are the phrase's, no name's."""
    nexts = {text[start + len(name) : start + len(name) + 1] for start in occurrences(text, name)}
    return len(nexts) == 1 and name[-1] + next(iter(nexts)) in name_evidence().common_words


@lru_cache(maxsize=4096)
def is_lead_in(text: str) -> bool:
    """Whether ``text`` is only words that come before a name (其中, 与, 据了解, 同时): no affiliation."""
    return bool(text) and lead_in_prefixes(text)[-1]


def lead_in_prefixes(text: str) -> list[bool]:
    """``is_lead_in(text[:k])`` for every k from 0 to ``len(text)``, in one pass: whether a prefix
    splits into lead-in words depends on that prefix alone."""
    words = name_evidence().lead_in
    reachable = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        reachable[end] = any(reachable[start] and text[start:end] in words for start in range(max(0, end - 4), end))
    reachable[0] = False  # the empty text is no lead-in
    return reachable


def regenerate_given_name_chars(dictionary: Path, target: Path) -> None:
    """Count, over jieba's dictionary, each character in the given names of its person-name (nr)
    entries that begin with a listed surname, and in all entries."""
    surnames = read_sections(DATA_DIR / "surnames.txt")
    single = set("".join(surnames["common"] + surnames["rare"]))
    given: dict[str, int] = {}
    total: dict[str, int] = {}
    for line in dictionary.read_text("utf-8").splitlines():
        word, _, tag = line.split(" ")
        for char in word:
            total[char] = total.get(char, 0) + 1
        if tag == "nr" and len(word) == 3 and word[0] in single:
            for char in word[1:]:
                given[char] = given.get(char, 0) + 1
    lines = ["# char\tin given names\tin all entries (jieba dict.txt); python -m proposals.ingest.evidence"]
    lines += [f"{c}\t{given.get(c, 0)}\t{n}" for c, n in sorted(total.items()) if n >= 5 and "\u4e00" <= c <= "\u9fff"]
    target.write_text("\n".join(lines) + "\n", "utf-8")


PLACE_MIN_FREQUENCY = 50  # below it jieba's place entries include people (乌兰, 马建国)


def regenerate_places(dictionary: Path, target: Path) -> None:
    """The place (ns) entries of jieba's dictionary of two to four characters that it has seen often."""
    places = []
    for line in dictionary.read_text("utf-8").splitlines():
        word, frequency, tag = line.split(" ")
        if tag == "ns" and 2 <= len(word) <= 4 and int(frequency) >= PLACE_MIN_FREQUENCY:
            places.append(word)
    header = ["# Places from jieba's dictionary (ns, seen 50 times or more); python -m proposals.ingest.evidence", "[places]"]
    rows = [" ".join(places[i : i + 30]) for i in range(0, len(places), 30)]
    target.write_text("\n".join(header + rows) + "\n", "utf-8")


COMMON_MIN_FREQUENCY = 300


def regenerate_common_words(dictionary: Path, target: Path) -> None:
    """Words of two or three characters that jieba's dictionary has seen often and does not tag as a
    person's name; of three characters only those that begin with a surname (they could pass for one)."""
    surnames = read_sections(DATA_DIR / "surnames.txt")
    single = set("".join(surnames["common"] + surnames["rare"]))
    words = []
    for line in dictionary.read_text("utf-8").splitlines():
        word, frequency, tag = line.split(" ")
        if (2 <= len(word) <= 3 and not tag.startswith("nr") and int(frequency) >= COMMON_MIN_FREQUENCY
                and (len(word) == 2 or word[0] in single)):
            words.append(word)
    header = ["# Frequent non-name words of jieba's dictionary; python -m proposals.ingest.evidence", "[words]"]
    rows = [" ".join(words[i : i + 30]) for i in range(0, len(words), 30)]
    target.write_text("\n".join(header + rows) + "\n", "utf-8")


VERB_MIN_FREQUENCY = 200
ADVERB_MIN_FREQUENCY = 300
TIME_MIN_FREQUENCY = 1000
SHORT_ADVERB_MIN_FREQUENCY = 5000
SHORT_VERB_MIN_FREQUENCY = 20000  # 来, 去, 到, 说: verbs far more often than given names' characters
IDIOM_MIN_FREQUENCY = 3  # 看在眼里 (3), 肩负重托: idioms are rare words each, common as a kind


def regenerate_verbs(dictionary: Path, target: Path) -> None:
    """Two-character verbs (v), adverbs (d, ad) and conjunctions (c) that jieba's dictionary has seen
    often, and its four-character idioms and set phrases (i, l). Verbs that are
    often given names too (建国, 振兴: tagged vn or nr) are left out by the tag. Also two-character
    time words (t) and one-character adverbs (d) and verbs (v), seen more often still."""
    verbs, adverbs, times, short, short_verbs, idioms = [], [], [], [], [], []
    for line in dictionary.read_text("utf-8").splitlines():
        word, frequency, tag = line.split(" ")
        if len(word) == 1 and tag == "d" and int(frequency) >= SHORT_ADVERB_MIN_FREQUENCY:
            short.append(word)
        if len(word) == 1 and tag == "v" and int(frequency) >= SHORT_VERB_MIN_FREQUENCY:
            short_verbs.append(word)
        if len(word) == 4 and tag in ("i", "l") and int(frequency) >= IDIOM_MIN_FREQUENCY:
            idioms.append(word)
        if len(word) != 2:
            continue
        if tag == "t" and int(frequency) >= TIME_MIN_FREQUENCY:
            times.append(word)
        if tag == "v" and int(frequency) >= VERB_MIN_FREQUENCY:
            verbs.append(word)
        elif tag in ("d", "ad", "vd", "c") and int(frequency) >= ADVERB_MIN_FREQUENCY:
            adverbs.append(word)  # adverbial adjectives (明确) and verbs (持续), conjunctions (接着) too
    header = ["# Frequent verbs and adverbs of jieba's dictionary; python -m proposals.ingest.evidence"]
    rows = ["[verbs]"] + [" ".join(verbs[i : i + 30]) for i in range(0, len(verbs), 30)]
    rows += ["[adverbs]"] + [" ".join(adverbs[i : i + 30]) for i in range(0, len(adverbs), 30)]
    rows += ["[times]"] + [" ".join(times[i : i + 30]) for i in range(0, len(times), 30)]
    rows += ["[short-adverbs]", " ".join(short)]
    rows += ["[short-verbs]", " ".join(short_verbs)]
    rows += ["[idioms]"] + [" ".join(idioms[i : i + 30]) for i in range(0, len(idioms), 30)]
    target.write_text("\n".join(header + rows) + "\n", "utf-8")


if __name__ == "__main__":
    import jieba

    dictionary = Path(jieba.__file__).with_name("dict.txt")
    regenerate_given_name_chars(dictionary, DATA_DIR / "given_name_chars.tsv")
    regenerate_places(dictionary, DATA_DIR / "places.txt")
    regenerate_common_words(dictionary, DATA_DIR / "common_words.txt")
    regenerate_verbs(dictionary, DATA_DIR / "verbs.txt")
    sys.stdout.write("wrote given_name_chars.tsv, places.txt, common_words.txt and verbs.txt in proposals/data\n")
