"""Absolute URLs written into responses and exports: the API's records, the site's own pages, and
the original (source) URL of an article when it is known."""

from __future__ import annotations

from django.urls import reverse

# A key no record has: reversed once, then replaced by each record's key.
_KEY = 987654321


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


class SiteLinks:
    """Absolute URLs of the journalists' pages (what a CSV opened in Excel should link to).

    Each pattern is reversed once per export and filled in per row by string formatting."""

    def __init__(self, request):
        def pattern(name: str) -> str:
            return request.build_absolute_uri(reverse(name, args=[_KEY])).replace(str(_KEY), "{}")

        self._proposal = pattern("proposals:proposal_detail")
        self._delegate = pattern("proposals:delegate_detail")
        self._article = pattern("proposals:article_detail")

    def proposal(self, pk: int) -> str:
        return self._proposal.format(pk)

    def delegate(self, pk: int) -> str:
        return self._delegate.format(pk)

    def article(self, pk: int) -> str:
        return self._article.format(pk)


def original_url(article) -> str:
    """Where the article was published, when known: ``Article.url``, else its source if that is a
    web address (older ingests kept the URL there); "" when unknown."""
    url = (getattr(article, "url", "") or "").strip()
    if url:
        return url
    source = (getattr(article, "source", "") or "").strip()
    return source if source.lower().startswith(("http://", "https://")) else ""
