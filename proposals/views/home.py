"""The front page: figures, key tasks and sectors as bars, the latest articles and proposals."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from proposals import selectors
from proposals.listing.query import proposal_list


def home(request: HttpRequest) -> HttpResponse:
    context = {
        **selectors.home_figures(),
        "latest_articles": list(selectors.latest_articles()),
        "latest_proposals": [selectors.proposal_row(p) for p in proposal_list()[:5]],
        "q": "",
    }
    return render(request, "proposals/home.html", context)
