"""Uploading an article in the admin: the file is read and parsed for a dry-run preview, kept on
disk, and loaded only when staff confirm it.

``ArticleUploadMixin`` adds the page (URL name ``admin:proposals_article_upload``) to the article admin.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import time
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from ..ingest.sources import SourceError, read_document
from ..loader import ingest_documents
from ..loader.fit import fit_document
from ..loader.lock import IngestLockTimeout
from ..loader.report import shortened
from ..models import Article
from .forms import UploadForm

UPLOAD_KEEP_SECONDS = 24 * 3600
# Seconds the confirm step waits for a running ingest before it says so (a batch takes a few seconds).
UPLOAD_LOCK_TIMEOUT = 10


def upload_dir() -> Path:
    """Where a previewed upload waits for confirmation; previews abandoned for a day are dropped."""
    folder = Path(settings.VAR_DIR) / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - UPLOAD_KEEP_SECONDS
    for stale in folder.iterdir():
        if stale.stat().st_mtime < cutoff:
            stale.unlink(missing_ok=True)
    return folder


def uploaded_document(data: bytes, *, name: str, key: str):
    """The uploaded bytes as a source document, named after the file, keyed as the article it updates."""
    document = read_document("-", max_bytes=settings.LIANGHUI_MAX_ARTICLE_BYTES, key=key or None, stdin=data)
    if not key and document.key.startswith("stdin:"):
        key = f"upload:{document.content_hash}"
    return dataclasses.replace(document, source=f"上传：{name}", key=key or document.key)


class ArticleUploadMixin:
    """For the article admin: who may upload, the upload link on the list, the upload page."""

    def can_upload(self, request) -> bool:
        return request.user.has_perm("proposals.add_article") and request.user.has_perm("proposals.change_proposal")

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_upload": self.can_upload(request)}
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        return [
            path("upload/", self.admin_site.admin_view(self.upload_view), name="proposals_article_upload"),
            *super().get_urls(),
        ]

    def upload_view(self, request):
        if not self.can_upload(request):
            raise PermissionDenied
        context = {**self.admin_site.each_context(request), "title": "上传文章", "opts": self.model._meta}
        if request.method == "POST" and "confirm" in request.POST:
            return self._upload_confirm(request, context)
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            target = form.cleaned_data["article"]
            # The preview is the loader's dry run, as `manage.py ingest --dry-run` shows it.
            results = []
            try:
                document = uploaded_document(data, name=upload.name, key=target.source_key if target else "")
            except SourceError as error:
                form.add_error("file", f"无法读取：{error.reason}")
            else:
                ingest_documents([document], dry_run=True, on_result=results.append)
                if results[0].error:
                    form.add_error("file", f"无法读取：{results[0].error}")
            if results and not results[0].error:
                parsed = results[0].parsed
                digest = hashlib.sha256(data).hexdigest()
                (upload_dir() / digest).write_bytes(data)
                existing = Article.objects.filter(source_key=fit_document(document).key).first()
                context.update({
                    "parsed": parsed, "document": document, "digest": digest, "name": upload.name,
                    "existing": existing, "force": form.cleaned_data["force"],
                    "unchanged": existing is not None and existing.content_hash == document.content_hash,
                    "sample": parsed.to_json(document.source),
                })
                return TemplateResponse(request, "admin/proposals/article_upload_preview.html", context)
        context["form"] = form
        context["max_bytes"] = settings.LIANGHUI_MAX_ARTICLE_BYTES
        return TemplateResponse(request, "admin/proposals/article_upload.html", context)

    def _upload_confirm(self, request, context):
        digest = request.POST.get("digest", "")
        stored = upload_dir() / digest
        if not re.fullmatch(r"[0-9a-f]{64}", digest) or not stored.is_file():
            self.message_user(request, "上传的文件已失效，请重新上传。", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:proposals_article_upload"))
        data = stored.read_bytes()
        try:
            document = uploaded_document(data, name=request.POST.get("name", "article"), key=request.POST.get("key", ""))
        except SourceError as error:
            self.message_user(request, f"导入失败：{error.reason}", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:proposals_article_upload"))
        # The same entry point as `manage.py ingest`: one transaction, the ingest lock, one-line errors.
        results = []
        try:
            ingest_documents([document], force=request.POST.get("force") == "1", on_result=results.append,
                             lock_timeout=UPLOAD_LOCK_TIMEOUT)
        except IngestLockTimeout as error:
            # A bulk ingest is running: say so rather than keep the editor's request waiting.
            self.message_user(request, f"导入暂不可用：另一个导入正在进行，请稍后再试（{error}）。", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:proposals_article_upload"))
        if results[0].error:
            self.message_user(request, f"导入失败：{results[0].error}", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:proposals_article_upload"))
        outcome = results[0].outcome
        stored.unlink(missing_ok=True)
        counts = "，".join(f"{k} {v}" for k, v in sorted(outcome.proposals.items())) or "无变化"
        status = {"new": "新文章", "updated": "已更新", "unchanged": "内容未变，未重新抽取"}[outcome.status]
        message = f"导入完成（{status}）：建议 {counts}"
        if outcome.conflicts:
            message += f"；与编辑修改冲突 {outcome.conflicts} 处，请在“导入冲突”中处理"
        if outcome.ambiguous_names:
            message += "；待确认姓名：" + "、".join(outcome.ambiguous_names)
        if outcome.refused_names:
            message += "；姓名过长、未作为姓名保存：" + "、".join(shortened(name) for name in outcome.refused_names)
        self.message_user(request, message + "。", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:proposals_article_change", args=[outcome.article.pk]))
