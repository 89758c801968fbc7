"""Check reports against a rulebook: load → normalize → outline → rules.

Each file is read, normalized and parsed exactly once; every rule then works
on the same :class:`~linter.document.Document`.
"""

from __future__ import annotations

from linter import sources
from linter.checks import element as element_type
from linter.checks.options import PatternTimeout, time_limit
from linter.errors import SourceError
from linter.fix import settle
from linter.normalize import blank, normalize
from linter.outline import parse
from linter.results import ChecklistItem, FileError, FileResult, Finding, Fix, RunResult
from linter.rulebook import Rulebook, missing_id
from linter.suppress import mask as mask_directives


def build_document(source: sources.Source):
    # Not report text: Markdown code/front matter (source.mask) and the
    # zhidang-disable/enable directive comments. Blanked, same length.
    return parse(source, mask_directives(source.text, blank(normalize(source.text), source.mask)))


def check_document(doc, rulebook: Rulebook) -> FileResult:
    source = doc.source
    result = FileResult(path=source.path, rulebook=rulebook.id, rulebook_title=rulebook.title)
    timeouts: list[PatternTimeout] = []  # user patterns that ran out of time (see checks/options.py)
    statuses = element_type.evaluate(rulebook.elements, doc, rulebook.segmenter, timeouts)
    result.notices.extend(exc.notice() for exc in timeouts)
    for element in rulebook.elements:
        status, node = statuses[element.id]
        line = source.position(node.start)[0] if node is not None else None
        result.checklist.append(
            ChecklistItem(element.id, element.title, status, line, element.severity,
                          location=source.location(node.start) if node is not None else None)
        )
        if status == element_type.PRESENT:
            continue
        message = element.message.format(title=element.title, match="")
        if status == element_type.WEAK:
            result.findings.append(
                _finding(doc, element, missing_id(element.id), node.start, node.end,
                         f"“{element.title}”部分内容过少", severity="warning")
            )
        else:
            result.findings.append(
                Finding(rule=missing_id(element.id), severity=element.severity, message=message)
            )
    for rule in rulebook.rules:
        def report(start, end, message=None, fix=None, _rule=rule, **fields):
            return _finding(doc, _rule, _rule.id, start, end, message, fix=fix, fields=fields)

        try:
            with time_limit():
                found = list(rule.module.check(rule, doc, report))
        except PatternTimeout as exc:
            result.notices.append(exc.notice(rule.id))
            continue
        result.findings.extend(found)
    result.findings.sort(key=Finding.sort_key)
    settle(result, rulebook, source)
    return result


def _finding(doc, rule, rule_id, start, end, message=None, severity=None,
             fix: Fix | None = None, fields=None) -> Finding:
    """A finding at ``start``..``end`` of the original text; ``start`` None
    makes it a finding about the whole file. ``fields`` fill the rule type's
    own message placeholders; a ``fix`` must cover exactly the finding's span."""
    if start is None:
        if message is None:
            message = rule.message.format(match="", title=rule.title, **(fields or {}))
        return Finding(rule=rule_id, severity=severity or rule.severity, message=message)
    source = doc.source
    excerpt = source.text[start:end]
    line, column = source.position(start)
    if "\n" in excerpt:
        end_line, end_column = source.position(end)
    else:
        end_line, end_column = line, column + end - start
    if message is None:
        message = rule.message.format(match=excerpt, title=rule.title, **(fields or {}))
    if fix is not None and (fix.start, fix.end) != (start, end):
        raise ValueError(f"{rule_id}: fix span {fix.start}..{fix.end} is not the finding's {start}..{end}")
    return Finding(
        rule=rule_id,
        severity=severity or rule.severity,
        message=message,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        excerpt=excerpt,
        location=source.location(start),
        fix=fix,
        start=start,
        end=end,
    )


def check_source(source: sources.Source, rulebook: Rulebook, *, year: int | None = None,
                 choose=None) -> FileResult:
    """Check one source. ``year`` is the report's year when the user gave it
    (``--year``); ``choose(doc) -> (rulebook, reason)`` picks a rulebook per
    document (``--rulebook auto``) instead of ``rulebook``."""
    doc = build_document(source)
    doc.year = year
    return check_chosen(doc, rulebook, choose)


def check_chosen(doc, rulebook: Rulebook, choose=None) -> FileResult:
    """:func:`check_document` with ``rulebook``, or the one ``choose(doc)`` picks."""
    reason = None
    if choose is not None:
        rulebook, reason = choose(doc)
    result = check_document(doc, rulebook)
    result.chosen_because = reason
    return result


