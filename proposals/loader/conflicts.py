"""Staff locks: a field staff set is never written by the loader; a machine value that differs is
recorded once as a ``Conflict`` for staff to decide."""

from __future__ import annotations

from ..models import Conflict


def record_conflict(**values) -> int:
    """Record the machine's disagreement with a staff value (once while unresolved); 1 if new."""
    _, created = Conflict.objects.get_or_create(
        proposal=values.get("proposal"), delegate=values.get("delegate"), membership_id=values.get("membership_id"),
        field=values["field"], machine_value=str(values["machine_value"]), resolved=False,
        defaults={"staff_value": str(values["staff_value"]), "article": values["article"]},
    )
    return int(created)
