"""Sessions and the page header: newspaper and date."""

from __future__ import annotations

import pytest

from proposals.ingest.parse import parse_article


@pytest.mark.parametrize(
    ("head", "newspaper", "date"),
    [
        ("来源：内蒙古日报\n发布时间：2026-01-28 08:30\n\n", "内蒙古日报", "2026-01-28"),
        ("2026年2月6日 星期五\n\n", "", "2026-02-06"),
        ("《广西日报》 2026年1月20日\n\n", "广西日报", "2026-01-20"),
    ],
)
def test_newspaper_and_date_are_read_from_the_page_header_and_it_is_not_the_title(head, newspaper, date):
    article = parse_article(head + "# 标题\n\n自治区人大代表、某公司董事长王进平表示，要推动科技创新。")
    assert (article.newspaper, article.published_on, article.title) == (newspaper, date, "标题")


# 虚构示例: pages that name no body, no place of meeting and no delegation (a roundup reprinted
# without its dateline): the delegates' employers tell the level when they can.
REACH = "“推动职业教育提质。”{a}{n1}{r}说，要完善产教融合的政策。\n\n{b}{n2}{r}建议，加大对县域职业院校的投入。\n虚构示例（本文为测试用虚构文章）"


@pytest.mark.parametrize(
    ("first", "second", "level"),
    [
        ("中国农业科学院研究员", "山东某农机公司总经理", "national"),  # a national institution
        ("成都某职业学院院长", "黑龙江某农场场长", "national"),  # two provinces
        ("国家电网某供电公司经理", "", "national"),
        ("成都某职业学院院长", "绵阳某中学校长", "unknown"),  # one province: any of its levels
        ("某职业学院院长", "某农场场长", "unknown"),  # nothing to go by
    ],
)
def test_a_session_named_nowhere_takes_its_level_from_where_its_delegates_work(first, second, level):
    text = REACH.format(a=first, b=second, r="委员", n1="钱立群", n2="郝春梅")
    article = parse_article(text)
    assert [d.name for d in article.delegates] == ["钱立群", "郝春梅"]
    assert article.session.level == level
    assert {d.level for d in article.delegates} == {level}
