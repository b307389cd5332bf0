"""The session pass: the body that meets gives level and region; dates and 届次 give the year."""

from __future__ import annotations

import pytest

from proposals.ingest.parse import Hints, parse_article
from proposals.ingest.sessions import term_year

QUOTE = "全国人大代表、某公司董事长王进平说，要推动科技创新。（虚构示例）"


def session_of(text: str, hints: Hints | None = None) -> tuple:
    s = parse_article(text, hints=hints).session
    return s.year, s.level, s.region


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# 标题\n\n十四届全国人大二次会议在京开幕。" + QUOTE, (2024, "national", "")),
        ("# 标题\n\n全国政协十二届三次会议开幕在即。" + QUOTE.replace("人大代表", "政协委员"), (2015, "national", "")),
        ("# 标题\n\n第十三届全国人民代表大会第五次会议开幕。" + QUOTE, (2022, "national", "")),
        ("# 标题\n\n广东省第十四届人民代表大会第二次会议开幕。省人大代表、某公司董事长王进平说，要推动发展。（虚构示例）",
         (2024, "regional", "广东省")),
        ("# 标题\n\n政协泉州市洛江区第七届委员会第五次会议开幕，洛江区政协委员、某公司经理王进平说，要推动发展。（虚构示例）",
         (None, "county", "泉州市洛江区")),
        ("# 标题\n\n天津市第十八届人民代表大会第二次会议召开，市人大代表、某公司董事长王进平说，要推动发展。（虚构示例）",
         (2024, "regional", "天津市")),
    ],
)
def test_the_meeting_body_and_its_jieci_give_the_session(text, expected):
    assert session_of(text) == expected


def test_a_place_named_in_the_text_is_not_the_region():
    text = ("# 标题\n\n2025年1月15日\n\n吉林镇的代表们与出席济南市政协十五届四次会议的委员交流。"
            "济南市政协委员、某公司经理王进平说，要推动发展。（虚构示例）")
    assert session_of(text) == (2025, "municipal", "济南市")


def test_no_year_anywhere_leaves_the_year_unknown_never_the_current_year():
    text = "# 标题\n\n省两会期间，黑龙江省政协委员、某医院院长王进平说，要推动医疗发展。（虚构示例）"
    assert session_of(text) == (None, "regional", "黑龙江省")


def test_the_articles_date_comes_before_the_jieci_and_a_sidecar_date_before_both():
    text = "# 标题\n\n2019年1月27日\n\n自治区政协十一届三次会议召开。宁夏回族自治区政协委员王进平说，要推动发展。（虚构示例）"
    assert session_of(text)[0] == 2019
    assert session_of(text, Hints(date="2020-01-10"))[0] == 2020


def test_a_url_date_gives_the_year_when_the_text_has_none():
    text = "# 标题\n\n省两会期间，湖南省政协委员、某医院院长王进平说，要推动发展。（虚构示例）"
    assert session_of(text, Hints(url="https://example.org/hn/2023-01/15/c_1.htm"))[0] == 2023


@pytest.mark.parametrize(
    ("level", "region", "body", "term", "sitting", "year"),
    [
        ("national", "", "人大", 14, 2, 2024),
        ("national", "", "政协", 13, 5, 2022),
        ("regional", "河南省", "人大", 12, 4, 2016),
        ("regional", "青海省", "人大", 13, 7, None),  # provinces hold extra sittings: only the first four
        ("regional", "西藏自治区", "人大", 12, 2, 2024),  # the province's own row
        ("municipal", "苏州市", "人大", 16, 1, None),  # a body whose terms are not in the table
    ],
)
def test_term_table_maps_jieci_to_a_year_only_where_it_is_known(level, region, body, term, sitting, year):
    assert term_year(level, region, body, term, sitting) == year
