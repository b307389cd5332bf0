"""The API's throttle cannot be dodged by rotating X-Forwarded-For, unless a proxy we trust sets it."""

from __future__ import annotations

import pytest
from django.core.cache import cache

URL = "/api/v1/key-tasks/"


@pytest.fixture
def throttled(settings):
    def configure(*, proxies: int, rate: str = "3/minute") -> None:
        rest = settings.REST_FRAMEWORK
        settings.REST_FRAMEWORK = {
            **rest,
            "NUM_PROXIES": proxies,
            "DEFAULT_THROTTLE_RATES": {**rest["DEFAULT_THROTTLE_RATES"], "anon": rate},
        }

    cache.clear()
    yield configure
    cache.clear()


def rotating(client, count: int) -> list[int]:
    return [
        client.get(URL, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(count)
    ]


@pytest.mark.django_db
def test_by_default_x_forwarded_for_is_ignored_so_rotating_it_is_throttled(client, throttled):
    throttled(proxies=0)

    assert rotating(client, 5) == [200, 200, 200, 429, 429]


@pytest.mark.django_db
def test_behind_one_trusted_proxy_each_forwarded_address_is_its_own_client(client, throttled):
    throttled(proxies=1)

    assert rotating(client, 5) == [200] * 5


@pytest.mark.django_db
def test_behind_one_trusted_proxy_one_forwarded_client_is_still_throttled(client, throttled):
    throttled(proxies=1)

    statuses = [
        client.get(URL, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.9").status_code
        for n in range(5)
    ]

    assert statuses == [200, 200, 200, 429, 429]

