"""Chinese full-text search over proposals, delegates and articles, on PostgreSQL and on SQLite.

The one module that knows how search works; pages, the API and ingestion call only its public
functions: ``index_article``, ``index_proposals``, ``index_delegates``, ``index_articles``,
``search_proposals``, ``search_delegates``, ``search_articles``, ``snippet`` and ``reindex_all``.

How it works. Neither engine segments Chinese, so we do: every document is converted to simplified
characters (OpenCC t2s), segmented by the shared jieba segmenter in search mode (商业航天 → 商业,
航天, 商业航天), and the words are stored space-joined in a ``*SearchDocument`` row. The engine
indexes that column (migration 0003): PostgreSQL as a stored ``tsvector`` ('simple' config) with a
GIN index, SQLite as an FTS5 table. A query goes through the same conversion and segmentation; each
query word must be present, either whole or as all of its search-mode sub-words.

Ranking costs a few microseconds per matching row, so only the newest ``RANK_CANDIDATES`` matches
within the caller's queryset are ranked (a word found in most of the archive would otherwise cost a
quarter of a second); the rest are not returned. Delegate names, organizations and key-task phrases
are added to the segmenter's dictionary so they are never split; words added to the dictionary
change the tokens, so ``manage.py reindex`` must run after dictionary changes.
"""

from __future__ import annotations

import html
import json
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TypeVar

from django.db import connection, transaction
from django.db.models import BooleanField, Expression, F, FloatField, Model, QuerySet
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from opencc import OpenCC

from delegates.models import Delegate, DelegateAlias, Membership, Role
from delegates.services import syllables_of

from . import bulk
from .ingest.tokenizer import Segmenter
from .models import (
    Article,
    ArticleMention,
    ArticleSearchDocument,
    DelegateSearchDocument,
    KeyTask,
    Proposal,
    ProposalSearchDocument,
    ProposalSource,
    Topic,
)

# Matches beyond this many (within the caller's filters) are not ranked or returned: the newest are
# kept. Ranking is ~3.6 µs a row on PostgreSQL, so this bounds a query to a few milliseconds.
RANK_CANDIDATES = 1000
# Longer queries are cut: a pasted paragraph still searches, on its first words.
MAX_QUERY_CHARS = 100
MAX_QUERY_WORDS = 12
# Very common words that make a query match everything; dropped when the query has other words.
QUERY_STOPWORDS = frozenset("的 了 和 与 及 在 是 对 等 或 并 也 为 将 把 被 有 中 上 下 之 而 其".split())
# Headline, names and classes count twice: a word in the headline outranks one deep in a passage.
BOOST = 2
BATCH = 500

T = TypeVar("T")
_WORD = re.compile(r"[^\W_]+")
_ROLE_LABELS = {role.value: str(role.label) for role in Role}
_ASCII_WORD = re.compile(r"[0-9a-z]+")


# --------------------------------------------------------------------------------------------------
# Text normalization and segmentation

_segmenter_lock = threading.Lock()
_segmenter_instance: Segmenter | None = None


def search_segmenter() -> Segmenter:
    """The search's own segmenter: the project's dictionary plus every name and phrase on record.

    Not the parser's ``shared_segmenter()``: the parser classifies by segmented words, and teaching
    it names as they are ingested would make its output depend on what was ingested before.
    """
    global _segmenter_instance
    with _segmenter_lock:
        if _segmenter_instance is None:
            _segmenter_instance = Segmenter()
        return _segmenter_instance


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_characters() -> frozenset[str]:
    """Characters that OpenCC's t2s would change, alone or inside a phrase."""
    import opencc

    directory = Path(opencc.__file__).with_name("dictionary")
    found: set[str] = set()
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        for line in (directory / name).read_text("utf-8").splitlines():
            key, _, values = line.partition("\t")
            value = values.split(" ")[0]
            found.update(k for k, v in zip(key, value, strict=False) if k != v)
            if len(key) != len(value):
                found.update(key)
    return frozenset(found)


