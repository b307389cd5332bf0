"""The proposal list's facet panel: counts over the filtered set, cached until the data changes,
each value a link that toggles it."""

from __future__ import annotations

from django.http import HttpRequest

from proposals.freshness import cached
from proposals.listing import facets
from proposals.listing.scope import month_bounds

from .list_state import FACET_TITLES, FILTER_PARAMS, query, toggle, values

FACETS = ("year", "region", "date", "key_task", "sector", "role", "level", "delegation", "session", "kind")


def facet_groups(request: HttpRequest, queryset) -> list[dict]:
    """Facet counts, cached per filter set until the data changes: over a large archive the
    unfiltered counts take seconds, and the unfiltered list is the page opened most."""
    state = sorted((name, v) for name in FILTER_PARAMS for v in values(request.GET, name))
    counts = cached("facets", state, lambda: counted(queryset))
    groups = []
    for name, title, buckets in counts:
        selected = set(values(request.GET, name))
        if not buckets and not selected:
            continue
        if name == "date":
            groups.append({"name": name, "title": title, "buckets": [month(request, b) for b in buckets]})
            continue
        groups.append(
            {
                "name": name,
                "title": title,
                "buckets": [
                    {**b, "selected": b["value"] in selected, "url": toggle(request.GET, name, b["value"])}
                    for b in buckets
                ],
            }
        )
    return groups


def month(request: HttpRequest, bucket: dict) -> dict:
    """A month of the date facet sets (or, chosen, clears) ``date_from`` and ``date_to`` together."""
    first, last = month_bounds(bucket["value"])
    chosen = (request.GET.get("date_from", ""), request.GET.get("date_to", "")) == (first, last)
    url = query(request.GET, date_from=None, date_to=None) if chosen else query(
        request.GET, date_from=first, date_to=last or None
    )
    return {**bucket, "selected": chosen, "url": url}


def counted(queryset) -> list[tuple[str, str, list[dict]]]:
    """Every facet of the panel, titled, then the eight articles most proposals come from."""
    with facets.roomy_sorts():
        computed = facets.facet_counts(queryset, list(FACETS), facets.PROPOSAL_FACETS)
        counts = [(name, FACET_TITLES[name], computed[name]) for name in FACETS]
        counts.append(("article", FACET_TITLES["article"], facets.article_facet(queryset, 8)))
    return counts
