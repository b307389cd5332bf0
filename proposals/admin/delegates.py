"""The delegate admin, extended with what needs proposals: a delegate's proposals inline, merge,
split, deletion and restore; a saved delegate or membership is reindexed for search."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html

from delegates.admin import DelegateAdmin, MembershipAdmin
from delegates.models import Delegate, Membership

from .. import editorial
from ..models import ProposalDelegate
from ..services import delegate_merge, delegate_split
from .forms import SplitForm, SurvivorForm
from .pages import action_page, admin_link


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
        return admin_link(obj.proposal) + (" （已删除）" if obj.proposal.is_deleted else "")

    @admin.display(description="文章")
    def article(self, obj):
        return obj.proposal.article


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
            self.message_user(request, format_html("已合并到 {}。", admin_link(survivor)), messages.SUCCESS)
            return None
        return action_page(self, request, queryset, title="合并代表委员", form=form, action="merge")

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
            self.message_user(request, format_html("已拆分出新记录 {}。", admin_link(newcomer)), messages.SUCCESS)
            return None
        return action_page(self, request, queryset, title=f"拆分“{delegate.name}”", form=form, action="split")


admin.site.unregister(Delegate)
admin.site.register(Delegate, EditorialDelegateAdmin)


class EditorialMembershipAdmin(MembershipAdmin):
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        editorial.reindex(delegates=[obj.delegate_id])


admin.site.unregister(Membership)
admin.site.register(Membership, EditorialMembershipAdmin)