def normalize(text: str) -> str:
    """Full-width forms folded (ＡＢＣ → abc), traditional characters made simplified, lower case."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    # OpenCC (pure Python) is the slow part of indexing: most text has nothing for it to change.
    if not _traditional_characters().isdisjoint(text):
        text = _to_simplified(text)
    return text.lower()


def _to_simplified(text: str) -> str:
    """``OpenCC("t2s").convert``, run only on the stretches that hold a traditional character.

    OpenCC itself cuts the text at punctuation and spaces and converts each stretch alone; a stretch
    with none of ``_traditional_characters()`` comes out unchanged, so it is skipped, not converted.
    """
    converter, traditional = _t2s(), _traditional_characters()
    pieces = converter.split_chars_re.split(text)
    for i in range(0, len(pieces), 2):  # odd positions hold the separators
        if not traditional.isdisjoint(pieces[i]):
            pieces[i] = converter.convert(pieces[i])
    return "".join(pieces)


def _pieces(token: str) -> list[str]:
    # Both engines split on anything that is not a letter or digit; doing it here keeps the query
    # and the document split the same way (库尔班·尼亚孜 → 库尔班, 尼亚孜).
    return _WORD.findall(token)


def tokenize(text: str) -> list[str]:
    """A document's index words: normalized, segmented in search mode, punctuation dropped."""
    text = normalize(text)
    if not text:
        return []
    _vocabulary.ensure()
    return _words_of_tokens(search_segmenter().cut_for_search(text))


def _words_of_tokens(tokens: Sequence[str]) -> list[str]:
    """The words of each token in turn (``_pieces``). ``str.isalnum`` is exactly the character class
    of ``_WORD``, so a token of letters and digits is one word as it stands, and a lone punctuation
    mark none; only the rare mixed token goes through the pattern."""
    words: list[str] = []
    for token in tokens:
        if token.isalnum():
            words.append(token)
        elif len(token) > 1:
            words.extend(_WORD.findall(token))
    return words


# A private-use character: never in the segmenter's word classes, so both engines end a stretch of
# text there and yield it as a token of its own; texts joined by it are segmented independently.
_BOUNDARY = "\ue000"


def tokenize_many(texts: Sequence[str]) -> list[list[str]]:
    """``[tokenize(t) for t in texts]`` in one call to the segmenter (indexing cuts tens of
    thousands of short texts, where each call's own cost outweighed the segmenting)."""
    normalized = [normalize(text) for text in texts]
    if any(_BOUNDARY in text for text in normalized):
        return [tokenize(text) for text in texts]
    _vocabulary.ensure()
    tokens = search_segmenter().cut_for_search(_BOUNDARY.join(normalized))
    result: list[list[str]] = []
    start = 0
    for _ in range(len(texts) - 1):
        try:
            end = tokens.index(_BOUNDARY, start)
        except ValueError:
            break  # fewer boundaries than expected: checked below
        result.append(_words_of_tokens(tokens[start:end]))
        start = end + 1
    result.append(_words_of_tokens(tokens[start:]))
    if len(result) != len(texts):  # a segmenter that merged the boundary into a word
        return [tokenize(text) for text in texts]
    return result


def _tokenized_together(build: Callable[[Callable[[str], list[str]]], T]) -> T:
    """``build(tokenize)``, with every text it tokenizes cut in one ``tokenize_many`` call.

    ``build`` runs twice: first to learn its texts (each tokenized to nothing), then with their
    words. It must ask for the same texts both times, and do nothing else that counts.
    """
    wanted: dict[str, None] = {}

    def collect(text: str) -> list[str]:
        wanted[text] = None
        return []

    build(collect)
    texts = list(wanted)
    words = dict(zip(texts, tokenize_many(texts), strict=True))
    return build(words.__getitem__)


@dataclass(frozen=True)
class Term:
    """One query word. A document matches when it has ``word`` (or a word starting with it, when
    ``prefix``), or else all of ``parts``: the word's own search-mode sub-words (商业航天 → 商业 +
    航天), or, when ``phrase``, its characters side by side (算力 where the dictionary lacks it)."""

    word: str
    prefix: bool = False
    parts: tuple[str, ...] = ()
    phrase: bool = False


def _is_cjk(word: str) -> bool:
    return all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in word)


