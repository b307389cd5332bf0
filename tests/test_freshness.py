"""Figures cached until the data change (proposals.freshness): the front page, the statistics page
and the facet panel are computed once per data version and recomputed as soon as it moves."""

from __future__ import annotations

from django.urls import reverse

from delegates.models import Delegate
from proposals.freshness import cached, data_version
from proposals.models import Article, Proposal
from tests.conftest import SAMPLES_DIR, ingest_file


def test_a_cached_figure_is_computed_once_until_a_proposal_changes(sample_article):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert cached("t", ("a",), compute) == 1
    assert cached("t", ("a",), compute) == 1
    assert cached("t", ("b",), compute) == 2  # other parameters, other entry
    proposal = Proposal.objects.first()
    proposal.headline = proposal.headline + "（改）"
    proposal.save()
    assert cached("t", ("a",), compute) == 3


def test_the_data_version_moves_with_a_deletion_and_a_renamed_delegate(sample_article):
    before = data_version()
    delegate = Delegate.objects.first()
    delegate.name = delegate.name + "甲"
    delegate.save()
    renamed = data_version()
    assert renamed != before
    Proposal.objects.filter(pk=Proposal.objects.order_by("id").first().pk).delete()
    assert data_version() != renamed


def test_the_front_page_and_statistics_follow_an_ingest_at_once(client, sample_article):
    home, stats = reverse("proposals:home"), reverse("proposals:stats")
    first_home, first_stats = client.get(home).context["proposals"], client.get(stats).context["total"]
    assert client.get(home).context["proposals"] == first_home  # served from the cache
    for path in sorted(SAMPLES_DIR.glob("*.md"))[:2]:
        ingest_file(path)
    visible = Proposal.objects.visible().count()
    assert visible > first_home
    assert client.get(home).context["proposals"] == visible
    assert client.get(stats).context["total"] == visible > first_stats
    assert client.get(home).context["articles"] == Article.objects.count()
