"""Characters: the project's one traditional-to-simplified converter, OpenCC's t2s seen two ways:
``simplified_view`` (one character for one, so offsets into the printed text hold: for analysis) and
``to_simplified`` (phrase by phrase, as OpenCC converts: for the search index and queries);
CJK tests, and the spelling of transliterated names (one middle dot, no spaces).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from opencc import OpenCC

from .lexicon import CJK, NAME_DOTS

_T2S = OpenCC("t2s")


def opencc_t2s() -> OpenCC:
    """OpenCC's traditional-to-simplified converter, the reference both views agree with."""
    return _T2S


# Characters typed for others that OpenCC leaves alone: 巿 (fú) for 市, as Hong Kong and Macao papers often
# print it (莆田巿政協). The view reads them as meant, one for one.
MISTYPED = {"巿": "市"}


class Simplifier:
    """OpenCC's t2s applied one character at a time, learned as characters turn up.

    Looking up every character of every article (even building its set) costs more than the rest
    of normalization. Instead two regexes, rebuilt as new characters turn up, find in C the
    characters not looked up yet and those that may simplify. Their classes list characters of the
    Basic Multilingual Plane only, which ``re`` tests in constant time; characters beyond it (rare)
    are taken by both, as a range, and checked one by one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self._table: dict[str, str] = {}  # characters that simplify to another single character
        self._unseen = re.compile(".", re.DOTALL)
        self._stale = 0  # characters seen since ``_unseen`` was built (it still finds them)
        self._changed: re.Pattern | None = None

    def __call__(self, text: str) -> str:
        if self._unseen.search(text):
            self._learn(text)
        changed, table = self._changed, self._table
        return changed.sub(lambda m: table.get(m.group(), m.group()), text) if changed else text

    def _learn(self, text: str) -> None:
        with self._lock:
            new = [ch for ch in dict.fromkeys(self._unseen.findall(text)) if ch not in self._seen]
            if not new:
                return
            simplifying = len(self._table)
            for ch in new:  # in text order
                converted = MISTYPED.get(ch) or (_T2S.convert(ch) if ord(ch) > 0x2E7F else ch)
                # 瓅 → 𬍛: a rare name character whose simplified form lies beyond the Basic Plane, where
                # no pattern's CJK class reaches; the printed one reads as a name there.
                if len(converted) == 1 and converted != ch and (converted <= "\uffff" or ch > "\uffff"):
                    self._table[ch] = converted
            # Threads reading without the lock must never see a character as seen before its mapping.
            if len(self._table) > simplifying:
                self._changed = re.compile(f"[{_basic_chars(self._table)}\U00010000-\U0010ffff]")
            self._seen.update(new)
            # Building the class costs a millisecond or two whatever its size: rebuild for a batch of
            # characters, and meanwhile let the set above turn away the few the old class lets through.
            self._stale += len(new)
            if self._stale >= 32:
                self._unseen = re.compile(f"[^{_basic_chars(self._seen)}]", re.DOTALL)
                self._stale = 0


def _basic_chars(chars: Iterable[str]) -> str:
    """The characters of the Basic Multilingual Plane among ``chars``, escaped for a regex class."""
    return "".join(re.escape(ch) for ch in sorted(chars) if ch <= "\uffff")


_simplify = Simplifier()


CJK_RUN_RE = re.compile(f"[{CJK}]+")
CJK_ONLY_RE = re.compile(f"[{CJK}]*")


def simplified_view(text: str) -> str:
    """The text with traditional characters simplified one for one, so offsets stay valid.

    Real pages slip traditional characters into simplified text (未來, 自治區, 政協委員); patterns
    run over this view while names and affiliations are cut from the text as printed.
    """
    view = _simplify(text)
    if SMALL_FORMS_RE.search(view):  # 主任﹔选举乙: the small forms of Chinese punctuation, as big5 pages print them
        view = view.translate(SMALL_FORMS)
    # 帕巴拉.格列朗杰: a full stop typed for the dot inside a transliterated name (Chinese ends sentences with 。).
    return STOP_AS_DOT_RE.sub("·", view) if "." in view else view


SMALL_FORMS = str.maketrans("﹐﹑﹒﹔﹕﹖﹗﹙﹚", "，、．；：？！（）")  # ﹒ is "." (a name's dot: 艾尔肯﹒吐尼亚孜)
SMALL_FORMS_RE = re.compile("[﹐﹑﹒﹔﹕﹖﹗﹙﹚]")
STOP_AS_DOT_RE = re.compile(f"(?<=[{CJK}])\\.(?=[{CJK}])")


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right without overlaps, as ``re.finditer(re.escape(word))``
    finds it, without compiling a pattern for each word (a page asks this of every name it weighs)."""
    start = text.find(word) if word else -1
    while start >= 0:
        yield start
        start = text.find(word, start + len(word))


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def normalize_name(name: str) -> str:
    """Unify the middle dot of transliterated names and drop stray spaces."""
    if name.isalnum():
        return name  # no dot, no space: the common case, and the regexes below would change nothing
    name = re.sub(f"\\s*[{NAME_DOTS}]\\s*", "·", name)
    return re.sub(r"\s+", "", name)


@lru_cache(maxsize=1)
def traditional_characters() -> frozenset[str]:
    """Characters that OpenCC's t2s would change, alone or inside a phrase."""
    import opencc

    directory = Path(opencc.__file__).with_name("dictionary")
    found: set[str] = set()
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        for line in (directory / name).read_text("utf-8").splitlines():
            key, _, values = line.partition("\t")
            value = values.split(" ")[0]
            found.update(k for k, v in zip(key, value, strict=False) if k != v)
            if len(key) != len(value):
                found.update(key)
    return frozenset(found)


def to_simplified(text: str) -> str:
    """``OpenCC("t2s").convert``, run only on the stretches that hold a traditional character.

    OpenCC itself cuts the text at punctuation and spaces and converts each stretch alone; a stretch
    with none of ``traditional_characters()`` comes out unchanged, so it is skipped, not converted.
    """
    converter, traditional = opencc_t2s(), traditional_characters()
    pieces = converter.split_chars_re.split(text)
    for i in range(0, len(pieces), 2):  # odd positions hold the separators
        if not traditional.isdisjoint(pieces[i]):
            pieces[i] = converter.convert(pieces[i])
    return "".join(pieces)
