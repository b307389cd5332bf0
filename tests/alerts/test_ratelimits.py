"""Rates in Chinese, and the client address behind a proxy."""

from __future__ import annotations

import pytest

from proposals.alerts.ratelimits import describe_rate


@pytest.mark.parametrize(("rate", "words"), [("3/h", "每小时 3 次"), ("20/d", "每天 20 次"), ("10/5m", "每 5 分钟 10 次"),
                                             ("1/s", "每秒 1 次")])
def test_a_rate_reads_as_chinese(rate, words):
    assert describe_rate(rate) == words

