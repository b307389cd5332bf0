"""A list costs the same number of queries whatever its page size (no query per record)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/proposals/",
    "/api/v1/proposals/?facets=key_task,sector,role,level,delegation,session,kind",
    "/api/v1/proposals/?paginate=cursor",
    "/api/v1/proposals/?q=建议&role=member&key_task=industry,innovation",
    "/api/v1/proposals/?year=2026,none&region=全国,广东,none&date_to=2030-12-31&delegation=none"
    "&key_task=industry,none&facets=year,region,date,key_task,sector,delegation",
    "/api/v1/delegates/",
    "/api/v1/delegates/?facets=role,level,delegation,session&session=2026-national",
    "/api/v1/articles/",
    "/api/v1/key-tasks/",
    "/api/v1/topics/",
    "/api/v1/sessions/",
    "/api/v1/changes/",
]


def queries(api, url: str, page_size: int) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = api.get(url, {"page_size": page_size})
    assert response.status_code == 200, response.content
    return len(captured.captured_queries), len(response.json()["results"])


@pytest.mark.parametrize("url", LISTS)
def test_query_count_does_not_grow_with_page_size(api, data, url):
    small, small_rows = queries(api, url, 1)
    large, large_rows = queries(api, url, 500)
    assert large_rows > small_rows
    assert large == small