def parse_query(q: str | None, *, refresh: bool = True) -> list[Term]:
    """The words a query must match; empty for an empty or punctuation-only query.

    ``refresh`` first teaches the segmenter names added since it last looked (one query).
    """
    text = normalize((q or "").strip()[: MAX_QUERY_CHARS * 2])[:MAX_QUERY_CHARS]
    if not _WORD.search(text):
        return []
    if refresh:
        _vocabulary.refresh()
    else:
        _vocabulary.ensure()
    segmenter = search_segmenter()
    # Words in order; a run of single Chinese characters (a word the dictionary lacks) stays one phrase.
    groups: list[list[str]] = []
    previous_single = False
    for chunk in re.split(r"\s+", text):
        previous_single = False
        for token in segmenter.cut(chunk):
            for piece in _pieces(token):
                single = len(piece) == 1 and _is_cjk(piece)
                if single and previous_single and piece not in QUERY_STOPWORDS:
                    groups[-1].append(piece)
                else:
                    groups.append([piece])
                previous_single = single and piece not in QUERY_STOPWORDS
    words = [group for group in groups if "".join(group)]
    if any("".join(g) not in QUERY_STOPWORDS for g in words):
        words = [g for g in words if "".join(g) not in QUERY_STOPWORDS]
    terms: list[Term] = []
    for group in words:
        word = "".join(group)
        if any(t.word == word for t in terms):
            continue
        if len(group) > 1:
            terms.append(Term(word, parts=tuple(group), phrase=True))
            continue
        ascii_word = _ASCII_WORD.fullmatch(word) is not None
        # A Latin word may be the start of a pinyin name (zhao → zhaoyong); a lone character the
        # start of a word (水 → 水利).
        prefix = ascii_word or len(word) == 1
        parts: tuple[str, ...] = ()
        if len(word) > 2 and not ascii_word:
            sub: list[str] = []
            for token in segmenter.cut_for_search(word):
                for piece in _pieces(token):
                    if piece != word and piece not in sub:
                        sub.append(piece)
            # Only when the sub-words cover the whole word: 商业航天 → 商业 + 航天.
            if sub and set("".join(sub)) >= set(word):
                parts = tuple(sub)
        terms.append(Term(word, prefix, parts))
    return terms[:MAX_QUERY_WORDS]


# --------------------------------------------------------------------------------------------------
# The segmenter's dictionary: names and phrases that must never be split