class Checker:
    """Everything checking one file needs, and nothing else: handed to worker
    processes (forked, or pickled where processes are spawned).

    ``gate`` (the CLI's post-processing: configuration, suppression, baseline)
    has ``settings_for(path)`` (called in the parent before any worker starts,
    so configuration errors stop the run at once) and ``check(source, doc)``.
    ``detail(doc)``, a module-level function, keeps what a reporter needs of
    each Document beyond its findings (the HTML report: text and outline).
    """

    def __init__(self, rulebook: Rulebook | None, gate=None, detail=None, encoding: str | None = None,
                 year: int | None = None, choose=None):
        self.rulebook = rulebook
        self.gate = gate
        self.detail = detail
        self.encoding = encoding
        self.year = year  # the report's year, when the user gave it (--year)
        self.choose = choose  # choose(doc) -> (rulebook, reason): --rulebook auto

    def prepare(self, path: str) -> None:
        if self.gate is not None:
            self.gate.settings_for(path)

    def check(self, source: sources.Source):
        """``(FileResult, detail(doc) or None)`` for a loaded source."""
        doc = build_document(source)
        doc.year = self.year
        if self.gate is not None:
            result = self.gate.check(source, doc, choose=self.choose)
        else:
            result = check_chosen(doc, self.rulebook, self.choose)
        return result, (self.detail(doc) if self.detail is not None else None)


def load_source(path: str, encoding: str | None = None, stdin_filename: str | None = None):
    """The :class:`Source` of ``path`` (``-``: standard input, read as the
    format of ``stdin_filename``), or a :class:`FileError` saying why not."""
    try:
        if path == sources.STDIN:
            return sources.load_stdin(stdin_filename, encoding)
        return sources.load(path, encoding)
    except SourceError as exc:
        return FileError(exc.path or path, exc.message)


def check_path(path: str, checker: Checker):
    """One file through the pipeline: ``(FileResult, detail)``, or a
    :class:`FileError` when it cannot be read."""
    source = load_source(path, checker.encoding)
    return source if isinstance(source, FileError) else checker.check(source)


def check_paths(paths, rulebook: Rulebook | None, *, gate=None, jobs: int | None = 1,
                detail=None, progress=None, encoding: str | None = None,
                stdin_filename: str | None = None, year: int | None = None,
                choose=None) -> RunResult:
    """Check files and directories; unreadable inputs become ``errors`` and the
    rest of the run goes on.

    ``-`` reads standard input, as the format of ``stdin_filename`` (default:
    text); ``encoding`` overrides detection for text files. ``jobs`` > 1 (None:
    all cores) checks the files in worker processes (:mod:`linter.parallel`);
    the results are in input order whatever ``jobs`` is. ``progress(done,
    total)`` is called as files are finished. ``gate``, ``detail``, ``year``
    and ``choose``: see :class:`Checker`; ``run.details[path]`` keeps what
    ``detail`` returned.
    """
    from linter import parallel

    checker = Checker(rulebook, gate, detail, encoding, year, choose)
    run = RunResult()
    slots: list = []  # in input order: a FileError, a path to check, or the stdin outcome
    for path, problem in sources.iter_paths(paths):
        if problem is not None:
            slots.append(FileError(path, problem.message))
        elif path == sources.STDIN:
            slots.append(_check_stdin(checker, stdin_filename))
        else:
            checker.prepare(path)
            slots.append(path)
    todo = [slot for slot in slots if isinstance(slot, str)]
    outcomes = parallel.map_ordered(check_path, todo, checker, jobs, progress)
    for slot in slots:
        outcome = next(outcomes) if isinstance(slot, str) else slot
        if isinstance(outcome, FileError):
            run.errors.append(outcome)
            continue
        result, extra = outcome
        run.files.append(result)
        if detail is not None:
            run.details[result.path] = extra
    return run


def _check_stdin(checker: Checker, stdin_filename: str | None):
    source = load_source(sources.STDIN, checker.encoding, stdin_filename)
    if isinstance(source, FileError):
        return source
    checker.prepare(source.path)
    return checker.check(source)


def load_sources(paths, run: RunResult, encoding: str | None = None,
                 stdin_filename: str | None = None):
    """The sources of files and directories, in order; those that cannot be
    read go to ``run.errors``."""
    for path, problem in sources.iter_paths(paths):
        source = FileError(path, problem.message) if problem else load_source(path, encoding, stdin_filename)
        if isinstance(source, FileError):
            run.errors.append(source)
        else:
            yield source
