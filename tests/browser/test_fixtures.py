"""The browser fixture's behaviour when Chromium is missing: fail on CI, skip elsewhere."""

from __future__ import annotations

import pytest

from tests.browser import conftest


def test_missing_chromium_fails_on_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y chromium"):
        conftest._missing("Chromium is not installed at /nowhere")


def test_missing_chromium_skips_on_a_developers_machine(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install -y chromium"):
        conftest._missing("Chromium is not installed at /nowhere")
