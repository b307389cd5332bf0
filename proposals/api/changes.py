"""The change feed (``/api/v1/changes/``): what changed since a point in time, for mirrors.

Read from django-simple-history's tables, which record every save and delete of delegates,
memberships, key tasks, sectors, articles and proposals, in one UNION query ordered by
(time, record type, history id) and paged by an opaque cursor on that triple. Each history row is
one event:

- ``created`` / ``updated``: fetch ``url`` for the current state (several events for one record
  are normal; fetching once is enough);
- ``deleted``: remove the record. Staff deletions are tombstones (``is_deleted``), reported as
  deletions like real ones;
- ``merged`` (delegates only): the record now redirects to ``merged_into``, the surviving
  delegate; replace the old identifier with the survivor's wherever the mirror holds it.

A membership's change is reported as an update of its delegate (memberships are nested in the
delegate's representation). Sessions have no history: they are few, re-read ``/sessions/``.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime, time

from django.db.models import BigIntegerField, BooleanField, CharField, F, IntegerField, Q, QuerySet, Value
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from delegates.models import Delegate, Membership
from proposals.listing.links import ApiLinks
from proposals.models import Article, KeyTask, Proposal, Topic

from .http import THROTTLES, ApiHttpMixin
from .pagination import page_size_of

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


@dataclass(frozen=True)
class Source:
    type: str  # the record type a client sees
    rank: int  # tie-break between types at the same instant
    history: type
    object_id: str = "id"
    merge_field: str | None = None
    tombstone_field: str | None = None
    slug_field: str | None = None


SOURCES = [
    Source("key_task", 0, KeyTask.history.model),
    Source("topic", 1, Topic.history.model, slug_field="slug"),
    Source("article", 2, Article.history.model),
    Source("delegate", 3, Delegate.history.model, merge_field="merged_into_id", tombstone_field="is_deleted"),
    Source("membership", 4, Membership.history.model, object_id="delegate_id"),
    Source("proposal", 5, Proposal.history.model, tombstone_field="is_deleted"),
]
# What each source is called in the feed: memberships are part of their delegate.
TYPE_OF = {"key_task": "key_task", "topic": "topic", "article": "article", "delegate": "delegate",
           "membership": "delegate", "proposal": "proposal"}
TYPES = ["proposal", "delegate", "article", "key_task", "topic"]


def _events(source: Source, after: tuple[datetime, int, int] | None) -> QuerySet:
    rows = source.history.objects.all()
    if after is not None:
        moment, rank, history_id = after
        if source.rank > rank:
            rows = rows.filter(history_date__gte=moment)
        elif source.rank == rank:
            rows = rows.filter(Q(history_date__gt=moment) | Q(history_date=moment, history_id__gt=history_id))
        else:
            rows = rows.filter(history_date__gt=moment)
    return rows.order_by().annotate(
        e_date=F("history_date"),
        e_rank=Value(source.rank, output_field=IntegerField()),
        e_history=F("history_id"),
        e_object=F(source.object_id),
        e_action=F("history_type"),
        # A typed NULL: PostgreSQL would read a bare NULL in a UNION as text.
        e_merged=F(source.merge_field) if source.merge_field else Cast(Value(None), BigIntegerField()),
        e_deleted=F(source.tombstone_field) if source.tombstone_field else Value(False, output_field=BooleanField()),
        e_slug=F(source.slug_field) if source.slug_field else Value("", output_field=CharField()),
    ).values("e_date", "e_rank", "e_history", "e_object", "e_action", "e_merged", "e_deleted", "e_slug")


def encode_cursor(moment: datetime, rank: int, history_id: int) -> str:
    raw = f"{moment.isoformat()}|{rank}|{history_id}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str) -> tuple[datetime, int, int]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        moment, rank, history_id = raw.split("|")
        parsed = datetime.fromisoformat(moment)
        if parsed.tzinfo is None:
            raise ValueError
        return parsed, int(rank), int(history_id)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise ValidationError({"cursor": ["not a cursor this feed issued; start again from `since`"]}) from None


def parse_since(raw: str) -> datetime:
    value = None
    try:
        value = parse_datetime(raw)
        if value is None and parse_date(raw) is not None:
            value = datetime.combine(parse_date(raw), time.min)
    except ValueError:
        value = None
    if value is None:
        raise ValidationError({"since": [f"not an ISO 8601 date-time: {raw!r} (e.g. 2026-03-01T00:00:00+08:00)"]})
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


class ChangeSerializer(serializers.Serializer):
    type = serializers.ChoiceField(
        choices=[(t, t) for t in TYPES],
        help_text="Record type (记录类型): `proposal`, `delegate`, `article`, `key_task` or `topic`.",
    )
    id = serializers.CharField(help_text="The record's identifier (标识): a number, or the slug for `topic`.")
    action = serializers.ChoiceField(
        choices=[("created", "新建"), ("updated", "更新"), ("deleted", "删除"), ("merged", "合并")],
        help_text="What happened (变更): `created`, `updated`, `deleted` (including staff tombstones) or "
        "`merged` (a delegate folded into `merged_into`).",
    )
    changed_at = serializers.DateTimeField(help_text="When (变更时间), ISO 8601.")
    url = serializers.URLField(allow_null=True, help_text="API URL of the record's current state; null when deleted.")
    merged_into = serializers.IntegerField(
        allow_null=True, help_text="For `merged`: the surviving delegate's identifier (合并后的记录), followed to the end of any chain.",
    )


class ChangesPageSerializer(serializers.Serializer):
    results = ChangeSerializer(many=True, help_text="Events (变更), oldest first.")
    next = serializers.URLField(allow_null=True, help_text="URL of the next page (下一页) while more events exist now; null when caught up.")
    poll = serializers.URLField(help_text="URL to call later (续读) for the events after these (keep it: a mirror's bookmark).")


class ChangesView(ApiHttpMixin, APIView):
    """Change feed (变更记录) for mirrors: created, updated, deleted and merged records since a time."""

    renderer_classes = [JSONRenderer]
    throttle_classes = THROTTLES
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Changes since a time (for mirrors)",
        parameters=[
            OpenApiParameter("since", str, description="Start (起始时间), ISO 8601 date-time or date, e.g. "
                             "`2026-03-01T00:00:00Z`; events at or after it. Omitted: from the beginning."),
            OpenApiParameter("cursor", str, description="Opaque cursor from a `next` or `poll` link; replaces `since`."),
            OpenApiParameter("type", {"type": "array", "items": {"type": "string", "enum": TYPES}}, explode=False,
                             style="form", description="Only these record types, comma-separated."),
            OpenApiParameter("page_size", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
                             description=f"Events per page, 1 to {MAX_LIMIT}; default {DEFAULT_LIMIT}."),
        ],
        responses={200: ChangesPageSerializer, 304: OpenApiResponse(description="Not modified."),
                   400: OpenApiResponse(description="A parameter is wrong: the body names it.")},
    )
    def get(self, request):
        limit = page_size_of(request, DEFAULT_LIMIT, MAX_LIMIT)
        types = [part.strip() for value in request.query_params.getlist("type") for part in value.split(",") if part.strip()]
        unknown = sorted(set(types) - set(TYPES))
        if unknown:
            raise ValidationError({"type": [f"unknown type(s): {', '.join(unknown)}; choose from {', '.join(TYPES)}"]})
        after = None
        if request.query_params.get("cursor"):
            after = decode_cursor(request.query_params["cursor"])
        elif request.query_params.get("since"):
            # Events at or after `since`: start just before it, at the lowest rank and history id.
            after = (parse_since(request.query_params["since"]), -1, 0)

        sources = [src for src in SOURCES if not types or TYPE_OF[src.type] in types]
        parts = [_events(src, after) for src in sources]
        union = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        rows = list(union.order_by("e_date", "e_rank", "e_history")[: limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]

        links = ApiLinks(request.build_absolute_uri("/api/v1/"))
        results = self._events(rows, links)
        bookmark = rows[-1] if rows else None
        if bookmark is not None:
            poll = self._url(request, encode_cursor(bookmark["e_date"], bookmark["e_rank"], bookmark["e_history"]))
        else:
            poll = request.build_absolute_uri()
        return Response({"results": results, "next": poll if more else None, "poll": poll})

    @staticmethod
    def _url(request, cursor: str) -> str:
        params = request.query_params.copy()
        params.pop("since", None)
        params["cursor"] = cursor
        return request.build_absolute_uri(request.path) + "?" + params.urlencode()

    @staticmethod
    def _events(rows: list[dict], links: ApiLinks) -> list[dict]:
        survivors = _final_survivors({row["e_merged"] for row in rows if row["e_merged"]})
        source_of = {src.rank: src for src in SOURCES}
        results = []
        for row in rows:
            source = source_of[row["e_rank"]]
            kind = TYPE_OF[source.type]
            if source.type == "membership":
                action = "updated"  # a membership's creation or deletion changes its delegate
            elif row["e_action"] == "-" or row["e_deleted"]:
                action = "deleted"
            elif row["e_merged"]:
                action = "merged"
            else:
                action = "created" if row["e_action"] == "+" else "updated"
            identifier = row["e_slug"] if kind == "topic" else row["e_object"]
            merged_into = survivors.get(row["e_merged"]) if action == "merged" else None
            url = None
            if action != "deleted":
                url = {
                    "proposal": links.proposal, "delegate": links.delegate, "article": links.article,
                    "key_task": links.key_task, "topic": links.topic,
                }[kind](identifier)
            results.append({
                "type": kind,
                "id": str(identifier),
                "action": action,
                "changed_at": serializers.DateTimeField().to_representation(row["e_date"]),
                "url": url,
                "merged_into": merged_into,
            })
        return results


def _final_survivors(ids: set[int]) -> dict[int, int]:
    """Each merge target followed to the record that is not itself merged (a few queries at most)."""
    final = {pk: pk for pk in ids}
    pending = set(ids)
    for _ in range(10):  # merge chains are collapsed by delegate_merge; this bounds a stray cycle
        if not pending:
            break
        onward = dict(Delegate.objects.filter(pk__in=pending, merged_into__isnull=False).values_list("pk", "merged_into"))
        for start, current in list(final.items()):
            if current in onward:
                final[start] = onward[current]
        pending = set(onward.values())
    return final
