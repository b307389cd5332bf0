"""Admin of the vocabulary proposals are tagged with: key tasks and sectors (topics), keywords one per line."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from ..models import KeyTask, Topic
from .forms import KeyTaskForm, TopicForm


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
