"""Query parameters of every list (the API's endpoints; the site's proposal list uses ``ProposalFilter``):
facets, dates, ``q`` and ``ordering``.

Each filter validates its value, so an unknown key task, a malformed date or an unknown ordering
is a 400 naming the parameter (django-filter's errors, raised by ``DjangoFilterBackend``).
Role, level and delegation are properties of a proposer *at the proposal's session* (one
membership), so they are applied together as one ``EXISTS`` subquery: ``role=member&level=regional``
means one proposer who was a regional member, not a member here and a regional deputy there.
``q`` runs the site's Chinese full-text search (``proposals.search``) after every other filter, so
its candidate cap applies within them.
"""

from __future__ import annotations

import django_filters as filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet

from delegates.models import Delegate, Level, Membership, Role, Session
from proposals import search
from proposals.models import (
    Article,
    KeyTask,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalKind,
    ProposalTopic,
    Topic,
)

from .descriptions import KIND_HELP, LEVEL_HELP, ROLE_HELP
from .scope import (
    DATE_FROM_HELP,
    DATE_TO_HELP,
    NONE,
    REGION_HELP,
    YEAR_HELP,
    DateOrNoneFilter,
    RegionsFilter,
    YearsFilter,
    date_condition,
    session_condition,
    spectacular,
)


def describe(filter_field, item_type: str) -> None:
    """Tell drf-spectacular the item type and keep the description (its override would drop it)."""
    help_text = filter_field.extra.get("help_text", "")
    filter_field._spectacular_annotation = {
        "field": {"type": item_type, "description": help_text + " Repeat the parameter or separate values with commas."}
    }


class SlugsOrNoneField(filters.fields.ModelMultipleChoiceField):
    """Slugs, and ``none`` (kept as the string) for records with no value at all."""

    def clean(self, value):
        wanted = list(value or [])
        found = list(super().clean([v for v in wanted if v != NONE])) if any(v != NONE for v in wanted) else []
        return [*found, NONE] if NONE in wanted else found


class SlugsFilter(filters.ModelMultipleChoiceFilter):
    """One or more slugs (repeat the parameter or separate with commas); unknown slugs are a 400."""

    def __init__(self, *args, allow_none: bool = False, **kwargs):
        if allow_none:
            self.field_class = SlugsOrNoneField
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("widget", CommaSeparatedWidget)
        kwargs.setdefault("distinct", False)  # filters a foreign key, or by EXISTS: no duplicate rows
        super().__init__(*args, **kwargs)
        describe(self, "string")


MAX_ID = 2**63 - 1


class IdsField(filters.fields.ModelMultipleChoiceField):
    """Checks that every value is a whole number the database can hold before querying with it."""

    def _check_values(self, value):
        for item in value:
            if not str(item).isdigit() or int(item) > MAX_ID:
                raise forms.ValidationError(f"not an identifier: {item!r}", code="invalid_pk_value")
        return super()._check_values(value)


class IdsFilter(filters.ModelMultipleChoiceFilter):
    """One or more numeric identifiers (repeat the parameter or separate with commas)."""

    field_class = IdsField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", CommaSeparatedWidget)
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)
        describe(self, "integer")


class CommaSeparatedWidget(forms.SelectMultiple):
    """``?key_task=a&key_task=b`` and ``?key_task=a,b`` mean the same."""

    def value_from_datadict(self, data, files, name):
        values = data.getlist(name) if hasattr(data, "getlist") else data.get(name)
        if values is None:
            return None
        if isinstance(values, str):
            values = [values]
        return [part.strip() for value in values for part in str(value).split(",") if part.strip()]


