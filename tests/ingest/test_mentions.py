"""Delegate mentions: the shapes papers introduce delegates in, and the words that are no names."""

from __future__ import annotations

import pytest

from proposals.ingest.parse import ParseError, parse_article


def delegates_of(text: str) -> dict[str, dict]:
    return {d.name: d for d in parse_article(text).delegates}


@pytest.mark.parametrize(
    ("sentence", "name", "role", "level", "affiliation"),
    [
        ("自治区人大代表、乌海市第十二中学校长陈瑾说，要办好教育。", "陈瑾", "deputy", "regional", "乌海市第十二中学校长"),
        ("全国政协委员、民进中央副主席朱永新表示，教育要公平。", "朱永新", "member", "national", "民进中央副主席"),
        ("十四届全国人大代表，湖南省农业科学院研究员欧阳晓东建议，加强种业攻关。", "欧阳晓东", "deputy", "national", "湖南省农业科学院研究员"),
        ("市第一中学副校长诸葛文静委员说，要减负。", "诸葛文静", "member", "unknown", "市第一中学副校长"),
        ("广东省人大代表、珠江集团董事长李明说，要扩大开放。", "李明", "deputy", "regional", "珠江集团董事长"),
        ("北京市政协委员、北京大学教授王芳认为，应当加强基础研究。", "王芳", "member", "regional", "北京大学教授"),
        ("呼和浩特市人大代表、新城区某街道社区主任张华说，要做好养老。", "张华", "deputy", "municipal", "新城区某街道社区主任"),
        ("达拉特旗政协委员、旗医院医生刘强说，基层医疗要加强。", "刘强", "member", "county", "旗医院医生"),
        ("全国人大代表、新疆某牧场场长库尔班·尼亚孜说，要发展畜牧业。", "库尔班·尼亚孜", "deputy", "national", "新疆某牧场场长"),
        ("自治区政协委員、青川市研究院院长欧阳晨光认为,应加快发展。", "欧阳晨光", "member", "regional", "青川市研究院院长"),
    ],
)
def test_introductions_in_the_shapes_papers_print(sentence, name, role, level, affiliation):
    found = delegates_of("# 两会报道\n\n" + sentence)
    assert name in found, list(found)
    delegate = found[name]
    assert (delegate.role, delegate.affiliation) == (role, affiliation)
    if level != "unknown":
        assert delegate.level == level


def test_delegation_and_group_shapes():
    found = delegates_of(
        "# 两会报道\n\n2月4日，通辽市代表团孙长伟代表建议，培育乡村职业经理人。\n\n"
        "冯锋等12名代表联名提出议案，建议完善法律。\n\n"
        "自治区政协委员比其格图(右)与自治区政协委员乌仁图雅探讨农畜产品走向大市场。\n\n"
        "自治区政协委员巴图孟和(左)、高岚在驻地交流。"
    )
    assert found["孙长伟"].delegation == "通辽市代表团"
    assert found["孙长伟"].role == "deputy"
    assert {"冯锋", "比其格图", "乌仁图雅", "巴图孟和", "高岚"} <= set(found)


def test_words_around_roles_are_not_taken_for_names():
    found = delegates_of(
        "# 两会报道\n\n代表委员们纷纷表示，要抓好落实。各位代表认真审议了报告。会议期间，市人大代表共提出议案和建议286件。"
        "现代化产业体系在自治区两会上成为代表委员热议的焦点。\n\n自治区人大代表、某公司董事长王进平表示，要创新。"
    )
    assert list(found) == ["王进平"]


def test_committees_officials_and_delegation_role_shapes():
    found = delegates_of(
        "# 两会报道\n\n市委常委、宣传部部长张华出席会议并讲话。党委委员李强介绍了情况。市政协主席刘军主持会议。\n\n"
        "全国人大代表、全国劳动模范、某钢铁集团董事长赵建国说，要推动钢铁行业绿色转型。\n\n"
        "参加审议的广东代表团代表黄志明说，要扩大开放。中国科学院学部委员会议召开。\n\n"
        "江苏代表团的吴海燕、郑志刚两位代表共同提出议案。"
    )
    assert set(found) == {"赵建国", "黄志明", "吴海燕", "郑志刚"}
    assert found["郑志刚"].delegation == "江苏代表团"
    assert (found["赵建国"].organization, found["赵建国"].title) == ("某钢铁集团", "董事长")
    assert found["赵建国"].affiliation == "全国劳动模范、某钢铁集团董事长"  # verbatim, honours included
    assert (found["黄志明"].role, found["黄志明"].delegation) == ("deputy", "广东代表团")


