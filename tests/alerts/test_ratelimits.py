"""Rates in Chinese, and the client address behind a proxy."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from proposals.alerts.ratelimits import describe_rate, forwarded_client_ip


@pytest.mark.parametrize(("rate", "words"), [("3/h", "每小时 3 次"), ("20/d", "每天 20 次"), ("10/5m", "每 5 分钟 10 次"),
                                             ("1/s", "每秒 1 次")])
def test_a_rate_reads_as_chinese(rate, words):
    assert describe_rate(rate) == words


def test_behind_a_proxy_the_client_is_the_last_forwarded_address():
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5", REMOTE_ADDR="10.0.0.1")

    assert forwarded_client_ip(request) == "203.0.113.5"


def test_without_a_forwarded_address_the_client_is_the_peer():
    assert forwarded_client_ip(RequestFactory().get("/", REMOTE_ADDR="10.0.0.1")) == "10.0.0.1"
