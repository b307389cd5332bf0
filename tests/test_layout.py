"""The layout rules of the codebase, checked by reading the code (AST), so they hold from now on.

- no module of the apps over about 400 lines (migrations aside), and the ``ingest`` command short;
- no module imports another module's private (``_underscore``) name;
- the HTML site never imports the API package: both stand on ``proposals.listing``;
- nothing under ``proposals/ingest/`` imports Django (the parser is pure Python and jieba);
- every package says in its docstring what it holds.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("config", "delegates", "proposals")
MAX_LINES = 420
COMMAND_MAX_LINES = 120
SITE = ("proposals/views", "proposals/views.py", "proposals/listing", "proposals/feeds.py", "proposals/templatetags")


@dataclass(frozen=True)
class Module:
    path: Path
    name: str
    tree: ast.Module

    @property
    def rel(self) -> str:
        return self.path.relative_to(ROOT).as_posix()

    @property
    def package(self) -> str:
        return self.name if self.path.name == "__init__.py" else self.name.rpartition(".")[0]


def app_modules() -> list[Module]:
    modules = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules.append(Module(path, name, ast.parse(path.read_text("utf-8"), str(path))))
    return modules


MODULES = app_modules()


def imported(module: Module) -> list[tuple[str, list[str], int]]:
    """Every import of ``module``: (absolute module name, names taken from it, line)."""
    found = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, [], node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((base, [alias.name for alias in node.names], node.lineno))
    return found


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_modules_stay_small():
    long = {m.rel: n for m in MODULES if (n := len(m.path.read_text("utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_the_ingest_command_only_parses_arguments_and_prints_the_report():
    command = ROOT / "proposals/management/commands/ingest.py"
    assert len(command.read_text("utf-8").splitlines()) <= COMMAND_MAX_LINES


def test_no_module_imports_a_private_name_of_another():
    offences = []
    for module in MODULES:
        for source, names, line in imported(module):
            taken = [n for n in names if is_private(n)]
            if taken and source != module.name:
                offences.append(f"{module.rel}:{line} imports {', '.join(taken)} from {source}")
        aliases = {a.asname or a.name for n in ast.walk(module.tree) if isinstance(n, ast.Import) for a in n.names}
        for node in ast.walk(module.tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in aliases and is_private(node.attr)):
                offences.append(f"{module.rel}:{node.lineno} uses {node.value.id}.{node.attr}")
    assert not offences, "\n".join(offences)


def test_the_site_never_imports_the_api():
    site = [m for m in MODULES if any(m.rel == p or m.rel.startswith(p + "/") for p in SITE)]
    assert site, "the site's modules were not found"
    offences = [f"{m.rel}:{line} imports {source}" for m in site for source, _, line in imported(m)
                if source == "proposals.api" or source.startswith("proposals.api.")]
    assert not offences, "\n".join(offences)


def test_nothing_in_the_parser_imports_django():
    ingest = [m for m in MODULES if m.rel.startswith("proposals/ingest/")]
    assert len(ingest) > 3
    offences = [f"{m.rel}:{line} imports {source}" for m in ingest for source, _, line in imported(m)
                if source.split(".")[0] in {"django", "rest_framework", "delegates", "config"}
                or (source.startswith("proposals.") and not source.startswith("proposals.ingest"))]
    assert not offences, "\n".join(offences)


@pytest.mark.parametrize("package", sorted(m.rel for m in MODULES if m.path.name == "__init__.py"
                                           and "management" not in m.path.parts and "templatetags" not in m.path.parts))
def test_every_package_says_what_it_holds(package):
    tree = next(m.tree for m in MODULES if m.rel == package)
    assert ast.get_docstring(tree), f"{package} has no docstring"


def test_the_list_machinery_is_not_tied_to_the_api_framework():
    listing = [m for m in MODULES if m.rel.startswith("proposals/listing/")]
    assert listing
    offences = [f"{m.rel}:{line} imports {source}" for m in listing for source, _, line in imported(m)
                if source.split(".")[0] == "rest_framework"]
    assert not offences, "\n".join(offences)
