"""Writes of the sign-up cycle: request (sends the confirmation), confirm, unsubscribe.

A request for an address and query already on file reuses the row: a pending or unsubscribed one
waits for a new confirmation; an active one stays active (confirming it again changes nothing).
The page shows the same answer in every case, so nobody learns whether an address is subscribed.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone

from proposals.models import Proposal

from . import emails, tokens
from .labels import query_label
from .matching import normalize_query
from .models import Status, Subscription


class NotFound(LookupError):
    """A valid link for a subscription that no longer exists (removed in the admin)."""


def normalize_email(email: str) -> str:
    return email.strip().lower()


def subscription_request(*, email: str, query: str, request: HttpRequest | None = None) -> Subscription:
    """Records the sign-up, then mails its confirmation link. The mail goes out after the commit, so
    a slow SMTP server never holds a database lock; if it fails the error propagates and the
    subscription stays pending, so signing up again simply resends the link."""
    email = normalize_email(email)
    query = normalize_query(query)
    with transaction.atomic():
        subscription, created = Subscription.objects.select_for_update().get_or_create(
            email=email, query=query, defaults={"label": query_label(query)}
        )
        if subscription.status == Status.UNSUBSCRIBED:
            subscription.status = Status.PENDING
            subscription.unsubscribed_at = None
            subscription.save(update_fields=["status", "unsubscribed_at"])
    emails.confirmation_message(subscription, request=request).send()
    return subscription


def _subscription(subject: tokens.TokenSubject) -> Subscription:
    subscription = (
        Subscription.objects.select_for_update()
        .filter(pk=subject.subscription_id, email=subject.email)
        .first()
    )
    if subscription is None:
        raise NotFound(f"subscription {subject.subscription_id} does not exist")
    return subscription


def subscription_confirm(*, token: str) -> Subscription:
    """Activates the subscription of a confirmation link. Alerts start from the newest proposal now
    in the archive, so the first digest holds what arrives after confirming, not the backlog."""
    subject = tokens.read_confirm_token(token)
    with transaction.atomic():
        subscription = _subscription(subject)
        if subscription.status != Status.ACTIVE:
            subscription.status = Status.ACTIVE
            subscription.confirmed_at = timezone.now()
            subscription.unsubscribed_at = None
            subscription.after_id = Proposal.objects.aggregate(newest=Max("pk"))["newest"] or 0
            subscription.save(update_fields=["status", "confirmed_at", "unsubscribed_at", "after_id"])
    return subscription


def subscription_unsubscribe(*, token: str) -> Subscription:
    """Stops the subscription of an unsubscribe link (repeating it changes nothing)."""
    subject = tokens.read_unsubscribe_token(token)
    with transaction.atomic():
        subscription = _subscription(subject)
        if subscription.status != Status.UNSUBSCRIBED:
            subscription.status = Status.UNSUBSCRIBED
            subscription.unsubscribed_at = timezone.now()
            subscription.save(update_fields=["status", "unsubscribed_at"])
    return subscription


def subscription_for_unsubscribe_page(*, token: str) -> Subscription:
    """The subscription an unsubscribe link names, for its confirmation page (no change)."""
    subject = tokens.read_unsubscribe_token(token)
    subscription = Subscription.objects.filter(pk=subject.subscription_id, email=subject.email).first()
    if subscription is None:
        raise NotFound(f"subscription {subject.subscription_id} does not exist")
    return subscription


def subscription_for_confirm_page(*, token: str) -> Subscription:
    """The subscription a confirmation link names, for its page (no change)."""
    subject = tokens.read_confirm_token(token)
    subscription = Subscription.objects.filter(pk=subject.subscription_id, email=subject.email).first()
    if subscription is None:
        raise NotFound(f"subscription {subject.subscription_id} does not exist")
    return subscription
