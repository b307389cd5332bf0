"""Subscriptions in the admin: listed, searched by address, stopped or removed."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils import timezone

from .models import Digest, Status, Subscription


class DigestInline(admin.TabularInline):
    model = Digest
    fields = ("sent_at", "proposal_count")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False
    ordering = ("-sent_at",)

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ("email", "label", "status", "created_at", "confirmed_at", "last_sent_at")
    list_filter = ("status",)
    search_fields = ("email", "label", "query")
    date_hierarchy = "created_at"
    # Read-only: only the address owner confirms (double opt-in); staff stop or delete.
    readonly_fields = fields = (
        "email", "label", "query", "status", "created_at", "confirmed_at", "unsubscribed_at", "after_id",
        "last_sent_at",
    )
    inlines = [DigestInline]
    actions = ["unsubscribe"]

    def has_add_permission(self, request) -> bool:
        return False  # sign-ups are double opt-in: only the reader can create one

    @admin.action(description="退订所选订阅", permissions=["change"])
    def unsubscribe(self, request, queryset) -> None:
        count = queryset.exclude(status=Status.UNSUBSCRIBED).update(
            status=Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
        )
        self.message_user(request, f"已退订 {count} 项订阅。", messages.SUCCESS)
