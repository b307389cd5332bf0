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
