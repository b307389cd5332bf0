"""Fixtures for the alert tests: fresh rate-limit counters, a sign-up helper, links out of emails."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache

from tests.conftest import ROOT

NEW_ARTICLE = ROOT / "tests" / "data" / "articles" / "alerts_new_article.md"
LINK = re.compile(r"https?://\S+")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate-limit counters live in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


def link_path(body: str, marker: str) -> str:
    """The path of the first link in an email body whose path contains ``marker``."""
    for url in LINK.findall(body):
        parts = urlsplit(url)
        if marker in parts.path:
            return parts.path + (f"?{parts.query}" if parts.query else "")
    raise AssertionError(f"no link containing {marker!r} in:\n{body}")


def sign_up(client, email: str, query: str = "", **extra):
    return client.post("/alerts/subscribe/", {"email": email, "query": query}, **extra)
