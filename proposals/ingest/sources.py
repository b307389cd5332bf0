"""Turn files, directories and standard input into decoded article text, or a one-line reason why not.

What is said beside the text travels with it as ``Hints``: a sidecar ``NAME.source`` next to
``NAME.txt`` (``source: URL``, ``title: …``, optional ``newspaper: …``, ``date: YYYY-MM-DD``) and a
saved page's ``<meta>``/OpenGraph tags; the sidecar wins over the tags.

Pure Python (charset-normalizer for encodings, BeautifulSoup for saved web pages); no Django import.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .metadata import Hints, iso_date, read_sidecar

if TYPE_CHECKING:
    from bs4 import BeautifulSoup


TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


class SourceError(Exception):
    """A file that cannot be read as an article. ``reason`` is one line, without the file name."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class Document:
    source: str  # as the user gave it (path, "-", or a URL)
    key: str  # natural key: a re-ingested changed version of the same source updates the same article
    text: str  # decoded, HTML already reduced to text
    content_hash: str  # SHA-256 of the raw bytes (the sidecar's too, so that editing it re-reads the article)
    size: int
    hints: Hints = Hints()  # from the sidecar and meta tags; the user's options go over them


def iter_sources(arguments: Iterable[str]) -> Iterator[str]:
    """Expand directories recursively (sorted, article files only); keep files and ``-`` as given.

    Nothing is dropped without a word: a folder that cannot be listed, a symbolic link that leads
    back into a folder being walked (a loop), and a link whose target is missing or loops are
    yielded like files, and ``read_document`` then raises ``SourceError`` with the reason. Links to
    folders are followed; hidden files and folders (``.name``) and other file types are skipped.
    """
    for argument in arguments:
        if argument == "-" or not os.path.isdir(argument):
            yield argument
        else:
            yield from _walk(argument, (os.path.realpath(argument),))


def _walk(folder: str, ancestors: tuple[str, ...]) -> Iterator[str]:
    try:
        with os.scandir(folder) as listing:
            names = sorted(entry.name for entry in listing)
    except OSError:
        yield folder  # read_document says why it cannot be listed
        return
    for name in names:
        if name.startswith("."):
            continue
        child = os.path.join(folder, name)
        suffix = os.path.splitext(name)[1].lower()
        if os.path.isdir(child):
            real = os.path.realpath(child)
            if real in ancestors:
                yield child  # a loop: read_document names where it leads
            else:
                yield from _walk(child, (*ancestors, real))
        elif suffix in ARTICLE_SUFFIXES or (not suffix and os.path.islink(child) and not os.path.exists(child)):
            yield child


def display_path(path: str) -> str:
    """A file name for a one-line report: control characters (a newline in a name) and bytes that
    are not valid in the file system's encoding are shown escaped (``\\n``, ``\\x1b``, ``\\xff``)."""
    if path.isprintable():
        return path
    return "".join(_escape(character) for character in path)


def _escape(character: str) -> str:
    if character.isprintable():
        return character
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # a raw byte of the name, kept by os.fsdecode's surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return character.encode("unicode_escape").decode("ascii")


def _path_problem(source: str) -> SourceError | None:
    """Why a path cannot be read as a file (missing, a loop, a folder, a device), or None."""
    try:
        status = os.stat(source)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return SourceError("unreadable", "symlink loop: the link leads back to itself (too many levels of links)")
        if error.errno == errno.ENOENT and os.path.islink(source):
            return SourceError("missing", f"broken symlink: its target {display_path(os.readlink(source))} does not exist")
        if error.errno == errno.ENOENT:
            return SourceError("missing", "no such file")
        return SourceError("unreadable", f"cannot read: {error.strerror or error}")
    if stat.S_ISDIR(status.st_mode):
        real = os.path.realpath(source)
        if any(os.path.realpath(parent) == real for parent in Path(source).parents):
            return SourceError("unreadable", f"symlink loop: the folder leads back to {display_path(real)}; not followed")
        try:
            with os.scandir(source):
                pass
        except OSError as error:
            return SourceError("unreadable", f"cannot open folder: {error.strerror or error}")
        return SourceError("unreadable", "a folder, not a file")
    if not stat.S_ISREG(status.st_mode):
        return SourceError("unreadable", "not a regular file")
    return None


