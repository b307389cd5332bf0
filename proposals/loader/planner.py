"""Fresh planner statistics after an ingest (``ANALYZE``), on SQLite and PostgreSQL alike, and the
settings a batch's transaction is written with (``bulk_write_settings``).

SQLite keeps no statistics until ``ANALYZE`` runs, and then keeps them until the next one. Without
them its planner guessed that the proposals of one session are few and walked them from the
membership side: at 10,000 proposals the list page's proposer facets took 18 seconds, the
statistics page 5 and a sector page 1.8, and all three a few hundred milliseconds or less once
``ANALYZE`` had run (docs/benchmarks.md, "What the load figures say"). PostgreSQL's autovacuum
analyzes in time, but only after a bulk load has been served a while with the old statistics.
An ingest that wrote a tenth as many articles as the archive holds (PostgreSQL's own
``autovacuum_analyze_scale_factor``), the first one included, therefore analyzes the tables it
writes: about a tenth of a second at 10,000 proposals on SQLite, under a second on PostgreSQL. An
editor's single upload into a large archive does not wait for it.
"""

from __future__ import annotations

from django.apps import apps
from django.db import connection

from proposals.models import Article

# The apps whose tables an ingest writes (articles, proposals, their links, people, sessions).
APPS = ("proposals", "delegates")


def written_tables() -> list[str]:
    return sorted({model._meta.db_table for label in APPS for model in apps.get_app_config(label).get_models()})


SHARE = 0.1
# SQLite's page cache for an ingest's connection, in KiB: a batch writes 10-20 MB of pages (rows,
# history, search documents and their FTS5 index); with SQLite's default of 2 MB the pages spill
# to the log before the commit and are written again when touched again (a tenth of the writer's
# CPU). Bounded, whatever the archive's size; taken only as pages are used.
SQLITE_CACHE_KIB = 16_000

_lz4: dict[str, bool] = {}


def bulk_write_settings() -> None:
    """Settings for the transaction of a batch about to be written (no-op where nothing applies).

    SQLite: a page cache that holds a batch's pages until the commit (``SQLITE_CACHE_KIB``).
    PostgreSQL: long values (article texts, search documents, machine values) compressed with lz4
    rather than pglz, where the server has it: pglz was the server's busiest function in a bulk
    load (a twentieth of its time); lz4 compresses several times faster and reads back alike."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        elif connection.vendor == "postgresql":
            if connection.alias not in _lz4:
                cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
                row = cursor.fetchone()
                _lz4[connection.alias] = bool(row and row[0])
            if _lz4[connection.alias]:
                cursor.execute("SET LOCAL default_toast_compression = lz4")


def refresh_statistics(*, written: int) -> bool:
    """``ANALYZE`` each table an ingest writes when it wrote ``written`` articles, a tenth or more of
    the archive, so that the next query is planned on the tables' real sizes; True when it did."""
    if written < 1 or written < SHARE * Article.objects.count():
        return False
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in written_tables():
            cursor.execute(f"ANALYZE {quote(table)}")
    return True
