"""Planner statistics after an ingest (proposals.loader.planner): a large write analyzes the
tables it wrote, so the next page is planned on their real sizes; a small one leaves it to later."""

from __future__ import annotations

from django.db import connection

from proposals.loader.planner import refresh_statistics, written_tables
from proposals.models import Article


def test_every_table_an_ingest_writes_is_analyzed():
    tables = written_tables()
    assert {"proposals_proposal", "proposals_proposaldelegate", "delegates_membership", "proposals_article"} <= set(tables)


def test_a_first_ingest_analyzes_and_a_small_one_into_a_large_archive_does_not(sample_article):
    assert refresh_statistics(written=1) is True  # one article is the whole archive
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'proposals_proposal'")
            assert cursor.fetchone()[0] > 0
    assert refresh_statistics(written=0) is False
    archive = Article.objects.count()
    assert refresh_statistics(written=1) is (1 >= 0.1 * archive)
