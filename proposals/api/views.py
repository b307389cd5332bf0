"""The API's viewsets: list and detail for every record, corrections and tags for staff.

Each viewset decides its ``select_related``/``prefetch_related`` once, so a list costs the same
handful of queries at any page size (``tests/api/test_query_counts.py``). Proposals deleted by
staff (tombstones) and delegates merged or deleted never appear in lists; their detail URLs answer
410 (deleted) or 301 to the survivor (merged), and the change feed reports both.
"""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from delegates.models import Delegate, Membership, Session
from proposals.editorial import proposals_tag
from proposals.models import (
    Article,
    ArticleMention,
    KeyTask,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalSource,
    ProposalTopic,
    Topic,
)

from . import export, facets
from . import filters as api_filters
from . import serializers as s
from .http import THROTTLES, ApiHttpMixin
from .pagination import ApiPagination

ERROR_400 = OpenApiResponse(
    response=OpenApiTypes.OBJECT,
    description="A parameter is wrong: the body names it, e.g. `{\"key_task\": [\"...\"]}`.",
)
ERROR_404 = OpenApiResponse(response=OpenApiTypes.OBJECT, description="No such record: `{\"detail\": \"...\"}`.")
GONE_410 = OpenApiResponse(
    response=OpenApiTypes.OBJECT,
    description="Deleted by staff (已删除): `{\"detail\": \"...\", \"id\": ...}`. The change feed reports the deletion.",
)
# Exports are chosen by their path, not by DRF's ?format= override.
NO_FORMAT = OpenApiParameter("format", exclude=True)
NOT_MODIFIED = OpenApiResponse(description="Not modified: the `If-None-Match` ETag still matches.")


def gone(kind: str, pk: int) -> Response:
    return Response({"detail": f"this {kind} was deleted by staff (已删除)", "id": pk}, status=status.HTTP_410_GONE)


def count_of(queryset: QuerySet, field: str) -> Coalesce:
    """A correlated COUNT subquery: no GROUP BY on the outer query, so paging and counting stay cheap."""
    counted = (
        queryset.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("*")).values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def facets_parameter(available: dict) -> OpenApiParameter:
    return OpenApiParameter(
        "facets", {"type": "array", "items": {"type": "string", "enum": list(available)}}, OpenApiParameter.QUERY,
        explode=False, style="form",
        description="Facet counts to add (分面统计), comma-separated, e.g. `key_task,sector`: for each, the "
        "values over the whole filtered set with their counts, in `facets`. Choose from: "
        + ", ".join(f"`{name}`" for name in available) + ".",
    )


