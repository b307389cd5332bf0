"""Bulk export of the whole (or filtered) set as CSV or JSON Lines, streamed in constant memory.

Rows come from ``QuerySet.iterator(chunk_size=CHUNK)``: the database cursor is read a chunk at a
time and each chunk's related records are prefetched on their own, so memory holds one chunk
whatever the size of the export. Each row is written to the response as soon as it is built.
The same filters as the list endpoint apply; there is no pagination.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from django.http import StreamingHttpResponse

from .dates import datetime_iso, iso
from .links import api_links
from .query import membership_at, memberships_of, proposer_links, sector_links, task_links

CHUNK = 1000

PROPOSAL_COLUMNS = [
    "id", "url", "headline", "summary", "kind", "passage", "start", "end",
    "delegate_ids", "delegate_names", "roles", "levels", "delegations", "affiliations",
    "key_tasks", "sectors", "article_id", "article_title", "newspaper", "published_on", "session",
    "review_status", "updated_at",
]
DELEGATE_COLUMNS = [
    "id", "url", "name", "pinyin", "disambiguation", "proposal_count",
    "sessions", "roles", "levels", "delegations", "affiliations", "updated_at",
]


def proposal_rows(queryset, request) -> Iterator[dict]:
    links = api_links(request)
    for proposal in queryset.iterator(chunk_size=CHUNK):
        article = proposal.article
        people = [link.delegate for link in proposer_links(proposal)]
        memberships = [membership_at(person, article.session_id) for person in people]
        yield {
            "id": proposal.pk,
            "url": links.proposal(proposal.pk),
            "headline": proposal.headline,
            "summary": proposal.summary,
            "kind": proposal.kind,
            "passage": proposal.passage,
            "start": proposal.start,
            "end": proposal.end,
            "delegate_ids": [person.pk for person in people],
            "delegate_names": [person.name for person in people],
            "roles": [m.role if m else "" for m in memberships],
            "levels": [m.level if m else "" for m in memberships],
            "delegations": [m.delegation if m else "" for m in memberships],
            "affiliations": [m.affiliation if m else "" for m in memberships],
            "key_tasks": [link.key_task.slug for link in task_links(proposal)],
            "sectors": [link.topic.slug for link in sector_links(proposal)],
            "article_id": article.pk,
            "article_title": article.title,
            "newspaper": article.newspaper,
            "published_on": iso(article.published_on),
            "session": article.session.slug if article.session else None,
            "review_status": proposal.review_status,
            "updated_at": datetime_iso(proposal.updated_at),
        }


def delegate_rows(queryset, request) -> Iterator[dict]:
    links = api_links(request)
    for delegate in queryset.iterator(chunk_size=CHUNK):
        memberships = memberships_of(delegate)
        yield {
            "id": delegate.pk,
            "url": links.delegate(delegate.pk),
            "name": delegate.name,
            "pinyin": delegate.pinyin,
            "disambiguation": delegate.disambiguation,
            "proposal_count": delegate.proposal_count,
            "sessions": [m.session.slug if m.session else "" for m in memberships],
            "roles": [m.role for m in memberships],
            "levels": [m.level for m in memberships],
            "delegations": [m.delegation for m in memberships],
            "affiliations": [m.affiliation for m in memberships],
            "updated_at": datetime_iso(delegate.updated_at),
        }


class LineWriter:
    """A file-like object whose ``write`` returns the line instead of storing it (Django's recipe)."""

    def write(self, value: str) -> str:
        return value


def csv_cell(value) -> object:
    if isinstance(value, list):
        return "|".join("" if v is None else str(v) for v in value)
    return "" if value is None else value


def csv_stream(rows: Iterable[dict], columns: list[str]) -> Iterator[str]:
    writer = csv.writer(LineWriter())
    yield "\ufeff" + writer.writerow(columns)
    for row in rows:
        yield writer.writerow([csv_cell(row[c]) for c in columns])


def jsonl_stream(rows: Iterable[dict]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def csv_response(rows: Iterable[dict], columns: list[str], name: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_stream(rows, columns), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def jsonl_response(rows: Iterable[dict], name: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(jsonl_stream(rows), content_type="application/jsonl; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.jsonl"'
    return response
