"""Compiled regular expressions kept across runs (a cache entry of their code).

Compiling the built-in patterns — the rulebooks' ~300, the outline grammar's
lexer, the rule types' own tables — is pure Python work in ``re`` (parse the
pattern, optimise its character sets, emit code) and cost ~60 ms of every
one-report check, a third of a warm run. ``re`` caches only within a process,
and a compiled pattern cannot be serialized (pickle stores the text and
compiles again). What ``re.compile`` hands to the C engine, though, is data:
the pattern's code (a list of integers), flags and group names. This module
keeps that data in the cache folder (:mod:`linter.cache`, entry ``regex.json``)
and rebuilds a pattern from it with ``_sre.compile`` in microseconds.

**Layout.** The entry is read whole at every start-up, so it is laid out to
be read cheaply: a line of JSON — each record's flags, groups and group
names, and where its code lies, in the order of the keys, and the length of
the keys — then the keys (the patterns' texts) as one run of UTF-8 separated
by ``\x01``, then the code of every pattern as one block of raw machine
words. Code written as base64 inside the JSON (as it was) made the decoder
scan ~250,000 characters and base64 decode them again, ~3 % of a one-report
check; the patterns as JSON keys were most of what was left (a backslash in
every other character, each an escape for the decoder: ~1 % of a check).
The keys are one ``split``; a slice of the block is read into an array
directly. A pattern whose text holds ``\x01`` is not kept.

**Same pattern, always.** The entry is keyed by the Python version and the
engine's ``_sre.MAGIC``, so code from another interpreter is never used; the
engine validates code it is given (invalid code raises, and the pattern is
then compiled normally); the restored pattern compares equal to
``re.compile``'s (``Pattern.__eq__`` compares pattern, flags and code; a
test checks every built-in pattern). Anything unexpected — another Python
implementation, a changed ``re`` internals API, a damaged entry — falls back
to ``re.compile``, never an error. A forged entry (see :mod:`linter.cache`:
only someone who can write the user's cache folder) can make a pattern match
something else — wrong findings, as a forged rulebook tree can — not run code.

**Bounded.** Only patterns from trusted places go through :func:`compile`:
built-in rulebooks (:class:`linter.checks.options.LazyPattern`), rule types'
own tables and the alternations they build from rulebook terms, the outline
lexer (a user's rulebook patterns run in ``regex`` and never come here). The
entry holds at most :data:`MAX_PATTERNS`; a run that compiled new ones
rewrites it once, at exit, and keeps only what that run used when the entry
would otherwise exceed twice that (and :data:`LEAN_PATTERNS`): a user who
edits a rulebook's terms for months cannot grow it, nor slow start-up with it.
"""

from __future__ import annotations

import re
import sys
from array import array

#: Most patterns kept in the entry (the built-in ones are ~400).
MAX_PATTERNS = 4000
#: The entry is read whole at every start-up (~5 µs a record): records no run
#: has used lately are dropped when a run that writes it finds more than twice
#: what it used, and more than this many, in it (see :func:`save`).
LEAN_PATTERNS = 1000
_KIND = "regex"
#: The entry's layout (in its key: an entry of another layout is not read).
_LAYOUT = "3"
#: Between two keys in the entry (a key that holds it is not kept).
_SEPARATOR = "\x01"

