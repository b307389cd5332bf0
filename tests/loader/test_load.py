"""The loader: natural keys, idempotency, one transaction per article, namesakes, staff values."""

from __future__ import annotations

import pytest

from delegates.models import Delegate, Level, Membership, Session
from proposals.loader.articles import article_ingest
from proposals.loader.vocabulary import KeyTaskLookup
from proposals.models import Article, Conflict, KeyTask, NameReview, Proposal, ProposalSource
from proposals.search import documents as search_documents
from tests.conftest import ingest_file

ARTICLE = """# 两会报道

自治区人大代表、乌海市第十二中学校长陈瑾说，建议加强京蒙教育协作，提升教师专业能力。

自治区政协委员、内蒙古某科技公司董事长袁永升表示，要加快算力产业发展，建设绿色算力基地。
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def table_counts():
    return (Article.objects.count(), Delegate.objects.count(), Membership.objects.count(), Proposal.objects.count())


@pytest.mark.django_db
def test_ingesting_twice_changes_nothing_the_second_time(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    first = ingest_file(path)
    stamps = list(Proposal.objects.values_list("updated_at", flat=True))
    second = ingest_file(path)
    assert (first.status, second.status) == ("new", "unchanged")
    assert table_counts() == (1, 2, 2, 2)
    assert list(Proposal.objects.values_list("updated_at", flat=True)) == stamps


@pytest.mark.django_db
def test_forced_reingest_of_the_same_text_reports_every_row_unchanged(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    ingest_file(path)
    from proposals.ingest.sources import read_document

    outcome = article_ingest(document=read_document(str(path), max_bytes=10**6), force=True)
    assert outcome.status == "updated"
    assert outcome.proposals == {"unchanged": 2}
    assert outcome.delegates == {"matched": 2}
    assert table_counts() == (1, 2, 2, 2)


@pytest.mark.django_db
def test_a_changed_version_of_the_same_source_updates_in_place(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    ingest_file(path)
    article_id = Article.objects.get().pk
    path.write_text(ARTICLE.replace("建设绿色算力基地", "建设绿色算力基地和数据中心集群"), "utf-8")
    outcome = ingest_file(path)
    assert outcome.status == "updated"
    assert outcome.proposals == {"updated": 1, "unchanged": 1}
    assert table_counts() == (1, 2, 2, 2)
    assert Article.objects.get().pk == article_id
    assert "数据中心集群" in Proposal.objects.get(delegates__name="袁永升").passage


@pytest.mark.django_db
def test_a_failure_mid_article_leaves_nothing_of_it(tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", ARTICLE)

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    # Writing the search documents is the last step: every row of the article is written by then.
    monkeypatch.setattr(search_documents, "write_documents", explode)
    with pytest.raises(RuntimeError):
        ingest_file(path)
    assert table_counts() == (0, 0, 0, 0)


@pytest.mark.django_db
def test_the_same_person_in_two_articles_is_one_delegate(tmp_path):
    ingest_file(write(tmp_path, "a.txt", ARTICLE))
    outcome = ingest_file(write(tmp_path, "b.txt", "# 又一篇\n\n陈瑾代表说，教育是民生之基，要让每个孩子上好学，建议增加学位供给。"))
    assert outcome.delegates == {"matched": 1}
    assert Delegate.objects.filter(name="陈瑾").count() == 1


@pytest.mark.django_db
def test_namesakes_that_cannot_be_told_apart_are_kept_apart_and_reported(tmp_path):
    ingest_file(write(tmp_path, "a.txt", "# 一\n\n自治区人大代表、某钢铁公司董事长张伟说，要推动钢铁行业转型升级。"))
    outcome = ingest_file(write(tmp_path, "b.txt", "# 二\n\n自治区人大代表、某县人民医院院长张伟说，要加强基层医疗卫生服务。"))
    assert outcome.delegates == {"ambiguous": 1}
    assert outcome.ambiguous_names == ["张伟"]
    assert Delegate.objects.filter(name="张伟").count() == 2
    review = NameReview.objects.get()
    assert review.name == "张伟" and review.candidates.count() == 1


@pytest.mark.django_db
def test_a_proposal_reported_again_elsewhere_becomes_a_further_source(tmp_path):
    ingest_file(write(tmp_path, "a.txt", ARTICLE))
    outcome = ingest_file(write(tmp_path, "b.txt", ARTICLE.replace("# 两会报道", "# 转载：两会报道")))
    assert outcome.proposals == {"further_source": 2}
    assert Proposal.objects.count() == 2
    assert ProposalSource.objects.count() == 2


@pytest.mark.django_db
def test_staff_values_survive_reingestion_and_conflicts_are_reported(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    ingest_file(path)
    proposal = Proposal.objects.get(delegates__name="陈瑾")
    proposal.summary = "编辑改写的摘要"
    proposal.lock_fields(["summary"])
    proposal.save()
    membership = Membership.objects.get(delegate__name="陈瑾")
    membership.title = "校长（编辑核实）"
    membership.lock_fields(["title"])
    membership.save()

    # The machine changes its mind about both: the summary follows the new text, and the
    # affiliation now reads 党委书记、校长. Staff values stay; each disagreement is reported once.
    changed = ARTICLE.replace("建议加强京蒙教育协作", "建议深化京蒙教育协作").replace("第十二中学校长", "第十二中学党委书记、校长")
    path.write_text(changed, "utf-8")
    ingest_file(path)
    ingest_file(path)
    proposal.refresh_from_db()
    membership.refresh_from_db()
    assert proposal.summary == "编辑改写的摘要"
    assert "深化京蒙教育协作" in proposal.passage  # fields staff did not touch still follow the text
    assert membership.title == "校长（编辑核实）"
    conflict = Conflict.objects.get(proposal=proposal)
    assert conflict.field == "summary" and conflict.staff_value == "编辑改写的摘要"
    title_conflict = Conflict.objects.get(membership_id=membership.pk, field="title")
    assert (title_conflict.staff_value, title_conflict.machine_value) == ("校长（编辑核实）", "党委书记、校长")
    assert Conflict.objects.count() == 2


@pytest.mark.django_db
def test_a_proposal_staff_deleted_stays_deleted(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    ingest_file(path)
    Proposal.objects.filter(delegates__name="陈瑾").update(is_deleted=True)
    path.write_text(ARTICLE + "\n本报记者 王磊 摄\n", "utf-8")
    outcome = ingest_file(path)
    assert outcome.proposals["deleted_by_staff"] == 1
    assert Proposal.objects.visible().count() == 1
    assert Proposal.objects.count() == 2


@pytest.mark.django_db
def test_a_proposal_staff_added_by_hand_survives_reingestion(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    ingest_file(path)
    article = Article.objects.get()
    manual = Proposal.objects.create(article=article, origin="staff", passage="编辑补录的建议", start=0, end=0)
    path.write_text(ARTICLE.replace("算力产业", "算力产业集群"), "utf-8")
    ingest_file(path)
    assert Proposal.objects.filter(pk=manual.pk).exists()


@pytest.mark.django_db
def test_each_proposal_knows_the_piece_it_sits_in_for_citing(sample_article):
    proposal = Proposal.objects.get(delegates__name="袁永升")
    assert proposal.section == "两会 热议"
    assert proposal.piece_title == "袁永升委员: 夯实安全基础 推动算力产业高质量发展"
    assert proposal.reporters == ["安冀东"]
    lead = Proposal.objects.get(delegates__name="杨茂盛")
    assert (lead.section, lead.reporters) == ("两会 聚焦", ["康丽娜", "韩雪茹"])


@pytest.mark.django_db
def test_a_session_gets_the_key_tasks_of_its_own_plan_and_no_other():
    def session(year):
        return Session.objects.create(year=year, level=Level.NATIONAL, region="", name=f"{year}年全国两会", slug=f"{year}-x")

    own, newer, planless = session(2025), session(2026), session(2024)

    def task(slug, session, order=0):
        return KeyTask.objects.create(slug=slug, name=f"{slug} {session and session.year} {order}", session=session,
                                      order=order)

    mine = task("t-own", own)
    task("t-own", None)
    task("t-own", newer)
    task("t-every", None, order=2)
    task("t-newest", newer, order=9)
    assert KeyTaskLookup().of(own) == {"t-own": mine}
    assert KeyTaskLookup().of(newer)["t-own"].session == newer
    assert KeyTaskLookup().of(planless) == {}
    assert KeyTaskLookup().of(None) == {}
