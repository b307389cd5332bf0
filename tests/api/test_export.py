"""CSV and JSON Lines exports carry the whole filtered set, streamed a chunk at a time."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from delegates.models import Delegate
from proposals.listing import export
from proposals.models import Proposal

pytestmark = pytest.mark.django_db


def body(response) -> str:
    assert response.status_code == 200
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def test_proposal_csv_has_a_bom_chinese_labels_and_every_visible_proposal(api, data):
    text = body(api.get("/api/v1/proposals/export.csv"))
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert list(rows[0]) == [label for _, label in export.PROPOSAL_CSV_COLUMNS]
    assert sorted(int(r["编号"]) for r in rows) == sorted(Proposal.objects.visible().values_list("pk", flat=True))
    joint = Proposal.objects.visible().filter(proposaldelegate__order=1).first()
    row = next(r for r in rows if int(r["编号"]) == joint.pk)
    assert row["代表委员"] == "|".join(joint.delegates.order_by("proposaldelegate__order").values_list("name", flat=True))


def test_proposal_jsonl_applies_the_list_filters(api, data):
    lines = body(api.get("/api/v1/proposals/export.jsonl", {"key_task": "industry"})).splitlines()
    records = [json.loads(line) for line in lines]
    assert {r["id"] for r in records} == set(
        Proposal.objects.visible().filter(key_tasks__slug="industry").values_list("pk", flat=True)
    )
    assert all("industry" in r["key_tasks"] for r in records)
    assert set(records[0]) == set(export.PROPOSAL_COLUMNS)


def test_delegate_exports(api, data):
    rows = list(csv.DictReader(io.StringIO(body(api.get("/api/v1/delegates/export.csv")).removeprefix("\ufeff"))))
    assert {int(r["编号"]) for r in rows} == set(Delegate.objects.active().values_list("pk", flat=True))
    lines = body(api.get("/api/v1/delegates/export.jsonl", {"role": "member"})).splitlines()
    assert {json.loads(line)["id"] for line in lines} == set(
        Delegate.objects.active().filter(memberships__role="member").values_list("pk", flat=True)
    )


def test_export_reads_the_database_a_chunk_at_a_time(api, data, monkeypatch):
    """Constant memory: with 4-row chunks, rows (and their prefetches) are fetched chunk by chunk."""
    monkeypatch.setattr(export, "CHUNK", 4)
    total = Proposal.objects.visible().count()
    response = api.get("/api/v1/proposals/export.jsonl")
    stream = iter(response.streaming_content)
    with CaptureQueriesContext(connection) as first:
        next(stream)
    with CaptureQueriesContext(connection) as rest:
        remaining = sum(1 for _ in stream)
    assert remaining == total - 1
    prefetches = len(first.captured_queries)  # the first chunk: its rows' prefetches (on SQLite the cursor is read already)
    chunks = -(-total // 4)
    assert len(rest.captured_queries) >= (chunks - 1) * (prefetches - 1)


def test_a_bad_filter_on_an_export_is_a_400(api, data):
    response = api.get("/api/v1/proposals/export.csv", {"key_task": "nope"})
    assert response.status_code == 400
    assert "key_task" in response.json()


def test_exports_answer_an_accept_header_for_their_type(api, data):
    assert api.get("/api/v1/proposals/export.csv", HTTP_ACCEPT="text/csv").status_code == 200
    assert api.get("/api/v1/proposals/export.jsonl", HTTP_ACCEPT="application/jsonl").status_code == 200
