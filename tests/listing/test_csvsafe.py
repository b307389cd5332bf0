"""Spreadsheet formulas in exported text are neutralised (OWASP CSV injection)."""

from __future__ import annotations

import pytest

from proposals.listing.csvsafe import safe_cell, safe_row


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_starting_like_a_formula_gets_a_leading_quote(start):
    assert safe_cell(start + 'HYPERLINK("http://evil.example/","点我")') == "'" + start + 'HYPERLINK("http://evil.example/","点我")'


@pytest.mark.parametrize("value", ["建议", "2026-03-05", "a=b", "", " =1", "'=1"])
def test_ordinary_text_is_left_alone(value):
    assert safe_cell(value) == value


def test_numbers_stay_numbers():
    assert safe_cell(-3) == -3
    assert safe_row([1, "=1", None]) == [1, "'=1", None]
