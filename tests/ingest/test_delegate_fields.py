"""Affiliations, delegations and proposals of shapes met on a blind set of articles (虚构示例: every
sentence is our own invention, other names and provinces)."""

from __future__ import annotations

from proposals.ingest.affiliations import split_affiliation
from proposals.ingest.delegations import delegation_after_name, delegation_in_sentence, trim_delegation
from proposals.ingest.parse import parse_article


def test_the_delegation_where_the_delegate_speaks_is_theirs():
    # 虚构示例
    article = parse_article(
        "2024年1月8日，南阳市十八届人大二次会议开幕。\n\n"
        "市人大代表、南阳某农机有限公司总工程师柴志强在卧龙区代表团审议时说，要做强农机装备。"
    )
    assert article.delegates[0].delegation == "卧龙区代表团"
    assert delegation_after_name("王某在甲区代表团审议时说", 2) == "甲区代表团"
    assert delegation_after_name("王某在会上说", 2) == ""


def test_a_county_congress_delegation_group_is_a_delegation():
    # 虚构示例
    article = parse_article(
        "2019年12月20日，祥云县人大会议开幕。\n\n"
        "刘厂镇代表组的县人大代表杨丽华是一名乡村教师。她说，要改善村小的条件，建议增加编制。"
    )
    found = {d.name: d for d in article.delegates}
    assert found["杨丽华"].delegation == "刘厂镇代表组"


def test_a_meeting_name_before_the_delegation_is_cut():
    assert trim_delegation("从十三届全国人大三次会议云南代表团") == "云南代表团"


def test_a_delegation_that_introduces_one_delegate_does_not_carry_to_the_next_sentence():
    # 虚构示例
    text = "此外，安徽代表团的全国人大代表、某社区党委书记孙梅提交了建议。全国人大代表程亮也发表了意见。"
    assert delegation_in_sentence(text, text.index("程亮")) == ""
    assert delegation_in_sentence(text, text.index("孙梅")) == "安徽代表团"
    # ...while a delegation's meeting still frames the people pictured in it
    group = "安徽代表团的代表们在审议报告。图中发言者为省人大代表、某镇党委书记程亮。"
    assert delegation_in_sentence(group, group.index("程亮")) == "安徽代表团"


def test_titles_with_professional_modifiers_split_whole():
    assert split_affiliation("农工党某省委会专职副主委") == ("农工党某省委会", "专职副主委")
    assert split_affiliation("执业大律师") == ("", "执业大律师")
    assert split_affiliation("某旗农牧局畜牧师") == ("某旗农牧局", "畜牧师")


def test_speakers_of_an_excerpt_column_each_get_the_paragraph_under_their_line():
    # 虚构示例: 摘登 of a county CPPCC session, role after the name, affiliation in brackets
    article = parse_article(
        "编者按：正蓝旗政协十届三次会议期间，委员们积极建言。现将部分委员发言摘登如下。\n\n"
        "宝力道委员（旗林草局工程师）：\n建议完善草原生态补偿机制，对禁牧户给予合理补助。\n\n"
        "萨仁高娃委员：\n建议在苏木开设托育点，方便牧民子女入托。\n\n"
        "旗政协委员、上都镇某合作社理事长高文说，要扶持奶食品加工，建议设立品牌扶持资金。\n"
    )
    found = {d.name: d for d in article.delegates}
    assert found["宝力道"].affiliation == "旗林草局工程师"
    owners = {p.delegates[0]: p.passage for p in article.proposals}
    assert set(owners) == {"宝力道", "萨仁高娃", "高文"}
    assert "禁牧户" in owners["宝力道"] and "托育点" in owners["萨仁高娃"] and "奶食品" in owners["高文"]
    assert "奶食品" not in owners["萨仁高娃"]
