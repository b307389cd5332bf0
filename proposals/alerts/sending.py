"""``send_alerts``' work: one digest per active subscription with what is new since its last one.

Safe to run twice, to run two at once and to interrupt. Each subscription is handled in its own
transaction: its row is locked (``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL, so a second
run skips it rather than waits; SQLite serializes writers at ``BEGIN`` anyway), the digest and one
``Delivery`` per proposal are written, and the email is sent last. If sending fails, the
transaction rolls back and the next run sends the same proposals; once committed, the deliveries
keep them from being sent again. A crash after the server accepted the email and before the commit
(milliseconds) is the one way a digest can repeat.
"""

from __future__ import annotations

import logging
import smtplib
from contextlib import nullcontext
from dataclasses import dataclass, field

from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone

from . import emails
from .matching import InvalidQuery, matching_proposals
from .models import Delivery, Digest, Status, Subscription

logger = logging.getLogger(__name__)


@dataclass
class SendReport:
    sent: int = 0  # digests sent
    proposals: int = 0  # proposals listed in them
    nothing_new: int = 0  # subscriptions with nothing to send
    busy: int = 0  # subscriptions another run was sending at the time
    failed: list[str] = field(default_factory=list)  # one line per subscription not sent


def _send_one(pk: int, connection, report: SendReport, *, dry_run: bool) -> None:
    with transaction.atomic():
        subscription = (
            Subscription.objects.select_for_update(skip_locked=True).filter(pk=pk, status=Status.ACTIVE).first()
        )
        if subscription is None:
            # Locked by another run (PostgreSQL), or unsubscribed since the list was read.
            report.busy += int(Subscription.objects.filter(pk=pk, status=Status.ACTIVE).exists())
            return
        sent = Delivery.objects.filter(subscription=subscription).values("proposal_id")
        try:
            proposals = list(matching_proposals(subscription.query, after_id=subscription.after_id, exclude_ids=sent))
        except InvalidQuery as error:
            report.failed.append(f"subscription {pk} ({subscription.email}): its query is no longer valid: {error}")
            return
        if not proposals:
            report.nothing_new += 1
            return
        if dry_run:
            report.sent += 1
            report.proposals += len(proposals)
            return
        now = timezone.now()
        digest = Digest.objects.create(subscription=subscription, sent_at=now, proposal_count=len(proposals))
        Delivery.objects.bulk_create(
            Delivery(digest=digest, subscription=subscription, proposal=proposal) for proposal in proposals
        )
        subscription.last_sent_at = now
        subscription.save(update_fields=["last_sent_at"])
        # Last: an exception here rolls back the records above, so nothing is marked sent unsent.
        emails.digest_message(subscription, proposals, connection=connection).send()
    report.sent += 1
    report.proposals += len(proposals)


def alerts_send(*, dry_run: bool = False) -> SendReport:
    """Sends every active subscription's digest over one mail connection; returns the counts.

    A refused recipient is reported and the run goes on; any other mail error (the server is down)
    stops the run, with every digest sent before it recorded."""
    report = SendReport()
    ids = list(Subscription.objects.filter(status=Status.ACTIVE).order_by("pk").values_list("pk", flat=True))
    if not ids:
        return report
    connection = None if dry_run else get_connection()
    with connection if connection is not None else nullcontext():
        for pk in ids:
            try:
                _send_one(pk, connection, report, dry_run=dry_run)
            except smtplib.SMTPRecipientsRefused as error:
                report.failed.append(f"subscription {pk}: the mail server refused the address: {error.recipients}")
    return report
