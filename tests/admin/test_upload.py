"""Uploading an article in the admin: a dry-run preview first, then the real ingestion on confirm."""

from __future__ import annotations

import contextlib
import re

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.urls import reverse

from delegates.models import Delegate
from proposals.loader.lock import INGEST_LOCK_ID, IngestLockTimeout
from proposals.models import Article, Proposal
from tests.conftest import SAMPLES_DIR

pytestmark = pytest.mark.django_db
UPLOAD = "admin:proposals_article_upload"


def _demo() -> tuple[str, bytes]:
    path = sorted(SAMPLES_DIR.glob("*.md"))[0]
    return path.name, path.read_bytes()


def test_preview_writes_nothing_then_confirm_ingests(editor_client, tmp_path, settings):
    settings.VAR_DIR = tmp_path
    name, data = _demo()
    page = editor_client.get(reverse(UPLOAD))
    assert page.status_code == 200
    preview = editor_client.post(reverse(UPLOAD), {"file": SimpleUploadedFile(name, data)})
    assert preview.status_code == 200
    assert Article.objects.count() == 0 and Proposal.objects.count() == 0
    sample = preview.context["sample"]
    assert sample["delegates"] and sample["proposals"]
    body = preview.content.decode()
    assert sample["delegates"][0]["name"] in body and "确认导入" in body

    digest = re.search(r'name="digest" value="([0-9a-f]{64})"', body).group(1)
    key = re.search(r'name="key" value="([^"]+)"', body).group(1)
    response = editor_client.post(reverse(UPLOAD), {"confirm": "1", "digest": digest, "name": name, "key": key, "force": "0"})
    assert response.status_code == 302
    article = Article.objects.get()
    assert response.url == reverse("admin:proposals_article_change", args=[article.pk])
    assert article.proposals.count() == len(sample["proposals"])
    assert not (tmp_path / "uploads" / digest).exists()


def test_upload_of_a_corrected_edition_updates_the_chosen_article(editor_client, tmp_path, settings, sample_article):
    settings.VAR_DIR = tmp_path
    corrected = sample_article.text.replace("党委书记赵勇", "院长赵勇").encode()
    preview = editor_client.post(reverse(UPLOAD), {"file": SimpleUploadedFile("page.txt", corrected), "article": sample_article.pk})
    assert preview.context["existing"] == sample_article
    body = preview.content.decode()
    digest = re.search(r'name="digest" value="([0-9a-f]{64})"', body).group(1)
    editor_client.post(reverse(UPLOAD), {"confirm": "1", "digest": digest, "name": "page.txt", "key": sample_article.source_key})
    assert Article.objects.count() == 1
    assert sample_article.mentions.get(name="赵勇").delegate.memberships.get().title == "院长"


@override_settings(LIANGHUI_MAX_ARTICLE_BYTES=1000)
def test_oversized_file_is_a_clear_error(editor_client):
    response = editor_client.post(reverse(UPLOAD), {"file": SimpleUploadedFile("big.txt", "两会".encode() * 1000)})
    assert response.status_code == 200
    assert "超过上限 1,000 字节" in response.content.decode()
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00\x01\x02binary" * 10, "无法读取"), (b"just some english words, no delegates at all", "无法读取"), (b"", "")],
)
def test_bad_files_are_clear_errors(editor_client, content, message):
    response = editor_client.post(reverse(UPLOAD), {"file": SimpleUploadedFile("bad.txt", content)})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode() and message in response.content.decode()
    assert Article.objects.count() == 0


def test_expired_or_forged_upload_token_is_refused(editor_client):
    response = editor_client.post(reverse(UPLOAD), {"confirm": "1", "digest": "../../etc/passwd", "name": "x"})
    assert response.status_code == 302 and response.url == reverse(UPLOAD)
    assert Article.objects.count() == 0


