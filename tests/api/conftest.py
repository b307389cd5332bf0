"""Fixtures for the API tests: the demo articles ingested, clients with and without a token."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture
def api():
    """An anonymous client."""
    return APIClient()


@pytest.fixture
def data(demo_articles):
    """The four fictional demo articles, ingested (national, regional, provincial, municipal sessions)."""
    return demo_articles


def token_client(*permissions: str) -> tuple[APIClient, User]:
    user = User.objects.create_user(f"user{User.objects.count() + 1}", password="x")
    for codename in permissions:
        app_label, code = codename.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=code))
    token = Token.objects.create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client, user


@pytest.fixture
def staff_api(db):
    """A client with a token whose user may change proposals."""
    return token_client("proposals.change_proposal")[0]


@pytest.fixture
def reader_api(db):
    """A client with a token but no permission to change anything."""
    return token_client()[0]
