"""The pipeline as a whole: errors, determinism, purity."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from proposals.ingest import parse
from proposals.ingest.parse import ParseError, parse_article

INGEST_MODULES = sorted(Path(parse.__file__).parent.glob("*.py"))


def _imports(path: Path) -> list[ast.ImportFrom | ast.Import]:
    tree = ast.parse(path.read_text("utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]


@pytest.mark.parametrize("path", INGEST_MODULES, ids=lambda p: p.name)
def test_no_ingest_module_imports_django(path: Path):
    imported = {alias.name for node in _imports(path) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in _imports(path) if isinstance(node, ast.ImportFrom)}
    assert not any(name.split(".")[0] == "django" for name in imported), path.name


@pytest.mark.parametrize("path", INGEST_MODULES, ids=lambda p: p.name)
def test_no_ingest_module_imports_another_modules_private_names(path: Path):
    private = [
        alias.name for node in _imports(path) if isinstance(node, ast.ImportFrom)
        for alias in node.names if alias.name.startswith("_")
    ]
    assert private == [], f"{path.name} imports {private}"


@pytest.mark.parametrize("path", INGEST_MODULES, ids=lambda p: p.name)
def test_each_ingest_module_is_small_and_says_what_it_is_for(path: Path):
    source = path.read_text("utf-8")
    assert len(source.splitlines()) <= 400, path.name
    if source.strip():
        assert ast.get_docstring(ast.parse(source)), f"{path.name} has no docstring"


@pytest.mark.parametrize(
    ("text", "code"),
    [("", "empty"), ("   \n\n ", "empty"), ("This is an English page about nothing in particular. " * 5, "not-article"),
     ("# 标题\n\n今天天气很好，我们去公园散步，看到很多花开了，非常漂亮，大家都很开心。", "no-delegates")],
)
def test_texts_that_are_not_articles_raise_a_parse_error_with_a_reason(text, code):
    with pytest.raises(ParseError) as error:
        parse_article(text)
    assert error.value.code == code
    assert "\n" not in error.value.reason


def test_parsing_is_deterministic():
    text = "# 标题\n\n自治区人大代表、某公司董事长王进平表示，要推动科技创新和产业升级。"
    assert parse_article(text) == parse_article(text)
