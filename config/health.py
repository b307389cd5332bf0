"""``/healthz``: the probe docker compose and load balancers call to ask "can this instance serve?".

It answers 200 only when the database answers a trivial query, and 503 with the exception's class
name otherwise (never the message: it may carry a host name or a user name).
"""

from __future__ import annotations

import logging

from django.db import connections
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_status(alias: str) -> str:
    """``"ok"`` or the class name of whatever went wrong talking to database ``alias``."""
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    # A probe must report every failure as "unhealthy", not turn it into a 500.
    except Exception as exc:
        logger.warning("health check: database %r unreachable: %s", alias, exc.__class__.__name__)
        return exc.__class__.__name__
    return "ok"


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    body = {"status": "ok", "database": database_status("default")}
    if "replica" in connections.settings:
        body["replica"] = database_status("replica")
    healthy = all(value == "ok" for value in body.values())
    if not healthy:
        body["status"] = "error"
    return JsonResponse(body, status=200 if healthy else 503)
