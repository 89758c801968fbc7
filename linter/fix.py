"""``zhidang check --fix`` and ``--diff``: apply the safe fixes.

A rule offers a fix as a :class:`~linter.results.Fix` on its finding: the
replacement for the finding's span. Only *safe* fixes are applied, and
:func:`settle` (run on every result) turns a fix into a mere suggestion when it
would touch what only a person can correct:

* the span of a finding of a rule with ``protect: true`` (placeholders);
* a figure: a fix must leave the digits of its span as they were.

Fixing is repeated on the fixed text (overlapping fixes wait for the next
round) until no safe fix is left, so the result re-lints with no fixable
finding.

Writing back: only formats with a writer in :data:`WRITERS` are changed —
.txt and .md, written in the file's own encoding, with its BOM (if it had
one) and its line endings untouched (they are part of ``Source.text``),
atomically: a temporary file beside it, then ``os.replace``. The encoding is
verified first: ``Source.encoding`` (plus a BOM) must reproduce the file's
current bytes exactly from ``Source.text``, otherwise — or if the file
changed since it was read — the file is left alone.

Hook for .docx: register ``FIXABLE["docx"] = can_apply(source, fix)`` —
true only when the fix's span lies inside one run, so no formatting is lost —
and ``WRITERS["docx"] = writer(path, source, new_text)``. Until then, fixes
in .docx files are reported as suggestions (``"safe": false``) and nothing
is written.
"""

from __future__ import annotations

import codecs
import re

from linter.files import check_rewritable, write_atomically
from linter.errors import SourceError

_DIGITS = re.compile(r"\d")

#: Rounds of fixing before giving up (each round applies at least one fix).
MAX_ROUNDS = 50

_BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}


def settle(result, rulebook, source) -> None:
    """Mark as unsafe every safe fix of ``result`` that would change a
    protected span (``protect: true`` rules) or the digits of its span, or
    that the format's writer cannot apply (:data:`FIXABLE`)."""
    fixes = [f.fix for f in result.findings if f.fix is not None and f.fix.safe]
    if not fixes:
        return
    text = source.text
    can_apply = FIXABLE.get(source.format)
    protected_ids = {r.id for r in rulebook.rules if r.options.get("protect")}
    protected = {i for f in result.findings if f.rule in protected_ids and f.start is not None
                 for i in range(f.start, f.end)}
    for fix in fixes:
        if can_apply is None or not can_apply(source, fix):
            fix.safe = False
        elif _changes_digits(text[fix.start:fix.end], fix.replacement):
            fix.safe = False
        elif protected and any(i in protected for i in range(fix.start, fix.end)):
            fix.safe = False


def _changes_digits(old: str, new: str) -> bool:
    if not (_DIGITS.search(old) or _DIGITS.search(new)):
        return False
    return _DIGITS.findall(old) != _DIGITS.findall(new)


def safe_fixes(result) -> list:
    """The safe fixes of a result, without overlaps (the earliest kept; the
    others wait for the next round)."""
    chosen = []
    last_end = -1
    for fix in sorted((f.fix for f in result.findings if f.fix is not None and f.fix.safe),
                      key=lambda x: (x.start, x.end)):
        if fix.start >= last_end:
            chosen.append(fix)
            last_end = fix.end
    return chosen


def apply(text: str, fixes) -> str:
    """``text`` with non-overlapping ``fixes`` applied."""
    out = []
    position = 0
    for fix in sorted(fixes, key=lambda x: x.start):
        out.append(text[position:fix.start])
        out.append(fix.replacement)
        position = fix.end
    out.append(text[position:])
    return "".join(out)


class Edit:
    """One applied fix: ``old`` became ``new`` (by rule ``rule``), at
    ``start`` of ``text`` (the text as it was in that round of fixing)."""

    __slots__ = ("rule", "old", "new", "start", "text")

    def __init__(self, rule: str, old: str, new: str, start: int = 0, text: str = ""):
        self.rule, self.old, self.new, self.start, self.text = rule, old, new, start, text

    def __eq__(self, other) -> bool:
        return isinstance(other, Edit) and (self.rule, self.old, self.new, self.start) == (
            other.rule, other.old, other.new, other.start)

    def __repr__(self) -> str:
        return f"Edit({self.rule!r}, {self.old!r}, {self.new!r})"


class Outcome:
    """The result of fixing one source: the fixed text, what was changed, and
    the findings that remain (a check of the fixed text)."""

    def __init__(self, source, text: str):
        self.source = source
        self.text = text
        self.edits: list[Edit] = []
        self.result = None

    @property
    def changed(self) -> bool:
        return self.text != self.source.text


def _reread(source, text: str):
    """The source as its reader would read ``text`` written back (the same
    encoding and BOM; for Markdown, its code blocks and front matter masked again)."""
    from linter import sources
    from linter.sources.base import Source

    try:
        return sources.load_bytes(source.encode(text), source.path, source.encoding)
    except (UnicodeError, SourceError):
        return Source(path=source.path, text=text, format=source.format, encoding=source.encoding)


