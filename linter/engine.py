"""Check reports against a rulebook: load → normalize → outline → rules.

Each file is read, normalized and parsed exactly once; every rule then works
on the same :class:`~linter.document.Document`.
"""

from __future__ import annotations

from linter import sources
from linter.checks import element as element_type
from linter.errors import SourceError
from linter.fix import settle
from linter.normalize import normalize
from linter.outline import parse
from linter.results import ChecklistItem, FileError, FileResult, Finding, Fix, RunResult
from linter.rulebook import Rulebook, missing_id


def build_document(source: sources.Source):
    return parse(source, normalize(source.text))


def check_document(doc, rulebook: Rulebook) -> FileResult:
    source = doc.source
    result = FileResult(path=source.path, rulebook=rulebook.id, rulebook_title=rulebook.title)
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
        def report(start, end, message=None, fix=None, _rule=rule, **fields):
            return _finding(doc, _rule, _rule.id, start, end, message, fix=fix, fields=fields)

        result.findings.extend(rule.module.check(rule, doc, report))
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
    reason = None
    if choose is not None:
        rulebook, reason = choose(doc)
    result = check_document(doc, rulebook)
    result.chosen_because = reason
    return result


def check_paths(paths, rulebook: Rulebook | None, *, year: int | None = None,
                choose=None) -> RunResult:
    """Check files and directories; unreadable inputs become ``errors`` and the
    rest of the run goes on. ``year`` and ``choose`` as for :func:`check_source`."""
    run = RunResult()
    for source in load_sources(paths, run):
        run.files.append(check_source(source, rulebook, year=year, choose=choose))
    return run


def load_sources(paths, run: RunResult):
    """The sources of files and directories; those that cannot be read go to
    ``run.errors``."""
    for path, problem in sources.iter_paths(paths):
        if problem is not None:
            run.errors.append(FileError(path, problem.message))
            continue
        try:
            source = sources.load(path)
        except SourceError as exc:
            run.errors.append(FileError(path, exc.message))
            continue
        yield source
