"""Folding text to the one form both the index and the queries use, and splitting it as the engines do.

``normalize`` folds full-width forms, makes traditional characters simplified (``to_simplified``, the
search's one traditional-to-simplified converter) and lowers the case; ``pieces`` splits a token on
anything that is not a letter or digit. Imports nothing from the rest of the search.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from opencc import OpenCC

WORD = re.compile(r"[^\W_]+")
ASCII_WORD = re.compile(r"[0-9a-z]+")


@lru_cache(maxsize=1)
def opencc_t2s() -> OpenCC:
    """OpenCC's traditional-to-simplified converter, the reference ``to_simplified`` agrees with."""
    return OpenCC("t2s")


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


def normalize(text: str) -> str:
    """Full-width forms folded (ＡＢＣ → abc), traditional characters made simplified, lower case."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    # OpenCC (pure Python) is the slow part of indexing: most text has nothing for it to change.
    if not traditional_characters().isdisjoint(text):
        text = to_simplified(text)
    return text.lower()


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


def pieces(token: str) -> list[str]:
    """The words of one token: its runs of letters and digits."""
    # Both engines split on anything that is not a letter or digit; doing it here keeps the query
    # and the document split the same way (库尔班·尼亚孜 → 库尔班, 尼亚孜).
    return WORD.findall(token)
