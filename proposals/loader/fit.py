"""Fitting article values to their columns: the one rule for text too long for its field.

A value read off an article can be longer than its column (a 600-character title line, a
400-character affiliation, a 2,000-character source key). Rather than fail the write with the
database's ``value too long`` (and lose the article), every bounded text field is cut at its
limit here; the whole value stays in the article's text and the proposal's passage, which are
unbounded. A unique key is cut and given a hash of the whole so two long keys stay apart.
A person's name is never cut (a cut name is another name, and would find or merge with another
person): a name longer than the name columns is refused as a name (``fit_names``) and reported.
Limits and behaviour: docs/operations.md ("Long values").
"""

from __future__ import annotations

import dataclasses
import hashlib
from functools import cache

from django.db import models

from ..ingest.results import ParsedArticle
from ..ingest.sources import Document

KEY_HASH_CHARS = 16


@cache
def limit_of(model: type[models.Model], field: str) -> int | None:
    """The column's length limit, or None for unbounded text (a model's fields are fixed at start)."""
    return getattr(model._meta.get_field(field), "max_length", None)


def fit(model: type[models.Model], field: str, value):
    """``value`` cut to the field's limit (text only; other values and short text unchanged)."""
    limit = limit_of(model, field)
    if not isinstance(value, str) or limit is None or len(value) <= limit:
        return value
    return value[:limit]


def fit_key(model: type[models.Model], field: str, value: str) -> str:
    """A unique key cut to its limit, ending in a hash of the whole key (distinct keys stay distinct)."""
    limit = limit_of(model, field)
    if limit is None or len(value) <= limit:
        return value
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:KEY_HASH_CHARS]
    return f"{value[: limit - KEY_HASH_CHARS - 1]}#{digest}"


def fit_values(model: type[models.Model], values: dict) -> dict:
    """Every value of ``values`` (field name -> value) fitted to its field of ``model``."""
    return {name: fit(model, name, value) for name, value in values.items()}


def fit_document(document: Document) -> Document:
    """The document with its source key and source fitted to the article's columns."""
    from ..models import Article

    key, source = fit_key(Article, "source_key", document.key), fit(Article, "source", document.source)
    if key == document.key and source == document.source:
        return document
    return dataclasses.replace(document, key=key, source=source)


def name_limit() -> int:
    """The longest name every column that holds a person's name can take (delegate, alias, mention, review)."""
    from delegates.models import Delegate, DelegateAlias

    from ..models import ArticleMention, NameReview

    return min(limit_of(model, "name") for model in (Delegate, DelegateAlias, ArticleMention, NameReview))


def fit_names(parsed: ParsedArticle) -> tuple[ParsedArticle, list[str]]:
    """The parsed article without the people whose name (as printed, or simplified) is longer than
    the name columns, and those names. Such a name is refused, not cut: its delegate and mentions
    are left out, and so is its part in the proposals (a proposal no one else made goes with it)."""
    limit = name_limit()
    refused = {d.name for d in parsed.delegates if max(len(d.name), len(d.simplified_name)) > limit}
    if not refused:
        return parsed, []
    proposals = []
    for proposal in parsed.proposals:
        kept = tuple(name for name in proposal.delegates if name not in refused)
        if kept:
            proposals.append(proposal if kept == proposal.delegates else dataclasses.replace(proposal, delegates=kept))
    delegates = tuple(d for d in parsed.delegates if d.name not in refused)
    return dataclasses.replace(parsed, delegates=delegates, proposals=tuple(proposals)), sorted(refused)
