"""The proposal list (filters, facets, search, sort, pages) and exactly that list as CSV."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from proposals import search, selectors
from proposals.listing import export
from proposals.listing.filenames import export_filename
from proposals.models import Article

from .facet_panel import facet_groups
from .list_state import FILTER_PARAMS, PAGE_SIZE, SORTS, chips, filtered, heading, is_filtered, query, values

# Oldest article first; articles of unknown date last, on SQLite and PostgreSQL alike.
OLDEST_FIRST = (F("article__published_on").asc(nulls_last=True), "id")


def sort_of(request: HttpRequest, q: str) -> str:
    """The list's order: best match for a search, else newest article first; ``sort`` changes it."""
    sort = request.GET.get("sort") or ("relevance" if q else "newest")
    if sort not in SORTS or (sort == "relevance" and not q):
        sort = "newest"
    return sort


def feed_url(request: HttpRequest) -> str:
    """The Atom feed of exactly this list (same filters, same search)."""
    return reverse("proposals:proposals_feed") + query(request.GET, sort=None).rstrip("?")


def proposal_list(request: HttpRequest) -> HttpResponse:
    queryset, errors = filtered(request)
    q = request.GET.get("q", "").strip()
    sort = sort_of(request, q)
    if sort == "newest":
        paginator = Paginator(selectors.NewestFirst(queryset, filtered=is_filtered(request.GET)), PAGE_SIZE)
    elif sort == "oldest":
        paginator = Paginator(queryset.order_by(*OLDEST_FIRST), PAGE_SIZE)
    else:
        paginator = Paginator(queryset, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    rows = explained([selectors.proposal_row(p) for p in page.object_list], q)
    delegates = list(search.search_delegates(selectors.delegate_list(), q)[:6]) if q else []
    articles = list(search.search_articles(Article.objects.defer("text", "blocks"), q)[:4]) if q else []
    active = chips(request)
    context = {
        "q": q,
        "heading": heading(q, active),
        "rows": rows,
        "page": page,
        "paginator": paginator,
        "errors": errors,
        "facets": facet_groups(request, queryset) if not errors else [],
        "chips": active,
        "sort": sort,
        "sorts": [
            {"value": k, "label": v, "url": query(request.GET, sort=k), "active": k == sort}
            for k, v in SORTS.items()
            if k != "relevance" or q
        ],
        "page_query": query(request.GET, sort=request.GET.get("sort") or None),
        "csv_query": query(request.GET),
        "clear_url": "?" + urlencode({"q": q}) if q else "?",
        "matching_delegates": delegates,
        "matching_articles": articles,
        "hidden": [(n, v) for n in (*FILTER_PARAMS, "sort") if n != "q" for v in values(request.GET, n)],
        "capped": bool(q) and paginator.count >= search.RANK_CANDIDATES,
        "feed_url": feed_url(request),
    }
    return render(request, "proposals/proposal_list.html", context, status=400 if errors else 200)


def explained(rows: list[dict], q: str) -> list[dict]:
    """Each row with ``match_reasons`` (the sector or key task a search matched through, when the
    proposal's own words lack the query) and then a ``match_snippet`` marking the keywords."""
    if not q:
        return rows
    for row in rows:
        proposal = row["proposal"]
        own = [proposal.headline, proposal.summary, proposal.passage]
        for proposer in row["proposers"]:
            own.append(proposer.delegate.name)
            if proposer.membership:
                own += [proposer.membership.affiliation, proposer.membership.delegation]
        reasons = search.explain_match(
            q,
            own,
            [(link.topic.name, link.evidence) for link in row["topic_links"]],
            [(f"{link.key_task.name} {link.key_task.short_name}", link.evidence) for link in row["key_task_links"]],
        )
        row["match_reasons"] = reasons
        if reasons:
            row["match_snippet"] = search.snippet(proposal.passage, q, width=140, also=search.reason_words(reasons))
    return rows


def proposal_list_csv(request: HttpRequest) -> HttpResponse:
    """Exactly the filtered list, as CSV (UTF-8 with BOM, Chinese labels), in the list's order, named
    after its filters."""
    queryset, errors = filtered(request)
    if errors:
        return HttpResponse(
            "筛选条件无效：" + "；".join(f"{k}: {' '.join(v)}" for k, v in errors.items()),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    q = request.GET.get("q", "").strip()
    sort = sort_of(request, q)
    if sort == "newest":
        queryset = queryset.order_by("-article__published_on", "-id")
    elif sort == "oldest":
        queryset = queryset.order_by(*OLDEST_FIRST)
    return export.csv_response(
        export.proposal_rows(queryset, request), export.PROPOSAL_CSV_COLUMNS, export_filename(request.GET)
    )
