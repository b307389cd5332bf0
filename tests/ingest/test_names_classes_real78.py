"""Shapes two sets of real pages (real7, real8) showed the parser missing, each with a look-alike
that names no delegate: a party branch's roster of its deputies and members under 名单, ….
Every article here is fictional (虚构示例), set in other provinces and years than the pages."""

from __future__ import annotations

from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

# -- a roster of a unit's deputies and members, each under a 名单 heading ---------------------------

BRANCH_2019 = ("# 民盟绵阳市委会参加两会\n\n发布日期：2019-01-12\n\n"
               "1月11日，绵阳市第八届人民代表大会第四次会议开幕，民盟绵阳市委会的代表委员积极履职。\n\n")


def test_a_roster_of_deputies_and_of_members_under_mingdan_names_each():
    text = (BRANCH_2019 + "盟员担任人大代表名单：邵明川、柯婉婷、司马立。\n\n"
            "盟员担任政协委员名单：祁绍华、聂 文、欧阳丽、卜晓川。")
    assert delegates(text) == [
        ("邵明川", "deputy", "municipal"), ("柯婉婷", "deputy", "municipal"), ("司马立", "deputy", "municipal"),
        ("祁绍华", "member", "municipal"), ("聂文", "member", "municipal"), ("欧阳丽", "member", "municipal"),
        ("卜晓川", "member", "municipal"),
    ]


def test_a_roster_of_a_bare_role_or_of_no_role_under_mingdan_names_no_delegate():
    text = (BRANCH_2019 + "职工代表名单：邵明川、柯婉婷、司马立。\n\n"
            "受表彰的优秀盟员名单：祁绍华、聂 文、欧阳丽、卜晓川。")
    assert names(text) == []


# -- a city paper's list of the members who live there: posts and names, then 等住X + role ----------

GANZHOU_2022 = ("# 住赣州省政协委员圆满完成会议任务\n\n2022年1月20日，江西省政协十二届六次会议在南昌闭幕。")


def test_leaders_listed_by_post_before_deng_and_the_place_they_live_are_each_a_member():
    text = (GANZHOU_2022 + "市政协主席龚明辉，市人大常委会副主任江涛，市政协副主席邬建华、释宏明、曾秋兰等住赣州省政协委员出席闭幕会。"
            "会议期间，廖春生、钟立新、谢婉如等住赣州省政协委员接受媒体采访。")
    assert delegates(text) == [
        ("龚明辉", "member", "regional"), ("江涛", "member", "regional"), ("邬建华", "member", "regional"),
        ("释宏明", "member", "regional"), ("曾秋兰", "member", "regional"), ("廖春生", "member", "regional"),
        ("钟立新", "member", "regional"), ("谢婉如", "member", "regional"),
    ]


def test_a_clause_that_is_no_post_and_name_keeps_the_ones_before_it_out_of_the_list():
    text = (GANZHOU_2022 + "市委书记龚明辉主持会议，市政协副主席邬建华、曾秋兰等住赣州省政协委员出席。"
            "廖春生、钟立新等住院病人也收看了直播。")
    assert names(text) == ["邬建华", "曾秋兰"]


# -- a hospital's staff listed before 作为 / 当选为 + role (each entry a unit or post and a name) -----

HOSPITAL_2017 = "# 我院代表委员参加两会\n\n2017年1月9日，九江市政协十三届一次会议闭幕。"


def test_staff_listed_before_zuowei_and_a_role_are_each_a_delegate():
    text = (HOSPITAL_2017 + "妇产科主任谭慧敏当选为九江市政协常委，骨科主任邱振东、麻醉科主任甘雪莲作为市政协委员出席会议。"
            "门诊部主任殷国华作为濂溪区人大代表，药剂科程晓、心内科主任顾志远及财务科沈柳作为濂溪区政协委员分别出席会议。")
    assert delegates(text) == [
        ("谭慧敏", "member", "municipal"), ("邱振东", "member", "municipal"), ("甘雪莲", "member", "municipal"),
        ("殷国华", "deputy", "county"), ("程晓", "member", "county"), ("顾志远", "member", "county"),
        ("沈柳", "member", "county"),
    ]


