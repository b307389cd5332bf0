"""``manage.py retag``: re-run key-task and sector classification from the keywords now on record.

Run it after editing key tasks or sectors in the admin (``--session SLUG`` after adding a session's
plan: each proposal takes key tasks from its own session's plan only). Relations staff locked, tags staff added
and deleted proposals are left alone.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from delegates.models import Session
from proposals.editorial import proposals_retag
from proposals.models import Proposal


class Command(BaseCommand):
    help = "Re-tag proposals with key tasks and sectors from the current keywords (staff-locked tags stay)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--article", type=int, action="append", metavar="ID", help="only this article's proposals (repeatable)")
        parser.add_argument("--session", action="append", metavar="SLUG",
                            help="only the proposals of this session (repeatable), e.g. after adding its key-task plan")

    def handle(self, *args: Any, **options: Any) -> None:
        proposals = Proposal.objects.all()
        if options["article"]:
            proposals = proposals.filter(article_id__in=options["article"])
        if options["session"]:
            known = set(Session.objects.filter(slug__in=options["session"]).values_list("slug", flat=True))
            unknown = sorted(set(options["session"]) - known)
            if unknown:
                raise CommandError(f"--session: no session with slug {', '.join(unknown)}", returncode=2)
            proposals = proposals.filter(article__session__slug__in=options["session"])
        report = proposals_retag(proposals=proposals.iterator())
        self.stdout.write(
            f"retagged: {report['retagged']} changed, {report['unchanged']} unchanged, "
            f"{report['locked']} locked by staff, {report['deleted']} deleted (skipped)"
        )
