"""The search result list says when a proposal matched through its sector, and marks the keywords."""

from __future__ import annotations

import pytest
from django.test import Client

from proposals.models import Proposal, ProposalTopic
from proposals.search import normalize

pytestmark = pytest.mark.django_db


def test_a_result_found_through_its_sector_says_so_with_the_keywords_marked(demo_articles):
    link = next(
        link for link in ProposalTopic.objects.select_related("topic", "proposal").exclude(evidence=[])
        if link.topic.name not in normalize(link.proposal.passage + link.proposal.headline + link.proposal.summary)
        and Proposal.objects.visible().filter(pk=link.proposal_id).exists()
        and any(w in link.proposal.passage for w in link.evidence)
    )
    page = Client().get("/proposals/", {"q": link.topic.name}).content.decode()
    row = page.split(f'href="/proposals/{link.proposal_id}/"')[1].split("</article>")[0]
    assert f"因领域「{link.topic.name}」的关键词" in row
    word = next(w for w in link.evidence if w in link.proposal.passage)
    assert f"<mark>{word}</mark>" in row


def test_only_results_lacking_the_query_in_their_own_words_give_a_reason(demo_articles):
    page = Client().get("/proposals/", {"q": "算力"}).content.decode()
    rows = page.split('<article class="row">')[1:]
    own = [row for row in rows if "<mark>算力</mark>" in row.split('class="people"')[0]]
    assert own
    assert not [row for row in own if 'class="match-reason"' in row]
    assert all("<mark>算力</mark>" in row or "因领域「数字经济与算力」" in row for row in rows)
