"""The two emails alerts send: the sign-up confirmation and the digest of new proposals.

Every link is absolute, built on ``LIANGHUI_SITE_URL`` (``send_alerts`` has no request to ask for
the host). A digest carries ``List-Unsubscribe`` with ``List-Unsubscribe-Post:
List-Unsubscribe=One-Click`` (RFC 8058), so mail programs offer their own unsubscribe button.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse

from proposals import selectors
from proposals.models import Proposal

from . import tokens
from .models import Subscription

SUBJECT_PREFIX = "【两会建议库】"
# A digest lists this many proposals; the rest are counted, with a link to the list.
MAX_LISTED = 50


def absolute_url(path: str, request: HttpRequest | None = None) -> str:
    """``path`` on the public site: ``LIANGHUI_SITE_URL`` when set, else the request's host."""
    if settings.LIANGHUI_SITE_URL:
        return settings.LIANGHUI_SITE_URL + path
    if request is not None:
        return request.build_absolute_uri(path)
    raise ImproperlyConfigured("LIANGHUI_SITE_URL is not set: alert emails need the site's address for their links")


def _subject(subscription: Subscription) -> tokens.TokenSubject:
    return tokens.TokenSubject(subscription_id=subscription.pk, email=subscription.email)


def unsubscribe_url(subscription: Subscription, request: HttpRequest | None = None) -> str:
    token = tokens.unsubscribe_token(_subject(subscription))
    return absolute_url(reverse("alerts:unsubscribe", args=[token]), request)


def list_url(subscription: Subscription, request: HttpRequest | None = None) -> str:
    path = reverse("proposals:proposal_list")
    return absolute_url(path + ("?" + subscription.query if subscription.query else ""), request)


def confirmation_message(subscription: Subscription, *, request: HttpRequest | None = None) -> EmailMultiAlternatives:
    token = tokens.confirm_token(_subject(subscription))
    context = {
        "subscription": subscription,
        "confirm_url": absolute_url(reverse("alerts:confirm", args=[token]), request),
        "list_url": list_url(subscription, request),
        "hours": settings.LIANGHUI_ALERTS_CONFIRM_HOURS,
    }
    return EmailMultiAlternatives(
        subject=f"{SUBJECT_PREFIX}请确认订阅：{subscription.label}",
        body=render_to_string("alerts/email/confirm.txt", context),
        to=[subscription.email],
    )


def digest_message(subscription: Subscription, proposals: Sequence[Proposal], *, connection=None) -> EmailMultiAlternatives:
    """One email listing ``proposals`` (the first ``MAX_LISTED``), with its unsubscribe link and headers."""
    listed = list(proposals[:MAX_LISTED])
    unsubscribe = unsubscribe_url(subscription)
    context = {
        "subscription": subscription,
        "count": len(proposals),
        "more": len(proposals) - len(listed),
        "rows": [
            {
                "proposal": p,
                "proposers": selectors.proposers(p),
                "url": absolute_url(p.get_absolute_url()),
            }
            for p in listed
        ],
        "list_url": list_url(subscription),
        "unsubscribe_url": unsubscribe,
        "site_url": absolute_url("/"),
    }
    message = EmailMultiAlternatives(
        subject=f"{SUBJECT_PREFIX}{subscription.label}：{len(proposals)} 条新建议",
        body=render_to_string("alerts/email/digest.txt", context),
        to=[subscription.email],
        connection=connection,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"<alerts.{_list_host()}>",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(render_to_string("alerts/email/digest.html", context), "text/html")
    return message


def _list_host() -> str:
    host = settings.LIANGHUI_SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return host or "localhost"
