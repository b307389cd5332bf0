"""proposals.ingest.index_words: a parse worker cuts an article's own texts as the search would."""

from __future__ import annotations

import pytest

from proposals import search
from proposals.ingest.index_words import ArticleWords, cut_folded, fold
from proposals.ingest.parse import parse_article
from proposals.search.dictionary import vocabulary
from tests.conftest import SAMPLES_DIR


@pytest.mark.django_db
def test_a_workers_words_are_those_the_search_cuts_with_the_same_dictionary(sample_article_path):
    parsed = parse_article(sample_article_path.read_text("utf-8"))
    words = ArticleWords(search.search_words_on_record())(parsed)
    search.add_words([d.name for d in parsed.delegates] + [d.organization for d in parsed.delegates])
    vocabulary.ensure()
    texts = [parsed.title, parsed.text, *(p.passage for p in parsed.proposals), *(p.headline for p in parsed.proposals)]
    assert texts[0] and all(text in words for text in texts)
    assert [words[text].split(" ") if words[text] else [] for text in texts] == search.tokenize_many(texts)
    assert "袁永升" in words[parsed.text].split(" ")


def test_texts_holding_the_boundary_are_left_to_the_caller():
    assert cut_folded(str.split, [fold("一\ue000二"), "三"]) is None
    assert cut_folded(lambda text: list(text), ["ab", "", "c"]) == [["a", "b"], [], ["c"]]


@pytest.mark.django_db
def test_the_default_command_indexes_what_reading_the_rows_back_would_for_the_demo_articles():
    from proposals.loader import ArticleFile, ingest_documents
    from proposals.models import Article

    report = ingest_documents([ArticleFile(str(p), 10**7) for p in sorted(SAMPLES_DIR.glob("*.md"))], jobs=2)
    assert report.articles == {"new": 4}
    assert search.index_articles(Article.objects.values_list("pk", flat=True)) == 0