class FilterBackend(DjangoFilterBackend):
    """django-filter, skipped when the request names none of the filters (building and validating
    the form of a dozen filters costs more than the rest of an unfiltered page)."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None or not any(name in request.query_params for name in filterset_class.base_filters):
            return queryset
        return super().filter_queryset(request, queryset, view)


class ApiViewMixin(ApiHttpMixin):
    renderer_classes = [JSONRenderer]
    throttle_classes = THROTTLES
    pagination_class = ApiPagination
    filter_backends = [FilterBackend]
    facets_available: dict = {}

    def list(self, request, *args, **kwargs):
        names = facets.requested(request, self.facets_available)
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        if names:
            self.paginator.facets = facets.facet_counts(queryset, names, self.facets_available)
        serializer = self.get_serializer(page, many=True)
        return self.get_paginated_response(serializer.data)


class ReadOnlyViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    pass


# --------------------------------------------------------------------------------------------------
# Proposals


MEMBERSHIP_ORDER = s.MEMBERSHIP_ORDER


def proposal_queryset(*, full: bool = False) -> QuerySet:
    """Proposals with everything their representation needs, in a fixed number of queries.

    Lists load only the columns they show (JSON columns cost a decode per row) and prefetch into
    plain lists (``to_attr``): a related manager's ``.all()`` per record would build a queryset each.
    """
    links = ProposalDelegate.objects.select_related("delegate")
    memberships = Membership.objects.order_by(*MEMBERSHIP_ORDER)
    tasks = ProposalKeyTask.objects.select_related("key_task")
    sectors = ProposalTopic.objects.select_related("topic")
    queryset = Proposal.objects.visible().select_related("article__session")
    if not full:
        links = links.only("id", "proposal_id", "delegate_id", "order", "delegate__id", "delegate__name")
        memberships = memberships.only("id", "delegate_id", "session_id", "role", "level", "delegation", "affiliation")
        tasks = tasks.only("id", "proposal_id", "key_task_id", "rank", "key_task__id", "key_task__slug",
                           "key_task__name", "key_task__short_name")
        sectors = sectors.only("id", "proposal_id", "topic_id", "rank", "topic__id", "topic__slug", "topic__name")
        queryset = queryset.only(
            "id", "headline", "summary", "kind", "passage", "start", "end", "updated_at", "review_status",
            "article_id", "article__id", "article__title", "article__newspaper", "article__published_on",
            "article__session_id", "article__session__id", "article__session__slug", "article__session__name",
            "article__session__year", "article__session__level",
        )
    else:
        queryset = queryset.prefetch_related(
            Prefetch("sources", queryset=ProposalSource.objects.select_related("article").order_by("id"))
        )
    return queryset.prefetch_related(
        Prefetch("proposaldelegate_set", queryset=links, to_attr="proposer_links"),
        Prefetch("proposer_links__delegate__memberships", queryset=memberships, to_attr="membership_list"),
        Prefetch("key_task_links", queryset=tasks, to_attr="task_links"),
        Prefetch("topic_links", queryset=sectors, to_attr="sector_links"),
    ).order_by("-article__published_on", "-id")


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
        responses={200: s.ProposalListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400},
    ),
    retrieve=extend_schema(
        summary="One proposal, in full",
        responses={200: s.ProposalDetailSerializer, 304: NOT_MODIFIED, 404: ERROR_404, 410: GONE_410},
    ),
    partial_update=extend_schema(
        summary="Correct a proposal (staff; token + proposals.change_proposal)",
        description="Corrected fields are locked (编辑锁定): re-ingestion never overwrites them again.",
        request=s.ProposalCorrectionSerializer,
        responses={200: s.ProposalDetailSerializer, 400: ERROR_400, 404: ERROR_404},
    ),
)
class ProposalViewSet(ApiViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin,
                      viewsets.GenericViewSet):
    """Proposals (建议/提案): what delegates proposed, as passages of articles."""

    filterset_class = api_filters.ProposalFilter
    facets_available = facets.PROPOSAL_FACETS
    http_method_names = ["get", "head", "options", "patch", "post", "delete"]

    def get_queryset(self) -> QuerySet:
        if self.action == "list":  # read with .values() by list(): no instances, no prefetch
            return Proposal.objects.visible().order_by("-article__published_on", "-id")
        return proposal_queryset(full=self.action not in ("export_csv", "export_jsonl"))

    def list(self, request, *args, **kwargs):
        names = facets.requested(request, self.facets_available)
        queryset = self.filter_queryset(self.get_queryset())
        # Page over identifiers (the sort and the count touch no other column), then read the page.
        page = [row["id"] for row in self.paginate_queryset(queryset.values("id"))]
        if names:
            self.paginator.facets = facets.facet_counts(queryset, names, self.facets_available)
        by_id = {
            row["id"]: row
            for row in Proposal.objects.extra(where=[s.ids_in("proposals_proposal.id", page)]).values(*s.LIST_COLUMNS)
        }
        links = s.ApiLinks(request.build_absolute_uri("/api/v1/"))
        return self.get_paginated_response(s.proposal_list_page([by_id[pk] for pk in page], links))

    def get_serializer_class(self):
        if self.action == "list":
            return s.ProposalListSerializer
        if self.action == "partial_update":
            return s.ProposalCorrectionSerializer
        return s.ProposalDetailSerializer

    def retrieve(self, request, *args, **kwargs):
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            pk = kwargs.get("pk")
            if str(pk).isdigit() and Proposal.objects.filter(pk=pk, is_deleted=True).exists():
                return gone("proposal", int(pk))
            raise

    def update(self, request, *args, **kwargs):
        if not kwargs.get("partial"):
            return Response({"detail": "use PATCH with the fields to correct"}, status=status.HTTP_405_METHOD_NOT_ALLOWED)
        proposal = self.get_object()
        correction = s.ProposalCorrectionSerializer(proposal, data=request.data, partial=True)
        correction.is_valid(raise_exception=True)
        if not correction.validated_data:
            raise ValidationError({"non_field_errors": ["nothing to correct: give headline, summary, kind or review_status"]})
        correction.save()
        return Response(s.ProposalDetailSerializer(self.get_object(), context=self.get_serializer_context()).data)

    @extend_schema(
        summary="Add key tasks or sectors (staff)",
        description="Adds each as a staff tag (编辑标注) and locks the proposal's key tasks or sectors, so "
        "re-ingestion keeps them. Needs a token with proposals.change_proposal.",
        request=s.TagsSerializer,
        responses={200: s.ProposalDetailSerializer, 400: ERROR_400, 404: ERROR_404},
    )
    @action(detail=True, methods=["post"], permission_classes=[CanChangeProposal])
    def tags(self, request, pk=None):
        proposal = self.get_object()
        tags = s.TagsSerializer(data=request.data)
        tags.is_valid(raise_exception=True)
        for task in tags.validated_data.get("key_tasks", []):
            proposals_tag(proposals=[proposal], key_task=task)
        for topic in tags.validated_data.get("sectors", []):
            proposals_tag(proposals=[proposal], topic=topic)
        return Response(s.ProposalDetailSerializer(self.get_object(), context=self.get_serializer_context()).data)

    @extend_schema(
        summary="Remove a key task or sector (staff)",
        description="`dimension` is `key_tasks` or `sectors`. Locks that dimension against re-ingestion.",
        request=None,
        responses={200: s.ProposalDetailSerializer, 400: ERROR_400, 404: ERROR_404},
    )
    @action(detail=True, methods=["delete"], permission_classes=[CanChangeProposal],
            url_path=r"tags/(?P<dimension>key_tasks|sectors)/(?P<slug>[-\w]+)")
    def untag(self, request, pk=None, dimension=None, slug=None):
        proposal = self.get_object()
        if dimension == "key_tasks":
            links = ProposalKeyTask.objects.filter(proposal=proposal, key_task__slug=slug).select_related("key_task")
            for link in links:
                proposals_tag(proposals=[proposal], key_task=link.key_task, remove=True)
        else:
            links = ProposalTopic.objects.filter(proposal=proposal, topic__slug=slug).select_related("topic")
            for link in links:
                proposals_tag(proposals=[proposal], topic=link.topic, remove=True)
        if not links:
            raise ValidationError({"slug": [f"the proposal has no {dimension[:-1].replace('_', ' ')} {slug!r}"]})
        return Response(s.ProposalDetailSerializer(self.get_object(), context=self.get_serializer_context()).data)

    @extend_schema(
        summary="Export proposals as CSV (UTF-8 with BOM)",
        description=export.CSV_HELP,
        responses={(200, "text/csv"): OpenApiTypes.STR, 400: ERROR_400},
        parameters=[NO_FORMAT],
    )
    def export_csv(self, request):
        return export.csv_response(export.proposal_rows(self.filter_queryset(self.get_queryset()), request),
                                   export.PROPOSAL_COLUMNS, "proposals")

    @extend_schema(
        summary="Export proposals as JSON Lines",
        description=export.JSONL_HELP,
        responses={(200, "application/jsonl"): OpenApiTypes.STR, 400: ERROR_400},
        parameters=[NO_FORMAT],
    )
    def export_jsonl(self, request):
        return export.jsonl_response(export.proposal_rows(self.filter_queryset(self.get_queryset()), request), "proposals")


# --------------------------------------------------------------------------------------------------
# Delegates


def delegate_queryset() -> QuerySet:
    return (
        Delegate.objects.annotate(
            proposal_count=count_of(ProposalDelegate.objects.filter(proposal__is_deleted=False), "delegate")
        )
        .defer("machine_values")
        .prefetch_related(
            Prefetch("memberships", queryset=Membership.objects.select_related("session").order_by(*MEMBERSHIP_ORDER),
                     to_attr="membership_list")
        )
        .order_by("name", "id")
    )


@extend_schema_view(
    list=extend_schema(
        summary="List delegates (代表委员)",
        parameters=[facets_parameter(facets.DELEGATE_FACETS)],
        responses={200: s.DelegateListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400},
    ),
    retrieve=extend_schema(
        summary="One delegate, in full",
        description="A merged record's identifier answers 301 with `Location` set to the survivor (合并后的记录).",
        responses={
            200: s.DelegateDetailSerializer, 301: s.MergedSerializer, 304: NOT_MODIFIED, 404: ERROR_404, 410: GONE_410,
        },
    ),
)
class DelegateViewSet(ReadOnlyViewSet):
    """Delegates (代表委员): deputies to people's congresses and members of political consultative conferences."""

    filterset_class = api_filters.DelegateFilter
    facets_available = facets.DELEGATE_FACETS

    def get_queryset(self) -> QuerySet:
        queryset = delegate_queryset()
        if self.action == "list":
            return queryset.active()
        return queryset.prefetch_related("aliases", "merged_from")

    def get_serializer_class(self):
        return s.DelegateListSerializer if self.action == "list" else s.DelegateDetailSerializer

    def retrieve(self, request, *args, **kwargs):
        delegate = get_object_or_404(self.get_queryset(), pk=kwargs["pk"]) if str(kwargs["pk"]).isdigit() else None
        if delegate is None:
            raise Http404
        seen = set()
        survivor = delegate
        while survivor.merged_into_id and survivor.pk not in seen:
            seen.add(survivor.pk)
            survivor = Delegate.objects.only("id", "merged_into").get(pk=survivor.merged_into_id)
        if survivor.pk != delegate.pk:
            url = s.ApiLinks(request.build_absolute_uri("/api/v1/")).delegate(survivor.pk)
            return Response(
                {"detail": f"delegate {delegate.pk} was merged into {survivor.pk} (已合并)", "merged_into": survivor.pk, "url": url},
                status=status.HTTP_301_MOVED_PERMANENTLY, headers={"Location": url},
            )
        if delegate.is_deleted:
            return gone("delegate", delegate.pk)
        return Response(self.get_serializer(delegate).data)

    @extend_schema(summary="Export delegates as CSV (UTF-8 with BOM)", description=export.CSV_HELP,
                   responses={(200, "text/csv"): OpenApiTypes.STR, 400: ERROR_400}, parameters=[NO_FORMAT])
    def export_csv(self, request):
        return export.csv_response(export.delegate_rows(self.filter_queryset(self.get_queryset()), request),
                                   export.DELEGATE_COLUMNS, "delegates")

    @extend_schema(summary="Export delegates as JSON Lines", description=export.JSONL_HELP,
                   responses={(200, "application/jsonl"): OpenApiTypes.STR, 400: ERROR_400},
                   parameters=[NO_FORMAT])
    def export_jsonl(self, request):
        return export.jsonl_response(export.delegate_rows(self.filter_queryset(self.get_queryset()), request), "delegates")


