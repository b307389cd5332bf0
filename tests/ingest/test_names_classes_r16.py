"""Shapes a set of real pages (real16) showed the parser misreading, each with a look-alike that must
keep its reading: an adjective of manner after a name (某某郑重佩戴), 有 after a name (某某有说不完的话),
全员 after a counted role, Hong Kong papers' 人代 for 人大代表, and a party's branch proposing with a
member (市民盟、某某委员提出). Every article here is fictional (虚构示例), set in other provinces, years
and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

QINGHAI_2019 = "# 委员风采\n\n日期：2019-01-22\n\n"
GANSU_2021 = "# 代表履职记\n\n日期：2021-01-26\n\n"
HONG_KONG_2018 = "# 港区代表设工作室\n\n日期：2018-04-02\n\n"
FUJIAN_2020 = "# 市政协常委会工作报告摘登\n\n日期：2020-01-09\n\n"

# -- an adjective of manner after a name: 董事长某某郑重佩戴好出席证 -------------------------------------------


def test_an_adjective_of_manner_after_a_transliterated_name_is_no_part_of_it():
    text = QINGHAI_2019 + "上午，全国政协委员、某畜牧公司董事长才让郑重佩戴好出席证，登上开往会场的大巴。"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.level, d.affiliation) for d in found] == [
        ("才让", "member", "national", "某畜牧公司董事长")]


def test_an_adjective_of_manner_after_a_han_name_is_no_part_of_it():
    text = GANSU_2021 + "省人大代表、某中学校长孔令华慎重表示，教师减负要落到实处。"
    assert names(text) == ["孔令华"]


def test_an_adjective_of_manner_after_the_role_alone_names_no_one():
    text = GANSU_2021 + "全体省人大代表郑重宣誓，会场气氛庄严。"
    assert names(text) == []


# -- 有 after a name: 副教授某某有说不完的话 -------------------------------------------------------------------


def test_a_transliterated_name_before_you_is_read():
    text = QINGHAI_2019 + "说起牧区教育，省政协委员、某师范学院副教授央金卓玛有说不完的话。"
    assert delegates(text) == [("央金卓玛", "member", "regional")]


def test_you_after_a_han_name_is_no_part_of_it():
    text = GANSU_2021 + "谈到乡村道路，省人大代表周建国有很多想法。"
    assert names(text) == ["周建国"]


def test_a_name_ending_in_you_keeps_it():
    text = GANSU_2021 + "省人大代表罗富有说，乡村道路要常修常养。罗富有还建议设立养护基金。"
    assert names(text) == ["罗富有"]


def test_you_after_the_plural_role_names_no_one():
    text = GANSU_2021 + "说起乡村道路，省人大代表们有说不完的话。"
    assert names(text) == []


# -- 全员 after a counted role: 十二名代表全员出发 -------------------------------------------------------------


def test_all_of_a_counted_group_is_no_name():
    text = GANSU_2021 + "八名市人大代表全员出席会议。市人大代表马文清说，要把群众的意见带到会上。"
    assert names(text) == ["马文清"]


def test_all_of_a_list_follows_its_last_name():
    text = GANSU_2021 + "市人大代表马文清、杨春燕、韩子平全员出席会议。"
    assert names(text) == ["马文清", "杨春燕", "韩子平"]


# -- Hong Kong papers' 人代: 首名港区人代, 新当选的港区人代 -----------------------------------------------------


def test_a_hong_kong_deputy_called_ren_dai_is_a_national_deputy():
    text = (HONG_KONG_2018 + "邝家乐将在东莞开设工作室，是首名在内地设工作室的港区人代。"
            "邝家乐是本届新当选的港区人代，他说要学习做好人代工作。")
    assert delegates(text) == [("邝家乐", "deputy", "national")]


def test_the_congress_called_ren_dai_hui_is_no_role():
    text = HONG_KONG_2018 + "邝家乐今年列席全国人代会，他说收获很大。"
    assert names(text) == []


# -- a party's branch proposing with a member: 市民盟、某某委员提出 -----------------------------------------------


def test_a_member_after_a_party_branch_in_a_list_of_proposers_is_read():
    text = (FUJIAN_2020 + "聚焦营商环境，许文彬委员提出优化审批流程；市民盟、郑秀琴委员提出推动中小企业数字化。")
    assert names(text) == ["许文彬", "郑秀琴"]


def test_two_party_branches_before_the_role_name_no_one():
    text = FUJIAN_2020 + "市民盟、市致公党委员提出推动中小企业数字化。"
    assert names(text) == []


# -- a counted group of delegates interviewed, then its speakers: 三名…代表出发前受访…。某某表示 --------------------

MACAO_STYLE_2019 = "# 区人代关注产业发展\n\n日期：2019-03-02\n\n十名某区全国人大代表今日集体出发赴京参会。"


def test_the_speaker_after_a_counted_group_interviewed_is_one_of_them():
    text = MACAO_STYLE_2019 + "两名某区全国人大代表出发前受访时均关注产业发展。 何嘉伦表示，期待政府工作报告。"
    assert delegates(text) == [("何嘉伦", "deputy", "national")]


def test_the_speaker_after_a_counted_group_not_interviewed_is_no_delegate():
    text = MACAO_STYLE_2019 + "何嘉伦表示，期待政府工作报告。"
    assert names(text) == []


# -- a name given once, resumed by a pronoun after the role: 某某是妇联界委员，她说 ------------------------------

SICHUAN_2016 = "# 州政协会议开幕\n\n日期：2016-02-20\n\n政协第十届甘孜州委员会第五次会议开幕。"


def test_a_subject_resumed_by_a_pronoun_after_the_role_is_the_member():
    text = SICHUAN_2016 + "边珍是妇联界委员，她说，自己经营着一家民族服饰店。"
    assert delegates(text) == [("边珍", "member", "municipal")]


def test_a_subject_not_resumed_is_not_believed_on_one_mention():
    text = SICHUAN_2016 + "边珍是妇联界委员，自己经营着一家民族服饰店。"
    assert names(text) == []
