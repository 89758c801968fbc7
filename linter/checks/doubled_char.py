"""doubled-char: a Chinese character typed twice (下半年年重点).

Doubled characters are everywhere in correct Chinese: reduplications (常常,
人人, 一一, 年年有余) and, far more often, two words that meet on the same
character (工作|作风, 今年|年初, 党委|委员). A doubled character is accepted
when

* it is one of the ``reduplications`` (常常, 人人), an ``allow`` pattern
  covers it (年年有余, AABB forms such as 扎扎实实), or it is one of the
  ``particles`` (的的 in 目的的实现, 了了 in 进行了了解);
* a dictionary word of three or more characters spans both (孜孜不倦);
* or a dictionary word of two to four characters ends on the first and
  another begins on the second (今年|年初).

Otherwise it is reported, with the single character as a suggested fix (not
applied by ``--fix``: a heuristic). The dictionary is jieba's
(:mod:`linter.lexicon`); it is opened only when a document has a doubled
character that the ``allow`` patterns do not explain.

Options:
  reduplications  doubled characters that are words (常常, 人人 …)
  allow           regular expressions for longer legitimate forms
  particles       single characters that may double across words

Message placeholders: ``{match}`` (the two characters), ``{char}``,
``{context}`` (the words around it, up to the nearest punctuation, at
most 4 characters before and 8 after).
"""

from __future__ import annotations

from linter import regexstore
from linter.checks.options import regex_list, string_list
from linter.results import Fix

TYPE = "doubled-char"
FIXES = True  # findings may carry a fix (safe ones are applied by --fix)
FIELDS = {"char", "context"}
OPTIONS = {"reduplications": (string_list, []), "allow": (regex_list, []),
           "particles": (string_list, [])}

# Any doubled character, filtered to Chinese ones in Python: a class of the
# 20 000 CJK code points costs milliseconds to compile, on every run.
_DOUBLED = regexstore.compile(r"(.)\1")


#: How far the quoted words reach before and after the doubled character.
_BEFORE, _AFTER = 4, 8


def _han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def check(rule, doc, report):
    norm, text = doc.norm, doc.text
    allow = rule.options["allow"]
    particles = rule.options["particles"]
    pairs = rule.options["reduplications"]
    words = None
    for m in _DOUBLED.finditer(norm):
        i = m.start()
        char = m.group(1)
        if not _han(char) or char in particles or norm[i:i + 2] in pairs or _allowed(allow, norm, i):
            continue
        if words is None:
            from linter.lexicon import lexicon

            words = lexicon()
            if not words.available:
                return
        if _explained(words, norm, i):
            continue
        # the words around it: up to the nearest punctuation within a few
        # characters either side, on the same line (looked for only that far:
        # a long line with many findings is not scanned again for each)
        lo = i
        while lo > 0 and i - lo < _BEFORE and _han(norm[lo - 1]):
            lo -= 1
        hi = i + 2
        while hi < len(norm) and hi - i < _AFTER and _han(norm[hi]):
            hi += 1
        context = text[lo:hi]
        yield report(i, i + 2, fix=Fix(i, i + 2, text[i], safe=False), char=text[i], context=context)


def _allowed(allow, norm: str, i: int) -> bool:
    for pattern in allow:
        for a in pattern.finditer(norm, max(0, i - 8), i + 10):
            if a.start() <= i and a.end() >= i + 2:
                return True
    return False


def _explained(words, norm: str, i: int) -> bool:
    """Whether dictionary words account for the doubled character at i, i+1."""
    lo, hi = _run(norm, i)
    # one word of three or more characters covering both
    for start in range(max(lo, i - 3), i + 1):
        for end in range(max(i + 2, start + 3), min(hi, start + 6) + 1):
            if norm[start:end] in words:
                return True
    left = any(norm[start:i + 1] in words for start in range(max(lo, i - 3), i))
    if not left:
        return False
    return any(norm[i + 1:end] in words for end in range(i + 3, min(hi, i + 5) + 1))


def _run(norm: str, i: int) -> tuple[int, int]:
    """The stretch of Chinese characters around i, i+1 (at most 8 either way)."""
    lo, hi = i, i + 2
    while lo > 0 and i - lo < 8 and _han(norm[lo - 1]):
        lo -= 1
    while hi < len(norm) and hi - i < 8 and _han(norm[hi]):
        hi += 1
    return lo, hi
