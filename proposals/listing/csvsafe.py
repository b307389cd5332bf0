"""Cells that are safe to open in a spreadsheet (OWASP "CSV injection").

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula (``=HYPERLINK("http://evil.example/","点我")``), and a leading tab or carriage return can
hide such a start. Every CSV the project writes passes its cells through ``safe_cell``, which
prefixes those with a single quote, as OWASP recommends; the text is otherwise unchanged.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """``value`` ready for a CSV cell: text that a spreadsheet would run gets a leading ``'``.

    Numbers are left as numbers (a negative count is data, not a formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values) -> list[object]:
    """Every cell of one row through ``safe_cell``."""
    return [safe_cell(value) for value in values]
