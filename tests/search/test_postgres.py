"""proposals.search.postgres: the key cutoff that spares reading old matches never changes the result."""

from __future__ import annotations

import pytest
from django.db import connection

from proposals.models import Proposal
from proposals.search import postgres, ranking
from proposals.search.ranking import search_proposals

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the key cutoff is PostgreSQL's"),
]


@pytest.mark.parametrize("where", ["below every match", "above most matches", "above every key"])
def test_a_key_cutoff_never_changes_the_newest_candidates(sample_article, monkeypatch, where):
    monkeypatch.setattr(ranking, "RANK_CANDIDATES", 3)
    expected = [(p.pk, p.search_rank) for p in search_proposals(Proposal.objects.visible(), "发展")]
    keys = sorted(pk for pk, _ in expected)
    assert len(keys) == 3
    cutoff = {"below every match": 0, "above most matches": keys[-2], "above every key": keys[-1] + 10**6}[where]
    # Whatever the planner's estimates make of the cutoff, too high a one is caught by the count.
    monkeypatch.setattr(postgres, "choose_plan", lambda *args: postgres.Plan(walk=False, cutoff=cutoff))
    assert [(p.pk, p.search_rank) for p in search_proposals(Proposal.objects.visible(), "发展")] == expected
