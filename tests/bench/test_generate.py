"""The fictional-article generator: deterministic, marked as fiction, varied, and read by the parser."""

from __future__ import annotations

import subprocess
from collections import Counter

import pytest

from bench.generate import FICTION_MARK, generate_article, generate_articles, population, write_articles
from proposals.ingest.parse import parse_article
from tests.processes import PYTHON, ROOT

SHAPES = {"role-first", "quote-first", "title-first", "headline", "caption", "list"}


def test_the_same_seed_gives_the_same_articles_and_article_i_does_not_depend_on_the_count():
    first = [a.text for a in generate_articles(30, seed=3)]
    again = [a.text for a in generate_articles(30, seed=3)]
    assert first == again
    assert generate_article(17, seed=3).text == first[17]
    assert [a.text for a in generate_articles(5, seed=3, start=10)] == first[10:15]
    assert [a.text for a in generate_articles(30, seed=4)] != first


def test_every_article_is_marked_as_fiction_on_its_first_and_last_line():
    for article in generate_articles(40, seed=1):
        lines = article.text.strip().splitlines()
        assert lines[0] == FICTION_MARK and lines[-1] == FICTION_MARK


def test_a_series_covers_every_shape_level_and_name_kind():
    articles = list(generate_articles(80, seed=2))
    shapes = Counter(d.shape for a in articles for d in a.delegates)
    assert set(shapes) == SHAPES
    assert {a.level for a in articles} == {"national", "regional", "provincial", "municipal", "county"}
    names = [d.name for a in articles for d in a.delegates]
    assert any("·" in n for n in names), "no transliterated name with a middle dot"
    assert any(n[:2] in {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "司徒", "夏侯", "端木"} for n in names)
    assert any(len(n) >= 4 and "·" not in n for n in names), "no long (Mongolian) name"
    # People recur across articles, as they do in a real archive.
    assert max(Counter(names).values()) > 1


def test_the_cast_has_unique_names_per_level():
    for people in population(5).values():
        assert len({p.name for p in people}) == len(people)


def test_the_parser_finds_the_generated_delegates():
    """The genre is close enough to real pages for the parser: the benchmark measures real work."""
    expected = found = 0
    for article in generate_articles(40, seed=11):
        parsed = parse_article(article.text)
        assert parsed.proposals, article.slug
        names = {d.name for d in parsed.delegates}
        expected += len(article.delegates)
        found += sum(d.name in names for d in article.delegates)
    assert found >= 0.9 * expected, f"{found} of {expected} generated delegates found"


def test_write_articles_writes_utf8_files(tmp_path):
    paths = write_articles(tmp_path / "out", 6, seed=9)
    assert [p.name for p in paths] == [a.filename for a in generate_articles(6, seed=9)]
    assert paths[2].read_text("utf-8") == generate_article(2, seed=9).text


@pytest.mark.parametrize("arguments", [["--count", "0"], ["--count", "many"]])
def test_the_command_line_refuses_a_bad_count(tmp_path, arguments):
    result = subprocess.run([PYTHON, "-m", "bench.generate", str(tmp_path), *arguments], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "--count" in result.stderr and "Traceback" not in result.stderr
