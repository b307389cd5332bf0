"""proposals.search: the same expectations on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

Run the suite twice to cover both engines: once as is, once with DATABASE_URL pointing at PostgreSQL.
"""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from hypothesis import given
from hypothesis import strategies as st

from delegates.models import Delegate
from proposals import search
from proposals.models import Article, Proposal, ProposalSearchDocument
from proposals.search import (
    parse_query,
    search_articles,
    search_delegates,
    search_proposals,
    snippet,
)
from proposals.services import delegate_merge

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


def test_a_delegate_name_is_one_word_in_the_index(sample_article):
    proposal = Proposal.objects.get(delegates__name="袁永升")
    assert "袁永升" in ProposalSearchDocument.objects.get(proposal=proposal).tokens.split()


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


def test_an_empty_or_punctuation_query_matches_nothing(sample_article):
    assert parse_query("") == [] and parse_query("，。！") == []
    assert not search_proposals(Proposal.objects.visible(), "，。！").exists()


def test_a_very_long_query_is_cut(sample_article):
    assert len(parse_query("算力产业 " * 1000)) <= search.MAX_QUERY_WORDS


def test_only_the_newest_candidates_are_ranked(sample_article, monkeypatch):
    everything = list(search_proposals(Proposal.objects.visible(), "发展"))
    assert len(everything) > 2
    monkeypatch.setattr(search, "RANK_CANDIDATES", 2)
    capped = list(search_proposals(Proposal.objects.visible(), "发展"))
    assert sorted(p.pk for p in capped) == sorted(p.pk for p in everything)[-2:]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the key cutoff is PostgreSQL's")
@pytest.mark.parametrize("where", ["below every match", "above most matches", "above every key"])
def test_a_key_cutoff_never_changes_the_newest_candidates(sample_article, monkeypatch, where):
    monkeypatch.setattr(search, "RANK_CANDIDATES", 3)
    expected = [(p.pk, p.search_rank) for p in search_proposals(Proposal.objects.visible(), "发展")]
    keys = sorted(pk for pk, _ in expected)
    assert len(keys) == 3
    cutoff = {"below every match": 0, "above most matches": keys[-2], "above every key": keys[-1] + 10**6}[where]
    # Whatever the planner's estimates make of the cutoff, too high a one is caught by the count.
    monkeypatch.setattr(search, "_pg_plan", lambda *args: search._PgPlan(walk=False, cutoff=cutoff))
    assert [(p.pk, p.search_rank) for p in search_proposals(Proposal.objects.visible(), "发展")] == expected


def test_deleting_a_proposal_removes_it_from_the_index(sample_article):
    proposal = search_proposals(Proposal.objects.visible(), "算力").first()
    proposal.delete()
    assert not search_proposals(Proposal.objects.all(), "算力").filter(pk=proposal.pk).exists()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM proposals_proposalsearchdocument_fts WHERE rowid = %s", [proposal.pk]
            )
            assert cursor.fetchone()[0] == 0


def test_reindex_rebuilds_lost_documents(sample_article):
    ProposalSearchDocument.objects.all().delete()
    assert not search_proposals(Proposal.objects.visible(), "算力").exists()
    call_command("reindex", stdout=open("/dev/null", "w"))
    assert search_proposals(Proposal.objects.visible(), "算力").exists()


def test_a_merged_delegates_old_name_finds_the_survivor(sample_article):
    survivor = Delegate.objects.get(name="赵勇")
    other = Delegate.objects.create(name="赵永", pinyin="zhaoyong")
    delegate_merge(survivor=survivor, others=[other])
    assert list(search_delegates(Delegate.objects.active(), "赵永")) == [survivor]


def test_search_uses_a_fixed_number_of_queries(sample_article, django_assert_num_queries):
    list(search_proposals(Proposal.objects.visible(), "算力"))  # the segmenter has learnt the names
    # Has the vocabulary grown, the ranked candidates, the page; on PostgreSQL also the planner's
    # estimate of the matches, the rows and the key range, and JIT turned off for the ranking.
    with django_assert_num_queries(6 if connection.vendor == "postgresql" else 3):
        list(search_proposals(Proposal.objects.visible(), "算力 产业 袁永升"))


