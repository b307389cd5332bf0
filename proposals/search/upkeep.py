"""Search documents rebuilt after ``migrate``, when a data migration changed what they hold.

A data migration must not run the indexer: the indexer reads the current models, and a later
migration of the same run may not have added their columns yet. So a migration that changes what
the documents are made of is named in ``REINDEXING_MIGRATIONS``, and ``reindex_after_migrate`` (a
``post_migrate`` receiver, connected by ``proposals.apps``) rebuilds the documents it affects once
every migration of the run is applied. ``manage.py reindex`` does the same by hand.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, transaction

from delegates.models import Delegate

from ..models import Proposal
from .documents import index_delegates, index_proposals

# Migrations whose data change needs the delegates' and proposals' documents rebuilt: names'
# pinyin read as names (孙长伟 → sunchangwei) instead of word by word.
REINDEXING_MIGRATIONS = frozenset({("delegates", "0004_delegate_pinyin_name_readings")})


def applied_reindexing_migrations(plan) -> set[tuple[str, str]]:
    """The migrations of ``REINDEXING_MIGRATIONS`` that ``plan`` (migrate's plan) applied forwards."""
    return {(m.app_label, m.name) for m, backwards in plan or () if not backwards} & REINDEXING_MIGRATIONS


@transaction.atomic
def reindex_names() -> dict[str, int]:
    """Rebuild the documents that hold delegates' names: the delegates' own and every proposal's.

    In one transaction: all or nothing, and every read goes to the primary (``config.db_router``
    sends reads outside a transaction to a replica, when one is configured)."""
    return {
        "delegates": index_delegates(Delegate.objects.values_list("pk", flat=True)),
        "proposals": index_proposals(Proposal.objects.values_list("pk", flat=True)),
    }


def reindex_after_migrate(sender, *, plan=None, using: str = DEFAULT_DB_ALIAS, verbosity: int = 1, stdout=None,
                          **kwargs) -> None:
    """``post_migrate``: rebuild the name documents if this run applied a migration that needs it
    (on the database the site writes to; the indexer works on that one)."""
    if using != DEFAULT_DB_ALIAS or not applied_reindexing_migrations(plan):
        return
    with transaction.atomic():
        if not Delegate.objects.exists():
            return
    report = reindex_names()
    if verbosity and stdout is not None:
        stdout.write("  Search documents rebuilt after the name readings: "
                     + ", ".join(f"{kind} {count} changed" for kind, count in report.items()) + "\n")
