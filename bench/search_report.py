"""The search benchmark's write-up: its full tables for docs/search.md and a summary for
docs/benchmarks.md, each between its own markers, with the load average of the run (no Django)."""

from __future__ import annotations

import time
from pathlib import Path


def load_note(facts: dict) -> str:
    load = facts.get("load_average")
    if not load:
        return ""
    return (f"Load average (1 min) {load['start']} when measuring began, {load['end']} at the end: others' work "
            "shares the cores, so compare each figure with the `icontains` baseline of the same run.")


def replace_block(path: Path, marker: str, block: str) -> None:
    """Put ``block`` (which starts and ends with the marker's comments) in place of the old one, or at the end."""
    text = path.read_text("utf-8") if path.exists() else ""
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, "utf-8")


def write_summary(result: dict, facts: dict, path: Path) -> None:
    """The headline figures, for docs/benchmarks.md (the full tables are in docs/search.md)."""
    engine = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}[result["engine"]]
    search_ms, naive_ms = result["search"], result["icontains"]
    pages = result["pages"]
    ratio = round(search_ms["median_ms"] / naive_ms["median_ms"], 2) if naive_ms["median_ms"] else "?"
    lines = [
        f"<!-- search-bench:{result['engine']}:start -->",
        f"{engine}, {result['proposals']:,} proposals, measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
        + load_note(facts),
        "",
        "| what | median | 95th percentile |",
        "| --- | ---: | ---: |",
        f"| search, first page of ids + count ({len(result['per_query'])} queries) | {search_ms['median_ms']} ms | {search_ms['p95_ms']} ms |",
        f"| naive `icontains`, same queries | {naive_ms['median_ms']} ms | {naive_ms['p95_ms']} ms |",
        f"| search ÷ `icontains` (medians) | {ratio} | |",
    ]
    for label in ("list (no query)", "list + search"):
        if label in pages:
            lines.append(f"| page `{label}`, server time | {pages[label]['median_ms']} ms | {pages[label]['p95_ms']} ms |")
    lines += ["", f"<!-- search-bench:{result['engine']}:end -->"]
    replace_block(path, f"search-bench:{result['engine']}", "\n".join(lines))


def write_markdown(result: dict, facts: dict, path: Path) -> None:
    engine = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}[result["engine"]]
    lines = [
        f"<!-- bench:{result['engine']}:start -->",
        f"### {engine}, {result['proposals']:,} proposals",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on: {facts.get('cpu', '?')}, {facts.get('cpus')} cores, "
        f"{facts.get('memory_gib', '?')} GiB, Python {facts['python']}, "
        + (f"PostgreSQL {facts['postgresql']}" if "postgresql" in facts else f"SQLite {facts['sqlite']}")
        + f". {load_note(facts)}",
        "",
        "| what | median | 95th percentile |",
        "| --- | ---: | ---: |",
        f"| search, first page of ids + count ({len(result['per_query'])} queries) | {result['search']['median_ms']} ms | {result['search']['p95_ms']} ms |",
        f"| naive `icontains`, same queries | {result['icontains']['median_ms']} ms | {result['icontains']['p95_ms']} ms |",
    ]
    for label, page in result["pages"].items():
        lines.append(f"| page `{label}`, server time | {page['median_ms']} ms | {page['p95_ms']} ms |")
    lines += [
        "",
        "| query | search median | matches | `icontains` median | matches |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for q, r in result["per_query"].items():
        lines.append(
            f"| {q} | {r['search']['median_ms']} ms | {r['matches']} | {r['icontains']['median_ms']} ms | {r['icontains_matches']} |"
        )
    lines += ["", f"<!-- bench:{result['engine']}:end -->"]
    replace_block(path, f"bench:{result['engine']}", "\n".join(lines))
