"""The GB/T 7714 citation names the delegates, the piece, the newspaper, the date, the page (版次) and
the original URL; it never links to a local server and marks only what is really unknown. Proposal
pages carry the same facts as citation_* meta tags."""

from __future__ import annotations

import datetime
import html
from types import SimpleNamespace

import pytest
from django.test import Client

from proposals.models import Article, Proposal
from proposals.views.citation import citation_meta, gbt7714, is_public_url, page_number

pytestmark = pytest.mark.django_db


def test_citation_names_the_delegate_the_piece_the_paper_the_date_page_and_original_url(sample_article):
    Article.objects.filter(pk=sample_article.pk).update(
        page="第03版", url="https://paper.example/a.html", published_on=datetime.date(2026, 3, 5), newspaper="内蒙古日报"
    )
    article = Article.objects.get(pk=sample_article.pk)
    proposal = Proposal.objects.get(delegates__name="袁永升")
    cite = gbt7714(article, "https://lianghui.example/proposals/1/", proposal=proposal)
    assert cite.startswith("袁永升. 袁永升委员: 夯实安全基础 推动算力产业高质量发展[N/OL]. ")
    assert "[N/OL]. 内蒙古日报, 2026-03-05(3)[" in cite
    assert cite.endswith("]. https://paper.example/a.html.")
    assert "日期不详" not in cite and "报纸名不详" not in cite


def test_without_an_original_url_a_public_permalink_stands_in(sample_article):
    proposal = Proposal.objects.get(delegates__name="袁永升")
    cite = gbt7714(sample_article, "https://lianghui.example/proposals/1/", proposal=proposal)
    assert cite.endswith("https://lianghui.example/proposals/1/.")


@pytest.mark.parametrize("permalink", ["http://127.0.0.1:8000/proposals/1/", "http://localhost/proposals/1/",
                                       "http://[::1]/p/", "http://10.0.0.5/p/", "http://testserver/p/"])
def test_a_citation_never_links_to_a_local_server(sample_article, permalink):
    proposal = Proposal.objects.get(delegates__name="袁永升")
    cite = gbt7714(sample_article, permalink, proposal=proposal)
    assert "http" not in cite
    assert "[N]. " in cite and "[N/OL]" not in cite


def test_only_what_is_really_unknown_is_marked(sample_article):
    Article.objects.filter(pk=sample_article.pk).update(newspaper="", published_on=None, page="")
    article = Article.objects.get(pk=sample_article.pk)
    cite = gbt7714(article, "http://127.0.0.1/p/")
    assert "报纸名不详, 日期不详." in cite
    assert "()" not in cite


def test_several_delegates_are_cut_at_three_with_deng(sample_article, monkeypatch):
    four = [SimpleNamespace(delegate=SimpleNamespace(name=name)) for name in ("甲", "乙", "丙", "丁")]
    monkeypatch.setattr("proposals.views.citation.proposer_links", lambda proposal: four)
    proposal = Proposal.objects.visible().first()
    assert gbt7714(sample_article, "http://x.example/", proposal=proposal).startswith("甲, 乙, 丙, 等. ")


def test_citation_falls_back_to_the_page_and_its_reporters_without_a_proposal(sample_article):
    cite = gbt7714(sample_article, "https://example.org/a/")
    assert cite.startswith("康丽娜, 韩雪茹, 梅刚, 等. 攻坚七项工作 提升高质量发展能级[N/OL]. ")


@pytest.mark.parametrize("printed,expected", [("第03版", "3"), ("A3版", "A3"), ("12", "12"), ("", ""), ("要闻版", "要闻")])
def test_page_numbers_are_printed_as_the_standard_wants(printed, expected):
    assert page_number(printed) == expected


@pytest.mark.parametrize("url,public", [("https://paper.people.com.cn/a", True), ("http://127.0.0.1:8000/", False),
                                        ("http://192.168.1.2/", False), ("http://localhost:8000/", False), ("", False)])
def test_public_urls(url, public):
    assert is_public_url(url) is public


def test_meta_tags_carry_one_author_per_delegate(sample_article):
    Article.objects.filter(pk=sample_article.pk).update(
        published_on=datetime.date(2026, 3, 5), url="https://p.example/a", newspaper="内蒙古日报"
    )
    article = Article.objects.get(pk=sample_article.pk)
    joint = Proposal.objects.visible().filter(proposaldelegate__order=1, article=article).first()
    tags = citation_meta(article, "http://127.0.0.1/p/", proposal=joint)
    names = [link.delegate.name for link in joint.proposaldelegate_set.order_by("order")]
    assert [c for n, c in tags if n == "citation_author"] == names
    assert ("citation_date", "2026/03/05") in tags
    assert ("citation_publisher", article.newspaper) in tags
    assert ("citation_public_url", "https://p.example/a") in tags


def test_the_proposal_page_has_citation_meta_tags_and_an_accessible_copy_button(sample_article):
    Article.objects.filter(pk=sample_article.pk).update(
        url="https://p.example/a", page="第03版", newspaper="内蒙古日报", published_on=datetime.date(2026, 3, 5)
    )
    proposal = Proposal.objects.get(delegates__name="袁永升")
    page = Client().get(proposal.get_absolute_url()).content.decode()
    head = page.split("</head>")[0]
    assert '<meta name="citation_title" content="袁永升委员: 夯实安全基础 推动算力产业高质量发展">' in head
    assert '<meta name="citation_author" content="袁永升">' in head
    assert '<meta name="citation_public_url" content="https://p.example/a">' in head
    assert '<meta name="citation_publisher" content="内蒙古日报">' in head
    assert '<meta name="citation_date" content="2026/03/05">' in head
    assert '<button type="button" class="button" data-copy="#cite-text" data-copy-status="#cite-status">' in page
    assert 'role="status" aria-live="polite"' in page
    assert "127.0.0.1" not in html.unescape(page.split('id="cite-text"')[1].split("</textarea>")[0])
    assert "<script>" not in page


@pytest.mark.django_db
def test_the_proposal_page_cites_the_original_url_never_this_site(client, sample_article):
    sample_article.url = "https://example.org/nmg/2026-01/28/content_1.htm"
    sample_article.save()
    proposal = Proposal.objects.filter(article=sample_article).first()
    cite = client.get(proposal.get_absolute_url()).context["cite"]
    assert cite.endswith("https://example.org/nmg/2026-01/28/content_1.htm.")
    assert "testserver" not in cite and "127.0.0.1" not in cite


@pytest.mark.django_db
def test_without_a_known_url_the_citation_is_to_the_paper_and_names_only_what_is_unknown(client, sample_article):
    proposal = Proposal.objects.filter(article=sample_article).first()
    cite = client.get(proposal.get_absolute_url()).context["cite"]
    assert "[N]. " in cite and "http" not in cite and "testserver" not in cite
    assert "报纸名不详" in cite and "日期不详" in cite  # the sample page names neither
    sample_article.title = ""
    cite = gbt7714(sample_article, "")
    assert "题名不详[N]" in cite and sample_article.source not in cite
