"""Dates and times as the API and the exports write them (ISO 8601)."""

from __future__ import annotations

from django.utils import timezone


def iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def datetime_iso(value, tz=None) -> str | None:
    """The same text DRF's DateTimeField writes: ISO 8601 in the current time zone, ``Z`` for UTC.

    Pass ``tz`` (``timezone.get_current_timezone()``) when writing many: looking it up costs more
    than the conversion.
    """
    if value is None:
        return None
    text = value.astimezone(tz or timezone.get_current_timezone()).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
