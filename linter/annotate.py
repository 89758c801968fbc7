"""Findings written into Word: ``zhidang annotate``, ``check --fix`` on a .docx, ``report --annotate``.

A reviewed copy of a report is the report as Word shows it, plus

* one comment (批注, author ``zhidang``) per finding, anchored on exactly the
  characters it points at; a grouped finding (many places of one problem)
  gets a comment on each place, the first one saying how many there are;
* a comment on the title holding the checklist (✔/△/✗ per element with the
  paragraph it was found in) and the findings about the whole file;
* with ``--fix``, each safe fix recorded as a tracked change (修订: ``w:del``
  + ``w:ins`` by zhidang, dated), in the run's own formatting, for the drafter
  to accept or reject. A fix that cannot be an exact revision (it would cross
  runs of different formatting, a list number Word draws, a field …) is a
  comment instead, saying what to change.

The findings are those ``zhidang check`` gives for the same file and options:
the copy is made by a work function (:func:`annotate_file`) that runs the
same pipeline (:func:`linter.engine.check`: suppression, ``--select`` /
``--ignore``, the baseline, grouping) in the same ordered pool (``-j``).
With ``--fix`` the rounds are those of ``check --fix`` (:mod:`linter.fix`):
each round's fixes become revisions, the edited document is read again as
zhidang would read the written copy (inserted text counts, deleted text does
not) and checked again, until no safe fix is left; accepting every revision
gives the text ``check --fix`` gives for the same content as .txt.

The original is never changed: the copy goes beside it as ``报告（审阅）.docx``
(``annotate``) or ``报告（修订）.docx`` (``check --fix``: the revisions, and
comments only where a fix could not be a revision), written atomically.

A .txt or .md report becomes a new .docx (:mod:`linter.word.new`) with the
same comments: one paragraph per line, headings styled by outline level.
"""

from __future__ import annotations

import copy
import datetime
import os

from linter import engine
from linter.errors import SourceError
from linter.results import SEVERITY_TITLES, FileError

#: Suffix of the copy ``zhidang annotate`` writes (报告.docx → 报告（审阅）.docx).
REVIEWED = "（审阅）"
#: Suffix of the copy ``check --fix`` writes for a .docx (报告（修订）.docx).
REVISED = "（修订）"
_STATUS = {"present": "", "weak": "内容过少", "missing": "未找到"}


def output_path(path: str, suffix: str = REVIEWED, folder: str | None = None) -> str:
    """报告.docx → 报告（审阅）.docx beside it (or in ``folder``); a .txt/.md
    report gets a .docx of the same stem."""
    where, name = os.path.split(path)
    stem = os.path.splitext(name)[0]
    return os.path.join(where if folder is None else folder, stem + suffix + ".docx")


def outputs_for(paths: list[str], folder: str | None = None) -> dict[str, str]:
    """Input path → where its reviewed copy goes: beside it, or (``folder``,
    ``report --annotate``) in ``folder`` under the same sub-folders as the
    inputs have below their common folder. Two inputs that would get the
    same name (报告.txt and 报告.docx) keep their suffix in it
    (报告.txt（审阅）.docx)."""
    base = None
    if folder is not None and paths:
        base = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in paths])
    outputs: dict[str, str] = {}
    seen: dict[str, int] = {}
    for path in paths:
        where = None
        if base is not None:
            where = os.path.join(folder, os.path.relpath(os.path.dirname(os.path.abspath(path)), base))
        target = os.path.normpath(output_path(path, REVIEWED, where))
        outputs[path] = target
        seen[target] = seen.get(target, 0) + 1
    for path, target in outputs.items():
        if seen[target] > 1:
            folder_of, name = os.path.split(path)
            outputs[path] = os.path.join(os.path.dirname(target), name + REVIEWED + ".docx")
    return outputs


class Written:
    """What annotating one file wrote: the copy's ``path``, how many
    ``comments`` and ``revisions`` it holds; ``error`` when it could not be
    written (the original is untouched either way)."""

    def __init__(self, path: str, comments: int = 0, revisions: int = 0, error: str | None = None):
        self.path, self.comments, self.revisions, self.error = path, comments, revisions, error

    def __repr__(self) -> str:
        return f"Written({self.path!r}, comments={self.comments}, revisions={self.revisions})"


class Task:
    """What every file of an annotate run shares besides the engine's Job:
    ``fix`` (record safe fixes as revisions) and ``outputs`` (input path →
    where its copy goes; a path not listed gets :func:`output_path`)."""

    def __init__(self, *, fix: bool = False, outputs: dict | None = None):
        self.fix = fix
        self.outputs = outputs or {}


