"""Shapes a set of real pages showed the parser missing (issue 13), each with a look-alike that
names no delegate: a delegation's heads named by their posts, a bare roster under a heading, a
unit's own delegates listed before 等, a pinyin gloss inside a name, a name run on into 提.
Every article here is fictional (虚构示例), set in other provinces and years than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

NATIONAL_2016 = "# 两会速递\n\n2016年3月8日，十二届全国人大四次会议在北京举行。"


# -- a pinyin gloss inside a name (reposts gloss rare readings) ------------------------------------


def test_a_pinyin_gloss_inside_a_name_is_no_part_of_the_name():
    text = NATIONAL_2016 + "全国人大代表刘梦（mèng）海说，要办好乡村学校。全国人大代表单(Shàn)立新建议加强养老服务。"
    assert delegates(text) == [("刘梦海", "deputy", "national"), ("单立新", "deputy", "national")]


def test_a_glossed_name_without_a_role_is_no_delegate():
    text = NATIONAL_2016 + "村民刘梦（mèng）海说，希望代表们多关心乡村学校。"
    assert names(text) == []


# -- a name run on into 提 (提建议, 提提案) ------------------------------------------------------------


def test_a_name_ends_before_ti_when_ti_and_the_word_after_it_raise_a_proposal():
    text = (NATIONAL_2016 + "全国人大代表龚振峰提建议，要修好乡村公路。全国政协委员欧阳志远提提案，关注养老服务。"
            "全国人大代表黄志提建议，要办好职业教育。全国政协委员姚建新提了一个建议。")
    assert names(text) == ["龚振峰", "欧阳志远", "黄志", "姚建新"]


def test_a_transliterated_name_that_ends_in_ti_keeps_it_before_a_proposal():
    text = NATIONAL_2016 + "全国人大代表艾合买提建议加强职业教育。全国人大代表阿不都热合曼·买买提建议修好乡村公路。"
    assert names(text) == ["艾合买提", "阿不都热合曼·买买提"]


def test_someone_who_raises_a_proposal_without_a_role_is_no_delegate():
    text = NATIONAL_2016 + "市民龚振峰提建议说，希望代表们关心乡村公路。"
    assert names(text) == []


# -- a unit's own delegates, listed before 等 (posts before a name are its affiliation) -----------------


def test_a_units_delegates_listed_with_their_posts_before_deng_are_each_a_delegate():
    text = ("# 我校委员参会\n\n2021年1月，湖南省政协十二届五次会议在长沙开幕。"
            "学校党委书记邵建国、校长龙海燕等5名省政协委员出席会议。")
    parsed = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.level, d.affiliation) for d in parsed] == [
        ("邵建国", "member", "regional", "学校党委书记"), ("龙海燕", "member", "regional", "校长"),
    ]


def test_a_hospitals_delegates_after_its_own_name_before_deng_are_each_a_delegate():
    text = ("# 我院代表赴京\n\n2019年3月2日，我院雷振宇、祝晓丽等2名全国人大代表启程赴京，出席十三届全国人大二次会议。"
            "集团董事长尹志华、总经理甘露等全国人大代表同日抵京。")
    assert delegates(text) == [
        ("雷振宇", "deputy", "national"), ("祝晓丽", "deputy", "national"),
        ("尹志华", "deputy", "national"), ("甘露", "deputy", "national"),
    ]


def test_a_units_leaders_listed_before_deng_and_no_role_are_no_delegates():
    text = ("# 看望代表\n\n2019年3月2日，全国人大代表雷振宇表示，将带着建议赴京。学校党委书记邵建国、校长龙海燕等5名教师代表为他送行；"
            "我院尹志华、甘露、祝晓丽等专家也到场。")
    assert names(text) == ["雷振宇"]


# -- a bare roster of a region's or a sector's members under a heading ------------------------------

ROSTER_2018 = "# 名单公布\n\n2018年1月24日，第十三届全国政协委员名单公布。\n\n"
ROSTER_END = "\n\n（名单按姓氏笔画为序）"


def test_a_roster_heading_gives_its_role_to_traditional_names_with_their_posts_after_them():
    text = ROSTER_2018 + "澳門地區全國政協委員名單\n\n賀志誠　澳門某商會會長\n崔世明　某基金會主席\n梁慧欣（某大學校長）" + ROSTER_END
    parsed = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.level, d.affiliation) for d in parsed] == [
        ("賀志誠", "member", "national", "澳門某商會會長"), ("崔世明", "member", "national", "某基金會主席"),
        ("梁慧欣", "member", "national", "某大學校長"),
    ]


def test_deputies_introduced_by_a_colon_may_have_their_posts_on_their_lines():
    text = ("# 港区代表出席开幕会\n\n2018年3月5日，十三届全国人大一次会议开幕。出席会议的港区全国人大代表：\n"
            "麦嘉荣　香港某公司董事长\n黎国辉　某集团主席\n" + ROSTER_END)
    parsed = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.affiliation) for d in parsed] == [
        ("麦嘉荣", "deputy", "香港某公司董事长"), ("黎国辉", "deputy", "某集团主席"),
    ]


def test_a_list_of_prize_winners_or_of_words_is_no_roster_of_members():
    text = (ROSTER_2018 + "全国政协委员赵志刚表示，要办好教育。\n\n获奖名单\n\n王海军　某集团董事长\n李红梅　某银行行长\n"
            "孙立新　某公司总经理\n\n澳门地区全国政协委员名单\n\n乐业　繁荣\n和平　发展\n团结　奋进" + ROSTER_END)
    assert names(text) == ["赵志刚"]


# -- a delegation's heads named by their posts in a report of its meeting ---------------------------


def test_the_heads_of_a_delegation_named_after_their_posts_are_its_deputies():
    text = ("# 青海代表团举行全体会议\n\n2014年3月4日，出席十二届全国人大二次会议的青海代表团全体会议在驻地召开。"
            "代表团团长、省委书记罗建明，副团长、省长邝海峰出席。代表们审议了政府工作报告。")
    parsed = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.level, d.affiliation, d.delegation) for d in parsed] == [
        ("罗建明", "deputy", "national", "省委书记", "青海代表团"), ("邝海峰", "deputy", "national", "省长", "青海代表团"),
    ]


def test_the_heads_named_in_a_deliberation_are_its_deputies_without_posts():
    text = ("# 吉林代表团审议\n\n2017年3月6日下午，十二届全国人大五次会议吉林代表团审议政府工作报告。"
            "审议时，团长卜振东、副团长闫秀清与代表们一起认真审议。代表们踊跃发言。")
    parsed = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.delegation) for d in parsed] == [("卜振东", "吉林代表团"), ("闫秀清", "吉林代表团")]


def test_the_head_of_a_sports_delegation_or_of_a_troupe_is_no_deputy():
    text = ("# 两会与体育\n\n2017年3月6日，全国人大代表卜振东说，要办好群众体育。\n\n"
            "中国体育代表团团长、某总局副局长闫秀清率团出征，代表们为其送行。某艺术团团长罗建明、副团长邝海峰出席演出，与代表们合影。")
    assert names(text) == ["卜振东"]
