"""Delegates (代表委员): list, detail (a merged record answers 301 to its survivor), exports."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.response import Response

from proposals import selectors
from proposals.listing import export, facets
from proposals.listing.filenames import export_filename
from proposals.listing.filters import DelegateFilter
from proposals.listing.links import api_links

from .. import queries
from ..serializers.delegates import DelegateDetailSerializer, DelegateListSerializer, MergedSerializer
from .base import (
    CSV_HELP,
    ERROR_400,
    ERROR_404,
    GONE_410,
    JSONL_HELP,
    NO_FORMAT,
    NOT_MODIFIED,
    ReadOnlyViewSet,
    facets_parameter,
    gone,
)


@extend_schema_view(
    list=extend_schema(
        summary="List delegates (代表委员)",
        parameters=[facets_parameter(facets.DELEGATE_FACETS)],
        responses={200: DelegateListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400},
    ),
    retrieve=extend_schema(
        summary="One delegate, in full",
        description="A merged record's identifier answers 301 with `Location` set to the survivor (合并后的记录).",
        responses={
            200: DelegateDetailSerializer, 301: MergedSerializer, 304: NOT_MODIFIED, 404: ERROR_404, 410: GONE_410,
        },
    ),
)
class DelegateViewSet(ReadOnlyViewSet):
    """Delegates (代表委员): deputies to people's congresses and members of political consultative conferences."""

    filterset_class = DelegateFilter
    facets_available = facets.DELEGATE_FACETS

    def get_queryset(self) -> QuerySet:
        queryset = queries.delegate_queryset()
        if self.action == "list":
            return queryset.active()
        return queryset.prefetch_related("aliases", "merged_from")

    def get_serializer_class(self):
        return DelegateListSerializer if self.action == "list" else DelegateDetailSerializer

    def retrieve(self, request, *args, **kwargs):
        delegate = get_object_or_404(self.get_queryset(), pk=kwargs["pk"]) if str(kwargs["pk"]).isdigit() else None
        if delegate is None:
            raise Http404
        survivor = selectors.survivor_of(delegate).pk
        if survivor != delegate.pk:
            url = api_links(request).delegate(survivor)
            return Response(
                {"detail": f"delegate {delegate.pk} was merged into {survivor} (已合并)", "merged_into": survivor, "url": url},
                status=status.HTTP_301_MOVED_PERMANENTLY, headers={"Location": url},
            )
        if delegate.is_deleted:
            return gone("delegate", delegate.pk)
        return Response(self.get_serializer(delegate).data)

    @extend_schema(summary="Export delegates as CSV (UTF-8 with BOM)", description=CSV_HELP,
                   responses={(200, "text/csv"): OpenApiTypes.STR, 400: ERROR_400}, parameters=[NO_FORMAT])
    def export_csv(self, request):
        return export.csv_response(export.delegate_rows(self.filter_queryset(self.get_queryset()), request),
                                   export.DELEGATE_CSV_COLUMNS, export_filename(request.GET, stem="代表委员"))

    @extend_schema(summary="Export delegates as JSON Lines", description=JSONL_HELP,
                   responses={(200, "application/jsonl"): OpenApiTypes.STR, 400: ERROR_400},
                   parameters=[NO_FORMAT])
    def export_jsonl(self, request):
        return export.jsonl_response(export.delegate_rows(self.filter_queryset(self.get_queryset()), request),
                                     export.DELEGATE_COLUMNS, "delegates")