def test_staff_listed_before_zuowei_and_no_role_are_no_delegates():
    text = ("# 我院志愿者服务两会\n\n2017年1月9日，九江市两会开幕。药剂科程晓、心内科主任顾志远及财务科沈柳作为志愿者"
            "服务大会。骨科主任邱振东当选为市医学会副会长。")
    assert names(text) == []


# -- Hong Kong and Macao pages: 议员 as a post, portraits above the lead, 受访时 after a name ---------

MACAO_2021 = "# 澳区代表谈两会\n\n2021年3月4日，十三届全国人大四次会议将于明日开幕。"


def test_a_legislators_post_between_the_role_and_the_name_is_an_affiliation():
    text = (MACAO_2021 + "澳区全国人大代表、立法会议员高凯文表示，支持横琴建设。"
            "全国人大代表、立法会议员容丽华说，要便利通关。")
    parsed = delegates(text)
    assert parsed == [("高凯文", "deputy", "national"), ("容丽华", "deputy", "national")]


def test_a_legislator_with_no_role_is_no_delegate():
    assert names(MACAO_2021 + "立法会议员高凯文表示，支持横琴建设。区议员容丽华说，要便利通关。") == []


def test_a_column_of_portraits_above_a_lead_about_several_deputies_names_them():
    text = ("# 闽籍代表关注两岸融合\n\n2019-03-03 07:10\n\n许明达\n\n庄丽萍\n\n柯振南\n\n\n"
            "【专讯】十三届全国人大二次会议将于3月5日开幕，多位福建全国人大代表关注两岸融合发展、通关便利等议题。")
    assert delegates(text) == [
        ("许明达", "deputy", "national"), ("庄丽萍", "deputy", "national"), ("柯振南", "deputy", "national"),
    ]


def test_a_column_of_names_above_a_lead_about_experts_names_no_delegate():
    text = ("# 专家谈两岸融合\n\n2019-03-03 07:10\n\n许明达\n\n庄丽萍\n\n柯振南\n\n\n"
            "【专讯】全国两会将于3月5日开幕，多位专家关注两岸融合发展、通关便利等议题。")
    assert names(text) == []


def test_a_name_before_shoufang_is_whole():
    text = ("# 沪上代表启程\n\n2020年5月20日，部分上海全国人大代表启程赴京。"
            "全国人大代表倪沛霖受访时表示，关注养老服务。")
    assert delegates(text) == [("倪沛霖", "deputy", "national")]


# -- Tibetan names and a delegation's heads in a report of its meeting -----------------------------


def test_the_heads_of_a_delegation_each_named_after_their_posts_are_its_deputies():
    text = ("# 四川代表团举行全体会议\n\n2017年3月9日，四川代表团在驻地举行全体会议。四川代表团团长、省委书记邓志远，"
            "十二届全国人大常委会委员、四川代表团副团长降央江村，四川代表团副团长、省长何建平参加。")
    assert delegates(text) == [
        ("邓志远", "deputy", "national"), ("降央江村", "deputy", "national"), ("何建平", "deputy", "national"),
    ]


def test_the_heads_of_a_sports_delegation_named_so_are_no_deputies():
    text = ("# 运动员出征\n\n2017年3月9日，中国体育代表团举行出征仪式。中国体育代表团团长、总局局长邓志远，"
            "中国体育代表团副团长、主任何建平出席。")
    assert names(text) == []


def test_a_tibetan_name_before_a_verb_of_smiling_is_whole():
    text = ("# 州两会\n\n2019年1月10日，甘孜州十三届人大四次会议开幕。说起变化，95后的州人大代表、"
            "理塘县某村妇联主任泽仁拉姆笑得很甜。")
    assert delegates(text) == [("泽仁拉姆", "deputy", "municipal")]


# -- the last of a run of NAME委员 joined by 和 (栗 is a surname as much as 和 is) -------------------


def test_the_last_name_of_a_run_joined_by_he_is_no_longer_for_it():
    text = ("# 镜头里的委员\n\n2016年3月6日，全国政协十二届四次会议民盟组分组讨论。"
            "图为程立委员、谷雨晴委员和栗伟委员。")
    assert names(text) == ["程立", "谷雨晴", "栗伟"]


def test_names_joined_by_he_without_a_role_are_no_delegates():
    text = "# 镜头里的会场\n\n2016年3月6日，全国政协十二届四次会议民盟组分组讨论。图为程立、谷雨晴和栗伟。"
    assert names(text) == []
