"""The shared cache's database backend, and the hook that creates its table on every ``migrate``.

Throttle and rate-limit counts must be shared by every gunicorn worker and every instance, so the
default cache is a table in the database (Redis replaces it when ``REDIS_URL`` is set). Django's
database cache increments by reading and writing back, so two workers counting at once could both
write the same number; ``AtomicDatabaseCache.incr`` locks the row first (``SELECT ... FOR UPDATE``
on PostgreSQL; on SQLite the settings open every transaction with ``BEGIN IMMEDIATE``, which
serializes writers).
"""

from __future__ import annotations

import base64
import pickle

from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.db import connections, models, router, transaction
from django.utils.timezone import now

# The table of the default cache when REDIS_URL is not set (CACHES in config/settings.py).
DATABASE_CACHE_TABLE = "lianghui_cache"


class AtomicDatabaseCache(DatabaseCache):
    """Django's database cache whose ``incr`` (and so ``decr``) is atomic across processes."""

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote = connection.ops.quote_name
        table = quote(self.cache_model_class._meta.db_table)
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {quote('value')}, {quote('expires')} FROM {table} WHERE {quote('cache_key')} = %s{lock}",
                [key],
            )
            row = cursor.fetchone()
            if row is None or self.expired(row[1], connection):
                raise ValueError(f"Key '{key}' not found")
            value = pickle.loads(base64.b64decode(connection.ops.process_clob(row[0]).encode())) + delta
            encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(f"UPDATE {table} SET {quote('value')} = %s WHERE {quote('cache_key')} = %s", [encoded, key])
        return value

    @staticmethod
    def expired(expires, connection) -> bool:
        """Whether a raw ``expires`` column value is in the past (the backends return it differently)."""
        expression = models.Expression(output_field=models.DateTimeField())
        for converter in connection.ops.get_db_converters(expression) + expression.get_db_converters(connection):
            expires = converter(expires, expression, connection)
        return expires < now()


def create_cache_tables(*, using: str = "default", **kwargs) -> None:
    """After every ``migrate``: the database cache's table, so ``migrate`` alone sets a database up.

    The table is made whichever cache is configured (it is small, and empty under Redis): switching
    from Redis back to the database then needs nothing, and a test run whose caches are overridden
    still gets it. ``createcachetable`` skips a table that exists, so this is cheap.
    """
    call_command("createcachetable", DATABASE_CACHE_TABLE, database=using, verbosity=0)
