"""proposals.search.documents: what goes into the index, and that it follows the records."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection

from delegates.models import Delegate
from proposals.models import Proposal, ProposalSearchDocument
from proposals.search.documents import proposal_tokens, proposals_for_index
from proposals.search.ranking import search_delegates, search_proposals
from proposals.search.segment import tokenized_together
from proposals.services import delegate_merge

pytestmark = pytest.mark.django_db


def test_a_delegate_name_is_one_word_in_the_index(sample_article):
    proposal = Proposal.objects.get(delegates__name="袁永升")
    assert "袁永升" in ProposalSearchDocument.objects.get(proposal=proposal).tokens.split()


def test_deleting_a_proposal_removes_it_from_the_index(sample_article):
    proposal = search_proposals(Proposal.objects.visible(), "算力").first()
    proposal.delete()
    assert not search_proposals(Proposal.objects.all(), "算力").filter(pk=proposal.pk).exists()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM proposals_proposalsearchdocument_fts WHERE rowid = %s", [proposal.pk]
            )
            assert cursor.fetchone()[0] == 0


def test_reindex_rebuilds_lost_documents(sample_article):
    ProposalSearchDocument.objects.all().delete()
    assert not search_proposals(Proposal.objects.visible(), "算力").exists()
    call_command("reindex", stdout=open("/dev/null", "w"))
    assert search_proposals(Proposal.objects.visible(), "算力").exists()


def test_a_merged_delegates_old_name_finds_the_survivor(sample_article):
    survivor = Delegate.objects.get(name="赵勇")
    other = Delegate.objects.create(name="赵永", pinyin="zhaoyong")
    delegate_merge(survivor=survivor, others=[other])
    assert list(search_delegates(Delegate.objects.active(), "赵永")) == [survivor]


def test_documents_built_from_texts_cut_together_equal_those_built_one_text_at_a_time(sample_article):
    proposal = proposals_for_index(Proposal.objects.filter(delegates__name="袁永升")).first()
    together = tokenized_together(lambda words: proposal_tokens(proposal, words))
    assert together == proposal_tokens(proposal)
    assert "袁永升" in together.split() and "yuanyongsheng" in together.split()


@pytest.mark.parametrize(
    "name,readings",
    [("孙长伟", ["sunchangwei", "sunzhangwei", "sunchang"]), ("单雄", ["shanxiong", "danxiong"]), ("曾国", ["zengguo", "cengguo"])],
)
def test_a_polyphone_name_is_found_by_either_reading(sample_article, name, readings):
    proposal = Proposal.objects.get(delegates__name="袁永升")
    person = proposal.delegates.get()
    Delegate.objects.filter(pk=person.pk).update(name=name, pinyin="")
    call_command("reindex", stdout=open("/dev/null", "w"))
    for reading in readings:
        assert proposal in search_proposals(Proposal.objects.visible(), reading), reading
        assert person in search_delegates(Delegate.objects.active(), reading), reading


def test_a_proposal_is_found_by_its_proposers_posts_in_its_own_session_only(sample_article):
    from delegates.models import Membership, Session

    proposal = Proposal.objects.get(delegates__name="袁永升")
    person = proposal.delegates.get()
    later = Session.objects.create(year=2031, level="regional", region="内蒙古自治区", name="2031年虚构两会", slug="fictional-2031")
    Membership.objects.create(delegate=person, session=later, role="member", level="regional",
                              affiliation="蓝鲸海洋牧场董事长", organization="蓝鲸海洋牧场", title="董事长")
    call_command("reindex", stdout=open("/dev/null", "w"))
    own = person.memberships.get(session=proposal.article.session).organization
    assert proposal in search_proposals(Proposal.objects.visible(), own)
    assert proposal not in search_proposals(Proposal.objects.visible(), "蓝鲸海洋牧场")
    assert person in search_delegates(Delegate.objects.active(), "蓝鲸海洋牧场")  # the person's page has every post
