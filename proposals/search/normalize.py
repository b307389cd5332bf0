"""Folding text to the one form both the index and the queries use, and splitting it as the engines do.

``normalize`` folds full-width forms, makes traditional characters simplified (``to_simplified``, from the
project's one converter in ``proposals.ingest.text``) and lowers the case; ``pieces`` splits a token on
anything that is not a letter or digit. Both are those of ``proposals.ingest.index_words`` (no Django
there, so parse workers cut an article's texts exactly as the search does). Imports nothing from the
rest of the search.
"""

from __future__ import annotations

import re

from proposals.ingest.index_words import WORD, fold
from proposals.ingest.text import to_simplified

__all__ = ["ASCII_WORD", "WORD", "normalize", "pieces", "to_simplified"]

ASCII_WORD = re.compile(r"[0-9a-z]+")


# Full-width forms folded (ＡＢＣ → abc), traditional characters made simplified, lower case.
normalize = fold


def pieces(token: str) -> list[str]:
    """The words of one token: its runs of letters and digits."""
    # Both engines split on anything that is not a letter or digit; doing it here keeps the query
    # and the document split the same way (库尔班·尼亚孜 → 库尔班, 尼亚孜).
    return WORD.findall(token)
