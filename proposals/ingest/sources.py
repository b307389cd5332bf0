"""Turn files, directories and standard input into decoded article text, or a one-line reason why not.

What is said beside the text travels with it as ``Hints``: a sidecar ``NAME.source`` next to
``NAME.txt`` (``source: URL``, ``title: …``, optional ``newspaper: …``, ``date: YYYY-MM-DD``) and a
saved page's ``<meta>``/OpenGraph tags; the sidecar wins over the tags.

Pure Python (charset-normalizer for encodings, BeautifulSoup for saved web pages); no Django import.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
from bs4 import BeautifulSoup

from .metadata import Hints, iso_date, read_sidecar

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
    """Expand directories recursively (sorted, article files only); keep files and ``-`` as given."""
    for argument in arguments:
        if argument == "-":
            yield argument
            continue
        path = Path(argument)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES and not child.name.startswith("."):
                    yield str(child)
        else:
            yield argument


def read_document(source: str, *, max_bytes: int, key: str | None = None, stdin: bytes | None = None) -> Document:
    """Read and decode one source. Raises ``SourceError`` with a one-line reason."""
    if source == "-":
        data = stdin if stdin is not None else sys.stdin.buffer.read()
    else:
        path = Path(source)
        if not path.exists():
            raise SourceError("missing", "no such file")
        if not path.is_file():
            raise SourceError("unreadable", "not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError("oversized", f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        try:
            data = path.read_bytes()
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


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16/32 and GB18030/GBK/GB2312, detected, not guessed."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError("undecodable", "UTF-16 byte-order mark, but the text is not valid UTF-16") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text:
            raise SourceError("binary", "binary data (NUL bytes), not text")
        return text
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise SourceError("undecodable", "binary or undecodable: no text encoding fits")
    encoding = best.encoding.lower().replace("-", "_")
    # Chinese pages labelled GBK or GB2312 often hold characters only GB18030 has: use the superset.
    if encoding in {"gbk", "gb2312", "cp936", "hz", "gb18030"}:
        encoding = "gb18030"
    if encoding.startswith(("utf_16", "utf_32")):
        text = data.decode(encoding, errors="strict")
    else:
        try:
            text = data.decode(encoding, errors="strict")
        except (UnicodeDecodeError, LookupError):
            raise SourceError("undecodable", f"cannot decode as {best.encoding}") from None
    if "\x00" in text or _control_share(text) > 0.05:
        raise SourceError("binary", "binary data, not text")
    return text


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
