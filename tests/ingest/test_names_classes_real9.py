"""Shapes the real set real9 showed: words read as names after a role (对某某来说, 荣幸地, 应尽的, 有话说,
广大委员的智慧, 第一年有33位委员), and lists the parser missed, each with a look-alike that names no
delegate. Every article here is fictional (虚构示例), set in other provinces and years than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

GANSU_2019 = "# 履职这一年\n\n2019年3月2日，十三届全国人大二次会议即将开幕。"


# -- words after a role that are no names ---------------------------------------------------------

def test_the_name_in_dui_laishuo_ends_before_lai():
    text = GANSU_2019 + "对全国人大代表庞立海来说，过去一年是忙碌的一年。全国人大代表邓福来表示，要多跑基层。"
    assert names(text) == ["庞立海", "邓福来"]


def test_an_adverb_with_di_after_a_post_is_no_name():
    text = ("# 我公司总经理当选县政协委员\n\n2021年1月8日，衡阳县政协十届五次会议开幕。作为公司唯一一位县政协委员，"
            "公司总经理欣喜地获得了参政议政的机会。公司总经理邝志远表示，将认真履职。")
    assert names(text) == []


def test_a_uyghur_name_ending_in_di_stays_whole():
    text = GANSU_2019 + "全国人大代表买买提吐尔地说，村里的路修好了。"
    assert names(text) == ["买买提吐尔地"]


def test_a_modal_verb_and_a_verb_after_a_role_are_no_name_though_ying_is_a_surname():
    text = ("# 履职尽责\n\n2021年1月20日，湘潭市政协九届五次会议开幕。他表示，将认真履行一名政协委员应尽的义务。"
            "市政协委员应勇表示，要把群众的呼声带到会上。")
    assert names(text) == ["应勇"]


def test_a_headline_saying_deputies_have_something_to_say_names_no_one():
    text = ("# 政府工作报告出炉 湘籍全国人大代表有话说\n\n2021年3月5日，十三届全国人大四次会议开幕。"
            "全国人大代表柏雪梅说，报告让人振奋。")
    assert names(text) == ["柏雪梅"]


def test_what_members_at_large_contribute_is_no_name():
    text = ("# 提案工作综述\n\n2019年1月，黔东南州政协共收到提案286件。"
            "这些提案凝结着广大政协委员的智慧与心血，也体现了全体政协委员的担当。")
    assert names(text) == []


def test_a_count_after_you_is_no_tally_of_a_list():
    text = ("# 委员通道这五年\n\n2022年3月4日，全国政协十三届五次会议开幕。第一年有31位委员走上委员通道，"
            "2020年有25位委员。")
    assert names(text) == []


# -- names each followed by a title, joined by 、 and 和, right after the role ------------------------

def test_names_each_with_a_title_after_the_role_are_each_a_delegate():
    text = ("# 我校全国政协委员返校\n\n2016年3月16日，全国政协十二届四次会议闭幕。我校三位全国政协委员"
            "蒲建华教授、舒婉清教授和和振东教授，于3月16日返回长沙。")
    assert delegates(text) == [("蒲建华", "member", "national"), ("舒婉清", "member", "national"),
                               ("和振东", "member", "national")]


def test_a_unit_before_a_titled_name_is_its_affiliation():
    text = ("# 我校代表委员参加两会\n\n2019年1月27日，湖南省政协十二届二次会议开幕。我校省政协委员"
            "龙湘平校长、外国语学院邓高兴院长参加会议。")
    assert [(d.name, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates] == [
        ("龙湘平", ""), ("邓高兴", "外国语学院")]


def test_titled_names_without_a_role_are_no_delegates():
    text = ("# 专家来校讲学\n\n2019年1月27日，蒲建华教授、舒婉清教授和和振东教授来我校讲学，"
            "外国语学院邓高兴院长主持。")
    assert names(text) == []


def test_a_titled_name_after_a_post_does_not_take_the_posts_last_character():
    text = ("# 我院代表赴京\n\n2017年3月2日，我院两位全国人大代表副院长柴宏远教授、心内科主任冯伟教授赴京参会。")
    assert [(d.name, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates] == [
        ("柴宏远", "副院长"), ("冯伟", "心内科主任")]


# -- a list of names under a counted role, each with its party in brackets --------------------------

def test_names_under_a_counted_role_each_with_a_party_in_brackets_take_it_as_affiliation():
    text = ("# 我校代表委员参加省两会\n\n2021年1月24日，湖北省十三届人大五次会议开幕。我校共有5名省人大代表、政协委员，"
            "他们分别是2名省人大代表：满志刚（民进）、艾玉琴（无党派）；3名省政协委员：覃海（中共党员）、"
            "卢思远（九三学社）、阮秀英（民盟）。")
    assert [(d.name, d.role, d.level, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates] == [
        ("满志刚", "deputy", "regional", "民进"), ("艾玉琴", "deputy", "regional", "无党派"),
        ("覃海", "member", "regional", "中共党员"), ("卢思远", "member", "regional", "九三学社"),
        ("阮秀英", "member", "regional", "民盟")]


def test_names_with_parties_in_brackets_under_no_role_are_no_delegates():
    text = ("# 我校教师获表彰\n\n2021年1月24日，湖北省表彰优秀教师。我校获奖教师：满志刚（民进）、艾玉琴（无党派）、"
            "覃海（中共党员）。")
    assert names(text) == []


# -- units and names before 等N名 + role (统战部甲、某学院乙等2名市政协委员) ---------------------------

def test_units_and_names_before_a_counted_role_are_each_a_delegate_with_the_unit_as_affiliation():
    text = ("# 我校代表委员参加两会\n\n2020年1月8日，柳州市两会开幕。其中，机械学院韦立新、外国语学院蒙晓燕等2名市人大代表，"
            "组织部覃丽、后勤处（基建处）黎国栋、商学院莫志华等3名区政协委员参加了会议。")
    assert [(d.name, d.level, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates] == [
        ("韦立新", "municipal", "机械学院"), ("蒙晓燕", "municipal", "外国语学院"), ("覃丽", "county", "组织部"),
        ("黎国栋", "county", "后勤处（基建处）"), ("莫志华", "county", "商学院")]


def test_units_and_names_before_a_count_of_teachers_are_no_delegates():
    text = ("# 我校教师获表彰\n\n2020年1月8日，柳州市表彰优秀教师。机械学院韦立新、外国语学院蒙晓燕、"
            "组织部覃丽等3名教师受到表彰。")
    assert names(text) == []


# -- the heads of a delegation, the last two joined by 及 -------------------------------------------

def test_two_vice_heads_joined_by_ji_are_each_a_deputy():
    text = ("# 青海代表团举行全体会议\n\n2019年3月4日，出席十三届全国人大二次会议的青海代表团晚上开会。"
            "会议选出祁振邦为团长，昂秀及马永福为副团长。")
    assert names(text) == ["祁振邦", "昂秀", "马永福"]


def test_two_vice_heads_of_an_art_troupe_joined_by_ji_are_no_deputies():
    text = ("# 青海艺术团成立\n\n2019年3月4日，青海艺术团召开成立大会，选出祁振邦为团长，昂秀及马永福为副团长。")
    assert names(text) == []