def annotate_file(item, job, task: Task = Task()):
    """Work function (``functools.partial(annotate_file, task=…)``): check
    ``(path, settings index)`` exactly as ``check`` does, write the
    reviewed copy, return the :class:`FileResult` with ``written`` set (a
    :class:`Written`), or a :class:`FileError` when the file cannot be read."""
    path, index = item
    settings = job.settings[index]
    target = task.outputs.get(path) or output_path(path)
    try:
        if _same_file(path, target):
            raise SourceError(f"审阅稿不能写到原文件上（{target}）", path)
        if path.lower().endswith(".docx"):
            review = review_docx(_read(path, job), path, settings, job, fix=task.fix)
        else:
            source = engine.load(path, job)
            if isinstance(source, FileError):
                return source
            review = review_text(source, settings, job, fix=task.fix)
    except SourceError as exc:
        return FileError(exc.path or path, exc.message)
    result = review.result
    result.written = _write(target, review)
    return result


def _read(path: str, job) -> bytes:
    from linter.files import MAX_BYTES, read_bytes
    from linter.sources import MAX_SIZE_OPTION

    return read_bytes(path, path, error=SourceError, max_bytes=job.max_bytes or MAX_BYTES,
                      raise_with=MAX_SIZE_OPTION)


def _same_file(path: str, target: str) -> bool:
    if os.path.realpath(path) == os.path.realpath(target):
        return True
    try:
        return os.path.samefile(path, target)
    except OSError:
        return False


def _write(target: str, review) -> Written:
    from linter.files import write_atomically

    written = Written(target, review.comments, review.revisions)
    folder = os.path.dirname(target)
    try:
        if folder:
            os.makedirs(folder, exist_ok=True)
        write_atomically(target, review.data)
    except OSError as exc:
        written.error = f"无法写入 {target}（{exc.strerror or exc}）"
    return written


# --------------------------------------------------------------------------- the checks


class Review:
    """A reviewed copy in memory: its bytes, the check ``result`` of the
    (fixed) text, how many comments and revisions it holds, the
    :class:`~linter.fix.Edit` of each fix made, the text before and after
    (every revision accepted)."""

    def __init__(self, result, data: bytes, comments: int, revisions: int, edits: list,
                 original: str = "", text: str = ""):
        self.result, self.data, self.comments, self.revisions, self.edits = (
            result, data, comments, revisions, edits)
        self.original, self.text = original, text


def _declined(result) -> None:
    """A safe fix still on a result was not recorded (its comment says so):
    from here on it is a suggestion, as ``check --fix`` reports it."""
    for f in result.findings:
        for fix in f.fixes():
            fix.safe = False


class _Outline:
    """``Job.detail`` while annotating: what the writer needs of each
    Document (the title's span, heading levels), beside what the job's own
    detail keeps (the HTML report's), which stays on ``result.detail``."""

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, doc):
        title = doc.title
        span = (title.start, title.end) if title is not None else None
        if span is None:  # no title-like first line: the first line with text
            for node in doc.nodes:
                if doc.text[node.start:node.end].strip():
                    span = (node.start, node.end)
                    break
        levels = {node.start: node.level for node in doc.headings}
        return (self.inner(doc) if self.inner is not None else None), span, levels


def _checker(settings, job):
    """``check(source)`` exactly as ``zhidang check``, keeping the outline;
    the result's ``detail`` is unpacked by :func:`_unpack`."""
    local = copy.copy(job)
    local.detail = _Outline(job.detail)
    return lambda source: engine.check(source, settings, local)


def _unpack(result):
    inner, title, levels = result.detail
    result.detail = inner
    return title, levels


def _date() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _revisable(source):
    """The source as ``--fix`` sees a .docx it records revisions in: writable."""
    source.__class__ = RevisableSource
    return source


