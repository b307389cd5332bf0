"""Sessions (year, level, region) and metadata against the blind keys of the unseen test set.

tests/data/articles/unseen holds 24 fictional articles (虚构示例) whose keys were written without reading
the parser; each is read as ``ingest`` reads it, with its sidecar when it has one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proposals.ingest.parse import parse_article
from proposals.ingest.sources import read_document

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "articles" / "unseen"
KEYS = sorted(UNSEEN.glob("*.gold.json"))


def parsed(key: Path):
    gold = json.loads(key.read_text("utf-8"))
    document = read_document(str(UNSEEN / gold["file"]), max_bytes=10_000_000)
    return gold, parse_article(document.text, hints=document.hints)


def test_the_unseen_set_is_there():
    assert len(KEYS) == 24


@pytest.mark.parametrize("key", KEYS, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_session_year_level_and_region_are_those_of_the_answer_key(key: Path):
    gold, article = parsed(key)
    got = {"year": article.session.year, "level": article.session.level, "region": article.session.region}
    assert got == gold["session"]


def test_title_and_date_are_right_for_every_unseen_article_and_the_newspaper_for_nearly_all():
    right = {"title": 0, "newspaper": 0, "published_on": 0}
    for key in KEYS:
        gold, article = parsed(key)
        for field in right:
            right[field] += (getattr(article, field) or None) == (gold.get(field) or None)
    assert right["title"] == right["published_on"] == len(KEYS), right
    assert right["newspaper"] >= len(KEYS) - 1, right
