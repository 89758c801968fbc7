"""Is this string a word? A dictionary lookup that costs nothing to start.

The words are those of the jieba dictionary (``jieba/dict.txt``, ~350 000
entries; jieba is already a dependency for segmentation). Loading them into a
set takes ~0.15 s — too slow for a pre-commit hook that may need three
lookups — so the first use writes them sorted, one per line, to the cache
folder (:mod:`linter.cache`: one entry, replaced when the dictionary changes),
and every later run binary-searches that file through ``mmap``: no load time,
microseconds per lookup. An empty, truncated or foreign file there is rebuilt.
Without a cache folder the set is built in memory.
"""

from __future__ import annotations

import os

_lexicon = None
#: The cache entry (:mod:`linter.cache`) holding the sorted word list.
WORDS_ENTRY = "words-jieba.txt"


def _dictionary_path() -> str | None:
    """jieba's dictionary, found on sys.path without importing jieba (or
    importlib.util: both cost start-up time)."""
    import sys

    for folder in sys.path:
        path = os.path.join(folder or ".", "jieba", "dict.txt")
        if os.path.isfile(path):
            return path
    return None


def _words(path: str) -> list[bytes]:
    with open(path, "rb") as handle:
        data = handle.read()
    words = {line.split(b" ", 1)[0].strip() for line in data.splitlines()}
    words.discard(b"")
    return sorted(words)


#: Lookups remembered by a :class:`Lexicon` before it forgets them all (a few MB).
SEEN_MAX = 50_000


class Lexicon:
    def __init__(self, path: str | None):
        self.available = path is not None
        self._map = None
        self._start = 0  # where the words begin in _map (after the cache entry's header)
        self._set = None
        self._seen: dict[str, bool] = {}  # lookups repeat: 工作, 作风 … (at most SEEN_MAX)
        if path is None:
            return
        from linter import cache

        stat = os.stat(path)
        # One word list in the cache folder, for the dictionary of this path, size and mtime.
        key = cache.digest(os.path.abspath(path), str(stat.st_size), str(stat.st_mtime_ns))
        opened = cache.open_mapped(WORDS_ENTRY, key)
        if opened is None:
            words = _words(path)
            if cache.store(WORDS_ENTRY, key, b"\n".join(words) + b"\n"):
                opened = cache.open_mapped(WORDS_ENTRY, key)
            if opened is None:  # no cache folder
                self._set = {w.decode("utf-8", "replace") for w in words}
                return
        self._map, self._start = opened

    def __contains__(self, word: str) -> bool:
        if self._set is not None:
            return word in self._set
        if self._map is None:
            return False
        known = self._seen.get(word)
        if known is None:
            if len(self._seen) >= SEEN_MAX:  # a batch of thousands of reports: memory stays bounded
                self._seen.clear()
            known = self._seen[word] = self._search(word)
        return known

    def _search(self, word: str) -> bool:
        key = word.encode("utf-8")
        data = self._map
        low, high = self._start, len(data)  # both always at the start of a line (or the end)
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", low, middle) + 1 if middle > low else low
            start = max(start, low)
            end = data.find(b"\n", start, high)
            if end < 0:
                end = high
            line = data[start:end]
            if line == key:
                return True
            if line < key:
                low = end + 1
            else:
                high = start
        return False


def lexicon() -> Lexicon:
    """The process-wide lexicon, opened on first use."""
    global _lexicon
    if _lexicon is None:
        _lexicon = Lexicon(_dictionary_path())
    return _lexicon
