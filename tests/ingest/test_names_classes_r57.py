"""Shapes the blind real sets 57 to 59 (provincial sessions of the south-west, national rosters of
new members, city and county sessions of the north) showed the parser missing, each with a look-alike
that must keep its reading: examples of a roster the paragraph is about (…新人有某集团主席甲、…;
既有企业精英，如某公司董事长乙，…), the superlative member with posts (最年轻的委员是…董事长丙), and a list
that 晋身 or 转任 the conference with words around it (至于甲、乙则由港区人大转任政协委员). Every article
here is fictional (虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import names_of as names
from tests.ingest.helpers import posted_of as _read

ROSTER_2018 = "# 新一届委员\n\n2018年1月25日\n\n新一届全国政协委员名单出炉，共有2158名委员。"



def test_examples_of_the_roster_the_paragraph_is_about():
    text = ROSTER_2018 + "发展商代表有某集团行政总裁郑志明、某集团行政主席何超华、某公司主席吴宗明等。"
    assert _read(text) == [("郑志明", "member", "national", "某集团行政总裁"),
                           ("何超华", "member", "national", "某集团行政主席"),
                           ("吴宗明", "member", "national", "某公司主席")]


def test_examples_after_ru_a_paragraph_after_the_roster():
    text = (ROSTER_2018 + "其中住川委员为60人。\n\n具体来看，既有企业精英，如某航空集团有限公司董事长、党组书记王昌明，"
            "某集团董事局主席许家华，也有基层代表。")
    assert names(text) == ["王昌明", "许家华"]


def test_examples_of_anything_else_name_no_one():
    text = ROSTER_2018 + "委员们关注的话题有乡村振兴、生态保护等。某公司有董事长郑志明、总经理何超华两位负责人。"
    assert names(text) == []


def test_the_youngest_member_with_posts():
    text = ROSTER_2018 + "最年轻的委员是某商会副会长、某电器公司董事长胡德明，今年44岁。"
    assert _read(text) == [("胡德明", "member", "national", "某商会副会长、某电器公司董事长")]


def test_lists_that_join_the_conference_with_words_around_them():
    text = ROSTER_2018 + ("某公署副署长孙青明、某办副主任罗永华等亦首次晋身政协。至于王庭华、廖长明则由港区人大转任政协委员。")
    assert names(text) == ["孙青明", "罗永华", "王庭华", "廖长明"]


def test_a_counted_role_with_its_people_in_brackets():
    text = ("# 区两会\n\n2024年1月10日\n\n区十七届人大四次会议和区政协十六届四次会议召开。来自某党派区委的4名区人大代表"
            "（颜忠明、胡阳华、李芳华、张皓明）和3名区政协委员（徐锋华、胡平安、殷方兰）出席了大会。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role) for d in found] == [("颜忠明", "deputy"), ("胡阳华", "deputy"), ("李芳华", "deputy"),
                                                ("张皓明", "deputy"), ("徐锋华", "member"), ("胡平安", "member"),
                                                ("殷方兰", "member")]


def test_brackets_holding_fewer_names_than_counted_name_no_one():
    text = ("# 区两会\n\n2024年1月10日\n\n区十七届人大四次会议召开。5名区人大代表（颜忠明、胡阳华）出席了大会。"
            "区人大代表王建华说，要发展。")
    assert names(text) == ["王建华"]


def test_a_proposals_first_mover_before_the_name():
    text = "# 联名提案\n\n2016年3月8日\n\n住川全国政协委员联名提案。签名的委员数量最多，第一提案人郑学明委员说，藏区是旅游发展后劲所在。"
    assert _read(text) == [("郑学明", "member", "national", "")]


def test_a_caption_of_a_reporter_interviewing_a_member():
    text = "# 委员风采\n\n2014年3月5日\n\n全国政协十二届二次会议开幕。\n\n图为记者采访李仁华委员。\n\n图为记者专访胡树明委员。"
    assert names(text) == ["李仁华", "胡树明"]


def test_a_reporter_interviewing_no_member_names_no_one():
    text = "# 采访\n\n2014年3月5日\n\n全国政协十二届二次会议开幕。图为记者采访群众。全国政协委员王建华说，要发展。"
    assert names(text) == ["王建华"]
