"""Shapes a set of real pages (real10) showed the parser missing, each with a look-alike that names
no delegate: a photo caption's list of deputies before (从左至右), ….
Every article here is fictional (虚构示例), set in other provinces and years than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

# -- a caption's list of names after the role, then where they stand: (从左至右) --------------------

CAPTION_2016 = "# 代表通道\n\n发布：2016-03-09 10:20:11\n\n3月9日，十二届全国人大四次会议在北京人民大会堂举行第二次全体会议。"


def test_names_listed_after_the_role_before_from_left_to_right_are_each_a_deputy():
    text = CAPTION_2016 + "这是全国人大代表邝立信、柴文锦、蒯明远（从左至右）步入“代表通道”，准备接受采访。新华社记者 薛之谦 摄"
    assert delegates(text) == [
        ("邝立信", "deputy", "national"), ("柴文锦", "deputy", "national"), ("蒯明远", "deputy", "national"),
    ]


def test_names_listed_before_from_left_to_right_with_no_role_are_no_delegates():
    text = CAPTION_2016 + "这是工作人员邝立信、柴文锦、蒯明远（从左至右）在会场外维持秩序。新华社记者 薛之谦 摄"
    assert names(text) == []


# -- a group discussion: NAME（AFFILIATION）委员认为, the role after the bracket ------------------------

JINJIANG_2021 = ("# 区政协委员分组讨论\n\n2021年1月8日下午，经济、科技、特邀界委员围绕区政协常务委员会工作报告展开热烈讨论。\n\n")


def test_a_name_then_its_affiliation_in_brackets_then_the_role_is_a_member():
    text = (JINJIANG_2021 + "甘修远（成都蓉锦建设有限公司总经理）委员认为，报告内容全面。\n\n"
            "蓝若溪（四川省人民医院心内科主任医师）委员认为，应完善生育支持政策。")
    assert delegates(text) == [("甘修远", "member", "county"), ("蓝若溪", "member", "county")]
    assert [d.affiliation for d in parse_article(text + FICTIONAL_END).delegates] == [
        "成都蓉锦建设有限公司总经理", "四川省人民医院心内科主任医师"]


def test_a_name_then_its_affiliation_in_brackets_with_no_role_is_no_delegate():
    text = (JINJIANG_2021 + "甘修远（成都蓉锦建设有限公司总经理）认为，报告内容全面。")
    assert names(text) == []


# -- a university's staff before 作为 + role: long units, weak given names after a post, 常务委员会委员 --

LIUZHOU_2018 = "# 我校代表委员参加两会\n\n2018年1月10日，柳州市政协十三届二次会议开幕。"


def test_staff_with_long_units_before_zuowei_and_a_standing_committee_role_are_members():
    text = (LIUZHOU_2018 + "教学质量评估与医学教育发展中心副主任覃海、口腔医学院院长韦志成作为市政协常务委员会委员参加会议；"
            "第二附属医院副院长卢明好、第三附属医院黎红作为市政协委员参加会议。")
    assert delegates(text) == [
        ("覃海", "member", "municipal"), ("韦志成", "member", "municipal"),
        ("卢明好", "member", "municipal"), ("黎红", "member", "municipal"),
    ]


def test_staff_with_long_units_before_zuowei_and_no_role_are_no_delegates():
    text = (LIUZHOU_2018 + "教学质量评估与医学教育发展中心副主任覃海、口腔医学院院长韦志成作为大会医疗保障组成员；"
            "第二附属医院副院长卢明好作为志愿者参加服务。")
    assert names(text) == []


# -- a counted list: N位 + role + 分别是, then exactly N entries (posts and names, or names and (女)) ---

GUIZHOU_2012 = "# 集团领导与代表座谈\n\n2012年3月2日，全国两会前夕，集团领导与所属单位的代表进行了座谈。"


def test_a_counted_list_of_posts_and_names_after_fenbieshi_names_each_deputy():
    text = (GUIZHOU_2012 + "3位全国人大代表分别是遵义水泥设计院副院长骆章平、贵州岩峰集团有限公司董事长邬建新、"
            "黔南碳纤维有限公司董事长喻国梁。他们结合政府工作报告进行了交流。")
    assert delegates(text) == [
        ("骆章平", "deputy", "national"), ("邬建新", "deputy", "national"), ("喻国梁", "deputy", "national"),
    ]


def test_a_counted_list_of_names_with_sex_and_ethnic_group_in_brackets_names_each_deputy():
    text = ("# 代表名单公布\n\n2008年1月，5名出席第十一届全国人民代表大会的代表名单出炉，"
            "分别是韦兰芳（女）、覃志远、蓝晓梅（女，瑶族）、莫立新和黎海青（女）。")
    assert delegates(text) == [
        ("韦兰芳", "deputy", "national"), ("覃志远", "deputy", "national"), ("蓝晓梅", "deputy", "national"),
        ("莫立新", "deputy", "national"), ("黎海青", "deputy", "national"),
    ]


def test_a_counted_list_that_names_no_body_or_a_different_number_names_no_delegate():
    text = (GUIZHOU_2012 + "3位职工代表分别是遵义水泥设计院副院长骆章平、贵州岩峰集团有限公司董事长邬建新、"
            "黔南碳纤维有限公司董事长喻国梁。4名出席全国人民代表大会的代表中，分别是韦兰芳、覃志远。")
    assert names(text) == []


# -- words taken for names: 对于某某来说, 有一群委员, 选举N名代表, 作为…代表，他… --------------------------

QINGHAI_2014 = "# 代表风采\n\n2014年3月4日，十二届全国人大二次会议即将开幕。"


def test_a_name_framed_by_duiyu_and_laishuo_ends_before_lai():
    text = QINGHAI_2014 + "连续两届担任全国人大代表，对于才让卓玛来说，这是一份沉甸甸的责任。才让卓玛说，她将继续履职。"
    assert names(text) == ["才让卓玛"]


def test_a_quantity_before_the_role_is_no_name():
    text = QINGHAI_2014 + "在全国两会上，有一群委员较为特别。全国政协委员、青海省政协主席多杰才让说，要加强生态保护。"
    assert names(text) == ["多杰才让"]


def test_a_count_after_a_verb_is_no_list_of_names():
    text = QINGHAI_2014 + "按照规定，该省暂时选举13名全国人大代表。全国人大代表、西宁市某村党支部书记马福林说，要发展乡村旅游。"
    assert names(text) == ["马福林"]


def test_after_zuowei_and_the_role_the_subject_opens_the_next_clause():
    text = (QINGHAI_2014 + "全国人大代表、西宁水务有限公司经理马福林准备了三件建议。作为水务行业的人大代表，"
            "他始终将水资源保护作为关注重点。作为基层的人大代表，韩青山表示，要多走访群众。")
    assert names(text) == ["马福林", "韩青山"]
