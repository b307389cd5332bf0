"""Representations of delegates, proposals, articles, key tasks, sectors and sessions.

Every field is declared explicitly with an English description and the Chinese term, so the OpenAPI
schema documents it. Lists use the compact ``*Ref`` shapes for nested records; detail views add
the rest. The nested ``*Ref`` serializers and the list serializers build their dictionaries
directly (``to_representation``) instead of walking DRF fields one by one: the proposal list is the
hot path, and per-field dispatch costs more than the database. The declared fields stay the
contract: ``tests/api/test_serializers.py`` checks that the built dictionaries have exactly the
declared keys, and Schemathesis checks every response against the schema.
"""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from rest_framework import serializers

from delegates.models import Delegate, Level, Membership, Origin, ReviewStatus, Role, Session
from proposals.models import Article, KeyTask, Proposal, ProposalKind, Topic


def choices_help(text: str, choices) -> str:
    values = "; ".join(f"`{value}` = {label}" for value, label in choices.choices)
    return f"{text} Values: {values}."


ROLE_HELP = choices_help("Role (身份): deputy to a people's congress or member of a political consultative conference.", Role)
LEVEL_HELP = choices_help("Level (层级) of the congress or conference.", Level)
KIND_HELP = choices_help("Kind (类型) of proposal.", ProposalKind)


class ApiLinks:
    """Absolute URLs of API records, built by string formatting from one base per request.

    ``reverse()`` per nested record would cost more than the rest of the serialization.
    """

    def __init__(self, base: str):
        self.base = base.rstrip("/") + "/"

    def delegate(self, pk: int) -> str:
        return f"{self.base}delegates/{pk}/"

    def proposal(self, pk: int) -> str:
        return f"{self.base}proposals/{pk}/"

    def article(self, pk: int) -> str:
        return f"{self.base}articles/{pk}/"

    def key_task(self, pk: int) -> str:
        return f"{self.base}key-tasks/{pk}/"

    def topic(self, slug: str) -> str:
        return f"{self.base}topics/{slug}/"

    def session(self, slug: str) -> str:
        return f"{self.base}sessions/{slug}/"


def links_of(serializer: serializers.Serializer) -> ApiLinks:
    links = serializer.context.get("links")
    if links is None:
        request = serializer.context.get("request")
        base = request.build_absolute_uri("/api/v1/") if request is not None else "/api/v1/"
        links = serializer.context["links"] = ApiLinks(base)
    return links


def iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def datetime_iso(value, tz=None) -> str | None:
    """The same text DRF's DateTimeField writes: ISO 8601 in the current time zone, ``Z`` for UTC.

    Pass ``tz`` (``timezone.get_current_timezone()``) when writing many: looking it up costs more
    than the conversion.
    """
    if value is None:
        return None
    text = value.astimezone(tz or timezone.get_current_timezone()).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


# --------------------------------------------------------------------------------------------------
# Compact references, nested in other records


class SessionRefSerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="Stable identifier (标识) of the session, e.g. `2026-national`.")
    name = serializers.CharField(help_text="Name (名称) of the session, e.g. 2026年全国两会.")
    year = serializers.IntegerField(help_text="Year (年份) the session met.")
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


def memberships_of(delegate: Delegate) -> list[Membership]:
    """Prefetched into ``membership_list`` by the views (a plain list: no queryset per record)."""
    found = getattr(delegate, "membership_list", None)
    return found if found is not None else list(delegate.memberships.all())


def proposer_links(proposal: Proposal) -> list:
    found = getattr(proposal, "proposer_links", None)
    return found if found is not None else list(proposal.proposaldelegate_set.all())


def task_links(proposal: Proposal) -> list:
    found = getattr(proposal, "task_links", None)
    return found if found is not None else list(proposal.key_task_links.all())


def sector_links(proposal: Proposal) -> list:
    found = getattr(proposal, "sector_links", None)
    return found if found is not None else list(proposal.topic_links.all())


def membership_at(delegate: Delegate, session_id: int | None) -> Membership | None:
    """The delegate's membership in this session, else their latest (memberships are prefetched)."""
    memberships = memberships_of(delegate)
    for membership in memberships:
        if membership.session_id == session_id:
            return membership
    return memberships[0] if memberships else None


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


