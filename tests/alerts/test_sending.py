"""send_alerts' work: one digest of what is new, never twice, nothing skipped when interrupted."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, transaction

from proposals.alerts import sending
from proposals.alerts.models import Delivery, Digest, Status, Subscription
from proposals.alerts.sending import alerts_send
from proposals.models import Proposal


def active(email: str, query: str = "", *, after_id: int = 0) -> Subscription:
    return Subscription.objects.create(email=email, query=query, label=query or "全部建议",
                                       status=Status.ACTIVE, after_id=after_id)


def newest_ids(count: int) -> list[int]:
    return sorted(Proposal.objects.visible().order_by("-pk").values_list("pk", flat=True)[:count])


@pytest.fixture
def archive(demo_articles):
    """The demo archive; every proposal id, oldest first."""
    return list(Proposal.objects.visible().order_by("pk").values_list("pk", flat=True))


def test_a_digest_lists_the_matching_proposals_above_the_mark(archive, mailoutbox):
    mark = archive[-3]
    subscription = active("a@example.org", after_id=mark)

    report = alerts_send()

    assert (report.sent, report.proposals) == (1, 2)
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["a@example.org"]
    assert set(Delivery.objects.filter(subscription=subscription).values_list("proposal_id", flat=True)) == set(archive[-2:])
    for pk in archive[-2:]:
        assert f"/proposals/{pk}/" in mailoutbox[0].body


def test_a_second_run_sends_nothing(archive, mailoutbox):
    active("a@example.org", after_id=archive[-3])
    alerts_send()

    report = alerts_send()

    assert (report.sent, report.nothing_new) == (0, 1)
    assert len(mailoutbox) == 1
    assert Digest.objects.count() == 1


def test_only_proposals_new_since_the_last_digest_are_sent(archive, mailoutbox):
    subscription = active("a@example.org", after_id=archive[-3])
    alerts_send()
    newest = Proposal.objects.get(pk=archive[-1])
    newest.pk = None  # a copy: a proposal ingested after the first digest
    newest.machine_key = "copied-for-the-test"
    newest.save()

    alerts_send()

    assert len(mailoutbox) == 2
    assert f"/proposals/{newest.pk}/" in mailoutbox[1].body
    assert f"/proposals/{archive[-1]}/" not in mailoutbox[1].body
    assert subscription.digests.count() == 2


def test_a_proposal_committed_late_with_a_smaller_id_is_still_sent(archive, mailoutbox):
    subscription = active("a@example.org", after_id=archive[-3])
    digest = Digest.objects.create(subscription=subscription, sent_at="2026-03-05T08:00:00Z", proposal_count=1)
    Delivery.objects.create(digest=digest, subscription=subscription, proposal_id=archive[-1])

    report = alerts_send()

    assert report.proposals == 1
    assert f"/proposals/{archive[-2]}/" in mailoutbox[0].body


def test_an_interrupted_run_records_what_it_sent_and_the_next_run_sends_the_rest(archive, mailoutbox, monkeypatch):
    first, second, third = (active(f"{n}@example.org", after_id=archive[-3]) for n in ("one", "two", "three"))
    build = sending.emails.digest_message
    calls = []

    def digest_then_fail(subscription, proposals, **kwargs):
        calls.append(subscription.pk)
        message = build(subscription, proposals, **kwargs)
        if len(calls) == 2:
            def fail(*args, **kwargs):
                raise ConnectionResetError("the mail server went away")
            message.send = fail
        return message

    monkeypatch.setattr(sending.emails, "digest_message", digest_then_fail)
    with pytest.raises(ConnectionResetError):
        alerts_send()

    assert [m.to for m in mailoutbox] == [["one@example.org"]]
    assert Digest.objects.filter(subscription=first).count() == 1
    assert not Digest.objects.filter(subscription__in=[second, third]).exists()
    assert not Delivery.objects.filter(subscription=second).exists()

    monkeypatch.setattr(sending.emails, "digest_message", build)
    report = alerts_send()

    assert report.sent == 2
    assert sorted(m.to[0] for m in mailoutbox) == ["one@example.org", "three@example.org", "two@example.org"]
    for subscription in (first, second, third):
        assert subscription.deliveries.count() == 2


def test_pending_and_unsubscribed_subscriptions_get_nothing(archive, mailoutbox):
    Subscription.objects.create(email="p@example.org", query="", label="全部建议", status=Status.PENDING)
    Subscription.objects.create(email="u@example.org", query="", label="全部建议", status=Status.UNSUBSCRIBED)

    report = alerts_send()

    assert (report.sent, len(mailoutbox)) == (0, 0)


def test_a_digest_carries_one_click_unsubscribe_headers_and_link(archive, mailoutbox):
    active("a@example.org", "key_task=industry")

    alerts_send()

    message = mailoutbox[0]
    link = message.extra_headers["List-Unsubscribe"]
    assert link.startswith("<http") and "/alerts/unsubscribe/" in link
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link.strip("<>") in message.body
    assert link.strip("<>") in message.alternatives[0][0]


def test_a_dry_run_counts_and_records_nothing(archive, mailoutbox):
    active("a@example.org", after_id=archive[-3])

    report = alerts_send(dry_run=True)

    assert (report.sent, report.proposals) == (1, 2)
    assert not mailoutbox
    assert not Digest.objects.exists()


def test_a_subscription_whose_query_became_invalid_is_reported_and_others_are_sent(archive, mailoutbox):
    active("broken@example.org", "sector=since-removed")
    active("fine@example.org", after_id=archive[-2])

    report = alerts_send()

    assert report.sent == 1
    assert len(report.failed) == 1 and "broken@example.org" in report.failed[0] and "sector" in report.failed[0]


@pytest.mark.django_db(transaction=True)
def test_a_subscription_another_run_is_sending_is_skipped_not_waited_for(demo_articles, mailoutbox):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serializes writers at BEGIN: a second run waits instead of skipping")
    subscription = active("a@example.org")
    locked, release = threading.Event(), threading.Event()

    def other_run():
        with transaction.atomic():
            Subscription.objects.select_for_update().get(pk=subscription.pk)
            locked.set()
            release.wait(10)
        connection.close()

    thread = threading.Thread(target=other_run)
    thread.start()
    try:
        assert locked.wait(10)
        report = alerts_send()
    finally:
        release.set()
        thread.join()

    assert (report.sent, report.busy) == (0, 1)
    assert not mailoutbox
