"""Admin users in each role, logged-in clients, and small helpers for the admin's forms."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client


def _staff(username: str, group: str | None = None, superuser: bool = False) -> User:
    user = User.objects.create_user(username, password="pw-" + username, is_staff=True, is_superuser=superuser)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def superuser(db) -> User:
    return _staff("chief", superuser=True)


@pytest.fixture
def editor(db) -> User:
    return _staff("editor1", "editor")


@pytest.fixture
def viewer(db) -> User:
    return _staff("viewer1", "viewer")


@pytest.fixture
def admin_client(superuser) -> Client:
    client = Client()
    client.force_login(superuser)
    return client


@pytest.fixture
def editor_client(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def viewer_client(viewer) -> Client:
    client = Client()
    client.force_login(viewer)
    return client


def inline_management(prefix: str, forms: list[dict], initial: int) -> dict:
    """POST data for one inline formset: management form plus each form's fields."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(forms)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, form in enumerate(forms):
        for name, value in form.items():
            data[f"{prefix}-{index}-{name}"] = value
    return data


def _field_values(form) -> dict:
    data = {}
    for bound in form:
        value = bound.value()
        name = bound.html_name
        if value is None:
            value = ""
        if isinstance(value, bool):
            if value:
                data[name] = "on"
            continue
        data[name] = [str(v) for v in value] if isinstance(value, list | tuple) else str(value)
    return data


def change_form_data(response) -> dict:
    """The POST a browser would send from an admin change page, unchanged: edit it, then post it."""
    context = response.context
    data = _field_values(context["adminform"].form)
    for inline in context.get("inline_admin_formsets", []):
        formset = inline.formset
        data.update(_field_values(formset.management_form))
        for form in formset.forms:
            data.update(_field_values(form))
    data["_save"] = "保存"
    return data
