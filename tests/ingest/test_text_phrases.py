"""proposals.ingest.text.to_simplified: phrase by phrase, exactly OpenCC's t2s (what the search index folds with)."""

from __future__ import annotations

import pytest

from proposals.ingest.text import opencc_t2s, to_simplified

TRADITIONAL = [
    "覆蓋範圍，乾隆年間；著作權、頭髮、後來。",
    "推動算力產業發展，加強基層醫療衛生服務體系建設",
    "臺灣同胞 「兩岸」 一家親——發展（經濟）…",
    "沈陽市人大代表說：要把鄉村振興做實。English words 與 ＡＢＣ１２３ 混排",
    "乾",
    "",
]


@pytest.mark.parametrize("text", TRADITIONAL)
def test_only_the_stretches_with_traditional_characters_are_converted_and_the_result_is_opencc_s(text):
    assert to_simplified(text) == opencc_t2s().convert(text)


@pytest.mark.django_db
def test_converting_stretches_gives_opencc_s_result_on_whole_articles(sample_article):
    text = sample_article.text
    # The real page, with traditional characters strewn through it (inside and beside phrases).
    mixed = text.replace("发展", "發展").replace("产业", "產業").replace("乡村", "鄉村").replace("，", "，乾")
    assert to_simplified(mixed) == opencc_t2s().convert(mixed)
    assert to_simplified(mixed) != mixed
