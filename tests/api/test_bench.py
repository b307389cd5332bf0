"""The API benchmark compares like with like, and rewrites only its own section of docs/api.md."""

from __future__ import annotations

import pytest
from django.test import override_settings

from bench import api_bench

pytestmark = pytest.mark.django_db


@override_settings(ROOT_URLCONF="bench.api_bench_urls")
def test_the_ceiling_serves_the_same_page_as_the_api(api, data):
    for params in ({"page_size": 7}, {"page_size": 7, "page": 3}, {"page_size": 200}):
        ceiling = api.get("/bench/ceiling/", params).json()
        listed = api.get("/api/v1/proposals/", params).json()
        assert ceiling["count"] == listed["count"]
        assert [row["id"] for row in ceiling["results"]] == [row["id"] for row in listed["results"]]


def test_write_markdown_replaces_only_its_section(tmp_path, monkeypatch):
    doc = tmp_path / "api.md"
    doc.write_text(f"# Guide\n\nbefore\n\n{api_bench.START}\nold figures\n{api_bench.END}\n\nafter\n", encoding="utf-8")
    monkeypatch.setattr(api_bench, "DOC", doc)
    figures = {"rps": 10.0, "p50_ms": 1.0, "p95_ms": 2.0, "p99_ms": 3.0, "errors": 0}
    api_bench.write_markdown({
        "date": "2026-03-05", "machine": "2 cores", "database": "SQLite", "proposals": 100, "workers": 2,
        "threads": 4, "seconds": 1, "warmup": 1, "rounds": 1, "command": "python bench/api_bench.py",
        "rows": [{"page_size": 50, "ceiling": figures, "api": {**figures, "rps": 7.0}, "ratio": 0.7}],
    })
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Guide\n\nbefore\n\n") and text.endswith("\n\nafter\n")
    assert "old figures" not in text
    assert "page size 50: met (70%)" in text
    assert text.count(api_bench.START) == 1