def fix_source(source, checker) -> Outcome:
    """Apply safe fixes to ``source`` round after round; nothing is written.
    ``checker`` (an :class:`linter.engine.Checker`) checks each round's text."""
    current = source
    outcome = Outcome(source, source.text)
    for _ in range(MAX_ROUNDS):
        result, _ = checker.check(current)
        outcome.result = result
        fixes = safe_fixes(result)
        if not fixes:
            break
        by_fix = {id(f.fix): f.rule for f in result.findings if f.fix is not None}
        for fix in fixes:
            outcome.edits.append(Edit(by_fix[id(fix)], current.text[fix.start:fix.end], fix.replacement,
                                      fix.start, current.text))
        text = apply(current.text, fixes)
        current = _reread(source, text)
        outcome.text = text
    return outcome


# --------------------------------------------------------------------------- writing


def encoding_of(source, data: bytes) -> tuple[str, bytes]:
    """(codec, BOM) that turn ``source.text`` back into exactly ``data``.

    Tries ``source.encoding`` with and without the BOM the data starts with
    (``getattr(source, "bom", None)``, when a reader records it, is honoured
    the same way). Raises :class:`SourceError` when none reproduces the file.
    """
    try:
        name = codecs.lookup(source.encoding).name
    except LookupError:
        raise SourceError(f"未知的编码 {source.encoding}，未修改", source.path) from None
    if name == "utf-8-sig":
        name = "utf-8"
    candidates = []
    if name in ("utf-16", "utf-32"):  # byte order given by the BOM
        for order in ("le", "be"):
            codec = f"{name}-{order}"
            candidates.append((codec, _BOMS[codec]))
    else:
        bom = _BOMS.get(name, b"")
        candidates += [(name, bom), (name, b"")] if bom else [(name, b"")]
    for codec, bom in candidates:
        try:
            encoded = bom + source.text.encode(codec)
        except UnicodeEncodeError:
            continue
        if encoded == data:
            return codec, bom
    raise SourceError("文件在检查后已被改动，或无法按原编码准确写回，未修改", source.path)


def write_text(path: str, source, text: str) -> None:
    """Write ``text`` over the file ``source`` was read from, in its encoding,
    atomically. The file must still hold what ``source`` was read from."""
    check_rewritable(path, error=SourceError)  # not regular, read-only, hard links, owner: refused
    try:
        with open(path, "rb") as handle:
            current = handle.read()
    except OSError as exc:
        raise SourceError(f"无法读取（{exc.strerror or exc}），未修改", path) from None
    codec, bom = encoding_of(source, current)
    try:
        data = bom + text.encode(codec)
    except UnicodeEncodeError as exc:
        raise SourceError(f"修复后的文字无法用 {codec} 编码（“{exc.object[exc.start:exc.end]}”），未修改", path) from None
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise SourceError(f"无法写入（{exc.strerror or exc}），未修改", path) from None


def _always(source, fix) -> bool:
    return True


#: Source.format → writer(path, source, new_text). See the module docstring.
WRITERS = {"text": write_text, "markdown": write_text}
#: Source.format → can_apply(source, fix): whether that format's writer can
#: apply this fix (a .docx writer: only inside one run). Formats absent here
#: get their fixes as suggestions only.
FIXABLE = {"text": _always, "markdown": _always}


def unified_diff(path: str, old: str, new: str) -> str:
    import difflib

    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                 fromfile=path, tofile=path)
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


class Change:
    """A file that ``--fix`` changed (or ``--diff`` would change)."""

    def __init__(self, path: str, edits: list[Edit], diff: str):
        self.path, self.edits, self.diff = path, edits, diff


def fix_paths(paths, checker, *, write: bool = True, stdin_filename: str | None = None):
    """``check --fix`` (``write``) and ``check --diff`` (not ``write``) over
    files and directories: ``(RunResult of the fixed texts, [Change])``.
    A file that cannot be written keeps its text and its findings; the cause
    goes to ``run.errors``."""
    from linter.engine import load_sources
    from linter.results import FileError, RunResult

    run = RunResult()
    changes = []
    for source in load_sources(paths, run, checker.encoding, stdin_filename):
        path = source.path
        checker.prepare(path)
        outcome = fix_source(source, checker)
        if not outcome.changed:
            run.files.append(outcome.result)
            continue
        if write:
            try:
                WRITERS[source.format](path, source, outcome.text)
            except SourceError as exc:
                run.errors.append(FileError(path, exc.message))
                run.files.append(checker.check(source)[0])
                continue
        run.files.append(outcome.result)
        changes.append(Change(path, outcome.edits, unified_diff(path, source.text, outcome.text)))
    return run, changes
