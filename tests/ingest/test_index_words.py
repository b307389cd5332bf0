"""proposals.ingest.index_words: a parse worker cuts an article's own texts as the search would."""

from __future__ import annotations

import pytest

from proposals import search
from proposals.ingest.index_words import ArticleWords, cut_folded, fold
from proposals.ingest.parse import parse_article
from proposals.ingest.tokenizer import Segmenter
from proposals.search import dictionary, segment
from tests.conftest import SAMPLES_DIR


@pytest.mark.django_db
def test_a_workers_words_are_those_the_search_cuts_with_the_same_dictionary(sample_article_path, monkeypatch):
    monkeypatch.setattr(dictionary, "_segmenter_instance", Segmenter())  # without earlier tests' names
    monkeypatch.setattr(dictionary, "vocabulary", dictionary.Vocabulary())
    monkeypatch.setattr(segment, "vocabulary", dictionary.vocabulary)
    parsed = parse_article(sample_article_path.read_text("utf-8"))
    words = ArticleWords(search.search_words_on_record())(parsed)
    search.add_words([d.name for d in parsed.delegates] + [d.organization for d in parsed.delegates])
    dictionary.vocabulary.ensure()
    texts = [parsed.title, parsed.text, *(p.passage for p in parsed.proposals), *(p.headline for p in parsed.proposals)]
    assert texts[0] and all(text in words for text in texts)
    assert [words[text].split(" ") if words[text] else [] for text in texts] == search.tokenize_many(texts)
    assert "袁永升" in words[parsed.text].split(" ")


def test_texts_holding_the_boundary_are_left_to_the_caller():
    assert cut_folded(str.split, [fold("一\ue000二"), "三"]) is None
    assert cut_folded(lambda text: list(text), ["ab", "", "c"]) == [["a", "b"], [], ["c"]]


@pytest.mark.django_db
def test_with_workers_an_articles_text_keeps_the_names_it_prints_whole():
    from proposals.loader import ArticleFile, ingest_documents
    from proposals.models import ArticleMention, ArticleSearchDocument

    report = ingest_documents([ArticleFile(str(p), 10**7) for p in sorted(SAMPLES_DIR.glob("*.md"))], jobs=2)
    assert report.articles == {"new": 4}
    tokens = {d.article_id: set(d.tokens.split()) for d in ArticleSearchDocument.objects.all()}
    # (A dotted name, 艾尔肯·司马义, is two words in every document: the engines split at the dot.)
    mentions = [(a, name) for a, name in ArticleMention.objects.values_list("article_id", "name") if name.isalnum()]
    assert len(tokens) == 4 and mentions
    assert all(name in tokens[article] for article, name in mentions)
