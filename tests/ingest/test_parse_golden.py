"""Parser output, whole and pass by pass, on our own articles equals the saved golden files.

When a parser change is intended, regenerate them with ``.venv/bin/python -m tests.ingest.helpers``
and review the diff like any other change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import (
    OWN_ARTICLES,
    PASS_INPUTS,
    PASSES,
    ROOT,
    extract,
    golden_path,
    pass_golden_path,
    read_text,
)


@pytest.mark.parametrize("path", OWN_ARTICLES, ids=lambda p: p.name)
def test_parser_output_matches_golden_file(path: Path):
    golden = golden_path(path)
    assert golden.exists(), f"no golden file for {path.relative_to(ROOT)}: run python -m tests.ingest.helpers"
    assert extract(path) == json.loads(golden.read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(PASSES))
@pytest.mark.parametrize("path", PASS_INPUTS, ids=lambda p: p.name)
def test_each_pass_output_matches_its_golden_file(name: str, path: Path):
    golden = pass_golden_path(name, path)
    assert golden.exists(), f"no golden file {golden.relative_to(ROOT)}: run python -m tests.ingest.helpers"
    assert PASSES[name](read_text(path)) == json.loads(golden.read_text("utf-8"))
