"""The journalists' pages: each renders, escapes what articles contain, and costs a number of
database queries that does not grow with the number of rows it shows."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from delegates.models import Delegate
from proposals.models import Article, KeyTask, Proposal, Topic
from proposals.services import delegate_merge
from tests.conftest import SAMPLES_DIR, ingest_file

pytestmark = pytest.mark.django_db


def page_urls() -> dict[str, str]:
    """One URL per page kind, over whatever is in the database."""
    proposal = Proposal.objects.visible().order_by("pk").first()
    delegate = Delegate.objects.active().filter(proposals__isnull=False).order_by("pk").first()
    task = KeyTask.objects.order_by("order").first()
    topic = Topic.objects.order_by("order").first()
    article = Article.objects.order_by("pk").first()
    return {
        "home": reverse("proposals:home"),
        "list": reverse("proposals:proposal_list"),
        "list_search": reverse("proposals:proposal_list") + "?q=发展",
        "list_facets": reverse("proposals:proposal_list") + "?key_task=industry&role=member&sort=newest",
        "list_page_2": reverse("proposals:proposal_list") + "?page=2",
        "list_where_when": reverse("proposals:proposal_list")
        + "?year=2026,none&region=内蒙古,全国,none&date_to=2030-12-31&delegation=none&sort=oldest",
        "feed_filtered": reverse("proposals:proposals_feed") + "?q=发展&year=2026&region=内蒙古",
        "csv": reverse("proposals:proposal_list_csv") + "?key_task=industry",
        "proposal": reverse("proposals:proposal_detail", args=[proposal.pk]),
        "delegate": reverse("proposals:delegate_detail", args=[delegate.pk]),
        "delegates": reverse("proposals:delegate_list"),
        "delegates_search": reverse("proposals:delegate_list") + "?q=zhao",
        "key_task": reverse("proposals:key_task_detail", args=[task.slug]),
        "sector": reverse("proposals:topic_detail", args=[topic.slug]),
        "article": reverse("proposals:article_detail", args=[article.pk]),
        "feed": reverse("proposals:proposals_feed"),
        "feed_key_task": reverse("proposals:key_task_feed", args=[task.slug]),
        "feed_sector": reverse("proposals:topic_feed", args=[topic.slug]),
        "feed_delegate": reverse("proposals:delegate_feed", args=[delegate.pk]),
    }


def queries_for(client, url: str) -> int:
    client.get(url)  # warm: the search segmenter learns the names on record
    cache.clear()  # count the facet queries too, not their cached result
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(captured)


def test_every_page_renders(client, sample_article):
    for name, url in page_urls().items():
        response = client.get(url)
        assert response.status_code == 200, name


PAGES = [
    "home", "list", "list_search", "list_facets", "list_page_2", "list_where_when", "feed_filtered", "csv", "proposal", "delegate", "delegates",
    "delegates_search", "key_task", "sector", "article", "feed", "feed_key_task", "feed_sector", "feed_delegate",
]


@pytest.mark.parametrize("page", PAGES)
def test_queries_do_not_grow_with_rows(client, sample_article, page):
    small = queries_for(client, page_urls()[page])
    for path in sorted(SAMPLES_DIR.glob("*.md")):
        ingest_file(path)
    # The same page kind over four times the articles (the URL may now name other records).
    large = queries_for(client, page_urls()[page])
    assert large <= small, f"{page}: {small} queries with one article, {large} with five"


def test_filter_by_key_task_lists_only_its_proposals(client, sample_article):
    response = client.get(reverse("proposals:proposal_list") + "?key_task=culture")
    assert "云宇峰" in response.content.decode()
    rows = response.context["rows"]
    assert rows and all("culture" in {link.key_task.slug for link in r["proposal"].key_task_links.all()} for r in rows)


def test_facets_count_the_filtered_set(client, sample_article):
    response = client.get(reverse("proposals:proposal_list") + "?key_task=culture")
    total = response.context["paginator"].count
    key_task_group = next(g for g in response.context["facets"] if g["name"] == "key_task")
    culture = next(b for b in key_task_group["buckets"] if b["value"] == "culture")
    assert culture["count"] == total and culture["selected"]
    # Its link removes the filter again.
    assert "key_task=culture" not in culture["url"]


def test_search_shows_matching_delegates_and_highlights(client, sample_article):
    response = client.get(reverse("proposals:proposal_list") + "?q=zhaoyong")
    assert [d.name for d in response.context["matching_delegates"]] == ["赵勇"]
    response = client.get(reverse("proposals:proposal_list") + "?q=算力")
    assert "<mark>算力</mark>" in response.content.decode()


def test_an_unknown_filter_value_is_a_clear_400(client, sample_article):
    response = client.get(reverse("proposals:proposal_list") + "?key_task=no-such-task")
    assert response.status_code == 400
    assert "筛选条件无效" in response.content.decode()
    response = client.get(reverse("proposals:proposal_list_csv") + "?key_task=no-such-task")
    assert response.status_code == 400


def test_nonsense_page_numbers_and_sorts_do_not_fail(client, sample_article):
    for query in ("?page=0", "?page=999", "?page=abc", "?sort=evil", "?q=" + "长" * 3000, "?q=%3Cscript%3E"):
        assert client.get(reverse("proposals:proposal_list") + query).status_code == 200
    # A NUL character is refused by the form, with the page explaining why.
    response = client.get(reverse("proposals:proposal_list") + "?q=%00")
    assert response.status_code == 400 and "筛选条件无效" in response.content.decode()


def test_empty_result_has_an_empty_state(client, sample_article):
    response = client.get(reverse("proposals:proposal_list") + "?q=不存在的词语组合喵喵")
    assert response.status_code == 200
    assert "没有找到符合条件的建议" in response.content.decode()


def test_csv_is_exactly_the_filtered_list(client, sample_article):
    url = reverse("proposals:proposal_list")
    query = "?key_task=industry&role=member"
    listed = client.get(url + query).context["paginator"].object_list
    response = client.get(reverse("proposals:proposal_list_csv") + query)
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert sorted(int(r["编号"]) for r in rows) == sorted(p.pk for p in listed)
    assert response["Content-Type"].startswith("text/csv")


def test_proposal_page_highlights_the_passage_in_the_article(client, sample_article):
    proposal = Proposal.objects.filter(delegates__name="袁永升").first()
    html = client.get(reverse("proposals:proposal_detail", args=[proposal.pk])).content.decode()
    assert 'id="passage"' in html
    assert "[N]. " in html  # the GB/T 7714 citation (no public link: testserver is not a public host)
    assert "袁永升" in html


def test_public_pages_show_only_passages_when_full_text_is_off(client, sample_article, settings):
    settings.LIANGHUI_PUBLIC_FULL_TEXT = False
    unattributed = sample_article.text[sample_article.blocks[3][1] : sample_article.blocks[3][2]]
    assert not Proposal.objects.filter(passage__contains=unattributed).exists()
    for url in (
        reverse("proposals:article_detail", args=[sample_article.pk]),
        reverse("proposals:proposal_detail", args=[Proposal.objects.filter(article=sample_article).first().pk]),
    ):
        html = client.get(url).content.decode()
        assert unattributed not in html


def test_a_merged_delegate_redirects_permanently_to_the_survivor(client, sample_article):
    survivor = Delegate.objects.get(name="赵勇")
    other = Delegate.objects.create(name="赵勇", pinyin="zhaoyong")
    delegate_merge(survivor=survivor, others=[other])
    response = client.get(reverse("proposals:delegate_detail", args=[other.pk]))
    assert response.status_code == 301
    assert response["Location"] == reverse("proposals:delegate_detail", args=[survivor.pk])


def test_namesakes_are_told_apart(client, sample_article):
    first = Delegate.objects.get(name="赵勇")
    second = Delegate.objects.create(name="赵勇", pinyin="zhaoyong", disambiguation="呼伦贝尔市")
    html = client.get(reverse("proposals:delegate_detail", args=[first.pk])).content.decode()
    assert "同名" in html and reverse("proposals:delegate_detail", args=[second.pk]) in html


def test_unknown_records_are_404(client, db):
    for url in ("/proposals/999999/", "/delegates/999999/", "/articles/999999/", "/key-tasks/nope/", "/sectors/nope/"):
        assert client.get(url).status_code == 404, url


HOSTILE = """（虚构测试：检查输出转义）
测试日报

# 标题<script>alert('t')</script><b>粗体</b>

本报记者 测试员

“要加快<script>document.write('x')</script>算力产业发展<img src=x onerror=alert(1)>。”自治区人大代表、测试科技有限公司董事长王建国表示。他建议，推动<a href="javascript:alert(2)">链接</a>数字经济发展。
"""


def test_an_article_with_html_in_it_renders_harmlessly(client, db, tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, "utf-8")
    article = ingest_file(path).article
    urls = [reverse("proposals:article_detail", args=[article.pk]), reverse("proposals:proposal_list") + "?q=算力"]
    urls += [reverse("proposals:proposal_detail", args=[p.pk]) for p in Proposal.objects.filter(article=article)]
    urls += [reverse("proposals:delegate_detail", args=[d.pk]) for d in Delegate.objects.all()]
    assert len(urls) > 2, "the hostile article should yield a proposal"
    for url in urls:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<script>document" not in html, url
        assert "<img src=x" not in html and 'href="javascript:' not in html, url
    assert "&lt;script&gt;" in client.get(urls[0]).content.decode()


def test_feeds_are_atom(client, sample_article):
    response = client.get(reverse("proposals:proposals_feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "<feed" in response.content.decode()
