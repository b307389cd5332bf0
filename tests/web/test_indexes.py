"""The index pages: every key task, grouped per session plan, and every sector, with counts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from delegates.models import Level, Session
from proposals import directory
from proposals.models import KeyTask, Proposal, Topic
from tests.conftest import SAMPLES_DIR, ingest_file
from tests.web.test_pages import queries_for

pytestmark = pytest.mark.django_db


def test_the_key_task_index_lists_every_task_with_its_count(client, sample_article):
    response = client.get(reverse("proposals:key_task_index"))
    assert response.status_code == 200
    html = response.content.decode()
    for task in KeyTask.objects.all():
        assert task.get_absolute_url() in html and task.name in html
    culture = next(t for g in response.context["groups"] for t in g.tasks if t.slug == "culture")
    assert culture.proposal_count == Proposal.objects.visible().filter(key_tasks=culture).count() > 0


def test_a_deleted_proposal_is_not_counted(client, sample_article):
    culture = KeyTask.objects.get(slug="culture")
    before = Proposal.objects.visible().filter(key_tasks=culture).count()
    Proposal.objects.filter(key_tasks=culture).update(is_deleted=True)
    groups = client.get(reverse("proposals:key_task_index")).context["groups"]
    assert before and next(t for g in groups for t in g.tasks if t.pk == culture.pk).proposal_count == 0


def test_key_tasks_are_grouped_per_session_plan_latest_first_after_tasks_for_all_sessions(client, db):
    from tests.conftest import ensure_seed_data

    ensure_seed_data()
    seeded = KeyTask.objects.first().session
    older = Session.objects.create(year=2025, level=Level.REGIONAL, region="内蒙古自治区",
                                   name="2025年内蒙古自治区两会", slug="2025-nmg")
    KeyTask.objects.create(session=older, slug="old-plan", name="2025年的一项重点工作", order=1)
    KeyTask.objects.create(session=None, slug="everywhere", name="各次会议共有的重点工作", order=1)
    groups = client.get(reverse("proposals:key_task_index")).context["groups"]
    assert [g.label for g in groups] == [directory.ALL_SESSIONS, seeded.name, "2025年内蒙古自治区两会"]
    assert [t.slug for t in groups[0].tasks] == ["everywhere"]
    assert [t.slug for t in groups[2].tasks] == ["old-plan"]
    assert "适用于所有会议" in client.get(reverse("proposals:key_task_index")).content.decode()


def test_the_sector_index_lists_every_sector_with_its_count(client, sample_article):
    response = client.get(reverse("proposals:sector_index"))
    assert response.status_code == 200
    listed = response.context["sectors"]
    assert [t.slug for t in listed] == list(Topic.objects.order_by("order", "id").values_list("slug", flat=True))
    for topic in listed:
        assert topic.proposal_count == Proposal.objects.visible().filter(topics=topic).count()
        assert topic.get_absolute_url() in response.content.decode()


def test_the_navigation_links_the_indexes(client, db):
    html = client.get(reverse("proposals:home")).content.decode()
    assert 'href="/key-tasks/"' in html and 'href="/sectors/"' in html


@pytest.mark.parametrize("name", ["proposals:key_task_index", "proposals:sector_index"])
def test_queries_do_not_grow_with_rows(client, sample_article, name):
    small = queries_for(client, reverse(name))
    for path in sorted(SAMPLES_DIR.glob("*.md")):
        ingest_file(path)
    assert queries_for(client, reverse(name)) <= small
