"""The loader: what the parser reads off an article, written to the database.

``ingest_documents`` (in ``batch``) is the one entry point, used by the ``ingest`` command and the
admin upload alike. One concept per module: ``articles`` (one article or a batch, upsert and update
in place), ``new_articles`` (new articles in bulk), ``people`` (names resolved, memberships),
``rereports`` (further sources), ``links`` (proposers, key-task and sector links), ``conflicts``
(staff locks), ``values`` (row values and natural keys), ``sessions``, ``vocabulary`` (key tasks
and sectors as staff edited them), ``report`` (outcomes and the run's report), ``lock`` (the ingest
lock, and what a writer that must wait for it does). Parsing in worker processes is
``proposals.workers``, outside this package, so that a worker imports no Django.

It may import ``delegates``, ``proposals.models``, ``proposals.ingest`` (the parser),
``proposals.bulk``, ``proposals.workers`` and ``proposals.search``; nothing imports it but the command, the admin,
``proposals.editorial`` and the benchmarks.
"""

from .batch import ArticleFile, Result, ingest_documents
from .report import ArticleOutcome, IngestReport

__all__ = ["ArticleFile", "ArticleOutcome", "IngestReport", "Result", "ingest_documents"]
