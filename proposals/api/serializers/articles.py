"""Articles: the list and detail representations (the text only where it is public)."""

from __future__ import annotations

from django.conf import settings
from rest_framework import serializers

from proposals.listing.dates import datetime_iso, iso
from proposals.models import Article

from .refs import SessionRefSerializer, links_of


class ArticleListSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Stable identifier of the article (文章).")
    url = serializers.URLField(help_text="API URL of the article.")
    title = serializers.CharField(help_text="Headline (标题).")
    newspaper = serializers.CharField(help_text="Newspaper (报纸), when known.")
    published_on = serializers.DateField(allow_null=True, help_text="Publication date (刊登日期), when known.")
    sections = serializers.ListField(child=serializers.CharField(), help_text="Page sections (栏目), e.g. 两会 聚焦.")
    reporters = serializers.ListField(child=serializers.CharField(), help_text="Reporters (记者).")
    session = SessionRefSerializer(allow_null=True, help_text="The session (会议) the article reports on.")
    proposal_count = serializers.IntegerField(help_text="Number of proposals (建议数) attributed in it, deleted ones excluded.")
    proposals_url = serializers.URLField(help_text="API URL listing the article's proposals.")
    updated_at = serializers.DateTimeField(help_text="Last change (更新时间) to the record.")

    def common(self, article: Article) -> dict:
        links = links_of(self)
        session = article.session
        return {
            "id": article.pk,
            "url": links.article(article.pk),
            "title": article.title,
            "newspaper": article.newspaper,
            "published_on": iso(article.published_on),
            "sections": list(article.sections),
            "reporters": list(article.reporters),
            "session": self.fields["session"].to_representation(session) if session else None,
            "proposal_count": article.proposal_count,
            "proposals_url": f"{links.base}proposals/?article={article.pk}",
            "updated_at": datetime_iso(article.updated_at),
        }

    def to_representation(self, article: Article) -> dict:
        return self.common(article)


class MentionSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Identifier of the delegate named (被提及的代表委员).")
    name = serializers.CharField(help_text="The name as written in the article (原文姓名).")
    start = serializers.IntegerField(help_text="Offset of its first appearance (起始偏移) in the text.")
    url = serializers.URLField(help_text="API URL of the delegate.")


class ArticleDetailSerializer(ArticleListSerializer):
    photographers = serializers.ListField(child=serializers.CharField(), help_text="Photographers (摄影).")
    text = serializers.CharField(
        allow_null=True,
        help_text="Normalized full text (正文) every offset refers to; null where the site shows only the "
        "attributed passages (LIANGHUI_PUBLIC_FULL_TEXT=0: newspaper text is copyrighted).",
    )
    mentions = MentionSerializer(many=True, help_text="Delegates named in the article (提及), with where.")
    first_ingested_at = serializers.DateTimeField(help_text="First ingestion (首次导入).")
    last_ingested_at = serializers.DateTimeField(help_text="Latest ingestion (最近导入).")

    def to_representation(self, article: Article) -> dict:
        data = self.common(article)
        links = links_of(self)
        data.update(
            photographers=list(article.photographers),
            text=article.text if settings.LIANGHUI_PUBLIC_FULL_TEXT else None,
            mentions=[
                {"id": m.delegate_id, "name": m.name, "start": m.start, "url": links.delegate(m.delegate_id)}
                for m in article.mentions.all()
            ],
            first_ingested_at=datetime_iso(article.first_ingested_at),
            last_ingested_at=datetime_iso(article.last_ingested_at),
        )
        return data
