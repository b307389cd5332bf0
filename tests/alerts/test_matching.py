"""The adapter: a subscription's query is matched by the list's own filters and search."""

from __future__ import annotations

import pytest

from proposals.alerts.matching import InvalidQuery, matching_proposals, normalize_query, query_errors
from proposals.listing.filters import ProposalFilter
from proposals.models import Proposal, ProposalKeyTask


def test_normalizing_keeps_the_followed_filters_and_drops_page_sort_and_unknown_parameters():
    query = normalize_query("page=3&sort=newest&key_task=industry,culture&bogus=1&q=%20商业%20%20航天%20")

    assert query == normalize_query("q=商业 航天&key_task=culture&key_task=industry")
    assert "page" not in query and "sort" not in query and "bogus" not in query


def test_normalizing_keeps_only_parameters_the_list_filters_know():
    followed = normalize_query("year=2026&region=内蒙古&sector=energy")

    for name in ("year", "region"):
        assert (name in followed) == (name in ProposalFilter.base_filters)
    assert "sector=energy" in followed


def test_a_query_the_filters_refuse_is_reported_by_parameter(db):
    assert "key_task" in query_errors("key_task=no-such-task")
    assert query_errors("") == {}


def test_matching_applies_the_list_filters(demo_articles):
    industry = matching_proposals("key_task=industry", after_id=0)

    assert industry.exists()
    assert set(industry.values_list("pk", flat=True)) == set(
        ProposalKeyTask.objects.filter(key_task__slug="industry", proposal__is_deleted=False)
        .values_list("proposal_id", flat=True)
    )


def test_matching_applies_the_search(demo_articles):
    found = list(matching_proposals("q=稀土", after_id=0))

    assert found and all("稀土" in p.passage or "稀土" in p.summary for p in found)


def test_matching_counts_only_proposals_after_the_mark_and_not_excluded(demo_articles):
    ids = list(Proposal.objects.visible().order_by("pk").values_list("pk", flat=True))
    mark = ids[len(ids) // 2]

    after = list(matching_proposals("", after_id=mark).values_list("pk", flat=True))
    excluded = list(
        matching_proposals("", after_id=mark, exclude_ids=Proposal.objects.filter(pk=after[0]).values("pk"))
        .values_list("pk", flat=True)
    )

    assert after == [pk for pk in ids if pk > mark]
    assert excluded == after[1:]


def test_deleted_proposals_never_match(demo_articles):
    proposal = Proposal.objects.order_by("pk").last()
    Proposal.objects.filter(pk=proposal.pk).update(is_deleted=True)

    assert proposal.pk not in set(matching_proposals("", after_id=0).values_list("pk", flat=True))


def test_matching_a_query_the_filters_refuse_raises_with_the_parameter(db):
    with pytest.raises(InvalidQuery) as raised:
        matching_proposals("sector=gone", after_id=0)

    assert "sector" in raised.value.errors
