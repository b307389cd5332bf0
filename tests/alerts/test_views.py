"""The sign-up, confirmation and unsubscribe pages, and the form on the list and detail pages."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.test import Client

from proposals.alerts import tokens
from proposals.alerts.models import Status, Subscription
from proposals.models import KeyTask, Proposal, Topic

from .conftest import link_path, sign_up


def test_signing_up_sends_a_confirmation_email_and_shows_check_your_mail(db, client, mailoutbox):
    response = sign_up(client, "Reader@Example.org", "key_task=industry&page=2")

    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "请查收确认邮件" in page.content.decode()
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.query, subscription.status) == (
        "reader@example.org", "key_task=industry", Status.PENDING)
    assert subscription.label.startswith("重点工作：")
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["reader@example.org"]
    assert "/alerts/confirm/" in mailoutbox[0].body


def test_the_confirmation_link_shows_a_button_and_only_the_post_confirms(db, client, mailoutbox):
    sign_up(client, "reader@example.org", "q=航天")
    path = link_path(mailoutbox[0].body, "/alerts/confirm/")

    page = client.get(path)
    assert page.status_code == 200 and "确认订阅" in page.content.decode()
    assert Subscription.objects.get().status == Status.PENDING

    done = client.post(path)
    assert done.status_code == 200 and "订阅已生效" in done.content.decode()
    assert Subscription.objects.get().status == Status.ACTIVE


def test_confirming_starts_alerts_after_the_newest_proposal(demo_articles, client, mailoutbox):
    sign_up(client, "reader@example.org")
    client.post(link_path(mailoutbox[0].body, "/alerts/confirm/"))

    assert Subscription.objects.get().after_id == Proposal.objects.order_by("-pk").first().pk


def test_confirming_twice_changes_nothing(demo_articles, client, mailoutbox):
    sign_up(client, "reader@example.org")
    path = link_path(mailoutbox[0].body, "/alerts/confirm/")
    client.post(path)
    first = Subscription.objects.get()

    again = client.post(path)

    assert again.status_code == 200
    assert Subscription.objects.get().confirmed_at == first.confirmed_at


def test_an_expired_confirmation_link_says_so_in_chinese(db, client, settings):
    subscription = Subscription.objects.create(email="r@example.org", query="", label="全部建议")
    settings.LIANGHUI_ALERTS_CONFIRM_HOURS = -1
    token = tokens.confirm_token(tokens.TokenSubject(subscription.pk, subscription.email))

    response = client.post(f"/alerts/confirm/{token}/")

    assert response.status_code == 410
    assert "已过期" in response.content.decode()
    assert Subscription.objects.get().status == Status.PENDING


@pytest.mark.parametrize("token", ["garbage", "eyJpZCI6MX0:1abc:def"])
def test_a_bad_link_is_a_400_page_not_an_error(db, client, token):
    for method in (client.get, client.post):
        response = method(f"/alerts/confirm/{token}/")
        assert response.status_code == 400
        assert "链接无效" in response.content.decode()
    assert Client(enforce_csrf_checks=True).post(f"/alerts/unsubscribe/{token}/").status_code == 400


def test_a_link_for_a_removed_subscription_is_a_404_page(db, client):
    token = tokens.unsubscribe_token(tokens.TokenSubject(999, "gone@example.org"))

    response = client.get(f"/alerts/unsubscribe/{token}/")

    assert response.status_code == 404 and "已不存在" in response.content.decode()


def test_a_link_whose_address_differs_from_the_subscription_is_refused(db, client):
    subscription = Subscription.objects.create(email="r@example.org", query="", label="全部建议", status=Status.ACTIVE)
    token = tokens.unsubscribe_token(tokens.TokenSubject(subscription.pk, "other@example.org"))

    assert client.post(f"/alerts/unsubscribe/{token}/").status_code == 404
    assert Subscription.objects.get().status == Status.ACTIVE


def unsubscribe_token(subscription: Subscription) -> str:
    return tokens.unsubscribe_token(tokens.TokenSubject(subscription.pk, subscription.email))


def test_opening_an_unsubscribe_link_asks_first(db, client):
    subscription = Subscription.objects.create(email="r@example.org", query="", label="全部建议", status=Status.ACTIVE)

    page = client.get(f"/alerts/unsubscribe/{unsubscribe_token(subscription)}/")

    assert page.status_code == 200 and "退订" in page.content.decode()
    assert Subscription.objects.get().status == Status.ACTIVE


def test_a_one_click_post_unsubscribes_without_a_csrf_token(db):
    subscription = Subscription.objects.create(email="r@example.org", query="", label="全部建议", status=Status.ACTIVE)
    mail_program = Client(enforce_csrf_checks=True)

    response = mail_program.post(
        f"/alerts/unsubscribe/{unsubscribe_token(subscription)}/",
        data="List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200 and "已退订" in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == Status.UNSUBSCRIBED and subscription.unsubscribed_at


def test_the_other_alert_forms_still_need_a_csrf_token(db):
    browser = Client(enforce_csrf_checks=True)

    assert browser.post("/alerts/subscribe/", {"email": "r@example.org", "query": ""}).status_code == 403


def test_signing_up_again_after_unsubscribing_needs_a_new_confirmation(db, client, mailoutbox):
    Subscription.objects.create(email="r@example.org", query="", label="全部建议", status=Status.UNSUBSCRIBED)

    sign_up(client, "r@example.org", "")

    assert Subscription.objects.get().status == Status.PENDING
    assert len(mailoutbox) == 1


def test_signing_up_again_while_active_keeps_the_subscription_active(db, client, mailoutbox):
    Subscription.objects.create(email="r@example.org", query="", label="全部建议", status=Status.ACTIVE)

    response = sign_up(client, "r@example.org", "")

    assert response.status_code == 302  # the same answer: nobody learns who is subscribed
    assert Subscription.objects.get().status == Status.ACTIVE


def test_an_invalid_address_is_refused_in_chinese(db, client, mailoutbox):
    response = sign_up(client, "not-an-address", "")

    assert response.status_code == 400
    assert "请填写有效的邮箱地址" in response.content.decode()
    assert not Subscription.objects.exists() and not mailoutbox


def test_an_invalid_query_is_refused_naming_the_parameter(db, client, mailoutbox):
    response = sign_up(client, "r@example.org", "key_task=no-such-task")

    assert response.status_code == 400
    body = response.content.decode()
    assert "筛选条件无效" in body and "key_task" in body
    assert not Subscription.objects.exists()


def test_sign_ups_for_one_address_are_limited(db, client, settings, mailoutbox):
    settings.LIANGHUI_ALERTS_RATE_EMAIL = "2/h"
    for n in range(2):
        assert sign_up(client, "r@example.org", f"q=词{n}", REMOTE_ADDR=f"10.0.0.{n}").status_code == 302

    response = sign_up(client, "R@example.org", "q=再来", REMOTE_ADDR="10.0.0.9")

    assert response.status_code == 429
    assert "这个邮箱地址的订阅申请过于频繁（每小时 2 次）" in response.content.decode()
    assert Subscription.objects.count() == 2 and len(mailoutbox) == 2


def test_sign_ups_from_one_client_are_limited(db, client, settings, mailoutbox):
    settings.LIANGHUI_ALERTS_RATE_IP = "3/h"
    for n in range(3):
        assert sign_up(client, f"r{n}@example.org", "", REMOTE_ADDR="10.1.2.3").status_code == 302

    limited = sign_up(client, "r9@example.org", "", REMOTE_ADDR="10.1.2.3")
    other_client = sign_up(client, "r9@example.org", "", REMOTE_ADDR="10.9.9.9")

    assert limited.status_code == 429
    assert "来自您网络的订阅申请过于频繁（每小时 3 次）" in limited.content.decode()
    assert other_client.status_code == 302


def test_behind_a_proxy_the_client_is_the_address_the_proxy_appended(db, client, settings):
    settings.LIANGHUI_ALERTS_RATE_IP = "1/h"
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}  # one trusted proxy
    proxy = {"REMOTE_ADDR": "172.16.0.1"}

    first = sign_up(client, "a@example.org", "", HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    forged = sign_up(client, "b@example.org", "", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5", **proxy)
    other = sign_up(client, "c@example.org", "", HTTP_X_FORWARDED_FOR="203.0.113.6", **proxy)

    assert (first.status_code, forged.status_code, other.status_code) == (302, 429, 302)


def test_an_unreachable_mail_server_is_a_chinese_message_not_an_error(db, client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    response = sign_up(client, "r@example.org", "")

    assert response.status_code == 503
    assert "确认邮件暂时无法发送" in response.content.decode()
    assert Subscription.objects.get().status == Status.PENDING


def test_the_standalone_sign_up_page_names_what_is_followed(db, client):
    page = client.get("/alerts/subscribe/?" + urlencode({"query": "q=航天&page=4"}))

    body = page.content.decode()
    assert page.status_code == 200
    assert "检索“航天”" in body and 'value="q=%E8%88%AA%E5%A4%A9"' in body


def form_query(body: str) -> str:
    marker = 'name="query" value="'
    start = body.index(marker) + len(marker)
    return body[start : body.index('"', start)]


def test_the_list_page_offers_the_form_for_its_own_filters(demo_articles, client):
    body = client.get("/proposals/?key_task=industry&q=航天&page=1&sort=newest").content.decode()

    assert 'action="/alerts/subscribe/"' in body
    assert form_query(body) == "q=%E8%88%AA%E5%A4%A9&amp;key_task=industry"


def test_the_delegate_key_task_and_sector_pages_offer_the_form_for_themselves(demo_articles, client):
    delegate = Proposal.objects.first().delegates.first()
    task = KeyTask.objects.get(slug="industry")
    topic = Topic.objects.get(slug="energy")

    assert form_query(client.get(f"/delegates/{delegate.pk}/").content.decode()) == f"delegate={delegate.pk}"
    assert form_query(client.get(f"/key-tasks/{task.slug}/").content.decode()) == "key_task=industry"
    assert form_query(client.get(f"/sectors/{topic.slug}/").content.decode()) == "sector=energy"


def test_alert_pages_use_the_site_layout_and_no_inline_script(db, client):
    for body in (client.get("/alerts/subscribe/").content.decode(), client.get("/alerts/subscribe/sent/").content.decode()):
        assert 'class="masthead"' in body and 'lang="zh-Hans"' in body
        assert "<script>" not in body and "<script " not in body.replace('<script src="/static/js/site.js" defer>', "")
