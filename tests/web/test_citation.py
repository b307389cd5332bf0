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
