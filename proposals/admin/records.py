"""Admin of the records ingestion writes beside proposals: name reviews and conflicts (staff decide),
sources, mentions, and the link tables behind a proposal's proposers, key tasks and sectors."""

from __future__ import annotations

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from .. import editorial
from ..models import (
    ArticleMention,
    Conflict,
    NameReview,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalSource,
    ProposalTopic,
)
from ..services import delegate_merge
from .forms import SurvivorForm
from .pages import action_page, admin_link


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
        return admin_link(obj.delegate)

    @admin.display(description="同名者")
    def candidates_display(self, obj):
        return format_html_join("、", "{}", ((admin_link(c),) for c in obj.candidates.all()))

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
            self.message_user(request, format_html("已并入 {}。", admin_link(survivor)), messages.SUCCESS)
            return None
        return action_page(self, request, queryset, title=f"把“{review.name}”并入同名者", form=form,
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
            return admin_link(obj.proposal)
        if obj.membership_id:
            return format_html('<a href="{}">{}（身份）</a>',
                               reverse("admin:delegates_membership_change", args=[obj.membership_id]), obj.delegate or "")
        if obj.delegate_id:
            return admin_link(obj.delegate)
        return format_html("{}（文章）", admin_link(obj.article)) if obj.article_id else "—"

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
