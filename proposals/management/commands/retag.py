"""``manage.py retag``: re-run key-task and sector classification from the keywords now on record.

Run it after editing key tasks or sectors in the admin. Relations staff locked, tags staff added
and deleted proposals are left alone.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from proposals.editorial import proposals_retag
from proposals.models import Proposal


class Command(BaseCommand):
    help = "Re-tag proposals with key tasks and sectors from the current keywords (staff-locked tags stay)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--article", type=int, action="append", metavar="ID", help="only this article's proposals (repeatable)")

    def handle(self, *args: Any, **options: Any) -> None:
        proposals = Proposal.objects.all()
        if options["article"]:
            proposals = proposals.filter(article_id__in=options["article"])
        report = proposals_retag(proposals=proposals.iterator())
        self.stdout.write(
            f"retagged: {report['retagged']} changed, {report['unchanged']} unchanged, "
            f"{report['locked']} locked by staff, {report['deleted']} deleted (skipped)"
        )
