"""Shapes a set of real pages (real15, with real13 and real14's election pages) showed the parser
missing, each with a look-alike that must keep its reading: part of a roster said in a sentence,
election results, speakers each with his topic, a delegation's head chosen by the deputies, 代表 as a
verb after 等, and 为 right after a name at a clause's end. Every article here is fictional (虚构示例),
set in other provinces, years and levels than the pages, with invented names."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

HUNAN_2017 = "# 新一届省政协委员名单产生\n\n日期：2017-12-20\n\n"
YUNNAN_2022 = "# 州政协会议闭幕\n\n日期：2022-02-18\n\n"
ANHUI_2016 = "# 市两会选举结果\n\n日期：2016-12-28\n\n"
GUIZHOU_2019 = "# 贵州代表团全体会议\n\n日期：2019-03-06\n\n"


def affiliations(text: str) -> list[tuple[str, str, str]]:
    return [(d.name, d.role, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]


# -- part of a roster said in a sentence: …委员会委员名单中，某地人士包括甲、乙（女）…（以姓氏笔画为序） ----------


def test_a_roster_said_in_a_sentence_names_its_members_at_the_bodys_level():
    text = (HUNAN_2017 + "会议协商决定政协第十二届湖南省委员会委员名单，其中香港人士共有五人。"
            "湖南省政协十二届委员会委员名单中，香港人士包括方志恒、甘丽芳（女）、卢家辉、孙启明、谭美玲（女）（以姓氏笔画为序）。")
    assert delegates(text) == [("方志恒", "member", "regional"), ("甘丽芳", "member", "regional"),
                               ("卢家辉", "member", "regional"), ("孙启明", "member", "regional"),
                               ("谭美玲", "member", "regional")]


def test_a_standing_committees_list_or_a_list_of_units_in_a_sentence_names_no_one():
    standing = HUNAN_2017 + "省人大常务委员会委员名单中，新增人选包括方志恒、甘丽芳、卢家辉。"
    units = HUNAN_2017 + "政协委员名单中，界别包括经济界、农业界、教育界、科技界。"
    assert names(standing) == [] and names(units) == []


# -- election results: 选举甲为政协…副主席，选举乙、丙…为…常务委员; 甲当选为…主席；乙、丙当选为…副主席 ---------


def test_the_people_a_session_elects_to_a_cppcc_committees_offices_are_its_members():
    text = (ANHUI_2016 + "政协芜湖市第十届委员会第一次会议进行大会选举。会议以无记名投票方式，选举程立新为政协芜湖市第十届委员会副主席，"
            "选举丁海燕、万国平、马晓东、尹红梅、邓建华、冯志强、朱丽君、任国庆、刘长青、汤晓明、许文斌、孙家宝为"
            "政协芜湖市第十届委员会常务委员。")
    found = affiliations(text)
    assert len(found) == 13 and {role for _, role, _ in found} == {"member"}
    assert found[0] == ("程立新", "member", "")  # the office elected to is the role said, not a post printed with the name
    assert found[-1] == ("孙家宝", "member", "")
    assert {d.level for d in parse_article(text + FICTIONAL_END).delegates} == {"municipal"}


def test_each_clause_of_elected_officers_names_a_member_and_no_post():
    text = (YUNNAN_2022 + "会议选举产生了自治州政协第十一届委员会主席、副主席、秘书长和常务委员。岩罕香当选为自治州政协第十一届委员会主席；"
            "刀玉清、杨正华当选为自治州政协第十一届委员会副主席；李国栋当选为自治州政协第十一届委员会秘书长。")
    assert affiliations(text) == [
        ("岩罕香", "member", ""), ("刀玉清", "member", ""), ("杨正华", "member", ""), ("李国栋", "member", "")]


def test_posts_printed_before_an_elected_name_stay_its_affiliation():
    text = (YUNNAN_2022 + "会议选举产生了自治州政协第十一届委员会主席、副主席。州民宗委主任岩罕香当选为自治州政协第十一届委员会副主席。")
    assert affiliations(text) == [("岩罕香", "member", "州民宗委主任")]


def test_posts_before_the_elected_are_theirs_and_the_congress_standing_committees_officers_are_deputies():
    text = (ANHUI_2016 + "市政协第九届第一次会议选举民进市委主委、市教育局局长韩文静为市政协九届委员会副主席；副主委顾长江、邵丽当选市政协常委。"
            "市人大第十六届第一次会议选举市工商联主席钱立群为市人大第十六届常委会副主任。")
    assert affiliations(text) == [
        ("韩文静", "member", "民进市委主委、市教育局局长"), ("顾长江", "member", "副主委"), ("邵丽", "member", "副主委"),
        ("钱立群", "deputy", "市工商联主席")]


def test_an_election_to_no_cppcc_or_congress_office_names_no_delegate():
    government = ANHUI_2016 + "会议选举程立新为芜湖市人民政府市长，选举丁海燕为市监察委员会主任。"
    association = ANHUI_2016 + "程立新、丁海燕当选为市书法家协会副主席。"
    no_election = ANHUI_2016 + "会议成立了以程立新为组长的市政协调研组，丁海燕为市政协副主席。"
    assert names(government) == [] and names(association) == [] and names(no_election) == []


# -- speakers each with his topic in a paragraph about the deputies: 甲就…，乙就…作了发言 ---------------------

TOPICS = "龙建华就促进山区旅游，杨秀梅就加强乡村教师队伍建设，欧阳明德就推动大数据产业发展，韦小平就保护传统村落作了发言。"


def test_speakers_each_with_his_topic_in_a_paragraph_about_the_deputies_are_deputies():
    text = (GUIZHOU_2019 + "出席十三届全国人大二次会议的贵州代表团举行全体会议，审议政府工作报告。\n\n"
            "代表们在审议中一致表示赞同报告。" + TOPICS)
    assert delegates(text) == [("龙建华", "deputy", "national"), ("杨秀梅", "deputy", "national"),
                               ("欧阳明德", "deputy", "national"), ("韦小平", "deputy", "national")]


def test_units_each_with_its_topic_or_speakers_outside_a_paragraph_about_delegates_are_no_delegates():
    units = (GUIZHOU_2019 + "全国人大代表龙建华参加审议。\n\n代表们在审议中一致表示赞同报告。"
             "省发改委就促进山区旅游，省教育厅就加强乡村教师队伍建设作了发言。")
    elsewhere = GUIZHOU_2019 + "全国人大代表龙建华参加审议。\n\n座谈会上，" + TOPICS
    assert names(units) == ["龙建华"] and names(elsewhere) == ["龙建华"]


# -- a delegation's head chosen by the deputies: 与会全体代表推选甲为某代表团团长，乙、丙为副团长 -----------------


def test_the_heads_the_deputies_choose_for_their_delegation_are_deputies():
    text = (GUIZHOU_2019 + "出席十三届全国人大二次会议的贵州代表团召开第一次全体会议。与会全体代表推选石永康为贵州代表团团长，"
            "龙建华、杨秀梅、吴永和为副团长。")
    assert names(text) == ["石永康", "龙建华", "杨秀梅", "吴永和"]


# -- 代表 as a verb after 等: 甲、乙等代表省上各大班子送行 ---------------------------------------------------


def test_a_group_speaking_for_the_provinces_bodies_names_no_deputies():
    text = (GUIZHOU_2019 + "出席十三届全国人大二次会议的贵州代表团抵达北京。行前，省军区副司令员罗志坚、省纪委副书记"
            "吴春燕等代表省上各大班子在集合地为代表团送行。杨秀梅、韦小平等代表在接受采访时表示，将认真履职。")
    assert names(text) == ["杨秀梅", "韦小平"]


# -- 为 right after a name at a clause's end is no verb: 副主任某大为，… ---------------------------------------


def test_a_name_ending_in_wei_before_a_comma_keeps_it():
    text = (GUIZHOU_2019 + "省人大代表、省人大常委会副主任田大为，省人大代表、某市市长罗志坚参加审议。田大为认为，报告是一个好报告。")
    assert names(text) == ["田大为", "罗志坚"]


# -- a delegate telling his own story: 我是某村原党支部书记甲。…我当选…政协委员 ---------------------------------

QINGHAI_2021 = "# 我和草原的四十年\n\n日期：2021-03-08\n\n"


def test_the_writer_of_a_first_person_piece_who_names_himself_and_his_role_is_that_delegate():
    text = (QINGHAI_2021 + "我是青海省某县某村原党支部书记才让·多杰。二十岁那年，我来到了这个村子。\n\n"
            "2016年，我当选青海省政协委员，走进会场时，我感到肩上的责任很重。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.level, d.affiliation) for d in found] == [
        ("才让·多杰", "member", "regional", "青海省某县某村原党支部书记")]


def test_a_first_person_piece_whose_writer_says_no_role_of_himself_names_no_delegate():
    no_role = QINGHAI_2021 + "我是青海省某县某村原党支部书记才让·多杰。村里的人大代表常来看我。"
    going_on = QINGHAI_2021 + "我是才让·多杰的邻居，他当年是牧民。2016年，我当选青海省政协委员。"
    assert names(no_role) == [] and names(going_on) == []


# -- what only a member is given or does: 甲、乙获评优秀政协委员; 社员丙代表某界别作了《…》 -------------------------

FUJIAN_2023 = "# 区两会履职掠影\n\n日期：2023-01-12\n\n政协某区第五届委员会第二次会议闭幕。"


def test_those_honoured_as_outstanding_members_and_one_speaking_for_a_sector_are_members():
    text = (FUJIAN_2023 + "会议期间，社员林秀云、郑国梁获评2022年度优秀政协委员；"
            "社员黄志坚代表经济界别作了《关于发展海洋渔业的建议》的大会发言。")
    assert delegates(text) == [("林秀云", "member", "county"), ("郑国梁", "member", "county"),
                               ("黄志坚", "member", "county")]


def test_an_honoured_unit_and_a_deputy_speaking_for_his_office_are_no_members():
    text = (FUJIAN_2023 + "会议期间，区科协获评2022年度优秀提案承办单位；郑国梁代表区政府作了工作报告。")
    assert names(text) == []
