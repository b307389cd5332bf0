"""Classification: key tasks follow the article framing and record their evidence."""

from __future__ import annotations

from proposals.ingest.parse import parse_article


def test_key_task_follows_the_article_framing_and_records_evidence():
    article = parse_article(
        "# 标题\n\n2026年1月28日\n\n内蒙古自治区两会期间，围绕“建设文化强区”这项重点工作，代表委员们积极建言。\n\n"
        "自治区政协委员、某艺术学院副院长云宇峰说，要加强岩画遗址保护，推动非遗传承。"
    )
    (proposal,) = article.proposals
    assert proposal.key_tasks[0].slug == "culture"
    assert "岩画" in proposal.key_tasks[0].evidence


def test_an_article_of_a_session_without_a_plan_gets_no_key_task():
    article = parse_article(
        "# 标题\n\n2024年1月22日\n\n安徽省两会期间，围绕“建设文化强区”这项重点工作，代表委员们积极建言。\n\n"
        "省政协委员、某艺术学院副院长云宇峰说，要加强岩画遗址保护，推动非遗传承。（虚构示例）"
    )
    assert (article.session.year, article.session.region) == (2024, "安徽省")
    (proposal,) = article.proposals
    assert proposal.key_tasks == ()
    assert proposal.sectors  # sectors belong to no session: they are still given
