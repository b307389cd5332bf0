"""The journalists' pages: server-rendered, in Chinese, usable without JavaScript.

Views are thin: reads come from ``selectors``, filtering from the API's ``ProposalFilter`` (so a
filtered list, its facet counts and its CSV are the same set on the site and in the API), search
from ``search``. State lives in GET parameters, so every list is a shareable URL.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from delegates.models import Delegate, Level, Role

from . import search, selectors
from .api import export
from .api import facets as api_facets
from .api.filters import ProposalFilter
from .models import Article, KeyTask, Proposal, Topic

PAGE_SIZE = 20
# GET parameters that narrow the list (the API's names); page and sort only arrange it.
FILTER_PARAMS = (
    "q",
    "key_task",
    "sector",
    "role",
    "level",
    "delegation",
    "session",
    "article",
    "kind",
    "delegate",
)
MULTI_PARAMS = {"key_task", "sector", "session", "article", "delegate"}
FACETS = ("key_task", "sector", "role", "level", "delegation", "session", "kind")
FACET_TITLES = {
    "key_task": "重点工作",
    "sector": "领域",
    "role": "身份",
    "level": "层级",
    "delegation": "代表团",
    "session": "会议",
    "kind": "类型",
    "article": "来源文章",
}
SORTS = {"relevance": "相关度", "newest": "最新"}
FACET_CACHE_SECONDS = 600


# --------------------------------------------------------------------------------------------------
# Query-string helpers


def _values(params, name: str) -> list[str]:
    return [part.strip() for value in params.getlist(name) for part in value.split(",") if part.strip()]


def _query(params, **changes) -> str:
    """The current GET parameters with ``changes`` (None removes), as ``?a=b``; page resets."""
    pairs: list[tuple[str, str]] = []
    for name in (*FILTER_PARAMS, "sort"):
        if name in changes:
            continue
        pairs += [(name, v) for v in _values(params, name)]
    for name, value in changes.items():
        if value is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            pairs.append((name, str(v)))
    return "?" + urlencode(pairs) if pairs else "?"


def _toggle(params, name: str, value: str) -> str:
    current = _values(params, name)
    if name in MULTI_PARAMS:
        wanted = [v for v in current if v != value] if value in current else [*current, value]
    else:
        wanted = [] if value in current else [value]
    return _query(params, **{name: wanted or None})


# --------------------------------------------------------------------------------------------------
# Proposals


def _filtered(request: HttpRequest):
    """The filtered proposals (not yet sorted for display) and the filter's errors."""
    data = request.GET.copy()
    for name in ("ordering",):
        data.pop(name, None)
    filterset = ProposalFilter(data, queryset=selectors.proposal_list(), request=request)
    if not filterset.is_valid():
        return Proposal.objects.none(), filterset.errors
    return filterset.qs, None


def _data_version() -> tuple:
    """Changes whenever a facet count could: one query over the tables facets read."""
    parts = [
        ("proposals_proposal", "updated_at"),
        ("proposals_proposal", "id"),
        ("proposals_proposalkeytask", "id"),
        ("proposals_proposaltopic", "id"),
        ("proposals_proposaldelegate", "id"),
        ("delegates_membership", "updated_at"),
        ("proposals_keytask", "id"),
        ("proposals_topic", "id"),
    ]
    sql = "SELECT " + ", ".join(f"(SELECT MAX({column}) FROM {table})" for table, column in parts)
    sql += ", (SELECT COUNT(*) FROM proposals_proposal)"
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return tuple(str(v) for v in cursor.fetchone())


def _facets(request: HttpRequest, queryset) -> list[dict]:
    """Facet counts, cached per filter set until the data changes: over a large archive the
    unfiltered counts take seconds, and the unfiltered list is the page opened most."""
    state = sorted((name, v) for name in FILTER_PARAMS for v in _values(request.GET, name))
    key = "lianghui:facets:" + hashlib.sha256(repr((state, _data_version())).encode()).hexdigest()
    counts = cache.get(key)
    if counts is None:
        counts = _facet_counts(queryset)
        cache.set(key, counts, FACET_CACHE_SECONDS)
    groups = []
    for name, title, buckets in counts:
        selected = set(_values(request.GET, name))
        if not buckets and not selected:
            continue
        groups.append(
            {
                "name": name,
                "title": title,
                "buckets": [
                    {**b, "selected": b["value"] in selected, "url": _toggle(request.GET, name, b["value"])}
                    for b in buckets
                ],
            }
        )
    return groups


