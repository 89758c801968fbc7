"""Inline suppression: accept one finding on purpose, in the document itself.

Text and Markdown (HTML comments, invisible when Markdown is rendered)::

    <!-- zhidang-disable placeholder -->        rules off from here …
    <!-- zhidang-enable -->                     … to here (or to the end of the file)
    <!-- zhidang-disable-next-line residue -->  rules off on the next non-blank line

Several rule ids may be listed (separated by spaces or commas); anything after
them that is not a rule id (``-- 原因``, ``：原因``) is a free-text reason. A
``zhidang-disable`` without ids switches off every rule in its range. Findings
about the whole file (a missing checklist element, ``missing-…``) are
suppressed by a ``zhidang-disable`` that names their rule anywhere in the file.

Word (.docx): a reviewer comment (``Source.comments``) whose text is
``zhidang-disable RULE …`` suppresses those rules on the commented text.

A suppression that suppresses nothing, or names a rule that does not exist,
is itself reported under the rule id ``unused-suppression`` (a warning). The
directive comments themselves are not report text: :func:`mask` blanks them
in the matching view, so no rule matches inside them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from types import SimpleNamespace

from linter.results import Finding

RULE_ID = "unused-suppression"
TITLE = "无效的抑制注释"
SEVERITY = "warning"
DESCRIPTION = (
    "抑制注释（<!-- zhidang-disable 规则id -->、<!-- zhidang-disable-next-line 规则id -->，"
    "或 Word 批注“zhidang-disable 规则id”）没有抑制任何问题，或写了不存在的规则 id。"
    "问题已经改正后，应删除对应的抑制注释，以免以后掩盖新的问题。"
)
EXAMPLES = {
    "fail": ["<!-- zhidang-disable-next-line placeholder -->\n全年开展警示教育12次。"],
    "pass": ["<!-- zhidang-disable-next-line placeholder -->\n全年开展警示教育**次。"],
}

_ALL = "*"


@functools.cache
def _patterns():
    """Compiled on first use: most files have no directive (see the fast paths)."""
    rule_id = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
    return SimpleNamespace(
        directive=re.compile(r"<!--\s*zhidang-(disable-next-line|disable|enable)(?![\w-])(.*?)-->", re.S),
        word_comment=re.compile(r"zhidang-disable(?![\w-])(.*)", re.S),
        ids=re.compile(rf"[\s,，、]*((?:{rule_id})(?:[\s,，、]+{rule_id})*)?(?![A-Za-z0-9_-])"),
        separators=re.compile(r"[\s,，、]+"),
    )


@dataclass
class Directive:
    kind: str  # "disable", "enable", "disable-next-line" or "comment" (Word)
    rules: list[str]  # empty: every rule
    start: int  # offsets of the directive (or of the commented text, for "comment")
    end: int
    # rule id (or "*" for every rule) → offset ranges the directive covers
    ranges: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)


def mask(text: str, norm: str) -> str:
    """The matching view with directive comments blanked (same length, line
    breaks kept), so that no rule reports the comments themselves."""
    if "zhidang-" not in text:
        return norm
    chars = list(norm)
    for match in _patterns().directive.finditer(text):
        for index in range(match.start(), match.end()):
            if chars[index] not in "\r\n":
                chars[index] = " "
    return "".join(chars)


def parse(source) -> list[Directive]:
    """The directives of a source: HTML comments in its text, then reviewer
    comments (Word) that start with ``zhidang-disable``."""
    directives: list[Directive] = []
    text = source.text
    if "zhidang-" in text:
        for match in _patterns().directive.finditer(text):
            directives.append(Directive(match.group(1), _rule_ids(match.group(2)), match.start(), match.end()))
        _resolve_ranges(directives, source)
    for start, end, comment in source.comments:
        match = _patterns().word_comment.match(comment.strip(" \t\r\n\u3000\u00a0"))
        if match:
            rules = _rule_ids(match.group(1))
            directives.append(Directive("comment", rules, start, end,
                                        {rule: [(start, end)] for rule in rules or [_ALL]}))
    return directives


def _rule_ids(rest: str) -> list[str]:
    """The rule ids at the start of ``rest``; whatever follows them (``-- 原因``,
    ``：原因``) is a free-text reason."""
    match = _patterns().ids.match(rest)
    ids = match.group(1) if match else None
    if ids:
        return _patterns().separators.split(ids)
    rest = rest.strip()
    if rest[:1].isascii() and rest[:1].isalnum():
        # not a valid id (Placeholder, placeholder-): keep it, to be reported, rather
        # than read it as “every rule”
        return [_patterns().separators.split(rest)[0]]
    return []


def _resolve_ranges(directives: list[Directive], source) -> None:
    text = source.text
    for index, directive in enumerate(directives):
        if directive.kind == "disable":
            for rule in directive.rules or [_ALL]:
                end = len(text)
                for later in directives[index + 1:]:
                    # an enable without ids ends every disable; one with ids, those rules
                    if later.kind == "enable" and (not later.rules or rule in later.rules):
                        end = later.start
                        break
                directive.ranges[rule] = [(directive.end, end)]
        elif directive.kind == "disable-next-line":
            line_range = _next_line(text, directive.end, directives)
            if line_range is not None:
                directive.ranges = {rule: [line_range] for rule in directive.rules or [_ALL]}


def _next_line(text: str, offset: int, directives: list[Directive]) -> tuple[int, int] | None:
    """The span of the first line after ``offset``'s line that has report text
    (not blank, not only directive comments)."""
    start = text.find("\n", offset)
    while start != -1:
        start += 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        rest = text[start:end]
        for d in directives:
            if start <= d.start and d.end <= end:
                rest = rest.replace(text[d.start:d.end], "")
        if rest.strip(" \t\r\u3000\u00a0"):
            return start, end
        start = text.find("\n", end) if end < len(text) else -1
    return None


def _offsets(source, finding: Finding) -> tuple[int, int] | None:
    if finding.line is None:
        return None
    starts = source.line_starts
    start = starts[finding.line - 1] + finding.column - 1
    end = start
    if finding.end_line is not None:
        end = starts[finding.end_line - 1] + finding.end_column - 1
    return start, max(end, start + 1)


def apply(source, findings: list[Finding], directives: list[Directive], canonical) -> list[Finding]:
    """Findings that no directive suppresses, plus an ``unused-suppression``
    finding for every directive (rule) that suppressed nothing.
    ``canonical(rule_id)`` gives a rule's canonical id, or None if unknown."""
    if not directives:
        return findings
    for directive in directives:
        directive.rules = [canonical(r) or r for r in directive.rules]
        directive.ranges = {(canonical(k) or k) if k != _ALL else k: v for k, v in directive.ranges.items()}
    kept = []
    for finding in findings:
        span = _offsets(source, finding)
        if span is not None and any(d.kind != "comment" and d.start <= span[0] < d.end for d in directives):
            continue  # inside a directive comment (masked; belt and braces)
        if not _suppressed(finding, span, directives):
            kept.append(finding)
    kept.extend(_unused(source, directives, canonical))
    kept.sort(key=Finding.sort_key)
    return kept


