"""The whole cycle through a real SMTP server: sign up, confirm from the email, a new article,
one digest, a second run sends nothing, unsubscribe from the email, nothing more."""

from __future__ import annotations

from io import StringIO
from urllib.parse import urlsplit

from django.core.management import call_command

from proposals.alerts.models import Status, Subscription
from proposals.models import Proposal
from tests.conftest import ingest_file

from .conftest import NEW_ARTICLE, link_path, sign_up, text_of

FOLLOWED = "q=商业航天"


def send_alerts() -> str:
    out = StringIO()
    call_command("send_alerts", stdout=out)
    return out.getvalue()


def test_an_alert_round_trip_through_a_real_smtp_server(demo_articles, client, smtp_server, tmp_path):
    # Sign up on the search page's form.
    page = client.get("/proposals/", {"q": "商业航天"})
    assert 'name="query" value="q=%E5%95%86%E4%B8%9A%E8%88%AA%E5%A4%A9"' in page.content.decode()
    assert sign_up(client, "Journalist@Example.org", "q=%E5%95%86%E4%B8%9A%E8%88%AA%E5%A4%A9").status_code == 302

    # The confirmation email arrives; its link shows a button, which confirms.
    [confirmation] = smtp_server.take()
    assert confirmation["X-Envelope-To"] == "journalist@example.org"
    assert "请确认订阅" in confirmation["Subject"] and "商业航天" in confirmation["Subject"]
    confirm = link_path(text_of(confirmation), "/alerts/confirm/")
    assert client.get(confirm).status_code == 200
    assert "订阅已生效" in client.post(confirm).content.decode()
    assert Subscription.objects.get().status == Status.ACTIVE

    # Nothing new yet: nothing is sent.
    assert "sent 0 digests" in send_alerts()
    assert smtp_server.take() == []

    # A new article with a matching proposal; one digest lists it.
    ingest_file(NEW_ARTICLE)
    new = Proposal.objects.get(article__source__endswith="alerts_new_article.md")
    assert "sent 1 digests (1 proposals)" in send_alerts()
    [digest] = smtp_server.take()
    body = text_of(digest)
    assert digest["X-Envelope-To"] == "journalist@example.org"
    assert "商业航天" in digest["Subject"] and "1 条新建议" in digest["Subject"]
    assert f"/proposals/{new.pk}/" in body and "贺云舟" in body
    assert digest.get_body(preferencelist=("html",)) is not None
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = digest["List-Unsubscribe"].strip().strip("<>")
    assert unsubscribe_url in body

    # A second run sends nothing.
    assert "sent 0 digests" in send_alerts()
    assert smtp_server.take() == []

    # One-click unsubscribe, as a mail program does it; later matches are not sent.
    response = client.post(urlsplit(unsubscribe_url).path, data="List-Unsubscribe=One-Click",
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    later = tmp_path / "later_article.md"
    later.write_text(
        "（虚构示例：本文为测试邮件提醒而编写，人物与单位均为虚构）\n"
        "北疆晨报 · 自治区两会特刊 · 第6版（测试版面）\n\n# 商业航天再添新军\n\n"
        "自治区政协委员、北辰天枢卫星有限公司总经理林远航建议，设立商业航天产业引导基金，"
        "支持卫星遥感数据在农牧业和生态监测中的应用。\n",
        encoding="utf-8",
    )
    ingest_file(later)
    assert Proposal.objects.filter(article__source__endswith="later_article.md").exists()
    assert "sent 0 digests" in send_alerts()
    assert smtp_server.take() == []