def proposer_exists(*, role: str | None = None, level: str | None = None, delegation: str | None = None,
                    outer_session: str = "article__session") -> Exists:
    """A proposer of the outer proposal whose membership at the proposal's session matches."""
    conditions = {"delegate__proposaldelegate__proposal": OuterRef("pk"), "session": OuterRef(outer_session)}
    if role:
        conditions["role"] = role
    if level:
        conditions["level"] = level
    if delegation is not None:  # "" is a proposer with no delegation printed (delegation=none)
        conditions["delegation"] = delegation
    return Exists(Membership.objects.filter(**conditions))


def survivors(delegates) -> list[int]:
    """Identifiers of the records these delegates now are (a merged one counts as its survivor)."""
    ids = []
    for delegate in delegates:
        seen = set()
        while delegate.merged_into_id and delegate.pk not in seen:
            seen.add(delegate.pk)
            delegate = delegate.merged_into
        ids.append(delegate.pk)
    return ids


Q_HELP = (
    "Full-text search (全文检索) in Chinese, the same as the website's search box: simplified or "
    "traditional characters, whole words or parts (商业航天, 航天), names and pinyin. Results come "
    "best match first unless `ordering` is given."
)
UPDATED_SINCE_HELP = (
    "Only records changed (更新时间) at or after this ISO 8601 date-time, e.g. `2026-03-01T00:00:00+08:00`. "
    "A time without an offset is read in the server's time zone (Asia/Shanghai)."
)


