"""Per-client rate limits for the expensive HTML pages: search and CSV export (alert sign-ups have
their own, per address and per client: ``proposals.alerts.ratelimits``).

django-ratelimit counts; this module says who the client is and how much each one may do. Counts
live in the shared cache (``CACHES["default"]``: a database table, or Redis when ``REDIS_URL`` is
set), so every gunicorn worker and every instance adds to the same count. The client is the IP
address the trusted proxies report (``DJANGO_TRUSTED_PROXY_COUNT``), the rule the API's throttles
follow too: with no proxy trusted (the default) ``X-Forwarded-For`` is ignored, since anyone can
send it.

Apply to a view (function or ``as_view()`` result)::

    path("search/", rate_limit("search")(views.search), name="search")
    path("export.csv", rate_limit("export", methods=("GET",))(views.export), name="export")

An over-limit request gets 429 with ``Retry-After`` and never reaches the view.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Callable, Sequence

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django_ratelimit import ALL
from django_ratelimit.core import get_usage
from rest_framework.throttling import BaseThrottle

# Scope -> the setting (and environment variable) holding its rate, e.g. "30/minute".
RATE_SETTINGS = {
    "search": "RATELIMIT_SEARCH",
    "export": "RATELIMIT_EXPORT",
}
FALLBACK_IP = "0.0.0.0"


def client_ip(request: HttpRequest) -> str:
    """The client's address: ``REMOTE_ADDR``, or the one the trusted proxies put in ``X-Forwarded-For``.

    DRF's throttles decide it (from ``REST_FRAMEWORK["NUM_PROXIES"]``), so the API and the HTML
    limits can never disagree on who a client is. A forwarded value that is not an address falls
    back to the peer's address rather than failing the request.
    """
    for candidate in (BaseThrottle().get_ident(request), request.META.get("REMOTE_ADDR", "")):
        try:
            return str(ipaddress.ip_address((candidate or "").strip()))
        except ValueError:
            continue
    return FALLBACK_IP


def rate_for(scope: str) -> str:
    """The configured rate of a scope (read at each request, so tests and settings changes apply)."""
    return getattr(settings, RATE_SETTINGS[scope])


def rate_limit(
    scope: str, *, methods: Sequence[str] | tuple = ALL, when: Callable[[HttpRequest], bool] | None = None
) -> Callable:
    """Decorator: at most the scope's rate of ``methods`` requests per client, else 429.

    ``when`` narrows what counts: only requests it says yes to are counted and limited (the list
    page is a search only with a ``q``; browsing it is cheap and stays unlimited)."""
    if scope not in RATE_SETTINGS:
        raise ValueError(f"unknown rate-limit scope {scope!r}: one of {', '.join(RATE_SETTINGS)}")

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def limited(request: HttpRequest, *args, **kwargs):
            if when is not None and not when(request):
                return view(request, *args, **kwargs)
            usage = get_usage(
                request,
                group=f"lianghui.{scope}",
                key="ip",  # django-ratelimit calls client_ip (settings.RATELIMIT_IP_META_KEY)
                rate=lambda group, request: rate_for(scope),
                method=methods,
                increment=True,
            )
            if usage is not None and usage["should_limit"]:
                return too_many_requests(usage["time_left"], json=request.path.startswith("/api/"))
            return view(request, *args, **kwargs)

        return limited

    return decorator


def too_many_requests(retry_after: int, *, json: bool = False) -> HttpResponse:
    """429 with ``Retry-After``: plain text for the site, ``{"detail": ...}`` for the API."""
    message = "请求过于频繁，请稍后再试。Too many requests: please wait and try again."
    if json:
        response = JsonResponse({"detail": message}, status=429)
    else:
        response = HttpResponse(message + "\n", status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(max(1, int(retry_after)))
    return response
