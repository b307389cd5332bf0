"""Who a client is (trusted proxies only) and the HTML pages' rate limits (django-ratelimit)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from config.ratelimits import client_ip, rate_limit


@pytest.fixture(autouse=True)
def fresh_counts():
    cache.clear()
    yield
    cache.clear()


def request(method: str = "get", remote: str = "203.0.113.7", forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return getattr(RequestFactory(), method)("/search/", **extra)


def page(request):
    return HttpResponse("results")


def proxies(settings, count: int) -> None:
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": count}


def test_without_a_trusted_proxy_the_client_is_the_connection_and_x_forwarded_for_is_ignored(settings):
    proxies(settings, 0)

    assert client_ip(request(forwarded="198.51.100.1")) == "203.0.113.7"


def test_with_one_trusted_proxy_the_client_is_the_address_that_proxy_appended(settings):
    proxies(settings, 1)

    assert client_ip(request(forwarded="10.9.9.9, 198.51.100.1")) == "198.51.100.1"


def test_a_forwarded_value_that_is_no_address_falls_back_to_the_connection(settings):
    proxies(settings, 1)

    assert client_ip(request(forwarded="<script>")) == "203.0.113.7"


def test_a_client_over_the_rate_gets_429_with_retry_after_and_the_view_is_not_run(settings):
    settings.RATELIMIT_SEARCH = "3/minute"
    calls = []
    view = rate_limit("search")(lambda request: calls.append(1) or HttpResponse("results"))

    responses = [view(request()) for _ in range(5)]

    assert [r.status_code for r in responses] == [200, 200, 200, 429, 429]
    assert len(calls) == 3
    assert 1 <= int(responses[-1]["Retry-After"]) <= 60


def test_each_client_has_its_own_count(settings):
    settings.RATELIMIT_EXPORT = "1/minute"
    view = rate_limit("export")(page)

    assert view(request(remote="203.0.113.1")).status_code == 200
    assert view(request(remote="203.0.113.2")).status_code == 200
    assert view(request(remote="203.0.113.1")).status_code == 429


def test_rotating_x_forwarded_for_does_not_escape_the_limit_by_default(settings):
    proxies(settings, 0)
    settings.RATELIMIT_SEARCH = "2/minute"
    view = rate_limit("search")(page)

    statuses = [view(request(forwarded=f"198.51.100.{n}")).status_code for n in range(4)]

    assert statuses == [200, 200, 429, 429]


def test_behind_one_trusted_proxy_each_forwarded_client_has_its_own_count(settings):
    proxies(settings, 1)
    settings.RATELIMIT_SEARCH = "1/minute"
    view = rate_limit("search")(page)

    statuses = [view(request(remote="10.0.0.2", forwarded=f"198.51.100.{n}")).status_code for n in range(3)]

    assert statuses == [200, 200, 200]


def test_only_the_named_methods_count(settings):
    settings.RATELIMIT_EXPORT = "1/hour"
    view = rate_limit("export", methods=("POST",))(page)

    statuses = [view(request("get")).status_code for _ in range(3)]
    statuses += [view(request("post")).status_code for _ in range(2)]

    assert statuses == [200, 200, 200, 200, 429]


def test_an_unknown_scope_is_refused_when_decorating():
    with pytest.raises(ValueError, match="unknown rate-limit scope 'serach'"):
        rate_limit("serach")


def test_a_request_without_a_peer_address_is_counted_under_the_fallback_address(settings):
    proxies(settings, 0)
    bare = RequestFactory().get("/search/")
    del bare.META["REMOTE_ADDR"]

    assert client_ip(bare) == "0.0.0.0"