class _Vocabulary:
    """Adds delegate names, aliases, organizations and key-task / sector phrases to the segmenter.

    Loaded once per process, then topped up with rows added since (one cheap query per search), so
    a web process learns names another process ingested.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: tuple | None = None

    def _marks(self) -> tuple:
        # One query: the newest row of each table the words come from.
        parts = [
            (Delegate, "id"),
            (DelegateAlias, "id"),
            (Membership, "updated_at"),
            (KeyTask, "id"),
            (Topic, "id"),
        ]
        sql = "SELECT " + ", ".join(
            f"(SELECT MAX({column}) FROM {model._meta.db_table})" for model, column in parts
        )
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return tuple(cursor.fetchone())

    def ensure(self) -> None:
        if self._seen is None:
            self.refresh()

    def refresh(self) -> None:
        marks = self._marks()
        with self._lock:
            if marks == self._seen:
                return
            self._seen = marks
        words: set[str] = set()
        words.update(Delegate.objects.values_list("name", flat=True))
        words.update(DelegateAlias.objects.values_list("name", flat=True))
        for organization, delegation in Membership.objects.values_list("organization", "delegation"):
            words.update((organization, delegation))
        for task in KeyTask.objects.all():
            words.update((task.name, task.short_name, *task.phrases, *task.keywords))
        for name, keywords in Topic.objects.values_list("name", "keywords"):
            words.update((name, *keywords))
        add_words(words)

    def forget(self) -> None:
        with self._lock:
            self._seen = None


_vocabulary = _Vocabulary()


def add_words(words: Iterable[str]) -> None:
    """Teach the segmenter words that must stay whole (normalized like the text they will meet)."""
    search_segmenter().add_words({normalize(w).strip() for w in words if w and w.strip()})


# --------------------------------------------------------------------------------------------------
# Building documents


def _join(*parts: Iterable[str]) -> str:
    return " ".join(chain.from_iterable(parts))


def _delegate_name_words(delegate: Delegate, words: Callable[[str], list[str]] = tokenize) -> list[str]:
    return _name_words(delegate.name, [a.name for a in delegate.aliases.all()], delegate.pinyin, words)


def _name_words(name: str, aliases: Sequence[str], pinyin: str, words_of: Callable[[str], list[str]] = tokenize) -> list[str]:
    words: list[str] = []
    for each in (name, *aliases):
        plain = normalize(each)
        words.extend(words_of(each))
        compact = "".join(_pieces(plain))
        # Partial names (勇, 赵勇 within 赵勇军) and pinyin (zhaoyong, zhao yong).
        words.extend(compact[i : i + n] for n in (1, 2) for i in range(len(compact) - n + 1))
        syllables = [s.lower() for s in syllables_of(compact) if _ASCII_WORD.fullmatch(s.lower())]
        words.extend(["".join(syllables), *syllables])
    if pinyin:
        words.append(pinyin.lower())
    return [w for w in words if w]


def _proposal_tokens(proposal: Proposal, words: Callable[[str], list[str]] = tokenize) -> str:
    people = [link.delegate for link in proposal.proposaldelegate_set.all()]
    classes = [f"{link.key_task.name} {link.key_task.short_name}" for link in proposal.key_task_links.all()]
    classes += [link.topic.name for link in proposal.topic_links.all()]
    return _proposal_tokens_of(
        proposal,
        [(_delegate_name_words(person, words), person.memberships.all()) for person in people],
        classes,
        words,
    )


def _proposal_tokens_of(proposal: Proposal, people: Sequence[tuple[list[str], Iterable[Membership]]],
                        classes: Sequence[str], words: Callable[[str], list[str]] = tokenize) -> str:
    names = [w for name_words, _ in people for w in name_words]
    affiliations = [f"{m.affiliation} {m.organization} {m.delegation}" for _, memberships in people for m in memberships]
    return _join(
        words(proposal.headline) * BOOST,
        words(proposal.summary),
        words(proposal.passage),
        names * BOOST,
        words(" ".join(affiliations)),
        words(" ".join(classes)),
    )


def _delegate_tokens(delegate: Delegate, words: Callable[[str], list[str]] = tokenize) -> str:
    return _delegate_tokens_of(delegate, _delegate_name_words(delegate, words), delegate.memberships.all(), words)


def _delegate_tokens_of(delegate: Delegate, name_words: list[str], memberships: Iterable[Membership],
                        words: Callable[[str], list[str]] = tokenize) -> str:
    # The role's label as ``get_role_display()`` prints it, without that method's per-call lookup.
    described = [
        f"{m.affiliation} {m.organization} {m.title} {m.delegation} {_ROLE_LABELS.get(m.role, m.role)}" for m in memberships
    ]
    return _join(name_words * BOOST, words(delegate.disambiguation), words(" ".join(described)))


def _article_tokens(article: Article, words: Callable[[str], list[str]] = tokenize) -> str:
    return _join(words(article.title) * BOOST, words(" ".join(article.sections)), words(article.text))


def _write(document_model: type[Model], key: str, tokens: dict[int, str], *, new: bool = False) -> int:
    """Upsert the documents whose tokens changed (all of them when ``new``: none exists yet);
    returns how many were written."""
    if not tokens:
        return 0
    if not new:
        current = dict(document_model.objects.filter(**{f"{key}__in": list(tokens)}).values_list(key, "tokens"))
        tokens = {pk: text for pk, text in tokens.items() if current.get(pk) != text}
    now = timezone.now()
    bulk.insert_rows(document_model, (key, "tokens", "indexed_at"), [(pk, text, now) for pk, text in tokens.items()],
                     unique=() if new else (key,), update=() if new else ("tokens", "indexed_at"))
    return len(tokens)


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ids = sorted(set(ids))
    for i in range(0, len(ids), BATCH):
        yield ids[i : i + BATCH]


def index_proposals(ids: Iterable[int]) -> int:
    """(Re)index these proposals; returns how many documents changed."""
    _vocabulary.ensure()
    written = 0
    for chunk in _chunks(ids):
        proposals = Proposal.objects.filter(pk__in=chunk).prefetch_related(
            "proposaldelegate_set__delegate__aliases",
            "proposaldelegate_set__delegate__memberships",
            "key_task_links__key_task",
            "topic_links__topic",
        )
        written += _write(ProposalSearchDocument, "proposal", _tokenized_together(
            lambda words, proposals=proposals: {p.pk: _proposal_tokens(p, words) for p in proposals}
        ))
    return written


def index_delegates(ids: Iterable[int]) -> int:
    """(Re)index these delegates, teaching the segmenter their names first."""
    written = 0
    for chunk in _chunks(ids):
        delegates = list(Delegate.objects.filter(pk__in=chunk).prefetch_related("aliases", "memberships"))
        add_words(
            [d.name for d in delegates]
            + [a.name for d in delegates for a in d.aliases.all()]
            + [m.organization for d in delegates for m in d.memberships.all()]
        )
        written += _write(DelegateSearchDocument, "delegate", _tokenized_together(
            lambda words, delegates=delegates: {d.pk: _delegate_tokens(d, words) for d in delegates}
        ))
    return written


def index_articles(ids: Iterable[int]) -> int:
    """(Re)index these articles' own text."""
    _vocabulary.ensure()
    written = 0
    for chunk in _chunks(ids):
        articles = Article.objects.filter(pk__in=chunk).only("pk", "title", "sections", "text")
        written += _write(ArticleSearchDocument, "article", _tokenized_together(
            lambda words, articles=articles: {a.pk: _article_tokens(a, words) for a in articles}
        ))
    return written


