"""Fitting article values to their columns: the one rule for text too long for its field.

A value read off an article can be longer than its column (a 600-character title line, a
400-character affiliation, a 2,000-character source key). Rather than fail the write with the
database's ``value too long`` (and lose the article), every bounded text field is cut at its
limit here; the whole value stays in the article's text and the proposal's passage, which are
unbounded. A unique key is cut and given a hash of the whole so two long keys stay apart.
Limits and behaviour: docs/operations.md ("Long values").
"""

from __future__ import annotations

import dataclasses
import hashlib
from functools import cache

from django.db import models

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
