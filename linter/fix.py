"""``zhidang check --fix`` and ``--diff``: apply the safe fixes.

A rule offers a fix as a :class:`~linter.results.Fix` on its finding: the
replacement for the finding's span. Only *safe* fixes are applied; the
engine's fix-safety step (:func:`linter.engine.settle_fixes`, run on every
result) has already turned a fix into a mere suggestion where it would touch
what only a person can correct (a placeholder's span, the digits of a
figure) or where the format cannot be written back.

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

A .docx is never rewritten: ``--fix`` writes a reviewed copy beside it,
``报告（修订）.docx``, with each safe fix recorded as a Word revision (w:del +
w:ins by zhidang) for the drafter to accept or reject, and ``--diff`` shows
the text that accepting them all gives (:func:`linter.annotate.fix_docx`:
the same rounds, each round's fixes recorded in the XML and the copy read
again as zhidang would read it). A fix that cannot be an exact revision
(runs of different formatting, a list number Word draws) becomes a comment
in the copy and stays a suggestion.

:func:`fix_file` and :func:`diff_file` are work functions for
:func:`linter.runner.outcomes`: ``--fix`` and ``--diff`` go through the same
ordered worker pool as ``check``.
"""

from __future__ import annotations

import codecs

from linter import engine
from linter.errors import SourceError
from linter.files import check_rewritable, write_atomically
from linter.results import FileError

#: Rounds of fixing before giving up (each round applies at least one fix).
MAX_ROUNDS = 50

_BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}


def safe_fixes(result) -> list:
    """The safe fixes of a result, without overlaps (the earliest kept; the
    others wait for the next round)."""
    chosen = []
    last_end = -1
    for fix in sorted((fix for f in result.findings for fix in f.fixes() if fix.safe),
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
        data = source.encode(text)
        # the file was accepted already: its fixed text is not held to --max-size again
        return sources.load_bytes(data, source.path, source.encoding, max_bytes=max(len(data), 1))
    except (UnicodeError, SourceError):
        return Source(path=source.path, text=text, format=source.format, encoding=source.encoding)


def fix_source(source, check) -> Outcome:
    """Apply safe fixes to ``source`` round after round; nothing is written.
    ``check(source) -> FileResult`` checks each round's text."""
    current = source
    outcome = Outcome(source, source.text)
    for _ in range(MAX_ROUNDS):
        result = check(current)
        outcome.result = result
        fixes = safe_fixes(result)
        if not fixes:
            break
        by_fix = {id(fix): f.rule for f in result.findings for fix in f.fixes()}
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


#: Source.format → writer(path, source, new_text), for every format in
#: ``linter.sources.base.WRITABLE_FORMATS``.
WRITERS = {"text": write_text, "markdown": write_text}


def unified_diff(path: str, old: str, new: str) -> str:
    import difflib

    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                 fromfile=path, tofile=path)
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


class Change:
    """A file that ``--fix`` changed (or ``--diff`` would change). ``error``:
    why the fixed text could not be written (the file is left as it was)."""

    def __init__(self, path: str, edits: list[Edit], diff: str, error: str | None = None):
        self.path, self.edits, self.diff, self.error = path, edits, diff, error


def fix_file(item, job):
    """``check --fix`` of one ``(path, settings index)``: the fixed file
    written back, the result of checking its fixed text, ``result.change``."""
    return _fix(item, job, write=True)


def diff_file(item, job):
    """``check --diff``: as :func:`fix_file`, but nothing is written."""
    return _fix(item, job, write=False)


def _fix(item, job, write: bool):
    path, index = item
    if path.lower().endswith(".docx"):  # a copy with the fixes as revisions (linter.annotate)
        from linter import annotate

        return annotate.fix_docx(item, job, write=write)
    source = engine.load(path, job)
    if isinstance(source, FileError):
        return source
    settings = job.settings[index]
    outcome = fix_source(source, lambda current: engine.check(current, settings, job))
    result = outcome.result
    if not outcome.changed:
        return result
    change = Change(source.path, outcome.edits, unified_diff(source.path, source.text, outcome.text))
    if write:
        try:
            WRITERS[source.format](source.path, source, outcome.text)
        except SourceError as exc:
            change.error = exc.message
            result = engine.check(source, settings, job)  # the file keeps its text and its findings
    result.change = change
    return result
