"""Chinese word segmentation behind one small class, so the segmenter's quirks stay in one place.

Two engines give the same tokens: rjieba (jieba-rs, the Rust port of jieba with the same dictionary
and algorithm; about 15-30x faster) when it is installed, else jieba 0.42.1 (pure Python, pinned,
unmaintained). ``tests/ingest/test_tokenizer_backends.py`` checks token equality on our corpus, in
accurate and search mode with the HMM off, after names are added. ``LIANGHUI_SEGMENTER=jieba`` forces
the fallback.

Everything the project needs from either goes through ``Segmenter``: a private tokenizer (no global
state), for jieba a cache directory that is not world-writable ``/tmp``, and the project's user
dictionary (when present) plus any names the caller adds so they are never split. Pure Python: no
Django import.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path


def _import_rjieba():
    """rjieba's compiled module (its ``Jieba`` class), or None when it is not installed.

    The package's ``__init__`` builds a default segmenter on import (a tenth of a second in every
    process: the command and each parse worker), which nothing here uses: the extension module is
    loaded by itself when it can be found, and registered as ``rjieba.rjieba`` so that a later
    ``import rjieba`` finds it and does not initialize it twice."""
    loaded = sys.modules.get("rjieba.rjieba") or sys.modules.get("rjieba")
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec("rjieba")
    for directory in (spec.submodule_search_locations or []) if spec else []:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(directory) / f"rjieba{suffix}"
            if path.is_file():
                extension = importlib.util.spec_from_file_location("rjieba.rjieba", path)
                module = importlib.util.module_from_spec(extension)
                extension.loader.exec_module(module)
                sys.modules["rjieba.rjieba"] = module
                return module
    try:  # the fast engine is optional: a platform without a wheel falls back to jieba
        import rjieba
    except ImportError:  # pragma: no cover - depends on the installation
        return None
    return rjieba


rjieba = _import_rjieba()

USER_DICT = Path(__file__).with_name("userdict.txt")
BACKENDS = ("rjieba", "jieba")


def _jieba():
    """jieba, imported when a segmenter first needs it: with rjieba it never does, and importing
    it costs every process (the command, each parse worker) a tenth of a second."""
    import jieba

    # jieba logs "Building prefix dict..." at DEBUG through its own handler on stderr.
    jieba.setLogLevel(logging.WARNING)
    return jieba


def default_cache_dir() -> Path:
    """A per-user private directory for jieba's model cache."""
    configured = os.environ.get("LIANGHUI_JIEBA_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(tempfile.gettempdir()) / f"lianghui-jieba-{os.getuid()}"


def default_backend() -> str:
    """``LIANGHUI_SEGMENTER`` when set, else rjieba when it imports, else jieba."""
    configured = os.environ.get("LIANGHUI_SEGMENTER", "").strip().lower()
    if configured:
        if configured not in BACKENDS:
            raise ValueError(f"LIANGHUI_SEGMENTER={configured!r}: use one of {', '.join(BACKENDS)}")
        if configured == "rjieba" and rjieba is None:
            raise ValueError("LIANGHUI_SEGMENTER=rjieba but the rjieba package is not installed")
        return configured
    return "rjieba" if rjieba is not None else "jieba"


def _user_dict_entries() -> list[tuple[str, int | None, str | None]]:
    """``word [freq] [tag]`` lines, read the way jieba's ``load_userdict`` reads them."""
    if not USER_DICT.exists():
        return []
    entries = []
    for line in USER_DICT.read_text("utf-8").splitlines():
        parts = line.strip().split()
        if not parts:
            continue
        word, freq, tag = parts[0], None, None
        for part in parts[1:]:
            if part.isdigit() and freq is None and tag is None:
                freq = int(part)
            else:
                tag = part
        entries.append((word, freq, tag))
    return entries


class Segmenter:
    """A tokenizer with the project's dictionary; thread-safe."""

    def __init__(self, cache_dir: Path | str | None = None, words: Iterable[str] = (), backend: str | None = None) -> None:
        self.backend = backend or default_backend()
        if self.backend not in BACKENDS:
            raise ValueError(f"unknown segmenter backend {self.backend!r}: use one of {', '.join(BACKENDS)}")
        if self.backend == "rjieba" and rjieba is None:
            raise ValueError("the rjieba backend needs the rjieba package")
        self._cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self._tokenizer = None
        self._lock = threading.Lock()
        self._ready = False
        self._pending: set[str] = set(words)

    def warm(self) -> None:
        """Load the dictionary (jieba: about a second the first time, then from the private cache)."""
        with self._lock:
            if self._ready:
                return
            if self.backend == "rjieba":
                self._tokenizer = rjieba.Jieba()
            else:
                self._cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
                self._tokenizer = _jieba().Tokenizer()
                self._tokenizer.tmp_dir = str(self._cache_dir)
                self._tokenizer.initialize()
            for word, freq, tag in _user_dict_entries():
                self._add(word, freq, tag)
            for word in sorted(self._pending):
                self._add(word, None, "nr")
            self._pending.clear()
            self._ready = True

    def _add(self, word: str, freq: int | None, tag: str | None) -> None:
        if self.backend == "rjieba":
            self._tokenizer.add_word(word, freq, tag)
        else:
            self._tokenizer.add_word(word, freq=freq, tag=tag)

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
                self._add(word, None, "nr")

    def cut(self, text: str) -> list[str]:
        """Accurate-mode segmentation, without the HMM (deterministic, and new words come from the dictionary)."""
        self.warm()
        if self.backend == "rjieba":
            # The Rust object refuses a call while another thread adds a word; it is fast enough to serialize.
            with self._lock:
                return self._tokenizer.cut(text, False)
        return self._tokenizer.lcut(text, HMM=False)

    def cut_for_search(self, text: str) -> list[str]:
        """Search-mode segmentation: long words also yield their dictionary sub-words (商业航天 → 商业, 航天, 商业航天)."""
        self.warm()
        if self.backend == "rjieba":
            with self._lock:
                return self._tokenizer.cut_for_search(text, False)
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
