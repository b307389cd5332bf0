"""Sign-up rate limits per address and per client IP (django-ratelimit, counted in the cache).

The limits are counted in Django's default cache, shared by every worker (a database table, or Redis):
see ``config.ratelimits``, which also says who the client is (``DJANGO_TRUSTED_PROXY_COUNT``).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit.core import is_ratelimited

PERIODS = {"s": "秒", "m": "分钟", "h": "小时", "d": "天"}


def describe_rate(rate: str) -> str:
    """``3/h`` → ``每小时 3 次``; ``10/5m`` → ``每 5 分钟 10 次``."""
    count, _, period = rate.partition("/")
    multiple = period.rstrip("smhd") or "1"
    unit = PERIODS.get(period[-1:], "秒")
    return f"每{unit} {count} 次" if multiple == "1" else f"每 {multiple} {unit} {count} 次"


def ip_limited(request: HttpRequest) -> str | None:
    """Counts a sign-up from this client; the message to show when it is one too many."""
    rate = settings.LIANGHUI_ALERTS_RATE_IP
    if is_ratelimited(request, group="alerts.subscribe.ip", key="ip", rate=rate, increment=True):
        return f"来自您网络的订阅申请过于频繁（{describe_rate(rate)}），请稍后再试。"
    return None


def email_limited(request: HttpRequest, email: str) -> str | None:
    """Counts a sign-up for this address; the message to show when it is one too many."""
    rate = settings.LIANGHUI_ALERTS_RATE_EMAIL
    if is_ratelimited(
        request, group="alerts.subscribe.email", key=lambda _group, _request: email, rate=rate, increment=True
    ):
        return f"这个邮箱地址的订阅申请过于频繁（{describe_rate(rate)}），请稍后再试。"
    return None
