"""Check reports against a rulebook: load → normalize → outline → rules.

Each file is read, normalized and parsed exactly once; every rule then works
on the same :class:`~linter.document.Document`.
"""

from __future__ import annotations

from linter import sources
from linter.checks import element as element_type
from linter.errors import SourceError
from linter.normalize import blank, normalize
from linter.outline import parse
from linter.results import ChecklistItem, FileError, FileResult, Finding, RunResult
from linter.rulebook import Rulebook, missing_id
from linter.suppress import mask as mask_directives


def build_document(source: sources.Source):
    # Not report text: Markdown code/front matter (source.mask) and the
    # zhidang-disable/enable directive comments. Blanked, same length.
    return parse(source, mask_directives(source.text, blank(normalize(source.text), source.mask)))


def check_document(doc, rulebook: Rulebook) -> FileResult:
    source = doc.source
    result = FileResult(path=source.path, rulebook=rulebook.id)
    statuses = element_type.evaluate(rulebook.elements, doc, rulebook.segmenter)
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


def check_paths(paths, rulebook: Rulebook, check=None, encoding: str | None = None,
                stdin_filename: str | None = None) -> RunResult:
    """Check files and directories; unreadable inputs become ``errors`` and the
    rest of the run goes on. ``check(source) -> FileResult``, when given,
    replaces :func:`check_source` (the CLI's gate: configuration, suppression,
    baseline). ``-`` reads standard input, as the format of ``stdin_filename``
    (default: text). ``encoding`` overrides detection for text files."""
    run = RunResult()
    for path, problem in sources.iter_paths(paths):
        if problem is not None:
            run.errors.append(FileError(path, problem.message))
            continue
        try:
            if path == sources.STDIN:
                source = sources.load_stdin(stdin_filename, encoding)
            else:
                source = sources.load(path, encoding)
        except SourceError as exc:
            run.errors.append(FileError(exc.path or path, exc.message))
            continue
        run.files.append(check(source) if check else check_source(source, rulebook))
    return run
