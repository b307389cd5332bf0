"""``{% alert_query follow %}``: the query string a sign-up form follows, from what its page shows."""

from __future__ import annotations

from django import template
from django.http import QueryDict

from delegates.models import Delegate
from proposals.models import KeyTask, Topic

from ..matching import normalize_query

register = template.Library()


@register.simple_tag
def alert_query(follow) -> str:
    """A list page's GET parameters (page and sort dropped), or the filter a delegate, key task or
    sector page is a view of."""
    if isinstance(follow, QueryDict):
        return normalize_query(follow.urlencode())
    if isinstance(follow, Delegate):
        return normalize_query(f"delegate={follow.pk}")
    if isinstance(follow, KeyTask):
        return normalize_query(f"key_task={follow.slug}")
    if isinstance(follow, Topic):
        return normalize_query(f"sector={follow.slug}")
    return ""
