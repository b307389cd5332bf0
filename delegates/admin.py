"""The editorial admin for delegates: people, their other names and their memberships.

Staff corrections are recorded as staff values (``staff_fields``) whichever way a record is saved,
so re-ingestion never overwrites them. ``proposals/admin.py`` extends ``DelegateAdmin`` with what
needs proposals (their inline, merge, split, deletion as a tombstone): this app does not import
``proposals``.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count, Prefetch
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from .editorial import records_mark_reviewed, staff_edit_note
from .models import Delegate, DelegateAlias, Membership, Session
from .services import delegate_pinyin


class StaffEditsAdminMixin:
    """Records every staff change to a machine-owned field, on the record and in its inlines."""

    @admin.display(description="编辑锁定", boolean=True)
    def locked(self, obj):
        return bool(obj.staff_fields)

    @admin.display(description="机器抽取值")
    def machine_values_display(self, obj):
        values = obj.machine_values or {}
        return format_html_join(mark_safe("<br>"), "{}：{}", sorted(values.items())) or "—"

    def save_model(self, request, obj, form, change):
        staff_edit_note(obj, form.changed_data)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if hasattr(formset.model, "MACHINE_FIELDS"):
            for inline_form in formset.forms:
                if not inline_form.has_changed() or (formset.can_delete and formset._should_delete_form(inline_form)):
                    continue
                staff_edit_note(inline_form.instance, inline_form.changed_data)
        super().save_formset(request, form, formset, change)


@admin.action(description="标记为已审核", permissions=["change"])
def mark_reviewed(modeladmin, request, queryset):
    count = records_mark_reviewed(records=queryset)
    modeladmin.message_user(request, f"已将 {count} 条记录标记为已审核。", messages.SUCCESS)


class DeletedFilter(admin.SimpleListFilter):
    """Tombstones are hidden unless asked for: staff deletions stay, out of the way."""

    title = "删除状态"
    parameter_name = "deleted"

    def lookups(self, request, model_admin):
        return (("yes", "已删除"), ("all", "全部"))

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "未删除",
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(is_deleted=True)
        if self.value() == "all":
            return queryset
        return queryset.filter(is_deleted=False)


class MergedFilter(admin.SimpleListFilter):
    title = "合并状态"
    parameter_name = "merged"

    def lookups(self, request, model_admin):
        return (("no", "现有记录"), ("yes", "已并入他人"))

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.filter(merged_into__isnull=True)
        if self.value() == "yes":
            return queryset.filter(merged_into__isnull=False)
        return queryset


class DelegationFilter(admin.SimpleListFilter):
    """By delegation (代表团); ``field_path`` leads from the listed model to ``Membership.delegation``."""

    title = "代表团"
    parameter_name = "delegation"
    field_path = "memberships__delegation"

    def lookups(self, request, model_admin):
        values = (
            Membership.objects.exclude(delegation="").values_list("delegation", flat=True).distinct().order_by("delegation")
        )
        return [(v, v) for v in values]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(**{self.field_path: self.value()}).distinct()
        return queryset


class MembershipDelegationFilter(DelegationFilter):
    field_path = "delegation"


class AliasInline(admin.TabularInline):
    model = DelegateAlias
    extra = 0
    verbose_name = "别名"
    verbose_name_plural = "别名（其他写法）"


class MembershipInline(admin.StackedInline):
    model = Membership
    extra = 0
    fields = (("session", "role", "level"), "delegation", "affiliation", ("organization", "title"),
              ("review_status", "origin"), "staff_fields")
    readonly_fields = ("origin", "staff_fields")
    autocomplete_fields = ("session",)
    show_change_link = True


@admin.register(Delegate)
class DelegateAdmin(StaffEditsAdminMixin, SimpleHistoryAdmin):
    list_display = ("name", "disambiguation", "memberships_summary", "proposal_count", "review_status", "origin",
                    "merged_into", "locked")
    list_display_links = ("name",)
    list_filter = (
        "review_status", "origin", "memberships__role", "memberships__level", "memberships__session",
        DelegationFilter, DeletedFilter, MergedFilter,
    )
    search_fields = ("name", "pinyin", "disambiguation", "aliases__name", "memberships__organization",
                     "memberships__affiliation", "memberships__title", "memberships__delegation")
    fieldsets = (
        (None, {"fields": ("name", "pinyin", "disambiguation")}),
        ("审核与来源", {"fields": ("review_status", "origin", "staff_fields", "machine_values_display", "merged_into", "is_deleted")}),
    )
    readonly_fields = ("origin", "staff_fields", "machine_values_display", "merged_into", "is_deleted")
    inlines = (AliasInline, MembershipInline)
    actions = (mark_reviewed,)
    list_per_page = 50

    def save_model(self, request, obj, form, change):
        # Pinyin follows the name unless staff typed their own.
        if "name" in form.changed_data and "pinyin" not in form.changed_data or not obj.pinyin:
            obj.pinyin = delegate_pinyin(obj.name)
        super().save_model(request, obj, form, change)

    def get_queryset(self, request):
        return (
            super().get_queryset(request)
            .select_related("merged_into")
            .prefetch_related(Prefetch("memberships", queryset=Membership.objects.select_related("session")))
            .annotate(proposal_total=Count("proposals", distinct=True))
        )

    @admin.display(description="身份")
    def memberships_summary(self, obj):
        return format_html_join(
            mark_safe("<br>"), "{} · {} · {}",
            ((m.get_role_display(), m.get_level_display(), m.title or m.affiliation or "—") for m in obj.memberships.all()),
        )

    @admin.display(description="建议数", ordering="proposal_total")
    def proposal_count(self, obj):
        return obj.proposal_total


@admin.register(Membership)
class MembershipAdmin(StaffEditsAdminMixin, SimpleHistoryAdmin):
    list_display = ("delegate", "session", "role", "level", "delegation", "organization", "title", "review_status", "origin")
    list_filter = ("role", "level", "session", MembershipDelegationFilter, "review_status", "origin")
    search_fields = ("delegate__name", "delegate__aliases__name", "delegation", "affiliation", "organization", "title")
    autocomplete_fields = ("delegate", "session")
    readonly_fields = ("origin", "staff_fields")
    list_select_related = ("delegate", "session")
    actions = (mark_reviewed,)


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ("name", "year", "level", "region", "slug")
    list_filter = ("level", "year")
    search_fields = ("name", "region", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(DelegateAlias)
class DelegateAliasAdmin(admin.ModelAdmin):
    list_display = ("name", "delegate")
    search_fields = ("name", "delegate__name")
    autocomplete_fields = ("delegate",)
    list_select_related = ("delegate",)

