"""Helpers for parser tests: parse a file the way the command does, compare with an answer key,
and regenerate golden files (``python -m tests.ingest.helpers``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from proposals.ingest.parse import parse_article
from proposals.ingest.sources import read_document

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles"
GOLDEN = ROOT / "tests" / "data" / "golden"
OWN_ARTICLES = sorted(ARTICLES.glob("*.txt")) + sorted(ARTICLES.glob("*.html")) + sorted((ROOT / "samples").glob("*.md"))


def extract(path: Path) -> dict:
    """The dry-run JSON of one file, with the source made relative so golden files are portable."""
    document = read_document(str(path), max_bytes=10_000_000)
    return parse_article(document.text).to_json(str(path.relative_to(ROOT)))


def golden_path(path: Path) -> Path:
    return GOLDEN / (path.name + ".json")


def regenerate() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for path in OWN_ARTICLES:
        golden_path(path).write_text(json.dumps(extract(path), ensure_ascii=False, indent=1) + "\n", "utf-8")
        print("wrote", golden_path(path).relative_to(ROOT))


def answer_keys() -> list[Path]:
    return sorted(ARTICLES.glob("*.gold.json")) + sorted((ARTICLES / "blind2").glob("*.gold.json"))


def article_of(key: Path) -> Path:
    return (key.parent / json.loads(key.read_text("utf-8"))["file"]).resolve()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    regenerate()
