"""Shapes a set of real pages (real12) showed the parser misreading, each with a look-alike that must
keep its reading: an adverbial verb after a name, a verb before a dotted name, a dotted name cut to
one part, a caption cut inside the word after a name. Every article here is fictional (虚构示例), set
in other provinces and years than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

GANSU_2019 = "# 委员风采\n\n日期：2019-01-20\n\n"
QINGHAI_2017 = "# 高原上的委员\n\n日期：2017-01-15\n\n"
SICHUAN_2022 = "# 代表团开放日(组图)\n\n日期：2022-03-07\n\n"

# -- an adverbial verb after a name: 作为省政协委员，某某持续深入… ----------------------------------------


def test_an_adverbial_verb_after_a_name_is_no_part_of_it():
    text = GANSU_2019 + "作为省政协委员,郑丽华持续深入各地调研,提交了关于乡村医生待遇的提案。"
    assert names(text) == ["郑丽华"]


def test_a_name_before_another_verb_keeps_its_length():
    text = GANSU_2019 + "作为省政协委员,郑丽华深入各地调研,提交了关于乡村医生待遇的提案。"
    assert names(text) == ["郑丽华"]


# -- a verb before a dotted name, and the name cut to one part later: 记者是从某·某委员… 某委员说 ----------


def test_a_verb_before_a_dotted_name_is_no_part_of_it_and_its_parts_are_the_same_member():
    text = (QINGHAI_2017 + "记者是从阿布都·热合曼委员的民族服饰认出他的。阿布都委员提到,牧区公路急需养护,"
            "他在省政协会议的提案中建议加大投入。阿布都委员说,这是牧民最关心的事。")
    assert delegates(text) == [("阿布都·热合曼", "member", "regional")]


def test_the_last_part_of_a_dotted_name_heads_the_page_as_the_same_member():
    text = ("# 热合曼委员:加强牧区公路养护\n\n日期：2017-01-15\n\n"
            "省政协委员、某农业大学教授阿布都·热合曼接受记者采访时建议加强牧区公路养护。"
            "热合曼委员告诉记者,这是牧民最关心的事。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("阿布都·热合曼", "某农业大学教授")]


def test_a_part_two_dotted_names_share_stays_a_name_of_its_own():
    text = (QINGHAI_2017 + "省政协委员阿布都·热合曼、省政协委员阿布都·买买提在会上发言。阿布都委员说,牧区公路急需养护。")
    assert "阿布都·热合曼" in names(text) and "阿布都·买买提" in names(text)


# -- a caption cut inside the word after a name: 全国人大代表、某厅厅长某某发 --------------------------------


def test_a_caption_cut_after_a_one_character_verb_does_not_lengthen_a_name_the_page_gives():
    text = (SICHUAN_2022 + "周立伟、何家兴等代表先后发言。\n\n全国人大代表、四川省交通运输厅厅长何家兴发\n\n代表们听取发言")
    assert names(text) == ["周立伟", "何家兴"]


def test_a_four_character_name_the_page_gives_whole_stays_whole():
    text = SICHUAN_2022 + "全国人大代表欧阳明轩发言。欧阳明轩说,交通是发展的先手棋。"
    assert names(text) == ["欧阳明轩"]


# -- a list that points back at counted deputies: 这N名代表中…其他M人…这些人包含团长某、某会长某(女)… ----------

GUANGXI_2018 = "# 民族代表见闻\n\n日期：2018-03-10\n\n第十三届全国人大一次会议5日开幕，本次有6名少数民族代表到场与会。"
POINTED_LIST = "这些人包含团长蒙志刚、某市民委主任覃玉兰(女)、某大学教授黄德明、罗建新、某县医院院长陆海燕(女,壮族)。"


def test_a_list_pointing_back_at_counted_deputies_is_read_when_a_count_is_its_length():
    text = GUANGXI_2018 + "这6名代表中，只有韦丽萍是第一次参会，其他5人都已连任。" + POINTED_LIST
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.level, d.affiliation) for d in found] == [
        ("蒙志刚", "deputy", "national", ""), ("覃玉兰", "deputy", "national", "某市民委主任"),
        ("黄德明", "deputy", "national", "某大学教授"), ("罗建新", "deputy", "national", ""),
        ("陆海燕", "deputy", "national", "某县医院院长")]


def test_a_list_no_count_matches_or_no_role_counts_is_not_read():
    assert "罗建新" not in names(GUANGXI_2018 + "这6名代表中，只有韦丽萍是第一次参会，其他4人都已连任。"
                                 + POINTED_LIST + "全国人大代表韦丽萍说,民族地区要加快发展。")
    text = "# 研学团\n\n日期：2018-03-10\n\n全国人大代表韦丽萍说,这5名学生都来自南宁。" + POINTED_LIST
    assert names(text) == ["韦丽萍"]


# -- a speaker's label opening a line: 旗政协委员某某：我… (a name whose first character is a word alone) ----


def test_a_speakers_label_reads_a_name_that_opens_with_a_classical_surname():
    text = ("# 两会声音\n\n日期：2024-01-12\n\n旗政协委员东布日根：我长期在牧区工作，最关心草原生态保护。"
            "今年我带来了关于草原补奖的提案。")
    assert delegates(text) == [("东布日根", "member", "county")]


def test_a_label_of_words_is_no_name():
    for label in ("旗政协委员有话说：", "市政协委员建议："):
        text = "# 两会声音\n\n日期：2024-01-12\n\n" + label + "我长期在社区工作。全国人大代表韦丽萍说,民族地区要加快发展。"
        assert names(text) == ["韦丽萍"]


# -- a list counted as either role: 甲、乙等9位代表、委员 / 甲、乙3位委员代表; a later 甲委员 settles it ----------

GANSU_2016 = "# 我校师生参加省两会\n\n日期：2016-01-28\n\n"


def test_a_list_of_deputies_and_members_takes_each_ones_role_from_a_later_mention():
    text = (GANSU_2016 + "甘肃省政协十一届四次会议和甘肃省十二届人大四次会议分别在兰州召开。某大学校长马文斌、"
            "副校长丁玉梅等9位代表、委员参加省两会。马文斌委员提交了《关于加强西部高校人才引进的提案》。"
            "丁玉梅代表提出,应加大科研投入。")
    assert delegates(text) == [("马文斌", "member", "regional"), ("丁玉梅", "deputy", "regional")]


def test_members_and_deputies_counted_together_name_no_role_alone():
    text = GANSU_2016 + "甘肃省政协十一届四次会议在兰州召开。我校马文斌、丁玉梅、杨志华3位委员代表参加会议,共提交5件提案。"
    assert [role for _, role, _ in delegates(text)] == ["other", "other", "other"]


def test_a_list_of_deputies_alone_stays_deputies():
    text = GANSU_2016 + "甘肃省十二届人大四次会议在兰州召开。我校马文斌、丁玉梅、杨志华等3位代表参加会议。"
    assert [role for _, role, _ in delegates(text)] == ["deputy", "deputy", "deputy"]


# -- one name with its title after it, posts before it: 省政协委员、某党派会员、某学院甲教授提交了… ----------

JIANGXI_2017 = "# 我校委员参加省两会\n\n日期：2017-01-20\n\n江西省政协十一届五次会议在南昌召开。"


def test_one_name_with_its_title_after_it_takes_the_posts_before_it():
    text = JIANGXI_2017 + "江西省政协委员、民进会员、化学学院钟立平教授提交了《关于加强高校实验室安全的提案》。"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.affiliation) for d in found] == [("钟立平", "member", "民进会员、化学学院")]


def test_a_title_before_the_name_keeps_its_reading():
    text = JIANGXI_2017 + "江西省政协委员、化学学院教授钟立平提交了《关于加强高校实验室安全的提案》。"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("钟立平", "化学学院教授")]
