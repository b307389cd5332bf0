"""The one way articles come in, for the ``ingest`` command and the admin upload alike.

``ingest_documents`` reads and parses each source (in worker processes with ``jobs``: the parser
needs no database), writes ``batch`` articles per transaction, and retries a batch that failed one
article at a time, so that the article at fault fails alone with its own one-line reason. It tells
``on_result`` what became of each source as it goes, and returns the run's report.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

from django.db import DatabaseError, connection

from ..ingest.parse import Hints, ParsedArticle, ParseError, Vocabulary, parse_article
from ..ingest.sources import Document, SourceError, read_document
from .articles import article_ingest, articles_ingest
from .report import ArticleOutcome, IngestReport
from .vocabulary import vocabulary_current


@dataclass(frozen=True)
class ArticleFile:
    """A source still to be read: a path, or ``-`` for ``stdin``'s bytes (standard input when None).
    ``key``: the natural key to give it (e.g. its URL) instead of the one read off it."""

    path: str
    max_bytes: int
    key: str | None = None
    stdin: bytes | None = None
    hints: Hints = Hints()  # what the user says of it (ingest --title --newspaper --date --url): over the sidecar's


@dataclass(frozen=True)
class Result:
    """What became of one source: written (``outcome``), parsed on a dry run (``parsed``), or
    failed (``error``, one line without the source's name)."""

    source: str
    outcome: ArticleOutcome | None = None
    parsed: ParsedArticle | None = None
    error: str | None = None


_worker_vocabulary: Vocabulary | None = None


def _start_worker(vocabulary: Vocabulary) -> None:
    """A worker receives the vocabulary once: sent with every article, it was unpickled anew each
    time, and the parser's index of its words (built once per vocabulary) rebuilt with it."""
    global _worker_vocabulary
    _worker_vocabulary = vocabulary


def _read_and_parse(item: ArticleFile | Document, vocabulary: Vocabulary | None = None
                    ) -> tuple[str, Document | None, ParsedArticle | None, str | None]:
    """Reads and parses one source; in a worker process (no database there), with the vocabulary
    the worker was started with."""
    vocabulary = vocabulary or _worker_vocabulary
    source = item.path if isinstance(item, ArticleFile) else item.source
    try:
        if isinstance(item, ArticleFile):
            document = read_document(item.path, max_bytes=item.max_bytes, key=item.key, stdin=item.stdin)
            if item.hints != Hints():  # changed options re-read an unchanged file, as a changed sidecar does
                digest = hashlib.sha256(f"{document.content_hash}\0{item.hints!r}".encode()).hexdigest()
                document = replace(document, hints=item.hints.over(document.hints), content_hash=digest)
        else:
            document = item
        return source, document, parse_article(document.text, vocabulary=vocabulary, hints=document.hints), None
    except (SourceError, ParseError) as error:
        return source, None, None, error.reason
    except RecursionError:
        return source, None, None, "the text is too deeply nested to read"


def _drop_broken_connection() -> None:
    """After a database error, so that the next article (or a re-run) starts on a fresh connection."""
    connection.close_if_unusable_or_obsolete()
    if connection.connection is not None and not connection.is_usable():
        connection.close()


def ingest_documents(sources: Iterable[ArticleFile | Document], *, batch: int = 1, jobs: int = 1, force: bool = False,
                     dry_run: bool = False, on_result: Callable[[Result], None] | None = None) -> IngestReport:
    """Ingest ``sources`` (files to read, or documents already read) and report what was done.

    ``batch``: articles written per transaction; ``jobs``: processes parsing at once; ``force``:
    re-extract even unchanged articles; ``dry_run``: parse only, write nothing. Bad input and
    database errors fail their own source (in the report and in its ``Result``), never the run.
    """
    if batch < 1 or jobs < 1:
        raise ValueError("ingest_documents: batch and jobs must be at least 1")
    sources = list(sources)
    tell = on_result or (lambda result: None)
    vocabulary = vocabulary_current()
    if jobs > 1 and len(sources) > 1:
        executor = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(vocabulary,))
        results = executor.map(_read_and_parse, sources, chunksize=4)
    else:
        executor = None
        results = (_read_and_parse(item, vocabulary) for item in sources)

    report = IngestReport()
    pending: list[tuple[str, Document, ParsedArticle]] = []

    def flush() -> None:
        for result in _write_batch(pending, force):
            if result.outcome is not None:
                report.add(result.outcome)
            else:
                report.fail(result.source, result.error)
            tell(result)
        pending.clear()

    try:
        for source, document, parsed, error in results:
            if error is not None:
                report.fail(source, error)
                tell(Result(source, error=error))
                continue
            if dry_run:
                report.articles["parsed"] += 1
                tell(Result(source, parsed=parsed))
                continue
            if any(document.key == queued.key for _, queued, _ in pending):
                flush()  # the same source twice (two saved copies of one page): one after the other
            pending.append((source, document, parsed))
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
    finally:
        if executor is not None:
            executor.shutdown()
    return report


def _write_batch(pending: list[tuple[str, Document, ParsedArticle]], force: bool) -> Iterable[Result]:
    """Each article's result, in order, as each is written."""
    if len(pending) > 1:
        try:
            outcomes = articles_ingest([(document, parsed) for _, document, parsed in pending], force=force)
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
