"""Page numbers for people, a cursor for programs walking the whole set.

``?page=2&page_size=100`` pages through the current ordering with a total ``count``; a page size
above ``MAX_PAGE_SIZE``, a page past the end or a page that is not a number is a 400 naming the
parameter. ``?paginate=cursor`` switches to an opaque cursor over the record identifier: no count,
no offsets, stable while records are added, and as fast on the last page as on the first (follow
``next`` until it is null).
"""

from __future__ import annotations

from django.core.paginator import InvalidPage
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.response import Response

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


def page_size_of(request, default: int = DEFAULT_PAGE_SIZE, maximum: int = MAX_PAGE_SIZE) -> int:
    raw = request.query_params.get("page_size")
    if raw in (None, ""):
        return default
    try:
        size = int(raw)
    except ValueError:
        raise ValidationError({"page_size": [f"not a whole number: {raw!r}"]}) from None
    if not 1 <= size <= maximum:
        raise ValidationError({"page_size": [f"must be between 1 and {maximum}, got {size}"]})
    return size


class _Pages(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return page_size_of(request, self.page_size, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        page_size = self.get_page_size(request)
        paginator = self.django_paginator_class(queryset, page_size)
        number = request.query_params.get(self.page_query_param) or 1
        if number == "last":
            number = paginator.num_pages
        try:
            self.page = paginator.page(number)
        except InvalidPage as exc:
            raise ValidationError({"page": [f"no page {number!r}: {exc} (there are {paginator.num_pages})"]}) from None
        self.request = request
        return list(self.page)


class _Cursor(CursorPagination):
    ordering = "id"
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return page_size_of(request, self.page_size, self.max_page_size)

    def get_ordering(self, request, queryset, view):
        return (self.ordering,)

    def decode_cursor(self, request):
        cursor = super().decode_cursor(request)
        # The position is an id (we walk by id): a forged ``p=2026-01-01`` would reach the
        # database as ``id > '2026-01-01'`` and fail there.
        if cursor is not None and cursor.position is not None:
            try:
                cursor = cursor._replace(position=str(int(cursor.position)))
            except ValueError:
                raise NotFound(self.invalid_cursor_message) from None
        return cursor

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except NotFound:
            raise ValidationError({"cursor": ["not a cursor this API issued; start again without it"]}) from None


class ApiPagination:
    """Page-number pagination, or a cursor with ``?paginate=cursor`` (or any ``?cursor=``)."""

    page_size = DEFAULT_PAGE_SIZE
    display_page_controls = False

    def __init__(self):
        self.mode = None
        self.facets = None

    def _choose(self, request):
        mode = request.query_params.get("paginate") or ("cursor" if "cursor" in request.query_params else "page")
        if mode not in ("page", "cursor"):
            raise ValidationError({"paginate": [f"unknown mode {mode!r}: use `page` or `cursor`"]})
        if mode == "cursor":
            if request.query_params.get("ordering"):
                raise ValidationError({"ordering": ["cursor pagination always walks by id: drop `ordering`"]})
            if request.query_params.get("q"):
                raise ValidationError({"q": ["cursor pagination walks by id, search ranks: use page numbers with `q`"]})
            if "page" in request.query_params:
                raise ValidationError({"page": ["`page` is for page-number pagination, not with a cursor"]})
        self.mode = mode
        self.impl = _Cursor() if mode == "cursor" else _Pages()

    def paginate_queryset(self, queryset, request, view=None):
        self._choose(request)
        return self.impl.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        if self.mode == "cursor":
            body = {"next": self.impl.get_next_link(), "previous": self.impl.get_previous_link(), "results": data}
        else:
            body = {
                "count": self.impl.page.paginator.count,
                "next": self.impl.get_next_link(),
                "previous": self.impl.get_previous_link(),
                "results": data,
            }
        if self.facets is not None:
            body["facets"] = self.facets
        return Response(body)

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {
                "count": {
                    "type": "integer",
                    "description": "Total number of matching records (总数); absent with `paginate=cursor`.",
                },
                "next": {"type": "string", "nullable": True, "format": "uri", "description": "URL of the next page (下一页), or null."},
                "previous": {"type": "string", "nullable": True, "format": "uri", "description": "URL of the previous page (上一页), or null."},
                "results": {**schema, "description": "The records of this page (本页记录)."},
                "facets": {
                    "type": "object",
                    "description": "Facet counts (分面统计), present when `facets` was asked for: for each facet, "
                    "its values with the number of matching records, largest first.",
                    "additionalProperties": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["value", "label", "count"],
                            "properties": {
                                "value": {"type": "string", "description": "The value to pass to the filter of the same name."},
                                "label": {"type": "string", "description": "Its Chinese label."},
                                "count": {"type": "integer", "description": "Matching records with this value."},
                            },
                        },
                    },
                },
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {"name": "page", "required": False, "in": "query",
             "description": "Page number (页码), from 1; `last` for the last page. A page past the end is a 400.",
             "schema": {"type": "integer", "minimum": 1}},
            {"name": "page_size", "required": False, "in": "query",
             "description": f"Records per page (每页条数), 1 to {MAX_PAGE_SIZE}; default {DEFAULT_PAGE_SIZE}.",
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
            {"name": "paginate", "required": False, "in": "query",
             "description": "`page` (default: page numbers and a total count) or `cursor` (翻页游标: walk the "
             "whole set by identifier; follow `next` until null). Not with `ordering` or `q`.",
             "schema": {"type": "string", "enum": ["page", "cursor"]}},
            {"name": "cursor", "required": False, "in": "query",
             "description": "Opaque cursor from a previous `next` link (with `paginate=cursor`).",
             "schema": {"type": "string"}},
        ]

    def get_results(self, data):
        return data["results"]
