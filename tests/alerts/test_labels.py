"""A subscription's Chinese name, from its query."""

from __future__ import annotations

from proposals.alerts.labels import MAX_LABEL, query_label
from proposals.models import Proposal


def test_an_empty_query_is_all_proposals(db):
    assert query_label("") == "全部建议"


def test_names_come_from_the_database_and_the_search_words_are_quoted(demo_articles):
    delegate = Proposal.objects.first().delegates.first()

    label = query_label(f"q=航天&key_task=industry&sector=energy&delegate={delegate.pk}&role=deputy")

    assert label.startswith("检索“航天” · 重点工作：")
    assert "领域：能源" in label and f"代表委员：{delegate.name}" in label and "身份：人大代表" in label
    assert "industry" not in label


def test_values_the_database_does_not_know_are_shown_as_given(db):
    assert query_label("delegation=通辽市代表团&sector=gone") == "领域：gone · 代表团：通辽市代表团"


def test_a_long_label_is_cut_to_fit(db):
    label = query_label("q=" + "航" * 400)

    assert len(label) == MAX_LABEL and label.endswith("…")
