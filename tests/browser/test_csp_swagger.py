"""Swagger UI really works under our Content-Security-Policy, in Debian's Chromium."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.urls("tests.config.swagger_urls")]


def test_swagger_ui_renders_without_any_csp_violation(page):
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    response = page.goto(f"{page.base_url}/docs/")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)
    title = page.inner_text(".swagger-ui .info .title")

    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "API" in title
    assert violations == []
