"""The statistics page (统计): tables and charts of proposal counts that add up, count what is
missing as 未注明, link each bar to the filtered list, download as CSV, and cost a fixed number of
queries."""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.urls import reverse

from delegates.models import Level, Membership, Session
from proposals import stats
from proposals.models import Article, Proposal, ProposalKeyTask
from tests.conftest import SAMPLES_DIR, ingest_file
from tests.web.test_pages import queries_for

pytestmark = pytest.mark.django_db

STATS = "/stats/"


@pytest.fixture
def archive(sample_article):
    """The real sample page (内蒙古自治区, 2026) plus the four demo articles."""
    for path in sorted(SAMPLES_DIR.glob("*.md")):
        ingest_file(path)
    return sample_article


def table(response, slug: str) -> stats.Table:
    return next(item["table"] for item in response.context["tables"] if item["table"].slug == slug)


def by_label(table: stats.Table) -> dict[str, stats.Bucket]:
    return {bucket.label: bucket for bucket in table.buckets}


def list_params(url: str) -> dict[str, list[str]]:
    parts = urlsplit(url)
    assert parts.path == reverse("proposals:proposal_list")
    return parse_qs(parts.query)


def test_the_page_shows_a_chart_and_a_table_for_every_comparison(client, archive):
    response = client.get(STATS)
    assert response.status_code == 200
    html = response.content.decode()
    slugs = [item["table"].slug for item in response.context["tables"]]
    assert slugs == ["year", "region", "level", "key_task", "sector", "delegation", "delegate"]
    assert html.count('<svg class="chart"') == len(slugs)
    for slug in slugs:
        assert reverse("proposals:stats_csv", args=[slug]) in html
    assert "地区 × 重点工作" in html and "地区 × 领域" in html
    assert 'href="/stats/"' in html  # the navigation links the page


def test_the_session_tables_add_up_to_every_visible_proposal(client, archive):
    Proposal.objects.filter(pk=Proposal.objects.order_by("pk").first().pk).update(is_deleted=True)
    response = client.get(STATS)
    total = Proposal.objects.visible().count()
    assert response.context["total"] == total
    for slug in ("year", "region", "level"):
        assert sum(b.count for b in table(response, slug).buckets) == total, slug


def test_a_missing_year_region_or_delegation_is_counted_as_unknown(client, archive):
    nameless = Session.objects.create(year=None, level=Level.MUNICIPAL, region="", name="年份不详的两会", slug="unknown-year")
    Article.objects.filter(pk=archive.pk).update(session=nameless)
    moved = Proposal.objects.visible().filter(article=archive).count()
    # The demo pages that print no year are of unknown year too (年份不详, never the current year).
    unknown_year = Proposal.objects.visible().filter(article__session__year__isnull=True).count()
    response = client.get(STATS)
    assert by_label(table(response, "year"))[stats.UNKNOWN].count == unknown_year
    assert by_label(table(response, "region"))[stats.UNKNOWN].count >= moved
    delegations = by_label(table(response, "delegation"))
    assert delegations[stats.UNKNOWN].count > 0
    assert "未注明" in response.content.decode()


def test_a_national_session_is_shown_as_national_not_unknown(client, archive):
    national = Proposal.objects.visible().filter(article__session__level=Level.NATIONAL).count()
    assert national, "a demo article reports the national sessions"
    bucket = by_label(table(client.get(STATS), "region"))[stats.NATIONAL]
    assert bucket.count == national
    assert list_params(bucket.url) == {"level": ["national"]}


def test_each_bar_links_to_the_list_filtered_to_exactly_its_proposals(client, archive):
    response = client.get(STATS)
    year = by_label(table(response, "year"))["2026年"]
    assert list_params(year.url) == {"year": ["2026"]}
    region = by_label(table(response, "region"))["内蒙古自治区"]
    assert list_params(region.url) == {"region": ["内蒙古自治区"]}
    task = by_label(table(response, "key_task"))["文化强区"]
    assert list_params(task.url) == {"key_task": ["culture"]}
    assert task.count == Proposal.objects.visible().filter(key_tasks__slug="culture").distinct().count()
    person = table(response, "delegate").buckets[0]
    delegate_id = list_params(person.url)["delegate"][0]
    assert person.count == Proposal.objects.visible().filter(delegates__pk=delegate_id).count()
    html = response.content.decode()
    assert f'<a href="{task.url}" class="chart-bar">' in html


def test_the_page_filters_by_year_region_and_level_and_its_links_keep_the_filter(client, archive):
    response = client.get(STATS + "?region=内蒙古自治区&level=regional&year=2026")
    expected = Proposal.objects.visible().filter(
        article__session__region="内蒙古自治区", article__session__level="regional", article__session__year=2026
    )
    assert response.context["total"] == expected.count() > 0
    assert "统计 · 2026 · 内蒙古自治区 · 省级" in response.content.decode()
    params = list_params(table(response, "key_task").buckets[0].url)
    assert params.pop("key_task")
    assert params == {"year": ["2026"], "region": ["内蒙古自治区"], "level": ["regional"]}
    assert sum(b.count for b in table(response, "region").buckets) == expected.count()


