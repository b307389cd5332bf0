"""Filters by when and where: the session's year and region, the article's date range, and ``none``
(未注明) for a value the articles do not give.

``none`` is the one query value for "missing" in every filter that can be missing: ``year=none``
(the session's year is unknown, or the article has no session), ``region=none`` (a regional or
local session whose place is unknown), ``delegation=none`` (a proposer with no delegation printed),
``key_task=none`` / ``sector=none`` (no key task / sector found), and ``date_from=none`` or
``date_to=none`` (the article's date is unknown). Facets report these as ``{"value": "none",
"label": "未注明"}``.

A region matches its short form too: ``内蒙古`` finds sessions of 内蒙古自治区, ``通辽`` those of
通辽市; a national session's region is ``全国``.
"""

from __future__ import annotations

import datetime

import django_filters as filters
from django import forms
from django.db.models import Q

NONE = "none"
NONE_LABEL = "未注明"
NATIONAL_REGION = "全国"
# Suffixes an administrative name may carry; the longest are tried first when shortening.
REGION_SUFFIXES = (
    "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "自治州", "自治县", "省", "市", "盟", "州",
    "地区", "县", "旗", "区",
)
MIN_YEAR, MAX_YEAR = 1949, 2200


def split(values) -> list[str]:
    """``?year=2025&year=2026`` and ``?year=2025,2026`` mean the same."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [part.strip() for value in values for part in str(value).split(",") if part.strip()]


class ListWidget(forms.SelectMultiple):
    def value_from_datadict(self, data, files, name):
        raw = data.getlist(name) if hasattr(data, "getlist") else data.get(name)
        return split(raw) or None


class YearsField(forms.Field):
    """Years (whole numbers) or ``none``; anything else is an error naming the value."""

    widget = ListWidget

    def clean(self, value):
        years: list[int | str] = []
        for item in split(value):
            if item.lower() == NONE:
                years.append(NONE)
            elif item.isdigit() and MIN_YEAR <= int(item) <= MAX_YEAR:
                years.append(int(item))
            else:
                raise forms.ValidationError(f"not a year: {item!r} (a year such as 2026, or `none`)", code="invalid")
        return years


class RegionsField(forms.Field):
    widget = ListWidget

    def clean(self, value):
        regions = split(value)
        for item in regions:
            if len(item) > 50:
                raise forms.ValidationError(f"not a region: {item[:20]!r}… is longer than 50 characters", code="invalid")
        return [NONE if item.lower() == NONE else item for item in regions]


class DateOrNoneField(forms.Field):
    """A date ``YYYY-MM-DD``, or ``none`` for articles whose date is unknown."""

    def clean(self, value):
        value = (value or "").strip()
        if not value:
            return None
        if value.lower() == NONE:
            return NONE
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise forms.ValidationError(f"not a date: {value!r} (use YYYY-MM-DD, or `none`)", code="invalid") from None


def month_bounds(month: str) -> tuple[str, str]:
    """``2026-03`` as the ``date_from``/``date_to`` of its first and last day; ``none`` as unknown."""
    if month == NONE:
        return NONE, ""
    first = datetime.date.fromisoformat(month + "-01")
    following = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return first.isoformat(), (following - datetime.timedelta(days=1)).isoformat()


def short_region(name: str) -> str:
    for suffix in REGION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def region_forms(name: str) -> list[str]:
    """Every spelling of a region a session may carry: as given, short, and short plus each suffix."""
    short = short_region(name)
    return list(dict.fromkeys([name, short, *(short + suffix for suffix in REGION_SUFFIXES)]))


def session_condition(session: str, *, years=(), regions=()) -> Q:
    """The Q on a session path (``article__session`` for proposals) for years and regions."""
    condition = Q()
    if years:
        wanted = [y for y in years if y != NONE]
        year = Q(**{f"{session}__year__in": wanted}) if wanted else Q(pk__in=[])
        if NONE in years:
            year |= Q(**{f"{session}__isnull": True}) | Q(**{f"{session}__year__isnull": True})
        condition &= year
    if regions:
        region = Q(pk__in=[])
        for name in regions:
            if name == NONE:
                region |= Q(**{f"{session}__isnull": True}) | (
                    Q(**{f"{session}__region": ""}) & ~Q(**{f"{session}__level": "national"})
                )
            elif name == NATIONAL_REGION:
                region |= Q(**{f"{session}__level": "national"})
            else:
                region |= Q(**{f"{session}__region__in": region_forms(name)})
        condition &= region
    return condition


def date_condition(field: str, date_from, date_to) -> Q:
    """The Q for an article date range; ``none`` at either end means the date is unknown."""
    if NONE in (date_from, date_to):
        return Q(**{f"{field}__isnull": True})
    condition = Q()
    if date_from:
        condition &= Q(**{f"{field}__gte": date_from})
    if date_to:
        condition &= Q(**{f"{field}__lte": date_to})
    return condition


class YearsFilter(filters.Filter):
    field_class = YearsField


class RegionsFilter(filters.Filter):
    field_class = RegionsField


class DateOrNoneFilter(filters.Filter):
    field_class = DateOrNoneField


YEAR_HELP = (
    "Session year (会议年份), e.g. `2026`; several (comma-separated or repeated) match any; `none` for "
    "proposals whose session year is unknown (未注明)."
)
REGION_HELP = (
    "Region (地区) of the session: a province, autonomous region or municipality, full or short "
    "(`内蒙古` matches 内蒙古自治区, `通辽` 通辽市); `全国` for national sessions; `none` when unknown. "
    "Several match any."
)
DATE_FROM_HELP = "Article date (刊登日期) on or after this date, `YYYY-MM-DD`; `none` for articles whose date is unknown."
DATE_TO_HELP = "Article date (刊登日期) on or before this date, `YYYY-MM-DD`; `none` for articles whose date is unknown."


def spectacular(filter_field, schema: dict) -> None:
    """Tell drf-spectacular the parameter's schema (keeping its description)."""
    filter_field._spectacular_annotation = {
        "field": {**schema, "description": filter_field.extra.get("help_text", "")}
    }
