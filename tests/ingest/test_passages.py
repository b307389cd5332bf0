"""Proposals: headline pieces and the passages that belong to them."""

from __future__ import annotations

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
