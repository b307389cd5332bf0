"""Writes that touch only delegates: resolving a printed name to a person.

Like openparliament's ``Politician.objects.get_by_name``, resolution is one function; unlike a
guess, a name that fits more than one person, or a namesake whose role and organization clash with
the person on record, becomes a new record flagged for staff (``Resolution.status == "ambiguous"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .models import Delegate, Membership, Session
from .readings import load_pypinyin, name_pinyin


@lru_cache(maxsize=65_536)
def syllables_of(text: str) -> tuple[str, ...]:
    """``lazy_pinyin(text)``, remembered: a bulk load meets the same names again and again."""
    return tuple(load_pypinyin().lazy_pinyin(text))


def delegate_pinyin(name: str) -> str:
    """The pinyin a delegate's record keeps: the name reading, cut to its column (a 50-character
    name reads up to 300 letters; the search documents keep every reading whole)."""
    return name_pinyin(name)[: Delegate._meta.get_field("pinyin").max_length]


def pinyin_of(name: str) -> str:
    """``内蒙古`` → ``neimenggu``: the word reading, for places and words; the dot of transliterated
    names is dropped. People's names are read by ``readings.name_pinyin`` (孙长伟 → sunchangwei)."""
    return "".join(syllables_of(name.replace("·", ""))).lower()


@dataclass
class Resolution:
    delegate: Delegate | None
    status: str  # "new" | "matched" | "ambiguous"
    candidates: list[Delegate] = field(default_factory=list)
    reason: str = ""


def _organizations(memberships: Iterable[Membership]) -> set[str]:
    values = set()
    for membership in memberships:
        for value in (membership.organization, (membership.machine_values or {}).get("organization", "")):
            if value:
                values.add(value)
    return values


def delegate_resolve(*, name: str, role: str, session: Session | None, organization: str = "") -> Resolution:
    """Find the delegate a printed name refers to, or create one.

    Same name and same organization: the same person. Same name, no organization on one side,
    and no clash of role in the same session: the same person. Anything else is a namesake (重名):
    a new record, reported as ambiguous so staff can merge it if it is in fact the same person.
    """
    candidates = list(Delegate.objects.named(name).prefetch_related("memberships"))
    resolution = resolution_among(
        name=name, role=role, session_id=getattr(session, "id", None), organization=organization,
        candidates=candidates, memberships_of=lambda delegate: delegate.memberships.all(),
    )
    if resolution.delegate is None:
        resolution.delegate = delegate_create(name=name)
    return resolution


def resolution_among(*, name: str, role: str, session_id: int | None, organization: str,
                     candidates: list[Delegate], memberships_of: Callable[[Delegate], Iterable[Membership]]) -> Resolution:
    """``delegate_resolve``'s decision over candidates already in hand (the bulk loader's way).

    Touches no database. A ``Resolution`` whose ``delegate`` is None asks the caller to create
    the person (status "new", or "ambiguous" for a namesake).
    """
    if not candidates:
        return Resolution(None, "new")

    if organization:
        same_org = [c for c in candidates if organization in _organizations(memberships_of(c))]
        if len(same_org) == 1:
            return Resolution(same_org[0], "matched")

    compatible = []
    for candidate in candidates:
        memberships = list(memberships_of(candidate))
        organizations = _organizations(memberships)
        clash = False
        if organization and organizations and organization not in organizations:
            clash = True  # printed with another organization: possibly another person
        if any(m.session_id == session_id and m.role != role for m in memberships):
            clash = True
        if not clash:
            compatible.append(candidate)

    if len(compatible) == 1:
        # Several people of this name on record and only one fits is still a match.
        return Resolution(compatible[0], "matched")
    reason = (
        f"{len(candidates)} delegates named {name} on record; "
        + ("none matches this role and organization" if not compatible else "more than one could be meant")
    )
    return Resolution(None, "ambiguous", candidates, reason)


def delegate_create(*, name: str) -> Delegate:
    return Delegate.objects.create(name=name, pinyin=delegate_pinyin(name), machine_values={"name": name})
