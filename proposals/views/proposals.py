"""A proposal's page: its passage in the article's text, proposers, key tasks and sectors, further
sources, related proposals and how to cite it."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from proposals import selectors
from proposals.listing.query import sector_links, task_links
from proposals.models import Article, Proposal

from .articles import render_article_body
from .citation import citation_meta, gbt7714


def article_excerpt(proposal: Proposal, article: Article) -> dict:
    """The passage in its context: the full text around it, or only the stored context."""
    text = article.text
    start, end = proposal.start, proposal.end
    if not (0 <= start <= end <= len(text)) or text[start:end] != proposal.passage:
        found = text.find(proposal.passage)
        start, end = (found, found + len(proposal.passage)) if found >= 0 else (-1, -1)
    return {"start": start, "end": end}


def proposal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = selectors.proposal_detail(pk)
    article = proposal.article
    full_text = settings.LIANGHUI_PUBLIC_FULL_TEXT
    excerpt = article_excerpt(proposal, article)
    permalink = request.build_absolute_uri(proposal.get_absolute_url())
    if full_text and excerpt["start"] >= 0:
        body = render_article_body(
            article,
            passages=[(excerpt["start"], excerpt["end"], proposal.pk)],
            mentions=list(article.mentions.select_related("delegate")),
            anchor_prefix="passage",
        )
    else:
        body = None
    context = {
        "proposal": proposal,
        "article": article,
        "proposers": selectors.proposers(proposal),
        "key_task_links": task_links(proposal),
        "session_has_plan": selectors.session_has_plan(article.session),
        "topic_links": sector_links(proposal),
        "sources": list(proposal.sources.all()),
        "related": [selectors.proposal_row(p) for p in selectors.related_proposals(proposal)],
        "article_body": body,
        "full_text": full_text,
        "cite": gbt7714(article, permalink, proposal=proposal),
        "citation_meta": citation_meta(article, permalink, proposal=proposal),
        "q": "",
    }
    return render(request, "proposals/proposal_detail.html", context)