def _facet_counts(queryset) -> list[tuple[str, str, list[dict]]]:
    with api_facets.roomy_sorts():
        computed = api_facets.facet_counts(queryset, list(FACETS), api_facets.PROPOSAL_FACETS)
        counts = [(name, FACET_TITLES[name], computed[name]) for name in FACETS]
        # Grouped by the proposal's article key (one row per proposal, so no DISTINCT), then the
        # eight articles' titles joined in.
        articles = (
            api_facets.bare(queryset)
            .values("article_id", "article__title", "article__source")
            .annotate(count=Count("pk"))
            .order_by("-count", "-article_id")[:8]
        )
        counts.append(
            (
                "article",
                FACET_TITLES["article"],
                [
                    {
                        "value": str(a["article_id"]),
                        "label": a["article__title"] or a["article__source"],
                        "count": a["count"],
                    }
                    for a in articles
                ],
            )
        )
    return counts


def _chips(request: HttpRequest) -> list[dict]:
    """The active filters as removable chips, labelled in Chinese."""
    tasks = {t.slug: t.short_name or t.name for t in KeyTask.objects.all()}
    topics = dict(Topic.objects.values_list("slug", "name"))
    roles, levels = dict(Role.choices), dict(Level.choices)
    article_ids = [v for v in _values(request.GET, "article") if v.isdigit()]
    articles = {
        str(pk): title for pk, title in Article.objects.filter(pk__in=article_ids).values_list("pk", "title")
    }
    delegate_ids = [v for v in _values(request.GET, "delegate") if v.isdigit()]
    people = {
        str(pk): name for pk, name in Delegate.objects.filter(pk__in=delegate_ids).values_list("pk", "name")
    }
    chips = []
    for name in FILTER_PARAMS:
        if name == "q":
            continue
        for value in _values(request.GET, name):
            label = {
                "key_task": tasks,
                "sector": topics,
                "role": roles,
                "level": levels,
            }.get(name, {}).get(value, value)
            if name == "article":
                label = articles.get(value, f"文章 {value}")
            if name == "delegate":
                label = people.get(value, f"代表委员 {value}")
            chips.append(
                {
                    "title": FACET_TITLES.get(name, "代表委员"),
                    "label": label,
                    "url": _toggle(request.GET, name, value),
                }
            )
    return chips


