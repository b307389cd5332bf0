"""Staff corrections of an article's metadata survive re-ingestion: the admin locks exactly the fields
staff changed (title, newspaper, date, page, original URL), a re-ingest with a changed sidecar keeps
the staff values and records the machine's, and a field handed back to ingestion follows the file again."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from proposals import editorial
from proposals.models import Article, ArticleSearchDocument, Conflict
from tests.admin.conftest import change_form_data
from tests.conftest import ingest_file

pytestmark = pytest.mark.django_db

# 虚构示例: a provincial article of another province and year; its metadata come from the sidecar.
TEXT = """# 皖两会｜委员建言文化传承

省政协十三届二次会议开幕在即。安徽省政协委员、某艺术学院副院长云宇峰说，要加强岩画遗址保护，推动非遗传承，建设文化强省。

（虚构示例：本文人物与单位均为虚构）
"""
SIDECAR = ("source: https://example.org/ah/2024-01/22/content_7.htm\ntitle: 委员建言文化传承\n"
           "newspaper: 江淮晨报\npage: 第03版\n")
CHANGED_SIDECAR = ("source: https://example.org/ah/2024-01/23/content_9.htm\ntitle: 委员建言文化传承（更新）\n"
                   "newspaper: 江淮晚报\npage: 第05版\ndate: 2024-01-23\n")
STAFF = {"title": "编辑改定的标题", "newspaper": "安徽日报", "published_on": "2024-01-20", "page": "第01版",
         "url": "https://example.org/ah/staff.htm"}


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "wan.txt"
    path.write_text(TEXT, "utf-8")
    path.with_suffix(".source").write_text(SIDECAR, "utf-8")
    return path


def edit_in_admin(client, article: Article, changes: dict) -> Article:
    url = reverse("admin:proposals_article_change", args=[article.pk])
    data = change_form_data(client.get(url))
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    article.refresh_from_db()
    return article


def reingest_with(path, sidecar: str):
    path.with_suffix(".source").write_text(sidecar, "utf-8")
    return ingest_file(path)


def test_a_new_article_records_what_ingestion_read(article_file):
    article = ingest_file(article_file).article
    article.refresh_from_db()
    assert article.staff_fields == []
    assert article.machine_values == {
        "title": "委员建言文化传承", "newspaper": "江淮晨报", "published_on": "2024-01-22", "page": "第03版",
        "url": "https://example.org/ah/2024-01/22/content_7.htm",
    }


def test_saving_the_article_untouched_locks_nothing(editor_client, article_file):
    article = edit_in_admin(editor_client, ingest_file(article_file).article, {})
    assert article.staff_fields == []


def test_staff_edits_are_locked_and_survive_a_reingest_with_a_changed_sidecar(editor_client, article_file):
    article = edit_in_admin(editor_client, ingest_file(article_file).article, STAFF)
    assert article.staff_fields == sorted(STAFF)

    outcome = reingest_with(article_file, CHANGED_SIDECAR)

    assert outcome.status == "updated"
    assert outcome.conflicts == 5
    article.refresh_from_db()
    assert (article.title, article.newspaper, str(article.published_on), article.page, article.url) == tuple(
        STAFF[name] for name in ("title", "newspaper", "published_on", "page", "url"))
    assert article.machine_values == {
        "title": "委员建言文化传承（更新）", "newspaper": "江淮晚报", "published_on": "2024-01-23", "page": "第05版",
        "url": "https://example.org/ah/2024-01/23/content_9.htm",
    }
    conflicts = {c.field: (c.staff_value, c.machine_value) for c in Conflict.objects.filter(article=article)}
    assert conflicts["newspaper"] == ("安徽日报", "江淮晚报")
    assert conflicts["published_on"] == ("2024-01-20", "2024-01-23")
    # The same disagreement is not recorded twice.
    reingest_with(article_file, CHANGED_SIDECAR + "\n")
    assert Conflict.objects.filter(article=article).count() == 5


def test_only_the_edited_field_is_locked_and_the_others_follow_the_file(editor_client, article_file):
    article = edit_in_admin(editor_client, ingest_file(article_file).article, {"newspaper": "安徽日报"})
    assert article.staff_fields == ["newspaper"]

    reingest_with(article_file, CHANGED_SIDECAR)

    article.refresh_from_db()
    assert article.newspaper == "安徽日报"
    assert (article.title, article.published_on, article.page) == (
        "委员建言文化传承（更新）", datetime.date(2024, 1, 23), "第05版")


def test_an_unlocked_field_takes_the_machine_value_and_is_updated_by_the_next_ingest(editor_client, article_file):
    article = edit_in_admin(editor_client, ingest_file(article_file).article, STAFF)
    reingest_with(article_file, CHANGED_SIDECAR)

    conflict = Conflict.objects.get(article=article, field="title")
    editorial.conflict_accept_machine(conflict=conflict)
    article.refresh_from_db()
    assert article.title == "委员建言文化传承（更新）"
    assert "title" not in article.staff_fields
    assert Conflict.objects.get(pk=conflict.pk).resolved

    reingest_with(article_file, CHANGED_SIDECAR.replace("（更新）", "（再更新）"))
    article.refresh_from_db()
    assert article.title == "委员建言文化传承（再更新）"
    assert article.newspaper == "安徽日报"  # still locked


def test_the_unlock_action_hands_every_field_back(editor_client, article_file):
    article = edit_in_admin(editor_client, ingest_file(article_file).article, STAFF)
    reingest_with(article_file, CHANGED_SIDECAR)

    response = editor_client.post(reverse("admin:proposals_article_changelist"),
                                  {"action": "unlock", "_selected_action": [article.pk]})

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.staff_fields == []
    assert (article.title, article.newspaper, str(article.published_on)) == (
        "委员建言文化传承（更新）", "江淮晚报", "2024-01-23")
    assert not Conflict.objects.filter(article=article, resolved=False).exists()


def test_a_title_corrected_in_the_admin_is_searched(editor_client, article_file):
    article = edit_in_admin(editor_client, ingest_file(article_file).article, {"title": "编辑改定的标题"})
    assert "编辑" in ArticleSearchDocument.objects.get(article=article).tokens.split()


def test_the_conflict_list_links_an_article_conflict_to_its_article(editor_client, article_file):
    edit_in_admin(editor_client, ingest_file(article_file).article, {"newspaper": "安徽日报"})
    reingest_with(article_file, CHANGED_SIDECAR)
    response = editor_client.get(reverse("admin:proposals_conflict_changelist"))
    assert response.status_code == 200
    assert "（文章）" in response.content.decode()


def test_a_date_staff_corrected_dates_the_session_of_an_article_that_names_no_year(editor_client, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text(TEXT.replace("省政协十三届二次会议开幕在即", "省两会开幕在即"), "utf-8")
    path.with_suffix(".source").write_text("source: 虚构示例的来源说明\ntitle: 委员建言文化传承\n", "utf-8")
    article = ingest_file(path).article
    assert article.session.year is None

    edit_in_admin(editor_client, article, {"published_on": "2025-01-20"})
    path.with_suffix(".source").write_text("source: 虚构示例的来源说明\ntitle: 委员建言文化传承（更新）\n", "utf-8")
    ingest_file(path)

    article.refresh_from_db()
    assert article.published_on == datetime.date(2025, 1, 20)
    assert article.session.year == 2025
