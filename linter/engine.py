"""One file through the pipeline, in one straight line.

    read → normalize → outline → choose rulebook → rules → precedence
         → fix safety → suppression → filter (select/ignore) → baseline
         → grouping → FileResult

Each file is read, normalized and parsed exactly once; every rule then works
on the same :class:`~linter.document.Document`. How a file is checked comes
from its :class:`~linter.settings.FileSettings`, resolved in the parent
process before any file is read; what a whole run shares (the settings
table, reading options, the baseline) is the :class:`Job`, handed to worker
processes once. Nothing here decides the exit status or prints anything.
"""

from __future__ import annotations

from bisect import bisect_right

from linter import regexstore, sources, suppress
from linter.checks import options as _options
from linter.checks.options import PatternTimeout, time_limit
from linter.errors import SourceError
from linter.normalize import blank, normalize
from linter.outline import parse
from linter.results import (
    ChecklistItem,
    FileError,
    FileResult,
    Finding,
    Fix,
    severity_rank,
)


class Job:
    """What every file of a run shares.

    ``settings``: the plan's :class:`FileSettings` table (a file names its
    entry by index). ``encoding`` overrides detection of text files; ``year``
    is the report year the user gave (``--year``); ``max_bytes`` the size
    limit of an input. ``baseline`` (a :class:`linter.baseline.Baseline`)
    removes accepted findings; ``record`` (a Baseline being written) makes
    each result carry its baseline entries. ``detail(doc)``, a module-level
    function, keeps what a reporter needs of each Document beyond its
    findings (the HTML report: text and outline) on ``result.detail``.
    ``explain`` (``--explain-checklist``): ``result.detail`` is instead the
    checklist's explanation, lines of Chinese (see ``element.explain``).
    ``render(result)``, a module-level function, is the main reporter's text
    for a result (``result.rendered``): made where the file was checked, so
    that with ``-j`` the workers write the output and the parent only prints
    it (the JSON of a report costs about what checking it does).
    """

    def __init__(self, settings: list, *, encoding: str | None = None, year: int | None = None,
                 max_bytes: int | None = None, baseline=None, record=None, detail=None,
                 stdin_filename: str | None = None, explain: bool = False, render=None):
        self.settings = settings
        self.encoding = encoding
        self.stdin_filename = stdin_filename  # the name (and format) of standard input
        self.year = year
        self.max_bytes = max_bytes
        self.baseline = baseline
        self.record = record
        self.detail = detail
        self.explain = explain
        self.render = render


# --------------------------------------------------------------------------- steps


def build_document(source: sources.Source):
    """normalize → outline. Not report text — Markdown code and front matter
    (``source.mask``), the zhidang-disable/enable directive comments — is
    blanked in the matching view, same length."""
    return parse(source, suppress.mask(source.text, blank(normalize(source.text), source.mask)))


def run_rules(doc, rulebook) -> FileResult:
    """The checklist and every rule of ``rulebook`` on ``doc``; findings in
    reading order (whole-file findings first), fixes not yet settled."""
    from linter.checks import element as element_type

    source = doc.source
    result = FileResult(path=source.path, rulebook=rulebook.id, rulebook_title=rulebook.title)
    try:  # a user rulebook's patterns run with a time limit (linter/checks/options.py)
        with time_limit():
            evaluation = element_type.evaluation(rulebook.elements, doc, rulebook.segmenter)
            doc.cache["checklist-current"] = evaluation  # the parts of the report, for the rules (checks/parts.py)
            statuses = evaluation.statuses
    except PatternTimeout as exc:
        result.notices.append(exc.notice("检查清单") + "；本文件不列检查清单")
        statuses = {}
    for element in rulebook.elements:
        if element.id not in statuses:
            continue
        status, node = statuses[element.id]
        line = source.position(node.start)[0] if node is not None else None
        result.checklist.append(
            ChecklistItem(element.id, element.title, status, line, element.severity,
                          location=source.location(node.start) if node is not None else None)
        )
        if status == element_type.PRESENT:
            continue
        if status == element_type.WEAK:
            result.findings.append(
                _finding(doc, element, element.finding_id, node.start, node.end,
                         f"“{element.title}”部分内容过少", severity="warning")
            )
        else:
            message = element.message.format(title=element.title, match="")
            result.findings.append(Finding(rule=element.finding_id, severity=element.severity, message=message))
    timed = _options.user_patterns > 0  # (else no pattern can run out of time: no limit to keep)
    findings = result.findings
    for rule in rulebook.rules:
        module = rule.module
        offers_fixes = module.FIXES

        def report(start, end, message=None, fix=None, _rule=rule, _fixes=offers_fixes, **fields):
            if fix is not None and not _fixes:
                raise ValueError(f"{_rule.id}: rule type {_rule.type} declares FIXES = False but offered a fix")
            return _finding(doc, _rule, _rule.id, start, end, message, fix=fix, fields=fields)

        if not timed:
            findings.extend(module.check(rule, doc, report))
            continue
        try:
            with time_limit():
                found = list(module.check(rule, doc, report))
        except PatternTimeout as exc:
            result.notices.append(exc.notice(rule.id))
            continue
        findings.extend(found)
    result.findings.sort(key=Finding.sort_key)
    return result


