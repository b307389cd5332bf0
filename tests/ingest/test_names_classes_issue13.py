"""Shapes a set of real pages showed the parser missing (issue 13), each with a look-alike that
names no delegate: a delegation's heads named by their posts, a bare roster under a heading, a
unit's own delegates listed before 等, a pinyin gloss inside a name, a name run on into 提.
Every article here is fictional (虚构示例), set in other provinces and years than the pages."""

from __future__ import annotations

from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

NATIONAL_2016 = "# 两会速递\n\n2016年3月8日，十二届全国人大四次会议在北京举行。"


# -- a pinyin gloss inside a name (reposts gloss rare readings) ------------------------------------


def test_a_pinyin_gloss_inside_a_name_is_no_part_of_the_name():
    text = NATIONAL_2016 + "全国人大代表刘梦（mèng）海说，要办好乡村学校。全国人大代表单(Shàn)立新建议加强养老服务。"
    assert delegates(text) == [("刘梦海", "deputy", "national"), ("单立新", "deputy", "national")]


def test_a_glossed_name_without_a_role_is_no_delegate():
    text = NATIONAL_2016 + "村民刘梦（mèng）海说，希望代表们多关心乡村学校。"
    assert names(text) == []


# -- a name run on into 提 (提建议, 提提案) ------------------------------------------------------------


def test_a_name_ends_before_ti_when_ti_and_the_word_after_it_raise_a_proposal():
    text = (NATIONAL_2016 + "全国人大代表龚振峰提建议，要修好乡村公路。全国政协委员欧阳志远提提案，关注养老服务。"
            "全国人大代表黄志提建议，要办好职业教育。全国政协委员姚建新提了一个建议。")
    assert names(text) == ["龚振峰", "欧阳志远", "黄志", "姚建新"]


def test_a_transliterated_name_that_ends_in_ti_keeps_it_before_a_proposal():
    text = NATIONAL_2016 + "全国人大代表艾合买提建议加强职业教育。全国人大代表阿不都热合曼·买买提建议修好乡村公路。"
    assert names(text) == ["艾合买提", "阿不都热合曼·买买提"]


def test_someone_who_raises_a_proposal_without_a_role_is_no_delegate():
    text = NATIONAL_2016 + "市民龚振峰提建议说，希望代表们关心乡村公路。"
    assert names(text) == []
