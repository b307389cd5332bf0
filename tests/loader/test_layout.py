"""The loader's layout holds: small modules that say what they are for, a short command, and no
private name imported across modules (read from the code, not run)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

LOADER = sorted((ROOT / "proposals" / "loader").glob("*.py"))
OWNED = [*LOADER, ROOT / "proposals" / "services.py", ROOT / "proposals" / "editorial.py",
         ROOT / "proposals" / "management" / "commands" / "ingest.py"]


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", LOADER, ids=_name)
def test_each_loader_module_opens_with_a_docstring_and_stays_under_400_lines(path):
    source = path.read_text("utf-8")
    assert ast.get_docstring(ast.parse(source)), f"{_name(path)} has no docstring"
    assert len(source.splitlines()) <= 400, f"{_name(path)} is over 400 lines"


def test_the_ingest_command_stays_short():
    path = ROOT / "proposals" / "management" / "commands" / "ingest.py"
    assert len(path.read_text("utf-8").splitlines()) < 120


@pytest.mark.parametrize("path", OWNED, ids=_name)
def test_no_private_name_is_imported_from_another_module(path):
    private = [
        f"{node.module}.{alias.name}"
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]
    assert not private, f"{_name(path)} imports {private}"
