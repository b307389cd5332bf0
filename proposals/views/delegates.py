"""People pages: a delegate (their memberships, proposals, co-proposers and namesakes; a merged
record redirects to its survivor) and the delegate directory (filters, counts, sort)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse

from delegates.models import Delegate, Level, Role
from proposals import directory, search, selectors

from .list_state import PAGE_SIZE

DIRECTORY_PAGE_SIZE = 60


def delegate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    delegate = selectors.delegate_for_page(pk)
    if delegate.merged_into_id:
        return HttpResponsePermanentRedirect(
            reverse("proposals:delegate_detail", args=[selectors.survivor_of(delegate).pk])
        )
    proposals = selectors.delegate_proposals(delegate)
    paginator = Paginator(selectors.NewestFirst(proposals, filtered=True), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "delegate": delegate,
        "memberships": list(delegate.memberships.all()),
        "aliases": [a.name for a in delegate.aliases.all()],
        "rows": [selectors.proposal_row(p) for p in page.object_list],
        "page": page,
        "paginator": paginator,
        "page_query": "?",
        "co_delegates": selectors.co_delegates(delegate),
        "namesakes": selectors.namesakes(delegate),
        "q": "",
    }
    return render(request, "proposals/delegate_detail.html", context)


def delegate_list(request: HttpRequest) -> HttpResponse:
    """The delegate directory: search, filters (level, region, role, delegation), sort, pages."""
    q = request.GET.get("q", "").strip()
    try:
        filters = directory.parse_directory_filters(request.GET)
    except directory.DirectoryFilterError as error:
        filters, error_text = {}, str(error)
    else:
        error_text = ""
    sort = request.GET.get("sort") or ("relevance" if q else "name")
    if sort not in directory.SORTS and not (q and sort == "relevance"):
        sort = "name"
    queryset = directory.directory(filters) if not error_text else Delegate.objects.none()
    ranking = directory.delegation_ranking(queryset) if not error_text else []
    if q:
        queryset = search.search_delegates(queryset, q)
    if sort in directory.SORTS:
        queryset = directory.ordered(queryset, sort)
    paginator = Paginator(queryset, DIRECTORY_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    state = {"q": q, **filters, "sort": request.GET.get("sort", "")}
    context = {
        "q": q,
        "delegate_q": q,
        "error": error_text,
        "filters": filters,
        "sort": sort,
        "sorts": [{"value": k, "label": v, "url": _query(state, sort=k), "active": k == sort}
                  for k, v in directory.SORTS.items()],
        "page": page,
        "paginator": paginator,
        "page_query": _query(state),
        "delegates": [
            {"delegate": d, "membership": (list(d.memberships.all()) or [None])[0]} for d in page.object_list
        ],
        "ranking": [{**row, "url": _query(state, delegation=row["value"])} for row in ranking],
        "levels": [(v, label) for v, label in Level.choices if v != Level.UNKNOWN],
        "roles": [(v, label) for v, label in Role.choices if v != Role.OTHER],
        "regions": directory.regions(),
        "unknown": directory.UNKNOWN,
        "clear_url": _query({"q": q}),
    }
    return render(request, "proposals/delegate_list.html", context, status=400 if error_text else 200)


def _query(state: dict, **changes) -> str:
    """The directory's parameters with ``changes`` (page resets), as ``?a=b``."""
    merged = {**state, **changes}
    pairs = [(k, v) for k, v in merged.items() if v]
    return "?" + urlencode(pairs) if pairs else "?"
