"""Proposals: the list and detail representations, staff corrections and tags."""

from __future__ import annotations

from django.db import transaction
from rest_framework import serializers

from delegates.models import Origin, ReviewStatus
from proposals import selectors
from proposals.listing.dates import datetime_iso
from proposals.listing.descriptions import KIND_HELP
from proposals.listing.query import proposer_links, sector_links, task_links
from proposals.models import KeyTask, Proposal, ProposalKind, Topic

from .refs import (
    ArticleRefSerializer,
    KeyTaskRefSerializer,
    ProposerSerializer,
    SessionRefSerializer,
    TopicRefSerializer,
    links_of,
)


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
    session_has_key_task_plan = serializers.BooleanField(
        help_text="Whether the article's session has a key-task plan on record (会议是否已录入重点工作); "
        "when false, no key task can be given (该会议尚未录入重点工作).",
    )

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
            session_has_key_task_plan=selectors.session_has_plan(proposal.article.session),
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
