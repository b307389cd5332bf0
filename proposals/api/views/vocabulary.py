"""Key tasks (重点工作), sectors (领域) and sessions (会议): the vocabulary lists filter on."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view

from proposals.listing.filters import KeyTaskFilter, SessionFilter

from .. import queries
from ..serializers.vocabulary import (
    KeyTaskDetailSerializer,
    KeyTaskListSerializer,
    SessionSerializer,
    TopicDetailSerializer,
    TopicListSerializer,
)
from .base import ERROR_400, ERROR_404, NOT_MODIFIED, ReadOnlyViewSet


@extend_schema_view(
    list=extend_schema(summary="List key tasks (重点工作)", responses={200: KeyTaskListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400}),
    retrieve=extend_schema(summary="One key task, with its phrases and keywords", responses={200: KeyTaskDetailSerializer, 304: NOT_MODIFIED, 404: ERROR_404}),
)
class KeyTaskViewSet(ReadOnlyViewSet):
    """Key tasks (重点工作) of a session's plan, e.g. the seven of the 2026 Inner Mongolia report."""

    filterset_class = KeyTaskFilter

    def get_queryset(self) -> QuerySet:
        return queries.key_task_queryset()

    def get_serializer_class(self):
        return KeyTaskListSerializer if self.action == "list" else KeyTaskDetailSerializer


@extend_schema_view(
    list=extend_schema(summary="List sectors (领域)", responses={200: TopicListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400}),
    retrieve=extend_schema(summary="One sector, with its keywords", responses={200: TopicDetailSerializer, 304: NOT_MODIFIED, 404: ERROR_404}),
)
class TopicViewSet(ReadOnlyViewSet):
    """Sectors (领域) such as 能源 or 教育; identified by slug."""

    lookup_field = "slug"
    lookup_value_regex = r"[-\w]+"
    filterset_class = None

    def get_queryset(self) -> QuerySet:
        return queries.topic_queryset()

    def get_serializer_class(self):
        return TopicListSerializer if self.action == "list" else TopicDetailSerializer


@extend_schema_view(
    list=extend_schema(summary="List sessions (会议)", responses={200: SessionSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400}),
    retrieve=extend_schema(summary="One session", responses={200: SessionSerializer, 304: NOT_MODIFIED, 404: ERROR_404}),
)
class SessionViewSet(ReadOnlyViewSet):
    """Sessions (会议): one annual meeting of the two sessions at one level and place; identified by slug."""

    lookup_field = "slug"
    lookup_value_regex = r"[-\w]+"
    filterset_class = SessionFilter
    serializer_class = SessionSerializer

    def get_queryset(self) -> QuerySet:
        return queries.session_queryset()
