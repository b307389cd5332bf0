"""The editorial admin: staff correct and tag what ingestion extracted, and no correction is lost.

Every save goes through ``delegates.editorial.staff_edit_note`` (a changed machine-owned field
becomes a staff value) and, for a proposal's proposers, key tasks and sectors, a changed relation is
locked as a whole. Deleting a proposal or a delegate leaves a tombstone the loader respects. Beside
the model pages: bulk actions (review, tag, merge, split, re-tag), a review queue, conflict and
name decisions, and uploading an article with a dry-run preview before anything is written.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from delegates.admin import (
    DelegateAdmin,
    DelegationFilter,
    DeletedFilter,
    MembershipAdmin,
    StaffEditsAdminMixin,
    mark_reviewed,
)
from delegates.editorial import records_mark_reviewed
from delegates.models import Delegate, Membership, Origin, ReviewStatus

from . import editorial
from .ingest.parse import ParseError, parse_article
from .ingest.sources import SourceError, read_document
from .models import (
    Article,
    ArticleMention,
    Conflict,
    KeyTask,
    NameReview,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalSource,
    ProposalTopic,
    Topic,
)
from .services import article_ingest, delegate_merge, delegate_split, vocabulary_current

CONTEXT_CHARS = 80


def _admin_link(obj, text=None) -> str:
    meta = obj._meta
    return format_html(
        '<a href="{}">{}</a>', reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk]), text or str(obj)
    )


def _passage_in_context(text: str, start: int, end: int) -> str:
    """The passage highlighted inside the article text around it."""
    return format_html(
        '<div class="lianghui-source">…{}<mark>{}</mark>{}…</div>',
        text[max(0, start - CONTEXT_CHARS) : start], text[start:end], text[end : end + CONTEXT_CHARS],
    )


# --------------------------------------------------------------------------------------------------
# Keywords: one per line instead of raw JSON


class LinesField(forms.Field):
    """A list of words edited as text, one per line (blank lines and repeats dropped)."""

    widget = forms.Textarea(attrs={"rows": 8, "cols": 40})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(v) for v in value)
        return value or ""

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        lines = [line.strip() for line in re.split(r"[\r\n]+", value or "")]
        return list(dict.fromkeys(line for line in lines if line))

    def has_changed(self, initial, data):
        return self.to_python(initial or []) != self.to_python(data)


class KeyTaskForm(forms.ModelForm):
    phrases = LinesField(label="标志性表述", required=False, help_text="每行一个：全称及报告中的简称；段落中出现即为最强依据。")
    keywords = LinesField(label="关键词", required=False, help_text="每行一个，越靠前越重要。修改后可在“建议”列表中重新标注。")

    class Meta:
        model = KeyTask
        fields = ("session", "slug", "name", "short_name", "description", "phrases", "keywords", "order")


class TopicForm(forms.ModelForm):
    keywords = LinesField(label="关键词", required=False, help_text="每行一个。修改后可在“建议”列表中重新标注。")

    class Meta:
        model = Topic
        fields = ("slug", "name", "description", "keywords", "order")


@admin.register(KeyTask)
class KeyTaskAdmin(SimpleHistoryAdmin):
    form = KeyTaskForm
    list_display = ("name", "short_name", "slug", "session", "order", "keyword_count", "proposal_count")
    list_filter = ("session",)
    search_fields = ("name", "short_name", "slug", "description")
    list_select_related = ("session",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(proposal_total=Count("proposals", distinct=True))

    @admin.display(description="关键词数")
    def keyword_count(self, obj):
        return len(obj.keywords or [])

    @admin.display(description="建议数", ordering="proposal_total")
    def proposal_count(self, obj):
        return obj.proposal_total


@admin.register(Topic)
class TopicAdmin(SimpleHistoryAdmin):
    form = TopicForm
    list_display = ("name", "slug", "order", "keyword_count", "proposal_count")
    search_fields = ("name", "slug", "description")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(proposal_total=Count("proposals", distinct=True))

    @admin.display(description="关键词数")
    def keyword_count(self, obj):
        return len(obj.keywords or [])

    @admin.display(description="建议数", ordering="proposal_total")
    def proposal_count(self, obj):
        return obj.proposal_total


# --------------------------------------------------------------------------------------------------
# Intermediate pages for bulk actions


def _action_page(modeladmin, request, queryset, *, title: str, form, action: str, template: str = "admin/lianghui/action_form.html",
                 extra: dict | None = None):
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "opts": modeladmin.model._meta,
        "queryset": queryset,
        "form": form,
        "action": action,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        **(extra or {}),
    }
    return TemplateResponse(request, template, context)


class KeyTaskChoiceForm(forms.Form):
    key_task = forms.ModelChoiceField(KeyTask.objects.select_related("session"), label="重点工作")


class TopicChoiceForm(forms.Form):
    topic = forms.ModelChoiceField(Topic.objects.all(), label="领域")


def _tag_action(*, kind: str, remove: bool):
    form_class, field = (KeyTaskChoiceForm, "key_task") if kind == "key_task" else (TopicChoiceForm, "topic")
    label = "重点工作" if kind == "key_task" else "领域"
    verb = "移除" if remove else "添加"
    name = f"{'remove' if remove else 'add'}_{kind}"

    def action(modeladmin, request, queryset):
        form = form_class(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            target = form.cleaned_data[field]
            count = editorial.proposals_tag(proposals=queryset, remove=remove, **{field: target})
            modeladmin.message_user(request, f"已为 {count} 条建议{verb}{label}“{target}”。", messages.SUCCESS)
            return None
        return _action_page(modeladmin, request, queryset, title=f"{verb}{label}", form=form, action=name)

    action.__name__ = name
    return admin.action(description=f"{verb}{label}…", permissions=["change"])(action)


# --------------------------------------------------------------------------------------------------
# Proposals


class ProposalDelegateInline(admin.TabularInline):
    model = ProposalDelegate
    extra = 0
    autocomplete_fields = ("delegate",)
    fields = ("delegate", "order")
    verbose_name_plural = "提出者（修改后由编辑锁定，重新导入不再覆盖）"


class ProposalKeyTaskInline(admin.TabularInline):
    model = ProposalKeyTask
    extra = 0
    autocomplete_fields = ("key_task",)
    fields = ("key_task", "rank", "evidence", "origin")
    readonly_fields = ("evidence", "origin")
    verbose_name_plural = "重点工作（修改后由编辑锁定）"


class ProposalTopicInline(admin.TabularInline):
    model = ProposalTopic
    extra = 0
    autocomplete_fields = ("topic",)
    fields = ("topic", "rank", "evidence", "origin")
    readonly_fields = ("evidence", "origin")
    verbose_name_plural = "领域（修改后由编辑锁定）"


class ProposalSourceInline(admin.TabularInline):
    model = ProposalSource
    extra = 0
    fields = ("article", "passage")
    readonly_fields = ("article", "passage")
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class ProposalForm(forms.ModelForm):
    class Meta:
        model = Proposal
        fields = ("article", "headline", "summary", "kind", "passage", "start", "end", "context_before", "context_after",
                  "review_status")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start", "end"):
            if name in self.fields:
                self.fields[name].required = False
                self.fields[name].help_text += " 留空则按段落在正文中的位置自动填写。"

    def clean(self):
        cleaned = super().clean()
        article, passage = cleaned.get("article"), cleaned.get("passage") or ""
        if article is not None and passage and (cleaned.get("start") is None or cleaned.get("end") is None):
            found = article.text.find(passage)
            if found < 0:
                raise forms.ValidationError("段落不在文章正文中：请从正文中复制，或填写起止偏移。")
            cleaned["start"], cleaned["end"] = found, found + len(passage)
            self.instance.start, self.instance.end = cleaned["start"], cleaned["end"]
        return cleaned


class ReviewStatusFilter(admin.SimpleListFilter):
    title = "审核状态"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return ReviewStatus.choices + [("locked", "含编辑锁定字段")]

    def queryset(self, request, queryset):
        if self.value() == "locked":
            return queryset.exclude(staff_fields=[])
        if self.value():
            return queryset.filter(review_status=self.value())
        return queryset


class ProposalDelegationFilter(DelegationFilter):
    field_path = "delegates__memberships__delegation"


@admin.register(Proposal)
class ProposalAdmin(StaffEditsAdminMixin, SimpleHistoryAdmin):
    form = ProposalForm
    list_display = ("title_display", "delegates_display", "key_tasks_display", "topics_display", "kind", "article_link",
                    "review_status", "origin", "locked")
    list_display_links = ("title_display",)
    list_filter = (
        ReviewStatusFilter, ("key_tasks", admin.RelatedOnlyFieldListFilter), ("topics", admin.RelatedOnlyFieldListFilter),
        "delegates__memberships__role", "delegates__memberships__level", "article__session", ProposalDelegationFilter,
        "kind", "origin", DeletedFilter,
    )
    search_fields = ("headline", "summary", "passage", "delegates__name", "delegates__aliases__name",
                     "delegates__memberships__organization", "delegates__memberships__affiliation", "article__title")
    autocomplete_fields = ("article",)
    inlines = (ProposalDelegateInline, ProposalKeyTaskInline, ProposalTopicInline, ProposalSourceInline)
    fieldsets = (
        (None, {"fields": ("article", "headline", "summary", "kind", "passage", "source_context")}),
        ("位置", {"classes": ("collapse",), "fields": (("start", "end"), "context_before", "context_after")}),
        ("审核与来源", {"fields": ("review_status", "origin", "machine_key", "staff_fields", "machine_values_display", "is_deleted")}),
    )
    readonly_fields = ("source_context", "origin", "machine_key", "staff_fields", "machine_values_display", "is_deleted")
    list_per_page = 50
    actions = (
        mark_reviewed,
        _tag_action(kind="key_task", remove=False), _tag_action(kind="key_task", remove=True),
        _tag_action(kind="topic", remove=False), _tag_action(kind="topic", remove=True),
        "retag", "restore",
    )

    def get_queryset(self, request):
        return (
            super().get_queryset(request)
            .select_related("article")
            .defer("article__text", "article__blocks")  # a list needs the article's title, not its text
            .prefetch_related(
                Prefetch("proposaldelegate_set", queryset=ProposalDelegate.objects.select_related("delegate")),
                Prefetch("key_task_links", queryset=ProposalKeyTask.objects.select_related("key_task")),
                Prefetch("topic_links", queryset=ProposalTopic.objects.select_related("topic")),
            )
        )

    @admin.display(description="建议", ordering="headline")
    def title_display(self, obj):
        return str(obj)

    @admin.display(description="提出者")
    def delegates_display(self, obj):
        return format_html_join("、", "{}", ((link.delegate.name,) for link in obj.proposaldelegate_set.all()))

    @admin.display(description="重点工作")
    def key_tasks_display(self, obj):
        return "、".join(str(link.key_task) for link in obj.key_task_links.all()) or "—"

    @admin.display(description="领域")
    def topics_display(self, obj):
        return "、".join(str(link.topic) for link in obj.topic_links.all()) or "—"

    @admin.display(description="文章", ordering="article__title")
    def article_link(self, obj):
        return _admin_link(obj.article, (obj.article.title or obj.article.source)[:30])

    @admin.display(description="编辑锁定")
    def locked(self, obj):
        return "、".join(obj.staff_fields) or "—"

    @admin.display(description="原文（上下文）")
    def source_context(self, obj):
        if obj.pk is None:
            return "—"
        return _passage_in_context(obj.article.text, obj.start, obj.end)

    @admin.display(description="机器抽取值")
    def machine_values_display(self, obj):
        values = obj.machine_values or {}
        return format_html_join(mark_safe("<br>"), "{}：{}", ((k, str(v)[:200]) for k, v in sorted(values.items()))) or "—"

    # Staff's relation edits are locked as a whole; their new tags are staff tags.

    def save_formset(self, request, form, formset, change):
        if formset.model in (ProposalKeyTask, ProposalTopic):
            for inline_form in formset.forms:
                if inline_form.has_changed() and not (formset.can_delete and formset._should_delete_form(inline_form)):
                    inline_form.instance.origin = Origin.STAFF
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        proposal = form.instance
        before = self._relations(proposal) if change else None
        super().save_related(request, form, formsets, change)
        if before is None:
            editorial.reindex(proposals=[proposal.pk])
            return
        after = self._relations(proposal)
        changed = [name for name in editorial.PROPOSAL_RELATIONS if before[name] != after[name]]
        if changed:
            proposal.lock_fields(changed)
            proposal.save()
        editorial.reindex(proposals=[proposal.pk])

    @staticmethod
    def _relations(proposal: Proposal) -> dict[str, list]:
        return {
            "delegates": list(ProposalDelegate.objects.filter(proposal=proposal).order_by("order", "id").values_list("delegate_id", flat=True)),
            "key_tasks": list(ProposalKeyTask.objects.filter(proposal=proposal).order_by("rank", "id").values_list("key_task_id", flat=True)),
            "topics": list(ProposalTopic.objects.filter(proposal=proposal).order_by("rank", "id").values_list("topic_id", flat=True)),
        }

    # Deletion is a tombstone: re-ingestion keeps it deleted, and it can be restored.

    def delete_model(self, request, obj):
        editorial.proposals_delete(proposals=[obj])

    def delete_queryset(self, request, queryset):
        editorial.proposals_delete(proposals=queryset)

    def get_deleted_objects(self, objs, request):
        return [str(obj) + "（标记为已删除，可恢复）" for obj in objs], {Proposal._meta.verbose_name_plural: len(objs)}, set(), []

    @admin.action(description="恢复已删除的建议", permissions=["change"])
    def restore(self, request, queryset):
        count = editorial.proposals_restore(proposals=queryset)
        self.message_user(request, f"已恢复 {count} 条建议。", messages.SUCCESS)

    @admin.action(description="按当前关键词重新标注重点工作与领域", permissions=["change"])
    def retag(self, request, queryset):
        report = editorial.proposals_retag(proposals=queryset.select_related(None))
        self.message_user(
            request,
            f"重新标注：{report['retagged']} 条有变化，{report['unchanged']} 条不变，"
            f"{report['locked']} 条由编辑锁定未动，{report['deleted']} 条已删除跳过。",
            messages.SUCCESS,
        )

    # The review queue

    def get_urls(self):
        return [
            path("review/", self.admin_site.admin_view(self.review_view), name="proposals_proposal_review"),
            *super().get_urls(),
        ]

    def review_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            if not self.has_change_permission(request):
                raise PermissionDenied
            proposals = Proposal.objects.filter(pk__in=request.POST.getlist("proposal"))
            delegates = Delegate.objects.filter(pk__in=request.POST.getlist("delegate"))
            count = records_mark_reviewed(records=proposals) + records_mark_reviewed(records=delegates)
            self.message_user(request, f"已将 {count} 条记录标记为已审核。", messages.SUCCESS)
            return HttpResponseRedirect(request.get_full_path())
        proposals = (
            Proposal.objects.visible()
            .filter(origin=Origin.MACHINE, review_status=ReviewStatus.UNREVIEWED)
            .select_related("article")
            .prefetch_related(
                Prefetch("proposaldelegate_set", queryset=ProposalDelegate.objects.select_related("delegate")),
                Prefetch("key_task_links", queryset=ProposalKeyTask.objects.select_related("key_task")),
                Prefetch("topic_links", queryset=ProposalTopic.objects.select_related("topic")),
            )
            .order_by("article_id", "start")
        )
        proposal_page = Paginator(proposals, 20).get_page(request.GET.get("p"))
        delegates = (
            Delegate.objects.active()
            .filter(origin=Origin.MACHINE, review_status=ReviewStatus.UNREVIEWED)
            .prefetch_related(
                Prefetch("memberships", queryset=Membership.objects.select_related("session")),
                Prefetch("mentions", queryset=ArticleMention.objects.select_related("article")),
            )
            .order_by("name", "id")
        )
        delegate_page = Paginator(delegates, 20).get_page(request.GET.get("d"))
        delegate_rows = [
            (d, [(m.article, _passage_in_context(m.article.text, m.start, m.start + len(m.name))) for m in list(d.mentions.all())[:3]])
            for d in delegate_page
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": "审核队列",
            "opts": self.model._meta,
            "proposal_page": proposal_page,
            "proposal_rows": [(p, _passage_in_context(p.article.text, p.start, p.end)) for p in proposal_page],
            "delegate_page": delegate_page,
            "delegate_rows": delegate_rows,
            "name_reviews": NameReview.objects.filter(resolved=False).count(),
            "conflicts": Conflict.objects.filter(resolved=False).count(),
            "can_change": self.has_change_permission(request),
        }
        return TemplateResponse(request, "admin/proposals/review_queue.html", context)


# --------------------------------------------------------------------------------------------------
# Articles, and uploading one


class ArticleProposalInline(admin.TabularInline):
    model = Proposal
    extra = 0
    fields = ("link", "delegates_display", "kind", "review_status", "is_deleted")
    readonly_fields = fields
    can_delete = False
    show_change_link = False
    verbose_name_plural = "文章中的建议"

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(
            Prefetch("proposaldelegate_set", queryset=ProposalDelegate.objects.select_related("delegate"))
        )

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="建议")
    def link(self, obj):
        return _admin_link(obj)

    @admin.display(description="提出者")
    def delegates_display(self, obj):
        return "、".join(link.delegate.name for link in obj.proposaldelegate_set.all())


class UploadForm(forms.Form):
    file = forms.FileField(label="文章文件", help_text="纯文本、Markdown 或保存的网页（.txt .md .html），UTF-8 或 GB18030。")
    article = forms.ModelChoiceField(
        Article.objects.only("id", "title", "source"), label="更新已有文章", required=False,
        help_text="上传的是某篇已导入文章的更正版时选择它；否则留空，作为新文章导入。",
    )
    force = forms.BooleanField(label="强制重新抽取", required=False, help_text="内容未变时也重新抽取。")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.LIANGHUI_MAX_ARTICLE_BYTES
        if upload.size > limit:
            raise forms.ValidationError(f"文件大小为 {upload.size:,} 字节，超过上限 {limit:,} 字节。")
        return upload


UPLOAD_KEEP_SECONDS = 24 * 3600


def _upload_dir() -> Path:
    """Where a previewed upload waits for confirmation; previews abandoned for a day are dropped."""
    folder = Path(settings.VAR_DIR) / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - UPLOAD_KEEP_SECONDS
    for stale in folder.iterdir():
        if stale.stat().st_mtime < cutoff:
            stale.unlink(missing_ok=True)
    return folder


def _uploaded_document(data: bytes, *, name: str, key: str):
    document = read_document("-", max_bytes=settings.LIANGHUI_MAX_ARTICLE_BYTES, key=key or None, stdin=data)
    if not key and document.key.startswith("stdin:"):
        key = f"upload:{document.content_hash}"
    return dataclasses.replace(document, source=f"上传：{name}", key=key or document.key)


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "newspaper", "published_on", "session", "proposal_count", "last_ingested_at", "parser_version")
    list_filter = ("session", "newspaper", "published_on")
    search_fields = ("title", "source", "source_key", "text")
    date_hierarchy = "published_on"
    inlines = (ArticleProposalInline,)
    readonly_fields = ("source_key", "source", "text_display", "content_hash", "parser_version", "first_ingested_at",
                       "last_ingested_at", "updated_at")
    fields = ("title", "sections", "newspaper", "published_on", "reporters", "photographers", "session", "source_key",
              "source", "content_hash", "parser_version", "first_ingested_at", "last_ingested_at", "updated_at", "text_display")
    autocomplete_fields = ("session",)
    list_select_related = ("session",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(proposal_total=Count("proposals", distinct=True))

    def has_add_permission(self, request):
        return False  # articles come in by upload (or the ingest command), never typed in

    def can_upload(self, request) -> bool:
        return request.user.has_perm("proposals.add_article") and request.user.has_perm("proposals.change_proposal")

    @admin.display(description="建议数", ordering="proposal_total")
    def proposal_count(self, obj):
        return obj.proposal_total

    @admin.display(description="正文（只读）")
    def text_display(self, obj):
        return format_html('<pre class="lianghui-text" style="white-space: pre-wrap">{}</pre>', obj.text)

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
            try:
                document = _uploaded_document(data, name=upload.name, key=target.source_key if target else "")
                parsed = parse_article(document.text, vocabulary=vocabulary_current())
            except (SourceError, ParseError) as error:
                form.add_error("file", f"无法读取：{error.reason}")
            else:
                digest = hashlib.sha256(data).hexdigest()
                (_upload_dir() / digest).write_bytes(data)
                existing = Article.objects.filter(source_key=document.key).first()
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
        stored = _upload_dir() / digest
        if not re.fullmatch(r"[0-9a-f]{64}", digest) or not stored.is_file():
            self.message_user(request, "上传的文件已失效，请重新上传。", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:proposals_article_upload"))
        data = stored.read_bytes()
        try:
            document = _uploaded_document(data, name=request.POST.get("name", "article"), key=request.POST.get("key", ""))
            outcome = article_ingest(document=document, force=request.POST.get("force") == "1")
        except (SourceError, ParseError) as error:
            self.message_user(request, f"导入失败：{error.reason}", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:proposals_article_upload"))
        stored.unlink(missing_ok=True)
        counts = "，".join(f"{k} {v}" for k, v in sorted(outcome.proposals.items())) or "无变化"
        status = {"new": "新文章", "updated": "已更新", "unchanged": "内容未变，未重新抽取"}[outcome.status]
        message = f"导入完成（{status}）：建议 {counts}"
        if outcome.conflicts:
            message += f"；与编辑修改冲突 {outcome.conflicts} 处，请在“导入冲突”中处理"
        if outcome.ambiguous_names:
            message += "；待确认姓名：" + "、".join(outcome.ambiguous_names)
        self.message_user(request, message + "。", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:proposals_article_change", args=[outcome.article.pk]))


# --------------------------------------------------------------------------------------------------
# Name reviews and conflicts: staff decide


class SurvivorForm(forms.Form):
    survivor = forms.ModelChoiceField(Delegate.objects.none(), label="保留的记录", widget=forms.RadioSelect,
                                      help_text="其余记录的建议、身份和别名并入它；旧链接跳转到它。")


@admin.register(NameReview)
class NameReviewAdmin(admin.ModelAdmin):
    list_display = ("name", "article", "delegate_link", "candidates_display", "reason", "resolved", "created_at")
    list_filter = ("resolved",)
    search_fields = ("name", "reason", "article__title")
    autocomplete_fields = ("delegate", "candidates", "article")
    list_select_related = ("article", "delegate")
    actions = ("merge_into_candidate", "keep_apart")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("candidates").defer("article__text", "article__blocks")

    @admin.display(description="新建记录")
    def delegate_link(self, obj):
        return _admin_link(obj.delegate)

    @admin.display(description="同名者")
    def candidates_display(self, obj):
        return format_html_join("、", "{}", ((_admin_link(c),) for c in obj.candidates.all()))

    @admin.action(description="确认是不同的人（保持分开）", permissions=["change"])
    def keep_apart(self, request, queryset):
        count = queryset.filter(resolved=False).update(resolved=True)
        self.message_user(request, f"{count} 个姓名已确认为不同的人。", messages.SUCCESS)

    @admin.action(description="确认是同一人：并入同名者…", permissions=["change"])
    def merge_into_candidate(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "请只选择一个待确认姓名。", messages.WARNING)
            return None
        review = queryset.get()
        form = SurvivorForm(request.POST if "apply" in request.POST else None)
        form.fields["survivor"].queryset = review.candidates.all()
        if form.is_valid():
            survivor = delegate_merge(survivor=form.cleaned_data["survivor"], others=[review.delegate])
            NameReview.objects.filter(pk=review.pk).update(resolved=True)
            self.message_user(request, format_html("已并入 {}。", _admin_link(survivor)), messages.SUCCESS)
            return None
        return _action_page(self, request, queryset, title=f"把“{review.name}”并入同名者", form=form,
                            action="merge_into_candidate")


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ("field", "subject", "staff_value_display", "machine_value_display", "article", "resolved", "created_at")
    list_filter = ("resolved", "field")
    search_fields = ("field", "staff_value", "machine_value", "proposal__headline", "delegate__name")
    list_select_related = ("proposal", "delegate", "article")
    readonly_fields = ("proposal", "delegate", "membership_id", "article", "field", "staff_value", "machine_value", "created_at")
    actions = ("keep_staff", "accept_machine")

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__text", "article__blocks", "proposal__passage")

    def has_add_permission(self, request):
        return False

    @admin.display(description="对象")
    def subject(self, obj):
        if obj.proposal_id:
            return _admin_link(obj.proposal)
        if obj.membership_id:
            return format_html('<a href="{}">{}（身份）</a>',
                               reverse("admin:delegates_membership_change", args=[obj.membership_id]), obj.delegate or "")
        return _admin_link(obj.delegate) if obj.delegate_id else "—"

    @admin.display(description="编辑值（现值）")
    def staff_value_display(self, obj):
        return obj.staff_value[:120]

    @admin.display(description="机器新值")
    def machine_value_display(self, obj):
        return obj.machine_value[:120] or "（新文本中已无此建议）"

    @admin.action(description="保留编辑值", permissions=["change"])
    def keep_staff(self, request, queryset):
        count = editorial.conflicts_keep_staff(conflicts=queryset)
        self.message_user(request, f"{count} 处冲突保留了编辑值。", messages.SUCCESS)

    @admin.action(description="采用机器值（并交还给导入程序）", permissions=["change"])
    def accept_machine(self, request, queryset):
        count = 0
        for conflict in queryset.filter(resolved=False).select_related("proposal"):
            editorial.conflict_accept_machine(conflict=conflict)
            count += 1
        self.message_user(request, f"{count} 处冲突采用了机器值。", messages.SUCCESS)


# --------------------------------------------------------------------------------------------------
# The rest of the records ingestion writes


@admin.register(ProposalSource)
class ProposalSourceAdmin(admin.ModelAdmin):
    list_display = ("proposal", "article", "start", "end")
    search_fields = ("passage", "proposal__headline", "article__title")
    autocomplete_fields = ("proposal", "article")
    list_select_related = ("proposal", "article")


@admin.register(ArticleMention)
class ArticleMentionAdmin(admin.ModelAdmin):
    list_display = ("name", "delegate", "article", "start")
    search_fields = ("name", "delegate__name", "article__title")
    autocomplete_fields = ("delegate", "article")
    list_select_related = ("delegate", "article")

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__text", "article__blocks")


class ThroughAdmin(admin.ModelAdmin):
    """The links behind a proposal's proposers, key tasks and sectors, listed for checking; edit them on the proposal."""

    list_select_related = True

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ProposalDelegate)
class ProposalDelegateAdmin(ThroughAdmin):
    list_display = ("proposal", "delegate", "order")
    search_fields = ("delegate__name", "proposal__headline", "proposal__summary")