def index_article(article: Article) -> None:
    """Reindex an article just written, with its proposals and the delegates it names."""
    delegate_ids = set(ArticleMention.objects.filter(article=article).values_list("delegate_id", flat=True))
    proposal_ids = set(Proposal.objects.filter(article=article).values_list("pk", flat=True))
    proposal_ids |= set(ProposalSource.objects.filter(article=article).values_list("proposal_id", flat=True))
    delegate_ids |= set(
        Proposal.delegates.through.objects.filter(proposal_id__in=proposal_ids).values_list(
            "delegate_id", flat=True
        )
    )
    # Delegates first: their names join the dictionary before the proposals are segmented.
    index_delegates(delegate_ids)
    index_proposals(proposal_ids)
    index_articles([article.pk])


def index_written(*, people: Sequence[tuple[Delegate, Sequence[str], Sequence[Membership]]],
                  proposals: Sequence[tuple[Proposal, Sequence[int], Sequence[str]]],
                  articles: Sequence[Article]) -> None:
    """Index what a bulk load just wrote, from the objects in hand instead of reading them back.

    ``people``: each delegate with its aliases' names and all its memberships, in the database's
    order (``Membership.Meta.ordering``); ``proposals``: each proposal with its proposers' ids in
    order (all among ``people``) and its class names (key tasks' "name short_name", then sectors'
    names, by rank). The documents are those ``index_delegates`` and ``index_proposals`` write.
    The proposals and articles must be new: their documents are inserted, not compared.
    """
    add_words(
        [d.name for d, _, _ in people] + [a for _, aliases, _ in people for a in aliases]
        + [m.organization for _, _, memberships in people for m in memberships]
    )
    held = {d.pk: memberships for d, _, memberships in people}

    def documents(words: Callable[[str], list[str]]) -> tuple[dict, dict, dict]:
        name_words = {d.pk: _name_words(d.name, aliases, d.pinyin, words) for d, aliases, _ in people}
        return (
            {d.pk: _delegate_tokens_of(d, name_words[d.pk], memberships, words) for d, _, memberships in people},
            {p.pk: _proposal_tokens_of(p, [(name_words[i], held[i]) for i in proposers], classes, words)
             for p, proposers, classes in proposals},
            {a.pk: _article_tokens(a, words) for a in articles},
        )

    delegate_documents, proposal_documents, article_documents = _tokenized_together(documents)
    _write(DelegateSearchDocument, "delegate", delegate_documents)
    _write(ProposalSearchDocument, "proposal", proposal_documents, new=True)
    _write(ArticleSearchDocument, "article", article_documents, new=True)


def index_delegate_change(delegate_ids: Iterable[int]) -> None:
    """After a merge or split: the delegates and every proposal naming them."""
    delegate_ids = set(delegate_ids)
    index_delegates(delegate_ids)
    index_proposals(
        Proposal.delegates.through.objects.filter(delegate_id__in=delegate_ids).values_list(
            "proposal_id", flat=True
        )
    )


def reindex_all(*, stdout=None) -> dict[str, int]:
    """Rebuild every document (after dictionary changes): returns how many changed per kind."""
    _vocabulary.forget()
    _vocabulary.refresh()
    report = {
        "delegates": index_delegates(Delegate.objects.values_list("pk", flat=True)),
        "proposals": index_proposals(Proposal.objects.values_list("pk", flat=True)),
        "articles": index_articles(Article.objects.values_list("pk", flat=True)),
    }
    return report


# --------------------------------------------------------------------------------------------------
# Matching and ranking, per engine


