"""Subscriptions in the admin: listed, searched, stopped in bulk, removed; never added by staff."""

from __future__ import annotations

from proposals.alerts.models import Digest, Status, Subscription

CHANGELIST = "/admin/alerts/subscription/"


def subscription(email: str, status: str = Status.ACTIVE) -> Subscription:
    return Subscription.objects.create(email=email, query="key_task=industry", label="重点工作：产业", status=status)


def test_the_admin_lists_and_searches_subscriptions(admin_client):
    subscription("first@example.org")
    subscription("second@example.org", Status.PENDING)

    listed = admin_client.get(CHANGELIST).content.decode()
    found = admin_client.get(CHANGELIST, {"q": "second"}).content.decode()
    pending = admin_client.get(CHANGELIST, {"status__exact": "pending"}).content.decode()

    assert "first@example.org" in listed and "second@example.org" in listed
    assert "second@example.org" in found and "first@example.org" not in found
    assert "second@example.org" in pending and "first@example.org" not in pending


def test_a_subscription_page_shows_its_digests(admin_client):
    item = subscription("first@example.org")
    Digest.objects.create(subscription=item, sent_at="2026-03-05T08:00:00Z", proposal_count=4)

    page = admin_client.get(f"{CHANGELIST}{item.pk}/change/")

    assert page.status_code == 200 and "first@example.org" in page.content.decode()


def test_the_admin_unsubscribes_the_selected_subscriptions(admin_client):
    chosen, other = subscription("a@example.org"), subscription("b@example.org")

    response = admin_client.post(CHANGELIST, {"action": "unsubscribe", "_selected_action": [chosen.pk]}, follow=True)

    assert "已退订 1 项订阅" in response.content.decode()
    chosen.refresh_from_db(), other.refresh_from_db()
    assert (chosen.status, other.status) == (Status.UNSUBSCRIBED, Status.ACTIVE)
    assert chosen.unsubscribed_at is not None


def test_the_admin_removes_a_subscription_with_its_digests(admin_client):
    item = subscription("a@example.org")
    Digest.objects.create(subscription=item, sent_at="2026-03-05T08:00:00Z", proposal_count=1)

    admin_client.post(f"{CHANGELIST}{item.pk}/delete/", {"post": "yes"})

    assert not Subscription.objects.exists() and not Digest.objects.exists()


def test_staff_cannot_add_a_subscription_without_the_readers_confirmation(admin_client):
    assert admin_client.get(f"{CHANGELIST}add/").status_code == 403
