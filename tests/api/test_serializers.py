"""The hand-built representations have exactly the declared fields, and the list's fast path agrees
with the serializer it stands in for."""

from __future__ import annotations

import pytest

from proposals.api.queries import delegate_queryset, proposal_queryset
from proposals.api.serializers.articles import ArticleListSerializer
from proposals.api.serializers.delegates import DelegateDetailSerializer, DelegateListSerializer
from proposals.api.serializers.proposals import ProposalDetailSerializer, ProposalListSerializer
from proposals.api.serializers.refs import MembershipSerializer, ProposerSerializer
from proposals.api.serializers.vocabulary import KeyTaskListSerializer, SessionSerializer, TopicListSerializer
from proposals.models import Proposal

pytestmark = pytest.mark.django_db


def test_the_proposal_list_fast_path_writes_what_the_list_serializer_writes(api, data):
    fast = {p["id"]: p for p in api.get("/api/v1/proposals/", {"page_size": 500}).json()["results"]}
    request = api.get("/api/v1/").wsgi_request
    for proposal in proposal_queryset():
        assert fast[proposal.pk] == ProposalListSerializer(proposal, context={"request": request}).data


@pytest.mark.parametrize("serializer", [ProposalListSerializer, ProposalDetailSerializer])
def test_proposal_representations_have_exactly_the_declared_fields(api, data, serializer):
    proposal = proposal_queryset(full=True).filter(key_tasks__isnull=False).first()
    data = serializer(proposal, context={"request": api.get("/api/v1/").wsgi_request}).data
    assert list(data) == list(serializer().fields)
    assert set(data["delegates"][0]) == set(ProposerSerializer().fields)
    assert set(data["key_tasks"][0]) == set(serializer().fields["key_tasks"].child.fields)


@pytest.mark.parametrize("serializer", [DelegateListSerializer, DelegateDetailSerializer])
def test_delegate_representations_have_exactly_the_declared_fields(api, data, serializer):
    delegate = delegate_queryset().prefetch_related("aliases", "merged_from").first()
    data = serializer(delegate, context={"request": api.get("/api/v1/").wsgi_request}).data
    assert set(data) == set(serializer().fields)
    assert set(data["memberships"][0]) == set(MembershipSerializer().fields)


def test_list_items_of_every_endpoint_have_exactly_the_declared_fields(api, data):
    for url, serializer in [("/api/v1/articles/", ArticleListSerializer), ("/api/v1/key-tasks/", KeyTaskListSerializer),
                            ("/api/v1/topics/", TopicListSerializer), ("/api/v1/sessions/", SessionSerializer)]:
        item = api.get(url).json()["results"][0]
        assert set(item) == set(serializer().fields), url
    assert Proposal.objects.exists()
