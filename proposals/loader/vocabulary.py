"""The vocabulary as staff last edited it: key tasks and sectors for the parser, and the key task
each slug stands for in a session (the editorial retagging reads the same lookups)."""

from __future__ import annotations

from django.db import DatabaseError
from django.db.models import F

from delegates.models import Session

from ..ingest.parse import Term, Vocabulary
from ..models import KeyTask, Topic


def vocabulary_current() -> Vocabulary:
    """Key tasks and sectors as staff last edited them (the seed files when the database is empty)."""
    try:
        tasks = list(KeyTask.objects.select_related("session").order_by("-session__year", "order"))
        topics = list(Topic.objects.all())
    except DatabaseError:
        return Vocabulary.from_seed_files()
    if not tasks and not topics:
        return Vocabulary.from_seed_files()
    seen: dict[str, Term] = {}
    for task in tasks:
        seen.setdefault(task.slug, Term(task.slug, task.name, tuple(task.phrases or [task.name]), tuple(task.keywords)))
    return Vocabulary(
        key_tasks=tuple(sorted(seen.values(), key=lambda t: [k.slug for k in tasks].index(t.slug))),
        topics=tuple(Term(t.slug, t.name, (t.name,), tuple(t.keywords)) for t in topics),
    )


class KeyTaskLookup:
    """Every key task, read once; for each session, the task each slug stands for."""

    def __init__(self) -> None:
        self._all = list(KeyTask.objects.annotate(year=F("session__year")))
        self._lookups: dict[int, dict[str, KeyTask]] = {}

    def of(self, session: Session) -> dict[str, KeyTask]:
        if session.pk not in self._lookups:
            # The article's own session's plan first, then plans for any session (by their order),
            # then the other sessions' plans, newest first.
            lookup = {t.slug: t for t in self._all if t.session_id == session.pk}
            for task in sorted((t for t in self._all if t.session_id is None), key=lambda t: (t.order, t.pk)):
                lookup.setdefault(task.slug, task)
            for task in sorted((t for t in self._all if t.session_id is not None),
                               key=lambda t: (-t.year, t.order, t.pk)):
                lookup.setdefault(task.slug, task)
            self._lookups[session.pk] = lookup
        return self._lookups[session.pk]


def task_lookup(session: Session) -> dict[str, KeyTask]:
    """The key task each slug stands for in ``session`` (reads every key task: once per article)."""
    return KeyTaskLookup().of(session)


def topic_lookup() -> dict[str, Topic]:
    """Every sector by its slug."""
    return {t.slug: t for t in Topic.objects.all()}
