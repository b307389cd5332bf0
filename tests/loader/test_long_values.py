"""Nothing too long breaks a write: over-long values read off an article are cut at their column's
limit (``proposals.loader.fit``), the whole value kept in the article's text, and the article goes in.
On PostgreSQL (where ``varchar(n)`` refuses longer text) as on SQLite."""

from __future__ import annotations

import pytest

from delegates.models import Membership
from proposals.ingest.sources import read_document
from proposals.loader.articles import article_ingest
from proposals.loader.fit import fit, fit_key
from proposals.models import Article, Proposal
from tests.conftest import SAMPLES_DIR, ensure_seed_data

pytestmark = pytest.mark.django_db

LONG_TITLE = "锚定七项重点工作" + "奋力实现良好开局" * 74  # 600 characters on one line
ORGANIZATION = "北辰" + "风光" * 195 + "新能源集团有限公司"  # about 400 characters


@pytest.fixture
def long_article(tmp_path):
    text = (SAMPLES_DIR / "regional_session.md").read_text("utf-8")
    text = text.replace("# 锚定七项重点工作 奋力实现良好开局", "# " + LONG_TITLE, 1)
    text = text.replace("北辰风光新能源集团有限公司党委书记", ORGANIZATION + "党委书记", 1)
    folder = tmp_path
    for i in range(6):  # a long path: six nested folders of 120 characters
        folder = folder / (f"{i}" + "长" * 40 * 1)
    folder.mkdir(parents=True)
    path = folder / ("稿件" * 40 + ".md")
    path.write_text(text, "utf-8")
    return path


def ingest(path, key):
    ensure_seed_data()
    return article_ingest(document=read_document(str(path), max_bytes=10_000_000, key=key))


def test_an_article_with_an_over_long_title_affiliation_path_and_key_goes_in_with_values_cut(long_article):
    key = "https://example.org/" + "a" * 1980  # a 2,000-character source key

    outcome = ingest(long_article, key)

    assert outcome.status == "new"
    article = Article.objects.get(pk=outcome.article.pk)
    assert len(article.source_key) == 500 and article.source_key.startswith("https://example.org/aaa")
    assert len(article.title) == 300 and LONG_TITLE.startswith(article.title)
    assert LONG_TITLE in article.text  # the whole value is kept in the text
    membership = Membership.objects.get(delegate__name="贺建峰")
    limit = Membership._meta.get_field("affiliation").max_length
    assert len(membership.affiliation) <= limit
    assert Proposal.objects.filter(article=article, delegates__name="贺建峰").exists()
    assert any(ORGANIZATION in p.passage for p in Proposal.objects.filter(article=article)) or ORGANIZATION in article.text


def test_re_ingesting_the_same_over_long_key_finds_the_article_again(long_article):
    key = "https://example.org/" + "b" * 1980
    first = ingest(long_article, key)

    again = ingest(long_article, key)

    assert again.status == "unchanged"
    assert again.article.pk == first.article.pk


def test_two_long_keys_differing_only_past_the_limit_stay_two_articles():
    a, b = "k" * 600 + "a", "k" * 600 + "b"
    assert fit_key(Article, "source_key", a) != fit_key(Article, "source_key", b)
    assert len(fit_key(Article, "source_key", a)) == 500


def test_fit_leaves_short_text_unbounded_text_and_other_values_alone():
    assert fit(Article, "title", "短标题") == "短标题"
    assert fit(Article, "text", "长" * 10_000) == "长" * 10_000
    assert fit(Proposal, "start", 12) == 12
