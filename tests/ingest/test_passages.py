"""Proposals: headline pieces and the passages that belong to them."""

from __future__ import annotations

import pytest

from proposals.ingest.parse import parse_article


def test_headline_piece_gives_the_proposal_its_headline_and_whole_body():
    article = parse_article(
        "## 谷守江代表: 对接市场让蔬菜进京\n\n□文/本报记者 梅刚\n\n"
        "“今年要加大对接。”自治区人大代表、某合作社理事长谷守江表示。\n\n谷守江介绍，合作社扩大了基地。\n\n今年要争取更多品牌授权。"
    )
    (proposal,) = article.proposals
    assert proposal.headline == "对接市场让蔬菜进京"
    assert article.text[proposal.start : proposal.end].endswith("今年要争取更多品牌授权。")


def test_a_piece_headlined_with_a_bare_name_gives_its_delegate_the_headline():
    article = parse_article(
        "## 【代表声音】刘志强：让科技成果走出实验室\n\n□本报记者 张丽\n\n"
        "省人大代表、某农业科学院研究员刘志强说，要建设中试基地。\n\n刘志强建议，设立成果转化专项基金。\n\n"
        "## 陈晓燕：把养老服务送到家门口\n\n省政协委员、某社区卫生服务中心主任陈晓燕认为，要发展社区嵌入式养老服务。\n\n"
        "## 张明：一个不是代表的人\n\n他在街头接受采访。"
    )
    headlines = {p.delegates[0]: p.headline for p in article.proposals}
    assert headlines == {"刘志强": "让科技成果走出实验室", "陈晓燕": "把养老服务送到家门口"}
    assert "设立成果转化专项基金" in article.proposals[0].passage


def test_a_caption_that_only_pictures_delegates_makes_no_proposal_but_they_are_still_delegates():
    article = parse_article(
        "# 两会影像\n\n虚构示例。3月4日，全国人大代表、某乡中心校校长谭秀英（右）与全国人大代表符振海在驻地合影。"
        " 本报记者 罗晓 摄\n\n全国人大代表、某渔业合作社理事长符振海建议，加快建设现代化海洋牧场。"
    )
    assert [d.name for d in article.delegates] == ["谭秀英", "符振海"]
    assert [p.delegates for p in article.proposals] == [("符振海",)]


def test_a_caption_that_says_what_a_delegate_proposes_is_a_proposal():
    article = parse_article(
        "# 两会影像\n\n虚构示例。3月6日，全国政协委员伍嘉敏（左二）在小组讨论中发言，呼吁完善托育服务体系。"
        " 新华社记者 米亚 摄"
    )
    assert [p.delegates for p in article.proposals] == [("伍嘉敏",)]


@pytest.mark.parametrize(
    "sentence",
    ["虚构示例。代表们步入会场前，与全国人大代表、某村党支部书记田玉兰合影留念。",
     "虚构示例。在全国政协委员、某研究院院长封立群陪同下，调研组察看了试验田。"],
)
def test_a_delegate_named_only_as_pictured_or_as_company_makes_no_proposal(sentence):
    article = parse_article("# 两会报道\n\n" + sentence)
    assert len(article.delegates) == 1
    assert article.proposals == ()


def test_a_fellow_delegate_named_as_the_speakers_company_makes_no_proposal_of_theirs():
    article = parse_article(
        "# 两会访谈\n\n虚构示例。全国人大代表、某县某村党支部书记韩春梅接受了专访。\n\n"
        "记者：您有什么体会？\n\n韩春梅：每次开会之前，我都和吉林代表团的于海波代表一起下乡调研，把群众的心里话带上来。"
    )
    assert sorted(d.name for d in article.delegates) == ["于海波", "韩春梅"]
    assert [p.delegates for p in article.proposals] == [("韩春梅",)]


def test_an_interview_keeps_questions_and_answers_in_the_delegates_proposal():
    article = parse_article(
        "# 两会访谈\n\n虚构示例。全国人大代表、某县第一中学校长龚雪梅今年第三次参加全国两会。\n\n"
        "记者：今年您带来了哪些建议？\n\n龚雪梅：我带来了关于提高乡村教师待遇的建议。\n\n"
        "记者：具体有哪些举措？\n\n龚雪梅：一是提高补贴，二是改善住房条件。"
    )
    (proposal,) = article.proposals
    assert article.text[proposal.start : proposal.end].endswith("改善住房条件。")
    assert proposal.summary == "关于提高乡村教师待遇的建议"


def test_a_passage_that_only_says_who_attended_is_no_proposal():
    article = parse_article(
        "# 报道\n\n虚构示例。全国人大代表王小明、李华、张伟等参加了讨论。\n\n"
        "全国人大代表、某公司董事长周立群说，要加大研发投入。"
    )
    assert len(article.delegates) == 4
    assert [p.delegates for p in article.proposals] == [("周立群",)]
