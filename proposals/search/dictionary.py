"""The search's segmenter and its dictionary: names and phrases that must never be split.

Delegate names, aliases, organizations and key-task / sector phrases are added to the segmenter so
they stay whole; words added change the tokens, so ``manage.py reindex`` must run after dictionary
changes. Imports the models and ``proposals.ingest.index_words``; nothing else of the search.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from django.db import connection

from delegates.models import Delegate, DelegateAlias, Membership

from ..ingest.index_words import dictionary_words
from ..ingest.tokenizer import Segmenter
from ..models import KeyTask, Topic

_segmenter_lock = threading.Lock()
_segmenter_instance: Segmenter | None = None


def search_segmenter() -> Segmenter:
    """The search's own segmenter: the project's dictionary plus every name and phrase on record.

    Not the parser's ``shared_segmenter()``: the parser classifies by segmented words, and teaching
    it names as they are ingested would make its output depend on what was ingested before.
    """
    global _segmenter_instance
    with _segmenter_lock:
        if _segmenter_instance is None:
            _segmenter_instance = Segmenter()
        return _segmenter_instance


class Vocabulary:
    """Adds delegate names, aliases, organizations and key-task / sector phrases to the segmenter.

    Loaded once per process, then topped up with rows added since (one cheap query per search), so
    a web process learns names another process ingested.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: tuple | None = None

    @property
    def loaded(self) -> bool:
        """Whether this process has taught the segmenter the words on record yet."""
        return self._seen is not None

    def _marks(self) -> tuple:
        # One query: the newest row of each table the words come from.
        parts = [
            (Delegate, "id"),
            (DelegateAlias, "id"),
            (Membership, "updated_at"),
            (KeyTask, "id"),
            (Topic, "id"),
        ]
        sql = "SELECT " + ", ".join(
            f"(SELECT MAX({column}) FROM {model._meta.db_table})" for model, column in parts
        )
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return tuple(cursor.fetchone())

    def ensure(self) -> None:
        if self._seen is None:
            self.refresh()

    def refresh(self) -> None:
        marks = self._marks()
        with self._lock:
            if marks == self._seen:
                return
            self._seen = marks
        add_words(self.words_on_record())

    @staticmethod
    def words_on_record() -> set[str]:
        """Every name and phrase on record that the segmenter must keep whole, as stored."""
        words: set[str] = set()
        words.update(Delegate.objects.values_list("name", flat=True))
        words.update(DelegateAlias.objects.values_list("name", flat=True))
        for organization, delegation in Membership.objects.values_list("organization", "delegation"):
            words.update((organization, delegation))
        for task in KeyTask.objects.all():
            words.update((task.name, task.short_name, *task.phrases, *task.keywords))
        for name, keywords in Topic.objects.values_list("name", "keywords"):
            words.update((name, *keywords))
        return words

    def forget(self) -> None:
        with self._lock:
            self._seen = None


vocabulary = Vocabulary()


def add_words(words: Iterable[str]) -> None:
    """Teach the segmenter words that must stay whole (normalized like the text they will meet)."""
    search_segmenter().add_words(dictionary_words(words))


def search_words_on_record() -> set[str]:
    """The words on record as the search's segmenter learns them, for a parse worker's own
    segmenter (``proposals.ingest.index_words.ArticleWords``)."""
    return dictionary_words(vocabulary.words_on_record())
