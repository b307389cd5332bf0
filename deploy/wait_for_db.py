"""Block until the database accepts connections, so ``migrate`` does not race PostgreSQL's start-up.

Exit status 0 once connected, 1 after ``DB_WAIT_TIMEOUT`` seconds (default 60) of failures.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.db import connections
    from django.db.utils import OperationalError

    django.setup()
    deadline = time.monotonic() + float(os.environ.get("DB_WAIT_TIMEOUT", "60"))
    while True:
        try:
            connections["default"].ensure_connection()
        except OperationalError as exc:
            if time.monotonic() >= deadline:
                print(f"wait_for_db: database still unreachable, giving up: {exc}", file=sys.stderr)
                return 1
            print(f"wait_for_db: database not ready ({exc.__class__.__name__}), retrying", file=sys.stderr)
            time.sleep(1)
            connections["default"].close()
        else:
            print("wait_for_db: database is up", file=sys.stderr)
            return 0


if __name__ == "__main__":
    sys.exit(main())
