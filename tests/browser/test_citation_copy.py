"""The citation's copy button, in a real browser: clicked or pressed from the keyboard, it copies the
GB/T 7714 reference and says 已复制 (on the button and in a live region for screen readers)."""

from __future__ import annotations

import importlib

import pytest
from playwright.sync_api import expect

from proposals.models import Proposal
from tests.conftest import SAMPLE_ARTICLE, ingest_file

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def proposal_page(browser, live_server, transactional_db):
    from django.apps import apps

    importlib.import_module("proposals.migrations.0002_seed_key_tasks_and_topics").seed(apps, None)
    ingest_file(SAMPLE_ARTICLE)
    proposal = Proposal.objects.get(delegates__name="袁永升")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server.url + proposal.get_absolute_url())
    yield page
    assert not errors, errors
    context.close()


def test_clicking_copy_puts_the_citation_on_the_clipboard_and_says_copied(proposal_page):
    page = proposal_page
    button = page.get_by_role("button", name="复制引用")
    button.click()
    expect(page.locator(".cite .button")).to_have_text("已复制")
    expect(page.get_by_role("status")).to_contain_text("已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#cite-text").input_value()
    assert copied.startswith("袁永升. ")


def test_the_copy_button_works_from_the_keyboard(proposal_page):
    page = proposal_page
    page.locator("#cite-text").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "复制引用"
    page.keyboard.press("Enter")
    expect(page.locator(".cite .button")).to_have_text("已复制")
    expect(page.locator("#cite-status")).to_have_text("已复制引用到剪贴板")
    assert page.evaluate("document.activeElement.classList.contains('button')")
