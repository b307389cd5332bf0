"""Security headers on HTML pages, JSON and errors: a CSP without inline script, nosniff, referrer policy."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from config.middleware import build_policy

# <script> elements the browser would execute without a src: attribute (JSON data blocks are inert).
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


def assert_security_headers(response) -> None:
    csp = directives(response)
    script_sources = csp.get("script-src", csp["default-src"])
    assert script_sources == ["'self'"]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_an_html_page_carries_the_security_headers(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert_security_headers(response)


@pytest.mark.django_db
def test_the_admin_login_page_runs_no_inline_script(client):
    html = client.get("/admin/login/").content.decode()

    assert INLINE_SCRIPT.findall(html) == []


@pytest.mark.django_db
def test_healthz_carries_the_security_headers(client):
    assert_security_headers(client.get("/healthz"))


@pytest.mark.django_db
def test_a_not_found_page_carries_the_security_headers(client):
    response = client.get("/no-such-page-here/")

    assert response.status_code == 404
    assert_security_headers(response)


def parameterless_paths(patterns=None, prefix: str = "") -> list[str]:
    """Every URL of the site that takes no argument, so new pages are covered as they are added."""
    paths = []
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = str(entry.pattern)
        if "<" in route or "(" in route:
            continue
        route = route.removeprefix("^").removesuffix("$").replace("\\", "")
        if isinstance(entry, URLResolver):
            paths += parameterless_paths(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            paths.append("/" + prefix + route)
    return sorted(set(paths))


def html_pages_checked(client: Client) -> list[str]:
    client.raise_request_exception = False
    checked = []
    for path in parameterless_paths():
        response = client.get(path, HTTP_ACCEPT="text/html")
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        assert INLINE_SCRIPT.findall(response.content.decode()) == [], path
        assert_security_headers(response)
        checked.append(path)
    return checked


@pytest.mark.django_db
def test_every_public_html_page_runs_no_inline_script_and_carries_the_policy(client):
    assert "/admin/login/" in html_pages_checked(client)


@pytest.mark.django_db
def test_every_admin_page_runs_no_inline_script_and_carries_the_policy(admin_client):
    checked = html_pages_checked(admin_client)

    assert "/admin/" in checked
    assert "/admin/proposals/proposal/add/" in checked


@pytest.mark.django_db
@pytest.mark.urls("tests.config.swagger_urls")
def test_swagger_ui_loads_only_same_origin_scripts(client):
    response = client.get("/docs/")
    html = response.content.decode()
    sources = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", html)

    assert INLINE_SCRIPT.findall(html) == []
    assert sources[:2] == [
        "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js",
        "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-standalone-preset.js",
    ]
    assert sources[2].startswith("/docs/?")
    init = client.get(sources[2].replace("&amp;", "&"))
    assert init.status_code == 200
    assert init["Content-Type"].startswith("application/javascript")
    assert_security_headers(init)


def test_a_view_that_sets_its_own_policy_keeps_it(rf, settings):
    from django.http import HttpResponse

    from config.middleware import ContentSecurityPolicyMiddleware

    def view(request):
        response = HttpResponse()
        response["Content-Security-Policy"] = "default-src 'none'"
        return response

    response = ContentSecurityPolicyMiddleware(view)(rf.get("/"))

    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_build_policy_joins_directives_and_skips_empty_ones():
    policy = build_policy(
        {
            "default-src": ["'self'"],
            "img-src": ["'self'", "data:"],
            "report-uri": [],
            "upgrade-insecure-requests": True,
        }
    )

    assert policy == "default-src 'self'; img-src 'self' data:; upgrade-insecure-requests"
