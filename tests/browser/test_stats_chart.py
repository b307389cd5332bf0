"""The statistics page in a real browser: its charts draw (under the site's CSP) and a bar opens
the filtered proposal list."""

from __future__ import annotations

import importlib
import re

import pytest
from playwright.sync_api import expect

from tests.conftest import SAMPLE_ARTICLE, ingest_file

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def archive(transactional_db):
    from django.apps import apps

    importlib.import_module("proposals.migrations.0002_seed_key_tasks_and_topics").seed(apps, None)
    return ingest_file(SAMPLE_ARTICLE).article


def test_the_key_task_chart_draws_bars_that_open_the_filtered_list(page, archive):
    errors: list[str] = []
    # (The browser's own request for /favicon.ico is a 404 that says nothing about this page.)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "favicon" not in m.location.get("url", "") else None)
    page.goto(page.base_url + "/stats/")
    chart = page.locator("#stats-key_task svg.chart")
    expect(chart).to_be_visible()
    bars = chart.locator("rect")
    assert bars.count() >= 3
    widths = [bars.nth(i).bounding_box()["width"] for i in range(bars.count())]
    assert max(widths) > 100 and all(w > 0 for w in widths)
    assert chart.locator("text.chart-label").first.bounding_box()["width"] > 0
    assert not errors, errors  # no CSP violation or script error
    chart.locator("a.chart-bar").first.click()
    expect(page).to_have_url(re.compile(r"/proposals/\?key_task="))