def read_document(source: str, *, max_bytes: int, key: str | None = None, stdin: bytes | None = None) -> Document:
    """Read and decode one source. Raises ``SourceError`` with a one-line reason."""
    if source == "-":
        data = stdin if stdin is not None else sys.stdin.buffer.read()
    else:
        problem = _path_problem(source)
        if problem is not None:
            raise problem
        size = os.stat(source).st_size
        if size > max_bytes:
            raise SourceError("oversized", f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        try:
            with open(source, "rb") as file:
                data = file.read()
        except OSError as error:
            raise SourceError("unreadable", f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise SourceError("oversized", f"input is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise SourceError("empty", "the file is empty")
    text = decode(data)
    is_html = Path(source).suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    canonical = None
    hints = Hints()
    if is_html:
        hints = meta_hints(text)
        text, canonical = html_to_text(text)
    sidecar = read_sidecar_of(source)
    if sidecar is not None:
        hints = read_sidecar(sidecar).over(hints)
        data_for_hash = data + b"\0" + sidecar.encode("utf-8")
    else:
        data_for_hash = data
    digest = hashlib.sha256(data_for_hash).hexdigest()
    if key is None:
        if canonical:
            key = canonical
        elif source == "-":
            key = f"stdin:{digest}"
        else:
            key = os.path.realpath(source)
    return Document(source=source, key=key, text=text, content_hash=digest, size=len(data), hints=hints)


def read_sidecar_of(source: str) -> str | None:
    """The text of ``NAME.source`` beside ``NAME.txt`` (None when there is none or it is unreadable)."""
    if source == "-":
        return None
    sidecar = Path(source).with_suffix(".source")
    try:
        return decode(sidecar.read_bytes()) if sidecar.is_file() else None
    except (OSError, SourceError):
        return None


META_NAMES = {
    "title": ("og:title", "twitter:title", "title", "articletitle", "headline"),
    "newspaper": ("og:site_name", "source", "contentsource", "mediaid", "author_source", "publisher"),
    "date": ("article:published_time", "publishdate", "pubdate", "publish_date", "date", "dc.date", "og:release_date"),
    "url": ("og:url",),
}


def meta_hints(html: str) -> Hints:
    """Title, outlet, date and address a saved page states in its ``<meta>`` and OpenGraph tags."""
    from bs4 import BeautifulSoup  # here: importing it costs every process a twentieth of a second

    soup = BeautifulSoup(html[:200_000], "html.parser")
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        name = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        content = (tag.get("content") or "").strip()
        for field, names in META_NAMES.items():
            if name in names and content and field not in found:
                found[field] = content
    url = found.get("url", "")
    return Hints(title=found.get("title", ""), newspaper=found.get("newspaper", ""),
                 date=iso_date(found.get("date", "")), url=url if re.match(r"https?://", url) else "")


# Byte-order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Without a mark, text in UTF-32 or UTF-16 shows itself by NUL bytes (the high bytes of ASCII).
WIDE_ENCODINGS = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16/32 (with or without BOM) and GB18030/GBK/GB2312,
    detected, not guessed. A UTF-8 file cut in the middle of a character is refused as truncated:
    its article is most likely cut short too, and would be stored incomplete without a word."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                if encoding == "utf-8-sig":
                    raise _utf8_error(error) from None
                name = encoding.upper()
                raise SourceError("undecodable", f"{name} byte-order mark, but the text is not valid {name}") from None
    if b"\x00" in data:
        for encoding in WIDE_ENCODINGS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _truncated(error):
            raise _utf8_error(error) from None
    else:
        if "\x00" in text:
            raise SourceError("binary", "binary data (NUL bytes), not text")
        return text
    import charset_normalizer  # only for text that is not UTF-8

    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise SourceError("undecodable", "binary or undecodable: no text encoding fits")
    encoding = best.encoding.lower().replace("-", "_")
    # Chinese pages labelled GBK or GB2312 often hold characters only GB18030 has: use the superset.
    if encoding in {"gbk", "gb2312", "cp936", "hz", "gb18030"}:
        encoding = "gb18030"
    try:
        text = data.decode(encoding, errors="strict")
    except (UnicodeDecodeError, LookupError):
        raise SourceError("undecodable", f"cannot decode as {best.encoding}") from None
    if "\x00" in text or _control_share(text) > 0.05:
        raise SourceError("binary", "binary data, not text")
    return text


def _truncated(error: UnicodeDecodeError) -> bool:
    """The only fault is an incomplete character at the very end (a download or copy cut short)."""
    return error.reason == "unexpected end of data" and error.end == len(error.object)


def _utf8_error(error: UnicodeDecodeError) -> SourceError:
    if _truncated(error):
        return SourceError(
            "truncated",
            f"truncated UTF-8: the file ends in the middle of a character (byte {error.start:,}), so it was "
            "probably cut short; save or download it again",
        )
    return SourceError("undecodable", f"not valid UTF-8 at byte {error.start:,} ({error.reason})")


def _looks_like_text(text: str) -> bool:
    """Chinese or Latin text, not binary that happens to decode: random 16-bit units are mostly
    neither, and rarely NUL-free."""
    if not text or "\x00" in text:
        return False
    sample = text[:5000]
    plausible = sum(
        1
        for ch in sample
        if ch in "\n\r\t\f"
        or " " <= ch <= "~"
        or "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or "\u2000" <= ch <= "\u206f"
        or "\u00a0" <= ch <= "\u00ff"
    )
    return plausible / len(sample) >= 0.9


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text[:5000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / min(len(text), 5000)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(?:body|article|div|p)[\s>]", head))


# Elements that never hold the article.
CLUTTER_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "template")
CLUTTER_HINTS = re.compile(r"nav|menu|footer|header|sidebar|share|comment|related|recommend|breadcrumb|ad[-_]|advert|copyright|login|toolbar", re.I)
BLOCK_TAGS = ("p", "div", "section", "li", "br", "tr", "blockquote", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td")


def html_to_text(html: str) -> tuple[str, str | None]:
    """The article in a saved web page as Markdown-ish text (headings keep their level), and its canonical URL."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    canonical = None
    link = soup.find("link", rel="canonical") or soup.find("meta", property="og:url")
    if link is not None:
        canonical = (link.get("href") or link.get("content") or "").strip() or None
    for tag in soup(CLUTTER_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is None:
            continue
        marker = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
        if tag.name not in ("body", "html", "article", "main") and CLUTTER_HINTS.search(marker):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or _densest(soup) or soup.body or soup
    # The densest block is often the text alone; its parent also holds the title and dateline.
    if root.name not in ("article", "main", "body") and root.parent is not None and root.parent.name not in ("body", "html", "[document]"):
        if root.parent.find("h1") is not None:
            root = root.parent
    title_tag = soup.find("h1")
    lines: list[str] = []
    if title_tag is not None and root.find("h1") is None:
        lines.append("# " + title_tag.get_text(" ", strip=True))
    # Every block element and <br> ends a line: older news sites put a whole article in one <div>
    # separated by <br>, newer ones in <p>s; headings keep their level as Markdown.
    for br in root.find_all("br"):
        br.replace_with("\n")
    for element in root.find_all(BLOCK_TAGS):
        if element.name and element.name[0] == "h" and element.name[1:].isdigit():
            element.insert(0, "\n" + "#" * int(element.name[1:]) + " ")
        else:
            element.insert(0, "\n")
        element.append("\n")
    for line in root.get_text().splitlines():
        line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
        if line and line.strip("#").strip():
            lines.append(line)
    return "\n\n".join(lines), canonical


def _densest(soup: BeautifulSoup):
    """The element holding the most Chinese text of its own: in its text and inline children and its
    direct paragraphs (nested blocks count for themselves). A page's article body."""
    inline = {"p", "span", "strong", "b", "em", "i", "u", "font", "a", "br", "sup", "sub"}
    best, best_score = None, 0
    for candidate in soup.find_all(["div", "section", "td"]):
        score = 0
        for child in candidate.children:
            if isinstance(child, str):
                score += len(re.findall(r"[\u4e00-\u9fff]", child))
            elif child.name in inline:
                score += len(re.findall(r"[\u4e00-\u9fff]", child.get_text()))
        if score > best_score:
            best, best_score = candidate, score
    return best