# --------------------------------------------------------------------------------------------------
# Articles, key tasks, sectors, sessions


@extend_schema_view(
    list=extend_schema(summary="List articles (文章)", responses={200: s.ArticleListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400}),
    retrieve=extend_schema(summary="One article, with its text when public", responses={200: s.ArticleDetailSerializer, 304: NOT_MODIFIED, 404: ERROR_404}),
)
class ArticleViewSet(ReadOnlyViewSet):
    """Articles (文章): the newspaper pages proposals were read from."""

    filterset_class = api_filters.ArticleFilter

    def get_queryset(self) -> QuerySet:
        queryset = (
            Article.objects.select_related("session")
            .annotate(proposal_count=count_of(Proposal.objects.visible(), "article"))
            .order_by("-published_on", "-id")
        )
        if self.action == "list":
            return queryset.defer("text", "blocks", "source", "source_key")
        return queryset.prefetch_related(Prefetch("mentions", queryset=ArticleMention.objects.order_by("start")))

    def get_serializer_class(self):
        return s.ArticleListSerializer if self.action == "list" else s.ArticleDetailSerializer


@extend_schema_view(
    list=extend_schema(summary="List key tasks (重点工作)", responses={200: s.KeyTaskListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400}),
    retrieve=extend_schema(summary="One key task, with its phrases and keywords", responses={200: s.KeyTaskDetailSerializer, 304: NOT_MODIFIED, 404: ERROR_404}),
)
class KeyTaskViewSet(ReadOnlyViewSet):
    """Key tasks (重点工作) of a session's plan, e.g. the seven of the 2026 Inner Mongolia report."""

    filterset_class = api_filters.KeyTaskFilter

    def get_queryset(self) -> QuerySet:
        return (
            KeyTask.objects.select_related("session")
            .annotate(proposal_count=count_of(ProposalKeyTask.objects.filter(proposal__is_deleted=False), "key_task"))
            .order_by("-session__year", "order", "id")
        )

    def get_serializer_class(self):
        return s.KeyTaskListSerializer if self.action == "list" else s.KeyTaskDetailSerializer


