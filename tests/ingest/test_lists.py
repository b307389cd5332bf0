"""Lists and tables of delegates (proposals/ingest/lists.py) and the classes holdout4 showed missing
beside them (issue 13): tables of proposals, role-labelled lines, name-first lists under an
introducing line, an ethnic group in brackets after a name, long transliterated names, a report of
one delegation's meeting (which places no one in it), and the year of a page stamp or a URL. Each class has a fictional article
(虚构示例) in tests/data/articles/shapes4 with its answer key, and sentences that probe it further."""

from __future__ import annotations

from pathlib import Path

import pytest

from proposals.ingest.lists import bracket_end
from proposals.ingest.metadata import Hints, header_date, url_date
from proposals.ingest.parse import parse_article
from tests.conftest import TEST_ARTICLES
from tests.ingest.answer_keys import (
    assert_delegates_as_keyed,
    keyed_proposers,
    keyed_session,
    proposers,
    read_keyed,
    session_of,
)

SHAPES = TEST_ARTICLES / "shapes4"
CPPCC = "政协某某县第九届委员会第二次会议部分提案目录\n\n县政协九届二次会议期间共收到提案120件。现公布如下：\n\n"


def delegates(text: str, **hints) -> dict:
    return {d.name: d for d in parse_article(text, hints=Hints(**hints)).delegates}


@pytest.mark.parametrize("key", sorted(SHAPES.glob("*.gold.json")), ids=lambda p: p.name[:2])
def test_each_shape_article_is_read_as_its_answer_key_says(key: Path):
    gold, article = read_keyed(key, with_sidecar=True)
    assert_delegates_as_keyed(article, gold)
    assert session_of(article)[:2] == keyed_session(gold)[:2]
    assert proposers(article) == keyed_proposers(gold)


# 虚构示例 throughout.
def test_a_table_names_the_proposers_of_its_rows_and_no_body_that_proposes_as_one():
    table = CPPCC + "序号\u3000提案人\u3000题目\n1\u3000孙明辉\u3000关于建设乡村物流站点的提案\n2\u3000民建某某县支部\u3000关于扶持小微企业的提案\n3\u3000何丽、郑伟\u3000关于改善农村饮水的提案\n"
    found = delegates(table)
    assert sorted(found) == sorted(["孙明辉", "何丽", "郑伟"])
    assert {d.role for d in found.values()} == {"member"}


def test_rows_of_a_table_are_not_joined_as_if_a_page_break_had_cut_them():
    table = CPPCC + "序号  提案人  题目\n\n1  孙明辉  关于建设乡村物流站点的建议\n\n2  郑伟  关于改善农村饮水的建议\n\n提案委员会将及时交办。\n"
    article = parse_article(table)
    assert [d.name for d in article.delegates] == ["孙明辉", "郑伟"]
    assert [p.delegates for p in article.proposals] == [("孙明辉",), ("郑伟",)]


def test_a_deputies_table_takes_its_role_from_the_column_that_names_it():
    table = "某市人大代表建议目录\n\n编号\u3000领衔代表\u3000案由\n1\u3000赵春华\u3000关于加快老旧小区改造的建议\n2\u3000钱立军\u3000关于增设公交线路的建议\n"
    assert {d.role for d in delegates(table).values()} == {"deputy"}


def test_a_line_labelled_with_the_role_introduces_the_person_and_what_follows_is_theirs():
    page = ("县政协第十届委员会第三次会议开幕，委员们带来了哪些建议？\n\n🔸委员：冯晓东（县农业农村局副局长）\n建议扶持家庭农场。\n\n"
            "🔸委员：韩雪\n建议增加城区停车位。\n")
    article = parse_article(page)
    found = {d.name: d for d in article.delegates}
    assert sorted(found) == ["冯晓东", "韩雪"]
    assert found["冯晓东"].affiliation == "县农业农村局副局长"
    assert sorted(n for p in article.proposals for n in p.delegates) == ["冯晓东", "韩雪"]


def test_a_label_in_a_sentence_is_no_role_line():
    assert list(delegates("省人大代表王海说：委员：冯晓东（县农业农村局副局长）也这样看。\n")) == ["王海"]


