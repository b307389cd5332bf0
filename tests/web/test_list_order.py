"""The proposal list reads a page ids first (``selectors.NewestFirst``): the same rows, in the same
order, as sorting the filtered queryset itself, on every page, with or without filters, when
articles share a date and when they have none."""

from __future__ import annotations

import pytest
from django.db.models import Exists, OuterRef
from django.urls import reverse

from proposals import selectors
from proposals.listing.query import NEWEST_FIRST, proposal_list
from proposals.models import Article, ProposalTopic

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles_with_ties(sample_article, demo_articles):
    """Five articles: two on the same day, one without a date, the others as ingested."""
    articles = sorted([sample_article, *demo_articles], key=lambda a: a.pk)
    Article.objects.filter(pk__in=[articles[0].pk, articles[2].pk]).update(published_on="2026-03-05")
    Article.objects.filter(pk=articles[1].pk).update(published_on=None)
    return articles


def expected_ids(queryset) -> list[int]:
    return list(queryset.order_by(*NEWEST_FIRST).values_list("pk", flat=True))


def with_a_sector(queryset):
    # A filter most proposals pass (key tasks now come only from a session's own plan, which
    # only two of the five articles' sessions have).
    return queryset.filter(Exists(ProposalTopic.objects.filter(proposal=OuterRef("pk"))))


@pytest.mark.parametrize("filtered", [False, True])
@pytest.mark.parametrize("page_size", [1, 7, 20])
def test_pages_read_ids_first_match_sorting_the_queryset(articles_with_ties, filtered, page_size):
    queryset = with_a_sector(proposal_list()) if filtered else proposal_list()
    expected = expected_ids(queryset)
    assert len(expected) > page_size  # several pages
    listing = selectors.NewestFirst(queryset, filtered=filtered)
    pages = [listing[start : start + page_size] for start in range(0, len(expected), page_size)]
    assert [p.pk for page in pages for p in page] == expected
    assert listing.count() == len(expected)
    assert [p.pk for p in listing] == expected


def test_an_empty_queryset_lists_nothing(articles_with_ties):
    listing = selectors.NewestFirst(proposal_list().none(), filtered=True)
    assert listing.count() == 0 and listing[0:20] == []


@pytest.mark.parametrize("query", ["", "?key_task=industry", "?q=发展&sort=newest", "?role=member&page=2"])
def test_list_page_rows_are_the_filtered_set_newest_first(client, articles_with_ties, query):
    response = client.get(reverse("proposals:proposal_list") + query)
    assert response.status_code == 200
    page = response.context["page"]
    shown = [row["proposal"].pk for row in response.context["rows"]]
    queryset, errors = response.context["paginator"].object_list.queryset, response.context["errors"]
    assert not errors
    start = (page.number - 1) * 20
    assert shown == expected_ids(queryset)[start : start + 20]
    assert shown  # the page is not empty