@extend_schema_view(
    list=extend_schema(summary="List sectors (领域)", responses={200: s.TopicListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400}),
    retrieve=extend_schema(summary="One sector, with its keywords", responses={200: s.TopicDetailSerializer, 304: NOT_MODIFIED, 404: ERROR_404}),
)
class TopicViewSet(ReadOnlyViewSet):
    """Sectors (领域) such as 能源 or 教育; identified by slug."""

    lookup_field = "slug"
    lookup_value_regex = r"[-\w]+"
    filterset_class = None

    def get_queryset(self) -> QuerySet:
        return Topic.objects.annotate(
            proposal_count=count_of(ProposalTopic.objects.filter(proposal__is_deleted=False), "topic")
        ).order_by("order", "id")

    def get_serializer_class(self):
        return s.TopicListSerializer if self.action == "list" else s.TopicDetailSerializer


@extend_schema_view(
    list=extend_schema(summary="List sessions (会议)", responses={200: s.SessionSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400}),
    retrieve=extend_schema(summary="One session", responses={200: s.SessionSerializer, 304: NOT_MODIFIED, 404: ERROR_404}),
)
class SessionViewSet(ReadOnlyViewSet):
    """Sessions (会议): one annual meeting of the two sessions at one level and place; identified by slug."""

    lookup_field = "slug"
    lookup_value_regex = r"[-\w]+"
    filterset_class = api_filters.SessionFilter
    serializer_class = s.SessionSerializer

    def get_queryset(self) -> QuerySet:
        return Session.objects.annotate(
            article_count=count_of(Article.objects.all(), "session"),
            proposal_count=count_of(Proposal.objects.visible(), "article__session"),
        ).order_by("-year", "name")


