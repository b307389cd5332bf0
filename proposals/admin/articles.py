"""The article admin: articles come in by upload or the ingest command, never typed in; staff correct
their metadata (title, newspaper, date, page, original URL), and each field they change is locked
against re-ingestion until they hand it back (the 交还导入程序 action, or accepting the machine's
value of a conflict). With the proposals found in each; the upload page is ``upload.ArticleUploadMixin``."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Prefetch
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from delegates.admin import StaffEditsAdminMixin

from .. import editorial, search
from ..models import Article, Proposal, ProposalDelegate
from .pages import admin_link
from .upload import ArticleUploadMixin


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
        return admin_link(obj)

    @admin.display(description="提出者")
    def delegates_display(self, obj):
        return "、".join(link.delegate.name for link in obj.proposaldelegate_set.all())


@admin.register(Article)
class ArticleAdmin(StaffEditsAdminMixin, ArticleUploadMixin, SimpleHistoryAdmin):
    list_display = ("__str__", "newspaper", "published_on", "session", "proposal_count", "locked", "last_ingested_at",
                    "parser_version")
    list_filter = ("session", "newspaper", "published_on")
    search_fields = ("title", "source", "source_key", "text")
    date_hierarchy = "published_on"
    inlines = (ArticleProposalInline,)
    readonly_fields = ("source_key", "source", "text_display", "content_hash", "parser_version", "first_ingested_at",
                       "last_ingested_at", "updated_at", "staff_fields", "machine_values_display")
    fields = ("title", "sections", "newspaper", "published_on", "page", "url", "reporters", "photographers", "session",
              "staff_fields", "machine_values_display", "source_key", "source", "content_hash", "parser_version",
              "first_ingested_at", "last_ingested_at", "updated_at", "text_display")
    actions = ("unlock",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    autocomplete_fields = ("session",)
    list_select_related = ("session",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(proposal_total=Count("proposals", distinct=True))

    def has_add_permission(self, request):
        return False  # articles come in by upload (or the ingest command), never typed in

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)  # locks what staff changed (StaffEditsAdminMixin)
        search.index_articles([obj.pk])  # the title is searched

    @admin.action(description="交还导入程序（解除编辑锁定，恢复机器抽取值）", permissions=["change"])
    def unlock(self, request, queryset):
        count = sum(bool(editorial.article_unlock(article=article)) for article in queryset)
        self.message_user(request, f"{count} 篇文章的锁定字段已交还导入程序。", messages.SUCCESS)

    @admin.display(description="建议数", ordering="proposal_total")
    def proposal_count(self, obj):
        return obj.proposal_total

    @admin.display(description="正文（只读）")
    def text_display(self, obj):
        return format_html('<pre class="lianghui-text" style="white-space: pre-wrap">{}</pre>', obj.text)