def test_the_unknown_filter_narrows_the_page_to_missing_values(client, archive):
    nameless = Session.objects.create(year=None, level=Level.MUNICIPAL, region="", name="年份不详", slug="unknown")
    Article.objects.filter(pk=archive.pk).update(session=nameless)
    response = client.get(STATS + "?year=" + stats.UNKNOWN_PARAM)
    assert response.context["total"] == Proposal.objects.visible().filter(article__session__year__isnull=True).count()


def test_a_malformed_filter_is_a_400_that_names_it(client, archive):
    for query, name in (("?year=20x6", "year"), ("?level=galactic", "level")):
        response = client.get(STATS + query)
        assert response.status_code == 400
        assert name in response.content.decode() and "筛选条件无效" in response.content.decode()
        assert client.get(reverse("proposals:stats_csv", args=["year"]) + query).status_code == 400


def test_the_comparison_counts_each_region_under_each_key_task(client, archive):
    response = client.get(STATS + "?compare=region")
    matrix = response.context["matrices"][0]["matrix"]
    slugs = [slug for slug, _label in matrix.columns]
    row = next(r for r in matrix.rows if r["label"] == "内蒙古自治区")
    for slug, (count, url) in zip(slugs, row["cells"], strict=True):
        expected = (
            ProposalKeyTask.objects.filter(proposal__is_deleted=False, key_task__slug=slug,
                                           proposal__article__session__region="内蒙古自治区")
            .values("proposal").distinct().count()
        )
        assert count == expected, slug
        assert list_params(url) == {"region": ["内蒙古自治区"], "key_task": [slug]}
    years = client.get(STATS + "?compare=year").context["matrices"][1]["matrix"]
    # Key tasks come from a session's own plan: only 2026 (the demo pages of unknown year have none).
    assert years.row_label == "年份" and [r["label"] for r in years.rows][0] == "2026年"


def read_csv(response) -> list[list[str]]:
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(body[1:])))


def test_each_table_downloads_as_csv_with_chinese_labels_and_the_same_counts(client, archive):
    page = client.get(STATS + "?year=2026")
    response = client.get(reverse("proposals:stats_csv", args=["region"]) + "?year=2026")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "统计-各地区的建议数-2026.csv" in unquote(response["Content-Disposition"])
    rows = read_csv(response)
    assert rows[0] == ["地区", "建议数", "占比", "建议列表"]
    assert {r[0]: int(r[1]) for r in rows[1:]} == {b.label: b.count for b in table(page, "region").buckets}
    assert all(r[3].startswith("http://testserver/proposals/?") for r in rows[1:])


def test_a_comparison_downloads_as_csv_with_a_column_per_key_task(client, archive):
    rows = read_csv(client.get(reverse("proposals:stats_csv", args=["region-key_task"])))
    assert rows[0][0] == "地区" and "文化强区" in rows[0] and rows[0][-1] == "建议列表"
    assert any(r[0] == "内蒙古自治区" for r in rows[1:])


def test_an_unknown_table_is_404(client, archive):
    assert client.get(reverse("proposals:stats_csv", args=["nothing"])).status_code == 404


def test_a_delegation_that_looks_like_a_formula_is_written_as_text(client, archive):
    membership = Membership.objects.filter(session__isnull=False).first()
    membership.delegation = "=HYPERLINK(1)"
    membership.save()
    rows = read_csv(client.get(reverse("proposals:stats_csv", args=["delegation"])))
    assert ["'=HYPERLINK(1)"] == [r[0] for r in rows if "HYPERLINK" in r[0]]


def test_an_empty_archive_shows_empty_states(client, db):
    response = client.get(STATS)
    assert response.status_code == 200
    assert response.context["total"] == 0 and "暂无数据" in response.content.decode()


def test_queries_do_not_grow_with_rows(client, sample_article):
    small = queries_for(client, STATS)
    for path in sorted(SAMPLES_DIR.glob("*.md")):
        ingest_file(path)
    large = queries_for(client, STATS)
    assert large <= small, f"{small} queries with one article, {large} with five"
    assert queries_for(client, reverse("proposals:stats_csv", args=["region-key_task"])) <= small


def test_a_bar_for_missing_values_links_to_the_list_filtered_the_same_way(client, archive):
    nameless = Session.objects.create(year=None, level=Level.MUNICIPAL, region="", name="年份不详的会议", slug="no-year")
    Article.objects.filter(pk=archive.pk).update(session=nameless)
    page = client.get(STATS).content.decode()
    assert "year=none" in page
    listed = client.get(reverse("proposals:proposal_list") + "?year=none")
    assert listed.status_code == 200
    assert listed.context["paginator"].count == Proposal.objects.visible().filter(article__session__year__isnull=True).count()
