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
"""

from __future__ import annotations


class Segmenter:
    def __init__(self, dictionary: list[str] | tuple[str, ...] = ()):
        self.dictionary = list(dictionary)
        self._cut = None
        self.backend: str | None = None

    def __getstate__(self):
        # The tokenizer is native and process-bound: a copy in another process
        # (a spawned worker) loads its own on first use.
        return {"dictionary": self.dictionary, "_cut": None, "backend": None}

    def _load(self):
        try:
            import rjieba

            for word in self.dictionary:
                rjieba.add_word(word, None, None)
            self.backend = "rjieba"
            return lambda text: rjieba.cut(text, True)
        except ImportError:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            engine = jieba.Tokenizer()
            for word in self.dictionary:
                engine.add_word(word)
            self.backend = "jieba"
            return lambda text: engine.lcut(text, HMM=True)

    def tokens(self, text: str) -> list[str]:
        if self._cut is None:
            self._cut = self._load()
        return self._cut(text)

    def boundaries(self, text: str) -> set[int]:
        """Offsets in ``text`` where a token starts or ends."""
        edges = {0}
        offset = 0
        for token in self.tokens(text):
            offset += len(token)
            edges.add(offset)
        return edges

    def whole_words(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` does not straddle a word: every token
        it overlaps lies inside it or holds it whole. So 作风 is a word of
        工作作风 (工作/作风, or one token 工作作风) and 纪律 of 党的纪律 even when
        the segmenter glues 党的纪律 into one token, but not of 工作风险 (工作/风险)."""
        offset = 0
        for token in self.tokens(text):
            token_end = offset + len(token)
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