@admin.register(ProposalKeyTask)
class ProposalKeyTaskAdmin(ThroughAdmin):
    list_display = ("proposal", "key_task", "rank", "origin", "evidence")
    list_filter = ("key_task", "origin")
    search_fields = ("proposal__headline", "proposal__summary", "key_task__name")


@admin.register(ProposalTopic)
class ProposalTopicAdmin(ThroughAdmin):
    list_display = ("proposal", "topic", "rank", "origin", "evidence")
    list_filter = ("topic", "origin")
    search_fields = ("proposal__headline", "proposal__summary", "topic__name")


# --------------------------------------------------------------------------------------------------
# Delegates, with what needs proposals: their proposals, merge, split, deletion


class DelegateProposalInline(admin.TabularInline):
    model = ProposalDelegate
    fk_name = "delegate"
    extra = 0
    fields = ("proposal_link", "article", "order")
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = "提出的建议"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("proposal__article").defer(
            "proposal__article__text", "proposal__article__blocks"
        )

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="建议")
    def proposal_link(self, obj):
        return _admin_link(obj.proposal) + (" （已删除）" if obj.proposal.is_deleted else "")

    @admin.display(description="文章")
    def article(self, obj):
        return obj.proposal.article


class SplitForm(forms.Form):
    proposals = forms.ModelMultipleChoiceField(Proposal.objects.none(), label="移到新记录的建议", required=False,
                                               widget=forms.CheckboxSelectMultiple)
    memberships = forms.ModelMultipleChoiceField(Membership.objects.none(), label="移到新记录的身份", required=False,
                                                 widget=forms.CheckboxSelectMultiple)
    disambiguation = forms.CharField(label="新记录的区分说明", max_length=200, required=False,
                                     help_text="如 单位或地区，用来区分两位同名者。")

    def __init__(self, *args, delegate: Delegate, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["proposals"].queryset = Proposal.objects.filter(delegates=delegate).select_related("article")
        self.fields["proposals"].label_from_instance = lambda p: f"{p}（{p.article}）"
        self.fields["memberships"].queryset = Membership.objects.filter(delegate=delegate).select_related("session", "delegate")
        self.fields["memberships"].label_from_instance = (
            lambda m: f"{m.session or '会议不详'} · {m.get_role_display()} · {m.affiliation or m.title or '—'}"
        )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("proposals") and not cleaned.get("memberships"):
            raise forms.ValidationError("请至少选择一条建议或一个身份移到新记录。")
        return cleaned


class EditorialDelegateAdmin(DelegateAdmin):
    inlines = (*DelegateAdmin.inlines, DelegateProposalInline)
    actions = (*DelegateAdmin.actions, "merge", "split", "restore")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        editorial.reindex(delegates=[form.instance.pk])

    def delete_model(self, request, obj):
        editorial.delegate_delete(delegate=obj)

    def delete_queryset(self, request, queryset):
        for delegate in queryset:
            editorial.delegate_delete(delegate=delegate)

    def get_deleted_objects(self, objs, request):
        return (
            [f"{obj}（标记为已删除；其独自提出的建议一并标记删除，联名建议中移除此人；可恢复）" for obj in objs],
            {Delegate._meta.verbose_name_plural: len(objs)}, set(), [],
        )

    @admin.action(description="恢复已删除的代表委员", permissions=["change"])
    def restore(self, request, queryset):
        count = 0
        for delegate in queryset.filter(is_deleted=True):
            editorial.delegate_restore(delegate=delegate)
            count += 1
        self.message_user(request, f"已恢复 {count} 位代表委员。", messages.SUCCESS)

    @admin.action(description="合并为同一人…", permissions=["change"])
    def merge(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "合并需要至少选择两条记录。", messages.WARNING)
            return None
        form = SurvivorForm(request.POST if "apply" in request.POST else None)
        form.fields["survivor"].queryset = queryset
        if form.is_valid():
            survivor = form.cleaned_data["survivor"]
            delegate_merge(survivor=survivor, others=list(queryset.exclude(pk=survivor.pk)))
            self.message_user(request, format_html("已合并到 {}。", _admin_link(survivor)), messages.SUCCESS)
            return None
        return _action_page(self, request, queryset, title="合并代表委员", form=form, action="merge")

    @admin.action(description="拆分重名者…", permissions=["change"])
    def split(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "拆分时请只选择一条记录。", messages.WARNING)
            return None
        delegate = queryset.get()
        form = SplitForm(request.POST if "apply" in request.POST else None, delegate=delegate)
        if form.is_valid():
            newcomer = delegate_split(
                delegate=delegate, proposals=list(form.cleaned_data["proposals"]),
                memberships=list(form.cleaned_data["memberships"]), disambiguation=form.cleaned_data["disambiguation"],
            )
            self.message_user(request, format_html("已拆分出新记录 {}。", _admin_link(newcomer)), messages.SUCCESS)
            return None
        return _action_page(self, request, queryset, title=f"拆分“{delegate.name}”", form=form, action="split")


admin.site.unregister(Delegate)
admin.site.register(Delegate, EditorialDelegateAdmin)


class EditorialMembershipAdmin(MembershipAdmin):
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        editorial.reindex(delegates=[obj.delegate_id])


admin.site.unregister(Membership)
admin.site.register(Membership, EditorialMembershipAdmin)
