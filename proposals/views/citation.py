"""References to the articles proposals were read from, in the Chinese standard GB/T 7714-2015."""

from __future__ import annotations

from django.utils import timezone

from proposals.models import Article, Proposal


def gbt7714(article: Article, permalink: str, *, proposal: Proposal | None = None) -> str:
    """A GB/T 7714-2015 reference to a newspaper article read online: 作者. 题名[N/OL]. 报纸, 日期(栏目). 链接.

    ``permalink`` is the article's original address (``Article.url``), never this site's page: with
    none known the reference is to the printed paper (``[N]``), without a link.

    A page often carries several pieces: a proposal is cited by the piece it sits in (its title,
    byline and section), falling back to the page's."""
    reporters = (proposal.reporters if proposal else None) or article.reporters
    authors = reporters[:3]
    author = ", ".join(authors) + (", 等" if len(reporters) > 3 else "")
    parts = []
    if author:
        parts.append(f"{author}. ")
    title = (proposal.piece_title if proposal else "") or article.title or "题名不详"
    parts.append(f"{title}[N/OL]. " if permalink else f"{title}[N]. ")
    paper = article.newspaper or "报纸名不详"
    date = article.published_on.isoformat() if article.published_on else "日期不详"
    section_name = (proposal.section if proposal else "") or (article.sections[0] if article.sections else "")
    section = f"({section_name})" if section_name else ""
    parts.append(f"{paper}, {date}{section}")
    parts.append(f" [{timezone.localdate().isoformat()}]. {permalink}" if permalink else ".")
    return "".join(parts)