# Shapes met on real pages, in sentences of our own (虚构示例), other provinces and years.


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        # a lead-in word before a name that the role follows
        ("虚构示例。据了解，青州代表团共提交建议九十件，其中钟毓秀代表提交了十二件。", "钟毓秀", ""),
        ("虚构示例。图为列车上，韩东来代表（左）与龚建设代表就职业教育话题深入交流。", "龚建设", ""),
        # verbs after the name that older rules did not know
        ("虚构示例。全国人大代表、某牧场场长巴特尔带来了关于草原保护的建议。", "巴特尔", "某牧场场长"),
        ("虚构示例。全国人大代表李秀琴来自川南某县，她说乡村要振兴。", "李秀琴", ""),
        ("虚构示例。省政协委员台来提·乌布力兴奋地说，今年带来三件提案。", "台来提·乌布力", ""),
        # titles on both sides of a name, joined by 、
        ("虚构示例。全国人大代表、市委副书记、市长柯文渊说，要补齐交通短板。", "柯文渊", "市委副书记、市长"),
        # a bracket inside the organization's name
        ("虚构示例。全国政协委员、某某(青州)律师事务所律师鲍立新告诉记者，要优化营商环境。", "鲍立新", "某某(青州)律师事务所律师"),
        # front-line jobs as titles
        ("虚构示例。全国人大代表、某电子研究所钳工苗建国认为，应加强技能培训。", "苗建国", "某电子研究所钳工"),
        # a preposition before the organization
        ("虚构示例。在某药业集团董事长聂文海代表看来，中医药要传承创新。", "聂文海", "某药业集团董事长"),
    ],
)
def test_name_boundaries_in_real_page_shapes(sentence, name, affiliation):
    found = delegates_of("# 两会报道\n\n" + sentence)
    assert name in found, list(found)
    assert found[name].affiliation == affiliation
    assert len(found) == (2 if "韩东来" in sentence else 1), list(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "虚构示例。在疆全国人大代表、住疆全国政协委员抵达首都北京，出席大会。",
        "虚构示例。驻我区全国人大代表牢记嘱托，认真履职。代表团现有代表58名。",
        "虚构示例。他期待与更多政协委员、人大代表做一些深度的交流。",
        "虚构示例。500多名省人大代表和政协委员陆续来到驻地报到。",
        "虚构示例。作为全国政协委员履职的第三年，我依然很兴奋。",
        "虚构示例。省政协副秘书长出席会议。全国人大代表所在党支部开展学习。",
    ],
)
def test_sentences_about_delegates_in_general_name_nobody(sentence):
    with pytest.raises(ParseError):
        parse_article("# 两会报道\n\n" + sentence + "大家热烈鼓掌，齐聚一堂。")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("虚构示例。自治区人大代表、某嘎查党支部书记次仁卓玛说，要发展特色牧业。", "次仁卓玛"),
        ("虚构示例。全国人大代表、某牧业合作社理事长道尔吉建议，完善草原补奖政策。", "道尔吉"),
        ("虚构示例。全国政协委员阿不都热依木·买买提认为，应加快发展职业教育。", "阿不都热依木·买买提"),
        ("虚构示例。全国政协委员阿不都热依木买买提认为，应加快发展职业教育。", "阿不都热依木买买提"),
        ("虚构示例。自治区政协委员、某医院主任医师额尔德木图表示，要提升基层医疗水平。", "额尔德木图"),
    ],
)
def test_transliterated_names_with_or_without_a_middle_dot(sentence, name):
    assert list(delegates_of("# 两会报道\n\n" + sentence)) == [name]


def test_a_name_printed_in_traditional_characters_is_kept_as_printed_with_its_simplified_form():
    article = parse_article("# 兩會報道\n\n虚构示例。台灣省籍的全國政協委員、某大學教授陳建華說，要深化兩岸交流。")
    (delegate,) = article.delegates
    assert (delegate.name, delegate.simplified_name) == ("陳建華", "陈建华")
    assert (delegate.affiliation, delegate.organization, delegate.title) == ("某大學教授", "某大學", "教授")
    assert article.proposals[0].delegates == ("陳建華",)
    assert article.to_json("x")["delegates"][0]["simplified_name"] == "陈建华"


