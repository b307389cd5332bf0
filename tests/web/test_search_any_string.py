"""Search takes any string: whatever a reader types in the site's or the API's search box gives a
page of results or an empty result, never a server error (on SQLite and PostgreSQL alike).

The punctuation and operators the engines give meaning to, control characters, emoji, 10 kB and
invalid UTF-8 escapes are tried by name; hypothesis then tries random strings (a bounded,
derandomized number of examples)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

NASTY = [
    "-", "*", "!", "_", "%", "\\", '"', "'", "(", ")", "&", "|", ":", ":*", "<->", "!!", "'\\'",
    "a & b", "a | !b", "(a", "'发展", "发展'", "发展\\", "%_%", "\x00", "发\x00展", "\x01\x1f\x7f",
    "😀", "🇨🇳发展", "\u200b", "\ufeff", "\ud7ff", "‮", "a" * 10_000, "发展 " * 2_000, "   ", "\t\n",
]
RAW = ["%ff", "%ff%fe", "%c3%28", "%e6%b5", "%ed%a0%80", "%00", "%f0%9f%98"]

UNLIMITED = override_settings(RATELIMIT_SEARCH="10000/minute", REST_FRAMEWORK=None)


def site_and_api(raw_query: str) -> list[int]:
    """Status codes of the site's list, the delegate list and the API lists for one raw (escaped) q."""
    client = Client()
    cache.clear()
    urls = ["/proposals/", "/delegates/", "/api/v1/proposals/", "/api/v1/delegates/", "/api/v1/articles/"]
    statuses = []
    for url in urls:
        response = client.get(f"{url}?q={raw_query}&facets=role,level,delegation,key_task,sector")
        statuses.append(response.status_code)
        if url.startswith("/api/"):
            assert response["Content-Type"].startswith("application/json"), (url, raw_query)
    return statuses


@pytest.fixture
def unthrottled(settings):
    settings.RATELIMIT_SEARCH = "100000/minute"
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
    }


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_a_search_for_punctuation_operators_or_control_characters_never_fails(demo_articles, unthrottled, text):
    statuses = site_and_api(quote(text))
    assert all(status in (200, 400) for status in statuses), statuses


@pytest.mark.parametrize("raw", RAW)
def test_a_search_with_invalid_utf8_escapes_never_fails(demo_articles, unthrottled, raw):
    statuses = site_and_api(raw)
    assert all(status in (200, 400) for status in statuses), statuses


def test_a_search_with_a_nul_character_says_why_on_the_site(demo_articles, unthrottled):
    response = Client().get("/proposals/?q=%00发展")
    assert response.status_code == 400
    assert "q" in response.context["errors"]


@given(text=st.text(max_size=60))
@settings(
    max_examples=25, derandomize=True, deadline=None, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_a_search_for_any_string_gives_results_or_an_empty_page(demo_articles, unthrottled, text):
    statuses = site_and_api(quote(text, safe=""))
    assert all(status in (200, 400) for status in statuses), statuses