# --------------------------------------------------------------------------------------------------
# Proposals


class ProposalListSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Stable identifier of the proposal (建议/提案).")
    url = serializers.URLField(help_text="API URL of the proposal.")
    headline = serializers.CharField(help_text="Subheading (小标题) the article gave the proposal; often empty.")
    summary = serializers.CharField(help_text="One-sentence summary (摘要).")
    kind = serializers.ChoiceField(choices=ProposalKind.choices, help_text=KIND_HELP)
    passage = serializers.CharField(help_text="The article's passage (原文段落) attributed to the proposers.")
    start = serializers.IntegerField(help_text="Start offset (起始偏移) of the passage in the article's normalized text.")
    end = serializers.IntegerField(help_text="End offset (结束偏移, exclusive) of the passage in the article's text.")
    delegates = ProposerSerializer(many=True, help_text="Proposers (提出者) in signing order, with their role at the session.")
    key_tasks = KeyTaskRefSerializer(many=True, help_text="Key tasks (重点工作), most relevant first.")
    sectors = TopicRefSerializer(many=True, help_text="Sectors (领域), most relevant first.")
    article = ArticleRefSerializer(help_text="The article (文章) that first reported the proposal.")
    session = SessionRefSerializer(allow_null=True, help_text="The session (会议) the article reports on.")
    updated_at = serializers.DateTimeField(help_text="Last change (更新时间) to the record.")

    def common(self, proposal: Proposal) -> dict:
        article = self.fields["article"]
        context = dict(self.context, session_id=proposal.article.session_id)
        proposer = ProposerSerializer(context=context)
        task_ref = self.fields["key_tasks"].child
        topic_ref = self.fields["sectors"].child
        session = proposal.article.session
        return {
            "id": proposal.pk,
            "url": links_of(self).proposal(proposal.pk),
            "headline": proposal.headline,
            "summary": proposal.summary,
            "kind": proposal.kind,
            "passage": proposal.passage,
            "start": proposal.start,
            "end": proposal.end,
            "delegates": [proposer.to_representation(link.delegate) for link in proposer_links(proposal)],
            "key_tasks": [task_ref.to_representation(link.key_task) for link in task_links(proposal)],
            "sectors": [topic_ref.to_representation(link.topic) for link in sector_links(proposal)],
            "article": article.to_representation(proposal.article),
            "session": self.fields["session"].to_representation(session) if session else None,
            "updated_at": datetime_iso(proposal.updated_at),
        }

    def to_representation(self, proposal: Proposal) -> dict:
        return self.common(proposal)


# The proposal list's fast path: the page from ``.values()`` and four ``values_list`` queries for the
# nested records, assembled into exactly what ``ProposalListSerializer`` writes (a test compares the
# two on every proposal). Model instances cost more to build than the database takes to read them.
LIST_COLUMNS = (
    "id", "headline", "summary", "kind", "passage", "start", "end", "updated_at",
    "article_id", "article__title", "article__newspaper", "article__published_on",
    "article__session__slug", "article__session__name", "article__session__year", "article__session__level",
    "article__session_id",
)
MEMBERSHIP_ORDER = ("-session__year", "id")


def ids_in(column: str, ids) -> str:
    """``column IN (1, 2, ...)`` written out: identifiers are integers read from the database, and
    Django's ``__in`` spends ~40 µs per value preparing it (a fifth of a 200-row page's time)."""
    return f"{column} IN ({', '.join(str(int(pk)) for pk in ids) or 'NULL'})"


