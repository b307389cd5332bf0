"""Year, region, date range and 未注明 (``none``) in the API, and parameters it does not know refused."""

from __future__ import annotations

from datetime import date

import pytest

from delegates.models import Session
from proposals.models import Article, Proposal

pytestmark = pytest.mark.django_db

URL = "/api/v1/proposals/"


def body(api, status=200, **params):
    response = api.get(URL, {"page_size": 500, **params})
    assert response.status_code == status, response.content
    return response.json()


def ids(api, **params) -> set[int]:
    return {item["id"] for item in body(api, **params)["results"]}


def visible():
    return Proposal.objects.visible()


def test_an_unknown_parameter_is_a_400_listing_the_allowed_ones(api, data):
    answer = body(api, 400, bogus="1")
    assert answer["unknown"] == ["bogus"]
    assert {"year", "region", "date_from", "date_to", "q", "page", "facets"} <= set(answer["allowed"])
    assert "bogus" in answer["detail"]


def test_unknown_parameters_are_refused_by_exports_and_other_lists_too(api, data):
    assert api.get("/api/v1/proposals/export.csv", {"yaer": "2026"}).status_code == 400
    assert api.get("/api/v1/delegates/", {"bogus": "1"}).status_code == 400
    assert api.get("/api/v1/delegates/", {"role": "member", "page_size": 5}).status_code == 200


def test_a_year_with_no_session_gives_nothing(api, data):
    assert body(api, year="1990")["count"] == 0


@pytest.mark.parametrize("name, value", [("year", "abc"), ("date_from", "2026-02-30"), ("date_to", "yesterday"),
                                         ("level", "galactic")])
def test_a_malformed_value_is_a_400_naming_the_parameter(api, data, name, value):
    assert name in body(api, 400, **{name: value})


def test_year_and_short_region_give_only_those(api, data, sample_article):
    expected = set(
        visible().filter(article__session__year=2026, article__session__region="内蒙古自治区").values_list("pk", flat=True)
    )
    assert expected and ids(api, year="2026", region="内蒙古") == expected
    assert ids(api, year="2026", region="内蒙古自治区") == expected
    assert ids(api, region="全国") == set(visible().filter(article__session__level="national").values_list("pk", flat=True))


def test_none_finds_the_proposals_whose_year_is_unknown(api, data):
    article = Article.objects.filter(proposals__isnull=False).first()
    unknown = Session.objects.create(level="regional", region="广东省", name="年份不详的会议", slug="unknown-year")
    Article.objects.filter(pk=article.pk).update(session=unknown)
    expected = set(visible().filter(article__session__year__isnull=True).values_list("pk", flat=True))
    assert set(visible().filter(article=article).values_list("pk", flat=True)) <= expected
    assert ids(api, year="none") == expected
    assert ids(api, year="2026") == set(visible().filter(article__session__year=2026).values_list("pk", flat=True))
    facet = body(api, facets="year")["facets"]["year"]
    assert {"value": "none", "label": "未注明", "count": len(expected)} in facet


def test_date_range_and_unknown_dates(api, data):
    dated, other = Article.objects.filter(proposals__isnull=False).distinct().order_by("pk")[:2]
    Article.objects.filter(pk=dated.pk).update(published_on=date(2026, 3, 5))
    Article.objects.filter(pk=other.pk).update(published_on=date(2026, 3, 9))
    first = set(visible().filter(article=dated).values_list("pk", flat=True))
    second = set(visible().filter(article=other).values_list("pk", flat=True))
    assert ids(api, date_from="2026-03-01", date_to="2026-03-06") == first
    assert ids(api, date_from="2026-03-06") == second
    assert ids(api, date_to="none") == set(visible().filter(article__published_on__isnull=True).values_list("pk", flat=True))
    # The older names keep working.
    assert ids(api, published_after="2026-03-06") == second


def test_region_and_delegation_facets_count_unknown_as_none_and_the_counts_filter_back(api, data, sample_article):
    facets = body(api, page_size=1, facets="region,delegation,key_task")["facets"]
    assert any(b["value"] == "内蒙古" for b in facets["region"])
    for name in ("region", "delegation", "key_task"):
        for bucket in facets[name]:
            assert body(api, page_size=1, **{name: bucket["value"]})["count"] == bucket["count"], (name, bucket)
    assert any(b["value"] == "none" and b["label"] == "未注明" for b in facets["delegation"])


def test_the_schema_documents_the_new_filters_and_the_400(api, db):
    schema = api.get("/api/v1/schema/", {"format": "json"}).json()
    operation = schema["paths"]["/api/v1/proposals/"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"year", "region", "date_from", "date_to"} <= names
    assert "allowed" in operation["responses"]["400"]["description"]
