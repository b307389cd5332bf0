"""Container health check: GET /healthz on loopback, exit 0 when it answers 200.

The request carries the first of ``DJANGO_ALLOWED_HOSTS`` as its Host header, because Django refuses
any other. The slim image has no curl, hence this standard-library script.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request


def host_header() -> str:
    for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(","):
        host = host.strip().lstrip(".")
        if host and host != "*":
            return host
    return "localhost"


def port() -> str:
    # Same variable gunicorn.conf.py binds to; "0.0.0.0:8000" -> "8000".
    bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
    return bind.rsplit(":", 1)[-1] if ":" in bind else "8000"


def main() -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{port()}/healthz", headers={"Host": host_header()})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return 0 if response.status == 200 else 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"healthcheck: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
