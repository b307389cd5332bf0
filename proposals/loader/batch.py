"""The one way articles come in, for the ``ingest`` command and the admin upload alike.

``ingest_documents`` reads and parses each source (in worker processes with ``jobs``: the parser
needs no database, see ``proposals.workers``) while it writes the batch before, writes ``batch``
articles per transaction, and retries a batch that failed one article at a time, so that the
article at fault fails alone with its own one-line reason. It tells ``on_result`` what became of
each source as it goes, and returns the run's report. Writers take the ingest lock (``lock``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import DatabaseError, connection, connections

from .. import search
from ..ingest.parse import ParsedArticle
from ..ingest.sources import Document
from ..workers import ArticleFile, default_jobs, parse_in_order
from .articles import article_ingest, articles_ingest
from .lock import lock_policy
from .planner import refresh_statistics
from .report import ArticleOutcome, IngestReport
from .vocabulary import vocabulary_current

# The cyclic garbage collector's thresholds for a process that ingests and exits (``manage.py
# ingest``): the writer allocates millions of short-lived objects per batch (rows, instances,
# documents), and at Python's defaults (700, 10, 10) it ran about 800 collections per 1,000 articles,
# eight over the whole heap: a tenth of the writer's CPU. Nearly everything is freed by reference
# counting; young cycles are still collected, and the objects of start-up are frozen.
GC_THRESHOLDS = (50_000, 20, 100)

# Articles per transaction by default: big enough that a statement or two per table serves many
# articles, small enough that a batch's objects stay a few megabytes. 100 rather than 200 (fourteenth
# session): the same speed, 20-28 MB less at the peak, and a batch's transient, which grows with the
# people's records it reads, stays within 10% from 1,000 to 10,000 articles on PostgreSQL.
DEFAULT_BATCH = 100

__all__ = ["DEFAULT_BATCH", "ArticleFile", "Result", "collect_less", "default_jobs", "ingest_documents"]


@dataclass(frozen=True)
class Result:
    """What became of one source: written (``outcome``), parsed on a dry run (``parsed``), or
    failed (``error``, one line without the source's name)."""

    source: str
    outcome: ArticleOutcome | None = None
    parsed: ParsedArticle | None = None
    error: str | None = None


def collect_less() -> None:
    """For a process of its own only (the command line): a long-running one would keep what it froze."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _close_idle_connections() -> None:
    """Before parse workers start: no database connection open outside a transaction to hand on."""
    for alias in connections:
        if alias in connections.settings and not connections[alias].in_atomic_block:
            connections[alias].close()


def _drop_broken_connection() -> None:
    """After a database error, so that the next article (or a re-run) starts on a fresh connection."""
    connection.close_if_unusable_or_obsolete()
    if connection.connection is not None and not connection.is_usable():
        connection.close()


def ingest_documents(sources: Iterable[ArticleFile | Document], *, batch: int | None = None, jobs: int | None = 1,
                     force: bool = False, dry_run: bool = False, on_result: Callable[[Result], None] | None = None,
                     lock_timeout: float | None = None, on_wait: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest ``sources`` (files to read, or documents already read) and report what was done.

    ``batch``: articles written per transaction (``DEFAULT_BATCH`` when None); ``jobs``: processes
    at work (None: one per CPU): with two or more, ``jobs - 1`` worker processes parse while this
    one writes; ``force``: re-extract even unchanged articles; ``dry_run``: parse only, write
    nothing. Bad input and database errors fail their own source (in the report and in its
    ``Result``), never the run. A writer waiting for another ingest's lock tells ``on_wait`` at
    once and raises ``lock.IngestLockTimeout`` after ``lock_timeout`` seconds (the setting's default).
    """
    batch = DEFAULT_BATCH if batch is None else batch
    jobs = default_jobs() if jobs is None else jobs
    if batch < 1 or jobs < 1:
        raise ValueError("ingest_documents: batch and jobs must be at least 1")
    sources = list(sources)
    tell = on_result or (lambda result: None)
    vocabulary = vocabulary_current()
    workers = jobs - 1 if len(sources) > 1 else 0
    # Workers also cut each article's own texts for the search index, from the dictionary on record.
    search_words = search.search_words_on_record() if workers and not dry_run else None
    if workers:
        _close_idle_connections()
    # Up to a batch more in flight than the one being gathered, so that the workers parse on
    # while this process writes it (memory stays bounded by the batch, not the run).
    results = parse_in_order(sources, vocabulary, workers=workers, ahead=batch + min(batch, DEFAULT_BATCH) + 2 * workers,
                             search_words=search_words)

    report = IngestReport()
    # A batch's sources in order, failed reads among them, so that each is told in its turn.
    pending: list[tuple[str, Document | None, ParsedArticle | None, str | None, dict[str, str] | None]] = []
    unwritten = len(sources)  # sources not yet in a written batch (pending ones included)

    def flush() -> None:
        nonlocal unwritten
        unwritten -= len(pending)
        known: dict[str, str] = {}
        for *_, words in pending:
            known.update(words or {})
        written = iter(_write_batch([(source, document, parsed) for source, document, parsed, error, _ in pending
                                     if error is None], force, known))
        for source, _, _, error, _ in pending:
            result = Result(source, error=error) if error is not None else next(written)
            if result.outcome is not None:
                report.add(result.outcome)
            else:
                report.fail(result.source, result.error)
            tell(result)
        pending.clear()

    with lock_policy(lock_timeout, on_wait):
        try:
            for source, document, parsed, error, words in results:
                if dry_run:
                    if error is None:
                        report.articles["parsed"] += 1
                        tell(Result(source, parsed=parsed))
                    else:
                        report.fail(source, error)
                        tell(Result(source, error=error))
                    continue
                if document is not None and any(document.key == queued.key for _, queued, *_ in pending if queued):
                    flush()  # the same source twice (two saved copies of one page): one after the other
                pending.append((source, document, parsed, error, words))
                if len(pending) >= (tapered(batch, unwritten) if workers else batch):
                    flush()
            if pending:
                flush()
        finally:
            results.close()
    refresh_statistics(written=report.articles["new"] + report.articles["updated"])
    return report


def tapered(batch: int, unwritten: int) -> int:
    """The size of the next batch when workers parse: the last batches shrink (half of what is
    left, down to an eighth of ``batch``), because the workers have nothing left to parse while
    the last one is written, and a small last batch keeps that wait short."""
    return min(batch, max(batch // 8, unwritten // 2, 1))


def _write_batch(pending: list[tuple[str, Document, ParsedArticle]], force: bool,
                 known: dict[str, str]) -> Iterable[Result]:
    """Each article's result, in order, as each is written. ``known``: texts the workers cut."""
    if len(pending) > 1:
        try:
            outcomes = articles_ingest([(document, parsed) for _, document, parsed in pending], force=force, cut=known)
        except DatabaseError:
            # The batch rolled back whole: write its articles one by one, so that the one at
            # fault fails alone, with its own message.
            _drop_broken_connection()
        else:
            for (source, _, _), outcome in zip(pending, outcomes, strict=True):
                yield Result(source, outcome=outcome)
            return
    for source, document, parsed in pending:
        yield _write_one(source, document, parsed, force)


def _write_one(source: str, document: Document, parsed: ParsedArticle, force: bool) -> Result:
    try:
        outcome = article_ingest(document=document, parsed=parsed, force=force)
    except DatabaseError as error:
        # The transaction rolled back: nothing of this article was written.
        _drop_broken_connection()
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        return Result(source, error=f"database error ({type(error).__name__}): {first_line}")
    return Result(source, outcome=outcome)
