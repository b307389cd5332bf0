"""Bulk export of the whole (or filtered) set as CSV or JSON Lines, streamed in constant memory.

One row builder per record type serves every export: the site's CSV, the API's CSV and the API's
JSON Lines. The CSV is for people (journalists open it in Excel): Chinese column labels, UTF-8 with
a BOM, links to the site's own pages, labels rather than codes, the article's date, newspaper,
page and original URL, and every cell through ``csvsafe.safe_cell``. The JSON Lines file is for
programs and keeps its stable English keys and API links (``PROPOSAL_COLUMNS``).

Rows come from ``QuerySet.iterator(chunk_size=CHUNK)``: the database cursor is read a chunk at a
time and each chunk's related records are prefetched on their own, so memory holds one chunk
whatever the size of the export. Each row is written to the response as soon as it is built.
The same filters as the list apply; there is no pagination.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from django.http import StreamingHttpResponse

from delegates.models import Level, ReviewStatus, Role
from proposals.models import ProposalKind

from .csvsafe import safe_row
from .dates import datetime_iso, iso
from .filenames import content_disposition
from .links import SiteLinks, api_links, original_url
from .query import membership_at, memberships_of, proposer_links, sector_links, task_links

CHUNK = 1000
UNKNOWN_DATE = "日期不详"

# The JSON Lines keys (stable: programs read them).
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
# The CSV columns: (row key, label). Documented in docs/api.md.
PROPOSAL_CSV_COLUMNS = [
    ("id", "编号"), ("page_url", "链接"), ("headline", "标题"), ("summary", "摘要"), ("kind_label", "类型"),
    ("passage", "原文段落"), ("delegate_names", "代表委员"), ("delegate_page_urls", "代表委员链接"),
    ("role_labels", "身份"), ("level_labels", "层级"), ("delegations", "代表团"), ("affiliations", "单位职务"),
    ("key_task_names", "重点工作"), ("sector_names", "领域"), ("date", "日期"), ("newspaper", "报纸"),
    ("page", "版次"), ("article_title", "报道标题"), ("source_url", "原文链接"), ("article_page_url", "本站报道页"),
    ("session_name", "会议"), ("review_label", "审核状态"), ("updated_at", "更新时间"),
]
DELEGATE_CSV_COLUMNS = [
    ("id", "编号"), ("page_url", "链接"), ("name", "姓名"), ("pinyin", "拼音"), ("disambiguation", "区分说明"),
    ("proposal_count", "建议数"), ("session_names", "会议"), ("role_labels", "身份"), ("level_labels", "层级"),
    ("delegations", "代表团"), ("affiliations", "单位职务"), ("updated_at", "更新时间"),
]

_ROLES, _LEVELS = dict(Role.choices), dict(Level.choices)
_KINDS, _REVIEWS = dict(ProposalKind.choices), dict(ReviewStatus.choices)


def proposal_rows(queryset, request) -> Iterator[dict]:
    """Every field any export of proposals writes; each export picks its columns."""
    api, site = api_links(request), SiteLinks(request)
    for proposal in queryset.iterator(chunk_size=CHUNK):
        article = proposal.article
        people = [link.delegate for link in proposer_links(proposal)]
        memberships = [membership_at(person, article.session_id) for person in people]
        tasks, sectors = task_links(proposal), sector_links(proposal)
        roles = [m.role if m else "" for m in memberships]
        levels = [m.level if m else "" for m in memberships]
        yield {
            "id": proposal.pk,
            "url": api.proposal(proposal.pk),
            "page_url": site.proposal(proposal.pk),
            "headline": proposal.headline,
            "summary": proposal.summary,
            "kind": proposal.kind,
            "kind_label": _KINDS.get(proposal.kind, proposal.kind),
            "passage": proposal.passage,
            "start": proposal.start,
            "end": proposal.end,
            "delegate_ids": [person.pk for person in people],
            "delegate_names": [person.name for person in people],
            "delegate_page_urls": [site.delegate(person.pk) for person in people],
            "roles": roles,
            "role_labels": [_ROLES.get(r, r) for r in roles],
            "levels": levels,
            "level_labels": [_LEVELS.get(v, v) for v in levels],
            "delegations": [m.delegation if m else "" for m in memberships],
            "affiliations": [m.affiliation if m else "" for m in memberships],
            "key_tasks": [link.key_task.slug for link in tasks],
            "key_task_names": [link.key_task.short_name or link.key_task.name for link in tasks],
            "sectors": [link.topic.slug for link in sectors],
            "sector_names": [link.topic.name for link in sectors],
            "article_id": article.pk,
            "article_title": article.title,
            "article_page_url": site.article(article.pk),
            "newspaper": article.newspaper,
            "page": getattr(article, "page", ""),
            "source_url": original_url(article),
            "published_on": iso(article.published_on),
            "date": iso(article.published_on) or UNKNOWN_DATE,
            "session": article.session.slug if article.session else None,
            "session_name": article.session.name if article.session else "",
            "review_status": proposal.review_status,
            "review_label": _REVIEWS.get(proposal.review_status, proposal.review_status),
            "updated_at": datetime_iso(proposal.updated_at),
        }


def delegate_rows(queryset, request) -> Iterator[dict]:
    """Every field any export of delegates writes; each export picks its columns."""
    api, site = api_links(request), SiteLinks(request)
    for delegate in queryset.iterator(chunk_size=CHUNK):
        memberships = memberships_of(delegate)
        yield {
            "id": delegate.pk,
            "url": api.delegate(delegate.pk),
            "page_url": site.delegate(delegate.pk),
            "name": delegate.name,
            "pinyin": delegate.pinyin,
            "disambiguation": delegate.disambiguation,
            "proposal_count": delegate.proposal_count,
            "sessions": [m.session.slug if m.session else "" for m in memberships],
            "session_names": [m.session.name if m.session else "" for m in memberships],
            "roles": [m.role for m in memberships],
            "role_labels": [_ROLES.get(m.role, m.role) for m in memberships],
            "levels": [m.level for m in memberships],
            "level_labels": [_LEVELS.get(m.level, m.level) for m in memberships],
            "delegations": [m.delegation for m in memberships],
            "affiliations": [m.affiliation for m in memberships],
            "updated_at": datetime_iso(delegate.updated_at),
        }


class LineWriter:
    """A file-like object whose ``write`` returns the line instead of storing it (Django's recipe)."""

    def write(self, value: str) -> str:
        return value


def csv_cell(value) -> object:
    """Lists joined with ``|``; None as empty. (``csv_stream`` then makes the cell safe.)"""
    if isinstance(value, list):
        return "|".join("" if v is None else str(v) for v in value)
    return "" if value is None else value


def csv_stream(rows: Iterable[dict], columns: list[tuple[str, str]]) -> Iterator[str]:
    """A BOM and the labels, then one line per row; every cell made safe for spreadsheets."""
    writer = csv.writer(LineWriter())
    yield "\ufeff" + writer.writerow(safe_row(label for _, label in columns))
    for row in rows:
        yield writer.writerow(safe_row(csv_cell(row[key]) for key, _ in columns))


def jsonl_stream(rows: Iterable[dict], columns: list[str]) -> Iterator[str]:
    for row in rows:
        yield json.dumps({key: row[key] for key in columns}, ensure_ascii=False) + "\n"


def csv_response(rows: Iterable[dict], columns: list[tuple[str, str]], filename: str) -> StreamingHttpResponse:
    """The CSV as a streamed download named ``filename`` (see ``filenames.export_filename``)."""
    response = StreamingHttpResponse(csv_stream(rows, columns), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition(filename)
    return response


def jsonl_response(rows: Iterable[dict], columns: list[str], name: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(jsonl_stream(rows, columns), content_type="application/jsonl; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.jsonl"'
    return response
