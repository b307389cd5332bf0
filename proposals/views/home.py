"""The front page: figures, key tasks and sectors as bars, the latest articles and proposals; the
same for every visitor, so kept in the shared cache until the data change (``proposals.freshness``)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from proposals import selectors
from proposals.freshness import cached
from proposals.listing.query import proposal_list


def front_page() -> dict:
    return {
        **selectors.home_figures(),
        "latest_articles": list(selectors.latest_articles()),
        "latest_proposals": [selectors.proposal_row(p) for p in proposal_list()[:5]],
    }


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "proposals/home.html", {**cached("home", (), front_page), "q": ""})
