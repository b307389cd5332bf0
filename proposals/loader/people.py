"""The people an article names: each printed name resolved to a delegate (matched, new, or a
namesake kept apart for review), and what the article says of their membership taken in, never over
a value staff set."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection

from delegates.models import Delegate, DelegateAlias, Level, Membership, Session
from delegates.services import delegate_resolve

from ..ingest.parse import ParsedArticle, ParsedDelegate
from ..models import Article, ArticleMention, NameReview
from .conflicts import record_conflict
from .fit import fit_values
from .report import ArticleOutcome


def write_delegates(article: Article, parsed: ParsedArticle, session: Session, outcome: ArticleOutcome) -> dict[str, Delegate]:
    # A re-ingested article keeps the people it was linked to: no second resolution, no duplicates.
    known = {
        m.name: m.delegate
        for m in ArticleMention.objects.filter(article=article).select_related("delegate__merged_into")
    }
    result: dict[str, Delegate] = {}
    for parsed_delegate in parsed.delegates:
        delegate = known.get(parsed_delegate.name)
        while delegate is not None and delegate.merged_into_id:
            delegate = delegate.merged_into
        if delegate is not None:
            outcome.delegates["matched"] += 1
        else:
            resolution = delegate_resolve(
                name=parsed_delegate.name, role=parsed_delegate.role, session=session,
                organization=parsed_delegate.organization,
            )
            delegate = resolution.delegate
            outcome.delegates[resolution.status] += 1
            if resolution.status == "ambiguous":
                outcome.ambiguous_names.append(parsed_delegate.name)
                review, _ = NameReview.objects.get_or_create(
                    article=article, name=parsed_delegate.name, delegate=delegate,
                    defaults={"reason": resolution.reason},
                )
                review.candidates.set(resolution.candidates)
        result[parsed_delegate.name] = delegate
        if delegate.is_deleted:
            # Staff deleted this record (not a delegate after all): its mention keeps the name
            # mapped to the tombstone, so it is neither revived nor created afresh.
            outcome.delegates["deleted_by_staff"] += 1
            continue
        write_membership(delegate, session, parsed_delegate, article, outcome)
    add_printed_aliases((result[d.name], d) for d in parsed.delegates)
    return result


def add_printed_aliases(pairs: Iterable[tuple[Delegate, ParsedDelegate]]) -> None:
    """A name printed in traditional characters stays the delegate's name as printed and its
    simplified form becomes an alias (and the other way round when the record was simplified), so
    either spelling finds the delegate in search, in the admin and when a later article names them."""
    wanted = {
        (delegate.pk, form)
        for delegate, parsed_delegate in pairs
        if delegate.pk and not delegate.is_deleted
        for form in (parsed_delegate.name, parsed_delegate.simplified_name)
        if form and form != delegate.name
    }
    if not wanted:
        return
    existing = set(DelegateAlias.objects.filter(delegate_id__in={pk for pk, _ in wanted}).values_list("delegate_id", "name"))
    DelegateAlias.objects.bulk_create(
        [DelegateAlias(delegate_id=pk, name=name) for pk, name in sorted(wanted - existing)], ignore_conflicts=True
    )


def membership_values(parsed_delegate) -> dict:
    return fit_values(Membership, {
        "level": parsed_delegate.level,
        "delegation": parsed_delegate.delegation,
        "affiliation": parsed_delegate.affiliation,
        "organization": parsed_delegate.organization,
        "title": parsed_delegate.title,
    })


def membership_apply(membership: Membership, extracted: dict) -> tuple[bool, list[tuple[str, object, object]]]:
    """Take what an article says into a membership on record: (changed, clashes with staff values)."""
    changed = False
    clashes = []
    machine_values = dict(membership.machine_values or {})
    for name, value in extracted.items():
        if not value or (name == "level" and value == Level.UNKNOWN):
            continue  # an article that omits the affiliation does not erase a known one
        if name in membership.staff_fields:
            if value != getattr(membership, name) and machine_values.get(name) != value:
                clashes.append((name, getattr(membership, name), value))
        elif getattr(membership, name) != value:
            setattr(membership, name, value)
            changed = True
        if machine_values.get(name) != value:
            machine_values[name] = value
            changed = True
    if changed:
        membership.machine_values = machine_values
    return changed, clashes


def write_membership(delegate: Delegate, session: Session, parsed_delegate, article: Article, outcome: ArticleOutcome) -> None:
    extracted = membership_values(parsed_delegate)
    membership = Membership.objects.filter(delegate=delegate, session=session, role=parsed_delegate.role).first()
    if membership is None:
        Membership.objects.create(
            delegate=delegate, session=session, role=parsed_delegate.role, machine_values=extracted, **extracted
        )
        return
    changed, clashes = membership_apply(membership, extracted)
    for name, staff_value, machine_value in clashes:
        outcome.conflicts += record_conflict(article=article, delegate=delegate, membership_id=membership.pk,
                                       field=name, staff_value=staff_value, machine_value=machine_value)
    if changed:
        membership.save()


def membership_order(membership: Membership) -> tuple:
    """``Membership.Meta.ordering`` (newest session first, then id) as the database applies it."""
    if membership.session_id is None or membership.session.year is None:
        # NULL years (no session, or one of unknown year) sort first in a descending order on
        # PostgreSQL, last on SQLite.
        return (0 if connection.features.nulls_order_largest else 2, 0, membership.pk)
    return (1, -membership.session.year, membership.pk)
