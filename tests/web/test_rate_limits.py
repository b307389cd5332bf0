"""HTML search and the CSV exports are rate-limited per client (django-ratelimit, config.ratelimits):
separate clients of one address share one count, and a rotating X-Forwarded-For does not escape it
while no proxy is trusted (the default)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_counts(settings):
    settings.RATELIMIT_SEARCH = "3/minute"
    settings.RATELIMIT_EXPORT = "2/minute"
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None}}
    cache.clear()
    yield
    cache.clear()


def statuses(url: str, n: int, *, rotate_forwarded: bool = False, remote: str = "203.0.113.7") -> list[int]:
    """Each request from a new client (no cookies shared), all from one address."""
    codes = []
    for i in range(n):
        headers = {"HTTP_X_FORWARDED_FOR": f"198.51.100.{i + 1}"} if rotate_forwarded else {}
        codes.append(Client(REMOTE_ADDR=remote).get(url, **headers).status_code)
    return codes


@pytest.mark.parametrize("url", ["/proposals/?q=发展", "/delegates/?q=zhao", "/feeds/proposals.atom?q=发展"])
def test_site_search_holds_its_rate_across_separate_clients_of_one_address(demo_articles, url):
    assert statuses(url, 5) == [200, 200, 200, 429, 429]


def test_browsing_the_list_without_a_query_is_not_counted_as_a_search(demo_articles):
    assert statuses("/proposals/?page=1", 5) == [200] * 5


@pytest.mark.parametrize(
    "url", ["/proposals/export.csv", "/stats/year.csv", "/api/v1/proposals/export.csv", "/api/v1/delegates/export.csv"]
)
def test_csv_exports_hold_their_rate_across_separate_clients_of_one_address(demo_articles, url):
    assert statuses(url, 4) == [200, 200, 429, 429]


def test_the_api_export_over_its_rate_answers_in_json_with_retry_after(demo_articles):
    statuses("/api/v1/proposals/export.csv", 2)
    response = Client(REMOTE_ADDR="203.0.113.7").get("/api/v1/proposals/export.csv")
    assert response.status_code == 429
    assert response["Content-Type"].startswith("application/json")
    assert int(response["Retry-After"]) >= 1


def test_a_rotating_x_forwarded_for_is_ignored_by_default(demo_articles):
    assert statuses("/proposals/?q=发展", 5, rotate_forwarded=True) == [200, 200, 200, 429, 429]


def test_another_address_has_its_own_count(demo_articles):
    statuses("/proposals/?q=发展", 4)
    assert statuses("/proposals/?q=发展", 1, remote="192.0.2.9") == [200]