#: "flags\0pattern" → [flags, groups, groupindex, indexgroup, code (bytes: the
#: engine's code units)]; "name\0flags\0pattern" → a fact (see :func:`fact`)
_stored: dict | None = None
_block = memoryview(b"")  # the entry's block of code that the stored records' [start, length] point into
_new: dict = {}  # records compiled in this process, not yet in the entry
_used: set = set()  # keys of stored records used in this process
_saving = False  # the atexit writer is registered
_internals = None  # (parse, code, _sre) or False when this Python's re cannot be used
_typecode = "I"  # the array type code of the engine's code units (set with _internals)
_compiled: dict = {}  # key → the pattern this process compiled or restored (a compiled pattern is immutable: shared)
_compiled_of = None  # the store those were compiled with


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 — the re name, on purpose
    """``re.compile(pattern, flags)``, from the cache entry when it holds the
    pattern's code. ``pattern`` must come from a trusted place (module docstring)."""
    if not isinstance(pattern, str):
        return re.compile(pattern, flags)
    global _compiled_of
    key = f"{int(flags)}\0{pattern}"
    table = _table()
    if _compiled_of is not table:  # (the store read anew — a test's next process: nothing compiled before is known)
        _compiled.clear()
        _compiled_of = table
    compiled = _compiled.get(key)
    if compiled is not None:  # (the same pattern asked for again: a layout rule's table of contents, 18 times a check)
        return compiled
    stored = table.get(key)
    if stored is not None:
        compiled = _restore(pattern, _located(stored, _block))
        if compiled is not None:
            _used.add(key)
            _compiled[key] = compiled
            return compiled
    record = _record(pattern, flags)
    if record is None:
        return re.compile(pattern, flags)
    compiled = _restore(pattern, record)
    if compiled is None:
        return re.compile(pattern, flags)
    _remember(key, record)
    _compiled[key] = compiled
    return compiled


class _Compiled:
    """A method or attribute of a :class:`Lazy` pattern's compiled pattern, found on the class: the
    first use compiles the pattern and puts the compiled pattern's attribute on the instance, where
    later uses find it first (a non-data descriptor), so they cost what they cost on an
    ``re.Pattern``. Reached through ``__getattr__`` instead, every first use raised and formatted an
    AttributeError (~180 a check)."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = getattr(instance.compiled(), self.name)
        instance.__dict__[self.name] = value
        return value


class Lazy:
    """A pattern compiled (by :func:`compile`) when first used: a module's table for a rare layout (a
    title's trailing note, a table's row, a slogan's two halves …) that most documents never reach —
    of the ~80 such constants a one-report check imports, about half go unused, and restoring each
    costs ~37,000 instructions of start-up — or a built-in rulebook's pattern
    (:class:`linter.checks.options.LazyPattern`). ``pattern`` and ``flags`` are known without
    compiling. Only for patterns used through their methods (``X.search(…)``), never handed to code
    that wants an ``re.Pattern`` itself."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags

    def _compile(self) -> re.Pattern:
        return compile(self.pattern, self.flags)

    def compiled(self) -> re.Pattern:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = self._compile()
        return compiled

    # (what callers use of a pattern; anything else goes through __getattr__)
    finditer, search, match, fullmatch, findall, sub, subn, split, groupindex, groups = (
        _Compiled(name) for name in ("finditer", "search", "match", "fullmatch", "findall", "sub", "subn", "split",
                                     "groupindex", "groups"))

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_compiled":  # (copy, pickle, repr's lookups: not the compiled pattern's)
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        if callable(value):
            setattr(self, name, value)  # found on the instance from now on
        return value


def lazy(pattern: str, flags: int = 0) -> Lazy:
    """A :class:`Lazy` pattern: ``compile(pattern, flags)`` when it is first used."""
    return Lazy(pattern, flags)


def fact(name: str, pattern: str, flags: int, compute):
    """``compute()`` — a JSON-able fact about ``pattern`` derived from its
    text alone, such as the literals :mod:`linter.prefilter` reads from its
    syntax tree — kept in the entry beside the compiled code."""
    key = f"{name}\0{int(flags)}\0{pattern}"
    table = _table()
    if key in table:
        _used.add(key)
        return table[key]
    value = compute()
    _remember(key, value)
    return value


