"""Characters: the one traditional-to-simplified converter, CJK tests, transliterated names."""

from __future__ import annotations

import pytest

from proposals.ingest.text import is_cjk, normalize_name, simplified_view


@pytest.mark.parametrize(
    ("printed", "simplified"),
    [
        ("浙江省政協委員黃志遠說", "浙江省政协委员黄志远说"),  # 虚构示例
        ("自治區人大代表", "自治区人大代表"),
        ("已是简体，不变。", "已是简体，不变。"),
        ("Mixed 文字 與 ASCII 123", "Mixed 文字 与 ASCII 123"),
        ("", ""),
    ],
)
def test_simplified_view_converts_traditional_characters_one_for_one(printed, simplified):
    assert simplified_view(printed) == simplified


def test_simplified_view_keeps_every_offset_of_the_printed_text():
    printed = "虚构示例：臺灣同胞與廣東代表團的陳委員（右）說，\n\n要發展。𠀀"
    view = simplified_view(printed)
    assert len(view) == len(printed)
    assert [i for i, (a, b) in enumerate(zip(printed, view, strict=True)) if a == b and a in "臺灣與廣東團陳員說發"] == []
    assert view[printed.index("陳")] == "陈"


@pytest.mark.parametrize(("raw", "name"), [("库尔班 · 尼亚孜", "库尔班·尼亚孜"), ("阿依古丽•买买提", "阿依古丽·买买提"),
                                           ("次仁 卓玛", "次仁卓玛"), ("王芳", "王芳")])
def test_transliterated_names_get_one_middle_dot_and_no_spaces(raw, name):
    assert normalize_name(raw) == name


@pytest.mark.parametrize(("ch", "expected"), [("中", True), ("㐀", True), ("豈", True), ("a", False), ("，", False), ("·", False)])
def test_is_cjk_accepts_han_characters_only(ch, expected):
    assert is_cjk(ch) is expected
