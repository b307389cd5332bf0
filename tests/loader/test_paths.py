"""The default ingest (batches, parsing in worker processes) reads and writes exactly what one article
at a time (``--batch 1``) and parsing in this process (``--jobs 1``) do: the same dry-run JSON and
the same rows, compared by natural keys, on the sample page and the dev articles (read from
``../shared/corpus``)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from delegates.models import Delegate, Membership
from proposals.models import (
    Article,
    ArticleMention,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalSource,
    ProposalTopic,
)
from tests.conftest import SAMPLE_ARTICLE, SHARED_CORPUS, ensure_seed_data

pytestmark = pytest.mark.django_db
PATHS = {"default": [], "one article per transaction": ["--batch", "1"], "parsed here": ["--jobs", "1"]}


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    files = [SAMPLE_ARTICLE, *sorted((SHARED_CORPUS / "dev").glob("*.txt"))]
    if not SAMPLE_ARTICLE.exists() or len(files) < 2:
        pytest.fail(f"the shared corpus is missing under {SHARED_CORPUS} (../shared/corpus must sit beside the project)")
    return [str(path) for path in files]


def state() -> dict[str, list]:
    """Every row an ingest writes, by natural keys (no ids, no times)."""
    proposal = ("proposal__article__source_key", "proposal__machine_key")
    return {
        "articles": sorted(Article.objects.values_list("source_key", "title", "content_hash", "session__year")),
        "delegates": sorted(Delegate.objects.values_list("name", "origin")),
        "memberships": sorted(Membership.objects.values_list(
            "delegate__name", "session__year", "role", *Membership.MACHINE_FIELDS)),
        "proposals": sorted(Proposal.objects.values_list(
            "article__source_key", "machine_key", "summary", "kind", "passage", "start", "end")),
        "proposers": sorted(ProposalDelegate.objects.values_list(*proposal, "delegate__name", "order")),
        "key tasks": sorted(ProposalKeyTask.objects.values_list(*proposal, "key_task__name", "rank")),
        "sectors": sorted(ProposalTopic.objects.values_list(*proposal, "topic__name", "rank")),
        "further sources": sorted(ProposalSource.objects.values_list(*proposal, "article__source_key", "start")),
        "mentions": sorted(ArticleMention.objects.values_list("article__source_key", "delegate__name", "name", "start")),
    }


def ingested(corpus: list[str], options: list[str]) -> tuple[str, dict]:
    """(the run's report, the rows written), rolled back afterwards."""
    out = StringIO()
    with transaction.atomic():
        call_command("ingest", *options, *corpus, stdout=out, stderr=StringIO())
        written = state()
        transaction.set_rollback(True)
    return out.getvalue(), written


def test_the_default_path_writes_the_same_rows_as_one_article_at_a_time_and_as_parsing_here(corpus):
    ensure_seed_data()
    runs = {name: ingested(corpus, options) for name, options in PATHS.items()}
    report, expected = runs["default"]
    assert f"articles: {len(corpus)} new, 0 updated, 0 unchanged, 0 failed" in report, report
    assert expected["proposals"] and expected["memberships"]
    for name, (_, written) in runs.items():
        for table, rows in expected.items():
            assert written[table] == rows, f"{name}: {table} differ from the default path"


def test_the_default_path_reads_the_same_as_one_article_at_a_time_and_as_parsing_here(corpus):
    extracted = {}
    for name, options in PATHS.items():
        out = StringIO()
        call_command("ingest", "--dry-run", "--json", *options, *corpus, stdout=out)
        extracted[name] = json.loads(out.getvalue())
    assert len(extracted["default"]["articles"]) == len(corpus)
    assert extracted["one article per transaction"] == extracted["default"]
    assert extracted["parsed here"] == extracted["default"]
