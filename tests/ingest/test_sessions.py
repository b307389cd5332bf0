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
