"""Shapes the last blind real sets (real27 to real29: a newsroom's mix, traditional pages full of
lists, the regional sessions of the north and west) showed the parser missing, each with a look-alike
that must keep its reading: a roster 名单如下 with its names below and 及 before the last, a count after
an honoured list, words of office and speech after names (留任, 话语间, 想), a conjunction and a
preposition (和在), Shigatse's 片多, and the post 干部 before a dotted name. Every article here is
fictional (虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

MACAO_2022 = "# 澳区全国人大代表选举\n\n2022年12月20日\n\n澳区全国人大代表选举会议今天举行。\n\n"
CITY_2018 = "# 市政协会议闭幕\n\n日期：2018-01-20\n\n市政协十二届二次会议闭幕。"


def test_a_roster_said_to_follow_with_its_names_below_and_ji_before_the_last():
    text = MACAO_2022 + "澳门特别行政区第十四届全国人大代表名单如下：\n\n王庭安、田北星、李引华、何雪梅及谭耀明。\n"
    assert delegates(text) == [(n, "deputy", "national") for n in ("王庭安", "田北星", "李引华", "何雪梅", "谭耀明")]


def test_a_roster_of_workers_representatives_names_no_delegate():
    text = CITY_2018 + "\n\n职工代表名单：\n\n邵明川、柯婉婷、司马立。\n\n市政协委员王晓明说，要发展。"
    assert names(text) == ["王晓明"]


def test_a_count_after_an_honoured_list_vouches_for_each_name():
    text = CITY_2018 + "叶纬、娄平、詹三毛、杨泳、张嘉异等5人荣获2017年度优秀政协委员称号。"
    assert names(text) == ["叶纬", "娄平", "詹三毛", "杨泳", "张嘉异"]


def test_an_honoured_list_counted_otherwise_keeps_the_stricter_bar():
    text = CITY_2018 + "叶纬、娄平、詹三毛、杨泳、张嘉异等6人荣获2017年度优秀政协委员称号。"
    assert "杨泳" not in names(text)


def test_words_of_office_speech_and_wanting_end_no_name():
    text = CITY_2018 + ("有8名政协常委留任。市政协举办台商政协委员和在厦台商的座谈会。"
                        "市人大代表巴桑卓玛话语间满是感慨。市人大代表、某局副局长赵新梅想借助代表身份做些事。")
    assert names(text) == ["巴桑卓玛", "赵新梅"]


def test_shigatse_pianduo_and_the_post_ganbu_before_a_dotted_name():
    text = ("# 州两会\n\n日期：2023-01-10\n\n州人大代表、某镇政府办公室干部谢日那义·斯马义说，我完全赞同这个报告。"
            "来自江孜县的市人大代表边巴片多，分享着家乡的喜讯。")
    found = [(d.name, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]
    assert found == [("谢日那义·斯马义", "某镇政府办公室干部"), ("边巴片多", "")]


def test_a_bare_role_after_a_quote_names_its_speaker():
    text = CITY_2018 + "“这一年来，发展迈出了新步伐”，委员王志明由衷感言。“新步伐”，代表着全市人民的心声。"
    assert delegates(text) == [("王志明", "member", "municipal")]


def test_leading_a_delegation_ends_a_name_and_yun_is_a_surname():
    text = CITY_2018 + "市人大代表、某局局长温卫国率代表团参加大会。贠建华、李建民等3名市人大代表参加视察。"
    assert names(text) == ["温卫国", "贠建华", "李建民"]


def test_attendees_one_a_line_post_and_name_without_a_stop_stay_apart():
    text = ("# 座谈会召开\n\n2016年3月20日\n\n首先，我介绍出席今天座谈会的领导：\n"
            "全国政协常委、某党中央常务副主席蔡达明\n全国政协委员、某党中央某工作领导小组办公室主任王建国\n"
            "某党北京市委会专职副主委李昕\n今天，我们还邀请了四位同志介绍履职情况。")
    assert names(text) == ["蔡达明", "王建国"]


def test_a_narrow_column_cut_after_a_place_still_joins():
    text = ("# 代表委员热议\n\n2022年1月18日\n\n市人大代表、船营区北山街道\n临江社区党委书记林秀娟关注老\n"
            "旧小区改造。她建议，简化加装电梯的审批程序。")
    assert delegates(text) == [("林秀娟", "deputy", "municipal")]


# -- real30: a dotted name set with spaces, and 新 / 老 before a bare role -----------------------------

def test_a_dotted_name_set_with_spaces_is_one_name():
    text = "# 委员探访\n\n2018年3月8日\n\n全国政协委员伊力扎提 · 扎达和虞晓梅都来自医疗领域。"
    assert names(text) == ["伊力扎提·扎达", "虞晓梅"]


def test_new_or_old_before_a_bare_role_opening_a_clause_names_a_member():
    text = ("# 委员探访\n\n2018年3月8日\n\n全国政协十三届一次会议开幕。这次参会，新委员关芳华带来了建议。"
            "他是新代表团的成员，老委员会的主任。")
    assert delegates(text) == [("关芳华", "member", "national")]


def test_a_label_line_with_posts_between_commas_names_its_deputy():
    text = ("# 代表回乡\n\n2025年1月20日\n\n蔡宁安 市人大代表,某党市委副主委,某区副区长\n今年我带来了关于乡村振兴的建议。\n"
            "王建华 市人大代表要带头履职，认真审议报告\n")
    found = [(d.name, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]
    assert found == [("蔡宁安", "某党市委副主委,某区副区长")]


def test_a_town_s_deputy_named_after_a_quote():
    text = "# 州人代会开幕\n\n2021年1月10日\n\n州十四届人大五次会议开幕。“我将认真履职。”建塘镇代表孙建明说。各乡镇代表认真审议了报告。"
    assert delegates(text) == [("孙建明", "deputy", "municipal")]


# -- real34 and real35: a list after its lead before a group, Macao's 常委 then 委员 ---------------------

def test_a_counted_group_s_list_after_a_leader_and_he():
    text = ("# 委员赴京\n\n2015年3月2日\n\n昨日，市政协主席李万和和马世英、李灿明、杨赤文、孙荫华、高满仓等5位来自我市的"
            "全国政协委员赴京。陈际文、何报国等部分住湘、住桂全国政协委员联名提交提案。")
    assert names(text) == ["马世英", "李灿明", "杨赤文", "孙荫华", "高满仓", "陈际文", "何报国"]


def test_macao_s_standing_member_then_members_after_a_comma():
    text = ("# 澳委员献策\n\n2023年1月8日\n\n汕尾市政协八届二次会议召开。澳区常委刘智勇，委员陈海平、李文华、张创业等出席。"
            "全国人大代表、二十届中央委员、省长王伟明介绍，大湾区向融而进、向新而行。")
    assert names(text) == ["刘智勇", "陈海平", "李文华", "张创业", "王伟明"]
