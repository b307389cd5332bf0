"""Index writes: building each proposal's, delegate's and article's search document and storing it.

Every document is its words space-joined in a ``*SearchDocument`` row; the engine indexes that
column (migration 0003). Headline, names and classes count twice. Imports the models, the bulk
writer, ``normalize``, ``dictionary`` and ``segment``; never the ranking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import chain

from django.db.models import F, Model, QuerySet
from django.utils import timezone

from delegates.models import Delegate, Membership, Role
from delegates.readings import name_readings, name_spellings

from .. import bulk
from ..models import (
    Article,
    ArticleMention,
    ArticleSearchDocument,
    DelegateSearchDocument,
    Proposal,
    ProposalSearchDocument,
    ProposalSource,
)
from .dictionary import add_words, vocabulary
from .normalize import ASCII_WORD, normalize, pieces
from .segment import tokenize, tokenize_many, tokenized_together

# Headline, names and classes count twice: a word in the headline outranks one deep in a passage.
BOOST = 2
BATCH = 500
# Texts per call to the segmenter when indexing a batch: few calls, each with a bounded result.
TEXTS_PER_CUT = 2000

_ROLE_LABELS = {role.value: str(role.label) for role in Role}


def _join(*parts: Iterable[str]) -> str:
    return " ".join(chain.from_iterable(parts))


def _delegate_name_words(delegate: Delegate, words: Callable[[str], list[str]] = tokenize) -> list[str]:
    return _name_words(delegate.name, [a.name for a in delegate.aliases.all()], delegate.pinyin, words)


def _name_words(name: str, aliases: Sequence[str], pinyin: str, words_of: Callable[[str], list[str]] = tokenize) -> list[str]:
    words: list[str] = []
    for each in (name, *aliases):
        words.extend(w for w in words_of(each) if w)
        words.extend(_name_parts(each))
    if pinyin:
        words.append(pinyin.lower())
    return words


@lru_cache(maxsize=2048)  # more than a batch names; a few megabytes at most
def _name_parts(name: str) -> tuple[str, ...]:
    """A name's partial names and pinyin, which depend on the name alone (a batch's documents are
    built twice, see ``segment.tokenized_together``, and the cast recurs across batches)."""
    compact = "".join(pieces(normalize(name)))
    # Partial names (勇, 赵勇 within 赵勇军) and pinyin (zhaoyong, zhao yong) in every reading of
    # its polyphones (孙长伟: sunchangwei and sunzhangwei; 单: shan and dan).
    words = [compact[i : i + n] for n in (1, 2) for i in range(len(compact) - n + 1)]
    words.extend(s for s in name_spellings(compact) if ASCII_WORD.fullmatch(s))
    words.extend(dict.fromkeys(r for readings in name_readings(compact) for r in readings if ASCII_WORD.fullmatch(r)))
    return tuple(w for w in words if w)


def proposals_for_index(queryset: QuerySet[Proposal]) -> QuerySet[Proposal]:
    """What ``proposal_tokens`` reads of each proposal, fetched with it: its session as
    ``article_session`` (its article's text is not loaded), proposers, memberships and classes."""
    return queryset.annotate(article_session=F("article__session_id")).prefetch_related(
        "proposaldelegate_set__delegate__aliases",
        "proposaldelegate_set__delegate__memberships",
        "key_task_links__key_task",
        "topic_links__topic",
    )


def proposal_tokens(proposal: Proposal, words: Callable[[str], list[str]] = tokenize) -> str:
    """The proposal's document; the proposal comes from ``proposals_for_index``."""
    people = [link.delegate for link in proposal.proposaldelegate_set.all()]
    classes = [f"{link.key_task.name} {link.key_task.short_name}" for link in proposal.key_task_links.all()]
    classes += [link.topic.name for link in proposal.topic_links.all()]
    session = proposal.article_session
    return _proposal_tokens_of(
        proposal,
        [(_delegate_name_words(person, words), _of_session(person.memberships.all(), session)) for person in people],
        classes,
        words,
    )


def _of_session(memberships: Iterable[Membership], session: int | None) -> list[Membership]:
    """A proposal's proposers are described by their posts in its own session: not by every post on
    record, which grew with the archive (and with each batch's transient memory) and found a
    proposal by a post its proposer held years later."""
    return [m for m in memberships if m.session_id == session]


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
    return _join(name_words * BOOST, words(delegate.disambiguation), words(_described(memberships)))


def _described(memberships: Iterable[Membership]) -> str:
    # The role's label as ``get_role_display()`` prints it, without that method's per-call lookup.
    return " ".join(
        f"{m.affiliation} {m.organization} {m.title} {m.delegation} {_ROLE_LABELS.get(m.role, m.role)}" for m in memberships
    )


def _article_tokens(article: Article, words: Callable[[str], list[str]] = tokenize) -> str:
    return _join(words(article.title) * BOOST, words(" ".join(article.sections)), words(article.text))


def write_documents(document_model: type[Model], key: str, tokens: dict[int, str], *, new: bool = False) -> int:
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



def index_proposals(ids: Iterable[int]) -> int:
    """(Re)index these proposals; returns how many documents changed."""
    vocabulary.ensure()
    written = 0
    for chunk in bulk.chunked(sorted(set(ids)), BATCH):
        proposals = proposals_for_index(Proposal.objects.filter(pk__in=chunk))
        written += write_documents(ProposalSearchDocument, "proposal", tokenized_together(
            lambda words, proposals=proposals: {p.pk: proposal_tokens(p, words) for p in proposals}
        ))
    return written


def index_delegates(ids: Iterable[int]) -> int:
    """(Re)index these delegates, teaching the segmenter their names first."""
    written = 0
    for chunk in bulk.chunked(sorted(set(ids)), BATCH):
        delegates = list(Delegate.objects.filter(pk__in=chunk).prefetch_related("aliases", "memberships"))
        add_words(
            [d.name for d in delegates]
            + [a.name for d in delegates for a in d.aliases.all()]
            + [m.organization for d in delegates for m in d.memberships.all()]
        )
        written += write_documents(DelegateSearchDocument, "delegate", tokenized_together(
            lambda words, delegates=delegates: {d.pk: _delegate_tokens(d, words) for d in delegates}
        ))
    return written


def index_articles(ids: Iterable[int]) -> int:
    """(Re)index these articles' own text."""
    vocabulary.ensure()
    written = 0
    for chunk in bulk.chunked(sorted(set(ids)), BATCH):
        articles = Article.objects.filter(pk__in=chunk).only("pk", "title", "sections", "text")
        written += write_documents(ArticleSearchDocument, "article", tokenized_together(
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
                  articles: Sequence[Article], known: Mapping[str, str] | None = None) -> None:
    """Index what a bulk load just wrote, from the objects in hand instead of reading them back.

    ``people``: each delegate with its aliases' names and all its memberships, in the database's
    order (``Membership.Meta.ordering``); ``proposals``: each proposal with its proposers' ids in
    order (all among ``people``) and its class names (key tasks' "name short_name", then sectors'
    names, by rank). The documents are those ``index_delegates`` and ``index_proposals`` write.
    The proposals and articles must be new: their documents are inserted, not compared.
    ``known``: texts a parse worker already cut, each with its words space-joined.

    Every text is cut once, in one ``tokenize_many`` call, and the documents are assembled from
    the texts' space-joined words: the parts of ``_join`` without a list of words in between.
    """
    add_words(
        [d.name for d, _, _ in people] + [a for _, aliases, _ in people for a in aliases]
        + [m.organization for _, _, memberships in people for m in memberships]
    )
    held = {d.pk: memberships for d, _, memberships in people}
    affiliations = {key: " ".join(f"{m.affiliation} {m.organization} {m.delegation}"
                                  for i in key[0] for m in _of_session(held[i], key[1]))
                    for key in {(tuple(proposers), p.article.session_id) for p, proposers, _ in proposals}}
    texts: dict[str, None] = {}
    for d, aliases, memberships in people:
        texts.update(dict.fromkeys((d.name, *aliases, d.disambiguation, _described(memberships))))
    for p, proposers, classes in proposals:
        texts.update(dict.fromkeys((p.headline, p.summary, p.passage, affiliations[(tuple(proposers), p.article.session_id)], " ".join(classes))))
    for a in articles:
        texts.update(dict.fromkeys((a.title, " ".join(a.sections), a.text)))
    cut = dict(known or {})
    missing = [text for text in texts if text not in cut]
    # In slices: one segmenter call's lists of words for a whole batch were its largest transient.
    for i in range(0, len(missing), TEXTS_PER_CUT):
        part = missing[i : i + TEXTS_PER_CUT]
        cut.update(zip(part, (" ".join(words) for words in tokenize_many(part)), strict=True))

    names: dict[int, str] = {}
    delegate_documents = {}
    for d, aliases, memberships in people:
        parts = []
        for each in (d.name, *aliases):
            parts.append(cut[each])
            parts.extend(_name_parts(each))
        if d.pinyin:
            parts.append(d.pinyin.lower())
        names[d.pk] = name_words = _spaced(parts)
        delegate_documents[d.pk] = _spaced([name_words] * BOOST + [cut[d.disambiguation], cut[_described(memberships)]])
    proposal_documents = {}
    for p, proposers, classes in proposals:
        headline, proposers_names = cut[p.headline], _spaced([names[i] for i in proposers])
        proposal_documents[p.pk] = _spaced([headline] * BOOST + [cut[p.summary], cut[p.passage]] + [proposers_names] * BOOST
                                           + [cut[affiliations[(tuple(proposers), p.article.session_id)]], cut[" ".join(classes)]])
    article_documents = {a.pk: _spaced([cut[a.title]] * BOOST + [cut[" ".join(a.sections)], cut[a.text]]) for a in articles}
    write_documents(DelegateSearchDocument, "delegate", delegate_documents)
    write_documents(ProposalSearchDocument, "proposal", proposal_documents, new=True)
    write_documents(ArticleSearchDocument, "article", article_documents, new=True)


def _spaced(parts: Iterable[str]) -> str:
    """Space-joined words joined: what ``_join`` makes of the same words as lists (no empty part)."""
    return " ".join(part for part in parts if part)


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
    vocabulary.forget()
    vocabulary.refresh()
    report = {
        "delegates": index_delegates(Delegate.objects.values_list("pk", flat=True)),
        "proposals": index_proposals(Proposal.objects.values_list("pk", flat=True)),
        "articles": index_articles(Article.objects.values_list("pk", flat=True)),
    }
    return report