def test_a_national_deputy_quoted_in_a_provincial_article_keeps_the_national_level():
    found = delegates_of(
        "# 省两会观察\n\n虚构示例。2023年1月12日，湖南省十四届人大一次会议开幕。\n\n"
        "省人大代表、某县县长龙建辉说，要推进县域经济发展。\n\n"
        "列席会议的全国人大代表、某农科院研究员邹晓梅认为，要加强种业攻关。"
    )
    assert (found["龙建辉"].level, found["邹晓梅"].level) == ("regional", "national")


def test_delegates_without_a_level_word_take_the_level_of_the_meeting_with_its_term():
    found = delegates_of("# 报道\n\n虚构示例。出席省十三届人大五次会议的青州代表团代表积极建言。蓝海川代表提交了关于发展冷链物流的建议。")
    assert found["蓝海川"].level == "regional"


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("虚构示例。\n\n卓玛央金（自治区人大代表、日喀则市某乡党委书记）：我们乡的牦牛合作社办起来了。", "卓玛央金",
         "日喀则市某乡党委书记"),
        ("虚构示例。\n\n■ 邬建平（全国人大代表、某县茶叶协会会长）：建议支持山区茶产业。", "邬建平", "某县茶叶协会会长"),
        ("虚构示例。\n\n【同期声】全国政协委员、某音乐学院院长 黎晓岚\n\n我这次的提案是关于乡村美育的。", "黎晓岚", "某音乐学院院长"),
    ],
)
def test_bracketed_profiles_bulleted_paragraphs_and_speaker_lines(text, name, affiliation):
    article = parse_article("# 两会访谈\n\n" + text)
    (delegate,) = article.delegates
    assert (delegate.name, delegate.affiliation) == (name, affiliation)
    assert article.proposals[0].delegates == (name,)


def test_the_subject_of_a_sentence_that_says_she_is_a_deputy_is_a_delegate():
    found = delegates_of(
        "# 报道\n\n虚构示例。2022年1月，甘南俞秀兰早早来到驻地，她是一所小学的老师，也是新当选的省人大代表。俞秀兰说，要办好寄宿制学校。"
    )
    assert list(found) == ["俞秀兰"]
    assert found["俞秀兰"].level == "regional"


def test_an_invited_delegate_has_the_role_other():
    found = delegates_of("# 报道\n\n虚构示例。特邀代表、县个体劳动者协会会长聂长河建议，减少对个体户的重复检查。")
    assert found["聂长河"].role == "other"


def test_a_list_of_attendees_makes_no_proposal():
    article = parse_article(
        "# 报道\n\n虚构示例。出席会议的有：全国政协常委、某省政协主席庞志远，全国政协委员barrier。"
        .replace("barrier", "蓝晓东、鲍春燕等")
        + "\n\n全国政协委员、某大学教授蓝晓东说，要加强基础研究。"
    )
    assert {d.name for d in article.delegates} >= {"庞志远", "蓝晓东"}
    assert [p.delegates for p in article.proposals] == [("蓝晓东",)]


def test_names_of_delegates_after_a_conjunction_in_a_list():
    found = delegates_of("# 报道\n\n虚构示例。省人大代表、某研究所研究员符雅琴与王海生、吴秀兰两位代表联名提出议案。")
    assert set(found) == {"符雅琴", "王海生", "吴秀兰"}


def test_a_transliterated_name_printed_with_a_space_for_its_dot_is_one_name():
    article = parse_article("# 报道\n\n虚构示例。全国人大代表艾尼瓦尔 吐尔地是一名果农。艾尼瓦尔 吐尔地认为，要建好冷链。")
    assert [d.name for d in article.delegates] == ["艾尼瓦尔 吐尔地"]


def test_a_name_keeps_the_middle_dot_it_is_printed_with():
    (delegate,) = parse_article("# 报道\n\n虚构示例。全国人大代表阿依古丽•买买提建议，加大学前教育投入。").delegates
    assert (delegate.name, delegate.simplified_name) == ("阿依古丽•买买提", "阿依古丽·买买提")


@pytest.mark.parametrize("heading", ["苏州代表热议开放", "齐鲁委员建言", "三秦代表谈发展"])
def test_places_before_a_role_word_are_not_names(heading):
    with pytest.raises(ParseError):
        parse_article(f"# {heading}\n\n虚构示例。会议期间，代表委员们积极建言献策，围绕高质量发展展开讨论。")


