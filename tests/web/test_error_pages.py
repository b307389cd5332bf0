"""The 404 and 500 pages: in Chinese, in the site's layout, with a way back and a search box; the
500 page renders without a request or the database. The API keeps its own JSON errors."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.test import Client

WAY_BACK = 'href="/"'
SEARCH_BOX = 'action="/proposals/" method="get" role="search"'


def assert_site_page(html: str) -> None:
    assert '<html lang="zh-Hans">' in html and 'class="masthead"' in html  # base.html's layout
    assert WAY_BACK in html and SEARCH_BOX in html and 'name="q"' in html


@pytest.mark.django_db
def test_an_unknown_page_is_a_chinese_404_in_the_site_layout(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "找不到这个页面" in html and "Not Found" not in html
    assert_site_page(html)


@pytest.mark.django_db
def test_an_unknown_record_gets_the_same_404_page(client):
    response = client.get("/proposals/999999/")
    assert response.status_code == 404 and "找不到这个页面" in response.content.decode()


def test_the_500_page_renders_without_a_request_or_the_database():
    # No django_db mark: any query here would raise.
    html = render_to_string("500.html")
    assert "服务器出错了" in html
    assert_site_page(html)


@pytest.mark.django_db
def test_a_failing_view_answers_with_the_chinese_500_page(settings):
    settings.ROOT_URLCONF = "tests.web.failing_urls"
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "服务器出错了" in html and "Server Error" not in html
    assert_site_page(html)


@pytest.mark.django_db
def test_the_api_still_answers_json_for_a_missing_record(client):
    response = client.get("/api/v1/proposals/999999/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
