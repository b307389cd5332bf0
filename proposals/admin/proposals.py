"""The proposal admin: list, filters and the page of one proposal, with its proposers, key tasks,
sectors and sources inline.

Every save goes through the staff-edit bookkeeping (a changed machine-owned field becomes a staff
value); a changed relation (proposers, key tasks, sectors) is locked as a whole. Deleting leaves a
tombstone the loader respects. Bulk actions: review, tag, re-tag, restore; the review queue is
``review.ReviewQueueMixin``.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Prefetch
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from delegates.admin import DelegationFilter, DeletedFilter, StaffEditsAdminMixin, mark_reviewed
from delegates.models import Origin, ReviewStatus

from .. import editorial
from ..models import Proposal, ProposalDelegate, ProposalKeyTask, ProposalSource, ProposalTopic
from .forms import KeyTaskChoiceForm, ProposalForm, TopicChoiceForm
from .pages import action_page, admin_link, passage_in_context
from .review import ReviewQueueMixin


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
        return action_page(modeladmin, request, queryset, title=f"{verb}{label}", form=form, action=name)

    action.__name__ = name
    return admin.action(description=f"{verb}{label}…", permissions=["change"])(action)


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
class ProposalAdmin(ReviewQueueMixin, StaffEditsAdminMixin, SimpleHistoryAdmin):
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
        return admin_link(obj.article, (obj.article.title or obj.article.source)[:30])

    @admin.display(description="编辑锁定")
    def locked(self, obj):
        return "、".join(obj.staff_fields) or "—"

    @admin.display(description="原文（上下文）")
    def source_context(self, obj):
        if obj.pk is None:
            return "—"
        return passage_in_context(obj.article.text, obj.start, obj.end)

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
