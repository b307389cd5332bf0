"""The region of a session whose body the text names barely (自治区人大, 市十五届人大) or with a word glued
before the place (今日九江市), and headlines after a masthead line (issue 13: holdout3, holdout4 and
holdout5 showed them). Fictional sentences (虚构示例) in other provinces, years and levels."""

from __future__ import annotations

import pytest

from proposals.ingest.metadata import text_title
from proposals.ingest.parse import parse_article


def session_of(text: str) -> tuple[int | None, str, str]:
    session = parse_article(text).session
    return session.year, session.level, session.region


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 虚构示例: a time word or 本届 glued before the place of the body
        ("# 标题\n\n今日绍兴市政协九届三次会议开幕，市政协委员、某公司经理王进平说，要推动发展。",
         (None, "municipal", "绍兴市")),
        ("# 标题\n\n昨日南昌市十六届人大四次会议闭幕。市人大代表、某医院院长李红建议加强基层医疗。",
         (None, "municipal", "南昌市")),
        # 虚构示例: 自治区人大 with the region named only by its cities (乌鲁木齐, 喀什 are in 新疆)
        ("# 标题\n\n2021年1月28日，出席自治区十三届人大四次会议的喀什代表团审议政府工作报告。"
         "自治区人大代表、乌鲁木齐某公司经理李强建议发展物流。",
         (2021, "regional", "新疆维吾尔自治区")),
        # 虚构示例: 市人大 in a paper of its city (the masthead and affiliations name it)
        ("洛阳日报 2019年1月10日\n\n# 标题\n\n市十五届人大四次会议开幕。市人大代表、洛阳某轴承有限公司总经理王伟建议支持装备制造。",
         (2019, "municipal", "洛阳市")),
        # 虚构示例: a city by its short name before 两会
        ("# 标题\n\n首页 > 时政 > 台州两会\n\n2022年2月20日，市人大代表、台州某模具有限公司经理陈刚建议加强职业教育。",
         (2022, "municipal", "台州市")),
    ],
)
def test_the_region_is_the_place_whose_body_meets(text, expected):
    assert session_of(text) == expected


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # 虚构示例: a masthead or programme line (outlet, date, page or section) before the headline
        ("贵州日报　2021年1月26日　第2版\n代表委员热议乡村振兴\n\n正文。", "代表委员热议乡村振兴"),
        ("湖南新闻联播　2024年1月22日\n代表建言先进制造业\n\n【导语】\n主持人：观众朋友，晚上好。", "代表建言先进制造业"),
        ("香港商報　A05　兩會專題\n港區委員熱議科技創新\n\n正文。", "港區委員熱議科技創新"),
    ],
)
def test_a_masthead_line_is_no_headline(raw, title):
    assert text_title(raw, raw, []) == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 虚构示例: 县十七届人大 where the county is named only in an affiliation (the gazetteer knows it)
        ("# 标题\n\n县十七届人大四次会议召开在即。县人大代表、宁陵县某合作社理事长王海军说，要发展特色种植。",
         (None, "county", "宁陵县")),
        # 虚构示例: an autonomous county whose name is longer than ten characters
        ("# 标题\n\n出席循化撒拉族自治县第十八届人民代表大会第二次会议的县人大代表马明说，要办好教育。",
         (None, "county", "循化撒拉族自治县")),
        # 虚构示例: a prefecture by its short name and 州 (凉山州 is 凉山彝族自治州)
        ("# 标题\n\n出席凉山州第十一届人民代表大会第三次会议的州人大代表吉克阿依说，要发展教育。",
         (None, "municipal", "凉山彝族自治州")),
        # 虚构示例: a district under its city (a district name the place list lacks), and a date's 日 before 区
        ("# 标题\n\n（2022年1月10日区第十八届人民代表大会第二次会议通过）\n\n天津市宁河区第十八届人民代表大会第二次会议期间，"
         "区人大代表、某公司经理李强说，要推动发展。", (2022, "county", "宁河区")),
        # 虚构示例: 省十三届人大二次会议 in a page that names no province: the numbering most provinces share
        ("# 标题\n\n出席省十三届人大二次会议的代表王海军说，要办好养老服务。", (2019, "regional", "")),
    ],
)
def test_the_region_of_counties_districts_and_autonomous_prefectures(text, expected):
    assert session_of(text + "\n\n虚构示例") == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # 虚构示例: a month of a year is the session's when no day is printed
        ("# 标题\n\n2016年1月，政协合肥市第十三届委员会第五次会议期间，市政协委员周敏说，要办好养老。", 2016),
        # 虚构示例: the latest month the page dates, not a deadline or a start
        ("# 标题\n\n2009年2月，县人大代表王海军说，这件事从2005年3月起就在推进，要在2010年12月底前完成。", 2009),
        # 虚构示例: no year at all
        ("# 标题\n\n县人大代表王海军说，要办好养老。", None),
    ],
)
def test_a_year_and_month_date_the_session_when_no_day_is_printed(text, year):
    assert session_of(text + "\n\n虚构示例")[0] == year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 虚构示例: the term printed before the place of a CPPCC committee
        ("# 标题\n\n中国人民政治协商会议第十二届宁夏回族自治区委员会第三次会议开幕。自治区政协委员马明说，要办好教育。",
         (2025, "regional", "宁夏回族自治区")),  # 宁夏's twelfth committee first met in 2023
        # 虚构示例: last year's work reviewed at the session is not the session's year
        ("# 标题\n\n出席政协文山州第十一届委员会第二次会议的委员审议2017年州政协常委会工作报告。州政协委员陶玉兰说，要办好教育。",
         (None, "municipal", "文山壮族苗族自治州")),  # a prefecture's terms are not in the table
        # 虚构示例: 市政协 in a page of a municipality that names no prefecture (a person's given name is no place)
        ("# 标题\n\n市政协十一届二次会议举行大会发言。委员们为重庆的发展建言。市委副书记王安顺说，委员们的建议很好。"
         "李秀英委员说，要加快重庆的交通建设。", (None, "regional", "重庆市")),
    ],
)
def test_terms_before_the_place_the_years_a_session_reviews_and_municipalities(text, expected):
    assert session_of(text + "\n\n虚构示例") == expected
