"""A journalist narrows the list by year and region in a real browser: the heading, the counts and
the feed link follow."""

from __future__ import annotations

import importlib
import re

import pytest
from playwright.sync_api import expect

from tests.conftest import SAMPLE_ARTICLE, SAMPLES_DIR, ingest_file

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def archive(transactional_db):
    """The real sample page (内蒙古, 2026) and the demo articles, with the seeded key tasks."""
    from django.apps import apps

    importlib.import_module("proposals.migrations.0002_seed_key_tasks_and_topics").seed(apps, None)
    ingest_file(SAMPLE_ARTICLE)
    for path in sorted(SAMPLES_DIR.glob("*.md")):
        ingest_file(path)


def test_apply_year_and_region_see_the_heading_counts_and_feed(page, archive):
    page.goto(page.base_url + "/proposals/")
    page.locator('a[data-facet="year"][data-value="2026"]').click()
    expect(page).to_have_url(re.compile(r"year=2026"))
    region = page.locator('a[data-facet="region"][data-value="内蒙古"]')
    count = region.locator(".facet-count").inner_text()
    region.click()
    expect(page).to_have_url(re.compile(r"region=%E5%86%85%E8%92%99%E5%8F%A4"))
    expect(page.locator("h1")).to_have_text(f"2026 · 内蒙古 · {count} 条")
    expect(page.locator('a[data-facet="region"][data-value="内蒙古"] .facet-count')).to_have_text(count)
    feed = page.locator("a.feed")
    expect(feed).to_be_visible()
    expect(feed).to_have_attribute("href", re.compile(r"^/feeds/proposals\.atom\?year=2026&region="))
    alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]').last
    expect(alternate).to_have_attribute("href", re.compile(r"year=2026&region="))
    response = page.request.get(page.base_url + feed.get_attribute("href"))
    assert response.ok and response.text().count("<entry>") == min(int(count), 50)
