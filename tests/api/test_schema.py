"""The OpenAPI schema describes every parameter and field; its docs page loads nothing from a CDN."""

from __future__ import annotations

import re

import pytest
import yaml

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(api):
    response = api.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json() if "json" in response["Content-Type"] else yaml.safe_load(response.content)


def test_every_endpoint_is_in_the_schema(schema):
    paths = set(schema["paths"])
    for name in ("proposals", "delegates", "articles", "key-tasks"):
        assert f"/api/v1/{name}/" in paths and f"/api/v1/{name}/{{id}}/" in paths
    for name in ("topics", "sessions"):
        assert f"/api/v1/{name}/" in paths and f"/api/v1/{name}/{{slug}}/" in paths
    assert {"/api/v1/changes/", "/api/v1/proposals/export.csv", "/api/v1/proposals/export.jsonl",
            "/api/v1/delegates/export.csv", "/api/v1/delegates/export.jsonl"} <= paths


def test_every_query_parameter_is_described(schema):
    missing = [
        f"{method.upper()} {path} ?{param['name']}"
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        for param in operation.get("parameters", [])
        if param["in"] == "query" and not param.get("description")
    ]
    assert missing == []


def test_every_field_is_described_with_its_chinese_term(schema):
    undescribed, no_chinese = [], []
    for name, component in schema["components"]["schemas"].items():
        for field, spec in component.get("properties", {}).items():
            text = spec.get("description", "")
            if not text:
                undescribed.append(f"{name}.{field}")
            elif field not in ("url", "detail") and not re.search(r"[\u4e00-\u9fff]", text) and "API URL" not in text:
                no_chinese.append(f"{name}.{field}")
    assert undescribed == []
    assert no_chinese == []


def test_the_proposal_filters_are_documented(schema):
    names = {p["name"] for p in schema["paths"]["/api/v1/proposals/"]["get"]["parameters"]}
    assert {"key_task", "sector", "role", "level", "delegation", "session", "article", "delegate",
            "published_after", "published_before", "updated_since", "q", "ordering", "facets",
            "page", "page_size", "paginate", "cursor"} <= names


def test_the_docs_page_uses_our_own_static_files_and_no_inline_script(api):
    response = api.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert sources and all(src.startswith("/") for src in sources), sources
    assert not re.search(r"<script>\s*\S", html)  # the start-up script is a separate file (our CSP)
    assert api.get("/api/v1/docs/?script=").status_code == 200
