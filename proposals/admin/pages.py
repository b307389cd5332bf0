"""Small pieces the admin pages share: a link to a record's change page, a passage shown inside its
article, and the intermediate page of a bulk action."""

from __future__ import annotations

from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

CONTEXT_CHARS = 80


def admin_link(obj, text=None) -> str:
    """A link to ``obj``'s change page, reading ``text`` (``str(obj)`` when not given)."""
    meta = obj._meta
    return format_html(
        '<a href="{}">{}</a>', reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk]), text or str(obj)
    )


def passage_in_context(text: str, start: int, end: int) -> str:
    """The passage highlighted inside the article text around it."""
    return format_html(
        '<div class="lianghui-source">…{}<mark>{}</mark>{}…</div>',
        text[max(0, start - CONTEXT_CHARS) : start], text[start:end], text[end : end + CONTEXT_CHARS],
    )


def action_page(modeladmin, request, queryset, *, title: str, form, action: str, template: str = "admin/lianghui/action_form.html",
                extra: dict | None = None):
    """The page a bulk action shows to ask for its choices (``form``) before it runs."""
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
