"""Word segmentation (jieba), loaded only when a rule needs word boundaries.

Substring matching finds 作风 inside 工作风险; a ``words`` keyword must instead
not straddle a token boundary: each token it overlaps lies inside it or holds
it (作风 in 工作/作风 or in one token 工作作风; 纪律 in 党的纪律 glued into one
token; not 作风 in 工作/风险). The segmenter is the jieba dictionary and
algorithm, through the ``rjieba`` binding (jieba-rs) when it is installed — the
same tokens; importing it loads the dictionary in ~0.11 s, where jieba takes
~0.11 s to import and ~0.7 s to load its dictionary — else through ``jieba``
itself. rjieba's process-wide instance (built by its import) is used: a second
``rjieba.Jieba()`` would load the dictionary again (~0.085 s). Dictionary words
added by one rulebook therefore stay for the rest of the process, which is
harmless: they are domain terms. A rulebook's ``dictionary`` adds its domain terms, so that
全面从严治党, 两个维护, 三会一课 stay single words.

Nothing is imported until :meth:`Segmenter.tokens` is first called, and callers
only ask for tokens of text that already contains the word as a substring.

**Remembered boundaries.** Loading the tokenizer costs more than the rest of
a one-report check, and the texts asked about are headings, which repeat
from run to run (a commit hook checks the same report again and again). So
:meth:`Segmenter.whole_words` first looks the text up in a cache entry
(:mod:`linter.cache`, JSON: text → token lengths, the :data:`MEMO_TEXTS`
texts most recently added) keyed by the backend that would be loaded (its
installed files' path, size and mtime; for jieba, its dictionary file's) and
the rulebook's dictionary words. The entry is read on the first lookup of a
process and written once, at the end of a run that segmented new texts — by
the main process only: pool workers do not write it. A text is remembered
only when its tokens are exactly what a fresh process would give (rjieba's
process-wide instance holds this rulebook's words and no others), and the
entry is written under the key of the backend actually loaded, so a memo can
only give the tokens the tokenizer itself would.
"""

from __future__ import annotations

import os
import sys

#: How many texts the boundary memo keeps (the most recently added).
MEMO_TEXTS = 4000
#: Longer texts are not remembered (headings are short).
MEMO_TEXT_LENGTH = 300

MISSING_SEGMENTER = ("zhidang: 提示：未能加载分词器（rjieba、jieba 均未安装），检查清单的词语不再核对词边界，"
                     "个别词语可能被误认；pip install jieba 可装上")
_warned = False  # MISSING_SEGMENTER said in this process

#: Words added to rjieba's process-wide instance (by any Segmenter).
_rjieba_words: set[str] = set()
#: (entry name, key) → the memo read from it, shared by segmenters of the same dictionary.
_tables: dict[tuple[str, str], dict[str, list[int]]] = {}
#: Segmenters with texts to write back at exit, and the process that may write them.
_pending: list[Segmenter] = []
_writer_pid: int | None = None


def _find_package(name: str) -> str | None:
    """The folder of package ``name`` on sys.path, found without importing it."""
    for folder in sys.path:
        path = os.path.join(folder or ".", name)
        if os.path.isfile(os.path.join(path, "__init__.py")):
            return path
    return None


def _files_identity(folder: str, names=None) -> list[str]:
    """Path, size and mtime of the files (top level) of ``folder``."""
    parts = [os.path.abspath(folder)]
    try:
        with os.scandir(folder) as scan:
            items = sorted((e for e in scan if names is None or e.name in names), key=lambda e: e.name)
            for item in items:
                if item.is_file(follow_symlinks=True):
                    info = item.stat()
                    parts += [item.name, str(info.st_size), str(info.st_mtime_ns)]
    except OSError:
        return []
    return parts


def _backend_identity(backend: str, folder: str | None) -> list[str] | None:
    """What the tokens of ``backend`` installed in ``folder`` depend on: its
    files (rjieba: the native module with its built-in dictionary; jieba:
    its code and dict.txt). None when it cannot be told."""
    if folder is None:
        return None
    names = None if backend == "rjieba" else {"__init__.py", "dict.txt"}
    files = _files_identity(folder, names)
    return [backend, *files] if files else None


