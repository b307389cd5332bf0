"""``manage.py ingest PATH...``: read articles, extract delegates and proposals, write them.

Exit status: 0 when every file was ingested (or was unchanged), 1 when at least one file failed
(each named on its own line with the reason), 2 when the command line itself is wrong.
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection

from proposals.ingest.parse import ParsedArticle, ParseError, Vocabulary, parse_article
from proposals.ingest.sources import Document, SourceError, iter_sources, read_document
from proposals.services import IngestReport, article_ingest, articles_ingest, vocabulary_current

_worker_vocabulary: Vocabulary | None = None


def _start_worker(vocabulary: Vocabulary) -> None:
    """A --jobs worker receives the vocabulary once: sent with every article, it was unpickled anew
    each time, and the parser's index of its words (built once per vocabulary) rebuilt with it."""
    global _worker_vocabulary
    _worker_vocabulary = vocabulary


def _read_and_parse(source: str, max_bytes: int, key: str | None, stdin: bytes | None,
                    vocabulary: Vocabulary | None = None) -> tuple[str, Document | None, ParsedArticle | None, str | None]:
    """Reads and parses one source; in a --jobs worker process (no database there), with the
    vocabulary the worker was started with."""
    vocabulary = vocabulary or _worker_vocabulary
    try:
        document = read_document(source, max_bytes=max_bytes, key=key, stdin=stdin)
        return source, document, parse_article(document.text, vocabulary=vocabulary), None
    except (SourceError, ParseError) as error:
        return source, None, None, error.reason
    except RecursionError:
        return source, None, None, "the text is too deeply nested to read"


def _drop_broken_connection() -> None:
    """After a database error, so that the next file (or a re-run) starts on a fresh connection."""
    connection.close_if_unusable_or_obsolete()
    if connection.connection is not None and not connection.is_usable():
        connection.close()


