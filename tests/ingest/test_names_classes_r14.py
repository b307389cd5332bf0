"""Shapes a set of real pages (real14) showed the parser missing, each with a look-alike that names no
delegate: bare lists under a group's sentence or count, long lists, a rare character, a speech
title after a sector's member. Every article here is fictional (虚构示例), set in other provinces,
years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

GUIZHOU_2019 = "# 我省代表返筑\n\n日期：2019-03-16\n\n"
QINGHAI_2022 = "# 州政协委员报到\n\n日期：2022-01-05\n\n"
YUNNAN_2013 = "# 我州代表赴京\n\n日期：2013-03-01\n\n"
ZHEJIANG_2021 = "# 省政协会议开幕\n\n日期：2021-01-20\n\n"
NANPING_2012 = "# 台胞委员建言\n\n日期：2012-01-06\n\n"
SHAOXING_2023 = "# 大会发言\n\n日期：2023-01-08\n\n"

# -- lines under a sentence about the unit's own delegates: 我省全国人大代表…返回。/ 甲、乙同机返回。 -------------

RETURN = "出席十三届全国人大二次会议的我省全国人大代表圆满完成各项议程，于3月16日返回贵阳。\n"


def test_names_opening_the_lines_under_a_groups_sentence_are_its_delegates():
    text = GUIZHOU_2019 + RETURN + "韦明德、覃秀英、陆国才同机返回。\n杨光辉、吴丽萍、龙晓梅另机抵达。\n会议期间，代表们提交建议30件。"
    assert delegates(text) == [(name, "deputy", "national") for name in
                               ("韦明德", "覃秀英", "陆国才", "杨光辉", "吴丽萍", "龙晓梅")]


def test_lines_under_a_group_that_is_no_delegates_name_no_one():
    text = (GUIZHOU_2019 + "出席全国运动会的我省运动员圆满完成比赛，于3月16日返回贵阳。\n韦明德、覃秀英、陆国才同机返回。\n"
            "全国人大代表杨光辉说，体育事业大有可为。")
    assert names(text) == ["杨光辉"]


def test_a_line_that_does_not_open_with_names_ends_the_group():
    text = GUIZHOU_2019 + RETURN + "省领导韦明德、覃秀英到机场迎接。\n杨光辉、吴丽萍另机抵达。"
    assert names(text) == []


# -- a list before 等 and a description of the group: 甲、乙等参加…会议的18名在某市的州政协委员 ----------------


def test_a_list_before_a_described_and_counted_group_is_its_members():
    text = (QINGHAI_2022 + "1月5日，马海龙、敏文秀等参加政协海西州第十二届委员会第二次会议的18名在格尔木市的州政协十二届委员会委员，"
            "抵达德令哈报到。")
    assert delegates(text) == [("马海龙", "member", "municipal"), ("敏文秀", "member", "municipal")]


def test_people_who_visit_a_described_group_are_not_its_members():
    text = (QINGHAI_2022 + "1月5日，马海龙、敏文秀等看望了参加政协海西州第十二届委员会第二次会议的18名州政协委员。"
            "州政协委员韩德明说，要珍惜履职机会。")
    assert names(text) == ["韩德明"]


# -- a count with the term between it and the role: 甲、乙、丙等3位十二届全国人大代表 -----------------------------


def test_a_counted_list_with_the_term_before_the_role_is_read():
    text = YUNNAN_2013 + "十二届全国人大一次会议即将召开。我州共有段志强、杨丽珍、李国华等3位十二届全国人大代表。"
    assert delegates(text) == [("段志强", "deputy", "national"), ("杨丽珍", "deputy", "national"),
                               ("李国华", "deputy", "national")]


def test_a_counted_list_of_other_people_with_a_term_is_not():
    text = YUNNAN_2013 + "我州共有段志强、杨丽珍、李国华等3位十二届全国劳动模范。全国人大代表杨明亮说，要发展边境贸易。"
    assert names(text) == ["杨明亮"]


# -- a list of more than ten names after a bare role going on from a full one ---------------------------------

TWELVE = "周立新、吴海平、郑晓东、王秀英、冯建国、陈丽华、褚志明、卫红梅、蒋文斌、沈国强、韩小玲、杨建平"


def test_a_list_of_twelve_members_after_a_continued_role_is_read_whole():
    text = ZHEJIANG_2021 + "浙江省政协十二届四次会议昨日开幕。浙政协常委朱文涛、秦海燕，委员" + TWELVE + "出席。"
    found = names(text)
    assert len(found) == 14 and found[-1] == "杨建平"


def test_twelve_names_of_staff_name_no_member():
    text = ZHEJIANG_2021 + "浙江省政协十二届四次会议昨日开幕。工作人员" + TWELVE + "参加服务。省政协委员朱文涛说，要履职尽责。"
    assert names(text) == ["朱文涛"]


# -- a rare name character whose simplified form lies beyond the Basic Plane (瓅 → 𬍛) ----------------------


def test_a_name_with_a_rare_traditional_character_is_read_in_a_list():
    text = NANPING_2012 + "南平市政協三屆一次會議期間，臺籍政協委員李瓅華、陳志遠也分別以個人名義遞交了提案。"
    assert delegates(text) == [("李瓅華", "member", "municipal"), ("陳志遠", "member", "municipal")]


# -- a speech under its title after a sector's member: 经济界委员某某作《…》的发言 ----------------------------------


def test_a_sector_member_giving_a_titled_speech_is_read():
    text = (SHAOXING_2023 + "绍兴市政协九届二次会议举行大会发言。经济界委员宋立群作《推动纺织产业升级》的发言；"
            "农业界委员钱海根作“做强茶叶品牌”的发言。")
    assert delegates(text) == [("宋立群", "member", "municipal"), ("钱海根", "member", "municipal")]


def test_a_two_character_name_ending_in_the_verbs_character_stays_whole():
    text = SHAOXING_2023 + "绍兴市政协九届二次会议开幕。政协委员李作说，要推动纺织产业升级。"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [d.name for d in found] == ["李作"]


# -- one of the group a paragraph speaks of, by the bare role after a comma: 委员们…，委员某某对…提出的建议 -------------

QIQIHAR_2018 = "# 分组讨论\n\n日期：2018-01-10\n\n齐齐哈尔市政协十四届二次会议召开。"


def test_a_bare_role_after_a_comma_in_a_paragraph_about_the_members_names_one():
    text = QIQIHAR_2018 + "委员们结合实际纷纷提出建议，委员孟庆林对打造湿地旅游线路提出的建议得到一致赞同。"
    assert delegates(text) == [("孟庆林", "member", "municipal")]


def test_a_bare_role_after_a_comma_without_the_group_or_a_name_names_no_one():
    assert names(QIQIHAR_2018 + "会议要求，委员孟庆林对打造湿地旅游线路提出的建议要办理好。") == []
    assert names(QIQIHAR_2018 + "委员们纷纷发言，代表全市人民提出意见。市政协委员孙立说，要发展。") == ["孙立"]


# -- one entry of a list of roles and posts, its title before the comma: 州政协委员、某学院甲教授，州人大代表、… -----


def test_a_titled_entry_ending_its_clause_in_a_list_of_roles_is_read():
    text = ("# 我校代表委员参加州两会\n\n日期：2020-01-12\n\n恩施州两会召开。州政协委员、法学院谭志华教授，"
            "州人大代表、医学院党委书记向红梅等接受采访。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.affiliation) for d in found] == [
        ("谭志华", "member", "法学院"), ("向红梅", "deputy", "医学院党委书记")]


def test_a_titled_entry_not_followed_by_another_role_is_read_by_its_unit():
    # The role, then a unit and a name (州政协委员、法学院谭某教授): the text says he is a member, list or
    # no list (real22: 省人大代表、民革某支部赵某建议). Its look-alike names no one after the unit.
    text = ("# 我校代表委员参加州两会\n\n日期：2020-01-12\n\n恩施州两会召开。州政协委员、法学院谭志华教授，"
            "州人大代表的建议很多。州人大代表向红梅说，要发展。")
    assert names(text) == ["谭志华", "向红梅"]
    text = ("# 我校代表委员参加州两会\n\n日期：2020-01-12\n\n恩施州两会召开。州政协委员、法学院的教授们，"
            "州人大代表的建议很多。州人大代表向红梅说，要发展。")
    assert names(text) == ["向红梅"]


# -- words after a name: a verb jieba tags as a noun (整理), and 一 + verb of "as soon as" (某某一出现，就…) ----------


def test_a_name_before_a_verb_tagged_as_a_noun_is_read():
    assert names("# 代表履职\n\n日期：2016-01-20\n\n市人大代表程丽萍整理资料。") == ["程丽萍"]


def test_a_name_before_as_soon_as_keeps_its_length():
    text = "# 报到\n\n日期：2025-01-08\n\n在报到大厅，株洲市人大代表邓磊一出现，就和代表们交流起来。邓磊代表说，要升级。"
    assert names(text) == ["邓磊"]


# -- posts printed before the name only in a later clause: 甲、乙等…委员…。会后，县政协党组书记、主席甲，… ---------

LINXIA_2021 = "# 州政协委员报到\n\n日期：2021-12-06\n\n"


def test_posts_a_later_clause_prints_before_a_bare_members_name_are_their_affiliation():
    text = (LINXIA_2021 + "12月6日，马国栋、敏海燕等参加政协临夏州第十五届委员会第一次会议的20名在和政县的州政协委员抵达报到。"
            "预备会后，县政协党组书记、主席马国栋，县委常委、统战部部长敏海燕就会风会纪作了培训。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [
        ("马国栋", "县政协党组书记、主席"), ("敏海燕", "县委常委、统战部部长")]


def test_a_later_clause_that_is_no_chain_of_posts_gives_no_affiliation():
    text = (LINXIA_2021 + "12月6日，马国栋、敏海燕等参加政协临夏州第十五届委员会第一次会议的20名在和政县的州政协委员抵达报到。"
            "预备会后，大家认真听取马国栋，还有敏海燕的介绍。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("马国栋", ""), ("敏海燕", "")]



def test_a_role_a_later_clause_prints_before_the_name_is_no_affiliation():
    text = (LINXIA_2021 + "12月6日，马国栋、敏海燕等参加政协临夏州第十五届委员会第一次会议的20名在和政县的州政协委员抵达报到。"
            "省政协常委马国栋在提案中建议，加快建设养老院。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert ("马国栋", "省政协常委") not in [(d.name, d.affiliation) for d in found]

# -- an Amdo woman's name ending in 措 (才让 + 措) ------------------------------------------------------------------


def test_an_amdo_name_ending_in_cuo_is_read_alone_on_its_caption_line():
    text = "# 代表报到\n\n日期：2019-01-24\n\n省人大代表扎西措\n\n代表们陆续步入会场报到。"
    assert names(text) == ["扎西措"]


def test_a_speakers_label_with_posts_gives_a_listed_deputy_the_posts():
    text = ("# 代表通道\n\n日期：2023-02-10\n\n2月10日，恩施州两会第二场“代表通道”采访活动举行。州人大代表谭丽君、向国平依次走上通道。\n\n"
            "建始县人民医院党委书记 向国平：\n\n我们要让健康科普走得更远。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("谭丽君", ""), ("向国平", "建始县人民医院党委书记")]


def test_a_name_before_as_soon_as_takes_the_posts_before_it():
    text = ("# 代表报到\n\n日期：2017-01-15\n\n“作为人大代表，我深感荣幸。”省人大代表，某市某公司党委书记、总经理罗建平"
            "一拿到代表证就佩戴在胸前。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("罗建平", "某市某公司党委书记、总经理")]


def test_a_line_of_names_of_another_kind_under_a_groups_sentence_is_not_read():
    for line in ("韦明德、覃秀英等省领导到机场迎接。", "韦明德、覃秀英两位同志到机场迎接。", "韦明德、覃秀英作为工作人员随行。"):
        assert names(GUIZHOU_2019 + RETURN + line + "\n会议期间，全国人大代表杨光辉提交建议3件。") == ["杨光辉"]
