"""What an ingestion did: each article's outcome, and the run's report in the counts the ``ingest``
command prints and the admin shows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from proposals.ingest.sources import display_path

from ..models import Article
from .fit import name_limit

SHOWN_CHARS = 20


def shortened(name: str) -> str:
    """A refused name as a report shows it: its first characters and its length."""
    return name if len(name) <= SHOWN_CHARS else f"{name[:SHOWN_CHARS]}…（{len(name)} 字）"


@dataclass
class ArticleOutcome:
    status: str  # new | updated | unchanged
    article: Article | None
    delegates: Counter = field(default_factory=Counter)
    proposals: Counter = field(default_factory=Counter)
    conflicts: int = 0
    ambiguous_names: list[str] = field(default_factory=list)
    refused_names: list[str] = field(default_factory=list)  # longer than the name columns (loader.fit)


@dataclass
class IngestReport:
    """What a run did, in the counts the command prints and the admin shows."""

    articles: Counter = field(default_factory=Counter)
    delegates: Counter = field(default_factory=Counter)
    proposals: Counter = field(default_factory=Counter)
    conflicts: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    ambiguous_names: list[str] = field(default_factory=list)
    refused_names: list[str] = field(default_factory=list)

    def add(self, outcome: ArticleOutcome) -> None:
        self.articles[outcome.status] += 1
        self.delegates.update(outcome.delegates)
        self.proposals.update(outcome.proposals)
        self.conflicts += outcome.conflicts
        self.ambiguous_names.extend(outcome.ambiguous_names)
        self.refused_names.extend(outcome.refused_names)

    def fail(self, source: str, reason: str) -> None:
        self.articles["failed"] += 1
        self.failures.append((source, reason))

    def as_dict(self) -> dict:
        return {
            "articles": {k: self.articles.get(k, 0) for k in ("new", "updated", "unchanged", "failed")},
            "delegates": {k: self.delegates.get(k, 0) for k in ("new", "matched", "ambiguous")},
            "proposals": dict(sorted(self.proposals.items())),
            "conflicts": self.conflicts,
            "failures": [{"source": s, "reason": r} for s, r in self.failures],
            "ambiguous_names": self.ambiguous_names,
            "refused_names": self.refused_names,
        }

    def lines(self, *, dry_run: bool = False) -> list[str]:
        """The report as the ``ingest`` command prints it, failures last."""
        a, d, p = self.articles, self.delegates, self.proposals
        if dry_run:
            lines = [f"dry run: {a['parsed']} parsed, {a['failed']} failed; nothing written"]
        else:
            extra = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in sorted(p.items()) if k not in ("new", "updated", "unchanged"))
            lines = [
                f"articles: {a['new']} new, {a['updated']} updated, {a['unchanged']} unchanged, {a['failed']} failed",
                f"delegates: {d['new']} new, {d['matched']} matched, {d['ambiguous']} ambiguous",
                f"proposals: {p['new']} new, {p['updated']} updated, {p['unchanged']} unchanged" + (f", {extra}" if extra else ""),
            ]
            if self.conflicts:
                lines.append(f"conflicts with staff edits: {self.conflicts} (see the admin's review queue)")
            if self.ambiguous_names:
                lines.append("ambiguous names kept apart: " + "、".join(self.ambiguous_names))
            if self.refused_names:
                lines.append(f"names refused (longer than {name_limit()} characters, not stored as names): "
                             + "、".join(shortened(name) for name in self.refused_names))
        return lines + [f"failed: {display_path(source)}: {reason}" for source, reason in self.failures]


def outcome_line(source: str, outcome: ArticleOutcome) -> str:
    """One article's line as the ``ingest`` command prints it while it works."""
    details = ""
    if outcome.status != "unchanged":
        details = (
            f": {sum(outcome.delegates.values())} delegates, "
            f"{sum(outcome.proposals.values())} proposals"
            + (f", {outcome.conflicts} conflicts with staff edits" if outcome.conflicts else "")
            + (f", {len(outcome.refused_names)} names refused as too long" if outcome.refused_names else "")
        )
    return f"{outcome.status:10s} {display_path(source)}{details}"
