"""Compact references nested in other records (session, key task, sector, article), the proposer
as they were at a proposal's session, and a delegate's membership."""

from __future__ import annotations

from rest_framework import serializers

from delegates.models import Delegate, Level, Membership, Role, Session
from proposals.listing.dates import iso
from proposals.listing.descriptions import LEVEL_HELP, ROLE_HELP
from proposals.listing.links import ApiLinks
from proposals.listing.query import membership_at
from proposals.models import Article, KeyTask, Topic


def links_of(serializer: serializers.Serializer) -> ApiLinks:
    links = serializer.context.get("links")
    if links is None:
        request = serializer.context.get("request")
        base = request.build_absolute_uri("/api/v1/") if request is not None else "/api/v1/"
        links = serializer.context["links"] = ApiLinks(base)
    return links



class SessionRefSerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="Stable identifier (标识) of the session, e.g. `2026-national`.")
    name = serializers.CharField(help_text="Name (名称) of the session, e.g. 2026年全国两会.")
    year = serializers.IntegerField(
        allow_null=True, help_text="Year (年份) the session met; null when no article says it (年份不详)."
    )
    level = serializers.ChoiceField(choices=Level.choices, help_text=LEVEL_HELP)
    url = serializers.URLField(help_text="API URL of the session (会议).")

    def to_representation(self, session: Session) -> dict:
        return {
            "slug": session.slug,
            "name": session.name,
            "year": session.year,
            "level": session.level,
            "url": links_of(self).session(session.slug),
        }


class KeyTaskRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Stable identifier of the key task (重点工作).")
    slug = serializers.SlugField(help_text="Slug (标识) of the key task, e.g. `industry`; what the `key_task` filter takes.")
    name = serializers.CharField(help_text="Short name (简称) of the key task, or its full name (名称) when it has none.")
    url = serializers.URLField(help_text="API URL of the key task.")

    def to_representation(self, task: KeyTask) -> dict:
        return {"id": task.pk, "slug": task.slug, "name": task.short_name or task.name, "url": links_of(self).key_task(task.pk)}


class TopicRefSerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="Slug (标识) of the sector (领域), e.g. `energy`; what the `sector` filter takes.")
    name = serializers.CharField(help_text="Name (名称) of the sector, e.g. 能源.")
    url = serializers.URLField(help_text="API URL of the sector.")

    def to_representation(self, topic: Topic) -> dict:
        return {"slug": topic.slug, "name": topic.name, "url": links_of(self).topic(topic.slug)}


class ArticleRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Stable identifier of the article (文章).")
    title = serializers.CharField(help_text="Headline (标题) of the article.")
    newspaper = serializers.CharField(help_text="Newspaper (报纸) that printed it, when known.")
    published_on = serializers.DateField(allow_null=True, help_text="Publication date (刊登日期), when known.")
    url = serializers.URLField(help_text="API URL of the article.")

    def to_representation(self, article: Article) -> dict:
        return {
            "id": article.pk,
            "title": article.title,
            "newspaper": article.newspaper,
            "published_on": iso(article.published_on),
            "url": links_of(self).article(article.pk),
        }


class ProposerSerializer(serializers.Serializer):
    """A proposer as they were at the proposal's session."""

    id = serializers.IntegerField(help_text="Stable identifier of the delegate (代表委员).")
    name = serializers.CharField(help_text="Name (姓名) as reported.")
    role = serializers.ChoiceField(choices=Role.choices, allow_null=True, help_text=ROLE_HELP)
    level = serializers.ChoiceField(choices=Level.choices, allow_null=True, help_text=LEVEL_HELP)
    delegation = serializers.CharField(help_text="Delegation (代表团), e.g. 通辽市代表团; empty when not reported.")
    affiliation = serializers.CharField(help_text="Affiliation and post (单位职务) as printed in the article.")
    url = serializers.URLField(help_text="API URL of the delegate.")

    def to_representation(self, delegate: Delegate) -> dict:
        membership = membership_at(delegate, self.context.get("session_id"))
        return {
            "id": delegate.pk,
            "name": delegate.name,
            "role": membership.role if membership else None,
            "level": membership.level if membership else None,
            "delegation": membership.delegation if membership else "",
            "affiliation": membership.affiliation if membership else "",
            "url": links_of(self).delegate(delegate.pk),
        }


class MembershipSerializer(serializers.Serializer):
    session = SessionRefSerializer(allow_null=True, help_text="The session (会议) of this membership; null when unknown.")
    role = serializers.ChoiceField(choices=Role.choices, help_text=ROLE_HELP)
    level = serializers.ChoiceField(choices=Level.choices, help_text=LEVEL_HELP)
    delegation = serializers.CharField(help_text="Delegation (代表团); empty when not reported.")
    affiliation = serializers.CharField(help_text="Affiliation and post (单位职务) as printed.")
    organization = serializers.CharField(help_text="Organization (单位) part of the affiliation.")
    title = serializers.CharField(help_text="Post (职务) part of the affiliation.")

    def to_representation(self, membership: Membership) -> dict:
        session = membership.session
        return {
            "session": SessionRefSerializer(session, context=self.context).data if session else None,
            "role": membership.role,
            "level": membership.level,
            "delegation": membership.delegation,
            "affiliation": membership.affiliation,
            "organization": membership.organization,
            "title": membership.title,
        }
