"""Fixtures shared by every test: where the articles are, and a database holding them.

The real sample page is read from ../shared/corpus (its text belongs to its publisher and is never
copied into the project); the demo articles in samples/ are our own fictional ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from proposals.ingest.sources import read_document

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLE_ARTICLE = SHARED_CORPUS / "000_77dfbe9a654da85e.txt"
SAMPLE_GOLD = SHARED_CORPUS / "000_77dfbe9a654da85e.gold.json"
SAMPLES_DIR = ROOT / "samples"
TEST_ARTICLES = ROOT / "tests" / "data" / "articles"


def ingest_file(path: Path | str, *, key: str | None = None):
    """Ingest one file through the real loader; returns the ``ArticleOutcome``."""
    from proposals.services import article_ingest

    document = read_document(str(path), max_bytes=10_000_000, key=key)
    return article_ingest(document=document)


@pytest.fixture
def sample_article_path() -> Path:
    if not SAMPLE_ARTICLE.exists():
        pytest.fail(f"the sample article is missing: {SAMPLE_ARTICLE} (../shared/corpus must sit beside the project)")
    return SAMPLE_ARTICLE


@pytest.fixture
def sample_article(db, sample_article_path):
    """The real sample page, ingested: 15 delegates, 14 proposals."""
    return ingest_file(sample_article_path).article


@pytest.fixture
def demo_articles(db):
    """The four fictional demo articles in samples/, ingested."""
    return [ingest_file(path).article for path in sorted(SAMPLES_DIR.glob("*.md"))]
