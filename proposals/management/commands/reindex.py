"""``manage.py reindex``: rebuild the full-text search documents.

Run it after changing the segmenter's dictionary (proposals/ingest/userdict.txt, key-task phrases,
delegate names edited in bulk): words added to the dictionary change how text is segmented, so
documents indexed before the change would not be found by the new words. Ingestion and merges keep
the index current on their own.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from proposals.search import reindex_all


class Command(BaseCommand):
    help = "Rebuild the full-text search index (run after dictionary changes)."

    def handle(self, *args, **options) -> None:
        report = reindex_all()
        self.stdout.write(
            "reindexed: " + ", ".join(f"{kind} {count} changed" for kind, count in report.items())
        )
