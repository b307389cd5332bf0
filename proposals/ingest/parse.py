"""Read a two-sessions newspaper article: who is quoted, what they proposed, under which key task.

``parse_article(text)`` is the pipeline; each pass lives in its own module and returns frozen
dataclasses (``results``):

1. ``layout.normalize``: raw text → stored text + blocks (offsets downstream refer to it);
   ``text.simplified_view`` gives the simplified view patterns run over, offsets kept.
2. ``mentions.find_mentions``: every place a delegate is named with a role (names are judged in
   ``names``, affiliations in ``affiliations``, delegations in ``delegations``).
3. ``metadata.read_metadata`` (title, newspaper, date, page, URL: ``hints`` first, then the page)
   and ``sessions.guess_session``: the session, whose level the mentions without a level word
   take, and whose key-task plan (``Vocabulary.for_session``) classifies the proposals.
4. ``passages.find_headlines``: headline blocks that introduce a piece about delegates.
5. ``delegations.assign_header_delegations`` (the entries under a 【X代表团】 header),
   ``mentions.merge_delegates``, ``credits.read_credits``, ``passages.read_proposals`` (classified
   by ``classification``).

Pure Python plus jieba (through ``tokenizer.Segmenter``); nothing under ``proposals/ingest/``
imports Django, so it can be tested and benchmarked alone. The approach, in order of trust: the
article's markup (headings, bylines), then patterns over the role, affiliation and verb
(``自治区人大代表、ORG TITLE NAME说``, ``NAME代表：headline``, ``X市代表团NAME代表``,
``ORG TITLE NAME委员认为``), scored by whether the affiliation ends in a known job title, whether
the name has a plausible surname, and whether the same name recurs in the text. jieba's
part-of-speech tagger is not used: on real pages it splits Mongolian names (比其格图) and tags
common words as names.

The public names other code imports from here are re-exported below.
"""

from __future__ import annotations

from dataclasses import replace

from .classification import KEY_TASK_LIMIT, KEY_TASK_THRESHOLD, SECTOR_LIMIT, SECTOR_THRESHOLD, classify
from .credits import read_credits
from .delegates import fold_short_forms, merge_delegates
from .delegations import assign_header_delegations
from .later_posts import add_later_posts
from .layout import normalize
from .mentions import find_mentions
from .metadata import Hints, read_metadata, url_date
from .names import Reader, cut_off
from .passages import find_headlines, read_proposals
from .results import (
    Assignment,
    Block,
    ParsedArticle,
    ParsedDelegate,
    ParsedProposal,
    ParseError,
    SessionGuess,
)
from .sessions import guess_session, level_within
from .text import CJK_RUN_RE
from .tokenizer import Segmenter, shared_segmenter
from .unnamed import unnamed_level
from .vocabulary import Term, Vocabulary, default_vocabulary

__all__ = [
    "KEY_TASK_LIMIT", "KEY_TASK_THRESHOLD", "PARSER_VERSION", "SECTOR_LIMIT", "SECTOR_THRESHOLD", "Assignment",
    "Block", "Hints", "ParseError", "ParsedArticle", "ParsedDelegate", "ParsedProposal", "SessionGuess", "Term",
    "Vocabulary", "classify", "default_vocabulary", "parse_article",
]

PARSER_VERSION = "1.1"  # 1.1: sessions from the meeting body and 届次, metadata from sidecars, plans per session


def parse_article(raw: str, *, segmenter: Segmenter | None = None, vocabulary: Vocabulary | None = None,
                  hints: Hints | None = None) -> ParsedArticle:
    """Parse one article. ``hints``: what the user, a sidecar or meta tags say of it (title, newspaper,
    date, url, page), trusted over the text. Raises ``ParseError`` when it is empty, not Chinese, or
    names no delegate."""
    hints = hints or Hints()
    segmenter = segmenter or shared_segmenter()
    vocabulary = vocabulary or default_vocabulary()
    if not raw or not raw.strip():
        raise ParseError("empty", "the file is empty")
    cjk = sum(map(len, CJK_RUN_RE.findall(raw)))
    if cjk < 20 or cjk < len(raw.strip()) * 0.15:
        raise ParseError("not-article", "not an article: too little Chinese text")
    text, blocks = normalize(raw, segmenter)
    reader = Reader(text, blocks, segmenter, vocabulary)
    view = reader.text

    # Mentions whose role carries no level word take the session's, known only once all are read.
    mentions = [m for m in find_mentions(reader, "") if not cut_off(view, m.start, m.end)]
    metadata = read_metadata(raw, text, blocks, hints)
    session = guess_session(view, mentions, published_on=metadata.published_on, url_year=url_date(metadata.url)[1],
                            noted_year=hints.year, segmenter=segmenter)
    if session.level == "unknown":
        level = unnamed_level(view, mentions, session.posted_level or "unknown")
        posted = level == session.posted_level
        session = replace(session, level=level, region=session.posted_region if posted else session.region)
    reader.vocab = vocabulary.for_session(session.year, session.level, session.region)  # the session's own plan
    mentions = [replace(m, level=level_within(session.region, m.level or session.level)) for m in mentions]

    headlines, mentions = find_headlines(reader, blocks, mentions, session.level)
    mentions = add_later_posts(reader, fold_short_forms(assign_header_delegations(view, blocks, mentions), view))
    if not mentions:
        raise ParseError("no-delegates", "no delegate (人大代表 / 政协委员) is named in the article")

    delegates = merge_delegates(mentions, view, text)
    reporters, photographers = read_credits(text, blocks)
    proposals = read_proposals(reader, blocks, mentions, delegates, headlines)

    sections = tuple(dict.fromkeys(text[b.start : b.end] for b in blocks if b.kind == "section"))
    return ParsedArticle(
        text=text,
        title=metadata.title,
        sections=sections,
        reporters=tuple(reporters),
        photographers=tuple(photographers),
        newspaper=metadata.newspaper,
        published_on=metadata.published_on,
        url=metadata.url,
        page=metadata.page,
        session=session,
        blocks=tuple(blocks),
        delegates=tuple(delegates.values()),
        proposals=tuple(proposals),
    )
