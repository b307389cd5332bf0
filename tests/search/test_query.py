"""proposals.search.query: what a query asks the index for."""

from __future__ import annotations

import pytest

from proposals.search.query import MAX_QUERY_WORDS, parse_query

pytestmark = pytest.mark.django_db


def test_an_empty_or_punctuation_query_has_no_words(sample_article):
    assert parse_query("") == [] and parse_query("，。！") == []


def test_a_very_long_query_is_cut(sample_article):
    assert len(parse_query("算力产业 " * 1000)) <= MAX_QUERY_WORDS
