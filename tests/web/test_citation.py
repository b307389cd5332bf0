"""The GB/T 7714 citation names the piece a proposal sits in, not just the page."""

from __future__ import annotations

import pytest

from proposals.models import Proposal
from proposals.views.citation import gbt7714


@pytest.mark.django_db
def test_citation_uses_the_pieces_title_byline_and_section(sample_article):
    proposal = Proposal.objects.get(delegates__name="袁永升")
    cite = gbt7714(sample_article, "https://example.org/proposals/1/", proposal=proposal)
    assert cite.startswith("安冀东. 袁永升委员: 夯实安全基础 推动算力产业高质量发展[N/OL]. ")
    assert "(两会 热议)" in cite
    assert cite.endswith("https://example.org/proposals/1/")


@pytest.mark.django_db
def test_citation_falls_back_to_the_page_without_a_piece(sample_article):
    cite = gbt7714(sample_article, "https://example.org/a/")
    assert cite.startswith("康丽娜, 韩雪茹, 梅刚, 等. 攻坚七项工作 提升高质量发展能级[N/OL]. ")


@pytest.mark.django_db
def test_the_proposal_page_cites_the_original_url_never_this_site(client, sample_article):
    sample_article.url = "https://example.org/nmg/2026-01/28/content_1.htm"
    sample_article.save()
    proposal = Proposal.objects.filter(article=sample_article).first()
    cite = client.get(proposal.get_absolute_url()).context["cite"]
    assert cite.endswith("https://example.org/nmg/2026-01/28/content_1.htm")
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