def overlaps(findings: list[Finding], precedence: list[str]) -> list[Finding]:
    """One problem, one finding: a finding whose span overlaps the span of a
    finding of a stronger rule is dropped. ``precedence`` lists rule ids,
    strongest first (a rulebook's ``precedence:``); every rule not listed is
    weaker than every listed one. So nothing else is reported inside a
    residue span, and no typography or formulation finding repeats a
    placeholder. Findings about the whole file are never dropped."""
    if not precedence:
        return findings
    rank = {rule_id: i for i, rule_id in enumerate(precedence)}
    levels = len(precedence)
    by_level: list[list[Finding]] = [[] for _ in range(levels + 1)]
    for f in findings:
        by_level[rank.get(f.rule, levels) if f.start is not None else levels].append(f)
    filled = [i for i, level in enumerate(by_level) if level]
    if len(filled) <= 1:
        return findings  # no finding has a stronger one to yield to
    stronger: list[tuple[int, int]] = []  # disjoint, sorted spans of the findings kept so far
    dropped: set[int] = set()
    for i in filled:
        kept_spans = []
        for f in by_level[i]:
            start = f.start
            if start is None:
                continue
            end = f.end if f.end > start else start + 1
            if stronger and _hits(stronger, start, end):
                dropped.add(id(f))
            else:
                kept_spans.append((start, end))
        if kept_spans and i != filled[-1]:  # (the weakest level's spans stop nothing)
            stronger = _union(stronger + kept_spans)
    if not dropped:
        return findings
    return [f for f in findings if id(f) not in dropped]


def _union(spans):
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


_INFINITY = float("inf")


def _hits(spans, start: int, end: int) -> bool:
    """Does ``start``..``end`` overlap one of the sorted disjoint ``spans``?"""
    i = bisect_right(spans, (start, _INFINITY)) - 1
    if i >= 0 and spans[i][1] > start:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end


#: Distinct excerpts quoted in a group message's ``{matches}``.
MATCHES_SHOWN = 5


def group(findings: list[Finding], rulebook) -> list[Finding]:
    """Repeats as one finding: for every rule with ``group:``, when a file has
    at least ``group.min`` of its findings (with the same ``group.by``
    field), they become one finding at the first place, with the message
    ``group.message`` and every place in ``occurrences``."""
    rules = {rule.id: rule for rule in rulebook.rules if rule.group is not None}
    if not rules:
        return findings
    buckets: dict[tuple, list[Finding]] = {}
    for f in findings:
        rule = rules.get(f.rule)
        if rule is not None and f.start is not None and not f.occurrences:
            key = (f.rule, (f.fields or {}).get(rule.group.by) if rule.group.by else None)
            buckets.setdefault(key, []).append(f)
    merged: dict[int, Finding] = {}  # id of a bucket's first finding → the grouped finding
    gone: set[int] = set()
    for (rule_id, _), members in buckets.items():
        spec = rules[rule_id].group
        if len(members) < spec.min:
            continue
        first = members[0]
        excerpts = list(dict.fromkeys(m.excerpt for m in members))
        matches = "、".join(excerpts[:MATCHES_SHOWN]) + ("等" if len(excerpts) > MATCHES_SHOWN else "")
        fields = dict(first.fields or {})
        fields.update(count=len(members), matches=matches, match=first.excerpt, title=rules[rule_id].title)
        grouped = Finding(rule=rule_id, severity=max((m.severity for m in members), key=severity_rank),
                          message=spec.message.format(**fields), line=first.line, column=first.column,
                          end_line=first.end_line, end_column=first.end_column, excerpt=first.excerpt,
                          location=first.location, fix=first.fix, start=first.start, end=first.end,
                          occurrences=[m.occurrence() for m in members], fields=first.fields)
        merged[id(first)] = grouped
        gone.update(id(m) for m in members[1:])
    if not merged:
        return findings
    return [merged.get(id(f), f) for f in findings if id(f) not in gone]


_DIGITS = regexstore.compile(r"\d")


def settle_fixes(result: FileResult, rulebook, source) -> None:
    """Fix safety: a safe fix becomes a mere suggestion where it would touch
    what only a person can correct — the span of a finding of a rule with
    ``protect: true`` (placeholders), or the digits of its span — or where
    the source's format cannot be written back (``source.writable``)."""
    fixes = [f.fix for f in result.findings if f.fix is not None and f.fix.safe]
    if not fixes:
        return
    text = source.text
    protected_ids = {r.id for r in rulebook.rules if r.options.get("protect")}
    protected = sorted((f.start, f.end) for f in result.findings
                       if f.rule in protected_ids and f.start is not None)
    # A fix touches a protected span if one that starts before the fix ends
    # also ends after the fix starts: binary search + running maximum of the
    # ends, not every fix against every span (thousands of each in 1 MB).
    from bisect import bisect_left
    from itertools import accumulate

    starts = [start for start, _ in protected]
    reach = list(accumulate((end for _, end in protected), max))
    for fix in fixes:
        if not source.writable:
            fix.safe = False
        elif _changes_digits(text[fix.start:fix.end], fix.replacement):
            fix.safe = False
        elif (before := bisect_left(starts, fix.end)) and reach[before - 1] > fix.start:
            fix.safe = False


