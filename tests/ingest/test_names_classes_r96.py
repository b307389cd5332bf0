"""Shapes the blind real sets 96 to 101 (traditional pages and broadcasts, county sessions, ethnic
names, delegations at the national session, city sessions, reposts and profiles) showed the parser
missing or misreading, each with a look-alike that must keep its reading: Taiwan's deputies called
台湾省代表, a title that runs into a dotted name (副委员长), a plan to propose (拟就), a whole place
with a word glued before it (亮相某市政协), a phrase repeated as if it were a name (双重作用), and a
profile's subject before 是一名…代表. Every article here is fictional (虚构示例), set in other
provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names


def test_taiwans_deputies_to_the_national_congress():
    text = ("# 台湾省代表谈交流\n\n2024年3月7日 某通讯社\n\n十四届全国人大二次会议在京举行。全国人大台湾省代表林春华表示，"
            "希望两岸青年多交流。\n\n连任的台湾省代表郑明远拟就两岸农业合作提交建议。")
    assert delegates(text) == [("林春华", "deputy", "national"), ("郑明远", "deputy", "national")]


def test_taiwans_delegation_and_taiwans_representatives_elsewhere_are_no_deputies():
    text = ("# 座谈会\n\n2024年3月7日 某通讯社\n\n十四届全国人大二次会议台湾省代表团举行全体会议。台湾代表王建国在论坛上致辞。"
            "\n\n全国人大代表刘晓梅说，要加强交流。")
    assert names(text) == ["刘晓梅"]


def test_a_vice_chairmans_title_is_not_part_of_a_dotted_name():
    text = ("# 代表团审议\n\n2021年3月6日 某报\n\n十三届全国人大四次会议某区代表团审议政府工作报告。全国人大代表、"
            "全国人大常委会副委员长阿不都·依明巴海参加审议。全国人大代表吐尔洪·买买提说，要发展。")
    assert names(text) == ["阿不都·依明巴海", "吐尔洪·买买提"]


def test_a_dotted_name_whose_last_part_ends_before_an_everyday_word_of_its_own():
    text = ("# 代表团审议\n\n2021年3月6日 某报\n\n十三届全国人大四次会议某区代表团审议政府工作报告。全国人大代表、"
            "某县县长吐尔洪·买买提海参养殖做得好，他说，要发展。")
    assert names(text) == ["吐尔洪·买买提"]


def test_a_whole_place_keeps_no_word_glued_before_it():
    session = parse_article("# 新委员亮相\n\n2025年1月20日 某报\n\n三位新增澳区委员亮相珠海市政协十届五次会议。"
                            "\n\n委员黄家明表示，将加强学习。" + FICTIONAL_END).session
    assert (session.level, session.region) == ("municipal", "珠海市")


def test_a_district_under_its_city_keeps_the_city():
    session = parse_article("# 两会\n\n2022年1月5日 某报\n\n莅临泉州市洛江区人大二次会议的区人大代表陈明亮说，要发展。"
                            + FICTIONAL_END).session
    assert (session.level, session.region) == ("county", "泉州市洛江区")


def test_a_phrase_repeated_after_the_role_is_no_name():
    text = ("# 新委员\n\n2025年1月20日 某报\n\n委员们表示，要发挥好政协委员双重作用，为两地合作建言。\n\n"
            "委员何振邦表示，将发挥好政协委员的双重作用。")
    assert names(text) == ["何振邦"]


def test_a_name_repeated_before_different_words_keeps_its_repeats():
    text = ("# 新委员\n\n2025年1月20日 某报\n\n政协委员双重阳说，要建言。双重阳还表示，要调研。")
    assert names(text) == ["双重阳"]


def test_a_profiles_subject_before_a_clause_and_the_role():
    text = ("# 微纪录\n\n2020年5月20日 某台\n\n十三届全国人大三次会议召开。\n\n韩玉成家住山西省某县某村，是一名连任多届的全国人大代表。"
            "他向大会提出了发展特色农业的建议。")
    assert delegates(text) == [("韩玉成", "deputy", "national")]


def test_a_clause_before_the_role_that_opens_with_no_name_gives_none():
    text = ("# 微纪录\n\n2020年5月20日 某台\n\n十三届全国人大三次会议召开。\n\n今年春天，村里修好了路，是一名全国人大代表的功劳。"
            "全国人大代表韩玉成说，要发展。")
    assert names(text) == ["韩玉成"]
