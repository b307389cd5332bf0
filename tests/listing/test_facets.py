"""Facets computed together (role, level and delegation in one ``GROUPING SETS`` query on
PostgreSQL) count exactly what each facet's own query counts, in the same order."""

from __future__ import annotations

import pytest
from django.db.models import Exists, OuterRef

from proposals.listing import facets
from proposals.listing.query import proposal_list
from proposals.models import ProposalKeyTask

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("filtered", [False, True])
def test_membership_facets_together_equal_each_alone(demo_articles, filtered):
    proposals = proposal_list()
    if filtered:
        proposals = proposals.filter(
            Exists(ProposalKeyTask.objects.filter(proposal=OuterRef("pk"), key_task__slug="industry"))
        )
    fields = list(facets.MEMBERSHIP_FIELDS)
    alone = {field: facets.PROPOSAL_FACETS[field](proposals) for field in fields}
    assert any(alone.values())
    assert facets.membership_facets(proposals, fields) == alone
    assert facets.membership_facets(proposals, ["level", "role"]) == {f: alone[f] for f in ("level", "role")}


def test_facet_counts_with_and_without_membership_facets(demo_articles):
    proposals = proposal_list()
    names = ["kind", "role", "key_task", "delegation"]
    counts = facets.facet_counts(proposals, names, facets.PROPOSAL_FACETS)
    assert list(counts) == names
    assert counts == {name: facets.PROPOSAL_FACETS[name](proposals) for name in names}