def _changes_digits(old: str, new: str) -> bool:
    if not (_DIGITS.search(old) or _DIGITS.search(new)):
        return False
    return _DIGITS.findall(old) != _DIGITS.findall(new)


def check(source: sources.Source, settings, job: Job) -> FileResult:
    """One loaded source through the rest of the pipeline."""
    doc = build_document(source)
    doc.year = job.year
    if settings.chooser is not None:
        rulebook, reason = settings.chooser.choose(doc)
    else:
        rulebook, reason = settings.rulebook, None
    result = run_rules(doc, rulebook)
    result.chosen_because = reason
    result.findings = overlaps(result.findings, rulebook.precedence)
    settle_fixes(result, rulebook, source)
    findings = result.findings
    directives = suppress.parse(source)
    if directives:
        findings = suppress.apply(source, findings, directives, _canonical(rulebook))
    findings = [f for f in findings if settings.keeps(f.rule)]
    if job.baseline is not None:
        findings, result.accepted = job.baseline.filter(source, findings)
    if job.record is not None:
        from linter.baseline import entries

        result.baseline_entries = entries(source, findings, job.record.path_key(source.path))
    result.findings = group(findings, rulebook)
    if job.detail is not None:
        result.detail = job.detail(doc)
    if job.explain:  # issue 10: why each checklist element was (not) found
        from linter.checks import element as element_type

        result.detail = element_type.explain(rulebook.elements, doc, rulebook.segmenter)
    if job.render is not None:
        result.rendered = job.render(result)
    return result


def _canonical(rulebook):
    def canonical(rule_id: str):
        return rule_id if rule_id == suppress.RULE_ID else rulebook.canonical(rule_id)

    return canonical


# --------------------------------------------------------------------------- files


def load(path: str, job: Job):
    """The :class:`Source` of ``path`` (``-``: standard input, read as the
    format of ``job.stdin_filename``), or a :class:`FileError` saying why not."""
    limit = {} if job.max_bytes is None else {"max_bytes": job.max_bytes}
    try:
        if path == sources.STDIN:
            return sources.load_stdin(job.stdin_filename, job.encoding, **limit)
        return sources.load(path, job.encoding, **limit)
    except SourceError as exc:
        return FileError(exc.path or path, exc.message)


def check_file(item: tuple[str, int], job: Job):
    """``(path, settings index)`` → :class:`FileResult`, or a :class:`FileError`
    when the file cannot be read. A module-level function: worker processes
    call it by name."""
    path, index = item
    source = load(path, job)
    if isinstance(source, FileError):
        return source
    return check(source, job.settings[index], job)


# --------------------------------------------------------------------------- findings


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
        message = _message(doc, rule, excerpt, fields)
    if fix is not None and (fix.start, fix.end) != (start, end):
        raise ValueError(f"{rule_id}: fix span {fix.start}..{fix.end} is not the finding's {start}..{end}")
    # (positional: a file may have thousands of findings, and keywords cost twice as much)
    return Finding(rule_id, severity or rule.severity, message, line, column, end_line, end_column, excerpt,
                   source.location(start) if source.labels is not None else None, fix, start, end, None,
                   fields or None)


def _message(doc, rule, excerpt: str, fields) -> str:
    """``rule.message`` with the finding's excerpt and fields, formatted once
    per document for each distinct excerpt and fields (a report typed with
    half-width commas has hundreds of findings quoting “,”)."""
    messages = doc.cache.get("engine.messages")
    if messages is None:
        messages = doc.cache["engine.messages"] = {}
    try:
        key = (id(rule), excerpt, tuple(fields.items()) if fields else ())
        message = messages.get(key)
    except TypeError:  # a field that is not hashable
        return rule.message.format(match=excerpt, title=rule.title, **(fields or {}))
    if message is None:
        message = messages[key] = rule.message.format(match=excerpt, title=rule.title, **(fields or {}))
    return message


# --------------------------------------------------------------------------- conveniences


def check_source(source: sources.Source, rulebook, *, year: int | None = None) -> FileResult:
    """Check one source with one rulebook and nothing else (no configuration,
    suppression or baseline): rules, precedence, fix safety and grouping.
    For tests, examples and tools that hold a rulebook."""
    doc = build_document(source)
    doc.year = year
    result = run_rules(doc, rulebook)
    result.findings = overlaps(result.findings, rulebook.precedence)
    settle_fixes(result, rulebook, source)
    result.findings = group(result.findings, rulebook)
    return result
