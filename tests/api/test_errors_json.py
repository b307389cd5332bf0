"""The API always answers in JSON: a forged cursor, a bad page or parameter is a 400, an unknown
record or URL under /api/ a JSON 404, a method it does not take a JSON 405."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

FORGED_CURSOR = "cD0yMDI2LTAxLTAx"  # base64 of "p=2026-01-01": a position that is not an id


@pytest.mark.parametrize("endpoint", ["proposals", "delegates", "articles", "key-tasks", "topics", "sessions"])
def test_a_forged_cursor_is_a_400_naming_the_cursor(api, data, endpoint):
    response = api.get(f"/api/v1/{endpoint}/?cursor={FORGED_CURSOR}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert "cursor" in response.json()


def test_a_cursor_the_api_issued_still_walks_the_list(api, data):
    first = api.get("/api/v1/proposals/?paginate=cursor&page_size=2").json()
    second = api.get(first["next"])
    assert second.status_code == 200
    assert {p["id"] for p in second.json()["results"]}.isdisjoint({p["id"] for p in first["results"]})


@pytest.mark.parametrize("query", ["page=abc", "page=0", "page=99999", "page_size=-1", "paginate=sideways", "facets=nope"])
def test_a_malformed_page_or_parameter_is_a_json_400(api, data, query):
    response = api.get(f"/api/v1/proposals/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(
    "url", ["/api/v1/articles/0.5/", "/api/v1/nothing/", "/api/", "/api/v2/proposals/", "/api/v1/proposals/999999/"]
)
def test_an_unknown_api_url_or_record_is_a_json_404(api, data, url):
    response = api.get(url)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert "detail" in response.json()


def test_an_unknown_site_url_is_still_an_html_404(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("url", ["/api/v1/changes/"])
def test_a_method_the_api_does_not_take_is_a_json_405(staff_api, data, url):
    response = staff_api.delete(url)
    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")


def test_the_schema_documents_the_400_and_429_of_every_operation(api, db):
    schema = api.get("/api/v1/schema/?format=json").json()
    operations = [op for item in schema["paths"].values() for op in item.values() if isinstance(op, dict)]
    assert operations
    for operation in operations:
        assert {"400", "429"} <= set(operation["responses"]), operation["operationId"]
