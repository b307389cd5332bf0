"""Parse workers for the loader: processes that only read and parse, and die with their parent.

Kept out of ``proposals/loader`` (whose package imports the models) and free of Django, so that a
worker started with the ``spawn`` method imports nothing that touches a database: a worker never
inherits, opens or uses a database connection, so a killed ingest leaves no session behind holding
its transaction or the ingest lock. On Linux each worker asks the kernel to kill it when its parent
dies (``PR_SET_PDEATHSIG``); elsewhere a watchdog thread notices the parent has gone.

``parse_in_order`` yields each source's result in the order of the sources, keeping a bounded
number of them in flight, so the parent writes one batch while the workers parse the next and
memory does not grow with the number of sources.
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace

from .ingest.index_words import ArticleWords
from .ingest.parse import Hints, ParsedArticle, ParseError, Vocabulary, parse_article
from .ingest.sources import Document, SourceError, read_document

PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class ArticleFile:
    """A source still to be read: a path, or ``-`` for ``stdin``'s bytes (standard input when None).
    ``key``: the natural key to give it (e.g. its URL) instead of the one read off it."""

    path: str
    max_bytes: int
    key: str | None = None
    stdin: bytes | None = None
    hints: Hints = Hints()  # what the user says of it (ingest --title --newspaper --date --url): over the sidecar's


# (source, document, parsed, reason it failed, the article's texts as the search cuts them: from a
# worker only, see ``proposals.ingest.index_words.ArticleWords``)
Parsed = tuple[str, Document | None, ParsedArticle | None, str | None, dict[str, str] | None]

_worker_vocabulary: Vocabulary | None = None
_worker_words: ArticleWords | None = None


def default_jobs() -> int:
    """Processes at work by default: the CPUs this process may run on (one writes, the rest parse)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        count = os.process_cpu_count()
    elif hasattr(os, "sched_getaffinity"):
        count = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - platforms without affinity
        count = os.cpu_count()
    return max(1, min(count or 1, 8))


def read_and_parse(item: ArticleFile | Document, vocabulary: Vocabulary | None = None) -> Parsed:
    """Reads and parses one source: (source, document, parsed, None, words) or (source, None, None,
    reason, None). In a worker, with the vocabulary the worker was started with, and ``words`` the
    article's own texts cut for the search index (None in the writer, which cuts them itself)."""
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
        parsed = parse_article(document.text, vocabulary=vocabulary, hints=document.hints)
    except (SourceError, ParseError) as error:
        return source, None, None, error.reason, None
    except RecursionError:
        return source, None, None, "the text is too deeply nested to read", None
    return source, document, parsed, None, _worker_words(parsed) if _worker_words is not None else None


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent goes (Linux), and watch the parent too."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
            pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os.kill(os.getpid(), signal.SIGKILL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _start_worker(parent: int, vocabulary: Vocabulary, search_words: set[str] | None) -> None:
    """A worker receives the vocabulary once: sent with every article, it was unpickled anew each
    time, and the parser's index of its words (built once per vocabulary) rebuilt with it. With
    ``search_words`` (the search dictionary on record) it also cuts each article's texts for the index."""
    global _worker_vocabulary, _worker_words
    _die_with_parent(parent)
    _worker_vocabulary = vocabulary
    _worker_words = ArticleWords(search_words) if search_words is not None else None


def start_method() -> str:
    """``spawn``: a worker starts from a fresh interpreter, holding none of the parent's sockets."""
    return "spawn"


def parse_in_order(sources: Iterable[ArticleFile | Document], vocabulary: Vocabulary, *, workers: int,
                   ahead: int, search_words: set[str] | None = None) -> Iterator[Parsed]:
    """Each source read and parsed, in order: by ``workers`` processes (none: here, one at a time),
    with at most ``ahead`` sources in flight. Close database connections before calling it.
    ``search_words``: the search dictionary on record, for workers to cut the articles' texts.

    When the next result is not ready, this process does not wait idle: it parses here the last
    source in flight that no worker has started (see ``_next_in_order``), so on a machine with as
    many cores as processes at work every core parses whenever the writer has nothing to write."""
    if workers < 1:
        for item in sources:
            yield read_and_parse(item, vocabulary)
        return
    context = multiprocessing.get_context(start_method())
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                                   initargs=(os.getpid(), vocabulary, search_words))
    queued: deque[tuple[ArticleFile | Document, Future]] = deque()
    try:
        for item in sources:
            queued.append((item, executor.submit(read_and_parse, item)))
            if len(queued) >= ahead:
                yield _next_in_order(queued, vocabulary)
        while queued:
            yield _next_in_order(queued, vocabulary)
    finally:
        for _, future in queued:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def _next_in_order(queued: deque[tuple[ArticleFile | Document, Future]], vocabulary: Vocabulary) -> Parsed:
    """The first source's result. While its worker is still at it, take back the last source that
    no worker has started (a future not yet running can be cancelled) and parse it here: the
    results keep their order, and the parse is the same in this process as in a worker."""
    item, future = queued[0]
    while not future.done():
        for i in range(len(queued) - 1, 0, -1):
            later, pending = queued[i]
            if pending.cancel():
                parsed: Future = Future()
                parsed.set_result(read_and_parse(later, vocabulary))
                queued[i] = (later, parsed)
                break
        else:
            break  # every source in flight is being parsed or done: wait for the first
    queued.popleft()
    return future.result()
