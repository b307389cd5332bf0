"""A subscription's name in Chinese, from its query: 检索“商业航天” · 重点工作：产业 · 代表委员：张三.

Used as the alert's subject and on the pages; values the database no longer knows are shown as given.
"""

from __future__ import annotations

from django.http import QueryDict

from delegates.models import Delegate, Level, Role, Session
from proposals.models import KeyTask, Topic

TITLES = {
    "key_task": "重点工作",
    "sector": "领域",
    "delegate": "代表委员",
    "delegation": "代表团",
    "role": "身份",
    "level": "层级",
    "session": "会议",
    "year": "年份",
    "region": "地区",
    "date_from": "起始日期",
    "date_to": "截止日期",
}
MAX_LABEL = 300


def _names(name: str, values: list[str]) -> dict[str, str]:
    if name == "key_task":
        return {t.slug: t.short_name or t.name for t in KeyTask.objects.filter(slug__in=values)}
    if name == "sector":
        return dict(Topic.objects.filter(slug__in=values).values_list("slug", "name"))
    if name == "delegate":
        ids = [v for v in values if v.isdigit()]
        return {str(pk): n for pk, n in Delegate.objects.filter(pk__in=ids).values_list("pk", "name")}
    if name == "session":
        return dict(Session.objects.filter(slug__in=values).values_list("slug", "name"))
    if name == "role":
        return dict(Role.choices)
    if name == "level":
        return dict(Level.choices)
    return {}


def query_label(query_string: str) -> str:
    """The Chinese name of a normalized query; ``全部建议`` when it has no condition."""
    params = QueryDict(query_string)
    parts = []
    if params.get("q"):
        parts.append(f"检索“{params['q']}”")
    for name, title in TITLES.items():
        values = params.getlist(name)
        if values:
            names = _names(name, values)
            parts.append(f"{title}：" + "、".join(names.get(v, v) for v in values))
    label = " · ".join(parts) or "全部建议"
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"
