"""Send the public site's reads to a PostgreSQL read replica when ``DATABASE_REPLICA_URL`` is set.

Only the knowledge base itself (``proposals``, ``delegates``) is read from the replica: sessions,
users and permissions stay on the primary, so a login is never lost to replication lag. Writes,
migrations and every read inside a transaction on the primary (services run under
``transaction.atomic``: they must see what they are about to change) go to the primary. Ingestion reads what it is about to write, so it must run
without a replica configured (see docs/operations.md).
"""

from __future__ import annotations

from typing import Any

from django.db import connections
from django.db.models import Model

REPLICA_APPS = frozenset({"proposals", "delegates"})


class PrimaryReplicaRouter:
    def db_for_read(self, model: type[Model], **hints: Any) -> str:
        if model._meta.app_label not in REPLICA_APPS or connections["default"].in_atomic_block:
            return "default"
        return "replica"

    def db_for_write(self, model: type[Model], **hints: Any) -> str:
        return "default"

    def allow_relation(self, obj1: Model, obj2: Model, **hints: Any) -> bool:
        # Both aliases hold the same data, so any two rows may be related.
        return True

    def allow_migrate(self, db: str, app_label: str, model_name: str | None = None, **hints: Any) -> bool:
        return db == "default"
