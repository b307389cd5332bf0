"""Delegate mentions: the shapes papers introduce delegates in, and the words that are no names."""

from __future__ import annotations

import pytest

from proposals.ingest.parse import parse_article


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
