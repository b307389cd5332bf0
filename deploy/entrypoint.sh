#!/bin/sh
# Start-up sequence of the web container: wait for the database, migrate, optionally load the demo
# articles, then replace this shell with the command (gunicorn) so it receives signals directly.
set -eu

cd "$(dirname "$0")/.."

python deploy/wait_for_db.py

if [ "${MIGRATE_ON_START:-1}" = "1" ]; then
    python manage.py migrate --noinput
fi

if [ "${DEMO_INGEST:-0}" = "1" ]; then
    # Ingestion reads what it writes: keep it on the primary even when a replica is configured.
    DATABASE_REPLICA_URL= python manage.py ingest samples/
fi

exec "$@"