@dataclass(frozen=True)
class _Index:
    table: str
    key: str


_INDEXES = {
    Proposal: _Index("proposals_proposalsearchdocument", "proposal_id"),
    Delegate: _Index("proposals_delegatesearchdocument", "delegate_id"),
    Article: _Index("proposals_articlesearchdocument", "article_id"),
}


def _pg_operand(word: str, prefix: bool) -> str:
    return f"'{word}'" + (":*" if prefix else "")


def _pg_query(terms: Sequence[Term]) -> str:
    clauses = []
    for term in terms:
        whole = _pg_operand(term.word, term.prefix)
        if term.parts:
            joiner = " <-> " if term.phrase else " & "
            whole = f"({whole} | ({joiner.join(_pg_operand(p, False) for p in term.parts)}))"
        clauses.append(whole)
    return " & ".join(clauses)


def _fts_operand(word: str, prefix: bool) -> str:
    return f'"{word}"' + ("*" if prefix else "")


def _fts_query(terms: Sequence[Term]) -> str:
    clauses = []
    for term in terms:
        whole = _fts_operand(term.word, term.prefix)
        if term.phrase:
            whole = f'({whole} OR "{" ".join(term.parts)}")'
        elif term.parts:
            whole = f"({whole} OR ({' AND '.join(_fts_operand(p, False) for p in term.parts)}))"
        clauses.append(whole)
    return " AND ".join(clauses)


def _ranked(queryset: QuerySet, terms: Sequence[Term], limit: int) -> list[tuple[int, float]]:
    """(id, score) of the newest ``limit`` matches within ``queryset``, best score first."""
    index = _INDEXES[queryset.model]
    within_sql, within_params = queryset.order_by().values("pk").query.get_compiler(queryset.db).as_sql()
    vendor = connection.vendor
    if vendor == "postgresql":
        query = _pg_query(terms)
        # Newest first by key, then cut: PostgreSQL either walks the key backwards testing each row
        # (cheap when most rows match) or collects every match from the GIN index and sorts (cheap
        # when few do). Its cost model ignores that testing a row means reading a kilobyte-wide
        # vector, so it walks backwards for words in a few percent of rows, touching tens of
        # thousands. We choose from its own estimates of the matches instead (see _pg_plan).
        plan = _pg_plan(index, query, within_sql, within_params, limit)
        order = f"d.{index.key}" if plan.walk else f"d.{index.key} + 0"
        # The caller's filters, tested row by row on the matches (an index probe each). As a plain
        # ``IN`` PostgreSQL may instead build the whole filtered set first (a hash of 100,000 ids
        # read from the list's narrow index, migration 0006), which costs more than probing the
        # few thousand matches; ``OFFSET 0`` keeps the subquery from being made into that join.
        within = f"EXISTS (SELECT 1 FROM ({within_sql}) w WHERE w.pk = d.{index.key} OFFSET 0)"

        def fetch(cutoff: int | None) -> list[tuple[int, float]]:
            newer = f"AND d.{index.key} > %s " if cutoff is not None else ""
            sql = (
                f"SELECT c.id, ts_rank(c.vector, q.query) AS score "
                f"FROM (SELECT d.{index.key} AS id, d.vector FROM {index.table} d "
                f"      WHERE d.vector @@ to_tsquery('simple', %s) {newer}AND {within} "
                f"      ORDER BY {order} DESC LIMIT %s) c, to_tsquery('simple', %s) AS q(query) "
                f"ORDER BY score DESC, c.id DESC"
            )
            params = [query, *([cutoff] if cutoff is not None else []), *within_params, limit, query]
            with transaction.atomic(savepoint=False), connection.cursor() as cursor:
                # The planner prices a walk by its worst case, past the server's JIT threshold;
                # compiling then cost 6-7 ms of a 10-20 ms query. This transaction only.
                cursor.execute("SET LOCAL jit = off")
                cursor.execute(sql, params)
                return [(int(pk), float(score)) for pk, score in cursor.fetchall()]

        ranked = fetch(plan.cutoff)
        if plan.cutoff is not None and len(ranked) < limit:
            # Fewer matches above the cutoff than the estimate promised: the newest ``limit`` may lie
            # below it, so ask again over every key. With ``limit`` found, they are the newest.
            ranked = fetch(None)
        return ranked
    if vendor == "sqlite":
        # FTS5 walks its index newest-first and stops at the limit; bm25 is lower-is-better.
        sql = (
            f"SELECT id, score FROM (SELECT rowid AS id, -bm25({index.table}_fts) AS score "
            f"FROM {index.table}_fts WHERE {index.table}_fts MATCH %s AND +rowid IN ({within_sql}) "
            f"ORDER BY rowid DESC LIMIT %s) ORDER BY score DESC, id DESC"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [_fts_query(terms), *within_params, limit])
            return [(int(pk), float(score)) for pk, score in cursor.fetchall()]
    raise NotImplementedError(f"full-text search is not implemented for {vendor}")


