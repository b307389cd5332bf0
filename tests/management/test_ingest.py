"""``manage.py ingest``: its output, exit codes and every kind of bad input.

Exit codes: 0 all ingested or unchanged; 1 at least one file failed (named with its reason);
2 the command line itself is wrong.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DataError, connection

from bench.generate import write_articles
from proposals.models import Article, Proposal
from tests.conftest import ROOT, SAMPLE_ARTICLE, TEST_ARTICLES

GOOD = "# 两会报道\n\n自治区人大代表、乌海市第十二中学校长陈瑾说，建议加强京蒙教育协作，提升教师专业能力。\n"


def run(*args, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = 0
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        call_command("ingest", *args, stdout=out, stderr=err)
    except SystemExit as exit_:
        code = exit_.code
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_dry_run_json_prints_the_scorer_shape_and_writes_nothing():
    code, out, _ = run("--dry-run", "--json", str(SAMPLE_ARTICLE))
    assert code == 0
    article = json.loads(out)["articles"][0]
    assert {"source", "title", "reporters", "photographers", "delegates", "proposals"} <= set(article)
    assert len(article["delegates"]) == 15
    proposal = article["proposals"][0]
    assert {"delegates", "headline", "summary", "key_tasks", "sectors", "start", "end"} <= set(proposal)
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_report_counts_new_then_unchanged():
    code, out, _ = run(str(SAMPLE_ARTICLE))
    assert code == 0
    assert "articles: 1 new, 0 updated, 0 unchanged, 0 failed" in out
    assert "delegates: 15 new, 0 matched, 0 ambiguous" in out
    code, out, _ = run(str(SAMPLE_ARTICLE))
    assert code == 0
    assert "articles: 0 new, 0 updated, 1 unchanged, 0 failed" in out
    assert out.startswith("unchanged ")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\n\t ", "the file is empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("english.txt", b"Just an English note with no Chinese text in it at all. " * 4, "not an article"),
        ("nobody.txt", "# 天气\n\n今天天气很好，我们去公园散步，看到很多花开了，非常漂亮。".encode(), "no delegate"),
        ("bad-utf16.txt", b"\xff\xfe" + b"\x00\xd8" * 10, "UTF-16"),
    ],
)
def test_bad_input_gets_a_one_line_error_naming_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(str(path))
    assert code == 1
    line = next(line for line in err.splitlines() if str(path) in line)
    assert reason in line
    assert "Traceback" not in out + err
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_oversized_file_is_refused(tmp_path, settings):
    settings.LIANGHUI_MAX_ARTICLE_BYTES = 100
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 10, "utf-8")
    code, _, err = run(str(path))
    assert code == 1
    assert "over the 100-byte limit" in err


@pytest.mark.django_db
def test_a_folder_with_one_bad_file_ingests_the_rest_and_exits_non_zero(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    (tmp_path / "sub" / "b.md").write_text(GOOD.replace("陈瑾", "王进平"), "utf-8")
    (tmp_path / "sub" / "bad.txt").write_bytes(b"")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    code, out, _ = run(str(tmp_path))
    assert code == 1
    assert "articles: 2 new, 0 updated, 0 unchanged, 1 failed" in out
    assert f"failed: {tmp_path / 'sub' / 'bad.txt'}: the file is empty" in out


@pytest.mark.django_db
def test_standard_input(tmp_path):
    code, out, _ = run("-", stdin=GOOD.encode())
    assert code == 0
    article = Article.objects.get()
    assert article.source == "-" and article.source_key.startswith("stdin:")
    code, out, _ = run("-", "--source-key", "https://example.org/a", stdin=GOOD.encode())
    assert Article.objects.filter(source_key="https://example.org/a").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(GOOD.encode(encoding))
    code, _, err = run(str(path))
    assert code == 0, err
    assert Article.objects.get().text.startswith("两会报道")
    assert Proposal.objects.get().delegates.get().name == "陈瑾"


@pytest.mark.django_db
def test_saved_html_page_and_gb18030_file():
    code, _, err = run(str(TEST_ARTICLES / "noisy_page.html"), str(TEST_ARTICLES / "gb18030_article.txt"))
    assert code == 0, err
    html, gb = Article.objects.order_by("pk")
    for article in (html, gb):
        assert "打开网易新闻" not in article.text
        assert "<script" not in article.text
    # The same article saved twice: the second copy becomes a further source of each proposal.
    assert html.proposals.count() == 5
    assert gb.proposals.count() == 0 and gb.further_sources.count() == 5


def test_usage_errors_exit_with_two(tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("ingest", str(tmp_path))  # an empty folder: no article files
    assert error.value.returncode == 2
    with pytest.raises(CommandError) as error:
        call_command("ingest", "--jobs", "0", str(tmp_path))
    assert error.value.returncode == 2


def test_a_missing_path_is_a_failed_file_not_a_crash(tmp_path, db):
    code, out, err = run(str(tmp_path / "nope.txt"))
    assert code == 1
    assert "nope.txt: no such file" in err


def test_command_line_exit_code_and_one_line_error(tmp_path):
    """The real process: no traceback on stderr, documented exit code."""
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "manage.py", "ingest", "--dry-run", str(path)], cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"{path}: the file is empty"


@pytest.mark.django_db
def test_html_page_with_br_separated_text_and_a_dateline(tmp_path):
    """Older news sites put the article in one <div> split by <br>, the title and dateline beside it."""
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://news.example.cn/a/1.html"></head><body>'
        '<div class="nav">首页 新闻 两会</div><div class="content"><h1>代表委员热议乡村振兴</h1>'
        '<div class="info">2026-03-05 08:30 来源：人民网</div><div class="text">'
        "　　全国人大代表、河南省某村党支部书记李连成说，要发展特色产业，带动农民增收。<br><br>"
        "　　全国政协委员、某农业大学教授张福锁认为，应加强耕地保护。<br></div></div>"
        '<div class="footer">版权所有</div></body></html>',
        "utf-8",
    )
    code, _, err = run(str(page))
    assert code == 0, err
    article = Article.objects.get()
    assert (article.title, article.source_key, str(article.published_on)) == (
        "代表委员热议乡村振兴", "https://news.example.cn/a/1.html", "2026-03-05")
    assert sorted(article.mentions.values_list("name", flat=True)) == ["张福锁", "李连成"]
    assert "首页" not in article.text and "版权所有" not in article.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_default_command_reports_every_bad_file_in_its_turn_and_writes_nothing_of_them(tmp_path):
    """Batches and parse workers by default: bad files and an article the database refuses fail alone."""
    folder = tmp_path / "articles"
    good = write_articles(folder, 5, seed=7)
    (folder / "gen_7_00001a.txt").write_text("")
    (folder / "gen_7_00003a.txt").write_text("Nothing in Chinese here at all, only English words.\n")
    refused = good[3]

    def refuse(execute, sql, params, many, context):
        if sql.startswith('INSERT INTO "proposals_article" ') and str(refused) in map(str, params or ()):
            raise DataError(f"value too long for type character varying(300)\nLINE 1: {sql[:40]}")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse):
        code, out, err = run(str(folder))
    assert code == 1
    sources = sorted([*map(str, good), str(folder / "gen_7_00001a.txt"), str(folder / "gen_7_00003a.txt")])
    told = [line.split()[1].rstrip(":") for line in out.splitlines() if line.startswith("new ")]
    told += [line.split(": ")[0] for line in err.splitlines()]
    assert sorted(told) == sources, (out, err)
    # In the order of the files, each with its own one-line reason.
    failed = err.splitlines()
    assert [line.split(": ")[0] for line in failed] == sorted([str(folder / "gen_7_00001a.txt"), str(refused),
                                                             str(folder / "gen_7_00003a.txt")])
    assert failed[0].endswith(": the file is empty")
    assert failed[1].endswith(": database error (DataError): value too long for type character varying(300)")
    assert "Chinese" in failed[2]
    assert "articles: 4 new, 0 updated, 0 unchanged, 3 failed" in out
    assert sorted(Article.objects.values_list("source", flat=True)) == sorted(str(p) for p in good if p != refused)
    assert all(article.proposals.exists() for article in Article.objects.all())


@pytest.mark.django_db
def test_the_options_go_over_the_sidecar_and_the_dry_run_carries_url_and_session(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, "utf-8")
    path.with_suffix(".source").write_text("source: https://example.org/a.htm\ntitle: 旁注标题\ndate: 2021-01-20\n", "utf-8")
    code, out, _ = run("--dry-run", "--json", "--title", "给定标题", "--newspaper", "北疆晨报", str(path))
    article = json.loads(out)["articles"][0]
    assert code == 0
    assert (article["title"], article["newspaper"], article["published_on"], article["url"]) == (
        "给定标题", "北疆晨报", "2021-01-20", "https://example.org/a.htm")
    # A bare 自治区 body takes its region from the city the page names (乌海市 is in 内蒙古).
    assert article["session"] == {"year": 2021, "level": "regional", "region": "内蒙古自治区"}


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [("--date", "20-1-1", "--date: '20-1-1' is not a date"), ("--url", "localhost/a", "--url: 'localhost/a' is not")],
)
def test_a_bad_metadata_option_is_one_line_naming_it(tmp_path, option, value, message):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, "utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("ingest", "--dry-run", option, value, str(path), stdout=io.StringIO())


def test_metadata_options_need_exactly_one_source(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD, "utf-8")
    with pytest.raises(CommandError, match="need exactly one source"):
        call_command("ingest", "--dry-run", "--title", "x", str(tmp_path), stdout=io.StringIO())


def test_ingest_help_documents_the_sidecar_the_options_and_unknown_years():
    from proposals.management.commands.ingest import Command

    text = Command().create_parser("manage.py", "ingest").format_help()
    for words in ("NAME.source", "--title", "--newspaper", "--date", "--url", "年份不详", "never the current year"):
        assert words in " ".join(text.split()), words


@pytest.mark.django_db
def test_a_file_name_with_a_newline_is_reported_escaped_on_one_line(tmp_path):
    good = tmp_path / "two\nlines.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad\nname.txt"
    bad.write_bytes(b"")

    code, out, err = run(str(tmp_path))

    assert code == 1
    assert any(line.startswith("new") and "two\\nlines.txt" in line for line in out.splitlines())
    (line,) = err.splitlines()  # one line for the bad file, its name escaped
    assert line.startswith(f"{tmp_path}/bad\\nname.txt: ")
    assert f"failed: {tmp_path}/bad\\nname.txt: " in out
