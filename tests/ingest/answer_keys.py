"""Reading a fictional article of tests/data/articles against its answer key: shared by the tests of
the name and layout classes (each folder of ``shapes*`` articles is checked the same way)."""

from __future__ import annotations

import json
from pathlib import Path

from proposals.ingest.parse import ParsedArticle, parse_article
from proposals.ingest.sources import read_document

FIELDS = ("role", "level", "affiliation", "organization", "title", "delegation")


def names_in(text: str) -> list[str]:
    return [d.name for d in parse_article(text).delegates]


def read_keyed(key: Path, *, with_sidecar: bool = False) -> tuple[dict, ParsedArticle]:
    """The answer key and the parse of its article (given what its sidecar says, when asked)."""
    gold = json.loads(key.read_text("utf-8"))
    document = read_document(str(key.with_name(gold["file"])), max_bytes=10_000_000)
    return gold, parse_article(document.text, hints=document.hints if with_sidecar else None)


def assert_delegates_as_keyed(article: ParsedArticle, gold: dict) -> None:
    """The key's delegates in its order, each field the key gives as it gives it."""
    assert [d.name for d in article.delegates] == [d["name"] for d in gold["delegates"]]
    found = {d.name: d for d in article.delegates}
    for expected in gold["delegates"]:
        for field in FIELDS:
            if field in expected:
                assert getattr(found[expected["name"]], field) == expected[field], (expected["name"], field)


def session_of(article: ParsedArticle) -> tuple:
    return article.session.year, article.session.level, article.session.region


def keyed_session(gold: dict) -> tuple:
    return gold["session"]["year"], gold["session"]["level"], gold["session"]["region"]


def proposers(article: ParsedArticle) -> set[str]:
    return {n for p in article.proposals for n in p.delegates}


def keyed_proposers(gold: dict) -> set[str]:
    return {d["name"] for d in gold["delegates"] if d["proposal"]}
