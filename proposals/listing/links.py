"""Absolute URLs of API records, written into API responses and into every export (the site's too)."""

from __future__ import annotations


class ApiLinks:
    """Absolute URLs of API records, built by string formatting from one base per request.

    ``reverse()`` per nested record would cost more than the rest of the serialization.
    """

    def __init__(self, base: str):
        self.base = base.rstrip("/") + "/"

    def delegate(self, pk: int) -> str:
        return f"{self.base}delegates/{pk}/"

    def proposal(self, pk: int) -> str:
        return f"{self.base}proposals/{pk}/"

    def article(self, pk: int) -> str:
        return f"{self.base}articles/{pk}/"

    def key_task(self, pk: int) -> str:
        return f"{self.base}key-tasks/{pk}/"

    def topic(self, slug: str) -> str:
        return f"{self.base}topics/{slug}/"

    def session(self, slug: str) -> str:
        return f"{self.base}sessions/{slug}/"


def api_links(request) -> ApiLinks:
    """The links of this request's host (``/api/v1/`` on it)."""
    return ApiLinks(request.build_absolute_uri("/api/v1/"))
