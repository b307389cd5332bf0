"""The one rule of staff edits: a machine-owned field staff set becomes a staff value.

Shared by the admin of both apps and by ``proposals.editorial``; ingestion then never writes the
field again and reports a conflict when its own value differs.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from .models import Origin, ReviewStatus, StaffEditable


def normalised(value):
    """A value as an editor sees it: text with LF line ends and no surrounding whitespace, None as ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return value


def same_value(stored, edited) -> bool:
    """Whether a form's value is the stored one, up to what a form round trip changes by itself."""
    return stored == edited or normalised(stored) == normalised(edited)


def staff_edit_note(obj: StaffEditable, changed: Iterable[str] = ()) -> set[str]:
    """Lock the machine-owned fields a staff member set on ``obj`` (not yet saved); return them.

    A stored record is compared with its database row, so every way of saving (change form, inline,
    list editing, a history revert) locks exactly what really changed. A new record is a staff
    record (``origin="staff"``) and locks the machine-owned fields staff filled in (``changed``).
    """
    machine_fields = set(getattr(type(obj), "MACHINE_FIELDS", ()))
    if obj._state.adding or obj.pk is None:
        obj.origin = Origin.STAFF
        locked = machine_fields & set(changed)
    else:
        stored = type(obj).objects.filter(pk=obj.pk).values(*machine_fields).first() or {}
        locked = set()
        for name in machine_fields & set(stored):
            if same_value(stored[name], getattr(obj, name)):
                # The form's round trip (CRLF, stripped whitespace, None as "") changed nothing
                # the editor meant: keep the machine's exact value, unlocked.
                setattr(obj, name, stored[name])
            else:
                locked.add(name)
    obj.lock_fields(locked)
    return locked


@transaction.atomic
def records_mark_reviewed(*, records: Iterable[StaffEditable]) -> int:
    """Mark records reviewed one by one (not ``update()``), so each record's history says who did."""
    count = 0
    for record in records:
        if record.review_status != ReviewStatus.REVIEWED:
            record.review_status = ReviewStatus.REVIEWED
            record.save()
            count += 1
    return count
