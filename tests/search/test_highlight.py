"""proposals.search.highlight: snippets are escaped and mark the query's words."""

from __future__ import annotations

import pytest

from proposals.search.highlight import snippet

pytestmark = pytest.mark.django_db


def test_snippet_escapes_the_text_and_marks_the_words():
    text = "前文很长很长。<script>alert(1)</script>推动算力产业发展<b>粗</b>"
    html = snippet(text, "算力", width=80)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>算力</mark>" in html
    assert "<b>" not in html


def test_snippet_marks_words_typed_in_traditional_characters():
    assert "<mark>算力</mark>" in snippet("推动算力产业发展", "算力")
    assert "<mark>產業</mark>" in snippet("推動算力產業發展", "产业")


def test_snippet_without_a_match_is_the_start_of_the_text():
    assert snippet("甲" * 300, "乙", width=10) == "甲" * 10 + "…"
