"""The benchmark scripts run end to end on a small scale, and rewrite only their own part of the write-up."""

from __future__ import annotations

import re
import subprocess

from bench.ingest_bench import write_marked_section
from tests.processes import PYTHON, ROOT, clean_env


def test_a_section_replaces_only_its_own_block(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nHand-written notes.\n\n<!-- other:start -->\nkept\n<!-- other:end -->\n", "utf-8")
    write_marked_section(doc, "ingest-bench", "## Ingestion\n\nfirst\n")
    write_marked_section(doc, "ingest-bench", "## Ingestion\n\nsecond\n")
    text = doc.read_text("utf-8")
    assert text.count("## Ingestion") == 1 and "second" in text and "first" not in text
    assert "Hand-written notes." in text and "<!-- other:start -->\nkept\n<!-- other:end -->" in text


def test_a_section_starts_the_file_when_there_is_none(tmp_path):
    doc = tmp_path / "new.md"
    write_marked_section(doc, "load-test-sqlite", "## Load: SQLite\n")
    assert doc.read_text("utf-8").startswith("# Benchmarks\n")


def test_the_ingestion_benchmark_runs_on_a_few_articles(tmp_path):
    result = subprocess.run(
        [PYTHON, "-m", "bench.ingest_bench", "--count", "8", "--databases", "sqlite", "--jobs", "", "--batches", "1,3", "--repeat", "2",
         "--write", str(tmp_path / "benchmarks.md")],
        cwd=ROOT, env=clean_env(tmp_path), capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    section = (tmp_path / "benchmarks.md").read_text("utf-8")
    for step in ("segmentation alone (the floor: our tokenizer, HMM off) | jieba",
                 "segmentation alone (our tokenizer, HMM off) | rjieba",
                 "segmentation alone (stock jieba: `jieba.lcut`, HMM on) | jieba",
                 "parse only, no database | rjieba", "parse only, no database | jieba",
                 "ingest into sqlite, one article per transaction | rjieba",
                 "ingest into sqlite, 3 articles per transaction | rjieba"):
        assert f"| {step} |" in section, step
    for batch in (1, 3):
        assert re.search(rf"\| sqlite \| {batch} \| rjieba \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|", section), section
    assert "Each database ended with 8 articles" in section


def test_the_benchmark_refuses_unknown_databases(tmp_path):
    result = subprocess.run([PYTHON, "-m", "bench.ingest_bench", "--databases", "oracle"], cwd=ROOT,
                            env=clean_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "unknown database(s): oracle" in result.stderr


def _search_result(engine: str, search_ms: float) -> tuple[dict, dict]:
    figures = {"median_ms": search_ms, "p95_ms": search_ms + 0.5, "n": 7}
    result = {
        "engine": engine, "proposals": 100, "search": figures, "icontains": {"median_ms": 100.0, "p95_ms": 200.0, "n": 7},
        "pages": {"list (no query)": figures, "list + search": figures},
        "per_query": {"发展": {"search": figures, "icontains": figures, "matches": 1, "icontains_matches": 1}},
    }
    facts = {"python": "3.11", "cpus": 2, "sqlite": "3.40", "load_average": {"start": 2.6, "end": 3.1}}
    return result, facts


def test_the_search_benchmark_summary_replaces_only_its_engine_block_and_gives_the_load(tmp_path):
    from bench.search_report import write_summary

    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n## Search\n\nHand-written notes.\n", "utf-8")
    write_summary(*_search_result("sqlite", 21.0), doc)
    write_summary(*_search_result("postgresql", 11.0), doc)
    write_summary(*_search_result("sqlite", 31.0), doc)
    text = doc.read_text("utf-8")
    assert text.count("<!-- search-bench:sqlite:start -->") == 1 and "| 31.0 ms |" in text and "| 21.0 ms |" not in text
    assert "| 11.0 ms |" in text and "Hand-written notes." in text
    assert "Load average (1 min) 2.6 when measuring began, 3.1 at the end" in text
    assert "| search ÷ `icontains` (medians) | 0.31 | |" in text
