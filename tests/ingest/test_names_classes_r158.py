"""Shapes the blind real sets 158 and later (fifteenth session) showed the parser missing or
misreading, each with a look-alike that must keep its reading. Every article here is fictional
(虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(d.name, d.role, d.level, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]


PLENARY = "政协阆中市第九届委员会第二次会议闭幕\n\n2022年1月14日，政协阆中市第九届委员会第二次会议举行第二次全体会议。"


# Lists after a verb ----------------------------------------------------------------------------

def test_a_list_joined_by_and_after_a_verb_and_its_particle():
    text = PLENARY + "大会听取了罗建平、何晓梅和蒲国庆委员的大会发言。"
    assert delegates(text) == [(n, "member", "municipal") for n in ("罗建平", "何晓梅", "蒲国庆")]


def test_a_list_joined_by_and_before_a_group_after_a_verb():
    text = PLENARY + "大会听取了罗建平、何晓梅和蒲国庆等委员的发言。"
    assert names(text) == ["罗建平", "何晓梅", "蒲国庆"]


def test_two_names_after_a_verb_without_its_particle():
    text = PLENARY + "大会听取罗建平和蒲国庆委员的发言。"
    assert names(text) == ["罗建平", "蒲国庆"]


def test_sectors_and_units_after_a_verb_name_nobody():
    text = PLENARY + ("罗建平委员说，要加快发展。大会听取了经济界、农业界和教育界委员的发言。"
                      "会前，他们走访了企业、社区和村民代表。会议听取了常委会、法院和检察院代表的意见。")
    assert names(text) == ["罗建平"]
