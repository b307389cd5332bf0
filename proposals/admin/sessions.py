"""The session admin with what proposals need: the session's key-task plan inline, and an action that
retags the session's proposals with that plan (staff-set tags stay)."""

from __future__ import annotations

from django.contrib import admin, messages

from delegates.admin import SessionAdmin
from delegates.models import Session

from ..editorial import proposals_retag
from ..models import KeyTask, Proposal


class KeyTaskInline(admin.TabularInline):
    model = KeyTask
    fields = ("order", "slug", "name", "short_name")
    extra = 0
    show_change_link = True
    verbose_name_plural = "本会议的重点工作（关键词在重点工作页面编辑）"


class EditorialSessionAdmin(SessionAdmin):
    inlines = (KeyTaskInline,)
    actions = ("retag_with_own_plan",)

    @admin.action(description="按本会议重点工作重新归类")
    def retag_with_own_plan(self, request, queryset):
        proposals = Proposal.objects.filter(article__session__in=queryset)
        report = proposals_retag(proposals=proposals.iterator())
        self.message_user(
            request,
            f"已重新归类：{report['retagged']} 条有变化，{report['unchanged']} 条不变，"
            f"{report['locked']} 条由编辑锁定，{report['deleted']} 条已删除（跳过）。",
            messages.SUCCESS,
        )


admin.site.unregister(Session)
admin.site.register(Session, EditorialSessionAdmin)