def proposal_list_page(rows: list[dict], links: ApiLinks) -> list[dict]:
    from proposals.models import ProposalDelegate, ProposalKeyTask, ProposalTopic

    ids = [row["id"] for row in rows]
    if not ids:
        return []
    proposers: dict[int, list] = defaultdict(list)
    for proposal_id, delegate_id, name in (
        ProposalDelegate.objects.extra(where=[ids_in("proposals_proposaldelegate.proposal_id", ids)]).order_by("order", "id")
        .values_list("proposal_id", "delegate_id", "delegate__name")
    ):
        proposers[proposal_id].append((delegate_id, name))
    memberships: dict[int, list] = defaultdict(list)
    delegate_ids = {d for people in proposers.values() for d, _ in people}
    for membership in (
        Membership.objects.extra(where=[ids_in("delegates_membership.delegate_id", delegate_ids)]).order_by(*MEMBERSHIP_ORDER)
        .values_list("delegate_id", "session_id", "role", "level", "delegation", "affiliation")
    ):
        memberships[membership[0]].append(membership)
    tasks: dict[int, list] = defaultdict(list)
    for proposal_id, pk, slug, short_name, name in (
        ProposalKeyTask.objects.extra(where=[ids_in("proposals_proposalkeytask.proposal_id", ids)]).order_by("rank", "id")
        .values_list("proposal_id", "key_task_id", "key_task__slug", "key_task__short_name", "key_task__name")
    ):
        tasks[proposal_id].append({"id": pk, "slug": slug, "name": short_name or name, "url": links.key_task(pk)})
    sectors: dict[int, list] = defaultdict(list)
    for proposal_id, slug, name in (
        ProposalTopic.objects.extra(where=[ids_in("proposals_proposaltopic.proposal_id", ids)]).order_by("rank", "id")
        .values_list("proposal_id", "topic__slug", "topic__name")
    ):
        sectors[proposal_id].append({"slug": slug, "name": name, "url": links.topic(slug)})

    def proposer(delegate_id: int, name: str, session_id: int | None) -> dict:
        held = memberships.get(delegate_id, ())
        membership = next((m for m in held if m[1] == session_id), held[0] if held else None)
        return {
            "id": delegate_id,
            "name": name,
            "role": membership[2] if membership else None,
            "level": membership[3] if membership else None,
            "delegation": membership[4] if membership else "",
            "affiliation": membership[5] if membership else "",
            "url": links.delegate(delegate_id),
        }

    tz = timezone.get_current_timezone()
    page = []
    for row in rows:
        pk, session_id = row["id"], row["article__session_id"]
        page.append({
            "id": pk,
            "url": links.proposal(pk),
            "headline": row["headline"],
            "summary": row["summary"],
            "kind": row["kind"],
            "passage": row["passage"],
            "start": row["start"],
            "end": row["end"],
            "delegates": [proposer(d, name, session_id) for d, name in proposers.get(pk, ())],
            "key_tasks": tasks.get(pk, []),
            "sectors": sectors.get(pk, []),
            "article": {
                "id": row["article_id"],
                "title": row["article__title"],
                "newspaper": row["article__newspaper"],
                "published_on": iso(row["article__published_on"]),
                "url": links.article(row["article_id"]),
            },
            "session": {
                "slug": row["article__session__slug"],
                "name": row["article__session__name"],
                "year": row["article__session__year"],
                "level": row["article__session__level"],
                "url": links.session(row["article__session__slug"]),
            } if session_id is not None else None,
            "updated_at": datetime_iso(row["updated_at"], tz),
        })
    return page


class KeyTaskLinkSerializer(KeyTaskRefSerializer):
    rank = serializers.IntegerField(help_text="Rank (排序): 0 is the most relevant.")
    evidence = serializers.ListField(child=serializers.CharField(), help_text="Evidence (依据): the words of the passage that matched.")
    origin = serializers.ChoiceField(choices=Origin.choices, help_text="Who assigned it (来源): `machine` or `staff`.")


class TopicLinkSerializer(TopicRefSerializer):
    rank = serializers.IntegerField(help_text="Rank (排序): 0 is the most relevant.")
    evidence = serializers.ListField(child=serializers.CharField(), help_text="Evidence (依据): the words of the passage that matched.")
    origin = serializers.ChoiceField(choices=Origin.choices, help_text="Who assigned it (来源): `machine` or `staff`.")


class FurtherSourceSerializer(serializers.Serializer):
    article = ArticleRefSerializer(help_text="A further article (其他来源) that reported the same proposal.")
    passage = serializers.CharField(help_text="The passage (原文段落) in that article.")
    start = serializers.IntegerField(help_text="Start offset (起始偏移) in that article's text.")
    end = serializers.IntegerField(help_text="End offset (结束偏移, exclusive) in that article's text.")


