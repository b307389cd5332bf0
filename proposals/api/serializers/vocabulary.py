"""The vocabulary lists filter on: key tasks, sectors and sessions."""

from __future__ import annotations

from rest_framework import serializers

from delegates.models import Level, Session
from proposals.listing.descriptions import LEVEL_HELP
from proposals.models import KeyTask, Topic

from .refs import SessionRefSerializer, links_of


class KeyTaskListSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Stable identifier of the key task (重点工作).")
    url = serializers.URLField(help_text="API URL of the key task.")
    slug = serializers.SlugField(help_text="Slug (标识), e.g. `industry`; what the `key_task` filter takes.")
    name = serializers.CharField(help_text="Full name (名称) as in the government work report.")
    short_name = serializers.CharField(help_text="Short name (简称) used on pages.")
    order = serializers.IntegerField(help_text="Position (顺序) in the report.")
    session = SessionRefSerializer(allow_null=True, help_text="Session (会议) whose plan names it; null applies to all.")
    proposal_count = serializers.IntegerField(help_text="Number of proposals (建议数) under it, deleted ones excluded.")
    proposals_url = serializers.URLField(help_text="API URL listing its proposals.")

    def common(self, task: KeyTask) -> dict:
        links = links_of(self)
        return {
            "id": task.pk,
            "url": links.key_task(task.pk),
            "slug": task.slug,
            "name": task.name,
            "short_name": task.short_name,
            "order": task.order,
            "session": self.fields["session"].to_representation(task.session) if task.session else None,
            "proposal_count": task.proposal_count,
            "proposals_url": f"{links.base}proposals/?key_task={task.slug}",
        }

    def to_representation(self, task: KeyTask) -> dict:
        return self.common(task)


class KeyTaskDetailSerializer(KeyTaskListSerializer):
    description = serializers.CharField(help_text="What the key task covers (说明).")
    phrases = serializers.ListField(child=serializers.CharField(), help_text="Signature phrases (标志性表述): the strongest evidence.")
    keywords = serializers.ListField(child=serializers.CharField(), help_text="Keywords (关键词): weaker evidence, strongest first.")

    def to_representation(self, task: KeyTask) -> dict:
        return {**self.common(task), "description": task.description, "phrases": list(task.phrases), "keywords": list(task.keywords)}


class TopicListSerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="Stable identifier (标识) of the sector (领域), e.g. `energy`.")
    url = serializers.URLField(help_text="API URL of the sector.")
    name = serializers.CharField(help_text="Name (名称), e.g. 能源.")
    order = serializers.IntegerField(help_text="Position (顺序) in lists.")
    proposal_count = serializers.IntegerField(help_text="Number of proposals (建议数) in it, deleted ones excluded.")
    proposals_url = serializers.URLField(help_text="API URL listing its proposals.")

    def common(self, topic: Topic) -> dict:
        links = links_of(self)
        return {
            "slug": topic.slug,
            "url": links.topic(topic.slug),
            "name": topic.name,
            "order": topic.order,
            "proposal_count": topic.proposal_count,
            "proposals_url": f"{links.base}proposals/?sector={topic.slug}",
        }

    def to_representation(self, topic: Topic) -> dict:
        return self.common(topic)


class TopicDetailSerializer(TopicListSerializer):
    description = serializers.CharField(help_text="What the sector covers (说明).")
    keywords = serializers.ListField(child=serializers.CharField(), help_text="Keywords (关键词) that place a proposal in it.")

    def to_representation(self, topic: Topic) -> dict:
        return {**self.common(topic), "description": topic.description, "keywords": list(topic.keywords)}


class SessionSerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="Stable identifier (标识) of the session (会议), e.g. `2026-national`.")
    url = serializers.URLField(help_text="API URL of the session.")
    name = serializers.CharField(help_text="Name (名称), e.g. 2026年内蒙古自治区两会.")
    year = serializers.IntegerField(allow_null=True, help_text="Year (年份); null when unknown (年份不详).")
    level = serializers.ChoiceField(choices=Level.choices, help_text=LEVEL_HELP)
    region = serializers.CharField(help_text="Region (地区); empty for the national sessions.")
    article_count = serializers.IntegerField(help_text="Number of articles (文章数) reporting on it.")
    proposal_count = serializers.IntegerField(help_text="Number of proposals (建议数) reported from it, deleted ones excluded.")
    proposals_url = serializers.URLField(help_text="API URL listing its proposals.")

    def to_representation(self, session: Session) -> dict:
        links = links_of(self)
        return {
            "slug": session.slug,
            "url": links.session(session.slug),
            "name": session.name,
            "year": session.year,
            "level": session.level,
            "region": session.region,
            "article_count": session.article_count,
            "proposal_count": session.proposal_count,
            "proposals_url": f"{links.base}proposals/?session={session.slug}",
        }
