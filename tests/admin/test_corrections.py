"""Staff corrections, deletions and additions survive re-ingestion of the same and of a modified article."""

from __future__ import annotations

import shutil

import pytest
from django.urls import reverse

from delegates.models import Delegate
from proposals.ingest.sources import read_document
from proposals.loader.articles import article_ingest
from proposals.models import Conflict, KeyTask, Proposal, ProposalKeyTask, Topic
from tests.admin.conftest import change_form_data
from tests.conftest import ingest_file

pytestmark = pytest.mark.django_db

# The sample page introduces this delegate as 中国航天科工集团第六研究院党委书记赵勇.
SUBJECT = "赵勇"
PRINTED = "中国航天科工集团第六研究院党委书记赵勇"


@pytest.fixture
def copied_sample(tmp_path, sample_article_path, db):
    """The sample page copied to tmp_path and ingested under a fixed key, so an edited copy updates it."""
    path = tmp_path / "page.txt"
    shutil.copy(sample_article_path, path)
    outcome = ingest_file(path, key="test:page")
    return path, outcome.article


def reingest_same(path):
    document = read_document(str(path), max_bytes=10_000_000, key="test:page")
    return article_ingest(document=document, force=True)


def reingest_modified(path, old: str, new: str):
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")
    return ingest_file(path, key="test:page")


def _delegate_change(client, delegate, edit):
    url = reverse("admin:delegates_delegate_change", args=[delegate.pk])
    data = change_form_data(client.get(url))
    edit(data)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    return response


def _membership_prefix(data) -> str:
    return next(k[: -len("-TOTAL_FORMS")] for k in data if k.endswith("-TOTAL_FORMS") and "membership" in k)


def test_corrected_title_survives_same_and_modified_article_and_conflict_is_reported(editor_client, copied_sample):
    path, article = copied_sample
    delegate = Delegate.objects.get(name=SUBJECT)
    membership = delegate.memberships.get()
    assert membership.title == "党委书记"

    def edit(data):
        prefix = _membership_prefix(data)
        data[f"{prefix}-0-title"] = "党委书记（更正）"

    _delegate_change(editor_client, delegate, edit)
    membership.refresh_from_db()
    assert membership.title == "党委书记（更正）" and "title" in membership.staff_fields

    assert reingest_same(path).status == "updated"
    membership.refresh_from_db()
    assert membership.title == "党委书记（更正）"
    assert not Conflict.objects.exists()  # the machine says what it said before: nothing to decide

    outcome = reingest_modified(path, PRINTED, "中国航天科工集团第六研究院院长赵勇")
    assert outcome.status == "updated" and outcome.conflicts >= 1
    membership.refresh_from_db()
    assert membership.title == "党委书记（更正）"
    conflict = Conflict.objects.get(field="title", membership_id=membership.pk)
    assert (conflict.staff_value, conflict.machine_value) == ("党委书记（更正）", "院长")


def test_unlocked_fields_still_follow_the_machine(editor_client, copied_sample):
    path, _ = copied_sample
    delegate = Delegate.objects.get(name=SUBJECT)

    def edit(data):
        data[f"{_membership_prefix(data)}-0-delegation"] = "测试代表团"

    _delegate_change(editor_client, delegate, edit)
    reingest_modified(path, PRINTED, "中国航天科工集团第六研究院院长赵勇")
    membership = delegate.memberships.get()
    assert membership.delegation == "测试代表团" and membership.staff_fields == ["delegation"]
    assert membership.title == "院长"  # not locked: the corrected edition wins


def test_corrected_proposal_fields_and_key_tasks_survive(editor_client, copied_sample):
    path, article = copied_sample
    proposal = Proposal.objects.filter(article=article, delegates__name=SUBJECT).get()
    url = reverse("admin:proposals_proposal_change", args=[proposal.pk])
    data = change_form_data(editor_client.get(url))
    data["headline"] = "编辑拟的标题"
    prefix = next(k[: -len("-TOTAL_FORMS")] for k in data if k.endswith("-TOTAL_FORMS") and "key_task_links" in k)
    count = int(data[f"{prefix}-TOTAL_FORMS"])
    culture = KeyTask.objects.get(slug="culture")
    data.update({f"{prefix}-{count}-key_task": str(culture.pk), f"{prefix}-{count}-rank": "9", f"{prefix}-{count}-proposal": str(proposal.pk)})
    data[f"{prefix}-TOTAL_FORMS"] = str(count + 1)
    response = editor_client.post(url, data)
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert {"headline", "key_tasks"} <= set(proposal.staff_fields)
    assert ProposalKeyTask.objects.get(proposal=proposal, key_task=culture).origin == "staff"
    wanted = list(proposal.key_tasks.order_by("proposalkeytask__rank").values_list("slug", flat=True))

    for outcome in (reingest_same(path), reingest_modified(path, PRINTED, "中国航天科工集团第六研究院院长赵勇")):
        assert outcome.status == "updated"
        proposal.refresh_from_db()
        assert proposal.headline == "编辑拟的标题"
        assert list(proposal.key_tasks.order_by("proposalkeytask__rank").values_list("slug", flat=True)) == wanted


