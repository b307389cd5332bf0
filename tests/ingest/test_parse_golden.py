"""Parser output on our own articles equals the saved golden files.

When a parser change is intended, regenerate them with ``.venv/bin/python -m tests.ingest.helpers``
and review the diff like any other change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import OWN_ARTICLES, ROOT, extract, golden_path


@pytest.mark.parametrize("path", OWN_ARTICLES, ids=lambda p: p.name)
def test_parser_output_matches_golden_file(path: Path):
    golden = golden_path(path)
    assert golden.exists(), f"no golden file for {path.relative_to(ROOT)}: run python -m tests.ingest.helpers"
    assert extract(path) == json.loads(golden.read_text("utf-8"))
