"""Filters mirror the website's facets; bad values are a 400 naming the parameter, never a 500."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db.models import Q
from django.utils import timezone

from delegates.models import Delegate, Membership
from proposals.models import Article, KeyTask, Proposal
from proposals.services import delegate_merge

pytestmark = pytest.mark.django_db


def ids(api, url="/api/v1/proposals/", **params) -> set:
    response = api.get(url, {"page_size": 500, **params})
    assert response.status_code == 200, response.content
    key = "slug" if url.endswith(("topics/", "sessions/")) else "id"
    return {item[key] for item in response.json()["results"]}


def visible():
    return Proposal.objects.visible()


def test_key_task_filter_takes_slugs_and_matches_any(api, data):
    assert ids(api, key_task="industry") == set(visible().filter(key_tasks__slug="industry").values_list("pk", flat=True))
    either = set(visible().filter(key_tasks__slug__in=["industry", "innovation"]).values_list("pk", flat=True))
    assert ids(api, key_task="industry,innovation") == either
    assert ids(api, key_task=["industry", "innovation"]) == either


def test_sector_filter(api, data):
    expected = set(visible().filter(topics__slug="digital-computing").values_list("pk", flat=True))
    assert expected and ids(api, sector="digital-computing") == expected


def proposers_matching(**conditions) -> set:
    found = set()
    for proposal in visible().select_related("article"):
        for delegate in proposal.delegates.all():
            if Membership.objects.filter(delegate=delegate, session=proposal.article.session_id, **conditions).exists():
                found.add(proposal.pk)
    return found


@pytest.mark.parametrize("params", [{"role": "member"}, {"role": "deputy"}, {"level": "national"},
                                    {"role": "deputy", "level": "municipal"}])
def test_role_and_level_filters_use_the_proposers_membership_at_that_session(api, data, params):
    expected = proposers_matching(**params)
    assert expected and ids(api, **params) == expected


def test_delegation_filter(api, data):
    delegation = Membership.objects.exclude(delegation="").values_list("delegation", flat=True).first()
    expected = proposers_matching(delegation=delegation)
    assert expected and ids(api, delegation=delegation) == expected


def test_session_article_and_kind_filters(api, data):
    article = Article.objects.first()
    assert ids(api, session=article.session.slug) == set(
        visible().filter(article__session=article.session).values_list("pk", flat=True)
    )
    assert ids(api, article=article.pk) == set(visible().filter(article=article).values_list("pk", flat=True))
    assert ids(api, kind="suggestion") == set(visible().filter(kind="suggestion").values_list("pk", flat=True))


def test_delegate_filter_follows_a_merge_to_the_survivor(api, data):
    survivor, other = Delegate.objects.active().filter(proposals__isnull=False).distinct()[:2]
    delegate_merge(survivor=survivor, others=[other])
    expected = set(visible().filter(delegates=survivor).values_list("pk", flat=True))
    assert len(expected) >= 2
    assert ids(api, delegate=survivor.pk) == expected
    assert ids(api, delegate=other.pk) == expected


def test_date_range_and_updated_since(api, data):
    Article.objects.filter(pk=data[0].pk).update(published_on=date(2026, 3, 5))
    Article.objects.filter(pk=data[1].pk).update(published_on=date(2026, 1, 20))
    in_march = set(visible().filter(article=data[0]).values_list("pk", flat=True))
    assert ids(api, published_after="2026-03-01", published_before="2026-03-31") == in_march
    assert ids(api, published_before="2026-01-31") == set(visible().filter(article=data[1]).values_list("pk", flat=True))

    cutoff = timezone.now() + timedelta(seconds=1)
    touched = visible().first()
    Proposal.objects.filter(pk=touched.pk).update(updated_at=cutoff + timedelta(minutes=1))
    assert ids(api, updated_since=cutoff.isoformat()) == {touched.pk}


def test_ordering(api, data):
    body = api.get("/api/v1/proposals/", {"ordering": "id", "page_size": 500}).json()["results"]
    assert [p["id"] for p in body] == sorted(p["id"] for p in body)
    body = api.get("/api/v1/proposals/", {"ordering": "-updated_at", "page_size": 500}).json()["results"]
    assert [p["updated_at"] for p in body] == sorted((p["updated_at"] for p in body), reverse=True)
    names = [d["pinyin"] for d in api.get("/api/v1/delegates/", {"ordering": "pinyin", "page_size": 500}).json()["results"]]
    assert names == sorted(names)


def test_delegate_list_filters(api, data):
    expected = set(Delegate.objects.active().filter(memberships__role="member").values_list("pk", flat=True))
    assert ids(api, "/api/v1/delegates/", role="member") == expected
    by_task = set(Delegate.objects.active().filter(proposals__key_tasks__slug="livelihood").values_list("pk", flat=True))
    assert by_task and ids(api, "/api/v1/delegates/", key_task="livelihood") == by_task
    session = data[0].session
    assert ids(api, "/api/v1/delegates/", session=session.slug, role="deputy") == set(
        Delegate.objects.active().filter(memberships__session=session, memberships__role="deputy").values_list("pk", flat=True)
    )


def test_article_and_session_filters(api, data):
    article = data[0]
    delegate = article.mentions.first().delegate
    assert ids(api, "/api/v1/articles/", delegate=delegate.pk) == set(
        Article.objects.filter(mentions__delegate=delegate).values_list("pk", flat=True)
    )
    assert ids(api, "/api/v1/articles/", session=article.session.slug) == {article.pk}
    assert ids(api, "/api/v1/sessions/", level="national") == {"2026-national"}
    plan = KeyTask.objects.exclude(session=None).first().session
    assert ids(api, "/api/v1/key-tasks/", session=plan.slug) == set(
        KeyTask.objects.filter(Q(session=plan) | Q(session=None)).values_list("pk", flat=True)
    )
    assert ids(api, "/api/v1/key-tasks/", session=data[1].session.slug) == set(
        KeyTask.objects.filter(session=None).values_list("pk", flat=True)
    )


@pytest.mark.parametrize(("params", "named"), [
    ({"key_task": "no-such-task"}, "key_task"),
    ({"sector": "no-such-sector"}, "sector"),
    ({"role": "mayor"}, "role"),
    ({"published_after": "2026-02-30"}, "published_after"),
    ({"published_before": "yesterday"}, "published_before"),
    ({"updated_since": "not a time"}, "updated_since"),
    ({"delegate": "abc"}, "delegate"),
    ({"delegate": "99999999999999999999999"}, "delegate"),
    ({"session": "1900-nowhere"}, "session"),
    ({"ordering": "passage"}, "ordering"),
    ({"page": "999"}, "page"),
    ({"page": "0"}, "page"),
    ({"page": "two"}, "page"),
    ({"page_size": "100000"}, "page_size"),
    ({"page_size": "0"}, "page_size"),
    ({"facets": "key_task,color"}, "facets"),
    ({"delegation": "通辽\x00市"}, "delegation"),
    ({"q": "\x00"}, "q"),
    ({"paginate": "sideways"}, "paginate"),
    ({"paginate": "cursor", "cursor": "garbage"}, "cursor"),
    ({"paginate": "cursor", "ordering": "id"}, "ordering"),
])
def test_bad_parameters_are_a_400_naming_the_parameter(api, data, params, named):
    response = api.get("/api/v1/proposals/", params)
    assert response.status_code == 400
    assert named in response.json()


def test_bad_parameters_on_other_lists(api, data):
    assert "key_task" in api.get("/api/v1/delegates/", {"key_task": "nope"}).json()
    assert "published_after" in api.get("/api/v1/articles/", {"published_after": "2026-13-01"}).json()
    assert "year" in api.get("/api/v1/sessions/", {"year": "nineteen"}).json()
    assert "level" in api.get("/api/v1/sessions/", {"level": "galactic"}).json()
