"""proposals.search.ranking: the same expectations on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

Run the suite twice to cover both engines: once as is, once with DATABASE_URL pointing at PostgreSQL.
"""

from __future__ import annotations

import pytest
from django.db import connection

from delegates.models import Delegate
from proposals.models import Article, Proposal
from proposals.search import ranking
from proposals.search.ranking import search_articles, search_delegates, search_proposals

pytestmark = pytest.mark.django_db


def proposers(proposal: Proposal) -> set[str]:
    return {d.name for d in proposal.delegates.all()}


def test_a_word_finds_the_proposal_that_uses_it(sample_article):
    found = list(search_proposals(Proposal.objects.visible(), "算力"))
    assert found, "算力 should match the computing-power proposal"
    assert any("袁永升" in proposers(p) for p in found)
    assert all(p.search_rank >= found[-1].search_rank for p in found)


def test_a_query_in_traditional_characters_finds_simplified_text(sample_article):
    simplified = [p.pk for p in search_proposals(Proposal.objects.visible(), "算力产业")]
    traditional = [p.pk for p in search_proposals(Proposal.objects.visible(), "算力產業")]
    assert simplified and simplified == traditional


def test_a_phrase_finds_the_proposal_and_ranks_the_exact_phrase_first(sample_article):
    found = list(search_proposals(Proposal.objects.visible(), "商业航天"))
    assert found and "赵勇" in proposers(found[0])


@pytest.mark.parametrize("query", ["赵勇", "zhaoyong", "ZhaoYong", "zhao yong", "zhao", "趙勇", "勇"])
def test_a_delegate_is_found_by_name_partial_name_and_pinyin(sample_article, query):
    names = [d.name for d in search_delegates(Delegate.objects.active(), query)]
    assert "赵勇" in names


def test_a_delegate_is_found_by_organization(sample_article):
    names = [d.name for d in search_delegates(Delegate.objects.active(), "航天科工")]
    assert "赵勇" in names


def test_a_proposal_is_found_by_its_delegate_name(sample_article):
    found = list(search_proposals(Proposal.objects.visible(), "袁永升"))
    assert found and all("袁永升" in proposers(p) for p in found)


def test_filters_on_the_queryset_combine_with_the_query(sample_article):
    culture = Proposal.objects.visible().filter(key_tasks__slug="culture")
    found = list(search_proposals(culture, "云宇峰"))
    assert found and all("culture" in {t.slug for t in p.key_tasks.all()} for p in found)
    assert not search_proposals(culture, "算力").exists() or all(
        "culture" in {t.slug for t in p.key_tasks.all()} for p in search_proposals(culture, "算力")
    )


def test_articles_are_searched_by_title_and_text(sample_article):
    assert search_articles(Article.objects.all(), "云宇峰").filter(pk=sample_article.pk).exists()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "，。！？",
        "<>&\"'",
        "的",
        "水",
        "a",
        "算" * 5000,
        "zhaoyong " * 300,
        "('\\\"* OR AND NOT:*|&!",
    ],
)
def test_odd_queries_never_fail(sample_article, query):
    for searcher, queryset in (
        (search_proposals, Proposal.objects.visible()),
        (search_delegates, Delegate.objects.active()),
        (search_articles, Article.objects.all()),
    ):
        list(searcher(queryset, query)[:20])


def test_a_punctuation_query_matches_nothing(sample_article):
    assert not search_proposals(Proposal.objects.visible(), "，。！").exists()


def test_only_the_newest_candidates_are_ranked(sample_article, monkeypatch):
    everything = list(search_proposals(Proposal.objects.visible(), "发展"))
    assert len(everything) > 2
    monkeypatch.setattr(ranking, "RANK_CANDIDATES", 2)
    capped = list(search_proposals(Proposal.objects.visible(), "发展"))
    assert sorted(p.pk for p in capped) == sorted(p.pk for p in everything)[-2:]


def test_search_uses_a_fixed_number_of_queries(sample_article, django_assert_num_queries):
    list(search_proposals(Proposal.objects.visible(), "算力"))  # the segmenter has learnt the names
    # Has the vocabulary grown, the ranked candidates, the page; on PostgreSQL also the planner's
    # estimate of the matches, the rows and the key range, and JIT turned off for the ranking.
    with django_assert_num_queries(6 if connection.vendor == "postgresql" else 3):
        list(search_proposals(Proposal.objects.visible(), "算力 产业 袁永升"))
