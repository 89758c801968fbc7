"""Skip a regular expression on a text that cannot hold a match.

Most of a rulebook's patterns find nothing in most documents: a residue
pattern (``此处隐藏…字|省略…字|…会员可…|预览结束``) is scanned character by
character over the whole text, ~100 MB/s, and a rulebook has dozens of them.
Every match of such a pattern contains one of a few literal strings (here
此处隐藏, 省略, 会员, 预览); ``str.__contains__`` looks for a string many
times faster than the regular expression engine steps through the text, so
when none of them occurs, the pattern is not run at all. The result is the
same by construction: the literals are read from the pattern's own syntax
tree, and only where every match must contain one of them.

:func:`required` derives, from the parsed pattern, a set of strings of which
every match contains at least one (None when no such set is known: a pattern
that may match without any fixed character, or with ``IGNORECASE``). Parts
that match without consuming (look-arounds, anchors) are not read;
repetitions count only when they repeat at least once; an alternation needs
the union of its branches' sets. Of several candidates in a sequence the
most selective is kept (the longest shortest string).
"""

from __future__ import annotations

import re

try:  # Python ≥ 3.11
    from re import _constants as _c, _parser as _p
except ImportError:  # Python 3.10
    import sre_constants as _c  # noqa: F401 (deprecated aliases, still present)
    import sre_parse as _p

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)

_known: dict[tuple[str, int], frozenset[str] | None] = {}


class _CaseFolding(Exception):
    pass


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None."""
    key = (pattern, flags)
    if key in _known:
        return _known[key]
    from linter import regexstore  # the derivation parses the pattern: ~0.1 ms each, kept across runs

    stored = regexstore.fact("required", pattern, flags, lambda: _listed(_derive(pattern, flags)))
    if stored is not None and not (isinstance(stored, list) and stored
                                   and all(isinstance(s, str) and s for s in stored)):
        stored = _listed(_derive(pattern, flags))  # a damaged entry
    found = _known[key] = None if stored is None else frozenset(stored)
    return found


def _listed(found: frozenset[str] | None) -> list[str] | None:
    return None if found is None else sorted(found)


def _derive(pattern: str, flags: int) -> frozenset[str] | None:
    try:
        parsed = _p.parse(pattern, flags)
        if (parsed.state.flags | flags) & re.IGNORECASE:
            raise _CaseFolding
        found = _sequence(parsed)
    except (_CaseFolding, re.error, RecursionError, TypeError, ValueError):
        found = None
    if found is not None and (not found or "" in found):
        found = None
    return found


def may_match(pattern, text: str) -> bool:
    """False only when ``pattern`` certainly finds nothing in ``text``. Only
    patterns of Python's ``re`` are read (an ``re.Pattern`` or a built-in
    rulebook's :class:`~linter.checks.options.LazyPattern`); a user's pattern
    compiled by the ``regex`` module, whose syntax differs, is always run."""
    kind = type(pattern)
    if kind is not re.Pattern and kind is not (_LAZY or _lazy()):
        return True
    key = (pattern.pattern, pattern.flags & re.IGNORECASE)
    literals = _known[key] if key in _known else required(*key)
    if literals is None:
        return True
    for literal in literals:
        if literal in text:
            return True
    return False


_LAZY = None


def _lazy():
    global _LAZY
    from linter.checks.options import LazyPattern

    _LAZY = LazyPattern
    return LazyPattern


def _sequence(items) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset(("".join(run),)))
            run = []
        found = None
        if op is _c.SUBPATTERN:
            _, add_flags, _, body = arg
            if add_flags & re.IGNORECASE:
                raise _CaseFolding
            found = _sequence(body)
        elif _ATOMIC is not None and op is _ATOMIC:
            found = _sequence(arg)
        elif op in _REPEATS:
            low, _, body = arg
            if low >= 1 and len(body) == 1 and body[0][0] is _c.LITERAL:
                found = frozenset((chr(body[0][1]) * min(low, 8),))  # 某{2,}: 某某
            else:
                found = _sequence(body) if low >= 1 else None
        elif op is _c.BRANCH:
            branches = [_sequence(branch) for branch in arg[1]]
            if all(branches):
                found = frozenset().union(*branches)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset(("".join(run),)))
    if not candidates:
        return None
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)))
