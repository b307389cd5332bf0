"""Delegates the page introduces as a group (a role phrase and a colon, then bare names; speakers
in a paragraph about 代表们) and the lists and speakers that are no such thing. Every article here is
fictional (虚构示例)."""

from __future__ import annotations

import pytest

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

END = FICTIONAL_END


def test_a_counted_role_and_a_colon_introduce_a_caption_of_bare_names():
    text = ("# 镜头里的委员\n\n2017年3月3日，十二届全国政协五次会议在北京开幕。\n\n"
            "图为出席会议的六位全国政协委员（从左至右）：洛桑次仁、马晓光、周玉兰、艾尔肯·吐尔逊、孙丽娜、巴特尔。")
    assert delegates(text) == [
        ("洛桑次仁", "member", "national"), ("马晓光", "member", "national"), ("周玉兰", "member", "national"),
        ("艾尔肯·吐尔逊", "member", "national"), ("孙丽娜", "member", "national"), ("巴特尔", "member", "national"),
    ]


def test_who_the_members_were_is_a_list_after_you_and_a_colon_with_notes_and_a_count():
    text = ("# 县政协会议开幕\n\n2012年12月26日，政协宁陵县第九届委员会第二次会议开幕。"
            "会上作大会发言的委员有：王海军（女）、李红梅、赵志刚等3人。他们围绕养老服务建言。")
    assert delegates(text) == [
        ("王海军", "member", "county"), ("李红梅", "member", "county"), ("赵志刚", "member", "county"),
    ]


def test_a_role_line_ending_in_a_colon_introduces_the_names_on_the_lines_below():
    text = ("# 我市代表抵京\n\n2015年3月3日，出席十二届全国人大三次会议的我市代表抵达北京。我市的全国人大代表：\n"
            "周建华　马丽娟　阿不都热合曼·买买提\n\n他们将带着群众的期盼参加大会。")
    assert delegates(text) == [
        ("周建华", "deputy", "national"), ("马丽娟", "deputy", "national"), ("阿不都热合曼·买买提", "deputy", "national"),
    ]


def test_a_committee_an_office_or_a_question_label_introduces_no_delegates():
    text = ("# 常委会会议\n\n2020年6月，县人大常委会召开第三十次会议。出席会议的常委会委员有：王海军、李红梅、赵志刚。"
            "评审委员：孙立新、周玉兰。\n\n记者：您今年带来了什么建议？\n\n代表：我认为要办好教育。")
    assert names(text) == []


def test_a_list_with_a_word_that_is_no_name_is_no_list_of_delegates():
    text = ("# 代表议题\n\n2018年1月，出席省十三届人大一次会议的代表关注的热点有：乡村振兴、王海军、营商环境。")
    assert names(text) == []


def test_a_deputy_who_travels_with_a_delegation_is_of_it():
    text = ("# 一线工匠赴京\n\n2023年3月3日，全国人大代表、某重工集团焊接班班长刘铁柱随天津代表团赴京，出席十四届全国人大一次会议。"
            "他说，要替产业工人说话。")
    parsed = parse_article(text + END).delegates
    assert [(d.name, d.delegation) for d in parsed] == [("刘铁柱", "天津代表团")]


@pytest.mark.parametrize("name", ["要丽娟", "留国辉"])
def test_surnames_that_are_everyday_words_first_still_make_a_name_after_a_role(name):
    text = f"# 委员建言\n\n2021年1月，市政协委员{name}关注的是青少年心理健康。她建议配齐专职心理教师。"
    assert names(text) == [name]


def test_the_proposers_of_a_proposal_are_members():
    text = ("# 提案选登\n\n2013年3月，全国政协十二届一次会议。提案人：沈立群、卢秀英、穆罕默德·伊明。"
            "案由：关于加强农村养老服务的提案。")
    assert delegates(text) == [
        ("沈立群", "member", "national"), ("卢秀英", "member", "national"), ("穆罕默德·伊明", "member", "national"),
    ]


def test_a_count_and_a_word_of_inclusion_introduce_the_names_without_a_colon():
    text = ("# 澳区委员参会\n\n2017年1月，政协江门市第十二届委员会第一次会议开幕。澳区政协委员共五名，包括黎永康、陆嘉欣、冼伟棠、"
            "司徒敏华、区锦泉。")
    # Macao's members of a city's committee are of that committee: the session's level, not national.
    assert delegates(text) == [(name, "member", "municipal") for name in ("黎永康", "陆嘉欣", "冼伟棠", "司徒敏华", "区锦泉")]


def test_lines_opened_by_a_name_and_described_after_it_under_a_line_that_introduces_them():
    text = ("# 我院代表委员赴京\n\n2014年3月，我院共有2位全国人大代表、2位政协第十二届全国委员会委员出席会议。\n"
            "2位十二届全国人大代表分别是：\n"
            "覃志坚，中共党员，我院院长、研究员，曾任第十一届全国人大代表。\n"
            "韦春燕，无党派，我院农学系主任、教授。\n"
            "2位政协第十二届全国委员会委员分别是：\n"
            "欧阳明德，民革成员，我院法学系教授。\n"
            "蒙秀清，壮族，我院民族艺术研究所所长。\n"
            "在会上，我院各位代表委员积极建言献策。")
    assert delegates(text) == [
        ("覃志坚", "deputy", "national"), ("韦春燕", "deputy", "national"),
        ("欧阳明德", "member", "national"), ("蒙秀清", "member", "national"),
    ]


