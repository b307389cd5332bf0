"""Every endpoint lists and details its records, with working hyperlinks and stable identifiers."""

from __future__ import annotations

import pytest
from django.test import override_settings

from delegates.models import Delegate, Session
from proposals.editorial import delegate_delete, proposals_delete
from proposals.models import Article, KeyTask, Proposal, Topic
from proposals.services import delegate_merge

pytestmark = pytest.mark.django_db

LISTS = {
    "proposals": lambda: Proposal.objects.visible().count(),
    "delegates": lambda: Delegate.objects.active().count(),
    "articles": lambda: Article.objects.count(),
    "key-tasks": lambda: KeyTask.objects.count(),
    "topics": lambda: Topic.objects.count(),
    "sessions": lambda: Session.objects.count(),
}


def path_of(url: str) -> str:
    return url.removeprefix("http://testserver")


def test_api_root_links_every_list(api, data):
    body = api.get("/api/v1/").json()
    assert set(LISTS) <= set(body)


@pytest.mark.parametrize("name", list(LISTS))
def test_each_list_counts_every_visible_record_and_its_links_resolve(api, data, name):
    response = api.get(f"/api/v1/{name}/", {"page_size": 500})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == LISTS[name]() > 0
    assert len(body["results"]) == body["count"]
    detail = api.get(path_of(body["results"][0]["url"]))
    assert detail.status_code == 200
    assert detail.json()["url"] == body["results"][0]["url"]


def test_proposal_list_nests_proposers_key_tasks_sectors_article_and_span(api, data):
    proposal = Proposal.objects.visible().filter(key_tasks__isnull=False, topics__isnull=False).first()
    item = next(p for p in api.get("/api/v1/proposals/", {"page_size": 500}).json()["results"] if p["id"] == proposal.pk)
    membership = proposal.delegates.first().memberships.get(session=proposal.article.session)
    assert item["delegates"][0] == {
        "id": proposal.delegates.first().pk, "name": proposal.delegates.first().name,
        "role": membership.role, "level": membership.level, "delegation": membership.delegation,
        "affiliation": membership.affiliation, "url": f"http://testserver/api/v1/delegates/{proposal.delegates.first().pk}/",
    }
    assert [t["slug"] for t in item["key_tasks"]] == list(
        proposal.key_task_links.order_by("rank").values_list("key_task__slug", flat=True)
    )
    assert [t["slug"] for t in item["sectors"]] == list(proposal.topic_links.order_by("rank").values_list("topic__slug", flat=True))
    assert item["article"]["id"] == proposal.article_id and item["article"]["title"] == proposal.article.title
    assert item["session"]["slug"] == proposal.article.session.slug
    assert proposal.article.text[item["start"]:item["end"]] == item["passage"]


def test_proposal_detail_adds_evidence_context_and_review_state(api, data):
    proposal = Proposal.objects.visible().filter(key_tasks__isnull=False).first()
    body = api.get(f"/api/v1/proposals/{proposal.pk}/").json()
    assert body["key_tasks"][0]["evidence"] == proposal.key_task_links.order_by("rank").first().evidence
    assert body["context_before"] == proposal.context_before
    assert body["review_status"] == "unreviewed" and body["locked_fields"] == []


def test_deleted_proposal_leaves_the_list_and_its_detail_answers_410(api, data):
    proposal = Proposal.objects.visible().first()
    proposals_delete(proposals=[proposal])
    ids = [p["id"] for p in api.get("/api/v1/proposals/", {"page_size": 500}).json()["results"]]
    assert proposal.pk not in ids
    response = api.get(f"/api/v1/proposals/{proposal.pk}/")
    assert response.status_code == 410
    assert response.json()["id"] == proposal.pk


def test_unknown_and_malformed_identifiers_are_404(api, data):
    assert api.get("/api/v1/proposals/999999/").status_code == 404
    assert api.get("/api/v1/delegates/abc/").status_code == 404
    assert api.get("/api/v1/topics/no-such-sector/").status_code == 404
    assert api.get("/api/v1/sessions/1999-national/").status_code == 404


def test_merged_delegate_redirects_permanently_to_the_survivor(api, data):
    survivor, other = Delegate.objects.active()[:2]
    delegate_merge(survivor=survivor, others=[other])
    response = api.get(f"/api/v1/delegates/{other.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"http://testserver/api/v1/delegates/{survivor.pk}/"
    assert response.json()["merged_into"] == survivor.pk
    assert other.pk not in [d["id"] for d in api.get("/api/v1/delegates/", {"page_size": 500}).json()["results"]]
    assert api.get(f"/api/v1/delegates/{survivor.pk}/").json()["merged_from"] == [other.pk]


def test_deleted_delegate_answers_410(api, data):
    delegate = Delegate.objects.active().first()
    delegate_delete(delegate=delegate)
    assert api.get(f"/api/v1/delegates/{delegate.pk}/").status_code == 410


def test_delegate_detail_lists_memberships_aliases_and_counts(api, data):
    delegate = Delegate.objects.active().filter(memberships__isnull=False).first()
    body = api.get(f"/api/v1/delegates/{delegate.pk}/").json()
    assert body["name"] == delegate.name
    assert len(body["memberships"]) == delegate.memberships.count()
    assert body["proposal_count"] == delegate.proposals.filter(is_deleted=False).count()
    assert api.get(path_of(body["proposals_url"])).json()["count"] == body["proposal_count"]


@pytest.mark.parametrize("full_text", [True, False])
def test_article_text_follows_the_public_full_text_setting(api, data, full_text):
    article = Article.objects.first()
    with override_settings(LIANGHUI_PUBLIC_FULL_TEXT=full_text):
        body = api.get(f"/api/v1/articles/{article.pk}/").json()
    assert body["text"] == (article.text if full_text else None)
    assert {m["id"] for m in body["mentions"]} == set(article.mentions.values_list("delegate_id", flat=True))


def test_key_task_topic_and_session_counts_match_their_filtered_lists(api, data):
    for url in ("/api/v1/key-tasks/", "/api/v1/topics/", "/api/v1/sessions/"):
        for record in api.get(url).json()["results"]:
            assert api.get(path_of(record["proposals_url"])).json()["count"] == record["proposal_count"]


def test_writes_to_read_only_endpoints_are_refused(api, staff_api, data):
    assert api.post("/api/v1/delegates/", {}).status_code in (401, 403)
    assert staff_api.post("/api/v1/delegates/", {}).status_code in (403, 405)  # no add_delegate, no create
    assert staff_api.put(f"/api/v1/proposals/{Proposal.objects.first().pk}/", {}).status_code == 405


@pytest.mark.parametrize("name", ["proposals", "delegates", "articles", "key-tasks"])
def test_an_identifier_too_large_for_the_database_is_404_not_500(api, data, name):
    assert api.get(f"/api/v1/{name}/99999999999999999999999/").status_code == 404
