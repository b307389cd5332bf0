"""Chinese word segmentation behind one small class, so jieba's quirks stay in one place.

jieba 0.42.1 is unmaintained; it is pinned, and everything the project needs from it goes through
``Segmenter``: a private ``jieba.Tokenizer`` (no global jieba state), a cache directory that is not
world-writable ``/tmp``, and the project's user dictionary (key-task phrases, common titles) plus any
names the caller adds so they are never split. Pure Python: no Django import.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from pathlib import Path

import jieba

# jieba logs "Building prefix dict..." at DEBUG through its own handler on stderr.
jieba.setLogLevel(logging.WARNING)

USER_DICT = Path(__file__).with_name("userdict.txt")


def default_cache_dir() -> Path:
    """A per-user private directory for jieba's model cache."""
    configured = os.environ.get("LIANGHUI_JIEBA_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lianghui" / "jieba"


class Segmenter:
    """A jieba tokenizer with the project's dictionary; thread-safe for reads after ``warm()``."""

    def __init__(self, cache_dir: Path | str | None = None, words: Iterable[str] = ()) -> None:
        directory = Path(cache_dir) if cache_dir else default_cache_dir()
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.tmp_dir = str(directory)
        self._lock = threading.Lock()
        self._ready = False
        self._pending: set[str] = set(words)

    def warm(self) -> None:
        """Load the dictionary (about a second the first time, then from the private cache)."""
        with self._lock:
            if self._ready:
                return
            self._tokenizer.initialize()
            if USER_DICT.exists():
                self._tokenizer.load_userdict(str(USER_DICT))
            for word in sorted(self._pending):
                self._tokenizer.add_word(word, freq=None, tag="nr")
            self._pending.clear()
            self._ready = True

    def add_words(self, words: Iterable[str]) -> None:
        """Add names or phrases that must never be split (delegate names, organizations)."""
        new = {w for w in words if w and len(w) > 1}
        if not new:
            return
        with self._lock:
            if not self._ready:
                self._pending |= new
                return
            for word in sorted(new):
                self._tokenizer.add_word(word, freq=None, tag="nr")

    def cut(self, text: str) -> list[str]:
        """Accurate-mode segmentation, without the HMM (deterministic, and new words come from the dictionary)."""
        self.warm()
        return self._tokenizer.lcut(text, HMM=False)

    def cut_for_search(self, text: str) -> list[str]:
        """Search-mode segmentation: long words also yield their dictionary sub-words (商业航天 → 商业, 航天, 商业航天)."""
        self.warm()
        return self._tokenizer.lcut_for_search(text, HMM=False)


_shared: Segmenter | None = None
_shared_lock = threading.Lock()


def shared_segmenter() -> Segmenter:
    """The process-wide segmenter (the dictionary is loaded once per process)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Segmenter()
        return _shared
