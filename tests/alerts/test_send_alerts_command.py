"""``manage.py send_alerts``: a one-line report, exit status 1 for a failed subscription, 2 when mail is down."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from proposals.alerts.models import Digest, Status, Subscription


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("send_alerts", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_command_reports_what_it_sent(demo_articles, mailoutbox):
    Subscription.objects.create(email="a@example.org", query="", label="全部建议", status=Status.ACTIVE)

    out, err = run()

    assert out.startswith("sent 1 digests (") and err == ""
    assert len(mailoutbox) == 1


def test_a_dry_run_says_what_it_would_send_and_sends_nothing(demo_articles, mailoutbox):
    Subscription.objects.create(email="a@example.org", query="", label="全部建议", status=Status.ACTIVE)

    out, _ = run("--dry-run")

    assert out.startswith("would send 1 digests (")
    assert not mailoutbox and not Digest.objects.exists()


def test_a_failed_subscription_is_named_and_exits_1(db, mailoutbox):
    Subscription.objects.create(email="a@example.org", query="sector=gone", label="x", status=Status.ACTIVE)

    with pytest.raises(SystemExit) as exit_status:
        run()

    assert exit_status.value.code == 1


def test_an_unreachable_mail_server_is_one_line_and_exit_status_2(demo_articles, settings):
    Subscription.objects.create(email="a@example.org", query="", label="全部建议", status=Status.ACTIVE)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    with pytest.raises(CommandError) as raised:
        run()

    assert raised.value.returncode == 2
    assert "mail could not be sent" in str(raised.value) and "\n" not in str(raised.value)
    assert not Digest.objects.exists()


def test_without_a_site_address_the_command_says_which_setting_is_missing(demo_articles, settings):
    Subscription.objects.create(email="a@example.org", query="", label="全部建议", status=Status.ACTIVE)
    settings.LIANGHUI_SITE_URL = ""

    with pytest.raises(CommandError, match="LIANGHUI_SITE_URL is not set"):
        run()
    assert not Digest.objects.exists()
