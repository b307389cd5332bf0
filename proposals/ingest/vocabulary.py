"""Key tasks and sectors with their keywords (from the database, or the seed files in ``proposals/data``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

@dataclass(frozen=True)
class Term:
    slug: str
    name: str
    phrases: tuple[str, ...]  # full names and the report's short forms: strong signals
    keywords: tuple[str, ...]  # weaker signals, strongest first

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset((*self.phrases, *self.keywords))

    @cached_property
    def phrase_set(self) -> frozenset[str]:
        return frozenset(self.phrases)


@dataclass(frozen=True)
class Vocabulary:
    key_tasks: tuple[Term, ...]
    topics: tuple[Term, ...]

    @classmethod
    def from_seed_files(cls) -> Vocabulary:
        tasks = json.loads((DATA_DIR / "key_tasks_2026_nmg.json").read_text("utf-8"))["key_tasks"]
        topics = json.loads((DATA_DIR / "topics.json").read_text("utf-8"))["topics"]
        return cls(
            key_tasks=tuple(
                Term(t["slug"], t["name"], tuple(t.get("phrases", [t["name"]])), tuple(t["keywords"])) for t in tasks
            ),
            topics=tuple(Term(t["slug"], t["name"], (t["name"],), tuple(t["keywords"])) for t in topics),
        )


_default_vocabulary: Vocabulary | None = None


def default_vocabulary() -> Vocabulary:
    global _default_vocabulary
    if _default_vocabulary is None:
        _default_vocabulary = Vocabulary.from_seed_files()
    return _default_vocabulary