def review_docx(data: bytes, path: str, settings, job, *, fix: bool = False,
                comment_all: bool = True) -> Review:
    """A reviewed copy of the .docx ``data``. ``comment_all``: a comment for
    every finding and the checklist on the title (``annotate``); otherwise
    (``check --fix``) comments only where a safe fix could not be a revision."""
    from linter import fix as fixing
    from linter.sources import docx
    from linter.word.edit import Editor
    from linter.word.package import Copy

    source, layout = docx.read_layout(data, path, max_bytes=job.max_bytes)
    package = Copy(layout)
    date = _date()
    editor = Editor(source, layout, date=date, first_id=package.first_free_id())
    check = _checker(settings, job)
    original = source.text
    edits = []
    if fix:
        source = _revisable(source)
        for _ in range(fixing.MAX_ROUNDS):
            result = check(source)
            rules = {id(f): finding.rule for finding in result.findings for f in finding.fixes()}
            done = 0
            for f in sorted(fixing.safe_fixes(result), key=lambda x: (x.start, x.end), reverse=True):
                if editor.revise(f.start, f.end, f.replacement):
                    edits.append(fixing.Edit(rules[id(f)], source.text[f.start:f.end], f.replacement,
                                             f.start, source.text))
                    done += 1
            if not done:
                break
            source, layout = layout.reread()  # the edited tree, read as the copy will be
            source = _revisable(source)
            editor.bind(source, layout)
        else:
            result = check(source)
    else:
        result = check(source)
    title, _ = _unpack(result)
    for f, place, lines in _comments(result, declined_only=not comment_all):
        editor.comment(place.start, place.end, lines)
    if comment_all and layout.paragraphs:
        start, end = title if title is not None else (0, 0)
        editor.comment(start, end, summary(result, editor.revisions))
    _declined(result)
    written = comment_all or edits or editor.comments  # check --fix with nothing to fix writes nothing
    return Review(result, package.write(editor.comments, date) if written else b"", len(editor.comments),
                  editor.revisions, edits, original, source.text)


def review_text(source, settings, job, *, fix: bool = False) -> Review:
    """A new .docx for a .txt/.md ``source``: its lines as paragraphs, the
    same comments a .docx of it would get; with ``fix``, the fixes
    ``check --fix`` makes as revisions."""
    from linter import fix as fixing
    from linter.sources import docx
    from linter.word import new
    from linter.word.edit import Editor
    from linter.word.package import Copy

    check = _checker(settings, job)
    date = _date()
    original = source.text
    if fix:
        outcome = fixing.fix_source(source, check)
        result, text, edits = outcome.result, outcome.text, outcome.edits
    else:
        result, text, edits = check(source), original, []
    title, levels = _unpack(result)
    old_lines, new_lines = original.split("\n"), text.split("\n")
    if len(old_lines) != len(new_lines):  # a fix added or removed a line break: no revisions
        old_lines, edits = new_lines, []
    starts = [0]
    for line in new_lines:
        starts.append(starts[-1] + len(line) + 1)
    levels = {_line_of(starts, offset): level for offset, level in levels.items()}
    title_line = _line_of(starts, title[0]) if title is not None else None
    cut, paragraphs = [], []
    for number, (old, line) in enumerate(zip(old_lines, new_lines)):
        level = levels.get(number)
        style = None
        if number == title_line:
            style = "Title"
        elif level is not None:
            style = f"Heading{min(max(level, 1), 9)}"
        skip = docx_prefix(line, source.format, level is not None)
        cut.append(skip)
        paragraphs.append((style, _strip(old, source.format, level is not None), _strip(line, source.format,
                                                                                        level is not None)))
    data = new.build(paragraphs, date)
    written, layout = docx.read_layout(data, source.path)
    package = Copy(layout)
    editor = Editor(written, layout, date=date, first_id=package.first_free_id())

    def moved(offset: int) -> int:
        """An offset of the (fixed) text → the same character in the .docx."""
        line = _line_of(starts, offset)
        column = offset - starts[line] - cut[line]
        length = len(paragraphs[line][2])
        return written.line_starts[line] + min(max(column, 0), length)

    for f, place, lines in _comments(result, declined_only=False):
        editor.comment(moved(place.start), moved(place.end), lines)
    start, end = title if title is not None else (0, 0)
    editor.comment(moved(start), moved(end), summary(result, len(edits)))
    _declined(result)
    return Review(result, package.write(editor.comments, date), len(editor.comments), len(edits), edits,
                  original, text)


def _line_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return min(bisect_right(starts, offset) - 1, len(starts) - 2)


def docx_prefix(line: str, fmt: str, heading: bool) -> int:
    """How many leading characters of a text line its paragraph leaves out:
    a Markdown heading's ``#`` marker (the style says it is a heading)."""
    if fmt == "markdown" and heading and line.startswith("#"):
        stripped = line.lstrip("#")
        if len(line) - len(stripped) <= 6 and (not stripped or stripped[0] in " \t"):
            return len(line) - len(stripped.lstrip(" \t"))
    return 0


def _strip(line: str, fmt: str, heading: bool) -> str:
    """A text line as its paragraph holds it: without the ``\\r`` of a CRLF
    line ending or a Markdown heading marker."""
    if line.endswith("\r"):
        line = line[:-1]
    return line[docx_prefix(line, fmt, heading):]


# --------------------------------------------------------------------------- comment texts