def test_in_a_municipality_under_the_central_government_city_delegates_are_provincial():
    found = delegates_of(
        "# 报道\n\n虚构示例。2025年1月15日，重庆市第六届人民代表大会第三次会议举行。\n\n"
        "在渝北区代表团，市人大代表、某物流公司总经理简明远说，要建好陆海新通道。"
    )
    assert (found["简明远"].level, found["简明远"].delegation) == ("regional", "渝北区代表团")


def test_a_delegation_named_after_a_place_that_begins_with_a_conjunction_is_kept_whole():
    found = delegates_of("# 报道\n\n虚构示例。在和平区代表团审议现场，市人大代表、某医院院长尤国庆说，要建好社区医院。")
    assert found["尤国庆"].delegation == "和平区代表团"


def test_a_delegation_named_after_a_province_makes_an_otherwise_unknown_level_national():
    found = delegates_of("# 报道\n\n虚构示例。内蒙古代表团的苏和巴特尔代表建议，加强草原生态保护。")
    assert found["苏和巴特尔"].level == "national"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("虚构示例。来自大理的全国人大代表杨丽华说，要保护洱海。", "杨丽华"),
        ("虚构示例。记者采访了全国政协委员、某大学教授何志明。他认为，基础研究要长期投入。", "何志明"),
        ("虚构示例。“要让农民腰包鼓起来。”全国人大代表、某村党支部书记吴国平一边翻看笔记一边说。", "吴国平"),
        ("虚构示例。谈及乡村振兴，全国人大代表、某合作社理事长孙国强深有感触。", "孙国强"),
        ("虚构示例。全国人大代表、某公司工程师拉巴次仁说，要推动清洁能源发展。", "拉巴次仁"),
        ("虚构示例。自治区人大代表强巴说，要修好农村公路，让群众出行更方便。", "强巴"),
    ],
)
def test_one_delegate_in_everyday_shapes(sentence, name):
    assert list(delegates_of("# 报道\n\n" + sentence)) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("虚构示例。全国政协委员、某大学副校长蔡慧敏博士认为，科研经费要跨境使用。", "蔡慧敏"),
        ("虚构示例。全国政协委员、某重工集团总工程师庞国栋刚下火车就打开电脑修改提案。", "庞国栋"),
        ("虚构示例。省人大代表、某区非遗工作室负责人尹兰芝应邀列席审议，她说要让年画走进校园。", "尹兰芝"),
        ("虚构示例。温州代表团的省人大代表严春燕当天也来到驻地，她建议优化营商环境。", "严春燕"),
    ],
)
def test_titles_and_time_words_after_a_name_end_it(sentence, name):
    assert list(delegates_of("# 报道\n\n" + sentence)) == [name]


def test_a_delegation_named_beside_the_delegate_in_another_sentence_is_theirs():
    found = delegates_of(
        "# 报道\n\n虚构示例。记者：在牡丹江代表团，我们见到了基层代表乔玉芬。\n\n"
        "同期声（省人大代表、某村党支部书记 乔玉芬）：我建议加大对返乡创业青年的扶持。"
    )
    assert found["乔玉芬"].delegation == "牡丹江代表团"


@pytest.mark.parametrize(
    ("delegation", "level"),
    [("锡林郭勒盟代表团", "regional"), ("黔东南州代表团", "regional"), ("鹿城区代表团", "municipal"), ("青松镇代表团", "county")],
)
def test_a_delegation_tells_the_level_of_a_session_that_names_none(delegation, level):
    found = delegates_of(f"# 报道\n\n虚构示例。{delegation}的乌日娜代表说，要发展现代畜牧业，保护好草原生态。")
    assert found["乌日娜"].level == level


def test_a_verb_after_a_role_word_is_no_lead_in_to_a_place():
    found = delegates_of(
        "# 报道\n\n虚构示例。自治区人大代表抵达呼和浩特。代表们在分组讨论中热烈鼓掌，齐聚一堂共商发展。"
        "自治区人大代表、某村党支部书记高玉兰说，要办好村集体经济。"
    )
    assert list(found) == ["高玉兰"]


@pytest.mark.parametrize(
    "sentence",
    ["虚构示例。广大人大代表常年坚持深入基层调研，倾听群众呼声，反映社情民意。",
     "虚构示例。部分政协委员向大会提交了提案，内容涉及经济社会发展各个方面。",
     "虚构示例。多位政协委员马上行动起来，深入一线开展调研，形成了高质量提案。"],
)
def test_common_words_after_a_role_word_are_not_names(sentence):
    with pytest.raises(ParseError):
        parse_article("# 报道\n\n" + sentence)


