"""The site's CSV and the API's CSV are built by one row builder over one list query: the same
filtered set gives the same file."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.test import Client, RequestFactory
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


def rows_of(text: str) -> list[dict]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_the_csv_is_utf8_with_a_bom_and_chinese_column_labels(demo_articles):
    response = Client().get("/proposals/export.csv")
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8").removeprefix("\ufeff").splitlines()[0]
    assert header.startswith("编号,链接,标题")
    for label in ("日期", "报纸", "版次", "原文链接", "代表委员", "重点工作", "领域"):
        assert label in header.split(",")


def test_csv_links_go_to_the_sites_own_pages_not_the_api(demo_articles):
    rows = rows_of(body(Client().get("/proposals/export.csv")))
    assert rows
    for row in rows:
        assert row["链接"] == f"http://testserver/proposals/{row['编号']}/"
        assert all(url.startswith("http://testserver/delegates/") for url in row["代表委员链接"].split("|") if url)
        assert "/api/" not in "".join(row.values())


def test_csv_rows_carry_the_date_newspaper_page_and_original_url(demo_articles):
    from proposals.models import Article

    article = demo_articles[0]
    Article.objects.filter(pk=article.pk).update(page="第03版", url="https://paper.example/2026/03/05/a.html")
    rows = rows_of(body(Client().get("/proposals/export.csv", {"article": article.pk})))
    assert rows
    for row in rows:
        assert row["日期"] == (article.published_on.isoformat() if article.published_on else "日期不详")
        assert row["报纸"] == article.newspaper
        assert row["版次"] == "第03版"
        assert row["原文链接"] == "https://paper.example/2026/03/05/a.html"


def test_csv_shows_labels_not_codes(demo_articles):
    rows = rows_of(body(Client().get("/proposals/export.csv", {"role": "member"})))
    assert rows
    assert all(set(row["身份"].split("|")) <= {"政协委员", "人大代表", "其他", ""} for row in rows)
    assert any("政协委员" in row["身份"] for row in rows)


def test_a_date_unknown_says_so(demo_articles):
    from proposals.models import Article

    Article.objects.update(published_on=None)
    rows = rows_of(body(Client().get("/proposals/export.csv")))
    assert {row["日期"] for row in rows} == {"日期不详"}


@pytest.mark.parametrize("params", [{"key_task": "industry"}, {"role": "member"}, {"q": "算力"}])
def test_the_csv_holds_exactly_the_filtered_list(demo_articles, params):
    from proposals.views.list_state import filtered

    everything = rows_of(body(Client().get("/proposals/export.csv")))
    some = rows_of(body(Client().get("/proposals/export.csv", params)))
    assert 0 < len(some) < len(everything)
    request = RequestFactory().get("/proposals/", params)
    queryset, _ = filtered(request)
    assert {int(r["编号"]) for r in some} == set(queryset.values_list("pk", flat=True))


def test_the_filename_names_the_filter_in_both_rfc_6266_forms(demo_articles):
    from proposals.models import KeyTask

    task = KeyTask.objects.get(slug="industry")
    response = Client().get("/proposals/export.csv", {"key_task": "industry", "role": "member"})
    disposition = response["Content-Disposition"]
    name = f"建议-政协委员-{task.short_name or task.name}.csv"
    assert f"filename*=UTF-8''{quote(name, safe='')}" in disposition
    assert disposition.startswith('attachment; filename="jianyi-')
    assert disposition.split('"')[1].isascii()


def test_an_unfiltered_export_is_named_all(demo_articles):
    assert quote("建议-全部.csv", safe="") in Client().get("/proposals/export.csv")["Content-Disposition"]
    assert quote("建议-全部.csv", safe="") in APIClient().get("/api/v1/proposals/export.csv")["Content-Disposition"]


PAYLOAD = '=HYPERLINK("http://evil.example/","点我")'


@pytest.mark.parametrize("url", ["/proposals/export.csv", "/api/v1/proposals/export.csv"])
def test_a_formula_in_a_passage_headline_or_affiliation_is_neutralised(demo_articles, url):
    from delegates.models import Membership
    from proposals.models import Proposal

    proposal = Proposal.objects.visible().filter(proposaldelegate__isnull=False).first()
    Proposal.objects.filter(pk=proposal.pk).update(passage=PAYLOAD, headline="+1" + PAYLOAD, summary="@SUM(A1)")
    Membership.objects.filter(delegate__proposaldelegate__proposal=proposal).update(affiliation="-" + PAYLOAD)
    text = body(Client().get(url) if url.startswith("/proposals") else APIClient().get(url))
    row = next(r for r in rows_of(text) if int(r["编号"]) == proposal.pk)
    assert row["原文段落"] == "'" + PAYLOAD
    assert row["标题"] == "'+1" + PAYLOAD
    assert row["摘要"] == "'@SUM(A1)"
    assert row["单位职务"].startswith("'-=HYPERLINK")
    cells = [cell for r in rows_of(text) for cell in r.values()]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_the_delegate_csv_is_labelled_linked_to_the_site_and_safe(demo_articles):
    from delegates.models import Delegate

    person = Delegate.objects.active().first()
    Delegate.objects.filter(pk=person.pk).update(disambiguation=PAYLOAD)
    response = APIClient().get("/api/v1/delegates/export.csv")
    assert quote("代表委员-全部.csv", safe="") in response["Content-Disposition"]
    row = next(r for r in rows_of(body(response)) if int(r["编号"]) == person.pk)
    assert row["链接"] == f"http://testserver/delegates/{person.pk}/"
    assert row["区分说明"] == "'" + PAYLOAD


def test_the_api_json_lines_keep_their_machine_keys_and_api_links(demo_articles):
    import json

    from proposals.listing import export

    lines = body(APIClient().get("/api/v1/proposals/export.jsonl")).splitlines()
    record = json.loads(lines[0])
    assert list(record) == export.PROPOSAL_COLUMNS
    assert record["url"].startswith("http://testserver/api/v1/proposals/")
