"""Content-Security-Policy for every response, read from ``settings.SECURE_CSP``.

Django 5.2 has no CSP support of its own; Django 6.0 adds ``SECURE_CSP`` with the same shape
(directive name -> list of sources), so moving to 6.0 means swapping this class for
``django.middleware.csp.ContentSecurityPolicyMiddleware`` and keeping the setting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from django.conf import settings
from django.http import HttpRequest, HttpResponse

HEADER = "Content-Security-Policy"


def build_policy(directives: Mapping[str, Sequence[str] | bool]) -> str:
    """Serialise ``{"script-src": ["'self'"], "upgrade-insecure-requests": True}`` to a header value."""
    parts = []
    for name, sources in directives.items():
        if sources is True:
            parts.append(name)
        elif sources:
            parts.append(" ".join([name, *sources]))
    return "; ".join(parts)


class ContentSecurityPolicyMiddleware:
    """Adds the policy unless the view already set its own header."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = build_policy(getattr(settings, "SECURE_CSP", {}))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.policy and HEADER not in response:
            response[HEADER] = self.policy
        return response
