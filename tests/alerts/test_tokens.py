"""Signed links: confirmation links expire, unsubscribe links do not, and neither can be forged."""

from __future__ import annotations

import time

import pytest
from django.core import signing

from proposals.alerts import tokens

SUBJECT = tokens.TokenSubject(subscription_id=7, email="reader@example.org")


def test_a_confirmation_token_names_its_subscription_and_address():
    assert tokens.read_confirm_token(tokens.confirm_token(SUBJECT)) == SUBJECT


def test_a_confirmation_token_expires_after_the_configured_hours(settings, monkeypatch):
    settings.LIANGHUI_ALERTS_CONFIRM_HOURS = 2
    token = tokens.confirm_token(SUBJECT)
    later = time.time() + 2 * 3600 + 5
    monkeypatch.setattr(signing.time, "time", lambda: later)

    with pytest.raises(tokens.ExpiredToken):
        tokens.read_confirm_token(token)


def test_a_confirmation_token_is_still_good_just_before_it_expires(settings, monkeypatch):
    settings.LIANGHUI_ALERTS_CONFIRM_HOURS = 2
    token = tokens.confirm_token(SUBJECT)
    later = time.time() + 2 * 3600 - 60
    monkeypatch.setattr(signing.time, "time", lambda: later)

    assert tokens.read_confirm_token(token) == SUBJECT


def test_an_unsubscribe_token_never_expires(monkeypatch):
    token = tokens.unsubscribe_token(SUBJECT)
    years_later = time.time() + 10 * 365 * 86400
    monkeypatch.setattr(signing.time, "time", lambda: years_later)

    assert tokens.read_unsubscribe_token(token) == SUBJECT


@pytest.mark.parametrize("mangle", [lambda t: t[:-1], lambda t: t[:-2] + ("A" if t[-2] != "A" else "B") + t[-1],
                                    lambda t: "x" + t, lambda t: "", lambda t: "not-a-token"])
def test_an_altered_token_is_refused(mangle):
    token = tokens.confirm_token(SUBJECT)

    with pytest.raises(tokens.BadToken):
        tokens.read_confirm_token(mangle(token))


def test_an_unsubscribe_token_does_not_confirm_and_a_confirmation_token_does_not_unsubscribe():
    with pytest.raises(tokens.BadToken):
        tokens.read_confirm_token(tokens.unsubscribe_token(SUBJECT))
    with pytest.raises(tokens.BadToken):
        tokens.read_unsubscribe_token(tokens.confirm_token(SUBJECT))


def test_a_token_signed_with_another_key_is_refused(settings):
    settings.SECRET_KEY = "another-key-" + "x" * 50
    token = tokens.confirm_token(SUBJECT)
    settings.SECRET_KEY = "the-real-key-" + "y" * 50

    with pytest.raises(tokens.BadToken):
        tokens.read_confirm_token(token)


def test_a_token_signed_with_a_rotated_out_key_still_works_while_it_is_a_fallback(settings):
    settings.SECRET_KEY = "old-key-" + "x" * 50
    token = tokens.unsubscribe_token(SUBJECT)
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = "new-key-" + "y" * 50, ["old-key-" + "x" * 50]

    assert tokens.read_unsubscribe_token(token) == SUBJECT


def test_a_signed_value_of_the_wrong_shape_is_refused():
    token = signing.dumps({"id": "7", "email": "reader@example.org"}, salt=tokens.CONFIRM_SALT)

    with pytest.raises(tokens.BadToken):
        tokens.read_confirm_token(token)
