"""Helpers for parser tests: parse a file the way the command does, compare with an answer key,
and regenerate golden files.

One command regenerates every golden file, the whole parser's and each pass's::

    .venv/bin/python -m tests.ingest.helpers

Review the diff like any other change: a golden file that changes is a behaviour that changed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from proposals.ingest.credits import read_credits
from proposals.ingest.delegates import merge_delegates
from proposals.ingest.layout import normalize
from proposals.ingest.mentions import find_mentions
from proposals.ingest.metadata import Hints, read_metadata
from proposals.ingest.names import Reader
from proposals.ingest.parse import ParseError, default_vocabulary, parse_article
from proposals.ingest.sessions import guess_session
from proposals.ingest.sources import read_document
from proposals.ingest.text import simplified_view
from proposals.ingest.tokenizer import shared_segmenter

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles"
GOLDEN = ROOT / "tests" / "data" / "golden"
OWN_ARTICLES = sorted(ARTICLES.glob("*.txt")) + sorted(ARTICLES.glob("*.html")) + sorted((ROOT / "samples").glob("*.md"))
# Inputs of the per-pass golden files: our own articles and short fictional pages (虚构示例) with
# the shapes one pass cares about (traditional characters, page breaks, lists, credits).
PASS_INPUTS = OWN_ARTICLES + sorted((ROOT / "tests" / "data" / "passes").glob("*.txt"))
PASS_GOLDEN = GOLDEN / "passes"


FICTIONAL_END = "\n\n虚构示例（本文为测试用虚构文章）"


def delegates_of(text: str) -> list[tuple[str, str, str]]:
    """(name, role, level) of each delegate of a short fictional article (the 虚构示例 mark added)."""
    return [(d.name, d.role, d.level) for d in parse_article(text + FICTIONAL_END).delegates]


def posted_of(text: str) -> list[tuple[str, str, str, str]]:
    """(name, role, level, affiliation) of each delegate of a short fictional article."""
    return [(d.name, d.role, d.level, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]


def names_of(text: str) -> list[str]:
    """The delegates' names of a short fictional article; [] when it names none."""
    try:
        return [d.name for d in parse_article(text + FICTIONAL_END).delegates]
    except ParseError:
        return []


def read_text(path: Path) -> str:
    return read_document(str(path), max_bytes=10_000_000).text


def extract(path: Path) -> dict:
    """The dry-run JSON of one file, with the source made relative so golden files are portable."""
    document = read_document(str(path), max_bytes=10_000_000)
    return parse_article(document.text, hints=document.hints).to_json(str(path.relative_to(ROOT)))


def golden_path(path: Path) -> Path:
    return GOLDEN / (path.name + ".json")


# -- one pass at a time ---------------------------------------------------------------------------


def text_pass(raw: str) -> dict:
    """Normalisation: the stored text, its blocks, and the characters the simplified view changes."""
    text, blocks = normalize(raw)
    view = simplified_view(text)
    return {
        "text": text,
        "blocks": [[b.kind, b.start, b.end, b.level, text[b.start : b.end][:30]] for b in blocks],
        "simplified": [[i, a, b] for i, (a, b) in enumerate(zip(text, view, strict=True)) if a != b],
    }


def _reader(raw: str) -> Reader:
    text, blocks = normalize(raw)
    return Reader(text, blocks, shared_segmenter(), default_vocabulary())


def credits_pass(raw: str) -> dict:
    text, blocks = normalize(raw)
    reporters, photographers = read_credits(text, blocks)
    return {"reporters": reporters, "photographers": photographers}


def mentions_pass(raw: str) -> dict:
    """Mentions as found (level "" where no level word was printed) and the delegates merged from them.
    Scores are left out: they rank readings, and only the readings they choose are behaviour."""
    reader = _reader(raw)
    mentions = find_mentions(reader, "")
    delegates = merge_delegates(mentions, reader.text, reader.original)
    return {
        "mentions": [{k: v for k, v in asdict(m).items() if k != "score"} for m in mentions],
        "delegates": [asdict(d) for d in delegates.values()],
    }


def metadata_pass(raw: str) -> dict:
    """Title, newspaper, date, page and URL as the page alone says them (no sidecar, no options)."""
    text, blocks = normalize(raw)
    return asdict(read_metadata(raw, text, blocks, Hints()))


def sessions_pass(raw: str) -> dict:
    reader = _reader(raw)
    published_on = read_metadata(raw, reader.original, reader.blocks, Hints()).published_on
    session = guess_session(reader.text, find_mentions(reader, ""), published_on=published_on)
    return {"session": asdict(session), "published_on": published_on}


PASSES: dict[str, Callable[[str], dict]] = {
    "text": text_pass,
    "credits": credits_pass,
    "mentions": mentions_pass,
    "sessions": sessions_pass,
    "metadata": metadata_pass,
}


def pass_golden_path(name: str, path: Path) -> Path:
    return PASS_GOLDEN / name / (path.name + ".json")


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def regenerate() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for path in OWN_ARTICLES:
        golden_path(path).write_text(dump(extract(path)), "utf-8")
        print("wrote", golden_path(path).relative_to(ROOT))
    for name, run in PASSES.items():
        (PASS_GOLDEN / name).mkdir(parents=True, exist_ok=True)
        for path in PASS_INPUTS:
            target = pass_golden_path(name, path)
            target.write_text(dump(run(read_text(path))), "utf-8")
            print("wrote", target.relative_to(ROOT))


def answer_keys() -> list[Path]:
    return sorted(ARTICLES.glob("*.gold.json")) + sorted((ARTICLES / "blind2").glob("*.gold.json"))


def article_of(key: Path) -> Path:
    return (key.parent / json.loads(key.read_text("utf-8"))["file"]).resolve()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    regenerate()
