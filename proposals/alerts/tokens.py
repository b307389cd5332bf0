"""Signed links in alert emails: confirming a sign-up (expires) and unsubscribing (never expires).

Tokens are ``django.core.signing`` values carrying the subscription's id and address, each kind
with its own salt, so one kind is never accepted as the other; rotating ``SECRET_KEY`` keeps old
links working while the old key is listed in ``DJANGO_SECRET_KEY_FALLBACKS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "proposals.alerts.confirm"
UNSUBSCRIBE_SALT = "proposals.alerts.unsubscribe"


class BadToken(ValueError):
    """A link that was altered, truncated, or signed for something else."""


class ExpiredToken(BadToken):
    """A confirmation link older than ``LIANGHUI_ALERTS_CONFIRM_HOURS``."""


@dataclass(frozen=True)
class TokenSubject:
    subscription_id: int
    email: str


def _dumps(subject: TokenSubject, salt: str) -> str:
    return signing.dumps({"id": subject.subscription_id, "email": subject.email}, salt=salt)


def _loads(token: str, salt: str, max_age: timedelta | None) -> TokenSubject:
    try:
        value = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise ExpiredToken("链接已过期") from None
    except signing.BadSignature:
        raise BadToken("链接无效") from None
    if not (isinstance(value, dict) and isinstance(value.get("id"), int) and isinstance(value.get("email"), str)):
        raise BadToken("链接无效")
    return TokenSubject(subscription_id=value["id"], email=value["email"])


def confirm_token(subject: TokenSubject) -> str:
    return _dumps(subject, CONFIRM_SALT)


def read_confirm_token(token: str) -> TokenSubject:
    """The subscription a confirmation link is for; ``ExpiredToken`` or ``BadToken`` otherwise."""
    return _loads(token, CONFIRM_SALT, timedelta(hours=settings.LIANGHUI_ALERTS_CONFIRM_HOURS))


def unsubscribe_token(subject: TokenSubject) -> str:
    return _dumps(subject, UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> TokenSubject:
    """The subscription an unsubscribe link is for (such links never expire); ``BadToken`` otherwise."""
    return _loads(token, UNSUBSCRIBE_SALT, None)
