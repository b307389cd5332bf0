"""An article's page, and its text as marked-up HTML: attributed passages highlighted and anchored,
delegates' names linked to their pages (the proposal page shows its passage the same way)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from delegates.models import Delegate
from proposals import selectors
from proposals.models import Article


def render_article_body(
    article: Article,
    *,
    passages: list[tuple[int, int, int]],
    mentions: list,
    anchor_prefix: str = "proposal",
    skip_title: bool = False,
) -> list[dict]:
    """The article's blocks as escaped HTML: passages in ``<mark>`` (the first piece of each carries
    its anchor), delegate names linked to their pages."""
    text = article.text
    names = sorted({m.name: m.delegate for m in mentions if m.name}.items(), key=lambda item: -len(item[0]))
    blocks = article.blocks or [["para", 0, len(text), 0]]
    anchored: set[int] = set()
    out = []
    for kind, start, end, level in blocks:
        if start >= end or (
            skip_title and kind == "title" and text[start:end].strip() == article.title.strip()
        ):
            continue
        pieces = _decorate(text, start, end, passages, names, anchored, anchor_prefix)
        tag = {
            "title": "p",
            "subtitle": "p",
            "section": "p",
            "heading": "h3",
            "byline": "p",
            "caption": "p",
            "credit": "p",
        }.get(kind, "p")
        out.append({"kind": kind, "tag": tag, "html": pieces, "level": level})
    return out


def _decorate(
    text: str, start: int, end: int, passages, names, anchored: set[int], anchor_prefix: str
) -> SafeString:
    links: list[tuple[int, int, Delegate]] = []
    segment = text[start:end]
    taken: list[tuple[int, int]] = []
    for name, delegate in names:
        position = segment.find(name)
        while position >= 0:
            s, e = start + position, start + position + len(name)
            if not any(a < e and s < b for a, b in taken):
                taken.append((s, e))
                links.append((s, e, delegate))
            position = segment.find(name, position + len(name))
    cuts = {start, end}
    for s, e, _ in passages:
        if s < end and start < e:
            cuts.update((max(s, start), min(e, end)))
    for s, e, _ in links:
        cuts.update((s, e))
    points = sorted(cuts)
    html_parts = []
    for a, b in zip(points, points[1:], strict=False):
        piece = escape(text[a:b])
        link = next((d for s, e, d in links if s <= a and b <= e), None)
        if link is not None:
            piece = (
                f'<a class="name" href="{reverse("proposals:delegate_detail", args=[link.pk])}">{piece}</a>'
            )
        passage = next((pk for s, e, pk in passages if s <= a and b <= e), None)
        if passage is not None:
            anchor = ""
            if passage not in anchored:
                anchored.add(passage)
                anchor = (
                    f' id="{anchor_prefix}-{passage}"' if anchor_prefix == "proposal" else ' id="passage"'
                )
            piece = f'<mark class="passage"{anchor} data-proposal="{passage}">{piece}</mark>'
        html_parts.append(piece)
    return mark_safe("".join(html_parts))  # text pieces are escaped above; tags are ours


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = selectors.article_for_page(pk)
    proposals = selectors.article_proposals(article)
    mentions = list(article.mentions.all())
    full_text = settings.LIANGHUI_PUBLIC_FULL_TEXT
    passages = [(p.start, p.end, p.pk) for p in proposals if 0 <= p.start < p.end <= len(article.text)]
    context = {
        "article": article,
        "proposals": [selectors.proposal_row(p) for p in proposals],
        "mentions": mentions,
        "full_text": full_text,
        "body": render_article_body(article, passages=passages, mentions=mentions, skip_title=True)
        if full_text
        else None,
        "q": "",
    }
    return render(request, "proposals/article_detail.html", context)
