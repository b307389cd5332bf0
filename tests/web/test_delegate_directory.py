"""The delegate directory: filters by a membership's level, region, role and delegation, proposal
counts, sorting by name (pinyin) or count, pages, an empty state and a delegation ranking that
counts 未注明."""

from __future__ import annotations

import pytest

from delegates.models import Delegate, Level, Membership, Role, Session
from proposals import directory
from proposals.models import Proposal
from tests.conftest import SAMPLES_DIR, ingest_file
from tests.web.test_pages import queries_for

pytestmark = pytest.mark.django_db

URL = "/delegates/"


@pytest.fixture
def archive(sample_article):
    for path in sorted(SAMPLES_DIR.glob("*.md")):
        ingest_file(path)
    return sample_article


def listed(client, query: str = "") -> list[Delegate]:
    response = client.get(URL + query)
    assert response.status_code == 200, query
    return [item["delegate"] for item in response.context["delegates"]]


def test_each_delegate_shows_their_count_of_visible_proposals(client, archive):
    zhao = Delegate.objects.get(name="赵勇")
    expected = Proposal.objects.visible().filter(delegates=zhao).count()
    assert expected
    shown = next(d for d in listed(client, "?q=赵勇") if d.pk == zhao.pk)
    assert shown.proposal_count == expected
    Proposal.objects.filter(delegates=zhao).update(is_deleted=True)
    assert next(d for d in listed(client, "?q=赵勇") if d.pk == zhao.pk).proposal_count == 0


def test_sorted_by_pinyin_by_default_and_by_count_on_request(client, archive):
    people = listed(client)
    assert [d.pinyin for d in people] == sorted(d.pinyin for d in people)
    by_count = listed(client, "?sort=count")
    counts = [d.proposal_count for d in by_count]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    html = client.get(URL + "?sort=count").content.decode()
    assert '<strong aria-current="true">按建议数</strong>' in html


@pytest.mark.parametrize("name,value", [("role", Role.MEMBER), ("level", Level.REGIONAL)])
def test_filters_by_role_and_level_of_a_membership(client, archive, name, value):
    people = listed(client, f"?{name}={value}")
    assert people
    expected = set(Delegate.objects.active().filter(**{f"memberships__{name}": value}).values_list("pk", flat=True))
    assert {d.pk for d in people} == expected


def test_filters_by_region_and_by_national(client, archive):
    people = listed(client, "?region=内蒙古自治区")
    assert people and all(
        Membership.objects.filter(delegate=d, session__region="内蒙古自治区").exists() for d in people
    )
    national = listed(client, "?region=" + directory.NATIONAL)
    assert national and all(
        Membership.objects.filter(delegate=d, session__level=Level.NATIONAL).exists() for d in national
    )


def test_role_and_region_must_hold_in_the_same_membership(client, db):
    person = Delegate.objects.create(name="测试员", pinyin="ceshiyuan")
    here = Session.objects.create(year=2026, level=Level.REGIONAL, region="甲省", name="甲省两会", slug="a")
    there = Session.objects.create(year=2026, level=Level.REGIONAL, region="乙省", name="乙省两会", slug="b")
    Membership.objects.create(delegate=person, session=here, role=Role.DEPUTY, level=Level.REGIONAL)
    Membership.objects.create(delegate=person, session=there, role=Role.MEMBER, level=Level.REGIONAL)
    assert listed(client, "?region=甲省&role=deputy") == [person]
    assert listed(client, "?region=甲省&role=member") == []


def test_filters_by_delegation_and_by_unknown_delegation(client, archive):
    membership = Membership.objects.exclude(delegation="").first()
    people = listed(client, "?delegation=" + membership.delegation)
    assert membership.delegate in people
    assert all(Membership.objects.filter(delegate=d, delegation=membership.delegation).exists() for d in people)
    unknown = listed(client, "?delegation=" + directory.UNKNOWN)
    assert unknown and membership.delegate not in unknown
    assert not Membership.objects.filter(delegate__in=unknown).exclude(delegation="").exists()


def test_the_delegation_ranking_counts_unknown_so_the_rows_add_up(client, archive):
    response = client.get(URL)
    ranking = response.context["ranking"]
    unknown = next(row for row in ranking if row["label"] == directory.UNKNOWN)
    assert unknown["delegates"] == len(listed(client, "?delegation=" + directory.UNKNOWN))
    assert sum(row["delegates"] for row in ranking) >= response.context["paginator"].count
    assert "delegation=" in unknown["url"]
    assert "代表团" in response.content.decode()


def test_pages_of_sixty(client, db):
    Delegate.objects.bulk_create(Delegate(name=f"代表{i:03}", pinyin=f"daibiao{i:03}") for i in range(61))
    first = client.get(URL)
    assert len(first.context["delegates"]) == 60 and first.context["paginator"].num_pages == 2
    assert [d.name for d in listed(client, "?page=2")] == ["代表060"]
    assert 'href="?sort=count&amp;page=2"' in client.get(URL + "?sort=count").content.decode()


def test_no_match_shows_an_empty_state(client, archive):
    response = client.get(URL + "?delegation=不存在的代表团")
    assert response.status_code == 200 and "没有找到" in response.content.decode()


def test_an_unknown_level_is_a_400_naming_it(client, archive):
    response = client.get(URL + "?level=galactic")
    assert response.status_code == 400
    assert "level" in response.content.decode() and "筛选条件无效" in response.content.decode()


def test_filters_combine_with_search(client, archive):
    people = listed(client, "?q=zhao&role=deputy")
    assert people and all(
        Membership.objects.filter(delegate=d, role=Role.DEPUTY).exists() for d in people
    )


@pytest.mark.parametrize("query", ["", "?sort=count&role=member", "?q=zhao", "?delegation=" + directory.UNKNOWN])
def test_queries_do_not_grow_with_rows(client, sample_article, query):
    small = queries_for(client, URL + query)
    for path in sorted(SAMPLES_DIR.glob("*.md")):
        ingest_file(path)
    assert queries_for(client, URL + query) <= small
