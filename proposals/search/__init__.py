"""Chinese full-text search over proposals, delegates and articles, on PostgreSQL and on SQLite.

The one package that knows how search works; pages, the API and ingestion call only the public
functions re-exported here: ``index_article``, ``index_written``, ``index_proposals``,
``index_delegates``, ``index_articles``, ``index_delegate_change``, ``reindex_all``,
``search_words_on_record`` (for parse workers that cut articles' texts ahead of the writer),
``search_proposals``, ``search_delegates``, ``search_articles``, ``snippet``, ``highlight`` and
``explain_match``.

How it works. Neither engine segments Chinese, so we do: every document is converted to simplified
characters (OpenCC t2s), segmented by the search's jieba segmenter in search mode (商业航天 → 商业,
航天, 商业航天), and the words are stored space-joined in a ``*SearchDocument`` row. The engine
indexes that column (migration 0003): PostgreSQL as a stored ``tsvector`` ('simple' config) with a
GIN index, SQLite as an FTS5 table. A query goes through the same conversion and segmentation; each
query word must be present, either whole or as all of its search-mode sub-words.

Modules, each importing only those above it in this list (and the models, ``delegates``, the
segmenter of ``proposals.ingest.tokenizer`` and the bulk writer; never the site, the API or the admin):

- ``normalize``: folding text (full width, traditional characters, case) and splitting tokens;
- ``dictionary``: the search's segmenter and the names and phrases it must keep whole;
- ``segment``: cutting texts into index words;
- ``query``: a query's words (``Term``);
- ``documents``: building and writing the index documents;
- ``upkeep``: documents rebuilt after ``migrate`` when a data migration changed what they hold;
- ``postgres`` and ``sqlite``: each engine's matching and ranking;
- ``ranking``: a queryset narrowed to a query's matches, best first;
- ``highlight``: a query's words marked in text, snippets;
- ``explain``: why a result matched when its own words do not hold the query (its sector or key task).
"""

from .dictionary import add_words, search_segmenter, search_words_on_record
from .documents import (
    index_article,
    index_articles,
    index_delegate_change,
    index_delegates,
    index_proposals,
    index_written,
    reindex_all,
)
from .explain import MatchReason, explain_match, reason_words
from .highlight import highlight, highlight_words, snippet
from .normalize import normalize, to_simplified
from .query import MAX_QUERY_CHARS, MAX_QUERY_WORDS, QUERY_STOPWORDS, Term, parse_query
from .ranking import RANK_CANDIDATES, search_articles, search_delegates, search_proposals
from .segment import tokenize, tokenize_many

__all__ = [
    "MAX_QUERY_CHARS",
    "MatchReason",
    "MAX_QUERY_WORDS",
    "QUERY_STOPWORDS",
    "RANK_CANDIDATES",
    "Term",
    "add_words",
    "explain_match",
    "highlight",
    "highlight_words",
    "index_article",
    "index_articles",
    "index_delegate_change",
    "index_delegates",
    "index_proposals",
    "index_written",
    "normalize",
    "parse_query",
    "reason_words",
    "reindex_all",
    "search_articles",
    "search_delegates",
    "search_proposals",
    "search_segmenter",
    "search_words_on_record",
    "snippet",
    "to_simplified",
    "tokenize",
    "tokenize_many",
]
