"""``/healthz`` reports whether this instance can reach its database."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import connections
from django.db.utils import InterfaceError, OperationalError

from config import health


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_healthz_answers_503_with_the_error_class_when_the_database_is_unreachable(client):
    refused = OperationalError(
        'connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused'
    )

    with mock.patch.object(connections["default"], "cursor", side_effect=refused):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "OperationalError"}
    # The message names hosts; only the class name leaves the server.
    assert b"10.0.0.5" not in response.content


@pytest.mark.django_db
def test_healthz_reports_a_connection_lost_mid_query(client):
    cursor = mock.MagicMock()
    cursor.__enter__.return_value.execute.side_effect = InterfaceError("connection already closed")

    with mock.patch.object(connections["default"], "cursor", return_value=cursor):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "InterfaceError"


def test_a_failing_replica_makes_the_instance_unhealthy(rf):
    fake = mock.MagicMock()
    fake.settings = {"default": {}, "replica": {}}
    replica = mock.MagicMock()
    replica.cursor.side_effect = OperationalError("replica down")
    fake.__getitem__.side_effect = lambda alias: replica if alias == "replica" else mock.MagicMock()

    with mock.patch.object(health, "connections", fake):
        response = health.healthz(rf.get("/healthz"))

    assert response.status_code == 503
    assert response.content == b'{"status": "error", "database": "ok", "replica": "OperationalError"}'


@pytest.mark.django_db
def test_healthz_is_never_cached(client):
    response = client.get("/healthz")

    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_head_and_refuses_writes(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_healthz_is_not_redirected_to_https(client, settings):
    # The container's health check calls plain HTTP on loopback, even when the site forces HTTPS.
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/healthz").status_code == 200
    assert client.get("/admin/login/").status_code == 301
