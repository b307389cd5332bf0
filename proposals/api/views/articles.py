"""Articles (文章): list and detail (the text only where it is public)."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view

from proposals.listing.filters import ArticleFilter

from .. import queries
from ..serializers.articles import ArticleDetailSerializer, ArticleListSerializer
from .base import ERROR_400, ERROR_404, NOT_MODIFIED, ReadOnlyViewSet


@extend_schema_view(
    list=extend_schema(summary="List articles (文章)", responses={200: ArticleListSerializer(many=True), 304: NOT_MODIFIED, 400: ERROR_400}),
    retrieve=extend_schema(summary="One article, with its text when public", responses={200: ArticleDetailSerializer, 304: NOT_MODIFIED, 404: ERROR_404}),
)
class ArticleViewSet(ReadOnlyViewSet):
    """Articles (文章): the newspaper pages proposals were read from."""

    filterset_class = ArticleFilter

    def get_queryset(self) -> QuerySet:
        return queries.article_queryset(full=self.action != "list")

    def get_serializer_class(self):
        return ArticleListSerializer if self.action == "list" else ArticleDetailSerializer
