"""The sign-up form: an email address and the list's query string (a hidden field)."""

from __future__ import annotations

from django import forms

from .matching import MAX_QUERY_LENGTH, normalize_query, query_errors


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label="邮箱地址", max_length=254,
        error_messages={"required": "请填写邮箱地址。", "invalid": "请填写有效的邮箱地址，如 name@example.com。"},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "placeholder": "name@example.com"}),
    )
    query = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH * 2, widget=forms.HiddenInput)

    def clean_query(self) -> str:
        query = normalize_query(self.cleaned_data.get("query", ""))
        errors = query_errors(query)
        if errors:
            details = "；".join(f"{name}：{' '.join(messages)}" for name, messages in errors.items())
            raise forms.ValidationError(f"要订阅的筛选条件无效（{details}）。")
        return query