class Segmenter:
    def __init__(self, dictionary: list[str] | tuple[str, ...] = ()):
        self.dictionary = list(dictionary)
        self._cut = None
        self.backend: str | None = None
        self._memo: dict[str, list[int]] | None = None  # text → token lengths, oldest first
        self._added = 0  # texts added to the memo this run
        self.asked = 0  # texts whose boundaries were asked for (memo or tokenizer)

    def __getstate__(self):
        # The tokenizer is native and process-bound: a copy in another process
        # (a spawned worker) loads its own on first use.
        return {"dictionary": self.dictionary, "_cut": None, "backend": None,
                "_memo": None, "_added": 0, "asked": 0}

    def _load(self):
        try:
            import rjieba

            for word in self.dictionary:
                rjieba.add_word(word, None, None)
            _rjieba_words.update(self.dictionary)
            self.backend = "rjieba"
            self._folder = os.path.dirname(rjieba.__file__)
            return lambda text: rjieba.cut(text, True)
        except ImportError:
            import logging

            try:
                import jieba
            except ImportError:  # neither installed (a platform without rjieba's wheel, a broken install)
                return self._unsegmented()
            jieba.setLogLevel(logging.WARNING)
            engine = jieba.Tokenizer()
            for word in self.dictionary:
                engine.add_word(word)
            self.backend = "jieba"
            self._folder = os.path.dirname(jieba.__file__)
            return lambda text: engine.lcut(text, HMM=True)

    def _unsegmented(self):
        """Without a tokenizer every character is a token: a term counts
        wherever it occurs (as before word boundaries were checked) — some
        checklist words may be credited inside longer words — rather than
        the check stopping with an internal error. Said once, on stderr."""
        global _warned
        if not _warned:
            import sys

            _warned = True
            print(MISSING_SEGMENTER, file=sys.stderr)
        self.backend = "none"
        return list

    def tokens(self, text: str) -> list[str]:
        if self._cut is None:
            self._cut = self._load()
        return self._cut(text)

    # -- the memo of token boundaries ---------------------------------------

    def _memo_key(self, identity: list[str]) -> str:
        from linter import cache

        return cache.digest("segments", *identity, "\0dictionary", *self.dictionary)

    def _memo_entry(self) -> str:
        return memo_entry(self.dictionary)

    def _predicted_identity(self) -> list[str] | None:
        """The identity of the backend :meth:`_load` would load."""
        folder = _find_package("rjieba")
        if folder is not None:
            return _backend_identity("rjieba", folder)
        return _backend_identity("jieba", _find_package("jieba"))

    def _memo_table(self) -> dict[str, list[int]]:
        if self._memo is None:
            self._memo = {}
            if self.backend is None:  # once loaded, the tokenizer answers
                identity = self._predicted_identity()
                if identity is not None:  # (rulebooks with the same dictionary share one table)
                    where = (self._memo_entry(), self._memo_key(identity))
                    if where not in _tables:
                        _tables[where] = _read_memo(*where)
                    self._memo = _tables[where]
        return self._memo

    def _exact(self) -> bool:
        """Whether the loaded tokenizer cuts as a fresh process would."""
        return self.backend != "rjieba" or _rjieba_words == set(self.dictionary)

    def _lengths(self, text: str) -> list[int]:
        """The lengths of the tokens of ``text``, remembered across runs."""
        self.asked += 1
        if type(self).tokens is not Segmenter.tokens:  # a subclass with its own tokens
            return [len(token) for token in self.tokens(text)]
        memo = self._memo_table()
        if self.backend is None or self._exact():
            lengths = memo.get(text)
            if lengths is not None:
                return lengths
        lengths = [len(token) for token in self.tokens(text)]
        if self._exact() and len(text) <= MEMO_TEXT_LENGTH:
            memo[text] = lengths
            self._added += 1
            _remember(self)
        return lengths

    def save_memo(self) -> None:
        """Write the memo back (called at exit) when texts were added."""
        if not self._added or self.backend is None or not self._exact():
            return
        identity = _backend_identity(self.backend, getattr(self, "_folder", None))
        if identity is None:
            return
        texts = list(self._memo.items())[-MEMO_TEXTS:]
        from linter import cache

        payload = cache.dumps({"texts": [[text, lengths] for text, lengths in texts]})
        cache.store(self._memo_entry(), self._memo_key(identity), payload)
        self._added = 0

    # -- questions ----------------------------------------------------------

    def boundaries(self, text: str) -> set[int]:
        """Offsets in ``text`` where a token starts or ends."""
        edges = {0}
        offset = 0
        for length in self._lengths(text):
            offset += length
            edges.add(offset)
        return edges

    def whole_words(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` does not straddle a word: every token
        it overlaps lies inside it or holds it whole. So 作风 is a word of
        工作作风 (工作/作风, or one token 工作作风) and 纪律 of 党的纪律 even when
        the segmenter glues 党的纪律 into one token, but not of 工作风险 (工作/风险)."""
        offset = 0
        for length in self._lengths(text):
            token_end = offset + length
            if token_end > start and offset < end:  # overlaps
                inside = start <= offset and token_end <= end
                holds = offset <= start and end <= token_end
                if not (inside or holds):
                    return False
            if offset >= end:
                break
            offset = token_end
        return True

    def contains_word(self, text: str, word: str) -> bool:
        """Whether ``word`` occurs in ``text`` without straddling a word
        boundary (see :meth:`whole_words`)."""
        start = text.find(word)
        while start >= 0:
            if self.whole_words(text, start, start + len(word)):
                return True
            start = text.find(word, start + 1)
        return False


def memo_entry(dictionary) -> str:
    """The name of the memo entry of a rulebook with ``dictionary`` (one per dictionary)."""
    from linter import cache

    return cache.entry_name("segments", "\0".join(dictionary))


def _read_memo(name: str, key: str) -> dict[str, list[int]]:
    from linter import cache

    payload = cache.load(name, key)
    if payload is None:
        return {}
    try:
        texts = cache.loads(payload)["texts"]
        memo = {}
        for text, lengths in texts:
            if (type(text) is str and type(lengths) is list and all(type(n) is int and n > 0 for n in lengths)
                    and sum(lengths) == len(text)):
                memo[text] = lengths
        return memo
    except (ValueError, TypeError, KeyError):
        return {}


def _remember(segmenter: Segmenter) -> None:
    """Write ``segmenter``'s memo at exit, from this (main) process only."""
    global _writer_pid
    if segmenter in _pending:
        return
    if _writer_pid is None:
        import atexit

        _writer_pid = os.getpid()
        atexit.register(_save_all)
    _pending.append(segmenter)


def _save_all() -> None:
    if os.getpid() != _writer_pid:
        return  # a forked child
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is not None and multiprocessing.parent_process() is not None:
        return  # a pool worker (spawned): the main process writes
    written = set()
    for segmenter in _pending:
        if id(segmenter._memo) in written:  # a table shared with a segmenter already saved
            continue
        written.add(id(segmenter._memo))
        try:
            segmenter.save_memo()
        except Exception:  # noqa: BLE001 — a cache write never fails a run
            pass
    _pending.clear()