def test_an_upload_with_an_over_long_title_and_name_is_confirmed_without_a_database_error(editor_client, tmp_path, settings):
    settings.VAR_DIR = tmp_path
    title = "锚定七项重点工作" + "奋力实现良好开局" * 74  # 600 characters
    data = (SAMPLES_DIR / "regional_session.md").read_text("utf-8").replace(
        "# 锚定七项重点工作 奋力实现良好开局", "# " + title, 1
    ).encode()
    name = "稿" * 200 + ".md"
    preview = editor_client.post(reverse(UPLOAD), {"file": SimpleUploadedFile(name, data)})
    body = preview.content.decode()
    digest = re.search(r'name="digest" value="([0-9a-f]{64})"', body).group(1)
    key = re.search(r'name="key" value="([^"]*)"', body).group(1)

    response = editor_client.post(reverse(UPLOAD), {"confirm": "1", "digest": digest, "name": name, "key": key, "force": "0"})

    assert response.status_code == 302
    article = Article.objects.get()
    assert len(article.title) == Article._meta.get_field("title").max_length
    assert title in article.text


def test_a_name_too_long_for_its_column_is_named_in_the_confirm_message(editor_client, tmp_path, settings, monkeypatch):
    # The parser reads no name longer than the 50-character column, so the column is made short here.
    settings.VAR_DIR = tmp_path
    monkeypatch.setattr("proposals.loader.fit.name_limit", lambda: 2)
    data = (SAMPLES_DIR / "regional_session.md").read_bytes()
    preview = editor_client.post(reverse(UPLOAD), {"file": SimpleUploadedFile("a.md", data)})
    body = preview.content.decode()
    digest = re.search(r'name="digest" value="([0-9a-f]{64})"', body).group(1)
    key = re.search(r'name="key" value="([^"]*)"', body).group(1)

    response = editor_client.post(reverse(UPLOAD), {"confirm": "1", "digest": digest, "name": "a.md", "key": key,
                                                    "force": "0"}, follow=True)

    assert response.status_code == 200
    assert "姓名过长、未作为姓名保存：" in response.content.decode()
    assert "贺建峰" in response.content.decode()
    assert not Delegate.objects.filter(name="贺建峰").exists()


@contextlib.contextmanager
def _an_ingest_running(monkeypatch):
    """On PostgreSQL another session holds the ingest lock; elsewhere the loader says it gave up."""
    if connection.vendor != "postgresql":
        def gives_up(*args, **kwargs):
            raise IngestLockTimeout("gave up after 0.3 s waiting for the ingest lock, held by process 1")

        monkeypatch.setattr("proposals.admin.upload.ingest_documents", gives_up)
        yield
        return
    db = connection.settings_dict
    with psycopg.connect(dbname=db["NAME"], user=db.get("USER") or "postgres", password=db.get("PASSWORD") or None,
                         host=db.get("HOST") or "127.0.0.1", port=db.get("PORT") or 5432, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", [INGEST_LOCK_ID])
        yield


def test_confirm_while_an_ingest_runs_says_so_after_a_short_wait_and_keeps_the_upload(
    editor_client, tmp_path, settings, monkeypatch
):
    settings.VAR_DIR = tmp_path
    monkeypatch.setattr("proposals.admin.upload.UPLOAD_LOCK_TIMEOUT", 0.3)
    name, data = _demo()
    body = editor_client.post(reverse(UPLOAD), {"file": SimpleUploadedFile(name, data)}).content.decode()
    digest = re.search(r'name="digest" value="([0-9a-f]{64})"', body).group(1)
    key = re.search(r'name="key" value="([^"]+)"', body).group(1)
    with _an_ingest_running(monkeypatch):
        response = editor_client.post(reverse(UPLOAD), {"confirm": "1", "digest": digest, "name": name, "key": key},
                                      follow=True)
    assert response.redirect_chain[-1][0] == reverse(UPLOAD)
    shown = [str(m) for m in response.context["messages"]]
    assert len(shown) == 1 and "另一个导入正在进行" in shown[0] and "gave up after 0.3 s" in shown[0], shown
    assert Article.objects.count() == 0
    assert (tmp_path / "uploads" / digest).exists(), "the editor can confirm again once the ingest is done"
