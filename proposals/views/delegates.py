"""People pages: a delegate (their memberships, proposals, co-proposers and namesakes; a merged
record redirects to its survivor) and the list of delegates."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse

from proposals import search, selectors

from .list_state import PAGE_SIZE, query


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
    q = request.GET.get("q", "").strip()
    queryset = selectors.delegate_list().order_by("pinyin", "id")
    if q:
        queryset = search.search_delegates(queryset, q)
    paginator = Paginator(queryset, 60)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "q": q,
        "delegate_q": q,
        "page": page,
        "paginator": paginator,
        "page_query": query(request.GET),
        "delegates": [
            {"delegate": d, "membership": (list(d.memberships.all()) or [None])[0]} for d in page.object_list
        ],
    }
    return render(request, "proposals/delegate_list.html", context)