# How many matches, by the planner's estimate, the key range of a cutoff should hold per candidate
# ranked: room for the estimate to be off by half before a second query is needed.
CUTOFF_MARGIN = 2


@dataclass(frozen=True)
class _PgPlan:
    walk: bool  # walk the key backwards (else collect every match from the GIN index)
    cutoff: int | None  # when collecting: only keys above this (the newest matches lie there)


def _pg_plan(index: _Index, query: str, within_sql: str, within_params, limit: int) -> _PgPlan:
    """How to find the newest ``limit`` matches, from the planner's estimates (two small queries).

    Walking costs about ``limit × rows / matches_within`` rows read, collecting about ``matches``
    (the index cannot apply the caller's filter): walk when ``matches × matches_within > limit ×
    rows``. When collecting a word found in a few thousand rows, most of those reads are wasted on
    old matches that the cap then drops; keys are given in order of creation, so the newest
    ``limit`` matches lie among the newest keys. The cutoff is the key above which, at the
    estimated rate, ``CUTOFF_MARGIN × limit`` matches lie: the GIN index and the key's index are
    combined (BitmapAnd) and only those rows are read.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {index.table} d "
            f"WHERE d.vector @@ to_tsquery('simple', %s) AND d.{index.key} IN ({within_sql})",
            [query, *within_params],
        )
        plan = cursor.fetchone()[0]
        if isinstance(plan, str):
            plan = json.loads(plan)
        within = max(float(plan[0]["Plan"]["Plan Rows"]), 1.0)
        matches = _gin_rows(plan[0]["Plan"], f"{index.table}_vector_gin") or within
        cursor.execute(
            f"SELECT c.reltuples, (SELECT MIN({index.key}) FROM {index.table}), "
            f"(SELECT MAX({index.key}) FROM {index.table}) FROM pg_class c WHERE c.oid = %s::regclass",
            [index.table],
        )
        reltuples, low, high = cursor.fetchone()
    rows = max(float(reltuples), 1.0)
    if matches * within > limit * rows:
        return _PgPlan(walk=True, cutoff=None)
    if low is None or within < CUTOFF_MARGIN * limit:
        return _PgPlan(walk=False, cutoff=None)
    span = math.ceil(CUTOFF_MARGIN * limit * (high - low + 1) / within)
    cutoff = high - span
    return _PgPlan(walk=False, cutoff=cutoff if cutoff > low else None)


def _gin_rows(node: dict, index_name: str) -> float | None:
    """The planner's estimate of the rows a scan of ``index_name`` finds, if the plan scans it."""
    if node.get("Index Name") == index_name:
        return float(node["Plan Rows"])
    for child in node.get("Plans", []):
        found = _gin_rows(child, index_name)
        if found is not None:
            return found
    return None


class _OnKey(Expression):
    """An expression over one key column (the primary key unless told), with its values passed as one parameter."""

    def __init__(self, key: Expression | None = None) -> None:
        super().__init__()
        self.key = key if key is not None else F("pk")

    def get_source_expressions(self):
        return [self.key]

    def set_source_expressions(self, exprs):
        (self.key,) = exprs


class _ScoreOf(_OnKey):
    """This row's score, looked up by primary key in a JSON object {id: score} passed as one parameter."""

    output_field = FloatField()

    def __init__(self, scores: dict[int, float], key: Expression | None = None) -> None:
        super().__init__(key)
        self.scores = json.dumps({str(k): v for k, v in scores.items()})

    def as_sql(self, compiler, connection):
        key_sql, key_params = compiler.compile(self.key)
        if connection.vendor == "postgresql":
            return f"COALESCE((%s::jsonb ->> ({key_sql})::text)::float8, 0)", [self.scores, *key_params]
        return f"COALESCE(json_extract(%s, '$.\"' || ({key_sql}) || '\"'), 0)", [self.scores, *key_params]


