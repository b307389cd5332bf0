"""What journalists click, in a real browser, over the sample page and the demo articles."""

from __future__ import annotations

import csv
import importlib
import io
import re

import pytest
from playwright.sync_api import expect

from delegates.models import Delegate
from proposals.models import KeyTask, Proposal
from tests.conftest import SAMPLE_ARTICLE, SAMPLES_DIR, ingest_file

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def seeded_vocabulary(transactional_db):
    """The seeded key tasks and sectors, whatever an earlier transactional test's flush left.

    Serialized rollback restores them, but not necessarily before another fixture ingests; an
    article ingested without them gets no key tasks.
    """
    from django.apps import apps

    importlib.import_module("proposals.migrations.0002_seed_key_tasks_and_topics").seed(apps, None)


@pytest.fixture
def archive(seeded_vocabulary):
    """The real sample page plus the four demo articles: enough proposals for two pages."""
    article = ingest_file(SAMPLE_ARTICLE).article
    for path in sorted(SAMPLES_DIR.glob("*.md")):
        ingest_file(path)
    return article


def test_filter_by_key_task_culture_finds_yun_yufeng(page, archive):
    page.goto(page.base_url + "/proposals/")
    page.locator('a[data-facet="key_task"][data-value="culture"]').click()
    expect(page).to_have_url(re.compile(r"key_task=culture"))
    expect(page.locator(".results")).to_contain_text("云宇峰")
    expect(page.locator(".active-filters")).to_contain_text("文化强区")


def test_search_suanli_and_open_yuan_yongshengs_proposal_with_its_passage_highlighted(page, archive):
    page.goto(page.base_url + "/")
    page.locator("#hero-q").fill("算力")
    page.locator("#hero-q").press("Enter")
    expect(page.locator("h1")).to_contain_text("算力")
    row = page.locator("article.row").filter(has=page.locator("a.person", has_text="袁永升")).first
    expect(row.locator("mark").first).to_have_text("算力")
    row.locator(".row-title a").click()
    expect(page.locator("h1")).to_contain_text("算力产业")
    passage = page.locator("#passage")
    expect(passage).to_be_visible()
    expect(passage).to_have_css("background-color", "rgb(255, 229, 138)")
    # site.js has scrolled the article box so the passage shows inside it...
    inside = page.evaluate(
        """() => { const m = document.querySelector('#passage'), box = m.closest('.article-body-scroll');
                   const a = m.getBoundingClientRect(), b = box.getBoundingClientRect();
                   return a.top >= b.top - 1 && a.top < b.bottom; }"""
    )
    assert inside
    # ...and the anchor link brings it into view.
    page.locator("a", has_text="在原文中查看").click()
    expect(page).to_have_url(re.compile(r"#passage$"))
    expect(passage).to_be_in_viewport()
    proposal = Proposal.objects.filter(delegates__name="袁永升").first()
    assert proposal.passage[:10] in passage.inner_text()


def test_search_zhaoyong_reaches_zhao_yong(page, archive):
    page.goto(page.base_url + "/")
    page.locator("#site-q").fill("zhaoyong")
    page.locator("#site-q").press("Enter")
    page.locator(".matches a", has_text="赵勇").click()
    expect(page.locator("h1")).to_have_text("赵勇")
    expect(page.locator("table")).to_contain_text("中国航天科工集团第六研究院")


def test_follow_a_delegate_link_from_a_proposal(page, archive):
    proposal = Proposal.objects.filter(delegates__name="云宇峰").first()
    page.goto(page.base_url + proposal.get_absolute_url())
    page.locator(".detail-head a.person", has_text="云宇峰").click()
    expect(page.locator("h1")).to_have_text("云宇峰")
    expect(page.locator(".results, .detail")).to_contain_text(str(proposal)[:8])


def test_page_through_results(page, archive):
    total = Proposal.objects.visible().count()
    assert total > 20, "the archive should need two pages"
    page.goto(page.base_url + "/proposals/")
    expect(page.locator(".pager-status")).to_contain_text("第 1 /")
    first_page = page.locator(".row-title a").all_inner_texts()
    page.locator('.pager a[rel="next"]').click()
    expect(page.locator(".pager-status")).to_contain_text("第 2 /")
    second_page = page.locator(".row-title a").all_inner_texts()
    assert second_page and not set(first_page) & set(second_page)
    page.locator('.pager a[rel="prev"]').click()
    expect(page.locator(".pager-status")).to_contain_text("第 1 /")


def test_download_the_filtered_csv(page, archive):
    page.goto(page.base_url + "/proposals/?key_task=culture")
    shown = int(page.locator(".count strong").inner_text())
    with page.expect_download() as info:
        page.locator("a", has_text="下载 CSV").click()
    download = info.value
    task = KeyTask.objects.get(slug="culture")
    assert download.suggested_filename == f"建议-{task.short_name or task.name}.csv"
    body = open(download.path(), encoding="utf-8-sig").read()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == shown
    assert all((task.short_name or task.name) in row["重点工作"].split("|") for row in rows)


def test_search_and_filters_work_without_javascript(browser, live_server, archive):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.locator("#site-q").fill("算力")
    page.locator("#site-q").press("Enter")
    expect(page.locator(".results")).to_contain_text("袁永升")
    page.locator('a[data-facet="role"]').first.click()
    expect(page.locator(".active-filters")).to_be_visible()
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_have_no_horizontal_overflow(browser, live_server, archive, shots, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1,
                                  is_mobile=width < 500, has_touch=width < 500)
    page = context.new_page()
    proposal = Proposal.objects.filter(delegates__name="袁永升").first()
    delegate = Delegate.objects.get(name="赵勇")
    pages = {
        "home": "/",
        "list": "/proposals/?q=%E7%AE%97%E5%8A%9B",
        "proposal": proposal.get_absolute_url(),
        "delegate": f"/delegates/{delegate.pk}/",
    }
    for name, path in pages.items():
        page.goto(live_server.url + path)
        page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} at {width}px scrolls sideways by {overflow}px"
        font = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "Noto Sans CJK SC" in font
    context.close()
