from proposals.models import Proposal


def test_sample_article_ingests_fifteen_delegates(sample_article):
    assert sample_article.mentions.count() == 15
    assert Proposal.objects.filter(article=sample_article).count() == 14