class Command(BaseCommand):
    help = "Ingest newspaper articles (text, Markdown or saved HTML; files, folders, or - for standard input)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders (recursive), or - for stdin")
        parser.add_argument("--dry-run", action="store_true", help="parse and report; write nothing")
        parser.add_argument("--json", action="store_true", help="print JSON (the extraction with --dry-run, else the report)")
        parser.add_argument("--jobs", type=int, default=1, help="parse in N worker processes (writes stay serialized)")
        parser.add_argument("--source-key", help="natural key for a single source (e.g. its URL); re-ingesting it updates the same article")
        parser.add_argument("--force", action="store_true", help="re-extract even unchanged articles")
        parser.add_argument(
            "--batch", type=int, default=1, metavar="N",
            help="write N articles per transaction (bulk loading an archive); a batch that fails is "
                 "retried one article at a time, so a bad article still fails alone (default 1)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[str] = options["paths"]
        if options["jobs"] < 1:
            raise CommandError("--jobs must be at least 1", returncode=2)
        if options["batch"] < 1:
            raise CommandError("--batch must be at least 1", returncode=2)
        sources = list(iter_sources(paths))
        if not sources:
            raise CommandError(f"no article files (.txt, .md, .html) under {' '.join(paths)}", returncode=2)
        if options["source_key"] and len(sources) != 1:
            raise CommandError("--source-key needs exactly one source", returncode=2)
        stdin = sys.stdin.buffer.read() if "-" in sources else None
        vocabulary = vocabulary_current()
        max_bytes = settings.LIANGHUI_MAX_ARTICLE_BYTES
        jobs = [(s, max_bytes, options["source_key"], stdin) for s in sources]
        if options["jobs"] > 1 and len(sources) > 1:
            executor = ProcessPoolExecutor(max_workers=options["jobs"], initializer=_start_worker,
                                           initargs=(vocabulary,))
            results = executor.map(_read_and_parse, *zip(*jobs, strict=True), chunksize=4)
        else:
            executor = None
            results = (_read_and_parse(*job, vocabulary) for job in jobs)

        report = IngestReport()
        extracted: list[dict] = []
        pending: list[tuple[str, Document, ParsedArticle]] = []

        def flush() -> None:
            self._write_batch(pending, options["force"], report, options["json"])
            pending.clear()

        try:
            for source, document, parsed, error in results:
                if error is not None:
                    report.fail(source, error)
                    self.stderr.write(f"{source}: {error}")
                    continue
                if options["dry_run"]:
                    extracted.append(parsed.to_json(source))
                    report.articles["parsed"] += 1
                    if not options["json"]:
                        self.stdout.write(
                            f"parsed     {source}: {len(parsed.delegates)} delegates, {len(parsed.proposals)} proposals"
                        )
                    continue
                if any(document.key == queued.key for _, queued, _ in pending):
                    flush()  # the same source twice (two saved copies of one page): one after the other
                pending.append((source, document, parsed))
                if len(pending) >= options["batch"]:
                    flush()
            if pending:
                flush()
        finally:
            if executor is not None:
                executor.shutdown()

        if options["json"]:
            payload = {"articles": extracted} if options["dry_run"] else report.as_dict()
            if options["dry_run"] and report.failures:
                payload["failures"] = report.as_dict()["failures"]
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1))
        else:
            self._print_report(report, options["dry_run"])
        if report.failures:
            sys.exit(1)

    def _write_batch(self, pending: list[tuple[str, Document, ParsedArticle]], force: bool, report: IngestReport,
                     quiet: bool) -> None:
        if len(pending) > 1:
            try:
                outcomes = articles_ingest([(document, parsed) for _, document, parsed in pending], force=force)
            except DatabaseError:
                # The batch rolled back whole: write its articles one by one, so that the one at
                # fault fails alone, with its own message.
                _drop_broken_connection()
            else:
                for (source, _, _), outcome in zip(pending, outcomes, strict=True):
                    self._report(source, outcome, report, quiet)
                return
        for source, document, parsed in pending:
            self._write(source, document, parsed, force, report, quiet)

    def _write(self, source: str, document: Document, parsed: ParsedArticle, force: bool, report: IngestReport,
               quiet: bool) -> None:
        try:
            outcome = article_ingest(document=document, parsed=parsed, force=force)
        except DatabaseError as error:
            # The transaction rolled back: nothing of this article was written.
            _drop_broken_connection()
            first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
            report.fail(source, f"database error ({type(error).__name__}): {first_line}")
            self.stderr.write(f"{source}: database error ({type(error).__name__}): {first_line}")
            return
        self._report(source, outcome, report, quiet)

    def _report(self, source: str, outcome, report: IngestReport, quiet: bool) -> None:
        report.add(outcome)
        if not quiet:
            details = ""
            if outcome.status != "unchanged":
                details = (
                    f": {sum(outcome.delegates.values())} delegates, "
                    f"{sum(outcome.proposals.values())} proposals"
                    + (f", {outcome.conflicts} conflicts with staff edits" if outcome.conflicts else "")
                )
            self.stdout.write(f"{outcome.status:10s} {source}{details}")

    def _print_report(self, report: IngestReport, dry_run: bool) -> None:
        a, d, p = report.articles, report.delegates, report.proposals
        if dry_run:
            self.stdout.write(f"dry run: {a['parsed']} parsed, {a['failed']} failed; nothing written")
        else:
            self.stdout.write(
                f"articles: {a['new']} new, {a['updated']} updated, {a['unchanged']} unchanged, {a['failed']} failed"
            )
            self.stdout.write(f"delegates: {d['new']} new, {d['matched']} matched, {d['ambiguous']} ambiguous")
            extra = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in sorted(p.items()) if k not in ("new", "updated", "unchanged"))
            self.stdout.write(
                f"proposals: {p['new']} new, {p['updated']} updated, {p['unchanged']} unchanged" + (f", {extra}" if extra else "")
            )
            if report.conflicts:
                self.stdout.write(f"conflicts with staff edits: {report.conflicts} (see the admin's review queue)")
            if report.ambiguous_names:
                self.stdout.write("ambiguous names kept apart: " + "、".join(report.ambiguous_names))
        for source, reason in report.failures:
            self.stdout.write(f"failed: {source}: {reason}")
