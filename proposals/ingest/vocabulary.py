"""Key tasks and sectors with their keywords (from the database, or the seed files in ``proposals/data``).

Key tasks come in plans, one per session (year, level, region): an article's proposals are classified
with its own session's plan only, and with none when its session has no plan on record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
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


SessionKey = tuple[int | None, str, str]  # (year, level, region); region "" for national sessions


@dataclass(frozen=True)
class Vocabulary:
    """``key_tasks``: the plan in use. ``plans``: every session's plan; when there are any,
    ``for_session`` picks the article's own (none for a session without a plan). A vocabulary
    built without plans classifies every article with ``key_tasks``."""

    key_tasks: tuple[Term, ...]
    topics: tuple[Term, ...]
    plans: tuple[tuple[SessionKey, tuple[Term, ...]], ...] = ()

    def for_session(self, year: int | None, level: str, region: str) -> Vocabulary:
        if not self.plans:
            return self
        region = "" if level == "national" else region
        plan = next((terms for key, terms in self.plans if key == (year, level, region)), ())
        return replace(self, key_tasks=plan)

    @classmethod
    def from_seed_files(cls) -> Vocabulary:
        seed = json.loads((DATA_DIR / "key_tasks_2026_nmg.json").read_text("utf-8"))
        topics = json.loads((DATA_DIR / "topics.json").read_text("utf-8"))["topics"]
        plan = tuple(
            Term(t["slug"], t["name"], tuple(t.get("phrases", [t["name"]])), tuple(t["keywords"])) for t in seed["key_tasks"]
        )
        session = seed["session"]
        return cls(
            key_tasks=plan,
            topics=tuple(Term(t["slug"], t["name"], (t["name"],), tuple(t["keywords"])) for t in topics),
            plans=(((session["year"], session["level"], session["region"]), plan),),
        )


_default_vocabulary: Vocabulary | None = None


def default_vocabulary() -> Vocabulary:
    global _default_vocabulary
    if _default_vocabulary is None:
        _default_vocabulary = Vocabulary.from_seed_files()
    return _default_vocabulary
