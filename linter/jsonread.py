"""Reading the cache folder's JSON without importing the :mod:`json` package.

A one-report check reads four JSON entries (the regex store's index, the
rulebook trees, the front-matter memo). ``import json`` costs ~1.4 % of such
a run (callgrind: 5.6 M instructions, of which 3.1 M compile the seven
regular expressions of ``json.decoder``, ``json.scanner`` and ``json.encoder``
at import), and decoding needs none of them: ``json.loads`` hands the text to
the C scanner of CPython's ``_json`` accelerator. :func:`loads` calls that
scanner directly, with the settings ``json.loads`` gives it, and reads the same
values; without ``_json`` (another Python implementation) it is ``json.loads``.
tests/test_jsonread.py compares the two on values, hooks and damaged input.
"""

from __future__ import annotations

try:
    from _json import make_scanner as _make_scanner
except ImportError:  # pragma: no cover — another Python implementation
    _make_scanner = None

_SPACE = " \t\n\r"
_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}
_scanners: dict = {}  # object_hook → its scanner


class _Settings:
    """What ``_json.make_scanner`` reads from a ``json.JSONDecoder``."""

    __slots__ = ("strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int",
                 "parse_constant", "memo")

    def __init__(self, object_hook):
        self.strict = True
        self.object_hook = object_hook
        self.object_pairs_hook = None
        self.parse_float = float
        self.parse_int = int
        self.parse_constant = _CONSTANTS.__getitem__
        self.memo = {}


def loads(data: bytes | str, object_hook=None):
    """The value of the JSON document ``data`` (UTF-8 bytes or text), as
    ``json.loads(data, object_hook=object_hook)`` reads it; ValueError (or
    what ``object_hook`` raises) on a damaged document."""
    if _make_scanner is None:  # pragma: no cover
        import json

        return json.loads(data, object_hook=object_hook)
    text = data if isinstance(data, str) else bytes(data).decode("utf-8", "surrogatepass")
    scan = _scanners.get(object_hook)
    if scan is None:
        scan = _scanners[object_hook] = _make_scanner(_Settings(object_hook))
    start = len(text) - len(text.lstrip(_SPACE))
    try:
        value, end = scan(text, start)
    except StopIteration as exc:
        raise ValueError(f"JSON: no value at character {exc.value}") from None
    if text[end:].strip(_SPACE):
        raise ValueError(f"JSON: extra data at character {end}")
    return value
