"""History: who changed what, when, from what to what, on every record; and revert."""

from __future__ import annotations

import pytest
from django.urls import reverse

from delegates.models import Delegate, Membership
from tests.admin.conftest import change_form_data

pytestmark = pytest.mark.django_db


def test_history_page_shows_who_changed_what(editor_client, editor, sample_article):
    delegate = Delegate.objects.get(name="赵勇")
    url = reverse("admin:delegates_delegate_change", args=[delegate.pk])
    data = change_form_data(editor_client.get(url))
    data["disambiguation"] = "航天科工"
    editor_client.post(url, data)
    page = editor_client.get(reverse("admin:delegates_delegate_history", args=[delegate.pk]))
    text = page.content.decode()
    assert page.status_code == 200 and "editor1" in text and "航天科工" in text


def test_revert_restores_an_earlier_value_and_keeps_it_a_staff_value(editor_client, sample_article):
    membership = Delegate.objects.get(name="赵勇").memberships.get()
    url = reverse("admin:delegates_membership_change", args=[membership.pk])
    original = membership.title
    data = change_form_data(editor_client.get(url))
    data["title"] = "错误的职务"
    assert editor_client.post(url, data).status_code == 302
    membership.refresh_from_db()
    assert membership.title == "错误的职务"

    old = membership.history.filter(title=original).earliest("history_date")
    revert_url = reverse("admin:delegates_membership_simple_history", args=[membership.pk, old.history_id])
    page = editor_client.get(revert_url)
    assert page.status_code == 200
    data = change_form_data(page)
    assert data["title"] == original
    assert editor_client.post(revert_url, data).status_code == 302
    membership = Membership.objects.get(pk=membership.pk)
    assert membership.title == original
    assert membership.history.first().title == original
    assert membership.history.count() >= 3
