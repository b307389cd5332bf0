"""Delegates: the list and detail representations, and the answer for a merged record."""

from __future__ import annotations

from rest_framework import serializers

from delegates.models import Delegate, ReviewStatus
from proposals.listing.dates import datetime_iso
from proposals.listing.query import memberships_of

from .refs import MembershipSerializer, links_of


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


class MergedSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="Explanation.")
    merged_into = serializers.IntegerField(help_text="Identifier of the surviving delegate (合并后的记录).")
    url = serializers.URLField(help_text="API URL of the surviving delegate (also in the Location header).")
