"""Read a two-sessions newspaper article: who is quoted, what they proposed, under which key task.

``parse_article(text)`` is the pipeline; each pass lives in its own module and returns frozen
dataclasses (``results``):

1. ``layout.normalize``: raw text → stored text + blocks (offsets downstream refer to it);
   ``text.simplified_view`` gives the simplified view patterns run over, offsets kept.
2. ``mentions.find_mentions``: every place a delegate is named with a role (names are judged in
   ``names``, affiliations in ``affiliations``, delegations in ``delegations``).
3. ``sessions.guess_session``: the session, whose level the mentions without a level word take.
4. ``passages.find_headlines``: headline blocks that introduce a piece about delegates.
5. ``mentions.merge_delegates``, ``credits.read_credits``, ``passages.read_proposals`` (classified
   by ``classification``), and the page's title, newspaper and date.

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
from .delegates import merge_delegates
from .layout import normalize
from .mentions import find_mentions
from .names import Reader
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
from .sessions import NEWSPAPER_RE, guess_session, level_from_delegations, level_within, published_on
from .text import CJK_RUN_RE
from .tokenizer import Segmenter, shared_segmenter
from .vocabulary import Term, Vocabulary, default_vocabulary

__all__ = [
    "KEY_TASK_LIMIT", "KEY_TASK_THRESHOLD", "PARSER_VERSION", "SECTOR_LIMIT", "SECTOR_THRESHOLD", "Assignment",
    "Block", "ParseError", "ParsedArticle", "ParsedDelegate", "ParsedProposal", "SessionGuess", "Term",
    "Vocabulary", "classify", "default_vocabulary", "parse_article",
]

PARSER_VERSION = "1.0"


def parse_article(raw: str, *, segmenter: Segmenter | None = None, vocabulary: Vocabulary | None = None) -> ParsedArticle:
    """Parse one article. Raises ``ParseError`` when it is empty, not Chinese, or names no delegate."""
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
    mentions = find_mentions(reader, "")
    session = guess_session(view, mentions)
    if session.level == "unknown":
        session = replace(session, level=level_from_delegations(mentions))
    mentions = [replace(m, level=level_within(session.region, m.level or session.level)) for m in mentions]

    headlines, mentions = find_headlines(reader, blocks, mentions, session.level)
    if not mentions:
        raise ParseError("no-delegates", "no delegate (人大代表 / 政协委员) is named in the article")

    delegates = merge_delegates(mentions, view, text)
    reporters, photographers = read_credits(text, blocks)
    proposals = read_proposals(reader, blocks, mentions, delegates, headlines)

    sections = tuple(dict.fromkeys(text[b.start : b.end] for b in blocks if b.kind == "section"))
    title = next((text[b.start : b.end] for b in blocks if b.kind == "title" and b.level == 1), "")
    title = title or next((text[b.start : b.end] for b in blocks if b.kind == "title"), "")
    if not title:
        title = next((text[b.start : b.end] for b in blocks if b.kind in ("subtitle", "heading")), "")
    newspaper_match = NEWSPAPER_RE.search(raw[:600])  # the raw head: 来源 lines are clutter once read
    newspaper = next((g for g in newspaper_match.groups() if g), "") if newspaper_match else ""
    return ParsedArticle(
        text=text,
        title=title,
        sections=sections,
        reporters=tuple(reporters),
        photographers=tuple(photographers),
        newspaper=newspaper,
        published_on=published_on(raw.lstrip("\ufeff")),
        session=session,
        blocks=tuple(blocks),
        delegates=tuple(delegates.values()),
        proposals=tuple(proposals),
    )
