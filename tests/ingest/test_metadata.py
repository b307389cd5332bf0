"""The metadata pass: sidecars, URL dates, furniture that is never a title, mastheads and 来源 lines."""

from __future__ import annotations

import pytest

from proposals.ingest.layout import normalize
from proposals.ingest.metadata import Hints, read_metadata, read_sidecar, url_date
from proposals.ingest.parse import parse_article


def test_a_sidecar_gives_url_title_newspaper_and_date():
    hints = read_sidecar("source: https://example.org/a.html\ntitle: 标题\nnewspaper: 某某日报\ndate: 2024-03-05\n")
    assert hints == Hints(title="标题", newspaper="某某日报", date="2024-03-05", url="https://example.org/a.html")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("[no headline in stored text] 河北日报: 出席2024年全国两会的代表抵京", ("出席2024年全国两会的代表抵京", "河北日报", None)),
        ("凝心聚力——地方政协全会扫描(五) (来源:人民政协报)", ("凝心聚力——地方政协全会扫描(五)", "人民政协报", None)),
        ("[no headline in stored text] 某某云: 委员抵京报到(2026)", ("委员抵京报到", "某某云", 2026)),
    ],
)
def test_a_sidecar_titles_annotations_name_the_outlet_and_year_and_leave_the_title(title, expected):
    hints = read_sidecar(f"source: github:someone/repo file.txt\ntitle: {title}\n")
    assert (hints.title, hints.newspaper, hints.year) == expected
    assert hints.url == ""  # a note on where the text came from is no address to cite


@pytest.mark.parametrize(
    ("url", "date", "year"),
    [
        ("http://epaper.example.cn/html/2021-01/23/content_1.htm", "2021-01-23", 2021),
        ("http://szb.example.com/hscb/20250313/html/content_20250313001003.htm", "2025-03-13", 2025),
        ("https://example.gov.cn/nx/201901/t20190127_8812.html", "2019-01-27", 2019),
        ("http://m.example.com/yangjiang/201903/387011.html", None, 2019),
        ("http://example.org.cn/show-19644.html", None, None),
    ],
)
def test_a_news_url_gives_its_date_or_year(url, date, year):
    assert url_date(url) == (date, year)


def test_options_and_sidecar_go_over_what_the_page_says():
    given = Hints(title="给定标题", newspaper="给定日报", date="2024-01-02", url="https://example.org/x")
    raw = "来源：页面日报\n发布时间：2023-05-06\n\n# 页面标题\n\n省人大代表王某说，要推动发展。（虚构示例）"
    text, blocks = normalize(raw)
    meta = read_metadata(raw, text, blocks, given.over(Hints(title="旁注标题", page="第03版")))
    assert (meta.title, meta.newspaper, meta.published_on, meta.url, meta.page) == (
        "给定标题", "给定日报", "2024-01-02", "https://example.org/x", "第03版")


@pytest.mark.parametrize(
    "furniture",
    ["首页 > 新闻中心 > 正文", "【字体：大 中 小】 【打印本页】 【关闭窗口】", "分享到： 微信 微博", "当前位置：首页>>要闻",
     "责任编辑：李某"],
)
def test_page_furniture_above_the_headline_is_never_the_title(furniture):
    article = parse_article(
        f"{furniture}\n\n湘两会｜代表委员共话乡村振兴\n\n1月20日，湖南省十四届人大三次会议开幕。"
        "省人大代表、某县农机合作社理事长谭志强说，要推动农机社会化服务。（虚构示例）"
    )
    assert article.title == "湘两会｜代表委员共话乡村振兴"


def test_a_masthead_names_the_newspaper_and_a_wire_mark_the_outlet():
    masthead = parse_article("黔山日报\n\n# 标题\n\n省人大代表、某公司董事长王进平说，要推动科技创新。（虚构示例）")
    wire = parse_article("# 标题\n\n【黔山网讯】省人大代表、某公司董事长王进平说，要推动科技创新。（虚构示例）")
    assert (masthead.newspaper, wire.newspaper) == ("黔山日报", "黔山网")


def test_an_article_that_names_no_newspaper_date_or_url_leaves_them_unknown():
    article = parse_article("# 标题\n\n省人大代表、某公司董事长王进平说，要推动科技创新。（虚构示例）")
    assert (article.newspaper, article.published_on, article.url) == ("", None, "")
    assert article.to_json("x")["url"] == "" and article.to_json("x")["published_on"] is None


# 虚构示例: the heads of real pages, with what stands above and around their headlines.
BODY = "\n\n省人大代表、某县中学校长覃立平说，要办好县域高中。\n\n虚构示例（本文为测试用虚构文章）"


@pytest.mark.parametrize(
    ("head", "title", "newspaper", "date"),
    [
        # a site slogan above the headline, the outlet's stamp below it
        ("看湘西事，听故乡音\n\n代表委员齐聚长沙共商发展\n\n湖南日报 2019-01-28 07:10 大字\n", "代表委员齐聚长沙共商发展",
         "湖南日报", "2019-01-28"),
        # the site's name above, a stamp line with its time and source below
        ("今日某州\n\n两会速递：代表陆续抵达驻地\n\n2017-01-16 16:02:56　　作者：　　来源：某州新闻网\n",
         "两会速递：代表陆续抵达驻地", "某州新闻网", "2017-01-16"),
        # a section label and a byline before the story: neither is the headline (the story's
        # first sentence stands in for the one the page does not print)
        ("热点：\n□记者 覃海燕\n", "省人大代表、某县中学校长覃立平说，要办好县域高中。", "", None),
        # an e-paper's page line and language switch are no headline
        ("繁體簡體\n某某日报 数字报\n00003版：省两会特别报道\n\n新委员的第一份提案\n", "新委员的第一份提案", "某某日报", None),
    ],
)
def test_the_headline_is_found_among_slogans_stamps_labels_and_page_lines(head, title, newspaper, date):
    article = parse_article(head + BODY)
    assert (article.title, article.newspaper, article.published_on) == (title, newspaper, date)


def test_a_wire_storys_own_headline_and_furniture_in_traditional_characters():
    wire = parse_article("中新社北京3月12日電 題：“委員通道”上的基層聲音\n中新社記者 關曉彤\n" + BODY)
    assert wire.title == "“委員通道”上的基層聲音"
    located = parse_article("本頁位置: 首頁 → 新聞中心 → 國內新聞 |\n\n山路上的代表\n" + BODY)
    assert located.title == "山路上的代表"


def test_a_traditional_label_dates_the_page_and_a_folder_of_the_year_gives_its_year():
    from proposals.ingest.metadata import header_date, url_date

    assert header_date("當前位置: 首頁> 兩會\n政協委員建言\n發布時間: 2025-01-07 14:23:38 信息來源: 某日報\n") == "2025-01-07"
    assert url_date("https://www.example.gov.cn/html/news/2023/PEJPAQAN_0103/180347.html") == (None, 2023)


def test_a_source_line_dates_the_page():
    from proposals.ingest.metadata import header_date

    assert header_date("两会动态\n来源: 某某网  浏览字号: 2015年03月14日 14:56\n正文") == "2015-03-14"
