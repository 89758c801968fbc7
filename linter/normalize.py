"""The matching view of a text: same length and offsets, easier to match.

Two character-for-character foldings:

* traditional → simplified with OpenCC's ``t2s`` (so 黨風廉政 matches 党风廉政);
* full-width ASCII → half-width, odd spaces (U+3000, U+00A0) and CR → space
  (so （一） reads as (一), ， as , and ＊＊ as **; and 丨 as |, a post's separator).

Rules match on this view; findings always quote and point at the original.
"""

from __future__ import annotations

import os
import sys

_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20})
_WIDTH[0x0D] = 0x20  # CR of CRLF: lets `$` patterns work alike on LF and CRLF files
_WIDTH[0xFFE5] = ord("¥")
_WIDTH[0x4E28] = ord("|")  # 丨, a post's separator as ｜ is (01丨强化政治引领; 年终盘点丨…), never a word of a report
_WIDTH[0x258F] = ord("|")  # ▏, a bar a page's editor sets between a part's numeral and its title (贰 ▏存在的问题及原因)
_FOLDED = {chr(k): chr(v) for k, v in _WIDTH.items()}
_FOLDABLE = None  # compiled on first use: a character class of _FOLDED

_converter = None
#: Said once per process when OpenCC cannot be imported.
MISSING_OPENCC = ("zhidang: 提示：未能加载 OpenCC（opencc），繁体字只逐字转为简体（不按词组），"
                  "个别繁体用词可能漏检；pip install opencc 可装上")


class _Unconverted:
    """Stands in for OpenCC when it cannot be imported (a platform without its
    wheel, a broken install): simplified text — nearly every report — is
    checked exactly as before; traditional characters are converted one by one
    as t2s converts each alone (linter/_t2s_guard.py, SIMPLIFIED), without
    OpenCC's phrases."""

    _table = None

    @classmethod
    def convert(cls, text: str) -> str:
        if cls._table is None:
            from linter import _t2s_guard

            cls._table = {ord(t): s for t, s in zip(_t2s_guard.CHARS, _t2s_guard.SIMPLIFIED) if t != s}
        return text.translate(cls._table)


def _opencc():
    global _converter
    if _converter is None:
        try:
            import opencc  # deferred: not every command needs it
        except ImportError:
            import sys

            print(MISSING_OPENCC, file=sys.stderr)
            _converter = _Unconverted()
        else:
            _converter = opencc.OpenCC("t2s")
    return _converter


def to_simplified(text: str) -> str:
    """Traditional → simplified, guaranteed to keep length and offsets.

    OpenCC converts phrase by phrase; for t2s that is character-for-character
    in practice, but should a conversion ever change the length, each line
    that differs falls back to a per-character conversion (a character that
    would become several is left as it was).
    """
    if text.isascii() or _unchanged_by_t2s(text):
        return text
    converted = _opencc().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_align_line(line) for line in text.splitlines(keepends=True))


_guard = None  # see _load_guard; False when the guard does not fit the installed OpenCC
_T2S = "t2s.json"


def _unchanged_by_t2s(text: str) -> bool:
    """True when OpenCC's t2s would give ``text`` back unchanged, known without
    loading OpenCC (~7% of a one-report check): the text holds none of the
    characters and phrases that t2s converts (:mod:`linter._t2s_guard`,
    scripts/gen_t2s_guard.py, which says why that is exact). False whenever
    that cannot be known: the installed OpenCC's dictionaries are not the ones
    the guard was read from, or OpenCC is missing. Two scans of the text by
    character classes; a phrase is compared only where its first changing
    character is (覆 of 回覆; 全覆盖 is not a phrase that changes)."""
    global _guard
    if _guard is None:
        _guard = _load_guard() or False
    if _guard is False:
        return False
    chars, any_astral, astral, anchors, phrases = _guard
    if chars.search(text) is not None:
        return False
    for m in any_astral.finditer(text):  # rare; a class of them would cost ~2 µs a character
        if m.group() in astral:  # a substring test of one character
            return False
    for m in anchors.finditer(text):
        at = m.start()
        for phrase, index in phrases[m.group()]:
            if at >= index and text.startswith(phrase, at - index):
                return False
    return True