def test_deleted_proposal_stays_deleted_and_can_be_restored(editor_client, copied_sample):
    path, article = copied_sample
    proposal = Proposal.objects.filter(article=article, delegates__name=SUBJECT).get()
    response = editor_client.post(reverse("admin:proposals_proposal_delete", args=[proposal.pk]), {"post": "yes"})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.is_deleted
    changelist = reverse("admin:proposals_proposal_changelist")
    assert proposal not in editor_client.get(changelist).context["cl"].result_list

    reingest_same(path)
    outcome = reingest_modified(path, PRINTED, "中国航天科工集团第六研究院院长赵勇")
    assert outcome.proposals["deleted_by_staff"] == 1
    proposal.refresh_from_db()
    assert proposal.is_deleted
    assert Proposal.objects.filter(article=article, delegates__name=SUBJECT).count() == 1

    response = editor_client.post(changelist + "?deleted=yes", {"action": "restore", "_selected_action": [proposal.pk]})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert not proposal.is_deleted


def test_deleted_delegate_stays_deleted_with_its_proposals(editor_client, copied_sample):
    path, article = copied_sample
    delegate = Delegate.objects.get(name=SUBJECT)
    proposal = delegate.proposals.get()
    response = editor_client.post(reverse("admin:delegates_delegate_delete", args=[delegate.pk]), {"post": "yes"})
    assert response.status_code == 302
    delegate.refresh_from_db()
    proposal.refresh_from_db()
    assert delegate.is_deleted and proposal.is_deleted
    assert not Delegate.objects.active().filter(pk=delegate.pk).exists()

    reingest_same(path)
    reingest_modified(path, PRINTED, "中国航天科工集团第六研究院院长赵勇")
    assert list(Delegate.objects.filter(name=SUBJECT)) == [delegate]  # neither revived nor created again
    delegate.refresh_from_db()
    proposal.refresh_from_db()
    assert delegate.is_deleted and proposal.is_deleted
    assert delegate.memberships.get().title == "党委书记"  # the tombstone is not updated either


def test_removing_one_of_joint_proposers_survives(editor_client, copied_sample):
    path, article = copied_sample
    joint = next(p for p in Proposal.objects.filter(article=article) if p.delegates.count() > 1)
    leaving = joint.proposaldelegate_set.order_by("order").last().delegate
    editor_client.post(reverse("admin:delegates_delegate_delete", args=[leaving.pk]), {"post": "yes"})
    joint.refresh_from_db()
    assert not joint.is_deleted and leaving not in joint.delegates.all() and "delegates" in joint.staff_fields
    reingest_same(path)
    joint.refresh_from_db()
    assert leaving not in joint.delegates.all() and joint.delegates.count() >= 1


def test_proposal_and_delegate_added_by_staff_stay(editor_client, copied_sample):
    path, article = copied_sample
    passage = article.text[article.text.index(PRINTED) : article.text.index(PRINTED) + 30]
    add_url = reverse("admin:delegates_delegate_add")
    data = change_form_data(editor_client.get(add_url))
    data.update({"name": "编辑补录", "review_status": "reviewed"})
    response = editor_client.post(add_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    added = Delegate.objects.get(name="编辑补录")
    assert added.origin == "staff" and added.pinyin == "bianjibulu" and added.staff_fields == ["name"]

    add_url = reverse("admin:proposals_proposal_add")
    data = change_form_data(editor_client.get(add_url))
    data.update({"article": str(article.pk), "headline": "编辑补录的建议", "kind": "suggestion", "passage": passage,
                 "review_status": "reviewed", "proposaldelegate_set-TOTAL_FORMS": "1",
                 "proposaldelegate_set-0-delegate": str(added.pk), "proposaldelegate_set-0-order": "0"})
    response = editor_client.post(add_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    proposal = Proposal.objects.get(headline="编辑补录的建议")
    assert proposal.origin == "staff" and proposal.machine_key == ""
    assert (proposal.start, proposal.end) == (article.text.index(passage), article.text.index(passage) + len(passage))

    reingest_same(path)
    reingest_modified(path, PRINTED, "中国航天科工集团第六研究院院长赵勇")
    proposal.refresh_from_db()
    assert not proposal.is_deleted and list(proposal.delegates.all()) == [added]
    assert Delegate.objects.filter(pk=added.pk, is_deleted=False).exists()


def test_staff_added_passage_not_in_article_is_a_clear_error(editor_client, copied_sample):
    _, article = copied_sample
    data = change_form_data(editor_client.get(reverse("admin:proposals_proposal_add")))
    data.update({"article": str(article.pk), "headline": "x", "kind": "view", "passage": "文章中没有这句话"})
    response = editor_client.post(reverse("admin:proposals_proposal_add"), data)
    assert response.status_code == 200
    assert "段落不在文章正文中" in response.content.decode()


def test_sector_removed_by_staff_stays_removed(editor_client, copied_sample):
    path, article = copied_sample
    proposal = Proposal.objects.filter(article=article, topics__isnull=False).first()
    topic = proposal.topics.first()
    url = reverse("admin:proposals_proposal_changelist")
    response = editor_client.post(url, {"action": "remove_topic", "_selected_action": [proposal.pk], "topic": topic.pk, "apply": "1"})
    assert response.status_code == 302
    assert topic not in proposal.topics.all()
    reingest_same(path)
    assert topic not in proposal.topics.all()
    assert Topic.objects.filter(pk=topic.pk).exists()


def test_public_search_follows_staff_corrections(editor_client, copied_sample):
    from proposals import search

    delegate = Delegate.objects.get(name=SUBJECT)

    def edit(data):
        data[f"{_membership_prefix(data)}-0-organization"] = "北辰星际测控研究所"

    assert delegate not in search.search_delegates(Delegate.objects.all(), "北辰星际测控研究所")
    _delegate_change(editor_client, delegate, edit)
    assert delegate in search.search_delegates(Delegate.objects.all(), "北辰星际测控研究所")
