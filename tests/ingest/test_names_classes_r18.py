"""Shapes three real sets (real18 to real20: county and city sessions, ethnic regions, Hong Kong and
Macao papers) showed the parser missing, each with a look-alike that must keep its reading: the next
role's place after 、, Liangshan Yi given names, a TV caption's label line, bare roles in a series of
speakers, honours in quotes, a post that opens with a verb (召集人), words that end a name (获, 亮相),
a list after the verb that opens it, a Uyghur father's name ending in 地, a group photo's counted
caption, and given-name characters jieba's dictionary misses (彬, 淑). Every article here is fictional
(虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.evidence import given_name_fit
from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

NATIONAL_2022 = "# 代表委员热议开放\n\n日期：2022-03-06\n\n十三届全国人大五次会议和全国政协十三届五次会议期间，代表委员热议开放。"
COUNTY_2017 = "# 县政协会议举行大会发言\n\n日期：2017-02-21\n\n政协某某县第九届委员会第一次会议今天举行大会发言。"
CITY_2020 = "# 市两会闭幕\n\n日期：2020-01-12\n\n某某市第十六届人民代表大会第五次会议和政协第十二届委员会第四次会议今天闭幕。"


# -- the next role's place after 、 is no part of the name before it --------------------------------

def test_a_place_before_the_next_role_leaves_the_name_before_it_whole():
    text = NATIONAL_2022 + "港区全国人大代表钟润生、澳区全国政协委员邝安琪就湾区合作发表意见。"
    assert delegates(text) == [("钟润生", "deputy", "national"), ("邝安琪", "member", "national")]


def test_a_name_before_the_next_role_stays_a_name():
    text = NATIONAL_2022 + "全国人大代表钟润生、邝安琪全国政协委员也在场。"
    assert "钟润生" in names(text)


# -- Liangshan Yi names: a clan name and a given name printed whole ------------------------------------

def test_yi_clan_and_given_names_are_names():
    text = ("# 州两会\n\n日期：2016-01-20\n\n凉山州政协十届五次会议开幕。"
            "州政协委员沙马阿各、俄木木乃建议加强彝族文化保护。")
    assert names(text) == ["沙马阿各", "俄木木乃"]


# -- a TV caption's label line: 王某 全国人大代表 某村党支部书记 ---------------------------------------

def test_a_label_line_names_the_person_with_role_and_post():
    text = NATIONAL_2022 + "\n\n字幕：罗桂兰 全国人大代表 贵州省某县某村党支部书记\n\n我们村今年种了三百亩茶叶。"
    found = [(d.name, d.role, d.level, d.affiliation) for d in _parsed(text).delegates]
    assert found == [("罗桂兰", "deputy", "national", "贵州省某县某村党支部书记")]


def test_a_label_line_speaker_with_a_colon():
    text = NATIONAL_2022 + "\n\n【同期】罗桂兰 省政协委员：乡村医生要留得住。"
    assert delegates(text) == [("罗桂兰", "member", "regional")]


def test_a_line_where_the_role_opens_a_sentence_is_no_label():
    text = NATIONAL_2022 + "\n\n广东 全国人大代表要积极履职，认真审议。\n\n全国政协委员罗桂兰说，乡村要振兴。"
    assert names(text) == ["罗桂兰"]


# -- bare roles in a series of speakers: 委员甲就…提出建议，委员乙就… --------------------------------------

def test_bare_roles_after_commas_in_a_series_are_members():
    text = COUNTY_2017 + "委员田晓锋就库区渔业转型提出建议，委员许左梅就精准扶贫提出三点建议，委员沈俊丽建议加强师资队伍建设。"
    assert delegates(text) == [("田晓锋", "member", "county"), ("许左梅", "member", "county"),
                               ("沈俊丽", "member", "county")]


def test_a_bare_role_after_a_meeting_lead_is_a_member():
    text = COUNTY_2017 + "会上，委员许左梅就精准扶贫提出三点建议。"
    assert delegates(text) == [("许左梅", "member", "county")]


def test_a_bare_role_after_a_comma_without_a_series_names_no_one():
    text = COUNTY_2017 + "他说，委员会要加强监督，代表性人物要发挥作用，委员张某某说的不对。"
    assert names(text) == []


# -- honours in quotes: 甲、乙、丙被评为“优秀人大代表” --------------------------------------------------

def test_names_honoured_in_quotes_are_delegates():
    text = CITY_2020 + "会议表彰了先进。黄晓明、罗艳、陈彬被评为“优秀人大代表”，李亮华被评为先进个人。"
    assert delegates(text) == [("黄晓明", "deputy", "municipal"), ("罗艳", "deputy", "municipal"),
                               ("陈彬", "deputy", "municipal")]


def test_an_honour_of_another_kind_names_no_delegate():
    text = CITY_2020 + "会议表彰了先进。黄晓明、罗艳被评为“优秀共产党员”。"
    assert names(text) == []


# -- a post that opens with a verb, and words that end a name ----------------------------------------

def test_a_convener_after_the_role_is_a_post():
    text = NATIONAL_2022 + "港区全国人大代表召集人陈永表示，代表团正分组讨论。"
    found = [(d.name, d.affiliation) for d in _parsed(text).delegates]
    assert found == [("陈永", "召集人")]


def test_win_and_appear_end_a_name():
    text = NATIONAL_2022 + ("港区政协委员林至颖获履职优秀委员表彰。"
                            "全国人大代表、某省女子足球队主教练水秀霞亮相代表通道。")
    assert names(text) == ["林至颖", "水秀霞"]


# -- a list after the verb that opens the clause: 邀请甲、乙两位委员 ---------------------------------------

def test_a_counted_list_after_a_verb_is_read():
    text = NATIONAL_2022 + "迪丽娜尔·阿布拉委员起身跳舞，邀请黄东、霍建国两位委员一起跳。"
    assert names(text) == ["迪丽娜尔·阿布拉", "黄东", "霍建国"]


def test_a_list_after_a_verb_counted_otherwise_is_not_read():
    text = NATIONAL_2022 + "全国政协委员迪丽娜尔·阿布拉说，她邀请黄东、霍建国两位老师一起跳。"
    assert names(text) == ["迪丽娜尔·阿布拉"]


def test_a_father_s_name_ending_in_di_is_whole():
    text = NATIONAL_2022 + "如克亚木·麦提赛地代表告诉大家，日子越过越红火。"
    assert names(text) == ["如克亚木·麦提赛地"]


# -- a group photo's counted caption, names padded -----------------------------------------------------

def test_a_counted_group_photo_names_its_people():
    text = CITY_2020 + "四位新委员合影。左起欧 伟强、张淑玲、何浩然、黄嘉祺。"
    assert delegates(text) == [("欧伟强", "member", "municipal"), ("张淑玲", "member", "municipal"),
                               ("何浩然", "member", "municipal"), ("黄嘉祺", "member", "municipal")]


def test_a_group_photo_whose_count_differs_names_no_one():
    text = CITY_2020 + "三位新委员合影。左起欧伟强、张淑玲、何浩然、黄嘉祺。"
    assert names(text) == []


# -- given-name characters jieba's few names miss ------------------------------------------------------

def test_real_names_vouch_for_characters_jieba_s_names_miss():
    assert given_name_fit("彬") == 0.0 and given_name_fit("淑玲") >= 0.0
    assert given_name_fit("说") < -1.0 and given_name_fit("来") < 0  # words stay words


def _parsed(text: str):
    return parse_article(text + FICTIONAL_END)
