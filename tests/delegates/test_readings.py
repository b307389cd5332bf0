"""Names are read as names: surnames by their surname reading, 长 in a given name as chang, and
every reading of a polyphone is listed for search."""

from __future__ import annotations

import pytest

from delegates.readings import name_pinyin, name_readings, name_spellings
from delegates.services import delegate_create, pinyin_of


@pytest.mark.parametrize(
    "name,expected",
    [
        ("孙长伟", "sunchangwei"), ("单雄", "shanxiong"), ("曾国", "zengguo"), ("解放", "xiefang"),
        ("仇英", "qiuying"), ("区伟", "ouwei"), ("朴树", "piaoshu"), ("查良", "zhaliang"), ("乐毅", "yueyi"),
        ("赵勇", "zhaoyong"), ("尉迟恭", "yuchigong"), ("长孙明", "zhangsunming"), ("欧阳长", "ouyangchang"),
    ],
)
def test_a_name_is_read_by_its_name_reading(name, expected):
    assert name_pinyin(name) == expected


@pytest.mark.parametrize(
    "name,also",
    [("孙长伟", "sunzhangwei"), ("单雄", "danxiong"), ("曾国", "cengguo"), ("解放", "jiefang"), ("查良", "chaliang")],
)
def test_every_reading_of_a_polyphone_is_spelled(name, also):
    spellings = name_spellings(name)
    assert spellings[0] == name_pinyin(name)
    assert also in spellings


def test_spellings_are_bounded():
    assert len(name_spellings("仇重朝长乐行单查")) <= 32
    assert all(len(readings) <= 3 for readings in name_readings("仇重朝长乐行单查"))


def test_names_that_are_not_chinese_are_read_as_they_are():
    assert name_pinyin("库尔班·尼亚孜") == "kuerbanniyazi"
    assert name_pinyin("Tom") == "tom"
    assert name_spellings("") == []


def test_places_keep_the_word_reading():
    assert pinyin_of("乐山") == "leshan"
    assert pinyin_of("长沙") == "changsha"


@pytest.mark.django_db
def test_a_new_delegate_gets_the_name_reading():
    assert delegate_create(name="孙长伟").pinyin == "sunchangwei"
