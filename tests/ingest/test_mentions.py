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
