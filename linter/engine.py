"""Check reports against a rulebook: load → normalize → outline → rules.

Each file is read, normalized and parsed exactly once; every rule then works
on the same :class:`~linter.document.Document`.
"""

from __future__ import annotations

from linter import sources
from linter.checks import element as element_type
from linter.errors import SourceError
from linter.normalize import normalize
from linter.outline import parse
from linter.results import ChecklistItem, FileError, FileResult, Finding, RunResult
from linter.rulebook import Rulebook, missing_id


def build_document(source: sources.Source):
    return parse(source, normalize(source.text))


def check_document(doc, rulebook: Rulebook) -> FileResult:
    source = doc.source
    result = FileResult(path=source.path, rulebook=rulebook.id)
    statuses = element_type.evaluate(rulebook.elements, doc, rulebook.segmenter)
    for element in rulebook.elements:
        status, node = statuses[element.id]
        line = source.position(node.start)[0] if node is not None else None
        result.checklist.append(
            ChecklistItem(element.id, element.title, status, line, element.severity)
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
        def report(start, end, message=None, _rule=rule):
            return _finding(doc, _rule, _rule.id, start, end, message)

        result.findings.extend(rule.module.check(rule, doc, report))
    result.findings.sort(key=Finding.sort_key)
    return result


def _finding(doc, rule, rule_id, start, end, message=None, severity=None) -> Finding:
    source = doc.source
    excerpt = source.text[start:end]
    line, column = source.position(start)
    end_line, end_column = source.position(end)
    if message is None:
        message = rule.message.format(match=excerpt, title=rule.title)
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
    )


def check_source(source: sources.Source, rulebook: Rulebook) -> FileResult:
    return check_document(build_document(source), rulebook)


def check_paths(paths, rulebook: Rulebook, jobs: int = 1, detail=None, progress=None) -> RunResult:
    """Check files and directories; unreadable inputs become ``errors`` and the
    rest of the run goes on.

    ``jobs`` > 1 checks the files in that many worker processes (see
    :mod:`linter.parallel`); the results are in the same order whatever ``jobs``
    is. ``detail``, a module-level function ``detail(doc)``, is called on each
    parsed Document where it is parsed (in the worker) and its picklable result
    kept in ``run.details[path]``, for reporters that show more than findings.
    ``progress(done, total)`` is called as files are finished."""
    from linter import parallel

    run = RunResult()
    slots: list = []  # in input order: a FileError, or the path to check
    for path, problem in sources.iter_paths(paths):
        slots.append(FileError(path, problem.message) if problem is not None else path)
    todo = [slot for slot in slots if isinstance(slot, str)]
    outcomes = parallel.map_paths(check_path, todo, rulebook, jobs, detail, progress)
    for slot in slots:
        outcome = slot if isinstance(slot, FileError) else next(outcomes)
        if isinstance(outcome, FileError):
            run.errors.append(outcome)
            continue
        result, extra = outcome
        run.files.append(result)
        if detail is not None:
            run.details[result.path] = extra
    return run


def check_path(path: str, rulebook: Rulebook, detail=None):
    """One file through the pipeline: ``(FileResult, detail(doc) or None)``, or
    a :class:`FileError` when it cannot be read."""
    try:
        source = sources.load(path)
    except SourceError as exc:
        return FileError(path, exc.message)
    doc = build_document(source)
    return check_document(doc, rulebook), (detail(doc) if detail is not None else None)
