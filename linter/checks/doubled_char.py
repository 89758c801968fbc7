"""doubled-char: a Chinese character typed twice (下半年年重点).

Doubled characters are everywhere in correct Chinese: reduplications (常常,
人人, 一一, 年年有余) and, far more often, two words that meet on the same
character (工作|作风, 今年|年初, 党委|委员). A doubled character is accepted
when

* an ``allow`` pattern covers it (the reduplications of the rulebook), or it
  is one of the ``particles`` (的的 in 目的的实现, 了了 in 进行了了解);
* a dictionary word of three or more characters spans both (孜孜不倦);
* or a dictionary word of two to four characters ends on the first and
  another begins on the second (今年|年初).

Otherwise it is reported, with the single character as a suggested fix (not
applied by ``--fix``: a heuristic). The dictionary is jieba's
(:mod:`linter.lexicon`); it is opened only when a document has a doubled
character that the ``allow`` patterns do not explain.

Options:
  allow      regular expressions for legitimate reduplications
  particles  single characters that may double across words

Message placeholders: ``{match}`` (the two characters), ``{char}``,
``{context}`` (a few characters around it).
"""

from __future__ import annotations

import re

from linter.checks.options import regex_list, string_list
from linter.results import Fix

TYPE = "doubled-char"
FIELDS = {"char", "context"}
OPTIONS = {"allow": (regex_list, []), "particles": (string_list, [])}

_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def check(rule, doc, report):
    norm, text = doc.norm, doc.text
    allow = rule.options["allow"]
    particles = rule.options["particles"]
    words = None
    for m in _DOUBLED.finditer(norm):
        i = m.start()
        char = m.group(1)
        if char in particles or _allowed(allow, norm, i):
            continue
        if words is None:
            from linter.lexicon import lexicon

            words = lexicon()
            if not words.available:
                return
        if _explained(words, norm, i):
            continue
        line_start = text.rfind("\n", 0, i) + 1
        line_end = text.find("\n", i)
        line_end = len(text) if line_end < 0 else line_end
        context = text[max(line_start, i - 3):min(line_end, i + 5)].strip()
        yield report(i, i + 2, fix=Fix(i, i + 2, text[i], safe=False), char=text[i], context=context)


def _allowed(allow, norm: str, i: int) -> bool:
    for pattern in allow:
        for a in pattern.finditer(norm, max(0, i - 8), i + 10):
            if a.start() <= i and a.end() >= i + 2:
                return True
    return False


def _explained(words, norm: str, i: int) -> bool:
    """Whether dictionary words account for the doubled character at i, i+1."""
    run = _HAN.match(norm, _run_start(norm, i))
    lo, hi = run.start(), run.end()
    # one word of three or more characters covering both
    for start in range(max(lo, i - 3), i + 1):
        for end in range(max(i + 2, start + 3), min(hi, start + 6) + 1):
            if norm[start:end] in words:
                return True
    left = any(norm[start:i + 1] in words for start in range(max(lo, i - 3), i))
    if not left:
        return False
    return any(norm[i + 1:end] in words for end in range(i + 3, min(hi, i + 5) + 1))


def _run_start(norm: str, i: int) -> int:
    start = i
    while start > 0 and "\u4e00" <= norm[start - 1] <= "\u9fff":
        start -= 1
        if i - start > 8:
            break
    return start
