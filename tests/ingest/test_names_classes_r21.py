"""Shapes three more real sets (real21 to real23: national sessions 2014–2019, provincial and city
sessions, county sessions and TV scripts) showed the parser missing, each with a look-alike that must
keep its reading: roster rows with posts in brackets, the surname 布, 校长助理, a word that follows
names is none itself (满怀), an ellipsis ends a clause, 细数 / 长年 / 入场 after a name, and a bare
role after 今年. Every article here is fictional (虚构示例), set in other provinces, years and levels
than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

NATIONAL_2016 = "# 代表通道\n\n2016年3月4日\n\n十二届全国人大四次会议新闻中心发布通知。\n\n"
CITY_2019 = "# 市两会\n\n日期：2019-01-16\n\n某某市第十五届人民代表大会第四次会议今天开幕。"


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(d.name, d.role, d.level, d.affiliation, d.delegation) for d in parse_article(text + FICTIONAL_END).delegates]


# -- roster rows with the posts in brackets ----------------------------------------------------------

def test_rows_under_a_roster_heading_are_its_role_with_posts_and_delegation():
    text = NATIONAL_2016 + ("第二场“代表通道”代表名单\n"
                            "周海波（某某集团公司董事长，湖南代表团）\n"
                            "陈　虹（某县某村党支部书记，云南代表团）\n")
    assert _rows(text) == [
        ("周海波", "deputy", "national", "某某集团公司董事长", "湖南代表团"),
        ("陈虹", "deputy", "national", "某县某村党支部书记", "云南代表团"),
    ]


def test_rows_whose_bracket_ends_with_a_delegation_are_deputies_without_a_heading():
    text = NATIONAL_2016 + "今天接受采访的有：\n\n周海波（某某集团公司董事长，湖南代表团）\n"
    assert _rows(text) == [("周海波", "deputy", "national", "某某集团公司董事长", "湖南代表团")]


def test_bracketed_rows_without_a_roster_or_delegation_name_no_one():
    text = NATIONAL_2016 + "图片说明\n周海波（左）\n陈虹（某某集团公司董事长）\n\n全国人大代表王建华说，要发展。"
    assert names(text) == ["王建华"]


# -- names and the words around them ------------------------------------------------------------------

def test_bu_is_a_surname():
    text = CITY_2019 + "李纪明、布小兰等代表在现场回答了记者们的提问。"
    assert names(text) == ["李纪明", "布小兰"]


def test_a_post_ending_in_assistant_is_a_title():
    text = CITY_2019 + "市政协委员、某某大学校长助理唐明则表示，报告很接地气。"
    found = [(d.name, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]
    assert found == [("唐明", "某某大学校长助理")]


def test_a_word_that_follows_names_is_none_itself():
    text = CITY_2019 + "参会的市人大代表、市政协委员满怀履职为民之心，聚焦中心工作。市人大代表吴海峰说，要发展。"
    assert names(text) == ["吴海峰"]


def test_an_ellipsis_ends_the_clause_after_a_name():
    text = CITY_2019 + "市人大代表、某某合作社的王有才，市人大代表、某某种植合作社的马文斌……这些新农人都来了。"
    assert names(text) == ["王有才", "马文斌"]


def test_counting_over_years_and_coming_in_end_a_name():
    text = CITY_2019 + ("市人大代表曹和新细数报告里的数字。市人大代表、某社区主任魏丽芳长年扎根基层。"
                        "市人大代表、某大学教授周洪明入场前表示，很激动。")
    assert names(text) == ["曹和新", "魏丽芳", "周洪明"]


def test_a_bare_role_after_this_year_is_a_member():
    text = "# 市政协会议\n\n日期：2022-01-10\n\n市政协十届一次会议开幕。今年，委员俞晓震与其他几名委员带来了联名提案。"
    assert delegates(text) == [("俞晓震", "member", "municipal")]


# -- real25 and real26: speeches one a line, qualities, rare surnames ---------------------------------

CPPCC_2020 = "# 市政协大会发言\n\n日期：2020-01-08\n\n市政协九届四次会议举行第二次全体会议，3名政协委员进行了大会发言。\n"


def test_speakers_listed_one_a_line_without_a_stop_stay_apart():
    text = CPPCC_2020 + ("曹振东委员代表民革市委会作题为《推动尼龙产业建设》的发言\n"
                         "关永明委员代表民盟市委会作题为《前瞻布局生物经济》的发言\n"
                         "王晓娜委员代表市工商联作题为《打造湿地之城》的发言\n")
    assert names(text) == ["曹振东", "关永明", "王晓娜"]


def test_a_quality_ending_in_xing_is_no_name():
    text = CITY_2019 + "正是有了这群“延续性代表”每年的坚持，问题才得到解决。市人大代表王小明说，要坚持。"
    assert names(text) == ["王小明"]


def test_an_identity_listed_after_the_role_is_no_name():
    text = CITY_2019 + "我以政协委员、信访评议员等身份帮了一些人。市政协委员何宗明说，要坚持。"
    assert names(text) == ["何宗明"]


def test_rare_surnames_read_in_lists():
    text = CITY_2019 + "余昆、冯翠屏、黎荣发、丘应华、张建中等委员围绕旅游文化产业发展踊跃发言。闪旭委员代表农工党发言。"
    assert names(text) == ["余昆", "冯翠屏", "黎荣发", "丘应华", "张建中", "闪旭"]


# -- real24: portrait labels on news apps, and words after a name ------------------------------------

def test_a_portrait_label_with_a_bar_names_the_speaker():
    text = "# 代表谈报告\n\n2022年3月5日\n\n我们国家到了关键的发展时期。\n\n陈丽华|全国人大代表\n\n聆听了报告，深感鼓舞。"
    assert delegates(text) == [("陈丽华", "deputy", "national")]


def test_a_video_call_a_first_step_and_gengshi_end_no_name():
    text = NATIONAL_2016 + ("记者与我市的全国人大代表连线，他们很振奋。港区全国人大代表陈晓东一步入大会堂，记者们就围了上来。"
                            "全国政协委员李力更是拉满了气氛。")
    assert names(text) == ["陈晓东", "李力"]


# -- real26 and real22: members' studios, a list after a preposition, a name after a unit ------------

COUNTY_2023 = "# 委员工作室揭牌\n\n日期：2023-11-02\n\n某某县政协举行委员工作室揭牌仪式。"


def test_members_studios_name_their_members():
    text = COUNTY_2023 + "县政协主席为新成立的张文友委员工作室、刘建兰委员工作室、董伟明委员工作室集中揭牌。"
    assert delegates(text) == [("张文友", "member", "county"), ("刘建兰", "member", "county"),
                               ("董伟明", "member", "county")]


def test_a_list_after_a_preposition_is_read():
    text = COUNTY_2023 + "副主席赵天宏、魏正华分别为宋海燕、贾进明、牛旭章委员工作室揭牌。"
    assert names(text) == ["宋海燕", "贾进明", "牛旭章"]


def test_a_name_after_the_role_and_a_unit_without_a_title():
    text = CITY_2019 + "市政协委员，民革科技一支部付小芳提交了提案。市人大代表、民革华西支部赵霞建议，加强防护。"
    found = [(d.name, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]
    assert found == [("付小芳", "民革科技一支部"), ("赵霞", "民革华西支部")]


def test_a_unit_after_the_role_without_a_name_names_no_one():
    text = CITY_2019 + "市人大代表、某某公司党委办公室收到了建议。房间里坐满了代表。市人大代表吴海峰说，要发展。"
    assert names(text) == ["吴海峰"]


# -- real23 and real24: a role in quotes before a name, untoned glosses with a space ------------------

def test_a_quoted_role_before_a_name_names_a_delegate():
    text = ("# 委员履职\n\n日期：2025-01-20\n\n区政协会议开幕。作为第九年参会的“老委员”章元亮，他更关注民生。"
            "同样身为政协“老委员”的胡景明，也带来了提案。")
    assert delegates(text) == [("章元亮", "member", "county"), ("胡景明", "member", "county")]


def test_a_quoted_role_without_a_name_after_it_names_no_one():
    text = CITY_2019 + "他被称为“代表”的代表，大家都叫他“委员”。市人大代表吴海峰说，要发展。"
    assert names(text) == ["吴海峰"]


def test_an_untoned_gloss_and_its_space_leave_the_name_whole():
    text = NATIONAL_2016 + "全國人大代表、某某工業(ye) 集團董事長張興(xing) 海感觸尤深。"
    found = [(d.name, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]
    assert found == [("張興海", "某某工業集團董事長")]