def test_a_run_of_speakers_joined_by_the_list_mark_after_their_titles():
    # 虚构示例: a CPPCC plenary's speakers, each NAME委员(代表 a party)作“title”, joined by 、.
    text = ("# 十六位委员大会发言\n\n市政协十四届三次会议举行大会发言。\n\n"
            "邱文华委员代表民盟市委作“打造长江口生态廊道”、贺明远委员作“让老字号焕发新活力”、"
            "闵晓岚委员代表致公党市委作“关于完善托育服务的建议”。\n\n虚构示例（本文为测试用虚构文章）")
    assert list(delegates_of(text)) == ["邱文华", "贺明远", "闵晓岚"]


def test_a_role_that_is_the_subject_of_a_verb_names_nobody_after_it():
    text = ("# 界别活动\n\n2020年1月，政协淮南市第十届委员会第四次会议召开。会后，政协委员还认真学习了市委书记郑在山同志的讲话精神。"
            "政协委员、某公司经理卢文清说，要优化营商环境。\n\n虚构示例")
    assert [d.name for d in parse_article(text).delegates] == ["卢文清"]


def test_one_who_reports_on_behalf_of_a_standing_committee_or_a_government_is_not_a_deputy_for_it():
    text = ("# 大会开幕\n\n2015年1月，自治区政协十一届三次会议开幕。自治区政协主席阿不力孜·买买提代表自治区政协十一届常委会，向大会报告工作。"
            "自治区主席塔依尔·吐尔逊代表自治区人民政府作工作报告。自治区政协委员、某医院院长古丽·艾山说，要加强基层医疗。\n\n虚构示例")
    assert [d.name for d in parse_article(text).delegates] == ["古丽·艾山"]


def test_a_name_first_caption_with_the_role_among_posts_listed_with_a_pause_mark():
    text = ("# 代表风采\n\n2020年1月，省十三届人大三次会议召开。\n↑ 黎翠英，全省优秀村医、省人大代表、宜章县某村卫生室村医。\n"
            "会前，黎翠英走访了50名乡医。\n\n虚构示例")
    assert [(d.name, d.role, d.level, d.affiliation) for d in parse_article(text).delegates] == [
        ("黎翠英", "deputy", "regional", "宜章县某村卫生室村医")]


def test_a_name_after_a_copula_and_before_the_role_is_the_delegate():
    text = ("# 大会发言\n\n2013年1月，政协绵阳市第七届委员会第一次会议举行大会发言。民进的大会发言代表是冯晓岚委员。"
            "第二个发言的是蒲建中委员，他建议发展职业教育。\n\n虚构示例")
    assert [(d.name, d.role) for d in parse_article(text).delegates] == [("冯晓岚", "member"), ("蒲建中", "member")]


def test_a_past_role_in_a_profile_makes_no_delegate_and_a_count_is_no_part_of_a_delegation():
    text = ("# 代表委员风采\n\n2010年3月，十一届全国人大三次会议开幕。\n魏国平，中共党员，某大学教授，曾任第十届全国人大代表。\n"
            "据悉，8位港区人大代表团中的何嘉伦、梁咏琪会后会见传媒。\n\n虚构示例")
    parsed = parse_article(text).delegates
    assert [(d.name, d.delegation) for d in parsed] == [("何嘉伦", "港区人大代表团"), ("梁咏琪", "港区人大代表团")]


def test_one_who_speaks_for_an_organisation_under_a_title_is_not_a_deputy_for_it():
    text = ("# 大会发言\n\n2019年1月，政协宜宾市第五届委员会第三次会议开幕。界别委员罗德明代表市工商联以《发挥商会作用》为题作大会发言。"
            "\n\n虚构示例")
    assert [(d.name, d.role) for d in parse_article(text).delegates] == [("罗德明", "member")]


def test_a_member_who_speaks_for_another_member_names_both_and_独_is_a_surname():
    text = ("# 大会发言\n\n2022年1月，省政协十二届五次会议举行大会发言。独秀梅委员代表民革省委在发言中说，要守好生态屏障；"
            "马晓兰委员代表韩志远委员在发言中说，要发展绿电产业。\n\n虚构示例")
    assert [d.name for d in parse_article(text).delegates] == ["独秀梅", "马晓兰", "韩志远"]