def _comments(result, *, declined_only: bool):
    """``(finding, place, paragraphs)`` for each comment on a place of a
    finding. ``declined_only``: only places whose safe fix was not recorded
    as a revision."""
    for f in result.findings:
        if f.start is None:
            continue  # about the whole file: in the comment on the title
        places = f.places()
        for number, place in enumerate(places, 1):
            if place.start is None:
                continue
            if declined_only and (place.fix is None or not place.fix.safe):
                continue
            yield f, place, finding_text(f, place, number, len(places))


def finding_text(f, place, number: int = 1, count: int = 1) -> list[str]:
    """The paragraphs of the comment on ``place`` (the ``number``-th of
    ``count`` places of ``f``): severity, message and rule id; for a grouped
    finding the count; the fix, when there is one."""
    severity = SEVERITY_TITLES.get(f.severity, f.severity)
    if number == 1:
        lines = [f"{severity}：{f.message}（{f.rule}）"]
        if count > 1:
            lines.append(f"同类问题共 {count} 处，此为第 1 处，其余各处另有批注。")
    else:
        lines = [f"同上（{f.rule}）：第 {number} 处，共 {count} 处。"]
    fix = place.fix
    if fix is not None:
        change = f"改为“{fix.replacement}”" if fix.replacement else "删除"
        if fix.safe:
            lines.append(f"可{change}：此处文字的格式不一致（或涉及 Word 自动编号、脚注标记、图片），"
                         "未自动记为修订，请手动修改。")
        else:
            lines.append(f"建议{change}。")
    return lines


def summary(result, revisions: int = 0) -> list[str]:
    """The comment on the title: counts, the checklist, whole-file findings."""
    from linter.reporters.base import STATUS_MARKS
    from linter.rulebook.model import missing_id

    counts = {severity: 0 for severity in SEVERITY_TITLES}
    for f in result.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    title = result.rulebook_title or result.rulebook
    lines = [f"zhidang 检查结果（{title}）",
             f"共 {len(result.findings)} 个问题：错误 {counts['error']} 个，警告 {counts['warning']} 个，"
             f"提示 {counts['info']} 个" + (f"；已记为修订 {revisions} 处" if revisions else "") + "。"]
    if result.accepted:
        lines.append(f"基线中已接受的 {result.accepted} 个问题未标出。")
    missing = set()
    if result.checklist:
        lines.append("检查清单：")
        for item in result.checklist:
            where = f"（{item.location or f'第{item.line}行'}）" if item.line is not None else ""
            status = _STATUS[item.status]
            lines.append(f"{STATUS_MARKS[item.status]} {item.title}{where}{' ' + status if status else ''}")
            if item.status == "missing":
                missing.add(missing_id(item.id))
    whole = [f for f in result.findings if f.start is None and f.rule not in missing]
    if whole:
        lines.append("通篇问题：")
        for f in whole:
            lines.append(f"· {SEVERITY_TITLES.get(f.severity, f.severity)}：{f.message}（{f.rule}）")
    return lines


# --------------------------------------------------------------------------- check --fix


def fix_docx(item, job, *, write: bool):
    """``check --fix`` (``write``) and ``--diff`` of a .docx: the safe fixes
    as revisions in a copy beside it (``报告（修订）.docx``), the original
    untouched; comments only where a fix could not be a revision. Returns
    the result of checking the fixed text with ``change`` set (a
    :class:`linter.fix.Change` whose path is the copy's) and a notice."""
    from linter import fix as fixing

    path, index = item
    settings = job.settings[index]
    target = output_path(path, REVISED)
    try:
        review = review_docx(_read(path, job), path, settings, job, fix=True, comment_all=False)
    except SourceError as exc:
        return FileError(exc.path or path, exc.message)
    result = review.result
    change = None
    if review.edits:
        change = fixing.Change(target, review.edits, fixing.unified_diff(path, review.original, review.text))
    if write and (review.edits or review.comments):
        written = result.written = _write(target, review)
        if written.error and change is not None:
            change.error = written.error
        elif written.error:
            result.notices.append(written.error)
        else:
            declined = f"；{review.comments} 处无法记为修订，已加批注说明" if review.comments else ""
            result.notices.append(f"已把 {review.revisions} 处修复记为 Word 修订，写入 {target}"
                                  f"{declined}（原文件未改动，请在 Word 中逐条接受或拒绝）")
    result.change = change
    return result


# RevisableSource is defined last: it needs Source, which the engine already imported.
from linter.sources.base import Source  # noqa: E402


class RevisableSource(Source):
    """A .docx read with its layout for ``--fix``: its safe fixes are
    recorded (as revisions in a copy), so the engine's fix-safety step keeps
    them safe."""

    @property
    def writable(self) -> bool:
        return True
