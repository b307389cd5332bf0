"""``manage.py ingest PATH...``: read articles, extract delegates and proposals, write them.

What is known about an article besides its text comes, most trusted first, from the options
``--title --newspaper --date --url --page`` (one source only), a sidecar ``NAME.source`` beside
``NAME.txt`` (``source: URL``, ``title: …``, optional ``newspaper: …``, ``date: YYYY-MM-DD``), a
saved page's ``<meta>`` tags, and the page's own header. A year nothing states stays unknown
(年份不详) and an unknown newspaper stays empty (报纸不详 in citations): neither is guessed.

Exit status: 0 when every file was ingested (or was unchanged), 1 when at least one file failed
(each named on its own line with the reason), 2 when the command line itself is wrong. The work is
the loader's (``proposals.loader.ingest_documents``); this parses arguments and prints.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from proposals.ingest.metadata import Hints, iso_date
from proposals.ingest.sources import display_path, iter_sources
from proposals.loader import ArticleFile, Result, ingest_documents
from proposals.loader.batch import DEFAULT_BATCH, collect_less
from proposals.loader.lock import IngestLockTimeout
from proposals.loader.report import outcome_line


class Command(BaseCommand):
    help = ("Ingest newspaper articles (text, Markdown or saved HTML; files, folders, or - for stdin). A sidecar "
            "NAME.source beside NAME.txt may give 'source: URL', 'title: ...', 'newspaper: ...' and 'date: YYYY-MM-DD' "
            "lines; the options below override it for one file. A year nothing states stays unknown (年份不详), never "
            "the current year; an unknown newspaper stays empty.")
    requires_system_checks: list[str] = []  # a third of a second of each run; ``manage.py check`` runs them

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders (recursive), or - for stdin")
        parser.add_argument("--dry-run", action="store_true", help="parse and report; write nothing")
        parser.add_argument("--json", action="store_true", help="print JSON (the extraction with --dry-run, else the report)")
        parser.add_argument("--jobs", type=int, metavar="N", help="N processes at work: N-1 parse while this one writes (default: one per CPU)")
        parser.add_argument("--source-key", help="natural key for a single source (e.g. its URL); re-ingesting it updates the same article")
        parser.add_argument("--force", action="store_true", help="re-extract even unchanged articles")
        parser.add_argument("--title", default="", help="the article's title (one source only; over its sidecar's)")
        parser.add_argument("--newspaper", default="", help="the newspaper or outlet (one source only)")
        parser.add_argument("--date", default="", metavar="YYYY-MM-DD", help="the publication date (one source only)")
        parser.add_argument("--url", default="", help="the original address, cited instead of this site (one source only)")
        parser.add_argument("--page", default="", help="the page (版次), e.g. 第03版 (one source only)")
        parser.add_argument("--batch", type=int, default=DEFAULT_BATCH, metavar="N",
                            help="write N articles per transaction; a batch that fails is retried one article at a "
                                 f"time, so a bad article still fails alone (default {DEFAULT_BATCH})")
        parser.add_argument("--lock-timeout", type=float, metavar="SECONDS",
                            help="give up after waiting this long for another ingest "
                                 f"(default LIANGHUI_INGEST_LOCK_TIMEOUT, {settings.LIANGHUI_INGEST_LOCK_TIMEOUT} s)")

    @staticmethod
    def hints(options: dict[str, Any]) -> Hints:
        date = None
        if options["date"]:
            date = iso_date(options["date"])
            if date is None or not options["date"].strip()[:4].isdigit():
                raise CommandError(f"--date: {options['date']!r} is not a date (YYYY-MM-DD)", returncode=2)
        if options["url"] and not options["url"].startswith(("http://", "https://")):
            raise CommandError(f"--url: {options['url']!r} is not an http(s) address", returncode=2)
        return Hints(title=options["title"].strip(), newspaper=options["newspaper"].strip(), date=date,
                     url=options["url"].strip(), page=options["page"].strip())

    def run_from_argv(self, argv) -> None:
        collect_less()  # the command line only (a process of its own); call_command leaves the collector be
        super().run_from_argv(argv)

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[str] = options["paths"]
        if options["jobs"] is not None and options["jobs"] < 1:
            raise CommandError("--jobs must be at least 1", returncode=2)
        if options["batch"] < 1:
            raise CommandError("--batch must be at least 1", returncode=2)
        sources = list(iter_sources(paths))
        if not sources:
            raise CommandError(f"no article files (.txt, .md, .html) under {' '.join(paths)}", returncode=2)
        if options["source_key"] and len(sources) != 1:
            raise CommandError("--source-key needs exactly one source", returncode=2)
        hints = self.hints(options)
        if hints != Hints() and len(sources) != 1:
            raise CommandError("--title, --newspaper, --date, --url and --page need exactly one source", returncode=2)
        stdin = sys.stdin.buffer.read() if "-" in sources else None
        max_bytes = settings.LIANGHUI_MAX_ARTICLE_BYTES
        files = [ArticleFile(source, max_bytes, options["source_key"], stdin, hints) for source in sources]
        dry_run, quiet = options["dry_run"], options["json"]
        extracted: list[dict] = []

        def show(result: Result) -> None:
            if result.error is not None:
                self.stderr.write(f"{display_path(result.source)}: {result.error}")
            elif result.parsed is not None:
                extracted.append(result.parsed.to_json(result.source))
                if not quiet:
                    self.stdout.write(f"parsed     {display_path(result.source)}: {len(result.parsed.delegates)} delegates, "
                                      f"{len(result.parsed.proposals)} proposals")
            elif not quiet:
                self.stdout.write(outcome_line(result.source, result.outcome))

        try:
            report = ingest_documents(files, batch=options["batch"], jobs=options["jobs"], force=options["force"],
                                      dry_run=dry_run, on_result=show, lock_timeout=options["lock_timeout"],
                                      on_wait=lambda message: self.stderr.write(f"ingest: {message}"))
        except IngestLockTimeout as error:
            self.stderr.write(f"ingest: {error}")
            sys.exit(1)
        if options["json"]:
            payload = {"articles": extracted} if dry_run else report.as_dict()
            if dry_run and report.failures:
                payload["failures"] = report.as_dict()["failures"]
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1))
        else:
            for line in report.lines(dry_run=dry_run):
                self.stdout.write(line)
        if report.failures:
            sys.exit(1)
