"""What a parsed article becomes in rows: the field values of its article and proposals, and each
proposal's natural key within its article (``machine_keys``)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from delegates.models import Session

from ..ingest.parse import PARSER_VERSION, ParsedArticle, ParsedProposal
from ..ingest.sources import Document
from ..models import Article, Proposal
from .fit import fit_key, fit_values

# Characters of the article's text kept on each side of a proposal's passage.
CONTEXT_CHARS = 40


def published_on(parsed: ParsedArticle) -> date | None:
    return date.fromisoformat(parsed.published_on) if parsed.published_on else None


def json_value(value):
    """A field's value as ``machine_values`` keeps it (JSON): a date as ``YYYY-MM-DD``."""
    return value.isoformat() if isinstance(value, date) else value


def article_machine_values(values: dict) -> dict:
    """What ingestion read for each article field staff may lock (``Article.MACHINE_FIELDS``)."""
    return {name: json_value(values[name]) for name in Article.MACHINE_FIELDS}


def article_values(document: Document, parsed: ParsedArticle, now: datetime, session: Session) -> dict:
    return fit_values(Article, {
        "source": document.source,
        "title": parsed.title[:300],
        "sections": list(parsed.sections),
        "blocks": [[b.kind, b.start, b.end, b.level] for b in parsed.blocks],
        "newspaper": parsed.newspaper[:100],
        "url": parsed.url[:2000],
        "page": parsed.page[:50],
        "published_on": published_on(parsed),
        "reporters": list(parsed.reporters),
        "photographers": list(parsed.photographers),
        "session": session,
        "text": parsed.text,
        "content_hash": document.content_hash,
        "parser_version": PARSER_VERSION,
        "last_ingested_at": now,
    })


def proposal_values(parsed_proposal: ParsedProposal, text: str) -> dict:
    return fit_values(Proposal, {
        "headline": parsed_proposal.headline,
        "summary": parsed_proposal.summary,
        "passage": parsed_proposal.passage,
        "start": parsed_proposal.start,
        "end": parsed_proposal.end,
        "context_before": text[max(0, parsed_proposal.start - CONTEXT_CHARS) : parsed_proposal.start],
        "context_after": text[parsed_proposal.end : parsed_proposal.end + CONTEXT_CHARS],
        "kind": parsed_proposal.kind,
        "section": parsed_proposal.section,
        "piece_title": parsed_proposal.piece_title,
        "reporters": list(parsed_proposal.reporters),
    })


def machine_keys(proposals: tuple[ParsedProposal, ...]) -> list[str]:
    """Each proposal's natural key within its article: its delegates' names and its ordinal among
    the proposals of those same delegates."""
    seen: Counter[str] = Counter()
    keys = []
    for proposal in proposals:
        names = "、".join(proposal.delegates)
        seen[names] += 1
        keys.append(fit_key(Proposal, "machine_key", f"{names}#{seen[names]}"))
    return keys
