"""Every file is accounted for: loops, unreadable files and folders, odd encodings and odd names."""

from __future__ import annotations

import os

import pytest

from proposals.ingest import sources
from proposals.ingest.sources import SourceError, display_path, iter_sources, read_document

ARTICLE = "全国人大代表张三说，建议加快发展新质生产力。\n"
MAX = 1_000_000


def reason(path) -> str:
    with pytest.raises(SourceError) as caught:
        read_document(str(path), max_bytes=MAX)
    return caught.value.reason


def write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- walking folders ------------------------------------------------------------------------------


def test_a_folder_yields_its_article_files_sorted_and_skips_hidden_and_other_files(tmp_path):
    for name in ("b.txt", "a.md", "sub/c.html", ".hidden.txt", "notes.pdf", ".git/x.txt"):
        write(tmp_path / name, b"x")

    assert list(iter_sources([str(tmp_path)])) == [
        str(tmp_path / "a.md"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.html")
    ]


def test_a_symlinked_folder_is_followed(tmp_path):
    write(tmp_path / "elsewhere" / "a.txt", b"x")
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "linked").symlink_to(tmp_path / "elsewhere")

    assert list(iter_sources([str(tmp_path / "root")])) == [str(tmp_path / "root" / "linked" / "a.txt")]


def test_a_folder_link_back_to_an_ancestor_is_listed_once_and_reported_as_a_loop(tmp_path):
    write(tmp_path / "root" / "sub" / "a.txt", b"x")
    loop = tmp_path / "root" / "sub" / "up"
    loop.symlink_to(tmp_path / "root")

    found = list(iter_sources([str(tmp_path / "root")]))

    assert found == [str(tmp_path / "root" / "sub" / "a.txt"), str(loop)]
    assert reason(loop).startswith("symlink loop: the folder leads back to ")


def test_a_link_to_itself_is_reported_as_a_symlink_loop(tmp_path):
    link = tmp_path / "self.txt"
    link.symlink_to(link)

    assert list(iter_sources([str(tmp_path)])) == [str(link)]
    assert reason(link).startswith("symlink loop")


def test_a_broken_link_is_reported_with_its_target(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")

    assert list(iter_sources([str(tmp_path)])) == [str(link)]
    assert reason(link) == f"broken symlink: its target {tmp_path / 'deleted.txt'} does not exist"


def test_a_folder_that_cannot_be_listed_is_reported_with_the_reason(tmp_path, monkeypatch):
    write(tmp_path / "ok.txt", b"x")
    locked = tmp_path / "locked"
    write(locked / "hidden-from-us.txt", b"x")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(sources.os, "scandir", scandir)

    assert list(iter_sources([str(tmp_path)])) == [str(locked), str(tmp_path / "ok.txt")]
    assert reason(locked) == "cannot open folder: Permission denied"


def test_a_file_that_cannot_be_read_is_reported_with_the_reason(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", ARTICLE.encode())
    real_open = open

    def refusing_open(file, *args, **kwargs):
        if os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(sources, "open", refusing_open, raising=False)

    assert reason(path) == "cannot read: Permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_real_permissions_unreadable_folder_and_file(tmp_path):
    locked = tmp_path / "locked"
    write(locked / "a.txt", b"x")
    secret = write(tmp_path / "secret.txt", ARTICLE.encode())
    locked.chmod(0)
    secret.chmod(0)
    try:
        assert str(locked) in list(iter_sources([str(tmp_path)]))
        assert reason(locked) == "cannot open folder: Permission denied"
        assert reason(secret) == "cannot read: Permission denied"
    finally:
        locked.chmod(0o755)
        secret.chmod(0o644)


def test_a_device_or_fifo_is_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    assert reason(fifo) == "not a regular file"


def test_a_missing_file_is_no_such_file(tmp_path):
    assert reason(tmp_path / "nothing.txt") == "no such file"


# --- encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be", "utf-16"])
def test_utf32_and_utf16_with_or_without_byte_order_mark_are_decoded(tmp_path, encoding):
    path = write(tmp_path / "wide.txt", ARTICLE.encode(encoding))

    assert read_document(str(path), max_bytes=MAX).text == ARTICLE


def test_a_utf32_byte_order_mark_over_invalid_data_says_utf32(tmp_path):
    path = write(tmp_path / "bad.txt", b"\xff\xfe\x00\x00" + b"\xff\xff\xff\xff" * 4)

    assert reason(path) == "UTF-32 byte-order mark, but the text is not valid UTF-32"


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["no BOM", "BOM"])
def test_utf8_cut_in_the_middle_of_a_character_is_reported_as_truncated(tmp_path, prefix):
    path = write(tmp_path / "cut.txt", prefix + ARTICLE.encode()[:-2])  # "。" is three bytes; keep one

    assert reason(path).startswith("truncated UTF-8: the file ends in the middle of a character")


def test_binary_data_is_still_binary(tmp_path):
    path = write(tmp_path / "image.txt", bytes(range(256)) * 8)

    assert "binary" in reason(path)


def test_gb18030_is_still_detected(tmp_path):
    path = write(tmp_path / "gbk.txt", (ARTICLE * 5).encode("gb18030"))

    assert read_document(str(path), max_bytes=MAX).text == ARTICLE * 5


# --- names in one-line reports --------------------------------------------------------------------


def test_a_newline_in_a_name_is_shown_escaped_on_one_line():
    assert display_path("a\nb.txt") == "a\\nb.txt"


def test_control_characters_and_undecodable_bytes_in_names_are_escaped():
    name = os.fsdecode(b"x\x1b[31m\xff.txt")

    assert display_path(name) == "x\\x1b[31m\\xff.txt"


def test_ordinary_names_including_chinese_and_spaces_are_unchanged():
    assert display_path("两会 报道/第1版.txt") == "两会 报道/第1版.txt"


def test_a_file_with_a_newline_in_its_name_is_read_like_any_other(tmp_path):
    path = write(tmp_path / "two\nlines.txt", ARTICLE.encode())

    assert list(iter_sources([str(tmp_path)])) == [str(path)]
    assert read_document(str(path), max_bytes=MAX).text == ARTICLE
