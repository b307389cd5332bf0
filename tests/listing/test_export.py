"""The site's CSV and the API's CSV are built by one row builder over one list query: the same
filtered set gives the same file."""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def body(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.mark.parametrize("params", [{}, {"key_task": "industry"}, {"role": "member"}])
def test_the_site_csv_and_the_api_csv_of_one_filter_are_the_same_file(demo_articles, params):
    site = body(Client().get("/proposals/export.csv", params))
    api = body(APIClient().get("/api/v1/proposals/export.csv", params))
    assert site.count("\n") > 1
    assert site == api
