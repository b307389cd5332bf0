"""The layout's rules, read from the code: the site stands on ``proposals.listing``, never on the
API; the list machinery imports no Django REST framework; no module imports another's private name."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def modules(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (ROOT / folder).rglob("*.py"))


def imported(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every import in the file, relative imports resolved against its package."""
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.append((module, [alias.name for alias in node.names]))
    return found


@pytest.mark.parametrize("path", modules("proposals/views", "proposals/listing"), ids=str)
def test_the_site_and_the_list_machinery_never_import_the_api(path):
    for module, names in imported(path):
        assert not module.startswith("proposals.api"), f"{path} imports {module}"
        assert not (module == "proposals" and "api" in names), f"{path} imports proposals.api"


@pytest.mark.parametrize("path", modules("proposals/listing"), ids=str)
def test_the_list_machinery_imports_no_rest_framework(path):
    for module, _ in imported(path):
        assert not module.startswith(("rest_framework", "drf_spectacular")), f"{path} imports {module}"


@pytest.mark.parametrize("path", modules("proposals/views", "proposals/listing", "proposals/api"), ids=str)
def test_no_module_imports_a_private_name_of_another(path):
    for module, names in imported(path):
        private = [name for name in names if name.startswith("_") and name != "__future__"]
        assert not private, f"{path} imports {', '.join(private)} from {module}"
