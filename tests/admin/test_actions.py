"""Bulk actions: review, tag, re-tag, merge, split; and the name and conflict decisions."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from delegates.models import Delegate, DelegateAlias, Membership
from proposals.ingest.sources import read_document
from proposals.loader.articles import article_ingest
from proposals.models import ArticleMention, Conflict, KeyTask, NameReview, Proposal, ProposalKeyTask, Topic

pytestmark = pytest.mark.django_db
PROPOSALS = "admin:proposals_proposal_changelist"
DELEGATES = "admin:delegates_delegate_changelist"


def act(client, changelist: str, action: str, ids, **fields):
    data = {"action": action, "_selected_action": [str(i) for i in ids], **{k: str(v) for k, v in fields.items()}}
    return client.post(reverse(changelist), data)


def test_mark_reviewed_records_who_did_it(editor_client, editor, sample_article):
    ids = list(Proposal.objects.values_list("pk", flat=True)[:3])
    assert act(editor_client, PROPOSALS, "mark_reviewed", ids).status_code == 302
    for proposal in Proposal.objects.filter(pk__in=ids):
        assert proposal.review_status == "reviewed"
        assert proposal.history.first().history_user == editor
    assert Proposal.objects.exclude(pk__in=ids).filter(review_status="reviewed").count() == 0


def test_add_and_remove_key_task_through_the_intermediate_page(editor_client, sample_article):
    task = KeyTask.objects.get(slug="culture")
    proposals = list(Proposal.objects.exclude(key_tasks=task)[:2])
    ids = [p.pk for p in proposals]
    page = act(editor_client, PROPOSALS, "add_key_task", ids)
    assert page.status_code == 200 and "重点工作" in page.content.decode()
    assert act(editor_client, PROPOSALS, "add_key_task", ids, key_task=task.pk, apply=1).status_code == 302
    for proposal in proposals:
        link = ProposalKeyTask.objects.get(proposal=proposal, key_task=task)
        assert link.origin == "staff"
        proposal.refresh_from_db()
        assert "key_tasks" in proposal.staff_fields
    assert act(editor_client, PROPOSALS, "remove_key_task", ids, key_task=task.pk, apply=1).status_code == 302
    assert not ProposalKeyTask.objects.filter(proposal_id__in=ids, key_task=task).exists()


def test_add_sector(editor_client, sample_article):
    topic = Topic.objects.get(slug="education")
    proposal = Proposal.objects.exclude(topics=topic).first()
    act(editor_client, PROPOSALS, "add_topic", [proposal.pk], topic=topic.pk, apply=1)
    assert topic in proposal.topics.all()
    proposal.refresh_from_db()
    assert "topics" in proposal.staff_fields


def test_retag_uses_edited_keywords_and_respects_locks(editor_client, sample_article):
    task = KeyTask.objects.get(slug="culture")
    target, locked = [p for p in Proposal.objects.order_by("pk") if task not in p.key_tasks.all()][:2]
    # A keyword that only the target's passage contains, placed first.
    word = next(target.passage[i : i + 6] for i in range(len(target.passage)) if target.passage.count(target.passage[i : i + 6]) == 1)
    task.phrases = [*task.phrases, word]
    task.save()
    locked.lock_fields(["key_tasks"])
    locked.save()
    before_locked = list(locked.key_tasks.all())
    response = act(editor_client, PROPOSALS, "retag", [target.pk, locked.pk])
    assert response.status_code == 302
    assert task in target.key_tasks.all()
    assert ProposalKeyTask.objects.get(proposal=target, key_task=task).evidence[0] == word
    assert list(locked.key_tasks.all()) == before_locked


def test_retag_command_keeps_staff_tags(sample_article):
    proposal = Proposal.objects.first()
    topic = Topic.objects.exclude(pk__in=proposal.topics.all()).first()
    proposal.topic_links.create(topic=topic, origin="staff", rank=5)
    out = io.StringIO()
    call_command("retag", "--article", str(sample_article.pk), stdout=out)
    assert "retagged:" in out.getvalue()
    assert topic in proposal.topics.all()


def test_retag_keyword_form_is_one_per_line(editor_client, sample_article):
    topic = Topic.objects.get(slug="education")
    url = reverse("admin:proposals_topic_change", args=[topic.pk])
    page = editor_client.get(url)
    assert "\n".join(topic.keywords[:2]) in page.content.decode()
    data = {"slug": topic.slug, "name": topic.name, "description": topic.description, "order": topic.order,
            "keywords": "学校\n\n  课堂  \n学校\n", "_save": "保存"}
    assert editor_client.post(url, data).status_code == 302
    topic.refresh_from_db()
    assert topic.keywords == ["学校", "课堂"]


def test_merge_moves_everything_to_the_chosen_survivor(editor_client, sample_article):
    keep, other = Delegate.objects.order_by("pk")[:2]
    other_proposals = set(other.proposals.values_list("pk", flat=True))
    page = act(editor_client, DELEGATES, "merge", [keep.pk, other.pk])
    assert page.status_code == 200 and "保留的记录" in page.content.decode()
    assert act(editor_client, DELEGATES, "merge", [keep.pk, other.pk], survivor=keep.pk, apply=1).status_code == 302
    other.refresh_from_db()
    assert other.merged_into == keep
    assert other_proposals <= set(keep.proposals.values_list("pk", flat=True))
    assert DelegateAlias.objects.filter(delegate=keep, name=other.name).exists()
    assert not other.memberships.exists()


def test_merge_needs_two(editor_client, sample_article):
    response = act(editor_client, DELEGATES, "merge", [Delegate.objects.first().pk])
    assert response.status_code == 302
    assert not Delegate.objects.filter(merged_into__isnull=False).exists()


def test_split_a_wrong_join_of_namesakes_survives_reingestion(editor_client, demo_articles):
    # Join two different people by merging, then split them apart again.
    first_article, second_article = demo_articles[0], demo_articles[1]
    a = first_article.mentions.first().delegate
    b = second_article.mentions.exclude(delegate=a).first().delegate
    b_proposals = list(b.proposals.all())
    b_memberships = list(b.memberships.all())
    act(editor_client, DELEGATES, "merge", [a.pk, b.pk], survivor=a.pk, apply=1)
    assert set(p.pk for p in b_proposals) <= set(a.proposals.values_list("pk", flat=True))

    page = act(editor_client, DELEGATES, "split", [a.pk])
    assert page.status_code == 200 and "移到新记录的建议" in page.content.decode()
    data = {"action": "split", "_selected_action": [a.pk], "apply": "1", "disambiguation": "第二位",
            "proposals": [p.pk for p in b_proposals], "memberships": [m.pk for m in b_memberships]}
    response = editor_client.post(reverse(DELEGATES), data)
    assert response.status_code == 302
    newcomer = Delegate.objects.get(disambiguation="第二位")
    assert set(newcomer.proposals.all()) == set(b_proposals)
    assert set(Membership.objects.filter(delegate=newcomer)) == set(b_memberships)
    assert ArticleMention.objects.filter(article=second_article, delegate=newcomer).exists()

    document = read_document(second_article.source, max_bytes=10_000_000, key=second_article.source_key)
    article_ingest(document=document, force=True)
    assert set(newcomer.proposals.all()) == set(b_proposals)
    assert not set(a.proposals.all()) & set(b_proposals)


def test_split_without_a_choice_is_a_form_error(editor_client, sample_article):
    delegate = Delegate.objects.first()
    response = act(editor_client, DELEGATES, "split", [delegate.pk], apply=1)
    assert response.status_code == 200 and "请至少选择" in response.content.decode()


def _namesake_review(sample_article):
    """A second article naming 赵勇 with another organization: ingestion keeps the two apart."""
    text = "自治区人大代表、呼伦贝尔市某牧业合作社理事长赵勇说，要加快发展现代畜牧业，提升牧民收入水平。" * 2
    document = read_document("-", max_bytes=100_000, key="test:namesake", stdin=("# 牧区新声\n\n" + text).encode())
    outcome = article_ingest(document=document)
    return NameReview.objects.get(article=outcome.article)


def test_name_review_merge_into_candidate(editor_client, sample_article):
    review = _namesake_review(sample_article)
    candidate, newcomer = review.candidates.get(), review.delegate
    page = act(editor_client, "admin:proposals_namereview_changelist", "merge_into_candidate", [review.pk])
    assert page.status_code == 200
    act(editor_client, "admin:proposals_namereview_changelist", "merge_into_candidate", [review.pk], survivor=candidate.pk, apply=1)
    review.refresh_from_db()
    newcomer.refresh_from_db()
    assert review.resolved and newcomer.merged_into == candidate


def test_name_review_keep_apart(editor_client, sample_article):
    review = _namesake_review(sample_article)
    act(editor_client, "admin:proposals_namereview_changelist", "keep_apart", [review.pk])
    review.refresh_from_db()
    assert review.resolved and review.delegate.merged_into is None


@pytest.fixture
def conflicts(tmp_path, sample_article_path, db):
    path = tmp_path / "page.txt"
    path.write_bytes(sample_article_path.read_bytes())
    document = read_document(str(path), max_bytes=10_000_000, key="test:c")
    article = article_ingest(document=document).article
    membership = Delegate.objects.get(name="赵勇").memberships.get()
    membership.title, membership.staff_fields = "编辑职务", ["title"]
    membership.save()
    proposal = Proposal.objects.get(article=article, delegates__name="赵勇")
    proposal.kind, proposal.staff_fields = "bill", ["kind"]
    proposal.save()
    path.write_text(path.read_text("utf-8").replace("第六研究院党委书记赵勇", "第六研究院院长赵勇"), "utf-8")
    outcome = article_ingest(document=read_document(str(path), max_bytes=10_000_000, key="test:c"), force=True)
    return outcome, membership, proposal


def test_conflict_keep_staff_value(editor_client, conflicts):
    outcome, membership, _ = conflicts
    conflict = Conflict.objects.get(field="title")
    assert outcome.conflicts == Conflict.objects.count()
    page = editor_client.get(reverse("admin:proposals_conflict_changelist"))
    assert "编辑职务" in page.content.decode() and "院长" in page.content.decode()
    act(editor_client, "admin:proposals_conflict_changelist", "keep_staff", [conflict.pk])
    conflict.refresh_from_db()
    membership.refresh_from_db()
    assert conflict.resolved and membership.title == "编辑职务" and "title" in membership.staff_fields


def test_conflict_accept_machine_value_unlocks_the_field(editor_client, conflicts):
    _, membership, _ = conflicts
    conflict = Conflict.objects.get(field="title")
    act(editor_client, "admin:proposals_conflict_changelist", "accept_machine", [conflict.pk])
    conflict.refresh_from_db()
    membership.refresh_from_db()
    assert conflict.resolved and membership.title == "院长" and "title" not in membership.staff_fields


def test_no_conflict_when_the_machine_value_did_not_change(editor_client, conflicts):
    _, _, proposal = conflicts
    # The kind did not change in the new edition: no conflict is invented for it.
    assert not Conflict.objects.filter(proposal=proposal, field="kind").exists()
    proposal.refresh_from_db()
    assert proposal.kind == "bill"


def test_accepting_the_machines_key_tasks_gives_the_relation_back(editor_client, sample_article):
    proposal = Proposal.objects.filter(key_tasks__isnull=False).first()
    machine = list(proposal.key_tasks.order_by("proposalkeytask__rank").values_list("slug", flat=True))
    culture = KeyTask.objects.get(slug="culture")
    act(editor_client, PROPOSALS, "add_key_task", [proposal.pk], key_task=culture.pk, apply=1)
    proposal.refresh_from_db()
    assert "key_tasks" in proposal.staff_fields
    conflict = Conflict.objects.create(proposal=proposal, field="key_tasks", staff_value=str([*machine, "culture"]),
                                       machine_value=str(machine))
    act(editor_client, "admin:proposals_conflict_changelist", "accept_machine", [conflict.pk])
    proposal.refresh_from_db()
    conflict.refresh_from_db()
    assert conflict.resolved and "key_tasks" not in proposal.staff_fields
    assert list(proposal.key_tasks.order_by("proposalkeytask__rank").values_list("slug", flat=True)) == machine
    assert not proposal.key_task_links.filter(origin="staff").exists()


def test_the_session_action_retags_its_proposals_with_its_own_plan(editor_client, sample_article):
    from delegates.models import Session

    session = sample_article.session
    target = Proposal.objects.filter(article=sample_article).exclude(key_task_links__key_task__slug="culture").first()
    task = KeyTask.objects.get(session=session, slug="culture")
    word = next(target.passage[i : i + 6] for i in range(len(target.passage)) if target.passage.count(target.passage[i : i + 6]) == 1)
    task.phrases = [*task.phrases, word]
    task.save()
    response = act(editor_client, "admin:delegates_session_changelist", "retag_with_own_plan", [session.pk])
    assert response.status_code == 302
    assert task in target.key_tasks.all()
    assert Session.objects.filter(pk=session.pk).exists()
