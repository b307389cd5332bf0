"""The people a batch of new articles names: every delegate on record under each printed name (the
namesakes a name may resolve to), and those the batch creates.

Resolving a name reads little of a namesake's memberships (session, role, organization), and most
namesakes are only considered: they are held as light records. Full memberships are read only for
the people the batch settles on (``settle``), after every name is resolved. The archive's
namesakes grow with it; a batch's memory then grows only with the people it names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Q
from django.db.models.fields.json import KT

from delegates.models import Delegate, DelegateAlias, Membership, Session
from delegates.services import delegate_pinyin

from .. import bulk

# Names (or keys) looked up per query (well under SQLite's parameter limit).
NAMES_PER_QUERY = 400

# What a batch reads of the people it names, and of their memberships (attribute names): what
# resolving names, taking in memberships and indexing them use (the rest, JSON and timestamps,
# costs its decoding).
DELEGATE_FIELDS = ("id", "name", "pinyin", "disambiguation", "merged_into_id", "is_deleted")
MEMBERSHIP_FIELDS = ("id", "delegate_id", "session_id", "role", *Membership.MACHINE_FIELDS, "staff_fields",
                     "machine_values")


class HeldMembership:
    """What resolving a name reads of a membership (``delegates.services.resolution_among``): its
    session, role and organization, printed and as last extracted."""

    __slots__ = ("machine_organization", "organization", "role", "session_id", "staff_organization")

    def __init__(self, session_id: int | None, role: str, organization: str, machine_organization: str,
                 staff_organization: bool) -> None:
        self.session_id, self.role, self.organization = session_id, role, organization
        self.machine_organization, self.staff_organization = machine_organization, staff_organization

    @property
    def machine_values(self) -> dict:
        return {"organization": self.machine_organization}

    def take(self, organization: str) -> None:
        """``people.membership_apply`` as far as the organization goes."""
        if organization:
            if not self.staff_organization:
                self.organization = organization
            self.machine_organization = organization


class Cast:
    """The people a batch names: those on record (read once) and those the batch creates."""

    def __init__(self, names: set[str]) -> None:
        self.by_name: dict[str, list[Delegate]] = defaultdict(list)
        self._held: dict[int, list[HeldMembership]] = {}
        self._memberships: dict[int, list[Membership]] = {}
        self._aliases: dict[int, list[str]] = {}
        self.created: list[Delegate] = []
        found: dict[int, Delegate] = {}
        ordered = sorted(names)
        for chunk in bulk.chunked(ordered, NAMES_PER_QUERY):
            for delegate in bulk.loaded(Delegate.objects.active().filter(
                pk__in=Delegate.objects.filter(Q(name__in=chunk) | Q(aliases__name__in=chunk)).values("pk")
            ).values_list(*DELEGATE_FIELDS), DELEGATE_FIELDS):
                found[delegate.pk] = delegate
        held: dict[int, list[HeldMembership]] = defaultdict(list)
        aliases: dict[int, list[str]] = defaultdict(list)
        for chunk in bulk.chunked(sorted(found), NAMES_PER_QUERY):
            # In ``Meta.ordering``, as the full memberships will be.
            for delegate_id, session_id, role, organization, machine_organization, staff_fields in (
                Membership.objects.filter(delegate_id__in=chunk).values_list(
                    "delegate_id", "session_id", "role", "organization", KT("machine_values__organization"),
                    "staff_fields",
                )
            ):
                held[delegate_id].append(HeldMembership(session_id, role, organization, machine_organization or "",
                                                        "organization" in staff_fields))
            for delegate_id, alias in DelegateAlias.objects.filter(delegate_id__in=chunk).values_list("delegate_id", "name"):
                aliases[delegate_id].append(alias)
        # As ``Delegate.objects.named`` orders them: by name, then id.
        for delegate in sorted(found.values(), key=lambda d: (d.name, d.pk)):
            self._held[id(delegate)] = held[delegate.pk]
            self._aliases[id(delegate)] = aliases[delegate.pk]
            for name in {delegate.name, *aliases[delegate.pk]} & names:
                self.by_name[name].append(delegate)

    def held_of(self, delegate: Delegate) -> list[HeldMembership]:
        """The delegate's memberships as resolving names reads them, with the batch's changes."""
        return self._held[id(delegate)]

    def hold(self, delegate: Delegate, session_id: int, role: str, organization: str) -> None:
        """What the batch says of the delegate's membership in a session, for the names after it."""
        held = self._held[id(delegate)]
        same = next((m for m in held if m.session_id == session_id and m.role == role), None)
        if same is None:
            held.append(HeldMembership(session_id, role, organization, organization, False))
        else:
            same.take(organization)

    def settle(self, delegates: Iterable[Delegate]) -> None:
        """Read the full memberships of the people the batch settled on (those on record)."""
        wanted = {d.pk: d for d in delegates if d.pk is not None and id(d) not in self._memberships}
        memberships: dict[int, list[Membership]] = defaultdict(list)
        # Each with its session from one read of the few sessions there are (a join would build a
        # session per membership).
        sessions = Session.objects.in_bulk() if wanted else {}
        session = Membership.session.field
        for chunk in bulk.chunked(sorted(wanted), NAMES_PER_QUERY):
            for membership in bulk.loaded(
                Membership.objects.filter(delegate_id__in=chunk).values_list(*MEMBERSHIP_FIELDS), MEMBERSHIP_FIELDS
            ):
                session.set_cached_value(membership, sessions.get(membership.session_id))
                memberships[membership.delegate_id].append(membership)
        for pk, delegate in wanted.items():
            self._memberships[id(delegate)] = memberships[pk]
        self._held.clear()  # only the settled people's records are needed from here on

    def memberships_of(self, delegate: Delegate) -> list[Membership]:
        """The full memberships of a delegate the batch settled on (``settle``) or created."""
        return self._memberships[id(delegate)]

    def aliases_of(self, delegate: Delegate) -> list[str]:
        return self._aliases[id(delegate)]

    def create(self, name: str) -> Delegate:
        delegate = bulk.unsaved(Delegate, name=name, pinyin=delegate_pinyin(name), machine_values={"name": name})
        self._held[id(delegate)] = []
        self._memberships[id(delegate)] = []
        self._aliases[id(delegate)] = []
        self.by_name[name].append(delegate)
        self.created.append(delegate)
        return delegate

