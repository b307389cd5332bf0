"""Shapes the blind real sets 197 to 205 (sixteenth session) showed the parser missing or misreading,
each with a look-alike that must keep its reading. Every article here is fictional (虚构示例), set in
other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import names_of as names


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(d.name, d.role, d.level, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]


# Dotted names in a list ------------------------------------------------------------------------------

def test_dotted_names_of_an_elected_list_are_read_whole():
    text = ("2011年1月12日 本报讯 政协伊宁市第九届委员会第一次会议闭幕。阿不来提·买买提当选为市政协主席；"
            "艾尼瓦尔·托乎提、买买提热依木·阿不都热西提、木拉提·艾则孜江、周红梅、赛力克·吾斯曼当选为副主席。")
    assert names(text) == ["阿不来提·买买提", "艾尼瓦尔·托乎提", "买买提热依木·阿不都热西提", "木拉提·艾则孜江",
                           "周红梅", "赛力克·吾斯曼"]


def test_a_dotted_name_before_an_adverb_still_ends_there():
    text = ("2016年1月20日 本报讯 自治区政协十一届四次会议开幕。自治区政协委员艾尔肯·吐尼亚孜都表示，"
            "要把南疆的林果业做强。自治区政协委员古丽娜·阿不都说，要办好学前教育。")
    assert names(text) == ["艾尔肯·吐尼亚孜", "古丽娜·阿不都"]
