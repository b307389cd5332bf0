"""What every viewset shares: documented error answers, the filter backend, facets on lists."""

from __future__ import annotations

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from proposals.listing import facets

from ..http import THROTTLES, ApiHttpMixin
from ..pagination import ApiPagination

ERROR_400 = OpenApiResponse(
    response=OpenApiTypes.OBJECT,
    description="A parameter is wrong: the body names it, e.g. `{\"year\": [\"not a year: 'abc' ...\"]}`; "
    "a parameter the endpoint does not know is refused with the list of those it does: "
    "`{\"detail\": \"unknown query parameter(s): bogus\", \"unknown\": [\"bogus\"], \"allowed\": [...]}`.",
)
# Parameters of every list besides its filters: pagination and DRF's format override.
LIST_PARAMETERS = ("page", "page_size", "paginate", "cursor", "format")
LIST_ACTIONS = ("list", "export_csv", "export_jsonl")
ERROR_404 = OpenApiResponse(response=OpenApiTypes.OBJECT, description="No such record: `{\"detail\": \"...\"}`.")
GONE_410 = OpenApiResponse(
    response=OpenApiTypes.OBJECT,
    description="Deleted by staff (已删除): `{\"detail\": \"...\", \"id\": ...}`. The change feed reports the deletion.",
)
# Exports are chosen by their path, not by DRF's ?format= override.
NO_FORMAT = OpenApiParameter("format", exclude=True)
NOT_MODIFIED = OpenApiResponse(description="Not modified: the `If-None-Match` ETag still matches.")

CSV_HELP = (
    "The whole filtered set, one row per record, streamed (no pagination; every list filter applies). "
    "UTF-8 with a byte-order mark so spreadsheet programs read the Chinese correctly; lists inside a "
    "cell are joined with `|`."
)
JSONL_HELP = (
    "The whole filtered set as JSON Lines (one JSON object per line, UTF-8), streamed: no pagination, "
    "every list filter applies. Each line has the fields of the CSV export, with lists as JSON arrays."
)


def gone(kind: str, pk: int) -> Response:
    return Response({"detail": f"this {kind} was deleted by staff (已删除)", "id": pk}, status=status.HTTP_410_GONE)


def facets_parameter(available: dict) -> OpenApiParameter:
    return OpenApiParameter(
        "facets", {"type": "array", "items": {"type": "string", "enum": list(available)}}, OpenApiParameter.QUERY,
        explode=False, style="form",
        description="Facet counts to add (分面统计), comma-separated, e.g. `key_task,sector`: for each, the "
        "values over the whole filtered set with their counts, in `facets`. Choose from: "
        + ", ".join(f"`{name}`" for name in available) + ".",
    )


def requested_facets(request, available: dict) -> list[str]:
    """The facet names asked for, validated: an unknown one is a 400 naming ``facets``."""
    raw = request.query_params.getlist("facets")
    names = [part.strip() for value in raw for part in value.split(",") if part.strip()]
    unknown = [name for name in names if name not in available]
    if unknown:
        raise ValidationError(
            {"facets": [f"unknown facet(s): {', '.join(unknown)}; choose from {', '.join(available)}"]}
        )
    return list(dict.fromkeys(names))


class FilterBackend(DjangoFilterBackend):
    """django-filter, skipped when the request names none of the filters (building and validating
    the form of a dozen filters costs more than the rest of an unfiltered page)."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None or not any(name in request.query_params for name in filterset_class.base_filters):
            return queryset
        return super().filter_queryset(request, queryset, view)


def allowed_parameters(view) -> list[str]:
    """The query parameters a list endpoint understands: its filters, ``facets`` and paging."""
    filterset = getattr(view, "filterset_class", None)
    names = list(filterset.base_filters) if filterset else []
    if view.facets_available and view.action == "list":
        names.append("facets")
    return [*names, *LIST_PARAMETERS]


def reject_unknown(request, view) -> None:
    """A parameter the list does not know is a 400 listing the ones it does: a misspelt filter
    (``?yaer=2026``) must not silently return everything."""
    if getattr(view, "action", None) not in LIST_ACTIONS:
        return
    allowed = allowed_parameters(view)
    unknown = [name for name in request.query_params if name not in allowed]
    if unknown:
        raise ValidationError(
            {"detail": f"unknown query parameter(s): {', '.join(unknown)}", "unknown": unknown, "allowed": allowed}
        )


class ApiViewMixin(ApiHttpMixin):
    renderer_classes = [JSONRenderer]
    throttle_classes = THROTTLES
    pagination_class = ApiPagination
    filter_backends = [FilterBackend]
    facets_available: dict = {}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        reject_unknown(request, self)

    def list(self, request, *args, **kwargs):
        names = requested_facets(request, self.facets_available)
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        if names:
            self.paginator.facets = facets.facet_counts(queryset, names, self.facets_available)
        serializer = self.get_serializer(page, many=True)
        return self.get_paginated_response(serializer.data)


class ReadOnlyViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    pass
