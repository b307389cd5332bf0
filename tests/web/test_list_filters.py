"""The proposal list's year, region and date filters, its heading, its date order and its feed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.urls import reverse

from proposals.models import Article, Proposal

pytestmark = pytest.mark.django_db

LIST = reverse("proposals:proposal_list")
FEED = reverse("proposals:proposals_feed")
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return [e.find(f"{ATOM}link").get("href") for e in ET.fromstring(response.content).iter(f"{ATOM}entry")]


def test_the_heading_names_the_filters_and_the_count(client, demo_articles, sample_article):
    response = client.get(LIST + "?year=2026&region=内蒙古&key_task=industry")
    count = response.context["paginator"].count
    expected = Proposal.objects.visible().filter(
        article__session__region="内蒙古自治区", key_task_links__key_task__slug="industry").distinct().count()
    assert count == expected > 0
    heading = response.context["heading"]
    assert heading.startswith("2026 · 内蒙古 · ") and f"{heading} · {count} 条" in response.content.decode()


def test_the_unfiltered_heading_says_all(client, sample_article):
    assert client.get(LIST).context["heading"] == "全部建议"


def test_year_and_region_facets_link_to_the_filtered_list(client, demo_articles, sample_article):
    facets = {g["name"]: g for g in client.get(LIST).context["facets"]}
    region = next(b for b in facets["region"]["buckets"] if b["value"] == "内蒙古")
    assert "region=%E5%86%85%E8%92%99%E5%8F%A4" in region["url"]
    assert client.get(LIST + region["url"]).context["paginator"].count == region["count"]
    assert [b["value"] for b in facets["year"]["buckets"]][:1] == ["2026"]


def test_a_missing_value_is_a_filter_too(client, demo_articles):
    response = client.get(LIST + "?delegation=none")
    assert response.status_code == 200
    assert "代表团未注明" in response.context["heading"]


def test_a_malformed_year_is_a_400_naming_it(client, sample_article):
    response = client.get(LIST + "?year=twenty")
    assert response.status_code == 400 and "year" in response.content.decode()


def test_rows_show_the_date_or_say_it_is_unknown(client, sample_article):
    page = client.get(LIST).content.decode()
    assert "日期不详" in page
    Article.objects.update(published_on=date(2026, 3, 5))
    page = client.get(LIST).content.decode()
    assert "2026年3月5日" in page and "日期不详" not in page


def test_the_list_sorts_by_date_both_ways(client, demo_articles):
    articles = list(Article.objects.filter(proposals__isnull=False).distinct().order_by("pk"))
    for day, article in enumerate(articles, start=1):
        Article.objects.filter(pk=article.pk).update(published_on=date(2026, 3, day))
    newest = [r["proposal"].article.published_on for r in client.get(LIST).context["rows"]]
    oldest = [r["proposal"].article.published_on for r in client.get(LIST + "?sort=oldest").context["rows"]]
    assert newest == sorted(newest, reverse=True) and oldest == sorted(oldest)
    assert oldest[0] < newest[0]


def test_the_feed_follows_the_search(client, demo_articles, sample_article):
    everything = entries(client, FEED)
    found = entries(client, FEED + "?q=商业航天")
    assert 0 < len(found) < len(everything)
    ids = [int(url.rstrip("/").rsplit("/", 1)[1]) for url in found]
    listed = {r["proposal"].pk for r in client.get(LIST + "?q=商业航天").context["rows"]}
    assert set(ids) <= listed


def test_the_feed_follows_year_and_region_and_refuses_bad_values(client, demo_articles, sample_article):
    found = entries(client, FEED + "?region=内蒙古")
    ids = {int(url.rstrip("/").rsplit("/", 1)[1]) for url in found}
    assert ids and all(p.article.session.region == "内蒙古自治区" for p in Proposal.objects.filter(pk__in=ids))
    assert client.get(FEED + "?year=abc").status_code == 400


def test_the_list_links_its_feed_visibly_and_for_feed_readers(client, sample_article):
    page = client.get(LIST + "?q=航天&year=2026").content.decode()
    href = FEED + "?q=%E8%88%AA%E5%A4%A9&amp;year=2026"
    assert 'type="application/atom+xml" title="订阅：' in page and f'href="{href}"' in page
    assert f'<a class="feed" href="{href}">' in page


def test_the_date_facet_counts_months_and_unknown_dates_and_links_a_month(client, demo_articles):
    dated = Article.objects.filter(proposals__isnull=False).distinct().order_by("pk").first()
    Article.objects.filter(pk=dated.pk).update(published_on=date(2026, 2, 27))
    in_february = Proposal.objects.visible().filter(article=dated).count()
    group = next(g for g in client.get(LIST).context["facets"] if g["name"] == "date")
    february, unknown = group["buckets"]
    assert (february["value"], february["label"], february["count"]) == ("2026-02", "2026年2月", in_february)
    assert "date_from=2026-02-01&date_to=2026-02-28" in february["url"]
    assert client.get(LIST + february["url"]).context["paginator"].count == in_february
    assert unknown["label"] == "未注明" and "date_from=none" in unknown["url"]
    assert client.get(LIST + unknown["url"]).context["paginator"].count == unknown["count"]
    chosen = client.get(LIST + february["url"]).context["facets"]
    assert next(g for g in chosen if g["name"] == "date")["buckets"][0]["selected"]
