"""A result that matched through its sector or key task, not its own words, says which and why."""

from __future__ import annotations

import pytest

from proposals.search import MatchReason, explain_match, reason_words, snippet

pytestmark = pytest.mark.django_db

PASSAGE = "建议加快发展商业航天和低空经济，建设火箭总装基地。"


def test_a_word_only_in_the_sectors_name_is_explained_by_the_sectors_keywords():
    reasons = explain_match("工业制造", [PASSAGE], [("工业制造", ["商业航天", "低空", "钢铁"])], [])
    assert reasons == [MatchReason("领域", "工业制造", "工业制造", ("商业航天", "低空"))]


def test_a_key_task_is_named_by_its_full_name_when_its_short_name_matched():
    reasons = explain_match("航天", ["建议建设火箭总装基地"], [], [("培育壮大新兴产业 新兴产业", ["火箭"])])
    assert reasons == []
    reasons = explain_match("新兴产业", ["建议建设火箭总装基地"], [], [("培育壮大新兴产业 新兴产业", ["火箭"])])
    assert reasons == [MatchReason("重点工作", "培育壮大新兴产业", "新兴产业", ("火箭",))]


def test_nothing_to_explain_when_the_proposals_own_words_hold_the_query():
    assert explain_match("商业航天", [PASSAGE], [("工业制造", ["商业航天"])], []) == []


def test_pinyin_queries_are_not_explained_by_sectors():
    assert explain_match("gongye", [PASSAGE], [("工业制造", ["商业航天"])], []) == []


def test_the_keywords_are_marked_in_the_snippet():
    reasons = explain_match("工业制造", [PASSAGE], [("工业制造", ["商业航天", "低空"])], [])
    marked = snippet(PASSAGE, "工业制造", also=reason_words(reasons))
    assert "<mark>商业航天</mark>" in marked and "<mark>低空</mark>" in marked