class ProposalDetailSerializer(ProposalListSerializer):
    key_tasks = KeyTaskLinkSerializer(many=True, help_text="Key tasks (重点工作), most relevant first, with the evidence.")
    sectors = TopicLinkSerializer(many=True, help_text="Sectors (领域), most relevant first, with the evidence.")
    context_before = serializers.CharField(help_text="Text just before the passage (前文), to re-anchor it.")
    context_after = serializers.CharField(help_text="Text just after the passage (后文).")
    further_sources = FurtherSourceSerializer(many=True, help_text="Further articles (其他来源) reporting the same proposal.")
    review_status = serializers.ChoiceField(choices=ReviewStatus.choices, help_text="Review status (审核状态): `unreviewed` or `reviewed` by staff.")
    origin = serializers.ChoiceField(choices=Origin.choices, help_text="Origin (来源): extracted by machine or added by staff.")
    locked_fields = serializers.ListField(
        child=serializers.CharField(),
        help_text="Fields staff corrected (编辑锁定字段): re-ingestion never overwrites them.",
    )
    created_at = serializers.DateTimeField(help_text="When the record was created (创建时间).")

    def to_representation(self, proposal: Proposal) -> dict:
        data = self.common(proposal)
        article_ref = self.fields["article"]
        data["key_tasks"] = [
            {**self.fields["key_tasks"].child.to_representation(link.key_task),
             "rank": link.rank, "evidence": list(link.evidence), "origin": link.origin}
            for link in task_links(proposal)
        ]
        data["sectors"] = [
            {**self.fields["sectors"].child.to_representation(link.topic),
             "rank": link.rank, "evidence": list(link.evidence), "origin": link.origin}
            for link in sector_links(proposal)
        ]
        data.update(
            context_before=proposal.context_before,
            context_after=proposal.context_after,
            further_sources=[
                {"article": article_ref.to_representation(source.article), "passage": source.passage,
                 "start": source.start, "end": source.end}
                for source in proposal.sources.all()
            ],
            review_status=proposal.review_status,
            origin=proposal.origin,
            locked_fields=list(proposal.staff_fields),
            created_at=datetime_iso(proposal.created_at),
        )
        return data


class ProposalCorrectionSerializer(serializers.ModelSerializer):
    """A staff correction: every field written is locked against re-ingestion."""

    headline = serializers.CharField(max_length=300, required=False, allow_blank=True, help_text="Subheading (小标题).")
    summary = serializers.CharField(max_length=500, required=False, allow_blank=True, help_text="One-sentence summary (摘要).")
    kind = serializers.ChoiceField(choices=ProposalKind.choices, required=False, help_text=KIND_HELP)
    review_status = serializers.ChoiceField(
        choices=ReviewStatus.choices, required=False, help_text="Review status (审核状态); not locked, staff-only anyway."
    )

    # Fields ingestion owns: a staff value for them is locked (``StaffEditable.staff_fields``).
    LOCKABLE = ("headline", "summary", "kind")

    class Meta:
        model = Proposal
        fields = ("headline", "summary", "kind", "review_status")

    @transaction.atomic
    def update(self, proposal: Proposal, validated_data: dict) -> Proposal:
        changed = [name for name, value in validated_data.items() if getattr(proposal, name) != value]
        for name, value in validated_data.items():
            setattr(proposal, name, value)
        # Locked even when unchanged: staff confirmed the value, and the machine must not move it.
        proposal.lock_fields([name for name in validated_data if name in self.LOCKABLE])
        proposal._change_reason = "API correction: " + ", ".join(changed or validated_data)
        proposal.save()
        return proposal


