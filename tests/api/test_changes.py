"""The change feed tells a mirror everything: creations, updates, deletions (tombstones too) and merges."""

from __future__ import annotations

import pytest
from django.utils import timezone

from delegates.models import Delegate
from proposals.editorial import proposals_delete
from proposals.models import Proposal
from proposals.services import delegate_merge

pytestmark = pytest.mark.django_db


def feed(api, **params) -> list[dict]:
    """Every event from ``params`` on, following ``next``."""
    events, url, query = [], "/api/v1/changes/", {"page_size": 1000, **params}
    while url:
        response = api.get(url, query)
        assert response.status_code == 200, response.content
        body = response.json()
        events += body["results"]
        url, query = body["next"], None
    return events


def test_the_whole_feed_creates_every_record_a_list_shows(api, data):
    created = {(e["type"], e["id"]) for e in feed(api) if e["action"] == "created"}
    assert {("proposal", str(pk)) for pk in Proposal.objects.values_list("pk", flat=True)} <= created
    assert {("delegate", str(pk)) for pk in Delegate.objects.values_list("pk", flat=True)} <= created
    assert {("article", str(a.pk)) for a in data} <= created


def test_since_returns_only_later_changes_and_a_staff_deletion_is_a_deletion(api, data):
    since = timezone.now()
    proposal = Proposal.objects.visible().first()
    proposals_delete(proposals=[proposal])
    events = feed(api, since=since.isoformat())
    assert events == [{
        "type": "proposal", "id": str(proposal.pk), "action": "deleted",
        "changed_at": events[0]["changed_at"], "url": None, "merged_into": None,
    }]


def test_a_real_deletion_is_a_deletion(api, data):
    since = timezone.now()
    proposal = Proposal.objects.visible().first()
    pk = proposal.pk
    proposal.delete()
    assert [(e["type"], e["id"], e["action"]) for e in feed(api, since=since.isoformat())] == [
        ("proposal", str(pk), "deleted")
    ]


def test_a_merge_names_the_survivor_and_updates_it(api, data):
    survivor, other = Delegate.objects.active().filter(memberships__isnull=False).distinct()[:2]
    since = timezone.now()
    delegate_merge(survivor=survivor, others=[other])
    events = feed(api, since=since.isoformat())
    merged = [e for e in events if e["action"] == "merged"]
    assert merged == [{
        "type": "delegate", "id": str(other.pk), "action": "merged", "changed_at": merged[0]["changed_at"],
        "url": f"http://testserver/api/v1/delegates/{other.pk}/", "merged_into": survivor.pk,
    }]
    assert ("delegate", str(survivor.pk), "updated") in {(e["type"], e["id"], e["action"]) for e in events}


def test_merge_chains_resolve_to_the_final_survivor(api, data):
    first, second, third = Delegate.objects.active()[:3]
    since = timezone.now()
    delegate_merge(survivor=second, others=[first])
    delegate_merge(survivor=third, others=[second])
    merged = {e["id"]: e["merged_into"] for e in feed(api, since=since.isoformat()) if e["action"] == "merged"}
    assert merged == {str(first.pk): third.pk, str(second.pk): third.pk}


def test_an_update_is_reported_once_per_save_with_a_url(api, data):
    proposal = Proposal.objects.visible().first()
    since = timezone.now()
    proposal.summary = "新的摘要"
    proposal.save()
    assert feed(api, since=since.isoformat()) == [{
        "type": "proposal", "id": str(proposal.pk), "action": "updated",
        "changed_at": feed(api, since=since.isoformat())[0]["changed_at"],
        "url": f"http://testserver/api/v1/proposals/{proposal.pk}/", "merged_into": None,
    }]


def test_pages_are_contiguous_and_poll_resumes_after_the_last_event(api, data):
    everything = feed(api)
    paged, url, query = [], "/api/v1/changes/", {"page_size": 7}
    while url:
        body = api.get(url, query).json()
        assert len(body["results"]) <= 7
        paged += body["results"]
        url, query, poll = body["next"], None, body["poll"]
    assert paged == everything
    assert api.get(poll).json()["results"] == []
    proposal = Proposal.objects.visible().first()
    proposal.save()
    assert [(e["type"], e["id"]) for e in api.get(poll).json()["results"]] == [("proposal", str(proposal.pk))]


def test_type_filter(api, data):
    types = {e["type"] for e in feed(api, type="proposal,article")}
    assert types == {"proposal", "article"}


@pytest.mark.parametrize(("params", "named"), [
    ({"since": "last tuesday"}, "since"),
    ({"since": "2026-02-30"}, "since"),
    ({"cursor": "!!!"}, "cursor"),
    ({"type": "tweet"}, "type"),
    ({"page_size": "5000"}, "page_size"),
])
def test_bad_parameters_are_a_400_naming_them(api, data, params, named):
    response = api.get("/api/v1/changes/", params)
    assert response.status_code == 400
    assert named in response.json()


def test_a_date_alone_is_midnight(api, data):
    assert feed(api, since="2000-01-01") == feed(api)
