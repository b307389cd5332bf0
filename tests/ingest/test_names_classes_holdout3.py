"""Classes of delegates the blind set holdout3 showed missing (issue 13), each on our own fictional
sentences and articles (虚构示例, tests/data/articles/shapes3): a one-character adverb or a time word
after the name (亦, 即, 最近), Hui, Korean-Chinese and regional surnames outside the lists (锁, 玄, 郄),
Tibetan names as Amdo papers transliterate them (才让东智), a list of speeches introduced by a
sentence that counts the speakers over a comma, ``作为 role、affiliation，NAME``, and lists of
proposals under 【X代表团】 headers whose entries are one line each."""

from __future__ import annotations

from pathlib import Path

import pytest

from proposals.ingest.evidence import transliteration_score
from proposals.ingest.name_shapes import name_shape_score
from proposals.ingest.parse import parse_article
from tests.conftest import TEST_ARTICLES
from tests.ingest.answer_keys import (
    assert_delegates_as_keyed,
    keyed_proposers,
    keyed_session,
    names_in,
    proposers,
    read_keyed,
    session_of,
)

SHAPES = TEST_ARTICLES / "shapes3"
SESSION = "2022年1月20日，湖北省十三届人大六次会议在武汉开幕。\n\n"


@pytest.mark.parametrize("key", sorted(SHAPES.glob("*.gold.json")), ids=lambda p: p.name[:2])
def test_each_class_article_is_read_as_its_answer_key_says(key: Path):
    gold, article = read_keyed(key)
    assert_delegates_as_keyed(article, gold)
    assert session_of(article) == keyed_session(gold)
    assert proposers(article) == keyed_proposers(gold)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # 虚构示例: a one-character adverb between the name and its verb
        ("省人大代表、宜昌市某港务公司总经理欧阳志远亦在会上发言，建议完善三峡翻坝物流。", "欧阳志远"),
        ("省人大代表、襄阳市某医院院长冼立新亦表示，要加快建设区域医疗中心。", "冼立新"),
        ("省人大代表、十堰市某汽车零部件公司董事长蒙建华即指出，要稳住汽车产业链。", "蒙建华"),
        ("省人大代表、荆州市某中学校长黄丽均仍坚持，要为乡村学校配齐心理教师。", "黄丽均"),
        # 虚构示例: a time word after the name (近期, 最近, 目前)
        ("省人大代表、黄冈市某社区党委书记司马婉清近期走访了二十多户居民，建议增设社区食堂。", "司马婉清"),
        ("省人大代表、孝感市某合作社理事长吴丽最近在调研，建议扶持稻虾共作。", "吴丽"),
        ("省人大代表、咸宁市某茶厂厂长上官明目前正在筹建茶旅小镇，建议完善乡村道路。", "上官明"),
        # 虚构示例: an adverb that makes a word with the name's last character (首先, 一再) is no adverb of its own
        ("省人大代表、鄂州市某港口公司副总经理周强首先发言，建议建设货运枢纽。", "周强"),
        ("省人大代表、随州市某大学教授林晓一再强调，要加强香菇产业科研。", "林晓"),
        # 虚构示例: a dotted name does not run on into the word after it (巴特尔 + 正在)
        ("省人大代表、某风电公司总经理额尔敦·巴特尔正在和代表们交流，建议推进风电就地消纳。", "额尔敦·巴特尔"),
    ],
)
def test_an_adverb_or_time_word_after_the_name_ends_it(sentence, name):
    assert names_in(SESSION + sentence) == [name]


@pytest.mark.parametrize("name", ["锁明德", "锁秀英", "玄成浩", "玄英淑", "郄丽华"])
def test_hui_korean_and_regional_surnames_begin_a_name(name):
    assert name_shape_score(name) is not None


@pytest.mark.parametrize("name", ["才让东智", "桑杰东智", "完德卓玛", "南杰措毛", "万玛才旦", "拉毛措"])
def test_tibetan_names_as_amdo_papers_print_them_are_made_of_known_parts(name):
    assert transliteration_score(name) == 1.0
    text = SESSION.replace("湖北省十三届", "青海省十四届").replace("武汉", "西宁") + (
        f"省人大代表、海南藏族自治州某村党支部书记{name}：建议完善草原生态管护员制度。")
    assert names_in(text) == [name]


def test_the_sentence_that_counts_the_speakers_gives_their_role_over_a_comma():
    # 虚构示例
    text = ("2020年1月14日，政协湖北省第十二届委员会第三次会议举行大会发言。10位委员和2个民主党派省委会的代表，"
            "围绕高质量发展，登台建言。\n\n发言人：邝文华（武汉市某研究院院长）\n题目：推动光谷科创大走廊建设\n")
    delegates = parse_article(text).delegates
    assert [(d.name, d.role, d.affiliation) for d in delegates] == [("邝文华", "member", "武汉市某研究院院长")]


def test_a_speech_title_in_the_name_of_a_party_introduces_no_speakers():
    # 虚构示例: 代表 is the verb of the title; no sentence says who the speakers are.
    text = ("2020年1月14日，政协湖北省第十二届委员会第三次会议举行大会发言。\n\n"
            "发言人：邝文华（民盟湖北省委会副主委）\n题目：代表民盟湖北省委会发言：推动光谷建设\n\n"
            "发言人：覃丽（武汉市某医院院长）\n题目：完善分级诊疗\n\n"
            "省政协委员、某公司董事长杨帆在会后说，要加快光谷建设。\n")
    assert names_in(text) == ["杨帆"]


def test_a_sentence_opening_with_as_role_and_affiliation_names_its_subject_next():
    # 虚构示例
    text = SESSION + ("作为省人大代表、恩施州某村党支部书记，向明珠最关心的是村里的茶叶销路。"
                      "她建议，支持建设茶叶电商直播基地。")
    delegates = parse_article(text).delegates
    assert [(d.name, d.affiliation, d.title) for d in delegates] == [("向明珠", "恩施州某村党支部书记", "党支部书记")]


def test_entries_under_a_delegation_header_take_its_delegation_until_a_line_that_is_no_entry():
    # 虚构示例
    text = SESSION + ("【武汉代表团】\n\n邝文华代表（武汉市某医院院长）：关于完善分级诊疗的建议\n\n"
                      "覃丽代表：关于加强社区托育服务的建议\n\n"
                      "此外，邹立新代表（荆门市某合作社理事长）提出的关于扶持油菜产业的建议也引起关注。\n")
    article = parse_article(text)
    assert [(d.name, d.delegation) for d in article.delegates] == [
        ("邝文华", "武汉代表团"), ("覃丽", "武汉代表团"), ("邹立新", "")]
    # Each one-line entry is its deputy's proposal: the page says nothing more of it.
    assert {n for p in article.proposals for n in p.delegates} == {"邝文华", "覃丽", "邹立新"}
