"""A list's state in its GET parameters: what filters it, how it is sorted, links that change
one thing, and the active filters as removable chips."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest

from delegates.models import Delegate, Level, Role
from proposals.listing.filters import ProposalFilter
from proposals.listing.query import proposal_list
from proposals.listing.scope import NONE, NONE_LABEL
from proposals.models import Article, KeyTask, Proposal, Topic

PAGE_SIZE = 20
# GET parameters that narrow the list (the API's names); page and sort only arrange it.
# In the order the heading names them (2026 · 内蒙古 · 商业航天 · 12 条).
FILTER_PARAMS = (
    "q",
    "year",
    "region",
    "level",
    "role",
    "delegation",
    "key_task",
    "sector",
    "session",
    "article",
    "kind",
    "delegate",
    "date_from",
    "date_to",
)
MULTI_PARAMS = {"year", "region", "key_task", "sector", "session", "article", "delegate"}
FACET_TITLES = {
    "year": "年份",
    "region": "地区",
    "date": "日期",
    "date_from": "起始日期",
    "date_to": "截止日期",
    "key_task": "重点工作",
    "sector": "领域",
    "role": "身份",
    "level": "层级",
    "delegation": "代表团",
    "session": "会议",
    "kind": "类型",
    "article": "来源文章",
}
SORTS = {"relevance": "相关度", "newest": "日期从新到旧", "oldest": "日期从旧到新"}


def values(params, name: str) -> list[str]:
    """The values of one parameter, repeated or comma-separated."""
    return [part.strip() for value in params.getlist(name) for part in value.split(",") if part.strip()]


def query(params, **changes) -> str:
    """The current GET parameters with ``changes`` (None removes), as ``?a=b``; page resets."""
    pairs: list[tuple[str, str]] = []
    for name in (*FILTER_PARAMS, "sort"):
        if name in changes:
            continue
        pairs += [(name, v) for v in values(params, name)]
    for name, value in changes.items():
        if value is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            pairs.append((name, str(v)))
    return "?" + urlencode(pairs) if pairs else "?"


def toggle(params, name: str, value: str) -> str:
    """The link that adds this value to the filter, or removes it when present."""
    current = values(params, name)
    if name in MULTI_PARAMS:
        wanted = [v for v in current if v != value] if value in current else [*current, value]
    else:
        wanted = [] if value in current else [value]
    return query(params, **{name: wanted or None})


def is_filtered(params) -> bool:
    return any(values(params, name) for name in FILTER_PARAMS)


def filtered(request: HttpRequest):
    """The filtered proposals (not yet sorted for display) and the filter's errors."""
    data = request.GET.copy()
    for name in ("ordering",):
        data.pop(name, None)
    filterset = ProposalFilter(data, queryset=proposal_list(), request=request)
    if not filterset.is_valid():
        return Proposal.objects.none(), filterset.errors
    return filterset.qs, None


def chips(request: HttpRequest) -> list[dict]:
    """The active filters as removable chips, labelled in Chinese."""
    tasks = {t.slug: t.short_name or t.name for t in KeyTask.objects.all()}
    topics = dict(Topic.objects.values_list("slug", "name"))
    roles, levels = dict(Role.choices), dict(Level.choices)
    article_ids = [v for v in values(request.GET, "article") if v.isdigit()]
    articles = {
        str(pk): title for pk, title in Article.objects.filter(pk__in=article_ids).values_list("pk", "title")
    }
    delegate_ids = [v for v in values(request.GET, "delegate") if v.isdigit()]
    people = {
        str(pk): name for pk, name in Delegate.objects.filter(pk__in=delegate_ids).values_list("pk", "name")
    }
    found = []
    for name in FILTER_PARAMS:
        if name == "q":
            continue
        for value in values(request.GET, name):
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
            if name in ("date_from", "date_to") and value != NONE:
                label = f"{value} 起" if name == "date_from" else f"至 {value}"
            if value == NONE:
                label = "日期不详" if name.startswith("date_") else f"{FACET_TITLES.get(name, '')}{NONE_LABEL}"
            found.append(
                {
                    "title": FACET_TITLES.get(name, "代表委员"),
                    "label": label,
                    "url": toggle(request.GET, name, value),
                }
            )
    return found


def heading(q: str, chips_: list[dict]) -> str:
    """What the list shows, e.g. ``2026 · 内蒙古 · 商业航天`` (the count follows it on the page)."""
    parts = ([f"“{q}”"] if q else []) + [chip["label"] for chip in chips_]
    return " · ".join(parts) if parts else "全部建议"
