"""Shapes the blind real sets 42 to 44 (national portals, county pages, election and honour pages of
2013 to 2019) showed the parser missing or misreading, each with a look-alike that must keep its
reading: a name after its posts followed by an everyday word or a character never in a given name
(蹲, 脚步), a counted list of those elected with their votes, offices elected after the one that names
the body, a list after 其中包括 / 他们分别是 in a sentence about a group of deputies, the next role's
place filling a clause (自治区政协委员、某区政协常委), and 那会儿. Every article here is fictional (虚构示例),
set in other provinces, years and levels than the pages."""

from __future__ import annotations

from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names
from tests.ingest.helpers import posted_of as _read

NATIONAL_2019 = "# 全国两会\n\n2019年3月6日\n\n十三届全国人大二次会议期间，"
HUNAN_CPPCC_2023 = "# 省政协会议\n\n2023年1月12日\n\n政协湖南省十三届一次会议举行第三次全体会议，"



def test_a_titled_name_before_a_verb_no_given_name_holds():
    text = NATIONAL_2019 + "全国政协委员、中国科学院院士柯培松蹲在田间查看秧苗。全国政协委员、某银行原行长钱文岳脚步轻快。"
    assert _read(text) == [("柯培松", "member", "national", "中国科学院院士"),
                           ("钱文岳", "member", "national", "某银行原行长")]


def test_a_titled_name_whose_last_character_makes_a_word_with_what_follows():
    text = NATIONAL_2019 + "全国人大代表、某冶炼厂工程师冀明兴奋地说，建议发展新材料。"
    assert names(text) == ["冀明"]


def test_a_counted_list_of_those_elected_with_their_votes():
    text = ("# 澳区全国人大代表选举\n\n2022年12月18日\n\n今日选出新一届12名澳区全国人大代表。当选的12人按得票排序依次是"
            "贺一鸣(440票)、刘艺文 (437票) 、萧志明 (433票)、容永辉 (432票)、陆涛 (430票)、 高开明 (422票)、"
            "崔世文 (420票)、吴小红 (413票)、何雪梅 (394票)、林笑春 (382票)、黎世杰 (377票)、施家明 (316票)。")
    found = delegates(text)
    assert len(found) == 12 and found[1] == ("刘艺文", "deputy", "national")


def test_a_counted_list_of_another_number_names_no_one():
    text = ("# 选举\n\n2022年12月18日\n\n今日选出新一届12名澳区全国人大代表。当选的3人依次是"
            "刘艺文(437票)、萧志明(433票)、容永辉(432票)。")
    assert names(text) == []


def test_offices_elected_after_the_one_that_names_the_body():
    text = HUNAN_CPPCC_2023 + ("选举产生省政协十三届委员会常务委员会组成人员。\n\n王立全当选省政协十三届委员会主席，"
                               "张柏林、郭跃华当选副主席，翟天明当选秘书长。丁广文等120名同志当选常务委员。")
    assert _read(text) == [
        ("王立全", "member", "regional", ""),
        ("张柏林", "member", "regional", ""),
        ("郭跃华", "member", "regional", ""),
        ("翟天明", "member", "regional", ""),
        ("丁广文", "member", "regional", ""),
    ]


def test_an_office_elected_in_another_paragraph_names_no_body():
    text = HUNAN_CPPCC_2023 + "选举王立全为省政协十三届委员会主席。\n\n某协会换届，张柏林当选副主席。"
    assert names(text) == ["王立全"]


def test_a_list_of_titled_names_after_qizhong_baokuo():
    text = ("# 代表团抵京\n\n2017年3月3日\n\n四川团连任代表约占全体代表的三分之一，其中包括中国工程院院士、"
            "某研究所所长钟南华，某集团董事长董明月等。")
    assert _read(text) == [("钟南华", "deputy", "national", "中国工程院院士、某研究所所长"),
                           ("董明月", "deputy", "national", "某集团董事长")]


def test_a_counted_group_then_tamen_fenbie_shi():
    text = ("# 代表团抵京\n\n2017年3月3日\n\n农民工代表由上届的一个增加到本届的三个，他们分别是：某电子公司车间副主任易凤英（女）、"
            "某物业公司工会主席曾香兰（女）、某空调公司总装车间主任叶国庆。")
    assert names(text) == ["易凤英", "曾香兰", "叶国庆"]


def test_a_list_after_baokuo_of_no_congress_names_no_one():
    text = ("# 职代会\n\n2017年3月3日\n\n3位职工代表分别是某设计院副院长骆章明、某集团董事长邬建华、某公司董事长喻国安。"
            "会议还听取了报告。")
    assert names(text) == []


def test_topics_after_qizhong_baokuo_name_no_one():
    text = NATIONAL_2019 + "代表们提出了很多建议，其中包括乡村振兴、生态保护等。全国人大代表王建华说，要加快发展。"
    assert names(text) == ["王建华"]


def test_the_next_roles_place_filling_the_clause_is_no_name_and_the_first_role_gives_the_level():
    text = ("# 委员风采\n\n2022年1月10日\n\n在经过深入调研后，自治区政协委员、平乐区政协常委、某公司董事长王万山"
            "在自治区政协会议上提交了提案。")
    assert _read(text) == [("王万山", "member", "regional", "某公司董事长")]


def test_a_time_said_with_huier_is_no_name():
    text = "# 代表风采\n\n2025年2月1日\n\n刚当上人大代表那会儿，杨保芬是“懵”的。市人大代表杨保芬说，要多学习。"
    assert names(text) == ["杨保芬"]


def test_a_name_with_chang_after_a_title_is_no_title():
    text = NATIONAL_2019 + "全国政协委员、某航空工业集团型号总设计师唐长虹在首场“委员通道”上说，要加快发展。"
    assert _read(text) == [("唐长虹", "member", "national", "某航空工业集团型号总设计师")]


def test_a_double_dash_ends_the_name():
    text = NATIONAL_2019 + "\n\n全国人大代表、某重工集团股份有限公司首席专家孙元明——\n\n“要加快发展高端装备。”"
    assert _read(text) == [("孙元明", "deputy", "national", "某重工集团股份有限公司首席专家")]


def test_a_single_dash_inside_an_organization_does_not():
    text = NATIONAL_2019 + "全国人大代表、中国—东盟信息港公司董事长孙元明说，要加快发展。"
    assert _read(text) == [("孙元明", "deputy", "national", "中国—东盟信息港公司董事长")]


def test_a_discussion_groups_member_opening_a_sentence():
    text = "# 市政协会议\n\n2021年1月6日\n\n市政协十届五次会议分组讨论。“报告内容翔实。”文史社科组委员肖君华表示，将建言献策。"
    assert delegates(text) == [("肖君华", "member", "municipal")]


def test_an_organizing_committees_head_is_no_member():
    text = "# 赛事\n\n2021年1月6日\n\n市政协十届五次会议召开。“准备充分。”大会组委会主任肖君华表示，将做好服务。"
    assert names(text) == []
