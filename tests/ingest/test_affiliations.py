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


@pytest.mark.parametrize(
    ("affiliation", "organization", "title"),
    [
        ("某区人民医院执业医生", "某区人民医院", "执业医生"),
        ("某律师事务所主任律师", "某律师事务所", "主任律师"),
        ("某电子研究所钳工", "某电子研究所", "钳工"),
        ("某交响乐团首席指挥", "某交响乐团", "首席指挥"),
    ],
)
def test_front_line_and_qualified_titles_split_from_the_organization(affiliation, organization, title):
    assert split_affiliation(affiliation) == (organization, title)


@pytest.mark.parametrize(
    ("affiliation", "organization", "title"),
    [
        # 虚构示例: a compound title (a field and its post) and trades stay whole after a company
        ("合肥某电子科技有限公司技术总监", "合肥某电子科技有限公司", "技术总监"),
        ("杭州某食品有限公司财务经理", "杭州某食品有限公司", "财务经理"),
        ("无锡某棉纺有限公司挡车工", "无锡某棉纺有限公司", "挡车工"),
        ("南通某建筑工程有限公司钢筋工", "南通某建筑工程有限公司", "钢筋工"),
        ("太原某钢铁有限公司炼钢工", "太原某钢铁有限公司", "炼钢工"),
    ],
)
def test_compound_titles_and_trades_are_split_whole(affiliation, organization, title):
    assert split_affiliation(affiliation) == (organization, title)
