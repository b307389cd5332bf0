"""Real-browser fixtures: Playwright driving Debian's Chromium against pytest-django's live server.

``browser`` is one Chromium per test session; ``page`` is a fresh context (1280 px wide, Chinese
locale) per test, with ``page.base_url`` set to the live server. Other suites reuse these fixtures.
When Chromium is missing the fixture fails on CI (the environment variable CI is set) and skips
elsewhere, with the command that installs it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Sync Playwright runs an event loop in this thread; Django refuses ORM calls from a thread with a
# running loop unless told this is intended (the live server answers in its own thread anyway).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("LIANGHUI_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(os.environ.get("LIANGHUI_SHOTS_DIR", "/tmp/shots"))


def _missing(reason: str) -> None:
    message = f"{reason}: install it with `apt-get install -y chromium fonts-noto-cjk`"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _missing(f"Chromium is not installed at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the dev extra installs it
        _missing("Playwright for Python is not installed (pip install -e '.[dev]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN", accept_downloads=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.base_url = live_server.url
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.base_url = live_server.url
    yield page
    context.close()


@pytest.fixture
def shots() -> Path:
    """Where screenshots go (LIANGHUI_SHOTS_DIR, default /tmp/shots)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
