"""Pages of a key task (重点工作) and of a sector (领域): their proposals, newest first, the delegates
who raised most of them, and links to the filtered list and the feed."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from proposals import selectors

from .list_state import PAGE_SIZE


def classed_page(
    request: HttpRequest,
    *,
    heading,
    description,
    proposals,
    template_context: dict,
    feed_url: str,
    filter_param: str,
    filter_value: str,
) -> HttpResponse:
    paginator = Paginator(selectors.NewestFirst(proposals, filtered=True), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "heading": heading,
        "description": description,
        "rows": [selectors.proposal_row(p) for p in page.object_list],
        "page": page,
        "paginator": paginator,
        "page_query": "?",
        "top_delegates": selectors.top_delegates(proposals),
        "feed_url": feed_url,
        "list_url": "/proposals/?" + urlencode({filter_param: filter_value}),
        "q": "",
        **template_context,
    }
    return render(request, "proposals/classed_detail.html", context)


def key_task_detail(request: HttpRequest, slug: str) -> HttpResponse:
    task = selectors.key_task_by_slug(slug)
    return classed_page(
        request,
        heading=task.name,
        description=task.description,
        proposals=selectors.key_task_proposals(task),
        template_context={
            "kind_label": "重点工作",
            "key_task": task,
            "words": task.phrases + task.keywords[:12],
        },
        feed_url=reverse("proposals:key_task_feed", args=[task.slug]),
        filter_param="key_task",
        filter_value=task.slug,
    )


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = selectors.topic_by_slug(slug)
    return classed_page(
        request,
        heading=topic.name,
        description=topic.description,
        proposals=selectors.topic_proposals(topic),
        template_context={"kind_label": "领域", "topic": topic, "words": topic.keywords[:16]},
        feed_url=reverse("proposals:topic_feed", args=[topic.slug]),
        filter_param="sector",
        filter_value=topic.slug,
    )
