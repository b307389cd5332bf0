"""The parser's results: frozen dataclasses the loader reads, and ``ParseError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class ParseError(ValueError):
    """The text is not an article this parser can read. ``reason`` is one short line."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


# --------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Block:
    """One line of the stored text with what it is: title, subtitle, section, heading, byline, caption, para."""

    kind: str
    start: int
    end: int
    level: int = 0


@dataclass(frozen=True)
class Assignment:
    """A key task or sector given to a proposal, with its score and the words that justified it."""

    slug: str
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """One place a delegate is named, as the passes find it (the delegates are merged from these)."""

    name: str
    start: int  # offset of the name in the stored text
    end: int
    role: str = ""
    level: str = ""
    affiliation: str = ""
    delegation: str = ""
    full: bool = False  # an introduction (role stated), not just a later reference
    group: int = 0  # mentions introduced together (a joint proposal) share a group number
    score: float = 0.0


class Collector(Protocol):
    """Where a reading pass puts the mentions it finds (``mentions.MentionCollector``)."""

    def add(self, mention: Mention) -> None: ...


@dataclass(frozen=True)
class ParsedDelegate:
    name: str
    role: str  # deputy | member | other
    level: str  # national | regional | municipal | county | unknown
    affiliation: str = ""
    organization: str = ""
    title: str = ""
    delegation: str = ""
    start: int = 0  # first mention in the stored text
    # The name in simplified characters: the same as ``name`` unless the page prints it in
    # traditional ones (黃志遠), which are kept as printed; the loader adds this form as an alias.
    simplified_name: str = ""


@dataclass(frozen=True)
class ParsedProposal:
    delegates: tuple[str, ...]
    headline: str
    summary: str
    kind: str  # suggestion | motion | bill | view
    start: int
    end: int
    passage: str
    key_tasks: tuple[Assignment, ...]
    sectors: tuple[Assignment, ...]
    # Where it sits on the page, for citing it: a page often carries several pieces, each with its
    # own title and byline under a section label (两会 热议).
    section: str = ""
    piece_title: str = ""
    reporters: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionGuess:
    year: int | None  # None when nothing in or beside the article says it (年份不详)
    level: str
    region: str
    # When only people's posts name a body (杭州市政协副主席): its level and region, the session's only if
    # nothing else on the page says one.
    posted_level: str = ""
    posted_region: str = ""


@dataclass(frozen=True)
class ParsedArticle:
    text: str
    title: str
    sections: tuple[str, ...]
    reporters: tuple[str, ...]
    photographers: tuple[str, ...]
    newspaper: str
    published_on: str | None  # ISO date
    session: SessionGuess
    blocks: tuple[Block, ...]
    delegates: tuple[ParsedDelegate, ...]
    proposals: tuple[ParsedProposal, ...]
    url: str = ""  # the original address, when the user, a sidecar or the page says it
    page: str = ""  # 版次

    def to_json(self, source: str) -> dict:
        """The dry-run shape that ../shared/tools/score_extraction.py reads."""
        return {
            "source": source,
            "title": self.title,
            "sections": list(self.sections),
            "newspaper": self.newspaper,
            "published_on": self.published_on,
            "url": self.url,
            "page": self.page,
            "session": {"year": self.session.year, "level": self.session.level, "region": self.session.region},
            "reporters": list(self.reporters),
            "photographers": list(self.photographers),
            "delegates": [
                {
                    "name": d.name, "role": d.role, "level": d.level, "affiliation": d.affiliation,
                    "organization": d.organization, "title": d.title, "delegation": d.delegation,
                    # Only for a name printed in traditional characters: its simplified form.
                    **({"simplified_name": d.simplified_name} if d.simplified_name not in ("", d.name) else {}),
                }
                for d in self.delegates
            ],
            "proposals": [
                {
                    "delegates": list(p.delegates), "headline": p.headline, "summary": p.summary, "kind": p.kind,
                    "key_tasks": [a.slug for a in p.key_tasks],
                    "key_task_evidence": {a.slug: list(a.evidence) for a in p.key_tasks},
                    "sectors": [a.slug for a in p.sectors],
                    "section": p.section, "piece_title": p.piece_title, "piece_reporters": list(p.reporters),
                    "start": p.start, "end": p.end,
                }
                for p in self.proposals
            ],
        }