def list_fact(name: str, texts: list[str], compute, valid):
    """A fact about a list of patterns (``texts``, one string each), kept as one
    record keyed by a digest of them — not a record per pattern, whose key (the
    pattern's text) every start-up would decode; ``compute()`` again where the
    stored value is damaged (a list of another length, or an entry not ``valid(entry)``)."""
    from linter.cache import blake2b256

    digest = blake2b256("\x02".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
    stored = fact(name, digest, 0, compute)
    return stored if type(stored) is list and len(stored) == len(texts) and all(map(valid, stored)) else compute()


def strings(value) -> bool:
    """Whether ``value`` (read from the entry) is a non-empty list of non-empty
    strings — tested in C (``all``, ``join``), not by a generator in Python:
    the validity tests of the ~400 facts a start-up reads were ~1 % of a check."""
    if type(value) is not list or not value or not all(value):
        return False
    try:
        "".join(value)
    except TypeError:
        return False
    return True


def _remember(key: str, value) -> None:
    if len(_new) < MAX_PATTERNS:
        _new[key] = value
        _save_at_exit()


def _re_internals():
    """``(parse, code, _sre)``: the parser, code generator and engine of this
    Python's ``re`` (their module names changed in 3.11), or None."""
    global _internals, _typecode
    if _internals is None:
        try:
            import _sre

            if sys.version_info >= (3, 11):
                from re import _compiler as compiler
                from re import _parser as parser
            else:  # pragma: no cover — 3.10
                import sre_compile as compiler
                import sre_parse as parser
            _typecode = next(code for code in "IL" if array(code).itemsize == _sre.CODESIZE)
            _internals = (parser.parse, compiler._code, _sre)
        except (ImportError, AttributeError, StopIteration):  # pragma: no cover — another implementation
            _internals = False
    return _internals or None


def record(pattern: str, flags: int = 0) -> list | None:
    """What the engine needs to rebuild ``pattern`` (JSON-able), for a
    caller that keeps it in its own cache entry with :func:`engine_key`
    among its key's parts; None when this Python's ``re`` is not known here."""
    record = _record(pattern, flags)
    if record is not None:
        import base64

        record[4] = base64.b64encode(record[4]).decode("ascii")
    return record


def restore(pattern: str, stored, flags: int = 0) -> re.Pattern:
    """``pattern`` (with ``flags``) rebuilt from what :func:`record` gave;
    compiled afresh when that is damaged, foreign or None."""
    compiled = None
    if isinstance(stored, list) and len(stored) == 5 and isinstance(stored[4], str):
        import base64

        try:
            compiled = _restore(pattern, [*stored[:4], base64.b64decode(stored[4], validate=True)])
        except ValueError:  # (binascii.Error) not base64
            compiled = None
    if compiled is None or compiled.flags & ~re.UNICODE != flags & ~re.UNICODE:
        return re.compile(pattern, flags)
    return compiled


def engine_key() -> str:
    """The Python and regular expression engine that records belong to."""
    return _key()


def _record(pattern: str, flags: int) -> list | None:
    """What ``re.compile`` hands to the engine, as JSON-able data (None when
    this Python's internals are not the ones known here)."""
    internals = _re_internals()
    if internals is None:
        return None
    parse, code_of, _sre = internals
    try:
        parsed = parse(pattern, flags)
        code = code_of(parsed, flags)
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        packed = array(_typecode, code).tobytes()
    except Exception:  # noqa: BLE001 — an invalid pattern or unknown internals: re.compile says which
        return None
    return [int(flags | state.flags), state.groups - 1, groupindex, indexgroup, packed]


def _restore(pattern: str, record: list) -> re.Pattern | None:
    internals = _re_internals()
    if internals is None:
        return None
    _sre = internals[2]
    try:
        flags, groups, groupindex, indexgroup, packed = record
        code = array(_typecode)
        code.frombytes(packed)  # (bytes or a memoryview of the entry; anything else raises)
        code = code.tolist()
        return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 — damaged or foreign record, invalid code: compile afresh
        return None


def _key() -> str:
    internals = _re_internals()
    magic = internals[2].MAGIC if internals else 0
    return f"{sys.version} {sys.implementation.cache_tag} sre {magic}"


def _table() -> dict:
    """The stored records (read once, on the first compile)."""
    global _stored, _block
    if _stored is None:
        _stored, _block = _read()
    return _stored


def _read() -> tuple[dict, memoryview]:
    """The entry's records by key, and its block of code. A pattern's record
    ends with [start, length] of its code in the block, made a slice of it
    only when the pattern is compiled (:func:`_located`): a run uses a part
    of the ~1,000 records, and slicing them all cost ~1 M instructions."""
    empty = {}, memoryview(b"")
    from linter import cache

    if cache.cache_dir() is None:
        return empty
    from linter import __version__

    payload = cache.load(cache.entry_name(_KIND), _entry_key(__version__))
    if payload is None:
        return empty
    from linter.jsonread import loads

    index, _, rest = payload.partition(b"\n")  # (compact JSON holds no newline)
    try:
        values, size = loads(index)
        keys = rest[:size].decode("utf-8").split(_SEPARATOR) if values else []
    except (ValueError, TypeError):
        return empty
    if type(values) is not list or type(size) is not int or len(keys) != len(values):
        return empty
    return dict(zip(keys, values)), memoryview(rest)[size:]


def _located(record, block: memoryview):
    """``record`` with its [start, length] made the slice of ``block`` that holds its code (in place;
    a damaged one is left as it is: :func:`_restore` refuses it, and the pattern is compiled afresh)."""
    if type(record) is list and len(record) == 5 and type(record[4]) is list and len(record[4]) == 2:
        start, length = record[4]
        if type(start) is int and type(length) is int and 0 <= start <= start + length <= len(block):
            record[4] = block[start:start + length]
    return record


def _entry_key(version: str) -> str:
    from linter import cache

    return cache.digest(str(cache.FORMAT), version, _KIND, _LAYOUT, _key())


def _save_at_exit() -> None:
    global _saving
    if not _saving:
        _saving = True
        import atexit

        atexit.register(_save_quietly)


def _save_quietly() -> None:
    """:func:`save` at exit: a cache that cannot be written is never an error."""
    try:
        save()
    except Exception:  # noqa: BLE001 — nothing at exit may turn a check into a traceback
        pass


def save() -> None:
    """Add the patterns compiled in this process to the entry (merged with
    what another process may have written meanwhile)."""
    if not _new:
        return
    from linter import cache

    if cache.cache_dir() is None:
        _new.clear()
        return
    from linter import __version__

    table, old_block = _read()
    # A user who edits a rulebook's terms for months leaves the alternations of
    # every old version behind: kept up to MAX_PATTERNS, they would slow every
    # start-up. Two configurations used in turn (~400 records each) both stay.
    limit = min(MAX_PATTERNS, max(LEAN_PATTERNS, 2 * (len(_used) + len(_new))))
    if len(table) + len(_new) > limit:
        table = {key: record for key, record in table.items() if key in _used}
    for key, record in _new.items():
        if len(table) >= MAX_PATTERNS:
            break
        table[key] = record
    _new.clear()
    block = bytearray()
    keys, values = [], []
    for key, record in table.items():
        try:
            encoded = key.encode("utf-8")  # (a lone surrogate in a pattern's text: not kept)
        except UnicodeEncodeError:
            continue
        if _SEPARATOR in key:
            continue
        if key[:1].isdigit():
            record = _located(record, old_block)
        if type(record) is list and len(record) == 5 and isinstance(record[4], (bytes, memoryview)):
            code = record[4]
            record = [*record[:4], [len(block), len(code)]]
            block += code
        keys.append(encoded)
        values.append(record)
    text = _SEPARATOR.encode().join(keys)
    payload = cache.compact_json([values, len(text)])
    cache.store(cache.entry_name(_KIND), _entry_key(__version__), payload + b"\n" + text + block)
