"""Folding text to the one form both the index and the queries use, and splitting it as the engines do.

``normalize`` folds full-width forms, makes traditional characters simplified (``to_simplified``, from the
project's one converter in ``proposals.ingest.text``) and lowers the case; ``pieces`` splits a token on
anything that is not a letter or digit. Imports nothing from the rest of the search.
"""

from __future__ import annotations

import re
import unicodedata

from proposals.ingest.text import to_simplified, traditional_characters

WORD = re.compile(r"[^\W_]+")
ASCII_WORD = re.compile(r"[0-9a-z]+")


def normalize(text: str) -> str:
    """Full-width forms folded (ＡＢＣ → abc), traditional characters made simplified, lower case."""
    if not text:
        return ""
    if not unicodedata.is_normalized("NFKC", text):  # a quick check: most text is already
        text = unicodedata.normalize("NFKC", text)
    # OpenCC (pure Python) is the slow part of indexing: most text has nothing for it to change.
    if not traditional_characters().isdisjoint(text):
        text = to_simplified(text)
    return text.lower()


def pieces(token: str) -> list[str]:
    """The words of one token: its runs of letters and digits."""
    # Both engines split on anything that is not a letter or digit; doing it here keeps the query
    # and the document split the same way (库尔班·尼亚孜 → 库尔班, 尼亚孜).
    return WORD.findall(token)
