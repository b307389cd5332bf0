"""Affiliations: where the organization ends and the job title begins."""

from __future__ import annotations

import pytest

from proposals.ingest.affiliations import split_affiliation


@pytest.mark.parametrize(
    ("affiliation", "organization", "title"),
    [
        ("中国航天科工集团第六研究院党委书记", "中国航天科工集团第六研究院", "党委书记"),
        ("一机集团党委书记、董事长", "一机集团", "党委书记、董事长"),
        ("乌海市第十二中学校长", "乌海市第十二中学", "校长"),
        ("自治区工业和信息化厅副厅长", "自治区工业和信息化厅", "副厅长"),
        ("青松县杏花镇柳湾村党支部书记、村委会主任", "青松县杏花镇柳湾村", "党支部书记、村委会主任"),
        ("北疆医科大学附属医院主任医师", "北疆医科大学附属医院", "主任医师"),
        ("北疆民族博物院研究馆员", "北疆民族博物院", "研究馆员"),
        ("农民", "", "农民"),
    ],
)
def test_affiliation_splits_into_organization_and_title(affiliation, organization, title):
    assert split_affiliation(affiliation) == (organization, title)
