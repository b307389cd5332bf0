"""Template filters of the journalists' pages: titles of proposals, search highlights."""

from __future__ import annotations

from django import template
from django.utils.text import Truncator

from proposals import search

register = template.Library()


@register.filter
def proposal_title(proposal) -> str:
    """The headline, else the summary, else the start of the passage."""
    return proposal.headline or proposal.summary or Truncator(proposal.passage).chars(48)


@register.filter
def snippet(text: str, q: str):
    """Part of ``text`` around the query's first match, escaped, matches marked."""
    return search.snippet(text or "", q, width=140)


@register.filter
def highlight(text: str, q: str):
    """The whole ``text``, escaped, the query's words marked."""
    return search.highlight(str(text or ""), q)
