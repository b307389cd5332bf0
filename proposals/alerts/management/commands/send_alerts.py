"""``manage.py send_alerts``: mail each confirmed subscription one digest of its new proposals.

Run it from cron or a systemd timer (docs/alerts.md). Exit status: 0 when every digest due was
sent, 1 when some subscription failed (each named on its own line), 2 when mail could not be sent
at all (the server is unreachable, the settings are wrong).
"""

from __future__ import annotations

import smtplib
import sys

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from proposals.alerts.sending import alerts_send


class Command(BaseCommand):
    help = "Send one email digest per confirmed alert subscription with the proposals new since the last one."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="count what would be sent; send and record nothing"
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        try:
            report = alerts_send(dry_run=dry_run)
        except ImproperlyConfigured as error:
            raise CommandError(f"send_alerts: {error}", returncode=2) from None
        except (smtplib.SMTPException, OSError) as error:
            raise CommandError(
                f"send_alerts: mail could not be sent ({error}); digests sent before this are recorded, "
                "the rest go out on the next run",
                returncode=2,
            ) from None
        verb = "would send" if dry_run else "sent"
        self.stdout.write(
            f"{verb} {report.sent} digests ({report.proposals} proposals); "
            f"{report.nothing_new} subscriptions with nothing new; {report.busy} being sent by another run"
        )
        for line in report.failed:
            self.stderr.write(line)
        if report.failed:
            sys.exit(1)