def proposal_list(request: HttpRequest) -> HttpResponse:
    queryset, errors = _filtered(request)
    q = request.GET.get("q", "").strip()
    sort = request.GET.get("sort") or ("relevance" if q else "newest")
    if sort not in SORTS:
        sort = "newest"
    if not q or sort == "newest":
        filtered = any(_values(request.GET, name) for name in FILTER_PARAMS)
        paginator = Paginator(selectors.NewestFirst(queryset, filtered=filtered), PAGE_SIZE)
    else:
        paginator = Paginator(queryset, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    rows = [{"proposal": p, "proposers": selectors.proposers(p)} for p in page.object_list]
    delegates = list(search.search_delegates(selectors.delegate_list(), q)[:6]) if q else []
    articles = list(search.search_articles(Article.objects.defer("text", "blocks"), q)[:4]) if q else []
    context = {
        "q": q,
        "rows": rows,
        "page": page,
        "paginator": paginator,
        "errors": errors,
        "facets": _facets(request, queryset) if not errors else [],
        "chips": _chips(request),
        "sort": sort,
        "sorts": [
            {"value": k, "label": v, "url": _query(request.GET, sort=k), "active": k == sort}
            for k, v in SORTS.items()
        ],
        "page_query": _query(request.GET, sort=request.GET.get("sort") or None),
        "csv_query": _query(request.GET),
        "clear_url": "?" + urlencode({"q": q}) if q else "?",
        "matching_delegates": delegates,
        "matching_articles": articles,
        "hidden": [(n, v) for n in (*FILTER_PARAMS, "sort") if n != "q" for v in _values(request.GET, n)],
        "capped": bool(q) and paginator.count >= search.RANK_CANDIDATES,
        "feed_url": None,
    }
    return render(request, "proposals/proposal_list.html", context, status=400 if errors else 200)


def proposal_list_csv(request: HttpRequest) -> HttpResponse:
    """Exactly the filtered list, as CSV (UTF-8 with BOM), in the list's order."""
    queryset, errors = _filtered(request)
    if errors:
        return HttpResponse(
            "筛选条件无效：" + "；".join(f"{k}: {' '.join(v)}" for k, v in errors.items()),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    q = request.GET.get("q", "").strip()
    if not q or request.GET.get("sort") == "newest":
        queryset = queryset.order_by("-article__published_on", "-id")
    stamp = timezone.localdate().isoformat()
    return export.csv_response(
        export.proposal_rows(queryset, request), export.PROPOSAL_COLUMNS, f"proposals-{stamp}"
    )


def _article_excerpt(proposal: Proposal, article: Article) -> dict:
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
    excerpt = _article_excerpt(proposal, article)
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
        "key_task_links": list(proposal.key_task_links.all()),
        "topic_links": list(proposal.topic_links.all()),
        "sources": list(proposal.sources.all()),
        "related": [
            {"proposal": p, "proposers": selectors.proposers(p)}
            for p in selectors.related_proposals(proposal)
        ],
        "article_body": body,
        "full_text": full_text,
        "cite": gbt7714(article, request.build_absolute_uri(proposal.get_absolute_url()), proposal=proposal),
        "q": "",
    }
    return render(request, "proposals/proposal_detail.html", context)


def gbt7714(article: Article, permalink: str, *, proposal: Proposal | None = None) -> str:
    """A GB/T 7714-2015 reference to a newspaper article read online: 作者. 题名[N/OL]. 报纸, 日期(栏目). 链接.

    A page often carries several pieces: a proposal is cited by the piece it sits in (its title,
    byline and section), falling back to the page's."""
    reporters = (proposal.reporters if proposal else None) or article.reporters
    authors = reporters[:3]
    author = ", ".join(authors) + (", 等" if len(reporters) > 3 else "")
    parts = []
    if author:
        parts.append(f"{author}. ")
    title = (proposal.piece_title if proposal else "") or article.title or article.source
    parts.append(f"{title}[N/OL]. ")
    paper = article.newspaper or "报纸名不详"
    date = article.published_on.isoformat() if article.published_on else "日期不详"
    section_name = (proposal.section if proposal else "") or (article.sections[0] if article.sections else "")
    section = f"({section_name})" if section_name else ""
    parts.append(f"{paper}, {date}{section}")
    parts.append(f" [{timezone.localdate().isoformat()}]. {permalink}")
    return "".join(parts)


# --------------------------------------------------------------------------------------------------
# Article text with passages and names


def render_article_body(
    article: Article,
    *,
    passages: list[tuple[int, int, int]],
    mentions: list,
    anchor_prefix: str = "proposal",
    skip_title: bool = False,
) -> list[dict]:
    """The article's blocks as escaped HTML: passages in ``<mark>`` (the first piece of each carries
    its anchor), delegate names linked to their pages."""
    text = article.text
    names = sorted({m.name: m.delegate for m in mentions if m.name}.items(), key=lambda item: -len(item[0]))
    blocks = article.blocks or [["para", 0, len(text), 0]]
    anchored: set[int] = set()
    out = []
    for kind, start, end, level in blocks:
        if start >= end or (
            skip_title and kind == "title" and text[start:end].strip() == article.title.strip()
        ):
            continue
        pieces = _decorate(text, start, end, passages, names, anchored, anchor_prefix)
        tag = {
            "title": "p",
            "subtitle": "p",
            "section": "p",
            "heading": "h3",
            "byline": "p",
            "caption": "p",
            "credit": "p",
        }.get(kind, "p")
        out.append({"kind": kind, "tag": tag, "html": pieces, "level": level})
    return out


def _decorate(
    text: str, start: int, end: int, passages, names, anchored: set[int], anchor_prefix: str
) -> SafeString:
    links: list[tuple[int, int, Delegate]] = []
    segment = text[start:end]
    taken: list[tuple[int, int]] = []
    for name, delegate in names:
        position = segment.find(name)
        while position >= 0:
            s, e = start + position, start + position + len(name)
            if not any(a < e and s < b for a, b in taken):
                taken.append((s, e))
                links.append((s, e, delegate))
            position = segment.find(name, position + len(name))
    cuts = {start, end}
    for s, e, _ in passages:
        if s < end and start < e:
            cuts.update((max(s, start), min(e, end)))
    for s, e, _ in links:
        cuts.update((s, e))
    points = sorted(cuts)
    html_parts = []
    for a, b in zip(points, points[1:], strict=False):
        piece = escape(text[a:b])
        link = next((d for s, e, d in links if s <= a and b <= e), None)
        if link is not None:
            piece = (
                f'<a class="name" href="{reverse("proposals:delegate_detail", args=[link.pk])}">{piece}</a>'
            )
        passage = next((pk for s, e, pk in passages if s <= a and b <= e), None)
        if passage is not None:
            anchor = ""
            if passage not in anchored:
                anchored.add(passage)
                anchor = (
                    f' id="{anchor_prefix}-{passage}"' if anchor_prefix == "proposal" else ' id="passage"'
                )
            piece = f'<mark class="passage"{anchor} data-proposal="{passage}">{piece}</mark>'
        html_parts.append(piece)
    return mark_safe("".join(html_parts))  # text pieces are escaped above; tags are ours


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = selectors.article_for_page(pk)
    proposals = selectors.article_proposals(article)
    mentions = list(article.mentions.all())
    full_text = settings.LIANGHUI_PUBLIC_FULL_TEXT
    passages = [(p.start, p.end, p.pk) for p in proposals if 0 <= p.start < p.end <= len(article.text)]
    context = {
        "article": article,
        "proposals": [{"proposal": p, "proposers": selectors.proposers(p)} for p in proposals],
        "mentions": mentions,
        "full_text": full_text,
        "body": render_article_body(article, passages=passages, mentions=mentions, skip_title=True)
        if full_text
        else None,
        "q": "",
    }
    return render(request, "proposals/article_detail.html", context)


# --------------------------------------------------------------------------------------------------
# Delegates, key tasks, sectors, home


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
        "rows": [{"proposal": p, "proposers": selectors.proposers(p)} for p in page.object_list],
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
        "page_query": _query(request.GET),
        "delegates": [
            {"delegate": d, "membership": (list(d.memberships.all()) or [None])[0]} for d in page.object_list
        ],
    }
    return render(request, "proposals/delegate_list.html", context)


def _classed_page(
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
        "rows": [{"proposal": p, "proposers": selectors.proposers(p)} for p in page.object_list],
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
    return _classed_page(
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
    return _classed_page(
        request,
        heading=topic.name,
        description=topic.description,
        proposals=selectors.topic_proposals(topic),
        template_context={"kind_label": "领域", "topic": topic, "words": topic.keywords[:16]},
        feed_url=reverse("proposals:topic_feed", args=[topic.slug]),
        filter_param="sector",
        filter_value=topic.slug,
    )


def home(request: HttpRequest) -> HttpResponse:
    context = {
        **selectors.home_figures(),
        "latest_articles": list(selectors.latest_articles()),
        "latest_proposals": [
            {"proposal": p, "proposers": selectors.proposers(p)} for p in selectors.proposal_list()[:5]
        ],
        "q": "",
    }
    return render(request, "proposals/home.html", context)
