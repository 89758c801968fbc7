"""Is this string a word? A dictionary lookup that costs nothing to start.

The words are those of the jieba dictionary (``jieba/dict.txt``, ~350 000
entries; jieba is already a dependency for segmentation). Loading them into a
set takes ~0.15 s — too slow for a pre-commit hook that may need three
lookups — so the first use writes them sorted, one per line, to the cache
folder (:mod:`linter.cache`), and every later run binary-searches that file
through ``mmap``: no load time, microseconds per lookup. Without a cache
folder the set is built in memory.
"""

from __future__ import annotations

import os

_lexicon = None


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


class Lexicon:
    def __init__(self, path: str | None):
        self.available = path is not None
        self._map = None
        self._set = None
        self._seen: dict[str, bool] = {}  # lookups repeat: 工作, 作风 …
        if path is None:
            return
        from linter.cache import cache_dir

        folder = cache_dir()
        stat = os.stat(path)
        sorted_path = None
        if folder is not None:
            sorted_path = os.path.join(folder, f"words-{stat.st_size}-{stat.st_mtime_ns}.txt")
            if not os.path.isfile(sorted_path):
                try:
                    self._write(path, sorted_path)
                except OSError:
                    sorted_path = None
        if sorted_path is None:
            self._set = {w.decode("utf-8", "replace") for w in _words(path)}
            return
        import mmap

        with open(sorted_path, "rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)

    @staticmethod
    def _write(source: str, target: str) -> None:
        from linter.files import write_atomically

        write_atomically(target, b"\n".join(_words(source)) + b"\n")

    def __contains__(self, word: str) -> bool:
        if self._set is not None:
            return word in self._set
        if self._map is None:
            return False
        known = self._seen.get(word)
        if known is None:
            known = self._seen[word] = self._search(word)
        return known

    def _search(self, word: str) -> bool:
        key = word.encode("utf-8")
        data = self._map
        low, high = 0, len(data)  # both always at the start of a line (or the end)
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
