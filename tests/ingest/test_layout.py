"""Layout: raw text to stored text and blocks (page breaks, Markdown, block kinds)."""

from __future__ import annotations

from proposals.ingest.layout import normalize


def test_page_break_in_mid_word_is_rejoined_but_headings_stay_apart():
    text, blocks = normalize("# 标题\n\n发展的最终目的是让各族群众共\n\n享发展成果。繁荣发展。\n\n促进钢铁\n\n行业提质增效,推动转型。")
    assert "让各族群众共享发展成果" in text
    assert "促进钢铁行业提质增效" in text
    assert text.startswith("标题\n\n")
    assert blocks[0].kind == "title"


def test_markdown_markers_are_not_kept_and_offsets_point_at_stored_text():
    text, blocks = normalize("#### 两会 聚焦\n\n# 大标题\n\n□本报记者 张三 李四\n\n正文第一段，说明情况。")
    assert "#" not in text
    kinds = [b.kind for b in blocks]
    assert kinds == ["section", "title", "byline", "para"]
    for block in blocks:
        assert text[block.start : block.end].strip() == text[block.start : block.end]


def test_pinyin_glosses_of_a_repost_are_dropped_and_the_words_they_cut_are_whole_again():
    text, _ = normalize("# 標題\n\n縣政協(xié)委員陳(chén)國棟說，自治區[ZiZhiQu]主席在會上講話。王某(右)發言。(2)\n\n虚构示例")
    assert "縣政協委員陳國棟說" in text and "自治區主席" in text
    assert "王某(右)發言" in text and "(2)" in text  # brackets that are no gloss stay


def test_a_gloss_inside_a_name_is_dropped_in_any_bracket_when_it_carries_a_tone():
    text, _ = normalize("# 标题\n\n代表刘梦（mèng）海、单(Shàn)立新和单（shan4）建华发言。\n\n虚构示例")
    assert "刘梦海、单立新和单建华发言" in text


def test_a_bracket_of_latin_letters_without_a_tone_is_no_gloss():
    text, _ = normalize("# 标题\n\n某汽车公司（Tesla）、要闻版(A1)和某(mRNA)疫苗。\n\n虚构示例")
    assert "某汽车公司（Tesla）、要闻版(A1)和某(mRNA)疫苗" in text