def test_name_first_lines_under_an_introducing_line_take_its_role_and_level():
    page = ("全国政协十四届二次会议期间，在川全国政协委员提交了一批提案。现选登如下：\n\n"
            "邓志明（某某集团（虚构）总工程师）：关于支持装备制造业的提案\n\n蒋丽：关于加强乡村振兴人才培养的提案\n")
    found = delegates(page)
    assert sorted(found) == ["蒋丽", "邓志明"]
    assert found["邓志明"].affiliation == "某某集团（虚构）总工程师"
    assert {d.level for d in found.values()} == {"national"}


def test_one_name_first_line_is_no_list():
    page = "在川全国政协委员提交了一批提案。现选登如下：\n\n邓志明：关于支持装备制造业的提案\n\n全国政协委员王海说，好。\n"
    assert list(delegates(page)) == ["王海"]


def test_a_delegates_headline_after_a_line_ending_in_a_colon_stays_a_headline():
    article = parse_article("# 代表心声\n\n听听代表们怎么说：\n\n孙海燕代表：让乡村学校留住好老师\n\n"
                            "省人大代表、某县中学校长孙海燕说，要提高乡村教师补贴。\n")
    assert [(p.delegates, p.headline) for p in article.proposals] == [(("孙海燕",), "让乡村学校留住好老师")]


def test_nested_brackets_close_where_the_outer_one_does():
    text = "某某集团（虚构）总工程师）"
    assert bracket_end("（" + text, 0) == len(text) + 1
    assert bracket_end("（未闭合", 0) == -1


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        ("省人大代表、某县某镇党委书记马红梅（回族）说，要发展特色产业。", "马红梅", "某县某镇党委书记"),
        ("全国人大代表、某团职工叶尔兰·努尔兰别克（哈萨克族）建议，加快边境团场建设。", "叶尔兰·努尔兰别克", "某团职工"),
        ("县人大代表韦丽华（壮族）来自某镇，她说，要办好三月三。", "韦丽华", ""),
        ("■县政协委员\u3000杨志红（苗族，某县民族中学教师）\n她建议建设民族文化馆。", "杨志红", "某县民族中学教师"),
    ],
)
def test_an_ethnic_group_in_brackets_is_no_part_of_the_name_nor_of_the_affiliation(sentence, name, affiliation):
    found = delegates("2020年1月10日，某省十三届人大三次会议开幕。\n\n" + sentence)
    assert name in found
    assert found[name].affiliation == affiliation


def test_an_undotted_name_of_eleven_characters_is_read_whole_before_its_verb():
    found = delegates("全国人大代表、某县卫生院医生古丽巴哈尔阿不都热合曼说，要培养专科医生。")
    assert list(found) == ["古丽巴哈尔阿不都热合曼"]


def test_a_report_of_one_delegations_meeting_does_not_place_every_deputy_it_quotes_in_it():
    # The real answer keys (../shared/corpus/dev 07) give a deputy a delegation only where the text
    # itself puts them in it, not because the article reports that delegation's meeting.
    page = ("1月12日，出席某省十四届人大二次会议的长沙代表团举行全体会议。\n\n省人大代表、某公司董事长陈立新说，要稳就业。\n\n"
            "省人大代表刘芳建议，办好托育。\n\n列席会议的全国人大代表、某大学教授王涛也参加了讨论。\n")
    found = delegates(page)
    assert {n: d.delegation for n, d in found.items()} == {"陈立新": "", "刘芳": "", "王涛": ""}


def test_a_page_stamp_line_and_a_year_and_month_day_url_give_the_date():
    assert header_date("某新闻网 | 首页\n当前位置：首页\n\n标题\n2022-02-20 09:05:11　来源：某日报　作者：记者 林某") == "2022-02-20"
    assert url_date("https://example.com/a/zxdt/2017/0111/2231.html") == ("2017-01-11", 2017)


def test_a_guest_list_gives_the_role_then_the_posts():
    # 虚构示例: a 委员通道 guest list, one guest a line, NAME：ROLE，POSTS.
    article = parse_article(
        "全国政协十四届二次会议第二场委员通道\n\n委员通道委员嘉宾名单：\n"
        "欧阳明远：全国政协委员，中国某航天研究院副院长、研究员\n"
        "卓雅丽：全国政协委员，某省农业科学院首席专家\n"
        "韦立群：全国政协委员，某自治区某县中学校长\n\n虚构示例（本文为测试用虚构文章）"
    )
    assert [(d.name, d.affiliation) for d in article.delegates] == [
        ("欧阳明远", "中国某航天研究院副院长、研究员"),
        ("卓雅丽", "某省农业科学院首席专家"),
        ("韦立群", "某自治区某县中学校长"),
    ]
