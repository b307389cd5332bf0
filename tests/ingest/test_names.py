"""Person names judged from evidence: surnames, given-name characters, transliterated name parts,
and the words, places and titles that sit beside a name but are never part of it."""

from __future__ import annotations

import pytest

from proposals.ingest.evidence import edge_words, is_lead_in, transliteration_score
from proposals.ingest.name_shapes import name_shape_score


@pytest.mark.parametrize(
    "name",
    ["王芳", "孙建设", "李国琴", "欧阳晓东", "诸葛文静", "夏立", "温湛滨",
     # transliterated, with no Han surname
     "次仁卓玛", "道尔吉", "巴特尔", "额尔德木图", "图门吉日嘎拉", "扎西多吉", "阿不都热依木", "阿依古丽·买买提"],
)
def test_names_of_every_shape_are_names(name):
    assert name_shape_score(name) is not None


@pytest.mark.parametrize(
    "words",
    ["早早", "兴奋", "走上", "带来", "其中", "现有", "陆续", "履职", "分组", "鼓掌", "侧记", "齐聚", "抵达",
     "副秘书长", "党支部", "市委副书记", "热烈鼓掌", "在分组", "报到侧记", "齐聚一堂", "抵达呼"],
)
def test_words_of_the_sentence_are_not_names(words):
    assert name_shape_score(words) is None


@pytest.mark.parametrize(
    "span",
    ["邱珺早早", "支月英走上", "道尔吉带来", "其中卢若波", "市长温湛滨", "刘建平湖南", "北京德恒",
     "台来提·乌布力兴奋", "现有代表"],
)
def test_a_name_with_a_word_place_or_title_beside_it_is_not_one_name(span):
    assert name_shape_score(span) is None


def test_a_name_made_of_transliterated_parts_outscores_one_made_of_their_characters_alone():
    assert transliteration_score("次仁卓玛") == 1.0
    assert transliteration_score("卓尔次玛") == 0.0  # the characters, not the parts
    assert transliteration_score("住疆") is None
    assert name_shape_score("次仁卓玛") > name_shape_score("卓尔次玛")


def test_edge_words_are_told_at_either_end():
    assert edge_words("其中卢若波") == (True, False)
    assert edge_words("道尔吉带来") == (False, True)
    assert edge_words("卢若波") == (False, False)


@pytest.mark.parametrize(("text", "expected"), [("其中", True), ("与", True), ("据了解", True), ("同时", True),
                                                ("某公司", False), ("", False)])
def test_lead_ins_are_words_before_a_name_and_no_affiliation(text, expected):
    assert is_lead_in(text) is expected


@pytest.mark.parametrize("name", ["高峰", "白雪", "田野"])
def test_words_that_are_also_common_names_stay_names(name):
    assert name_shape_score(name) is not None


@pytest.mark.parametrize("words", ["常年", "马上", "高度", "向大会", "于今年"])
def test_frequent_words_and_a_preposition_before_a_word_are_not_names(words):
    assert name_shape_score(words) is None