def _load_guard():
    """(the characters' class, any character beyond the Basic Multilingual
    Plane, those of them t2s converts, the phrases' anchors' class, the
    phrases by anchor), or None when the guard does not fit the installed OpenCC."""
    from linter import _t2s_guard

    share = _opencc_share()
    if share is None:
        return None
    from linter.cache import blake2b256, memo_files

    paths = [os.path.join(share, name) for name in _t2s_guard.DIGESTS]

    def read() -> tuple[bytes, ...]:
        contents = []
        for path in paths:
            with open(path, "rb") as file:
                contents.append(file.read())
        return tuple(contents)

    def digests(contents) -> list[str]:
        return [blake2b256(content).hexdigest() for content in contents]

    # (the dictionaries' ~100 KB hashed once, then known by their stamps: linter.cache.memo_files)
    try:
        found = memo_files("t2s-guard", None, paths, read, digests, lambda found: "\n".join(found).encode("ascii"),
                           lambda payload: payload.decode("ascii").split("\n"))
    except OSError:
        return None
    if found != list(_t2s_guard.DIGESTS.values()):
        return None
    from linter import regexstore

    phrases = {}
    for phrase, index in _t2s_guard.PHRASES:
        phrases.setdefault(phrase[index], []).append((phrase, index))
    # _t2s_guard.ASTRAL is kept out of the class: re compares such characters one by one
    return (regexstore.compile("[" + _t2s_guard.CHARS + "]"), regexstore.compile("[\U00010000-\U0010FFFF]"),
            _t2s_guard.ASTRAL, regexstore.compile("[" + "".join(sorted(phrases)) + "]"), phrases)


def _opencc_share() -> str | None:
    """The folder whose t2s.json ``opencc.OpenCC("t2s")`` would read, found
    without importing opencc; None when that is not certain."""
    if os.path.isfile(_T2S):  # opencc tries the current folder first
        return None
    if "opencc" in sys.modules:  # imported already (None: its import failed)
        origin = getattr(sys.modules["opencc"], "__file__", None)
    else:
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec("opencc")
        origin = spec.origin if spec is not None else None
    if not origin or os.path.basename(origin) != "__init__.py":
        return None
    share = os.path.join(os.path.dirname(os.path.abspath(origin)), "clib", "share", "opencc")
    return share if os.path.isfile(os.path.join(share, _T2S)) else None


def _align_line(line: str) -> str:
    converted = _opencc().convert(line)
    if len(converted) == len(line):
        return converted
    out = []
    for ch in line:
        single = _opencc().convert(ch)
        out.append(single if len(single) == 1 else ch)
    return "".join(out)


def fold_width(text: str) -> str:
    """Full-width ASCII → half-width; ideographic and no-break spaces → space.

    One ``str.replace`` per foldable character that occurs (a Chinese text has
    a handful: ，：；（）): about 8× faster than ``str.translate``, which looks
    every character of a non-ASCII string up in the table."""
    global _FOLDABLE
    if _FOLDABLE is None:
        from linter import regexstore

        _FOLDABLE = regexstore.compile("[" + "".join(sorted(_FOLDED)) + "]")
    for ch in set(_FOLDABLE.findall(text)):
        text = text.replace(ch, _FOLDED[ch])
    return text


def normalize(text: str) -> str:
    """The matching view: simplified and width-folded, same length as ``text``."""
    return fold_width(to_simplified(text))


def blank(norm: str, spans) -> str:
    """``norm`` with every character of ``spans`` but newlines turned into a
    space: text that is not report text (``Source.mask``) keeps its offsets
    and lines but matches nothing."""
    if not spans:
        return norm
    parts, last = [], 0
    for start, end in sorted(spans):
        start = max(start, last)
        if end <= start:
            continue
        parts.append(norm[last:start])
        chunk = norm[start:end]
        parts.append("\n".join(" " * len(piece) for piece in chunk.split("\n")))
        last = end
    parts.append(norm[last:])
    return "".join(parts)
