"""Shapes the blind real sets 45 to 47 (Hong Kong and Macao outlets in traditional characters,
provincial sessions of the north-west, sector papers on national sessions) showed the parser missing,
each with a look-alike that must keep its reading: names appointed to the conference (甲、乙及丙首次出任
政协), some of a counted group after 包括 with 以及 before the last, Hong Kong's married names (陈冯某某),
a short heading of names not joined to the paragraph below, 包括 before posts, and a page whose only
body is named in people's posts. Every article here is fictional (虚构示例)."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names
from tests.ingest.helpers import posted_of as _read

HK_2018 = "# 政协名单公布\n\n2018年1月25日\n\n十二届全国政协常委会会议协商决定十三届全国政协委员名单。\n\n"



def test_names_appointed_to_the_conference():
    text = HK_2018 + "邓志强、何超凡、刘江明及刘业华首次出任政协。"
    assert delegates(text) == [(n, "member", "national") for n in ("邓志强", "何超凡", "刘江明", "刘业华")]


def test_names_appointed_to_something_else_are_no_members():
    text = HK_2018 + "邓志强、何超凡首次出任公司董事。全国政协委员王建华说，要发展。"
    assert names(text) == ["王建华"]


def test_some_of_a_counted_group_after_baokuo_with_yiji_before_the_last():
    text = HK_2018 + ("18名港区现任政协常委中，有8名政协常委留任，包括世卫前总干事陈冯秀珍、某文化区管理局主席唐英明、"
                      "某局主席林建华，以及某总商会会长蔡冠明。")
    assert _read(text) == [("陈冯秀珍", "member", "national", "世卫前总干事"),
                           ("唐英明", "member", "national", "某文化区管理局主席"),
                           ("林建华", "member", "national", "某局主席"),
                           ("蔡冠明", "member", "national", "某总商会会长")]


def test_a_counted_list_after_fenbie_shi_must_be_the_count():
    text = HK_2018 + "8名政协常委留任，他们分别是某文化区管理局主席唐英明、某局主席林建华。"
    assert names(text) == []


def test_a_short_heading_of_names_is_not_joined_to_the_paragraph_below():
    text = HK_2018 + "邓志强、何超凡及刘江明首次出任政协\n\n多名前官员首度获委任，名单今日公布。"
    assert names(text) == ["邓志强", "何超凡", "刘江明"]


def test_a_narrow_column_cut_after_a_list_still_joins():
    text = ("# 代表委员热议\n\n2022年1月18日\n\n市人大代表、南岗区北山街道\n临江社区党委书记林秀英关注老\n"
            "旧小区改造。她建议，简化审批程序。")
    assert delegates(text) == [("林秀英", "deputy", "municipal")]


def test_baokuo_before_posts_is_no_post():
    text = HK_2018 + "多名上届政协委员，包括多年前备受争议的前廉政专员汤显华，均不在新名单内。"
    assert _read(text) == [("汤显华", "member", "national", "前廉政专员")]


def test_a_page_whose_only_body_is_in_posts_takes_the_level_its_people_give():
    text = ("# 委员的执着\n\n2017年3月7日\n\n民进某省委会副主委、杭州市政协副主席赵光明委员评价政府工作报告。"
            "民进四川省委会主委、成都大学校长胡伟委员说，要重视教育。")
    article = parse_article(text + FICTIONAL_END)
    assert article.session.level == "national"
    assert {d.level for d in article.delegates} == {"national"}


def test_a_page_whose_only_body_is_in_posts_and_says_nothing_else_keeps_it():
    text = "# 委员风采\n\n2017年3月7日\n\n杭州市政协副主席赵光明委员评价政府工作报告，他说，要重视教育。"
    article = parse_article(text + FICTIONAL_END)
    assert (article.session.level, article.session.region) == ("municipal", "杭州市")


def test_heads_of_deputies_whose_delegation_goes_unnamed():
    text = ("# 港区代表抵京\n\n2021年3月4日\n\n共有约十五名港区人大代表能出席会议，由吴亮明担任团长，副团长马豪杰及叶国华。"
            "港区人大代表陈勇说，要保经济。")
    assert names(text) == ["吴亮明", "马豪杰", "叶国华", "陈勇"]


def test_heads_of_a_troupe_are_no_deputies():
    text = ("# 演出\n\n2021年3月4日\n\n艺术团共有十五名演员，由吴亮明担任团长，副团长马豪杰及叶国华。"
            "港区人大代表陈勇说，要保经济。")
    assert names(text) == ["陈勇"]


# -- real48 to real50: honours that name the body's level, list entries that open or end with a word ----

CITY_2016 = "# 表彰\n\n2016年1月15日\n\n市政协表彰十二届一次会议以来涌现的先进典型。"


def test_an_honour_that_names_the_bodys_level_inside_it():
    text = CITY_2016 + "市委会副主委梁文明、高新支社社员傅绍华荣获“优秀市政协委员”称号。朱万良、杨文虎获评市政协优秀委员。"
    assert delegates(text) == [(n, "member", "municipal") for n in ("梁文明", "傅绍华", "朱万良", "杨文虎")]


def test_list_entries_opening_with_a_preposition_or_ending_with_a_locative():
    text = CITY_2016 + "市人大代表蔡红星、吴丰年、向爱国、朱万里等先后发言。"
    assert names(text) == ["蔡红星", "吴丰年", "向爱国", "朱万里"]


def test_a_locative_after_a_single_word_is_no_name():
    text = CITY_2016 + "市人大代表蔡红星说，家里的事情也要管。他来到会场里，向大家问好。"
    assert names(text) == ["蔡红星"]


def test_leading_a_group_follows_a_name():
    text = "# 调研\n\n2023年6月21日\n\n盟人大工委副秘书长、盟政协委员包玉霞带队赴邻省调研。"
    assert _read(text) == [("包玉霞", "member", "municipal", "盟人大工委副秘书长")]


def test_jian_before_a_post_is_no_part_of_it():
    text = "# 联络站\n\n2018年12月6日\n\n市十七届人大三次会议召开在即。市人大代表、某社区党委书记兼站长丁士华说，要收集民意。"
    assert _read(text)[0][3] == "某社区党委书记兼站长"
    text = "# 联络站\n\n2018年12月6日\n\n市十七届人大三次会议召开在即。大桥社区代表联络站市人大代表、兼站长丁士华说，要收集民意。"
    assert _read(text)[0][3] == "站长"


def test_walking_the_deputies_passage():
    text = "# 代表通道\n\n2020年5月22日\n\n十三届全国人大三次会议首场代表通道开启，某女排国家队队长朱婷华也走上代表通道。"
    assert _read(text) == [("朱婷华", "deputy", "national", "某女排国家队队长")]


def test_a_reporter_walking_the_passage_is_no_deputy():
    text = "# 代表通道\n\n2020年5月22日\n\n十三届全国人大三次会议召开。记者走上代表通道采访。部长刘伟华走上部长通道。"
    assert names(text) == []


def test_a_preposition_after_a_name():
    text = "# 委员风采\n\n2023年11月22日\n\n该县政协委员王理芳正按照“一户一景”的思路打造景点。市政协委员孙德海关于新北外环路的提案获评优秀提案。"
    assert names(text) == ["王理芳", "孙德海"]


def test_a_described_role_before_a_shared_post_and_a_list():
    text = ("# 省政协会议\n\n2021年1月20日\n\n省政协十二届五次会议开幕。担任本届省政协委员的十一届省政协副主席李雁华、朱先明、"
            "刘滇华出席会议。")
    assert _read(text) == [(n, "member", "regional", "十一届省政协副主席") for n in ("李雁华", "朱先明", "刘滇华")]


# -- real51 to real53: doubled marks of mirrors, a time clause, a committee's members by 担任 ----------

def test_doubled_marks_of_a_mirror_separate_a_list():
    text = "# 联组讨论\n\n2020年4月23日\n\n市政协十三届三次会议联组讨论。联组会上，蔚效明,、汪俊华、马黎光,、胡靖远等委员先后发言,。"
    assert names(text) == ["蔚效明", "汪俊华", "马黎光", "胡靖远"]


def test_shi_of_a_time_clause_ends_a_name_and_a_name_ending_in_shi_stays():
    text = "# 走基层\n\n2019年2月18日\n\n记者见到全国人大代表戈明华时，他正忙着完善议案。全国人大代表王时说，要发展。"
    assert names(text) == ["戈明华", "王时"]


def test_a_committees_members_by_danren_after_an_order_note():
    text = ("# 区政协\n\n2021年12月17日\n\n区政协九届一次会议召开。某总支部李梁华、陈晓红当选区政协常委，孙众明、沙文军、张尧华、"
            "肖海静(按姓氏笔画排列)等12名党员担任本届区政协委员。")
    assert delegates(text) == [(n, "member", "county") for n in ("李梁华", "陈晓红", "孙众明", "沙文军", "张尧华", "肖海静")]


def test_danren_of_another_post_names_no_member():
    text = "# 公司\n\n2021年12月17日\n\n区政协九届一次会议召开。孙众明、沙文军担任公司董事。"
    assert names(text) == []


def test_a_card_whose_role_line_names_several_terms():
    text = ("# 代表心声\n\n2022年10月10日\n\n让我们一起来听听代表们的心声。\n\n王运华\n上海市第十四、十五届人大代表\n"
            "某研究会常务理事、某学院顾问\n担任市人大代表已近10年。我们通过走访和调研，提出建议。")
    assert delegates(text) == [("王运华", "deputy", "regional")]


def test_a_deputy_like_the_one_before_posts_then_the_name():
    text = ("# 新代表\n\n2023年1月12日\n\n市十六届人大一次会议召开在即。听着沈立华的讲解，同为本届市人大新代表的某镇某村党支部书记、"
            "村委会主任龚双红频频点头。")
    assert _read(text) == [("龚双红", "deputy", "municipal", "某镇某村党支部书记、村委会主任")]


# -- real54 to real56: a list one a line after 分别是, a time phrase after 作为…代表，, a lead verb -----------

def test_deputies_listed_one_a_line_after_fenbie_shi():
    text = ("# 代表出发\n\n2020年5月20日\n\n参加十三届全国人大三次会议的常州六位全国人大代表分别是：\n市委书记、市人大常委会主任 齐家华\n"
            "溧陽市委書記、市長 徐華明\n某集团有限公司董事长 周立华\n参会前，代表们开展了调查研究。")
    assert _read(text) == [("齐家华", "deputy", "national", "市委书记、市人大常委会主任"),
                           ("徐華明", "deputy", "national", "溧陽市委書記、市長"),
                           ("周立华", "deputy", "national", "某集团有限公司董事长")]


def test_a_time_phrase_between_zuowei_and_the_subject():
    text = "# 座谈\n\n2024年3月1日\n\n作为第十三届、十四届全国人大代表，多年来，杨恒明结合走访调研成果积极建言。"
    assert delegates(text) == [("杨恒明", "deputy", "national")]


def test_a_list_the_session_arranged_to_speak():
    text = "# 闭幕\n\n2015年1月20日\n\n市政协三届五次会议闭幕。大会还安排了章丰华等20名委员作书面发言。"
    assert delegates(text) == [("章丰华", "member", "municipal")]


def test_a_time_word_before_a_bodys_suffix_is_no_place():
    text = "# 分组讨论\n\n2013年1月1日\n\n市政协十一届四次会议分组讨论。委员们表示，一年来市政协常委会围绕中心、服务大局。市政协委员黄修明认为，要提升水平。"
    assert parse_article(text + FICTIONAL_END).session.region == ""


def test_a_padded_name_after_the_role():
    text = "# 区两会\n\n2022年1月5日\n\n区十七届人大一次会议开幕。\n\n区人大代表 宋 宁\n\n“我建议加快发展乡村旅游。”"
    assert delegates(text) == [("宋宁", "deputy", "county")]


def test_a_name_after_chengwei():
    text = "# 县政协\n\n2025年1月10日\n\n县政协十届五次会议开幕。“拧紧城乡供水安全阀”成为蒋孝明委员的履职焦点。他建议实施提升工程。"
    assert delegates(text) == [("蒋孝明", "member", "county")]


def test_a_cards_posts_line_is_its_affiliation():
    text = ("# 代表心声\n\n2022年10月10日\n\n让我们一起来听听代表们的心声。\n\n王运华\n上海市第十四、十五届人大代表\n"
            "某研究会常务理事、某学院顾问\n担任市人大代表已近10年。我们通过走访和调研，提出建议。")
    assert _read(text) == [("王运华", "deputy", "regional", "某研究会常务理事、某学院顾问")]
