"""Which proposals a subscription's query matches: the one adapter between alerts and the list's filters.

Alerts never filter on their own: a subscription's query string goes through the same filters and
search as the proposal list (``proposals.listing.filters.ProposalFilter`` over
``proposals.listing.query.proposal_list``), so an alert lists exactly what the followed page would show. When the
list's filtering moves, only this module changes.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import QueryDict

from proposals.listing.filters import ProposalFilter
from proposals.listing.query import proposal_list

# The list page's parameters a subscription follows, in the order they are stored. Parameters the
# list's filters do not know (yet) are dropped, so what is stored is what is matched.
FOLLOWED = (
    "q", "key_task", "sector", "delegate", "delegation", "role", "level", "session",
    "year", "region", "date_from", "date_to",
)
MAX_QUERY_LENGTH = 1000


class InvalidQuery(ValueError):
    """A query the list's filters refuse; ``errors`` maps each parameter to its messages."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{name}: {' '.join(messages)}" for name, messages in errors.items()))


def _known() -> set[str]:
    return set(ProposalFilter.base_filters)


def normalize_query(query_string: str) -> str:
    """The followed parameters of ``query_string`` (page, sort and unknown ones dropped), values
    split at commas, de-duplicated and sorted, as a query string: one list, one stored form."""
    params = QueryDict(query_string)
    known = _known()
    out = QueryDict(mutable=True)
    for name in FOLLOWED:
        if name not in known:
            continue
        if name == "q":  # words, not a list: only the spacing is normalized
            q = " ".join(params.get("q", "").split())
            values = [q] if q else []
        else:
            values = sorted({part.strip() for v in params.getlist(name) for part in v.split(",") if part.strip()})
        if values:
            out.setlist(name, values)
    return out.urlencode()


def query_errors(query_string: str) -> dict[str, list[str]]:
    """What the list's filters say is wrong with ``query_string`` (empty when it is valid)."""
    if len(query_string) > MAX_QUERY_LENGTH:
        return {"query": [f"筛选条件过长（超过 {MAX_QUERY_LENGTH} 个字符）"]}
    filterset = ProposalFilter(QueryDict(query_string), queryset=proposal_list())
    return {} if filterset.is_valid() else {k: [str(m) for m in v] for k, v in filterset.errors.items()}


def matching_proposals(query_string: str, *, after_id: int, exclude_ids: QuerySet | None = None) -> QuerySet:
    """Visible proposals matching ``query_string`` with an id above ``after_id`` and not in
    ``exclude_ids`` (a subquery of proposal ids), oldest first.

    The id bounds are applied before the list's filters, so a search's candidate cap counts only
    the proposals still to send. Raises ``InvalidQuery`` when the filters refuse the query (a key
    task since removed, say).
    """
    base = proposal_list().filter(pk__gt=after_id)
    if exclude_ids is not None:
        base = base.exclude(pk__in=exclude_ids)
    filterset = ProposalFilter(QueryDict(query_string), queryset=base)
    if not filterset.is_valid():
        raise InvalidQuery({k: [str(m) for m in v] for k, v in filterset.errors.items()})
    return filterset.qs.order_by("pk")
