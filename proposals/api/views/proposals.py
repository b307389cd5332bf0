"""Proposals (建议/提案): list (a fast path over ``.values()``), detail, staff corrections and tags,
and the streamed exports."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from proposals.editorial import proposals_tag
from proposals.listing import export, facets
from proposals.listing.filenames import export_filename
from proposals.listing.filters import ProposalFilter
from proposals.listing.links import api_links

from .. import queries
from ..serializers.proposals import (
    ProposalCorrectionSerializer,
    ProposalDetailSerializer,
    ProposalListSerializer,
    TagsSerializer,
)
from .base import (
    CSV_HELP,
    ERROR_400,
    ERROR_404,
    GONE_410,
    JSONL_HELP,
    NO_FORMAT,
    NOT_MODIFIED,
    ApiViewMixin,
    facets_parameter,
    gone,
    requested_facets,
)


class CanChangeProposal(permissions.DjangoModelPermissions):
    """Tags are a change to the proposal: POST and DELETE need ``proposals.change_proposal``."""

    perms_map = {
        **permissions.DjangoModelPermissions.perms_map,
        "POST": ["%(app_label)s.change_%(model_name)s"],
        "DELETE": ["%(app_label)s.change_%(model_name)s"],
    }


@extend_schema_view(
    list=extend_schema(
        summary="List proposals (建议/提案)",
        parameters=[facets_parameter(facets.PROPOSAL_FACETS)],
        responses={200: ProposalListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400},
    ),
    retrieve=extend_schema(
        summary="One proposal, in full",
        responses={200: ProposalDetailSerializer, 304: NOT_MODIFIED, 404: ERROR_404, 410: GONE_410},
    ),
    partial_update=extend_schema(
        summary="Correct a proposal (staff; token + proposals.change_proposal)",
        description="Corrected fields are locked (编辑锁定): re-ingestion never overwrites them again.",
        request=ProposalCorrectionSerializer,
        responses={200: ProposalDetailSerializer, 400: ERROR_400, 404: ERROR_404},
    ),
)
class ProposalViewSet(ApiViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin,
                      viewsets.GenericViewSet):
    """Proposals (建议/提案): what delegates proposed, as passages of articles."""

    filterset_class = ProposalFilter
    facets_available = facets.PROPOSAL_FACETS
    http_method_names = ["get", "head", "options", "patch", "post", "delete"]

    def get_queryset(self) -> QuerySet:
        if self.action == "list":  # read with .values() by list(): no instances, no prefetch
            return queries.proposal_ids()
        return queries.proposal_queryset(full=self.action not in ("export_csv", "export_jsonl"))

    def list(self, request, *args, **kwargs):
        names = requested_facets(request, self.facets_available)
        queryset = self.filter_queryset(self.get_queryset())
        # Page over identifiers (the sort and the count touch no other column), then read the page.
        page = [row["id"] for row in self.paginate_queryset(queryset.values("id"))]
        if names:
            self.paginator.facets = facets.facet_counts(queryset, names, self.facets_available)
        return self.get_paginated_response(queries.proposal_list_page(queries.proposal_list_rows(page), api_links(request)))

    def get_serializer_class(self):
        if self.action == "list":
            return ProposalListSerializer
        if self.action == "partial_update":
            return ProposalCorrectionSerializer
        return ProposalDetailSerializer

    def retrieve(self, request, *args, **kwargs):
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            pk = kwargs.get("pk")
            if queries.gone_proposal_exists(pk):
                return gone("proposal", int(pk))
            raise

    def update(self, request, *args, **kwargs):
        if not kwargs.get("partial"):
            return Response({"detail": "use PATCH with the fields to correct"}, status=status.HTTP_405_METHOD_NOT_ALLOWED)
        proposal = self.get_object()
        correction = ProposalCorrectionSerializer(proposal, data=request.data, partial=True)
        correction.is_valid(raise_exception=True)
        if not correction.validated_data:
            raise ValidationError({"non_field_errors": ["nothing to correct: give headline, summary, kind or review_status"]})
        correction.save()
        return Response(ProposalDetailSerializer(self.get_object(), context=self.get_serializer_context()).data)

    @extend_schema(
        summary="Add key tasks or sectors (staff)",
        description="Adds each as a staff tag (编辑标注) and locks the proposal's key tasks or sectors, so "
        "re-ingestion keeps them. Needs a token with proposals.change_proposal.",
        request=TagsSerializer,
        responses={200: ProposalDetailSerializer, 400: ERROR_400, 404: ERROR_404},
    )
    @action(detail=True, methods=["post"], permission_classes=[CanChangeProposal])
    def tags(self, request, pk=None):
        proposal = self.get_object()
        tags = TagsSerializer(data=request.data)
        tags.is_valid(raise_exception=True)
        for task in tags.validated_data.get("key_tasks", []):
            proposals_tag(proposals=[proposal], key_task=task)
        for topic in tags.validated_data.get("sectors", []):
            proposals_tag(proposals=[proposal], topic=topic)
        return Response(ProposalDetailSerializer(self.get_object(), context=self.get_serializer_context()).data)

    @extend_schema(
        summary="Remove a key task or sector (staff)",
        description="`dimension` is `key_tasks` or `sectors`. Locks that dimension against re-ingestion.",
        request=None,
        responses={200: ProposalDetailSerializer, 400: ERROR_400, 404: ERROR_404},
    )
    @action(detail=True, methods=["delete"], permission_classes=[CanChangeProposal],
            url_path=r"tags/(?P<dimension>key_tasks|sectors)/(?P<slug>[-\w]+)")
    def untag(self, request, pk=None, dimension=None, slug=None):
        proposal = self.get_object()
        if dimension == "key_tasks":
            links = queries.key_task_links_of(proposal, slug)
            for link in links:
                proposals_tag(proposals=[proposal], key_task=link.key_task, remove=True)
        else:
            links = queries.sector_links_of(proposal, slug)
            for link in links:
                proposals_tag(proposals=[proposal], topic=link.topic, remove=True)
        if not links:
            raise ValidationError({"slug": [f"the proposal has no {dimension[:-1].replace('_', ' ')} {slug!r}"]})
        return Response(ProposalDetailSerializer(self.get_object(), context=self.get_serializer_context()).data)

    @extend_schema(
        summary="Export proposals as CSV (UTF-8 with BOM)",
        description=CSV_HELP,
        responses={(200, "text/csv"): OpenApiTypes.STR, 400: ERROR_400},
        parameters=[NO_FORMAT],
    )
    def export_csv(self, request):
        return export.csv_response(export.proposal_rows(self.filter_queryset(self.get_queryset()), request),
                                   export.PROPOSAL_CSV_COLUMNS, export_filename(request.GET))

    @extend_schema(
        summary="Export proposals as JSON Lines",
        description=JSONL_HELP,
        responses={(200, "application/jsonl"): OpenApiTypes.STR, 400: ERROR_400},
        parameters=[NO_FORMAT],
    )
    def export_jsonl(self, request):
        return export.jsonl_response(export.proposal_rows(self.filter_queryset(self.get_queryset()), request),
                                     export.PROPOSAL_COLUMNS, "proposals")
