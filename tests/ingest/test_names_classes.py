"""Classes of delegate names the blind set holdout2 showed missing (issue 13), each on our own
fictional sentences and articles (虚构示例, tests/data/articles/shapes2): speech lists, long undotted
Uyghur names, a title run into a dotted name, Dai/Yi/Tibetan/Mongolian names, rare and 百家姓-only
surnames, a verb or adverb right after the name, and all of it in traditional characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from proposals.ingest.evidence import name_evidence
from proposals.ingest.name_shapes import name_shape_score
from tests.conftest import TEST_ARTICLES
from tests.ingest.answer_keys import (
    assert_delegates_as_keyed,
    keyed_session,
    names_in,
    proposers,
    read_keyed,
    session_of,
)

SHAPES = TEST_ARTICLES / "shapes2"
SESSION = "2019年1月15日，贵州省十三届人大二次会议在贵阳开幕。\n\n"


@pytest.mark.parametrize("key", sorted(SHAPES.glob("*.gold.json")), ids=lambda p: p.name[:2])
def test_each_class_article_is_read_as_its_answer_key_says(key: Path):
    gold, article = read_keyed(key)
    assert_delegates_as_keyed(article, gold)
    assert session_of(article) == keyed_session(gold)
    assert proposers(article) == {d.name for d in article.delegates}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # 虚构示例: a verb of the dictionary that no word list named (回应, 提议, 坦承…)
        ("省人大代表、遵义市某茶叶公司总经理佘文斌回应说，将扩大茶园面积。", "佘文斌"),
        ("省人大代表、毕节市某村党支部书记龙海提议，完善山区公路养护。", "龙海"),
        # 虚构示例: an adverb or conjunction right after a two-character name
        ("省人大代表、六盘水市某中学校长周亮首先发言，建议增加寄宿制学校。", "周亮"),
        ("省人大代表、安顺市某医院院长吴刚随后发言，建议推进医联体建设。", "吴刚"),
        ("省人大代表、铜仁市某合作社理事长杨帆接着说，要发展林下经济。", "杨帆"),
        ("省人大代表、凯里市某刺绣公司董事长潘英早早来到会场，建议扶持苗绣产业。", "潘英"),
        ("省人大代表、都匀市某合作社理事长杨光明确提出，要完善农产品冷链。", "杨光"),
        ("省人大代表、某中学校长陈红坦承，乡村教师依然短缺。", "陈红"),
    ],
)
def test_a_verb_adverb_or_conjunction_after_the_name_ends_it(sentence, name):
    assert names_in(SESSION + sentence) == [name]


def test_an_adverb_never_ends_a_long_span_though_a_given_name_may_be_one():
    assert name_shape_score("周亮首先") is None
    assert name_shape_score("刘永远") is not None  # 永远 is an adverb and a given name


@pytest.mark.parametrize("name", ["热孜亚阿不都拉", "吾买尔江阿不都外力", "古丽米热吐尔逊"])
def test_undotted_two_part_uyghur_names_are_whole(name):
    # 虚构示例
    text = ("2023年1月16日，新疆维吾尔自治区十四届人大一次会议在乌鲁木齐开幕。\n\n"
            f"自治区人大代表、阿克苏地区某乡卫生院院长{name}提议，加强乡村医生培训。")
    assert names_in(text) == [name]


def test_a_title_before_a_dotted_name_is_no_part_of_it():
    # 虚构示例
    text = ("2021年1月20日，新疆维吾尔自治区十三届人大五次会议开幕。\n\n"
            "自治区人大代表、塔城地区托里县某牧场场长叶森·哈力木建议，推广牲畜良种。")
    assert names_in(text) == ["叶森·哈力木"]
    assert name_shape_score("场长叶森·哈力木") is None


@pytest.mark.parametrize("name", ["岩香", "岩庄", "依应香", "依腊", "玉香南"])
def test_dai_names_open_with_yan_yu_or_yi(name):
    # 虚构示例
    text = ("2020年1月15日，云南省十三届人大三次会议在昆明开幕。\n\n"
            f"省人大代表、勐海县某村党总支书记{name}说，要保护好古茶树。")
    assert names_in(text) == [name]


def test_the_whole_baijiaxing_is_listed_and_its_word_like_surnames_trusted_least():
    evidence = name_evidence()
    baijiaxing_only = set("东从仰伯充养别双后堵墨宰家寿山年广弓归怀暴有松步水汝法爱牧琴益福秋空籍红终经能苍言赏通钦须")
    assert baijiaxing_only <= evidence.classical_surnames
    assert {"佘", "仉", "訾", "郗", "阚", "钭", "笪", "綦"} <= evidence.surnames
    assert name_shape_score("山永红") < name_shape_score("祁永红") < name_shape_score("王永红")


def test_a_labelled_speaker_with_only_an_affiliation_needs_the_sentence_that_introduces_speakers():
    # 虚构示例
    lines = "发言人：秋永华（遵义市某茶叶协会会长）\n题目：做强茶产业\n\n"
    head = "2019年1月16日，政协贵州省第十二届委员会第二次会议举行大会发言，"
    assert names_in(head + "10位委员作大会发言。\n\n" + lines + "发言人：舒敏（省政协委员、某大学教授）\n") == [
        "秋永华", "舒敏"]
    assert names_in(head + "会议由省政协副主席主持。\n\n" + lines + "发言人：舒敏（省政协委员、某大学教授）\n") == ["舒敏"]


def test_traditional_characters_are_read_as_the_simplified():
    # 虚構示例
    text = ("2023年3月6日，十四屆全國人大一次會議在京舉行。\n\n"
            "全國人大代表、廣州市某科技公司董事長佘嘉豪回應說，將支持青年創業。\n\n"
            "全國人大代表、雲南某村黨總支書記岩溫罕首先發言，建議發展邊境貿易。")
    assert names_in(text) == ["佘嘉豪", "岩溫罕"]


@pytest.mark.parametrize("name", ["阿约阿呷", "沙马阿果", "岩温香", "依香叫", "扎西顿珠", "格桑德吉", "巴特尔",
                                  "吾斯曼江阿不都外力"])
@pytest.mark.parametrize("shape", ["在凉山代表团，{}代表说，要发展特色产业。", "省政协委员{}首先发言，建议加强教育。",
                                   "{}委员认为，要加强生态保护。"])
def test_names_of_other_scripts_are_found_beside_their_role(name, shape):
    # 虚构示例: Yi, Dai, Tibetan, Mongolian and Uyghur names with the role right before or after them
    assert names_in("2020年1月15日，四川省十三届人大三次会议在成都开幕。\n\n" + shape.format(name)) == [name]


def test_uyghur_names_of_one_part_and_著_after_a_traditional_name():
    # 虚构示例: 木太里甫 and 亚生 are Uyghur name parts; 帶著 keeps 著 in a simplified view.
    pad = "# 代表抵达\n\n自治区十届人大四次会议召开。\n\n"
    end = "\n\n虚构示例（本文为测试用虚构文章）"
    assert names_in(pad + "来自伽师县的人大代表木太里甫一下飞机就告诉记者，要治理盐渍化。" + end) == ["木太里甫"]
    assert names_in(pad + "全國人大代表阿不都熱合曼亞生說，要發展教育。全國人大代表鈕汝極帶著16份建議來到北京。" + end) == [
        "阿不都熱合曼亞生", "鈕汝極"]
