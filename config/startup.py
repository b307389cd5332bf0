"""Start-up guard for manage.py and wsgi.py: a configuration error is one line, not a traceback.

The settings refuse an unsafe environment (no secret key in production, a malformed boolean) by
raising ``ImproperlyConfigured``. Raised from a lazy settings import, that would surface as a
20-line traceback in whichever command first touched ``settings``; loading the settings here, before
anything else, turns it into one line on stderr and exit status 1.
"""

from __future__ import annotations

import sys

from django.core.exceptions import ImproperlyConfigured


def load_settings_or_exit(program: str) -> None:
    """Import the settings now; on ``ImproperlyConfigured`` print ``program: error: reason`` and exit 1."""
    from django.conf import settings

    try:
        settings.INSTALLED_APPS  # noqa: B018 - the attribute access imports the settings module
    except ImproperlyConfigured as error:
        print(f"{program}: error: {error}", file=sys.stderr)
        raise SystemExit(1) from None