class ProposalFilter(filters.FilterSet):
    key_task = SlugsFilter(
        queryset=KeyTask.objects.all(), method="filter_key_task", allow_none=True,
        help_text="Key task (重点工作) slug, e.g. `industry`; several (comma-separated or repeated) match any; "
        "`none` for proposals under no key task.",
    )
    sector = SlugsFilter(
        queryset=Topic.objects.all(), method="filter_sector", allow_none=True,
        help_text="Sector (领域) slug, e.g. `digital-computing` (数字经济与算力); several match any; `none` for "
        "proposals in no sector.",
    )
    year = YearsFilter(method="filter_noop", help_text=YEAR_HELP)
    region = RegionsFilter(method="filter_noop", help_text=REGION_HELP)
    role = filters.ChoiceFilter(choices=Role.choices, method="filter_noop", help_text="A proposer's " + ROLE_HELP)
    level = filters.ChoiceFilter(
        choices=Level.choices, method="filter_noop",
        help_text="A proposer's " + LEVEL_HELP + " `unknown` when not printed (未注明).",
    )
    delegation = filters.CharFilter(
        method="filter_noop", help_text="A proposer's delegation (代表团), exactly as printed, e.g. 通辽市代表团; "
        "`none` for a proposer with none printed (未注明).",
    )
    date_from = DateOrNoneFilter(method="filter_noop", help_text=DATE_FROM_HELP)
    date_to = DateOrNoneFilter(method="filter_noop", help_text=DATE_TO_HELP)
    spectacular(year, {"type": "array", "items": {"type": "string", "pattern": r"^(\d{4}|none)$"}})
    spectacular(region, {"type": "array", "items": {"type": "string"}})
    spectacular(date_from, {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2}|none)$"})
    spectacular(date_to, {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2}|none)$"})
    session = SlugsFilter(
        queryset=Session.objects.all(), field_name="article__session__slug",
        help_text="Session (会议) slug, e.g. `2026-national`; several match any.",
    )
    article = IdsFilter(queryset=Article.objects.all(), help_text="Article (文章) identifier; several match any.")
    delegate = IdsFilter(
        queryset=Delegate.objects.select_related("merged_into"), method="filter_delegate",
        help_text="Delegate (代表委员) identifier; several match any. A merged delegate's old identifier "
        "finds the survivor's proposals.",
    )
    kind = filters.ChoiceFilter(choices=ProposalKind.choices, help_text=KIND_HELP)
    published_after = filters.DateFilter(
        field_name="article__published_on", lookup_expr="gte",
        help_text="Article published (刊登日期) on or after this date, `YYYY-MM-DD`.",
    )
    published_before = filters.DateFilter(
        field_name="article__published_on", lookup_expr="lte",
        help_text="Article published (刊登日期) on or before this date, `YYYY-MM-DD`.",
    )
    updated_since = filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte", help_text=UPDATED_SINCE_HELP)
    q = filters.CharFilter(method="filter_noop", help_text=Q_HELP)
    ordering = filters.OrderingFilter(
        fields=(("article__published_on", "published_on"), ("updated_at", "updated_at"), ("id", "id")),
        help_text="Sort order (排序): `published_on`, `updated_at` or `id`, `-` for descending. "
        "Default: newest article first (`-published_on,-id`), or best match when `q` is given.",
    )

    class Meta:
        model = Proposal
        fields: list[str] = []

    def filter_noop(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset  # applied together in filter_queryset

    def filter_key_task(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        slugs = {task.slug for task in value if task != NONE}
        links = ProposalKeyTask.objects.filter(proposal=OuterRef("pk"))
        condition = Exists(links.filter(key_task__slug__in=slugs)) if slugs else Q(pk__in=[])
        return queryset.filter(condition | ~Exists(links) if NONE in value else condition)

    def filter_sector(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        topics = [topic for topic in value if topic != NONE]
        links = ProposalTopic.objects.filter(proposal=OuterRef("pk"))
        condition = Exists(links.filter(topic__in=topics)) if topics else Q(pk__in=[])
        return queryset.filter(condition | ~Exists(links) if NONE in value else condition)

    def filter_delegate(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        return queryset.filter(
            Exists(ProposalDelegate.objects.filter(proposal=OuterRef("pk"), delegate_id__in=survivors(value)))
        )

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        delegation = {"": None, None: None, NONE: ""}.get(data.get("delegation"), data.get("delegation"))
        if data.get("role") or data.get("level") or delegation is not None:
            queryset = queryset.filter(
                proposer_exists(role=data.get("role"), level=data.get("level"), delegation=delegation)
            )
        if data.get("year") or data.get("region"):
            queryset = queryset.filter(
                session_condition("article__session", years=data.get("year"), regions=data.get("region"))
            )
        if data.get("date_from") or data.get("date_to"):
            queryset = queryset.filter(date_condition("article__published_on", data.get("date_from"), data.get("date_to")))
        if data.get("q"):
            ordered = bool(data.get("ordering"))
            ordering = queryset.query.order_by
            queryset = search.search_proposals(queryset, data["q"])
            if ordered:
                queryset = queryset.order_by(*ordering)
        return queryset


class DelegateFilter(filters.FilterSet):
    role = filters.ChoiceFilter(choices=Role.choices, method="filter_noop", help_text="A membership's " + ROLE_HELP)
    level = filters.ChoiceFilter(choices=Level.choices, method="filter_noop", help_text="A membership's " + LEVEL_HELP)
    delegation = filters.CharFilter(method="filter_noop", help_text="A membership's delegation (代表团), exactly as printed.")
    session = SlugsFilter(
        queryset=Session.objects.all(), method="filter_noop",
        help_text="Session (会议) slug: delegates with a membership there; with role/level/delegation, the same membership.",
    )
    key_task = SlugsFilter(
        queryset=KeyTask.objects.all(), method="filter_key_task",
        help_text="Key task (重点工作) slug: delegates with at least one proposal under it.",
    )
    sector = SlugsFilter(
        queryset=Topic.objects.all(), method="filter_sector",
        help_text="Sector (领域) slug: delegates with at least one proposal in it.",
    )
    updated_since = filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte", help_text=UPDATED_SINCE_HELP)
    q = filters.CharFilter(
        method="filter_noop",
        help_text="Search (检索) by name, part of a name, pinyin (`zhaoyong`), alias or organization.",
    )
    ordering = filters.OrderingFilter(
        fields=(("pinyin", "pinyin"), ("name", "name"), ("proposal_count", "proposal_count"),
                ("updated_at", "updated_at"), ("id", "id")),
        help_text="Sort order (排序): `pinyin`, `name`, `proposal_count`, `updated_at` or `id`, `-` for descending. "
        "Default: by name.",
    )

    class Meta:
        model = Delegate
        fields: list[str] = []

    def filter_noop(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset

    def filter_key_task(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        slugs = {task.slug for task in value}
        return queryset.filter(Exists(ProposalKeyTask.objects.filter(
            proposal__proposaldelegate__delegate=OuterRef("pk"), proposal__is_deleted=False, key_task__slug__in=slugs,
        )))

    def filter_sector(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        return queryset.filter(Exists(ProposalTopic.objects.filter(
            proposal__proposaldelegate__delegate=OuterRef("pk"), proposal__is_deleted=False, topic__in=value,
        )))

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        conditions = {f: data[f] for f in ("role", "level", "delegation") if data.get(f)}
        if data.get("session"):
            conditions["session__in"] = data["session"]
        if conditions:
            queryset = queryset.filter(Exists(Membership.objects.filter(delegate=OuterRef("pk"), **conditions)))
        if data.get("q"):
            ordering = queryset.query.order_by
            queryset = search.search_delegates(queryset, data["q"])
            if data.get("ordering"):
                queryset = queryset.order_by(*ordering)
        return queryset


class ArticleFilter(filters.FilterSet):
    session = SlugsFilter(
        queryset=Session.objects.all(), field_name="session__slug", help_text="Session (会议) slug; several match any."
    )
    newspaper = filters.CharFilter(help_text="Newspaper (报纸), exactly as recorded.")
    delegate = IdsFilter(
        queryset=Delegate.objects.select_related("merged_into"), method="filter_delegate",
        help_text="Delegate (代表委员) identifier: articles that name this delegate.",
    )
    published_after = filters.DateFilter(
        field_name="published_on", lookup_expr="gte", help_text="Published (刊登日期) on or after, `YYYY-MM-DD`."
    )
    published_before = filters.DateFilter(
        field_name="published_on", lookup_expr="lte", help_text="Published (刊登日期) on or before, `YYYY-MM-DD`."
    )
    updated_since = filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte", help_text=UPDATED_SINCE_HELP)
    q = filters.CharFilter(method="filter_noop", help_text="Search (检索) in titles and text, Chinese words or parts.")
    ordering = filters.OrderingFilter(
        fields=(("published_on", "published_on"), ("updated_at", "updated_at"), ("id", "id")),
        help_text="Sort order (排序): `published_on`, `updated_at` or `id`, `-` for descending. Default: newest first.",
    )

    class Meta:
        model = Article
        fields: list[str] = []

    def filter_noop(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset

    def filter_delegate(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        from proposals.models import ArticleMention

        return queryset.filter(
            Exists(ArticleMention.objects.filter(article=OuterRef("pk"), delegate_id__in=survivors(value)))
        )

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        if data.get("q"):
            ordering = queryset.query.order_by
            queryset = search.search_articles(queryset, data["q"])
            if data.get("ordering"):
                queryset = queryset.order_by(*ordering)
        return queryset


class KeyTaskFilter(filters.FilterSet):
    session = SlugsFilter(
        queryset=Session.objects.all(),
        help_text="Session (会议) slug: key tasks of that session's plan (tasks for all sessions are always listed).",
        method="filter_session",
    )

    class Meta:
        model = KeyTask
        fields: list[str] = []

    def filter_session(self, queryset: QuerySet, name: str, value) -> QuerySet:
        if not value:
            return queryset
        from django.db.models import Q

        return queryset.filter(Q(session__in=value) | Q(session__isnull=True))


class SessionFilter(filters.FilterSet):
    year = filters.NumberFilter(help_text="Year (年份), e.g. 2026.", min_value=1949, max_value=2200)
    level = filters.ChoiceFilter(choices=Level.choices, help_text=LEVEL_HELP)

    class Meta:
        model = Session
        fields: list[str] = []
