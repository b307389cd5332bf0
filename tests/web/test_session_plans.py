"""A proposal whose session has no key-task plan says so, on its page and in the API."""

from __future__ import annotations

import pytest

from delegates.models import Level, Session
from proposals.models import Proposal

pytestmark = pytest.mark.django_db


def test_a_proposal_of_a_session_without_a_plan_says_the_session_has_none(client, sample_article):
    session = Session.objects.create(year=2024, level=Level.REGIONAL, region="安徽省", name="2024年安徽省两会",
                                     slug="2024-regional-anhuisheng")
    sample_article.session = session
    sample_article.save()
    proposal = Proposal.objects.filter(article=sample_article).first()
    proposal.key_task_links.all().delete()
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert "该会议（2024年安徽省两会）尚未录入重点工作" in page
    data = client.get(f"/api/v1/proposals/{proposal.pk}/").json()
    assert data["session_has_key_task_plan"] is False


def test_a_proposal_of_a_session_with_a_plan_does_not_say_so(client, sample_article):
    proposal = Proposal.objects.filter(article=sample_article).first()
    assert "尚未录入重点工作" not in client.get(proposal.get_absolute_url()).content.decode()
    assert client.get(f"/api/v1/proposals/{proposal.pk}/").json()["session_has_key_task_plan"] is True