class _KeyIn(_OnKey):
    """``key IN (ids)`` with the ids as one parameter (an array, or JSON on SQLite): a result set of a
    thousand ids stays one short parameter in every query built on it (count, page, facets)."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, ids: list[int], key: Expression | None = None) -> None:
        super().__init__(key)
        self.ids = ids
        self.json = json.dumps(ids)

    def as_sql(self, compiler, connection):
        key_sql, key_params = compiler.compile(self.key)
        if connection.vendor == "postgresql":
            return f"({key_sql}) = ANY(%s::bigint[])", [*key_params, self.ids]
        return f"({key_sql}) IN (SELECT value FROM json_each(%s))", [*key_params, self.json]


def _search(queryset: QuerySet, q: str | None) -> QuerySet:
    terms = parse_query(q)
    if not terms or queryset.query.is_empty():
        return queryset.none().annotate(search_rank=_ScoreOf({}))
    ranked = _ranked(queryset, terms, RANK_CANDIDATES)
    scores = dict(ranked)
    return (
        queryset.filter(_KeyIn(list(scores)))
        .annotate(search_rank=_ScoreOf(scores))
        .order_by("-search_rank", "-pk")
    )


def search_proposals(queryset: QuerySet, q: str | None) -> QuerySet:
    """``queryset`` narrowed to proposals matching ``q``, best first, each with ``search_rank``.

    Filters already on ``queryset`` apply before the candidate cap, so a query combined with a key
    task still finds that key task's proposals. An empty or punctuation-only ``q`` matches nothing.
    """
    return _search(queryset, q)


def search_delegates(queryset: QuerySet, q: str | None) -> QuerySet:
    """Delegates matching ``q`` by name, partial name, pinyin (``zhaoyong``), alias or organization."""
    return _search(queryset, q)


def search_articles(queryset: QuerySet, q: str | None) -> QuerySet:
    """Articles whose title or text matches ``q``, best first."""
    return _search(queryset, q)


# --------------------------------------------------------------------------------------------------
# Snippets


def highlight_words(q: str | None) -> list[str]:
    """The words of a query to mark in text, longest first."""
    return list(_highlight_words(q or ""))


@lru_cache(maxsize=256)
def _highlight_words(q: str) -> tuple[str, ...]:
    # Cached: a result page marks the same query in every row.
    words = set()
    for term in parse_query(q, refresh=False):
        words.add(term.word)
        if not term.phrase:
            words.update(p for p in term.parts if len(p) > 1)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    folded = normalize(text)
    if len(folded) != len(text):
        # A conversion that changed the length (rare phrase mappings): match on the original only.
        folded = text.lower()
    spans: list[tuple[int, int]] = []
    if not words:
        return spans
    pattern = re.compile("|".join(re.escape(w) for w in words))
    for match in pattern.finditer(folded):
        spans.append((match.start(), match.end()))
    return spans


def highlight(text: str, q: str | None) -> SafeString:
    """The whole ``text``, HTML-escaped, with the query's words in ``<mark>``."""
    return _render(text, _spans(text, highlight_words(q)), 0, len(text))


def snippet(text: str, q: str | None, width: int = 120) -> SafeString:
    """About ``width`` characters of ``text`` around the first match of ``q``, HTML-escaped, matches in ``<mark>``."""
    text = text or ""
    spans = _spans(text, highlight_words(q))
    if not spans:
        end = min(len(text), width)
        return _render(text, [], 0, end, ellipsis_after=end < len(text))
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    return _render(text, spans, start, end, ellipsis_before=start > 0, ellipsis_after=end < len(text))


def _render(
    text: str,
    spans: list[tuple[int, int]],
    start: int,
    end: int,
    *,
    ellipsis_before: bool = False,
    ellipsis_after: bool = False,
) -> SafeString:
    out = ["…" if ellipsis_before else ""]
    position = start
    for span_start, span_end in spans:
        if span_end <= position or span_start >= end:
            continue
        span_start = max(span_start, position)
        span_end = min(span_end, end)
        out.append(html.escape(text[position:span_start]))
        out.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
        position = span_end
    out.append(html.escape(text[position:end]))
    out.append("…" if ellipsis_after else "")
    return mark_safe("".join(out))  # every piece of text above went through html.escape