def test_a_list_with_a_count_and_words_before_the_role_and_one_who_stands_for_a_group():
    text = ("# 工商联界别委员履职\n\n2021年1月，政协铜陵市第十届委员会第五次会议召开。市工商联主席裴永安等12名工商联界别政协委员参加会议。"
            "在联组会议上，钱立新、诸葛慧、余长顺3名界别委员分别围绕营商环境交流发言；界别委员冉德培围绕农村养老作书面发言。")
    parsed = parse_article(text + END).delegates
    assert [(d.name, d.role, d.level, d.affiliation) for d in parsed] == [
        ("裴永安", "member", "municipal", "市工商联主席"), ("钱立新", "member", "municipal", ""),
        ("诸葛慧", "member", "municipal", ""), ("余长顺", "member", "municipal", ""), ("冉德培", "member", "municipal", ""),
    ]


def test_another_of_the_delegates_with_posts_before_the_name():
    text = ("# 港區代表建言\n\n本報訊　第十三屆全國人民代表大會第三次會議昨日在北京開幕。港區全國人大代表、某大學校長譚偉倫表示，"
            "將提交建議。另一位代表、某公司主席霍啟文則關注青年發展。")
    parsed = parse_article(text + END).delegates
    assert [(d.name, d.role, d.affiliation) for d in parsed] == [
        ("譚偉倫", "deputy", "某大學校長"), ("霍啟文", "deputy", "某公司主席")]


def test_surnames_of_yunnan_minorities_keep_a_list_whole():
    text = ("# 县人代会闭幕\n\n2018年2月，弥勒县第十七届人民代表大会第三次会议闭幕。县人大代表李国华、普文芬、昂自明、矣德芳等"
            "围绕乡村振兴提出建议23件。")
    assert names(text) == ["李国华", "普文芬", "昂自明", "矣德芳"]


def test_a_list_that_fills_the_clause_after_the_role_and_a_bare_role_that_goes_on_from_it():
    text = ("# 我校代表委员参会\n\n2016年3月，全国两会召开，我校全国政协委员蒋文涛、柯美玲、覃立国，全国人大代表龙建华出席会议。"
            "2017年1月，贵阳市政协十二届二次会议召开，我校市政协常委韦芳、杨德胜，委员潘秀英、吴国栋参会。")
    assert delegates(text) == [
        ("蒋文涛", "member", "national"), ("柯美玲", "member", "national"), ("覃立国", "member", "national"),
        ("龙建华", "deputy", "national"), ("韦芳", "member", "municipal"), ("杨德胜", "member", "municipal"),
        ("潘秀英", "member", "municipal"), ("吴国栋", "member", "municipal"),
    ]


def test_long_lists_with_posts_and_notes_that_end_in_their_role():
    text = ("# 我校代表委员履职\n\n2019年1月，蚌埠市第十六届人民代表大会第四次会议召开。我校钱文斌副主任、孔令华常委、葛秀兰、"
            "邵德明等4位市人大代表，魏淑芬副主席、房国强常委、卜海燕、俞晓峰、翁丽娟等5位市政协委员分别出席会议。"
            "龙子湖区两会期间，骆文华(常委)、简玉梅、甘立新等3名区人大代表、蔡明亮(常委)、滕秀云、殷建中等3名区政协委员参加了会议。")
    parsed = [(d.name, d.role, d.level) for d in parse_article(text + END).delegates]
    assert parsed == [
        ("钱文斌", "deputy", "municipal"), ("孔令华", "deputy", "municipal"), ("葛秀兰", "deputy", "municipal"),
        ("邵德明", "deputy", "municipal"), ("魏淑芬", "member", "municipal"), ("房国强", "member", "municipal"),
        ("卜海燕", "member", "municipal"), ("俞晓峰", "member", "municipal"), ("翁丽娟", "member", "municipal"),
        ("骆文华", "deputy", "county"), ("简玉梅", "deputy", "county"), ("甘立新", "deputy", "county"),
        ("蔡明亮", "member", "county"), ("滕秀云", "member", "county"), ("殷建中", "member", "county"),
    ]


def test_delegates_of_either_role_in_one_list_are_delegates_of_a_role_not_given():
    text = ("# 我校代表委员参会\n\n2023年1月，南宁市第十五届人民代表大会第三次会议召开，我校黄立新、陆秀梅、蒙国强5位代表委员参会。"
            "\n黄立新，男，市政协委员，某学院教授。")
    assert [(d.name, d.role) for d in parse_article(text + END).delegates] == [
        ("黄立新", "member"), ("陆秀梅", "other"), ("蒙国强", "other")]


def test_kinds_of_delegate_are_no_names_and_a_count_is_no_place():
    text = ("# 基层代表\n\n2015年3月，十二届全国人大三次会议开幕。即便未能如明星、官员代表委员那样受到媒体追逐，不少基层代表成为"
            "“明星代表”。全国人大代表、某村党支部书记热依拉·买买提说，要发展庭院经济。")
    assert names(text) == ["热依拉·买买提"]


def test_a_column_of_names_under_a_photo_that_the_page_counts_as_delegates():
    text = ("# 委员通道\n\n2024年3月4日，全国政协十四届二次会议首场“委员通道”采访活动举行。\n\n"
            "钱学文\n\n马慧娟\n\n格桑顿珠\n\n时隔一年，三位委员走到话筒前，接受媒体采访。\n\n"
            "责任编辑\n\n王小明\n\n李大伟")
    assert delegates(text) == [("钱学文", "member", "national"), ("马慧娟", "member", "national"),
                               ("格桑顿珠", "member", "national")]


def test_a_column_of_names_that_no_count_or_caption_answers_is_no_list_of_delegates():
    text = ("# 两会图集\n\n2024年3月，全国两会召开。全国人大代表、某村党支部书记周建华说，要办好教育。\n\n"
            "摄影\n\n钱学文\n\n马慧娟\n\n孙立平\n\n虚构示例")
    assert names(text) == ["周建华"]
