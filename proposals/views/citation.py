"""References to proposals as printed in newspapers, in the Chinese standard GB/T 7714-2015, and the
same facts as ``citation_*`` meta tags (what Zotero and other reference managers read).

A reference says what is known and marks only what is really unknown (报纸名不详, 日期不详). Its
link is where the article was published (``Article.url``); this site's own page stands in only when
the site is public: a reference that points at 127.0.0.1 or localhost holds for no reader.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from django.utils import timezone

from proposals.listing.links import original_url
from proposals.listing.query import proposer_links
from proposals.models import Article, Proposal

MAX_AUTHORS = 3


def is_public_url(url: str) -> bool:
    """False for links no reader can follow: loopback, private or link-local addresses, and host
    names without a dot (localhost, testserver)."""
    host = (urlsplit(url).hostname or "").strip("[]").lower()
    if not host:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "." in host and not host.endswith((".localhost", ".local", ".internal"))
    return not (address.is_loopback or address.is_private or address.is_link_local or address.is_unspecified)


def page_number(page: str) -> str:
    """版次 as the standard prints it in brackets: ``第03版`` → ``3``, ``A3版`` → ``A3``."""
    found = re.search(r"([A-Za-z]*)0*(\d+)", page or "")
    if found:
        return found.group(1).upper() + found.group(2)
    return (page or "").removeprefix("第").removesuffix("版").strip()


def authors_of(article: Article, proposal: Proposal | None) -> list[str]:
    """The delegates who made the proposal; the piece's reporters when no delegate is known."""
    if proposal is not None:
        names = [link.delegate.name for link in proposer_links(proposal)]
        if names:
            return names
    return list((proposal.reporters if proposal else None) or article.reporters or [])


def title_of(article: Article, proposal: Proposal | None) -> str:
    """The piece the proposal sits in (a page often carries several), else the page's title."""
    return (proposal.piece_title if proposal else "") or article.title


def link_of(article: Article, permalink: str) -> str:
    """The original URL when known, else this site's page if it is public, else none."""
    return original_url(article) or (permalink if is_public_url(permalink) else "")


def gbt7714(article: Article, permalink: str, *, proposal: Proposal | None = None) -> str:
    """作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取路径. — or ``[N]`` without a link.

    Authors are the proposing delegates (at most three, then 等)."""
    names = authors_of(article, proposal)
    author = ", ".join(names[:MAX_AUTHORS]) + (", 等" if len(names) > MAX_AUTHORS else "")
    link = link_of(article, permalink)
    parts = [f"{author}. " if author else ""]
    parts.append(f"{title_of(article, proposal) or '题名不详'}[{'N/OL' if link else 'N'}]. ")
    parts.append(f"{article.newspaper or '报纸名不详'}, ")
    parts.append(article.published_on.isoformat() if article.published_on else "日期不详")
    page = page_number(getattr(article, "page", ""))
    if page:
        parts.append(f"({page})")
    if link:
        parts.append(f"[{timezone.localdate().isoformat()}]. {link}")
    return "".join(parts) + "."


def citation_meta(article: Article, permalink: str, *, proposal: Proposal | None = None) -> list[tuple[str, str]]:
    """(name, content) of the page's ``<meta name="citation_…">`` tags: one ``citation_author``
    per delegate; tags whose value is unknown are left out."""
    tags = [("citation_title", title_of(article, proposal))]
    tags += [("citation_author", name) for name in authors_of(article, proposal)]
    if article.published_on:
        tags.append(("citation_date", article.published_on.strftime("%Y/%m/%d")))
    tags.append(("citation_publisher", article.newspaper))
    page = page_number(getattr(article, "page", ""))
    if page:
        tags.append(("citation_firstpage", page))
    tags.append(("citation_public_url", link_of(article, permalink)))
    return [(name, content) for name, content in tags if content]