def test_snippet_escapes_the_text_and_marks_the_words():
    text = "前文很长很长。<script>alert(1)</script>推动算力产业发展<b>粗</b>"
    html = snippet(text, "算力", width=80)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>算力</mark>" in html
    assert "<b>" not in html


def test_snippet_marks_words_typed_in_traditional_characters():
    assert "<mark>算力</mark>" in snippet("推动算力产业发展", "算力")
    assert "<mark>產業</mark>" in snippet("推動算力產業發展", "产业")


def test_snippet_without_a_match_is_the_start_of_the_text():
    assert snippet("甲" * 300, "乙", width=10) == "甲" * 10 + "…"


TRADITIONAL = [
    "覆蓋範圍，乾隆年間；著作權、頭髮、後來。",
    "推動算力產業發展，加強基層醫療衛生服務體系建設",
    "臺灣同胞 「兩岸」 一家親——發展（經濟）…",
    "沈陽市人大代表說：要把鄉村振興做實。English words 與 ＡＢＣ１２３ 混排",
    "乾",
    "",
]


@pytest.mark.parametrize("text", TRADITIONAL)
def test_only_the_stretches_with_traditional_characters_are_converted_and_the_result_is_opencc_s(text):
    assert search._to_simplified(text) == search._t2s().convert(text)


def test_converting_stretches_gives_opencc_s_result_on_whole_articles(sample_article):
    text = sample_article.text
    # The real page, with traditional characters strewn through it (inside and beside phrases).
    mixed = text.replace("发展", "發展").replace("产业", "產業").replace("乡村", "鄉村").replace("，", "，乾")
    assert search._to_simplified(mixed) == search._t2s().convert(mixed)
    assert search._to_simplified(mixed) != mixed


@pytest.mark.parametrize("text", [*TRADITIONAL, "库尔班·尼亚孜代表说：“5G+工业互联网”要落地。", "a_b-c d__e 1.5%", "\u3000\t\n"])
def test_tokenize_splits_a_text_as_splitting_each_token_alone_would(sample_article, text):
    for each in (text, sample_article.text[:3000]):
        tokens = search.search_segmenter().cut_for_search(search.normalize(each))
        assert search.tokenize(each) == [word for token in tokens for word in search._pieces(token)]


EDGES = ["", " ", "。", "，开头是标点", "结尾是字母abc", "ABC开头", "한국어와 中文", "α β γ", "5G+工业互联网", "库尔班·尼亚孜",
         "a_b", "\ue000私用区字符\ue000", "覆蓋範圍", "\n换行\n", "１２３全角", "𠀀扩展B"]


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_many_texts_cut_together_give_each_texts_own_words(sample_article, backend, monkeypatch):
    from proposals.ingest.tokenizer import Segmenter

    monkeypatch.setattr(search, "_segmenter_instance", Segmenter(backend=backend))
    sentences = [s for s in sample_article.text.replace("\n", "。").split("。")][:300]
    for texts in (EDGES, sentences, EDGES + sentences + EDGES[::-1], [sample_article.text, "", sample_article.title]):
        assert search.tokenize_many(texts) == [search.tokenize(t) for t in texts]
    assert search.tokenize_many([]) == []


def test_documents_built_from_texts_cut_together_equal_those_built_one_text_at_a_time(sample_article):
    proposal = Proposal.objects.prefetch_related(
        "proposaldelegate_set__delegate__aliases", "proposaldelegate_set__delegate__memberships",
        "key_task_links__key_task", "topic_links__topic",
    ).filter(delegates__name="袁永升").first()
    together = search._tokenized_together(lambda words: search._proposal_tokens(proposal, words))
    assert together == search._proposal_tokens(proposal)
    assert "袁永升" in together.split() and "yuanyongsheng" in together.split()


@given(st.lists(st.text(max_size=6)))
def test_the_words_of_tokens_are_what_the_word_pattern_finds_in_each(tokens):
    assert search._words_of_tokens(tokens) == [w for token in tokens for w in search._WORD.findall(token)]
