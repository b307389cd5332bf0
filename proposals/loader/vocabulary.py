"""The vocabulary as staff last edited it: key tasks and sectors for the parser, and the key task
each slug stands for in a session (the editorial retagging reads the same lookups)."""

from __future__ import annotations

from dataclasses import replace

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
    plans: dict[tuple, list[Term]] = {}
    for task in sorted(tasks, key=lambda t: (t.order, t.pk)):
        if task.session is None:
            continue  # a task of no session belongs to no plan: no article is classified with it
        key = (task.session.year, task.session.level, task.session.region)
        plans.setdefault(key, []).append(Term(task.slug, task.name, tuple(task.phrases or [task.name]), tuple(task.keywords)))
    return Vocabulary(
        key_tasks=(),
        topics=tuple(Term(t.slug, t.name, (t.name,), tuple(t.keywords)) for t in topics),
        plans=tuple((key, tuple(terms)) for key, terms in plans.items()),
    )


class KeyTaskLookup:
    """Every key task, read once; for each session, the task each slug stands for."""

    def __init__(self) -> None:
        self._all = list(KeyTask.objects.annotate(year=F("session__year")))
        self._lookups: dict[int, dict[str, KeyTask]] = {}

    def of(self, session: Session | None) -> dict[str, KeyTask]:
        """The plan of ``session`` only: a session without a plan has no key tasks to give."""
        if session is None:
            return {}
        if session.pk not in self._lookups:
            self._lookups[session.pk] = {t.slug: t for t in self._all if t.session_id == session.pk}
        return self._lookups[session.pk]


def session_vocabulary(vocabulary: Vocabulary, session: Session | None) -> Vocabulary:
    """``vocabulary`` with the plan of ``session`` only (none for no session, or one without a
    plan), fixed: the parser then classifies with it whatever session it reads off the text."""
    if not vocabulary.plans:
        return vocabulary
    if session is None:
        return replace(vocabulary, key_tasks=(), plans=())
    return replace(vocabulary.for_session(session.year, session.level, session.region), plans=())


def task_lookup(session: Session | None) -> dict[str, KeyTask]:
    """The key task each slug stands for in ``session`` (reads every key task: once per article)."""
    return KeyTaskLookup().of(session)


def topic_lookup() -> dict[str, Topic]:
    """Every sector by its slug."""
    return {t.slug: t for t in Topic.objects.all()}
