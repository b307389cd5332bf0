"""The statistics page (统计): charts and tables of proposal counts, filtered by year, region and
level, each table also a CSV download (UTF-8 with BOM so Excel reads it, Chinese column labels)."""

from __future__ import annotations

import csv
import io
from urllib.parse import quote, urlencode

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from delegates.models import Level, Session
from proposals import freshness, stats
from proposals.listing.csvsafe import safe_row

COMPARE = {"region": "地区", "year": "年份", "level": "层级"}
CHART_WIDTH = 640
CHART_LABEL = 150
CHART_ROW = 24


def chart(table: stats.Table) -> dict:
    """Geometry of a horizontal bar chart (SVG), one linked bar per bucket."""
    track = CHART_WIDTH - CHART_LABEL - 56
    bars = [
        {
            "label": bucket.label,
            "count": bucket.count,
            "url": bucket.url,
            "y": index * CHART_ROW,
            "text_y": index * CHART_ROW + 16,
            "width": max(round(bucket.share * track), 1 if bucket.count else 0),
            "count_x": CHART_LABEL + max(round(bucket.share * track), 1) + 6,
        }
        for index, bucket in enumerate(table.buckets)
    ]
    return {"bars": bars, "width": CHART_WIDTH, "height": max(len(bars), 1) * CHART_ROW, "label_width": CHART_LABEL}


def _filters_or_error(request: HttpRequest):
    try:
        return stats.parse_filters(request.GET), None
    except stats.StatsFilterError as error:
        return {}, str(error)


def _compare(request: HttpRequest) -> str:
    compare = request.GET.get("compare", "region")
    return compare if compare in COMPARE else "region"


def _csv_url(slug: str, filters: dict, compare: str) -> str:
    params = {**filters, **({"compare": compare} if compare != "region" else {})}
    return reverse("proposals:stats_csv", args=[slug]) + ("?" + urlencode(params) if params else "")


def stats_page(request: HttpRequest) -> HttpResponse:
    filters, error = _filters_or_error(request)
    compare = _compare(request)
    if error:
        return render(request, "proposals/stats.html", {"error": error, "q": ""}, status=400)
    # The same for every visitor under the same filters: the figures (a few hundred milliseconds of
    # queries at 10,000 proposals) and their rendered tables (7,000 template variables, most of the
    # rest) are kept until the data change (docs/benchmarks.md, "What the load figures say").
    key = freshness.key_for("stats", (sorted(filters.items()), compare))
    figures = freshness.cached("stats", None, lambda: stats.statistics(filters, compare), key=key)
    tables = [{"table": t, "chart": chart(t), "csv_url": _csv_url(t.slug, filters, compare)} for t in figures["tables"]]
    matrices = [{"matrix": m, "csv_url": _csv_url(m.slug, filters, compare)} for m in figures["matrices"]]
    options = Session.objects.order_by().values_list("year", "region")
    years = sorted({y for y, _ in options if y}, reverse=True)
    regions = sorted({r for _, r in options if r})
    context = {
        "q": "",
        "total": figures["total"],
        "figures_key": key,
        "cache_seconds": freshness.SECONDS,
        "tables": tables,
        "matrices": matrices,
        "filters": filters,
        "compare": compare,
        "compare_choices": COMPARE.items(),
        "years": [str(y) for y in years],
        "regions": regions,
        "levels": [(v, stats.LEVEL_LABELS[v]) for v in Level.values if v != Level.UNKNOWN],
        "unknown": stats.UNKNOWN,
        "national": stats.NATIONAL,
        "list_url": stats.Bucket("", 0, filters).url,
        "heading": " · ".join(_filter_labels(filters)) or "全部",
    }
    return render(request, "proposals/stats.html", context)


def _filter_labels(filters: dict) -> list[str]:
    labels = []
    for name in stats.PAGE_FILTERS:
        value = filters.get(name)
        if value:
            labels.append(stats.LEVEL_LABELS.get(value, value) if name == "level" else value)
    return labels


def _table_rows(table: stats.Table, absolute) -> tuple[list[str], list[list]]:
    header = [table.column, "建议数", "占比", "建议列表"]
    rows = [
        [b.label, b.count, f"{b.count / table.total:.1%}" if table.total else "", absolute(b.url)]
        for b in table.buckets
    ]
    return header, rows


def _matrix_rows(matrix: stats.Matrix, absolute) -> tuple[list[str], list[list]]:
    header = [matrix.row_label, *(label for _slug, label in matrix.columns), "建议列表"]
    rows = [
        [row["label"], *(count for count, _url in row["cells"]), absolute(stats.Bucket("", 0, row["params"]).url)]
        for row in matrix.rows
    ]
    return header, rows


def stats_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """One table of the page as CSV, under the same filters."""
    filters, error = _filters_or_error(request)
    if error:
        return HttpResponse("筛选条件无效：" + error, status=400, content_type="text/plain; charset=utf-8")
    figures = stats.statistics(filters, _compare(request))
    absolute = request.build_absolute_uri
    found = next((t for t in figures["tables"] if t.slug == slug), None)
    if found is not None:
        header, rows = _table_rows(found, absolute)
        title = found.title
    else:
        matrix = next((m for m in figures["matrices"] if m.slug == slug), None)
        if matrix is None:
            raise Http404("no such table")
        header, rows = _matrix_rows(matrix, absolute)
        title = matrix.title.replace(" × ", "与")
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(safe_row(row) for row in rows)
    name = "-".join(["统计", title, *_filter_labels(filters)]) + ".csv"
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f"attachment; filename=\"stats-{slug}.csv\"; filename*=UTF-8''{quote(name)}"
    return response
