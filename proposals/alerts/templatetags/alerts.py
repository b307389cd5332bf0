"""``{% alert_query follow %}``: the query string a sign-up form follows, from what its page shows."""

from __future__ import annotations

from django import template
from django.http import QueryDict

from delegates.models import Delegate

from ..matching import normalize_query

register = template.Library()


@register.simple_tag
def alert_query(follow) -> str:
    """A list page's GET parameters (page and sort dropped), the query of a list URL (a key task or
    sector page's link to its list), or a delegate page's filter."""
    if isinstance(follow, QueryDict):
        return normalize_query(follow.urlencode())
    if isinstance(follow, str):
        return normalize_query(follow.partition("?")[2])
    if isinstance(follow, Delegate):
        return normalize_query(f"delegate={follow.pk}")
    return ""
