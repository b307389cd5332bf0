"""Classes of delegates the blind sets holdout4 and holdout5 showed missing (issue 13), each on our own
fictional sentences and article (虚构示例, tests/data/articles/shapes5/01): a modern surname outside the
百家姓 (禚, 眭), a double surname before a given name that is also a word (欧阳发展), 亦 after a name in a
traditional-character page, a Yi clan name with a given name ending in 则, and a two-character Tibetan
name alone between the role and a comma."""

from __future__ import annotations

from pathlib import Path

import pytest

from proposals.ingest.name_shapes import name_shape_score
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

SHAPES = TEST_ARTICLES / "shapes5"
SESSION = "2021年1月29日，四川省十三届人大四次会议在成都开幕。\n\n"


@pytest.mark.parametrize("key", sorted(SHAPES.glob("*.gold.json")), ids=lambda p: p.name[:2])
def test_each_class_article_is_read_as_its_answer_key_says(key: Path):
    gold, article = read_keyed(key)
    assert_delegates_as_keyed(article, gold)
    assert session_of(article) == keyed_session(gold)
    assert article.title == gold["title"]
    assert sorted(article.reporters) == sorted(gold["reporters"])
    assert sorted(article.photographers) == sorted(gold["photographers"])
    assert proposers(article) == keyed_proposers(gold)


@pytest.mark.parametrize("name", ["禚立军", "眭海燕", "郇建国", "庹明", "芈晓东"])
def test_modern_surnames_outside_the_baijiaxing_are_surnames(name):
    assert name_shape_score(name) is not None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # 虚构示例: a double surname and a given name that is a word of the sentence (发展, 建设, 改革)
        ("省人大代表、德阳市某装备制造有限公司总工程师司马改革认为，要补齐产业链短板。", "司马改革"),
        ("省人大代表、宜宾市某酒业有限公司副总经理欧阳建设建议，支持白酒产区品牌建设。", "欧阳建设"),
        # 虚构示例: 亦 after the name in a traditional-character page
        ("省人大代表、南充市某醫院院長黃志強亦於會上發言，建議加強基層醫療。", "黃志強"),
        # 虚构示例: a Yi clan name (阿约, 阿库) and a given name ending in 则 before 代表
        ("凉山代表团的阿库拉则代表来自美姑县，他建议加快易地搬迁后续扶持。", "阿库拉则"),
        # 虚构示例: a two-character Tibetan name alone after the role, before a comma
        ("来自阿坝的省人大代表扎西，是一名牧民。他建议完善草原生态补奖政策。", "扎西"),
    ],
)
def test_names_of_these_classes_are_found_whole(sentence, name):
    assert names_in(SESSION + sentence) == [name]