class TagsSerializer(serializers.Serializer):
    key_tasks = serializers.ListField(
        child=serializers.SlugField(), required=False, default=list,
        help_text="Slugs of key tasks (重点工作) to add, e.g. `[\"industry\"]`.",
    )
    sectors = serializers.ListField(
        child=serializers.SlugField(), required=False, default=list,
        help_text="Slugs of sectors (领域) to add, e.g. `[\"energy\"]`.",
    )

    def validate_key_tasks(self, slugs: list[str]) -> list[KeyTask]:
        return self._resolve(KeyTask.objects.order_by("-session__year", "order"), slugs)

    def validate_sectors(self, slugs: list[str]) -> list[Topic]:
        return self._resolve(Topic.objects.all(), slugs)

    @staticmethod
    def _resolve(queryset, slugs: list[str]) -> list:
        found: dict[str, object] = {}
        for obj in queryset.filter(slug__in=slugs):
            found.setdefault(obj.slug, obj)  # the latest session's key task of that slug
        unknown = [slug for slug in slugs if slug not in found]
        if unknown:
            raise serializers.ValidationError(f"unknown slug(s): {', '.join(unknown)}")
        return [found[slug] for slug in dict.fromkeys(slugs)]

    def validate(self, attrs: dict) -> dict:
        if not attrs.get("key_tasks") and not attrs.get("sectors"):
            raise serializers.ValidationError("give at least one of key_tasks or sectors")
        return attrs


# --------------------------------------------------------------------------------------------------
# Delegates


class DelegateListSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Stable identifier of the delegate (代表委员).")
    url = serializers.URLField(help_text="API URL of the delegate.")
    name = serializers.CharField(help_text="Name (姓名) as reported.")
    pinyin = serializers.CharField(help_text="Pinyin (拼音) of the name, no tones or spaces, e.g. `zhaoyong`.")
    disambiguation = serializers.CharField(help_text="What tells namesakes apart (区分说明); usually empty.")
    memberships = MembershipSerializer(many=True, help_text="Memberships (身份): role, level, delegation and affiliation per session, latest first.")
    proposal_count = serializers.IntegerField(help_text="Number of proposals (建议数) on record, deleted ones excluded.")
    proposals_url = serializers.URLField(help_text="API URL listing this delegate's proposals.")
    updated_at = serializers.DateTimeField(help_text="Last change (更新时间) to the record.")

    def common(self, delegate: Delegate) -> dict:
        links = links_of(self)
        membership = self.fields["memberships"].child
        return {
            "id": delegate.pk,
            "url": links.delegate(delegate.pk),
            "name": delegate.name,
            "pinyin": delegate.pinyin,
            "disambiguation": delegate.disambiguation,
            "memberships": [membership.to_representation(m) for m in memberships_of(delegate)],
            "proposal_count": delegate.proposal_count,
            "proposals_url": f"{links.base}proposals/?delegate={delegate.pk}",
            "updated_at": datetime_iso(delegate.updated_at),
        }

    def to_representation(self, delegate: Delegate) -> dict:
        return self.common(delegate)


class DelegateDetailSerializer(DelegateListSerializer):
    aliases = serializers.ListField(child=serializers.CharField(), help_text="Other spellings (别名) of the name seen in articles.")
    merged_from = serializers.ListField(
        child=serializers.IntegerField(),
        help_text="Identifiers of records merged into this one (已合并的记录); their URLs redirect here.",
    )
    review_status = serializers.ChoiceField(choices=ReviewStatus.choices, help_text="Review status (审核状态).")
    created_at = serializers.DateTimeField(help_text="When the record was created (创建时间).")

    def to_representation(self, delegate: Delegate) -> dict:
        data = self.common(delegate)
        data.update(
            aliases=[alias.name for alias in delegate.aliases.all()],
            merged_from=[other.pk for other in delegate.merged_from.all()],
            review_status=delegate.review_status,
            created_at=datetime_iso(delegate.created_at),
        )
        return data


# --------------------------------------------------------------------------------------------------
# Articles


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


# --------------------------------------------------------------------------------------------------
# Key tasks, sectors, sessions


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
    year = serializers.IntegerField(help_text="Year (年份).")
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


# --------------------------------------------------------------------------------------------------
# Documentation-only shapes


class MergedSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="Explanation.")
    merged_into = serializers.IntegerField(help_text="Identifier of the surviving delegate (合并后的记录).")
    url = serializers.URLField(help_text="API URL of the surviving delegate (also in the Location header).")