def _suppressed(finding: Finding, span, directives) -> bool:
    hit = False
    for directive in directives:
        if directive.kind == "enable":
            continue
        key = finding.rule if finding.rule in directive.rules else _ALL
        ranges = directive.ranges.get(key)
        if ranges is None:
            continue
        if span is None:
            # a whole-file finding: a range directive that names its rule
            covers = directive.kind in ("disable", "comment") and key != _ALL
        elif directive.kind == "comment":
            covers = any(span[0] < hi and lo < span[1] for lo, hi in ranges)
        else:
            covers = any(lo <= span[0] < hi for lo, hi in ranges)
        if covers:
            directive.used.add(finding.rule if directive.rules else _ALL)
            hit = True
    return hit


def _unused(source, directives, canonical):
    for directive in directives:
        if directive.kind == "enable":
            continue
        for rule in directive.rules or [_ALL]:
            if rule == _ALL:
                if directive.used:
                    continue
                message = "抑制注释没有抑制任何问题，应删除"
            elif canonical(rule) is None:
                message = f"抑制注释中的规则“{rule}”不存在（用 zhidang rules list 查看规则 id）"
            elif rule in directive.used:
                continue
            else:
                message = f"抑制注释没有抑制任何“{rule}”问题，应删除"
            yield _finding(source, directive, message)


def _finding(source, directive: Directive, message: str) -> Finding:
    line, column = source.position(directive.start)
    end_line, end_column = source.position(directive.end)
    excerpt = source.text[directive.start:directive.end]
    return Finding(rule=RULE_ID, severity=SEVERITY, message=message, line=line, column=column,
                   end_line=end_line, end_column=end_column, excerpt=excerpt,
                   location=source.location(directive.start))
