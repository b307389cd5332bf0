"""Fixtures shared by every test: where the articles are, and a database holding them.

The real sample page is read from ../shared/corpus (its text belongs to its publisher and is never
copied into the project); the demo articles in samples/ are our own fictional ones.
"""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from proposals.ingest.sources import read_document

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLE_ARTICLE = SHARED_CORPUS / "000_77dfbe9a654da85e.txt"
SAMPLE_GOLD = SHARED_CORPUS / "000_77dfbe9a654da85e.gold.json"
SAMPLES_DIR = ROOT / "samples"
TEST_ARTICLES = ROOT / "tests" / "data" / "articles"


def ensure_seed_data() -> None:
    """Put back what data migrations seed (key tasks, sectors, editor and viewer groups), idempotently.

    Transactional tests empty every table when they end; a later test that ingests needs the key
    tasks to link proposals to. Serialized rollback (below) restores them, except where a test's
    own event loop (Playwright's) gives it a different connection than the one restored through.
    """
    from importlib import import_module

    from django.apps import apps

    import_module("proposals.migrations.0002_seed_key_tasks_and_topics").seed(apps, None)
    import_module("proposals.migrations.0004_editor_viewer_groups").create_groups(apps, None)


def ingest_file(path: Path | str, *, key: str | None = None):
    """Ingest one file through the real loader; returns the ``ArticleOutcome``."""
    from proposals.loader.articles import article_ingest

    ensure_seed_data()

    document = read_document(str(path), max_bytes=10_000_000, key=key)
    return article_ingest(document=document)


def pytest_configure(config):
    """In-process tests count throttles in memory, as before the shared cache: the database cache's
    own queries would blur every query-count assertion. The shared cache is tested for what it is
    for, by several gunicorn workers (tests/deploy/test_rate_limits_across_workers.py), and
    directly (tests/config/test_cache.py); ``migrate`` creates its table in the test database all
    the same."""
    from django.test.utils import override_settings

    override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}).enable()


@pytest.fixture(autouse=True)
def fresh_cache(monkeypatch):
    """Rate limits and throttles count in the cache, which outlives a test: each test starts from zero.

    django-ratelimit counts in fixed windows (a minute, say, ending at a per-client offset), so a
    test whose requests straddle a window's end would see its count restart: its clock is held at
    the test's start.
    """
    import time

    import django_ratelimit.core
    from django.core.cache import cache

    now = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", types.SimpleNamespace(time=lambda: now))
    cache.clear()
    yield
    cache.clear()


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


DJANGO_DB_ARGS = ("transaction", "reset_sequences", "databases", "serialized_rollback", "available_apps")


def pytest_collection_modifyitems(items):
    """Every transactional test (live server, subprocesses) restores the migrated data afterwards.

    Django empties every table after a transactional test, including what data migrations seeded
    (key tasks, sectors, the editor and viewer groups). With serialized rollback it reloads them;
    but a single transactional test without it re-creates content types on its flush, and the next
    reload then collides with them. So it is all transactional tests or none: here, all.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        kwargs = dict(zip(DJANGO_DB_ARGS, marker.args, strict=False)) | dict(marker.kwargs) if marker else {}
        fixtures = set(getattr(item, "fixturenames", ()))
        if kwargs.get("transaction") or fixtures & {"live_server", "transactional_db"}:
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)
