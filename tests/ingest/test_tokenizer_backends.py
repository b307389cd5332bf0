"""rjieba and jieba give the same tokens on our corpus, so the fast engine can stand in for the slow one."""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path

import pytest

from bench.generate import generate_articles
from proposals.ingest import tokenizer
from proposals.ingest.tokenizer import Segmenter
from tests.conftest import SAMPLES_DIR, SHARED_CORPUS, TEST_ARTICLES
from tests.processes import PYTHON, ROOT, clean_env


def corpus_texts() -> list[tuple[str, str]]:
    """Every article we hold (the real page from ../shared/corpus included) and 30 generated ones."""
    paths = sorted(SAMPLES_DIR.glob("*.md")) + sorted(TEST_ARTICLES.rglob("*.txt")) + sorted(TEST_ARTICLES.rglob("*.html"))
    paths += sorted(SHARED_CORPUS.glob("*.txt"))
    assert any(p.parent == SHARED_CORPUS for p in paths), "the sample page in ../shared/corpus is missing"
    texts = [(str(p.relative_to(p.parents[1])), p.read_bytes().decode("utf-8", "replace")) for p in paths]
    texts += [(a.slug, a.text) for a in generate_articles(30, seed=21)]
    return texts


def corpus_words() -> set[str]:
    """Names and organizations from the answer keys and the generator, as the loader would add them."""
    words: set[str] = set()
    for path in list(TEST_ARTICLES.rglob("*.gold.json")) + list(SHARED_CORPUS.glob("*.gold.json")):
        data = json.loads(path.read_text("utf-8"))
        for article in data.get("articles", [data]):
            for delegate in article.get("delegates", []):
                words |= {delegate.get("name", ""), delegate.get("organization", "")}
    for article in generate_articles(30, seed=21):
        words |= {d.name for d in article.delegates} | {d.organization for d in article.delegates}
    return {w for w in words if w}


@pytest.fixture(scope="module")
def engines(tmp_path_factory) -> tuple[Segmenter, Segmenter]:
    assert tokenizer.rjieba is not None, "rjieba is a dependency (pyproject.toml) and must be installed"
    slow = Segmenter(cache_dir=tmp_path_factory.mktemp("jieba"), backend="jieba")
    fast = Segmenter(backend="rjieba")
    return slow, fast


def assert_same_tokens(slow: Segmenter, fast: Segmenter, texts: list[tuple[str, str]]) -> None:
    for name, text in texts:
        assert fast.cut(text) == slow.cut(text), f"accurate mode differs on {name}"
        assert fast.cut_for_search(text) == slow.cut_for_search(text), f"search mode differs on {name}"


def test_both_engines_give_the_same_tokens_on_the_corpus(engines):
    slow, fast = engines
    assert slow.backend == "jieba" and fast.backend == "rjieba"
    assert_same_tokens(slow, fast, corpus_texts())


def test_both_engines_give_the_same_tokens_after_names_are_added(engines):
    slow, fast = engines
    words = corpus_words()
    before = fast.cut("".join(sorted(words)))
    slow.add_words(words)
    fast.add_words(words)
    # The names changed the segmentation, so the comparison below is not of two untouched dictionaries.
    assert fast.cut("".join(sorted(words))) != before
    assert_same_tokens(slow, fast, corpus_texts())


def test_odd_characters_segment_alike():
    """Rare CJK blocks, full-width forms, emoji, control characters and mixed scripts."""
    slow, fast = Segmenter(backend="jieba"), Segmenter(backend="rjieba")
    samples = ["㐀㐁中国人民", "中国\U00020000人", "\u9fd6\u9fa5代表", "C++和C#代表", "１２３全角Ｃ语言", "a\r\nb\tc  d",
               "人民币¥100，增长3.14%", "库尔班·尼亚孜委员", "👍点赞中文", "\x00\x01", "", " ", "ß é İ ٣ ①②"]
    assert_same_tokens(slow, fast, [(repr(s), s) for s in samples])


def test_the_rjieba_engine_is_safe_to_share_between_threads():
    """rjieba refuses ("Already borrowed") to add a word while another thread segments, unless serialized."""
    segmenter = Segmenter(backend="rjieba")
    texts = [a.text for a in generate_articles(10, seed=5)]
    errors: list[BaseException] = []

    def segment() -> None:
        try:
            for _ in range(20):
                for text in texts:
                    segmenter.cut(text)
                    segmenter.cut_for_search(text)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=segment) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for i in range(3000):
            segmenter.add_words([f"测试名{i}号"])
    finally:
        for thread in threads:
            thread.join()
    assert errors == []
    assert "测试名2999号" in segmenter.cut("这是测试名2999号的文本")


def test_rjieba_is_the_default_and_the_environment_can_force_jieba(monkeypatch):
    monkeypatch.delenv("LIANGHUI_SEGMENTER", raising=False)
    assert Segmenter().backend == "rjieba"
    monkeypatch.setenv("LIANGHUI_SEGMENTER", "jieba")
    assert Segmenter().backend == "jieba"
    monkeypatch.setenv("LIANGHUI_SEGMENTER", "icu")
    with pytest.raises(ValueError, match="LIANGHUI_SEGMENTER='icu'"):
        Segmenter()


def test_without_rjieba_the_segmenter_falls_back_to_jieba(tmp_path: Path):
    """An installation without the wheel still works: the import error selects jieba."""
    blocker = tmp_path / "site"
    blocker.mkdir()
    (blocker / "rjieba.py").write_text("raise ImportError('no wheel for this platform')\n")
    code = ("from proposals.ingest.tokenizer import Segmenter, rjieba; s = Segmenter(); "
            "print(rjieba, s.backend, '/'.join(s.cut('自治区人大代表说')))")
    result = subprocess.run([PYTHON, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=clean_env(tmp_path, PYTHONPATH=f"{blocker}:{ROOT}"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["None", "jieba", "自治区/人大代表/说"]
