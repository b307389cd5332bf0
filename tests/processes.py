"""Environments for tests that start the project in a subprocess (settings are read at import).

``clean_env`` drops every variable the project reads, so a developer's shell or a PostgreSQL
``DATABASE_URL`` in CI cannot change what a subprocess test sees.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PROJECT_PREFIXES = ("DJANGO_", "DATABASE_", "LIANGHUI_", "GUNICORN_", "API_THROTTLE_", "CORS_", "RATELIMIT_", "REDIS_")


def clean_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """A subprocess environment with defaults only, state in ``tmp_path``, plus ``overrides``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(PROJECT_PREFIXES)}
    env["LIANGHUI_VAR_DIR"] = str(tmp_path / "var")
    env["DJANGO_STATIC_ROOT"] = str(tmp_path / "staticfiles")
    env["PYTHONUNBUFFERED"] = "1"
    env.update(overrides)
    return env


def production_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """What docs/operations.md asks a production deployment to set."""
    production = {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "kb.example.org",
        "DJANGO_SECURE_COOKIES": "1",
        "DJANGO_SSL_REDIRECT": "1",
        "DJANGO_HSTS_SECONDS": "31536000",
        "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1",
        "DJANGO_HSTS_PRELOAD": "1",
        "DJANGO_BEHIND_PROXY": "1",
    }
    return clean_env(tmp_path, **{**production, **overrides})
