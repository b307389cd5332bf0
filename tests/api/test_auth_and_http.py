"""Anonymous reads; staff writes with a token lock what they change; throttles, CORS, conditional GET."""

from __future__ import annotations

import pytest
from django.test import override_settings

from proposals.loader.articles import article_ingest
from proposals.models import Proposal, ProposalKeyTask, ProposalTopic
from tests.conftest import SAMPLES_DIR

from .conftest import token_client

pytestmark = pytest.mark.django_db


def a_proposal() -> Proposal:
    return Proposal.objects.visible().filter(key_tasks__isnull=False).order_by("id").first()


def test_anonymous_clients_read_but_cannot_write(api, data):
    proposal = a_proposal()
    assert api.get(f"/api/v1/proposals/{proposal.pk}/").status_code == 200
    assert api.patch(f"/api/v1/proposals/{proposal.pk}/", {"summary": "x"}, format="json").status_code == 401
    assert api.post(f"/api/v1/proposals/{proposal.pk}/tags/", {"sectors": ["energy"]}, format="json").status_code == 401


def test_a_token_without_the_permission_is_refused(reader_api, data):
    proposal = a_proposal()
    assert reader_api.get(f"/api/v1/proposals/{proposal.pk}/").status_code == 200
    assert reader_api.patch(f"/api/v1/proposals/{proposal.pk}/", {"summary": "x"}, format="json").status_code == 403
    response = reader_api.post(f"/api/v1/proposals/{proposal.pk}/tags/", {"sectors": ["energy"]}, format="json")
    assert response.status_code == 403


def test_a_staff_correction_is_saved_locked_and_survives_reingestion(staff_api, data):
    proposal = a_proposal()
    response = staff_api.patch(f"/api/v1/proposals/{proposal.pk}/", {"summary": "编辑改写的摘要", "headline": "编辑标题"},
                               format="json")
    assert response.status_code == 200
    assert response.json()["summary"] == "编辑改写的摘要"
    assert set(response.json()["locked_fields"]) == {"summary", "headline"}
    proposal.refresh_from_db()
    assert proposal.staff_fields == ["headline", "summary"]
    assert proposal.history.first().history_user.auth_token

    # The loader re-reads the article (forced) and must keep the staff's values.
    from proposals.ingest.sources import read_document

    path = next(p for p in SAMPLES_DIR.glob("*.md") if proposal.article.source_key.endswith(p.name))
    article_ingest(document=read_document(str(path), max_bytes=10_000_000), force=True)
    proposal.refresh_from_db()
    assert (proposal.summary, proposal.headline) == ("编辑改写的摘要", "编辑标题")


def test_a_correction_is_validated(staff_api, data):
    proposal = a_proposal()
    assert "kind" in staff_api.patch(f"/api/v1/proposals/{proposal.pk}/", {"kind": "poem"}, format="json").json()
    assert staff_api.patch(f"/api/v1/proposals/{proposal.pk}/", {}, format="json").status_code == 400
    assert staff_api.patch(f"/api/v1/proposals/{proposal.pk}/", {"summary": "x" * 501}, format="json").status_code == 400


def test_staff_add_and_remove_tags_which_locks_them(staff_api, data):
    proposal = Proposal.objects.visible().exclude(topics__slug="energy").first()
    response = staff_api.post(f"/api/v1/proposals/{proposal.pk}/tags/", {"sectors": ["energy"]}, format="json")
    assert response.status_code == 200
    assert "energy" in [t["slug"] for t in response.json()["sectors"]]
    link = ProposalTopic.objects.get(proposal=proposal, topic__slug="energy")
    assert link.origin == "staff"
    proposal.refresh_from_db()
    assert "topics" in proposal.staff_fields

    task = ProposalKeyTask.objects.filter(proposal=a_proposal()).first()
    url = f"/api/v1/proposals/{task.proposal_id}/tags/key_tasks/{task.key_task.slug}/"
    assert staff_api.delete(url).status_code == 200
    assert not ProposalKeyTask.objects.filter(pk=task.pk).exists()
    assert "key_tasks" in Proposal.objects.get(pk=task.proposal_id).staff_fields
    assert "slug" in staff_api.delete(url).json()  # no longer there


def test_unknown_tags_are_a_400(staff_api, data):
    response = staff_api.post(f"/api/v1/proposals/{a_proposal().pk}/tags/", {"key_tasks": ["nope"]}, format="json")
    assert response.status_code == 400 and "key_tasks" in response.json()
    response = staff_api.post(f"/api/v1/proposals/{a_proposal().pk}/tags/", {}, format="json")
    assert response.status_code == 400


def throttled(rates: dict):
    from django.conf import settings

    return override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates})


def test_anonymous_clients_are_throttled_with_retry_after(api, data):
    with throttled({"anon": "3/minute", "user": "100/minute"}):
        statuses = [api.get("/api/v1/topics/").status_code for _ in range(4)]
        response = api.get("/api/v1/topics/")
    assert statuses == [200, 200, 200, 429]
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60


def test_token_clients_have_their_own_rate(data):
    client, _ = token_client()
    with throttled({"anon": "1/minute", "user": "2/minute"}):
        assert [client.get("/api/v1/sessions/").status_code for _ in range(3)] == [200, 200, 429]


def test_cors_allows_reads_from_any_origin(api, data):
    response = api.get("/api/v1/proposals/", HTTP_ORIGIN="https://newsroom.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert {"ETag", "Retry-After"} <= {h.strip() for h in response["Access-Control-Expose-Headers"].split(",")}
    preflight = api.options("/api/v1/proposals/", HTTP_ORIGIN="https://newsroom.example",
                            HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "PATCH" not in preflight["Access-Control-Allow-Methods"]


@pytest.mark.parametrize("url", ["/api/v1/proposals/", "/api/v1/delegates/?role=member",
                                 "/api/v1/changes/?page_size=1000"])
def test_conditional_get_answers_304_until_the_data_changes(api, data, url):
    first = api.get(url)
    etag = first["ETag"]
    assert etag.startswith('"')
    again = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    proposal = a_proposal()
    proposal.summary = proposal.summary + "（更正）"
    proposal.save()
    changed = api.get(url, HTTP_IF_NONE_MATCH=etag)
    if url.startswith("/api/v1/delegates/"):
        assert changed.status_code == 304  # a proposal's summary is not part of a delegate
    else:
        assert changed.status_code == 200 and changed["ETag"] != etag


def test_conditional_get_on_a_detail_and_a_nested_change(api, data):
    proposal = a_proposal()
    url = f"/api/v1/proposals/{proposal.pk}/"
    etag = api.get(url)["ETag"]
    membership = proposal.delegates.first().memberships.first()
    membership.affiliation = "新的单位职务"
    membership.save()
    assert api.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200
