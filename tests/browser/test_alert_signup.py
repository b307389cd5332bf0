"""The email-alert sign-up form, in a real browser: subscribe from a key-task page, confirm from the email."""

from __future__ import annotations

import importlib
import re
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from proposals.alerts.models import Status, Subscription
from tests.conftest import SAMPLES_DIR, ingest_file

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo(transactional_db):
    """The demo articles, over the seeded key tasks (see test_journalist_flows.seeded_vocabulary)."""
    from django.apps import apps

    importlib.import_module("proposals.migrations.0002_seed_key_tasks_and_topics").seed(apps, None)
    for path in sorted(SAMPLES_DIR.glob("*.md")):
        ingest_file(path)
    cache.clear()  # sign-up rate limits


def confirm_path(body: str) -> str:
    url = re.search(r"https?://\S+/alerts/confirm/\S+", body).group(0)
    return urlsplit(url).path


def test_a_reader_subscribes_from_a_key_task_page_and_confirms_from_the_email(page, demo, mailoutbox, shots):
    refused: list[str] = []  # Content-Security-Policy violations (the missing favicon is no concern)
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(page.base_url + "/key-tasks/industry/")

    form = page.locator("section.alert-signup")
    expect(form.locator("h2")).to_have_text("邮件提醒")
    form.screenshot(path=str(shots / "alert-signup-form.png"))
    page.get_by_label("有新的相关建议时发邮件给我").fill("reader@example.org")
    page.get_by_label("有新的相关建议时发邮件给我").press("Enter")

    expect(page.locator("h1")).to_have_text("请查收确认邮件")
    page.screenshot(path=str(shots / "alert-check-your-mail.png"))
    expect(page.locator("main")).to_contain_text("重点工作：")
    assert [m.to for m in mailoutbox] == [["reader@example.org"]]

    page.goto(page.base_url + confirm_path(mailoutbox[0].body))
    page.get_by_role("button", name="确认订阅").click()
    expect(page.locator("h1")).to_have_text("订阅已生效")
    subscription = Subscription.objects.get()
    assert (subscription.query, subscription.status) == ("key_task=industry", Status.ACTIVE)
    assert refused == []


def test_the_form_works_without_javascript_and_explains_a_refusal(browser, live_server, demo, mailoutbox, settings):
    settings.LIANGHUI_ALERTS_RATE_EMAIL = "1/h"
    context = browser.new_context(java_script_enabled=False, locale="zh-CN")
    page = context.new_page()
    try:
        for _attempt in range(2):
            page.goto(live_server.url + "/proposals/?q=稀土")
            page.locator("#alert-email").fill("reader@example.org")
            page.get_by_role("button", name="订阅").click()
        expect(page.locator(".notice-error")).to_contain_text("这个邮箱地址的订阅申请过于频繁")
        assert len(mailoutbox) == 1
        assert Subscription.objects.get().query == "q=%E7%A8%80%E5%9C%9F"
    finally:
        context.close()
