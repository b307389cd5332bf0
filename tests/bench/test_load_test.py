"""The load test's report (bench.load_test) and its database cache key (bench.load_database): no
server or wrk needed."""

from __future__ import annotations

from bench.load_database import cache_key
from bench.load_test import BASELINE, ratios, render


def run(rps: float, p95_ms: float, cpu: float | None = 1.0) -> dict:
    return {"requests": int(rps * 10), "duration_us": 10_000_000, "rps": rps, "errors_total": 0, "statuses": {"200": 1},
            "latency_us": {"p50": 1000, "p95": p95_ms * 1000, "p99": p95_ms * 1000, "max": p95_ms * 1000},
            "load_average": "1.00 1.00 1.00", "cpu_ms_per_request": cpu}


def test_each_page_is_given_as_a_ratio_to_the_static_file():
    static, page = run(2000, 50), run(20, 500)
    assert ratios(page, static) == ("100.0", "10.0")
    assert ratios(static, static) == ("1", "1")
    assert ratios(run(0, 0), static) == ("", "")  # nothing finished: no ratio rather than a division by zero


def test_the_table_has_p95_the_static_ratio_and_cpu_per_request():
    results = {
        "vendor": "SQLite", "database": "sqlite", "rows": "1 articles", "connections": 32, "wrk_threads": 2,
        "workers": 5, "threads": 2, "urls": {BASELINE: ["/static/x.css"], "home": ["/"]},
        "machine": {"date": "2026-12-06", "cpu": "x", "cores": 2, "memory_gb": 1, "load_average": "1 1 1"},
        "runs": [(BASELINE, run(2000, 50, 0.5)), ("home", run(20, 500, 40.0))],
    }
    text = render(results)
    assert "| p95 ms |" in text and "static req/s ÷ this" in text
    assert "| home | 10 | 200 | 20.0 | 1 | 500 | 500 | 500 | 100.0 | 10.0 | 40.0 | 0 |" in text


def test_the_cached_database_is_rebuilt_for_another_size():
    assert cache_key(1430) == cache_key(1430) != cache_key(100)
