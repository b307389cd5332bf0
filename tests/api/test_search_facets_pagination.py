"""``q`` runs the site's Chinese search; facets count the filtered set in the database; pages and cursors."""

from __future__ import annotations

import pytest
from django.db.models import Count, F

from delegates.models import Delegate, Membership
from proposals import search
from proposals.models import Proposal, ProposalKeyTask, ProposalTopic

pytestmark = pytest.mark.django_db


def results(api, url="/api/v1/proposals/", **params):
    response = api.get(url, {"page_size": 500, **params})
    assert response.status_code == 200, response.content
    return response.json()


def test_q_finds_what_the_site_search_finds_best_first(api, data):
    expected = list(search.search_proposals(Proposal.objects.visible(), "算力").values_list("pk", flat=True))
    found = [p["id"] for p in results(api, q="算力")["results"]]
    assert expected and found == expected


def test_q_combines_with_filters_and_accepts_traditional_characters(api, data):
    found = {p["id"] for p in results(api, q="算力")["results"]}
    members = {p["id"] for p in results(api, q="算力", role="member")["results"]}
    assert members and members < found
    assert {p["id"] for p in results(api, q="算力")["results"]} == found
    simplified = {p["id"] for p in results(api, q="数据")["results"]}
    assert simplified and {p["id"] for p in results(api, q="數據")["results"]} == simplified
    assert [p["id"] for p in results(api, q="算力", ordering="id")["results"]] == sorted(found)


def test_q_on_delegates_finds_pinyin_and_on_articles_titles(api, data):
    delegate = Delegate.objects.active().first()
    assert delegate.pk in {d["id"] for d in results(api, "/api/v1/delegates/", q=delegate.pinyin)["results"]}
    article = data[1]
    assert article.pk in {a["id"] for a in results(api, "/api/v1/articles/", q=article.title.split()[0])["results"]}


def test_the_search_parameter_is_named_q_and_an_empty_one_is_ignored(api, data):
    assert results(api, q="")["count"] == Proposal.objects.visible().count()


def expected_counts(queryset, field, untagged=0):
    counts = {
        row["value"]: row["n"]
        for row in queryset.values(value=F(field)).annotate(n=Count("proposal", distinct=True))
    }
    return {**counts, "none": untagged} if untagged else counts


def test_key_task_and_sector_facets_count_the_whole_filtered_set(api, data):
    body = results(api, page_size=1, facets="key_task,sector", role="member")
    members = Proposal.objects.visible().filter(
        pk__in=[p for p in Proposal.objects.visible().values_list("pk", flat=True)
                if Membership.objects.filter(delegate__proposaldelegate__proposal=p, role="member",
                                             session__articles__proposals=p).exists()]
    )
    assert body["count"] == members.count()
    assert {b["value"]: b["count"] for b in body["facets"]["key_task"]} == expected_counts(
        ProposalKeyTask.objects.filter(proposal__in=members), "key_task__slug",
        untagged=members.filter(key_task_links__isnull=True).count(),
    )
    assert {b["value"]: b["count"] for b in body["facets"]["sector"]} == expected_counts(
        ProposalTopic.objects.filter(proposal__in=members), "topic__slug",
        untagged=members.filter(topic_links__isnull=True).count(),
    )
    counts = [b["count"] for b in body["facets"]["key_task"] if b["value"] != "none"]
    assert counts == sorted(counts, reverse=True)


def test_role_level_delegation_session_kind_facets(api, data):
    body = results(api, page_size=1, facets="role,level,delegation,session,kind")
    for facet in ("role", "level", "session", "kind"):
        buckets = body["facets"][facet]
        for bucket in buckets:
            filtered = results(api, page_size=1, **{facet: bucket["value"]})
            assert filtered["count"] == bucket["count"], (facet, bucket)
    assert {b["label"] for b in body["facets"]["role"]} <= {"人大代表", "政协委员", "其他"}
    for bucket in body["facets"]["delegation"]:
        assert results(api, page_size=1, delegation=bucket["value"])["count"] == bucket["count"]


def test_facets_are_computed_by_a_fixed_number_of_queries(api, data, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        api.get("/api/v1/proposals/", {"facets": "key_task,sector,role,level,delegation,session,kind"})


def test_delegate_facets(api, data):
    body = results(api, "/api/v1/delegates/", page_size=1, facets="role,session")
    for bucket in body["facets"]["role"]:
        assert results(api, "/api/v1/delegates/", page_size=1, role=bucket["value"])["count"] == bucket["count"]


def test_page_numbers_walk_every_record_once(api, data):
    total = Proposal.objects.visible().count()
    seen, url, params = [], "/api/v1/proposals/", {"page_size": 7}
    while url:
        body = api.get(url, params).json()
        seen += [p["id"] for p in body["results"]]
        url, params = body["next"], None
    assert len(seen) == len(set(seen)) == total


def test_a_cursor_walks_every_record_once_in_id_order(api, data):
    seen, url, params = [], "/api/v1/proposals/", {"paginate": "cursor", "page_size": 5}
    while url:
        body = api.get(url, params).json()
        assert "count" not in body
        seen += [p["id"] for p in body["results"]]
        url, params = body["next"], None
    assert seen == sorted(Proposal.objects.visible().values_list("pk", flat=True))


def test_a_cursor_keeps_the_filters(api, data):
    body = api.get("/api/v1/proposals/", {"paginate": "cursor", "page_size": 1, "key_task": "industry"}).json()
    assert "key_task=industry" in body["next"]


def test_last_page_keyword(api, data):
    body = api.get("/api/v1/proposals/", {"page": "last", "page_size": 10}).json()
    assert body["next"] is None and body["results"]
