"""proposals.search.segment: texts cut into index words, alone or many at once, alike."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proposals.search import dictionary
from proposals.search.dictionary import search_segmenter
from proposals.search.normalize import WORD, normalize, pieces
from proposals.search.segment import tokenize, tokenize_many, words_of_tokens
from tests.ingest.test_text_phrases import TRADITIONAL


@pytest.mark.django_db
@pytest.mark.parametrize("text", [*TRADITIONAL, "库尔班·尼亚孜代表说：“5G+工业互联网”要落地。", "a_b-c d__e 1.5%", "\u3000\t\n"])
def test_tokenize_splits_a_text_as_splitting_each_token_alone_would(sample_article, text):
    for each in (text, sample_article.text[:3000]):
        tokens = search_segmenter().cut_for_search(normalize(each))
        assert tokenize(each) == [word for token in tokens for word in pieces(token)]


EDGES = ["", " ", "。", "，开头是标点", "结尾是字母abc", "ABC开头", "한국어와 中文", "α β γ", "5G+工业互联网", "库尔班·尼亚孜",
         "a_b", "\ue000私用区字符\ue000", "覆蓋範圍", "\n换行\n", "１２３全角", "𠀀扩展B"]


@pytest.mark.django_db
@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_many_texts_cut_together_give_each_texts_own_words(sample_article, backend, monkeypatch):
    from proposals.ingest.tokenizer import Segmenter

    monkeypatch.setattr(dictionary, "_segmenter_instance", Segmenter(backend=backend))
    sentences = [s for s in sample_article.text.replace("\n", "。").split("。")][:300]
    for texts in (EDGES, sentences, EDGES + sentences + EDGES[::-1], [sample_article.text, "", sample_article.title]):
        assert tokenize_many(texts) == [tokenize(t) for t in texts]
    assert tokenize_many([]) == []


@given(st.lists(st.text(max_size=6)))
def test_the_words_of_tokens_are_what_the_word_pattern_finds_in_each(tokens):
    assert words_of_tokens(tokens) == [w for token in tokens for w in WORD.findall(token)]
