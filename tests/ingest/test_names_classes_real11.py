"""Shapes a set of real pages (real11) showed the parser missing or misreading, each with a look-alike
that names no delegate: a congress delegation's roster, a day between a name and its verb, ….
Every article here is fictional (虚构示例), set in other provinces and years than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

# -- a delegation's roster: 全国两会X代表团成员名单, a count sub-heading, names set apart by 、 -----------

MACAO_2018 = "# 全国两会澳门代表团成员名单\n\n来源：某某网\n\n"
ROSTER = "澳门特别行政区(5名)\n\n区锦添、邝慧仪(女)、欧阳明轩、黎振邦、温佩珊(女)\n\n"


def test_a_congress_delegations_roster_names_its_deputies_with_the_delegation():
    text = MACAO_2018 + "全国两会澳门代表团成员名单\n\n" + ROSTER + "3月5日，十三届全国人大一次会议在北京开幕。"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.level, d.delegation) for d in found] == [
        (name, "deputy", "national", "澳门代表团") for name in ("区锦添", "邝慧仪", "欧阳明轩", "黎振邦", "温佩珊")
    ]


def test_a_trade_delegations_roster_names_no_deputies():
    text = ("# 澳门经贸代表团成员名单\n\n来源：某某网\n\n澳门经贸代表团成员名单\n\n" + ROSTER
            + "2018年3月5日，代表团一行抵达成都考察。")
    assert names(text) == []


# -- a day between the name and its verb: 校长张某5月22日向大会提交建议 -------------------------------------

ROUNDUP_2021 = "# 校长们在两会上说了啥\n\n日期：2021-03-08\n\n"


def test_a_day_between_a_name_and_its_verb_ends_the_name():
    text = (ROUNDUP_2021 + "出席十三届全国人大四次会议的全国人大代表、吉林农业大学校长郝振东3月6日向大会提交建议，"
            "推动农业科普进校园。")
    assert delegates(text) == [("郝振东", "deputy", "national")]


def test_a_day_after_a_word_that_is_no_name_makes_no_delegate():
    text = (ROUNDUP_2021 + "全国人大代表们3月6日向大会提交建议，推动农业科普进校园。")
    assert names(text) == []


# -- after the role, a verb and its object: 委员应该站出来为…实现普选说话 ------------------------------------


def test_a_word_after_a_verb_that_follows_the_role_is_no_name():
    text = ("# 政协委员热议\n\n2016年3月4日，全国政协十二届四次会议开幕。\n\n"
            "某副主席表示，澳区委员应该站出来为2019年实现普选说话。普选是大家的期盼，普选不能等，普选要依法。"
            "全国政协委员邝慧仪说，她带来了三份提案。")
    assert names(text) == ["邝慧仪"]


# -- 为您推荐: a related-links block under the article; its headlines name no delegate of the article ---

QINGHAI_2022 = "# 2021年青海省政协立案提案612件\n\n2022年1月18日上午，政协青海省第十二届委员会第五次会议开幕。省政协副主席马某某向大会报告提案工作情况。\n\n作者：某某\n\n"


def test_a_members_headline_under_for_you_recommended_is_no_delegate():
    text = (QINGHAI_2022 + "为您推荐\n\n全国政协委员邝国平：推动文旅融合走深走实\n\n"
            "在今年全国两会上，全国政协委员、某某协会会长邝国平围绕文旅融合建言...")
    assert names(text) == []


def test_a_member_named_in_the_article_above_the_block_is_kept():
    text = (QINGHAI_2022.replace("省政协副主席马某某", "省政协委员邝国平") + "为您推荐\n\n青海发布2022年第1号总林长令\n\n")
    assert names(text) == ["邝国平"]


# -- 作为 + two roles, then a clause about an event: N名某某人作为全国人大代表、全国政协委员，共赴…的盛会 ---


def test_two_roles_said_of_the_subject_before_zuowei_name_no_one_after_them():
    text = ("# 我院代表委员赴京\n\n2019年全国两会正在进行中。5名湘雅人作为全国人大代表、全国政协委员，"
            "共赴这场春天的盛会，积极建言资政。全国人大代表、院长戴秋林说，今年带来两份建议。")
    assert names(text) == ["戴秋林"]


# -- the excerpt stops inside a name: …提案。全国政协委员邵家 (cut), not a two-character name -----------

MARK = "虚构示例\n\n"


def test_a_name_the_excerpt_ends_on_with_no_stop_is_cut_off():
    text = (MARK + "# 澳区委员启程赴京\n\n2019年3月1日，多位全国政协委员启程赴京。全国政协委员贺国良表示，将提交三份提案。\n"
            "同时出发的多位委员，也计划提出提案。\n全国政协委员邝家")
    assert [d.name for d in parse_article(text).delegates] == ["贺国良"]


def test_a_name_the_text_repeats_at_its_end_is_kept():
    text = (MARK + "# 澳区委员启程赴京\n\n2019年3月1日，全国政协委员邝家表示，将提交三份提案。\n"
            "同时出发的多位委员，也计划提出提案。\n全国政协委员邝家")
    assert [d.name for d in parse_article(text).delegates] == ["邝家"]


def test_a_roster_whose_last_entry_ends_the_text_keeps_it():
    text = (MARK + "# 我会成员履职情况\n\n2023年1月，市两会召开。\n\n"
                   "党员担任政协委员名单：邝国平、贺国良、欧阳明轩、戴秋林")
    assert [d.name for d in parse_article(text).delegates] == ["邝国平", "贺国良", "欧阳明轩", "戴秋林"]


# -- a list of names, then ……这些代表委员: what its people are, either role ---------------------------

FEATURE_2013 = "# 两会的热度从何而来\n\n特派记者 某某\n\n2013年3月12日，全国两会正在北京举行。\n\n"


def test_names_listed_before_these_deputies_and_members_are_delegates_of_either_role():
    text = (FEATURE_2013 + "邝国平、贺国良、欧阳明轩、戴秋林……这些代表委员，平日的身份是企业家、医生、老师，"
            "在会场上他们都是参与国是的一员。")
    assert [(name, role) for name, role, _ in delegates(text)] == [
        ("邝国平", "other"), ("贺国良", "other"), ("欧阳明轩", "other"), ("戴秋林", "other")]


def test_names_listed_before_these_guests_are_no_delegates():
    text = (FEATURE_2013 + "邝国平、贺国良、欧阳明轩、戴秋林……这些嘉宾，平日的身份是企业家、医生、老师。")
    assert names(text) == []


# -- a sector's member: 文艺界委员甲和妇联界委员乙 (界 ends the sector's name, never a person's) ------------

FLIGHT_2019 = "# 住滇委员赴京\n\n2019年3月1日，出席全国政协十三届二次会议的住滇全国政协委员飞往北京。"


def test_members_named_after_their_sectors_are_members():
    text = FLIGHT_2019 + "科技界委员邝国平和妇联界委员戴秋林手捧着曲谱，在飞机上纵情放歌。"
    assert delegates(text) == [("邝国平", "member", "national"), ("戴秋林", "member", "national")]


def test_a_sector_before_the_role_is_no_name():
    text = FLIGHT_2019 + "文艺界委员在飞机上纵情放歌，大家热烈讨论提案。"
    assert names(text) == []


# -- 总结, 概括 follow a name (jieba tags them as nouns): 团长马某总结本次会议表示 --------------------------


def test_a_name_followed_by_a_verb_the_dictionary_tags_as_a_noun_ends_there():
    text = ("# 澳区代表见记者\n\n2018年3月20日，十三届全国人大一次会议闭幕。"
            "全国人大代表、某某商会会长邝国平总结本次会议表示，代表们共提交建议86项。")
    assert delegates(text) == [("邝国平", "deputy", "national")]


# -- Tibetan name parts 旦巴 and 仓木决; a name before 眼里 (在某某眼里) ----------------------------------

GANZI_2016 = "# 州两会开幕\n\n2016年2月20日，甘孜州十一届人大五次会议开幕。"


def test_tibetan_names_ending_in_danba_and_cangmujue_are_read_whole():
    text = (GANZI_2016 + "州人大代表、某某县某某乡某某村农牧民次仁仓木决说，要把群众的声音带到大会。"
            "这些在州人大代表、某某县委副书记扎西旦巴眼里，是发展成就的生动例证。")
    assert delegates(text) == [("次仁仓木决", "deputy", "municipal"), ("扎西旦巴", "deputy", "municipal")]


def test_a_place_before_yanli_is_no_name():
    text = GANZI_2016 + "在州人大代表眼里，家乡变化很大。州人大代表、某某县委副书记扎西旦巴说，要加快发展。"
    assert names(text) == ["扎西旦巴"]


# -- a digest of speeches: 本报特摘登N名委员的发言, then NAME：headline over each speech ---------------------

DIGEST_2015 = ("# 委员大会发言摘登\n\n今天下午，省政协十一届三次会议举行大会发言，12名委员走上讲台建言献策。"
               "本报特摘登12名委员的发言，以飨读者。\n\n农业\n\n")
SPEECHES = ("邝国平：让高原特色农业走出去\n\n云南高原特色农业发展迅速，但品牌建设仍显不足。\n\n"
            "建议：加大品牌培育力度，完善冷链物流。\n\n（代表民盟云南省委发言）\n\n"
            "戴秋林：做好边境旅游这篇文章\n\n边境旅游潜力巨大。")


def test_the_speakers_of_a_digest_of_members_speeches_are_members():
    assert delegates(DIGEST_2015 + SPEECHES) == [("邝国平", "member", "regional"), ("戴秋林", "member", "regional")]


def test_name_headlines_under_a_digest_of_experts_talks_are_no_delegates():
    text = DIGEST_2015.replace("摘登12名委员的发言", "摘登12位专家的发言") + SPEECHES
    assert names(text) == []


# -- deputies and members together, then their names: other, unless named with their own role -----------

MACAO_2016 = "# 澳区代表委员启程赴京\n\n2016年3月2日，十二届全国人大四次会议即将开幕。"


def test_names_after_a_group_of_deputies_and_members_are_delegates_of_either_role():
    text = (MACAO_2016 + "多位澳区全国人大代表和全国政协委员，包括邝国平、贺国良、戴秋林等中午乘专机前往北京。"
            "澳区全国人大代表贺国良表示，准备了五份建议。")
    assert delegates(text) == [
        ("邝国平", "other", "national"), ("贺国良", "deputy", "national"), ("戴秋林", "other", "national")]


def test_names_in_the_clause_after_a_meeting_of_deputies_and_members_are_delegates_of_either_role():
    text = (MACAO_2016 + "澳门某会的全国人大代表及政协委员5日下午在北京召开记者会，邝国平、贺国良、戴秋林出席记者会。")
    assert [role for _, role, _ in delegates(text)] == ["other", "other", "other"]


def test_names_after_a_group_of_staff_are_no_delegates():
    text = (MACAO_2016 + "多位澳区工作人员和志愿者，包括邝国平、贺国良、戴秋林等中午乘专机前往北京。")
    assert names(text) == []


# -- a pronoun in the paragraph's first sentence says the role of the name opening it ---------------------

TAIWAN_2018 = "# 台籍委员谈两岸交流\n\n2018年3月6日，全国政协十三届一次会议正在北京举行。\n\n"


def test_a_first_person_role_in_the_quote_of_the_name_opening_the_paragraph_is_theirs():
    text = (TAIWAN_2018 + "邝国平在回答记者提问时说：“在这里，我就是一个政协委员，我是以这样的身份参加讨论的。”\n\n"
            "戴秋林解释，他并不是因为当政协委员才说这话，两岸融合发展是大势所趋。")
    assert delegates(text) == [("邝国平", "member", "national"), ("戴秋林", "member", "national")]


def test_a_pronoun_role_after_the_first_sentence_or_of_someone_elses_is_no_evidence():
    text = (TAIWAN_2018 + "邝国平在回答记者提问时说了一句话。“我就是一个政协委员。”\n\n"
            "戴秋林解释，他的同事是政协委员。")
    assert names(text) == []


# -- 作为女代表之一的谢某: one of the deputies, then the name -------------------------------------------------

WENZHOU_2019 = "# 我市代表的两会时间\n\n2019年3月9日，十三届全国人大二次会议进入第五天。"


def test_a_name_after_one_of_the_deputies_is_a_deputy():
    text = WENZHOU_2019 + "3月8日是国际劳动妇女节。作为女代表之一的邝慧仪，感受到了满满的节日氛围。"
    assert delegates(text) == [("邝慧仪", "deputy", "national")]


def test_a_name_after_one_of_the_volunteers_is_no_delegate():
    text = WENZHOU_2019 + "3月8日是国际劳动妇女节。作为志愿者之一的邝慧仪，感受到了满满的节日氛围。"
    assert names(text) == []
