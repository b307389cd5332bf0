"""Sessions, metadata and key-task plans as the loader writes them, and re-ingestion repairing them."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from delegates.models import Level, Session
from proposals.models import Article, KeyTask, Proposal, ProposalKeyTask
from tests.conftest import ingest_file

pytestmark = pytest.mark.django_db

# 虚构示例: a provincial session of another province and year, with words of the seeded plan's tasks.
ANHUI = """# 皖两会｜委员建言文化传承

省政协十三届二次会议开幕在即。安徽省政协委员、某艺术学院副院长云宇峰说，要加强岩画遗址保护，推动非遗传承，建设文化强省。

（虚构示例：本文人物与单位均为虚构）
"""
SIDECAR = "source: https://example.org/ah/2024-01/22/content_7.htm\ntitle: 委员建言文化传承\nnewspaper: 江淮晨报\n"


def write(tmp_path, name, text, sidecar=None):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    if sidecar is not None:
        path.with_suffix(".source").write_text(sidecar, "utf-8")
    return path


def test_the_sidecar_gives_url_title_newspaper_and_the_url_the_date_and_year(tmp_path):
    article = ingest_file(write(tmp_path, "a.txt", ANHUI, SIDECAR)).article
    article.refresh_from_db()
    assert (article.url, article.title, article.newspaper, str(article.published_on)) == (
        "https://example.org/ah/2024-01/22/content_7.htm", "委员建言文化传承", "江淮晨报", "2024-01-22")
    assert (article.session.year, article.session.level, article.session.region) == (2024, Level.REGIONAL, "安徽省")


def test_an_article_without_a_year_gets_a_session_of_unknown_year_never_the_current_one(tmp_path):
    article = ingest_file(write(tmp_path, "a.txt", ANHUI.replace("省政协十三届二次会议开幕在即", "省两会开幕在即"))).article
    assert article.session.year is None
    assert article.session.name == "年份不详的安徽省两会"
    assert article.session.slug.startswith("unknown-regional")


def test_an_article_of_a_session_without_a_plan_gets_no_key_task(tmp_path):
    ingest_file(write(tmp_path, "a.txt", ANHUI, SIDECAR))
    assert not ProposalKeyTask.objects.exists()


def test_the_sample_page_takes_key_tasks_from_its_own_2026_inner_mongolia_plan(sample_article):
    assert (sample_article.session.year, sample_article.session.region) == (2026, "内蒙古自治区")
    links = ProposalKeyTask.objects.filter(proposal__article=sample_article)
    assert links.exists()
    assert set(links.values_list("key_task__session", flat=True)) == {sample_article.session.pk}


def test_a_plan_added_later_is_applied_by_retag_session_and_staff_tags_survive(tmp_path):
    article = ingest_file(write(tmp_path, "a.txt", ANHUI, SIDECAR)).article
    session = article.session
    plan = KeyTask.objects.create(session=session, slug="culture", name="建设文化强省", phrases=["文化强省"],
                                  keywords=["非遗", "岩画"], order=1)
    other = KeyTask.objects.create(session=session, slug="other", name="别的工作", keywords=["无关"], order=2)
    proposal = Proposal.objects.get(article=article)
    locked = Proposal.objects.create(article=article, headline="编辑添加", passage="推动非遗传承。", origin="staff",
                                     start=0, end=0)
    locked.key_task_links.create(key_task=other, origin="staff", rank=1)
    locked.lock_fields(["key_tasks"])
    locked.save()
    out = io.StringIO()
    call_command("retag", "--session", session.slug, stdout=out)
    assert "retagged: 1 changed" in out.getvalue()
    assert list(proposal.key_tasks.all()) == [plan]
    assert list(locked.key_tasks.all()) == [other]


def test_retag_names_an_unknown_session_in_one_line():
    with pytest.raises(Exception, match="no session with slug nope"):
        call_command("retag", "--session", "nope", stdout=io.StringIO())


def test_reingesting_repairs_what_an_earlier_parser_got_wrong_and_keeps_staff_corrections(tmp_path):
    path = write(tmp_path, "a.txt", ANHUI, SIDECAR)
    article = ingest_file(path).article
    proposal = Proposal.objects.get(article=article)
    # What parser 1.0 did: the current year's session in the wrong region, Inner Mongolia's plan.
    wrong = Session.objects.get(year=2026, level=Level.REGIONAL, region="内蒙古自治区")
    Article.objects.filter(pk=article.pk).update(session=wrong, parser_version="1.0", newspaper="", url="")
    task = KeyTask.objects.get(session=wrong, slug="culture")
    ProposalKeyTask.objects.create(proposal=proposal, key_task=task, origin="machine", rank=1)
    proposal.summary = "编辑改写的摘要"
    proposal.lock_fields(["summary"])
    proposal.save()

    assert ingest_file(path).status == "updated"
    article.refresh_from_db()
    proposal.refresh_from_db()
    assert (article.session.year, article.session.region, article.newspaper) == (2024, "安徽省", "江淮晨报")
    assert article.url.startswith("https://example.org/")
    assert not proposal.key_tasks.exists()
    assert proposal.summary == "编辑改写的摘要"
