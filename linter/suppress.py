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
from bisect import bisect_left, bisect_right
from types import SimpleNamespace

from linter import regexstore
from linter.records import Record
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
        # the opening of a directive; its end is the next -->, found with
        # str.find (see _directives)
        opening=regexstore.compile(r"<!--\s*zhidang-(disable-next-line|disable|enable)(?![\w-])"),
        word_comment=regexstore.compile(r"zhidang-disable(?![\w-])(.*)", re.S),
        ids=regexstore.compile(rf"[\s,，、]*((?:{rule_id})(?:[\s,，、]+{rule_id})*)?(?![A-Za-z0-9_-])"),
        separators=regexstore.compile(r"[\s,，、]+"),
    )


class Directive(Record):
    _FIELDS = ("kind", "rules", "start", "end", "ranges", "used")

    def __init__(self, kind: str, rules: list[str], start: int, end: int,
                 ranges: dict[str, list[tuple[int, int]]] | None = None, used: set[str] | None = None):
        self.kind = kind  # "disable", "enable", "disable-next-line" or "comment" (Word)
        self.rules = rules  # empty: every rule
        self.start, self.end = start, end  # offsets of the directive (or of the commented text, for "comment")
        # rule id (or "*" for every rule) → offset ranges the directive covers
        self.ranges = {} if ranges is None else ranges
        self.used = set() if used is None else used


def _directives(text: str):
    """``(start, end, kind, rest)`` of every directive comment of ``text``
    (``rest``: what follows the kind, up to ``-->``) — the matches of
    ``<!--\\s*zhidang-(kind)(?![\\w-])(.*?)-->`` (re.S), found in linear time:
    that regular expression would scan to the end of the text from each of
    a thousand unclosed openings."""
    opening = _patterns().opening
    pos = 0
    while True:
        match = opening.search(text, pos)
        if match is None:
            return
        close = text.find("-->", match.end())
        if close < 0:
            return  # neither this opening nor any later one is closed
        yield match.start(), close + 3, match.group(1), text[match.end():close]
        pos = close + 3


def mask(text: str, norm: str) -> str:
    """The matching view with directive comments blanked (same length, line
    breaks kept), so that no rule reports the comments themselves."""
    if "zhidang-" not in text:
        return norm
    chars = list(norm)
    for start, end, _, _ in _directives(text):
        for index in range(start, end):
            if chars[index] not in "\r\n":
                chars[index] = " "
    return "".join(chars)


def parse(source) -> list[Directive]:
    """The directives of a source: HTML comments in its text, then reviewer
    comments (Word) that start with ``zhidang-disable``."""
    directives: list[Directive] = []
    text = source.text
    if "zhidang-" in text:
        for start, end, kind, rest in _directives(text):
            directives.append(Directive(kind, _rule_ids(rest), start, end))
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
    # From the last directive back: where the next enable is, for every rule
    # (an enable without ids ends every disable; one with ids, those rules).
    next_enable_all = len(text)
    next_enable: dict[str, int] = {}
    ends: dict[int, dict[str, int]] = {}
    for index in range(len(directives) - 1, -1, -1):
        directive = directives[index]
        if directive.kind == "disable":
            ends[index] = {rule: min(next_enable.get(rule, next_enable_all), next_enable_all)
                           for rule in directive.rules or [_ALL]}
        elif directive.kind == "enable":
            if directive.rules:
                next_enable.update(dict.fromkeys(directive.rules, directive.start))
            else:
                next_enable_all = directive.start
                next_enable.clear()
    lines = _Lines(text, directives)
    for index, directive in enumerate(directives):
        if directive.kind == "disable":
            for rule, end in ends[index].items():
                directive.ranges[rule] = [(directive.end, end)]
        elif directive.kind == "disable-next-line":
            line_range = lines.next_line(directive.end)
            if line_range is not None:
                directive.ranges = {rule: [line_range] for rule in directive.rules or [_ALL]}


class _Lines:
    """The lines that have report text, for ``zhidang-disable-next-line``."""

    def __init__(self, text: str, directives: list[Directive]):
        self.text = text
        self.directives = directives  # in text order, not overlapping
        self.starts = [d.start for d in directives]
        self.answers: dict[int, tuple[int, int] | None] = {}  # line start → next_line from there
        self.newline = (1, 0)  # (offset, the first newline after it): many directives may share a line

    def next_line(self, offset: int) -> tuple[int, int] | None:
        """The span of the first line after ``offset``'s line that has report
        text (not blank, not only directive comments). Every line looked at
        remembers the answer, so that a thousand directives on consecutive
        lines do not each walk all the lines after them."""
        text = self.text
        seen = []
        answer = None
        since, newline = self.newline
        if not since <= offset <= (len(text) if newline == -1 else newline):
            newline = text.find("\n", offset)  # not on the line of the previous directive
            self.newline = (offset, newline)
        start = newline
        while start != -1:
            start += 1
            if start in self.answers:
                answer = self.answers[start]
                break
            seen.append(start)
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            if self._has_text(start, end):
                answer = (start, end)
                break
            start = text.find("\n", end) if end < len(text) else -1
        for line_start in seen:
            self.answers[line_start] = answer
        return answer

    def _has_text(self, start: int, end: int) -> bool:
        """Whether the line ``start``..``end`` has text besides the directive
        comments that lie wholly inside it."""
        pieces, last = [], start
        index = bisect_left(self.starts, start)
        while index < len(self.directives) and self.starts[index] <= end:
            directive = self.directives[index]
            if directive.end <= end:
                pieces.append(self.text[last:directive.start])
                last = directive.end
            index += 1
        pieces.append(self.text[last:end])
        return any(piece.strip(" \t\r\u3000\u00a0") for piece in pieces)


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
    html = [d for d in directives if d.kind != "comment"]  # in text order, not overlapping
    html_starts = [d.start for d in html]
    candidates = []  # (finding, span)
    for finding in findings:
        span = _offsets(source, finding)
        if span is not None:
            index = bisect_right(html_starts, span[0]) - 1
            if index >= 0 and span[0] < html[index].end:
                continue  # inside a directive comment (masked; belt and braces)
        candidates.append((finding, span))
    suppressed = _suppressed(candidates, directives)
    kept = [finding for (finding, _), hit in zip(candidates, suppressed) if not hit]
    kept.extend(_unused(source, directives, canonical))
    kept.sort(key=Finding.sort_key)
    return kept


def _suppressed(candidates, directives) -> list[bool]:
    """For each ``(finding, span)``, whether a directive covers it; marks the
    directives that cover something as ``used``.

    A directive with rule ids covers the findings of those rules, one without
    ids every finding: a finding whose offset is in the range of a disable or
    disable-next-line, one that overlaps the commented text of a Word comment,
    and a whole-file finding (no span) whose rule a disable or comment names.
    Looked up by rule in sorted spans, not directive by directive: thousands
    of directives and of findings are a product too large to walk."""
    from linter.checks.pattern import allowed_spans

    by_rule: dict[str, list] = {}  # rule (or _ALL) → spans of its findings
    whole_file: set[str] = set()  # rules with a whole-file finding
    for finding, span in candidates:
        if span is None:
            whole_file.add(finding.rule)
        else:
            by_rule.setdefault(finding.rule, []).append(span)
            by_rule.setdefault(_ALL, []).append(span)
    offsets_of = {key: allowed_spans((lo, lo + 1) for lo, _ in spans) for key, spans in by_rule.items()}
    spans_of = {key: allowed_spans(spans) for key, spans in by_rule.items()}
    nothing = allowed_spans(())
    in_range: dict[str, list] = {}  # rule (or _ALL) → ranges of disable and disable-next-line
    in_comment: dict[str, list] = {}  # rule (or _ALL) → commented text of Word comments
    named: set[str] = set()  # rules a disable or comment names
    for directive in directives:
        if directive.kind == "enable":
            continue
        for key, ranges in directive.ranges.items():
            if directive.kind == "comment":
                in_comment.setdefault(key, []).extend(ranges)
                hit = any(spans_of.get(key, nothing)(lo, hi) for lo, hi in ranges)
            else:
                in_range.setdefault(key, []).extend(ranges)
                hit = any(offsets_of.get(key, nothing)(lo, hi) for lo, hi in ranges)
            if key != _ALL and directive.kind in ("disable", "comment"):
                named.add(key)
                hit = hit or key in whole_file
            if hit:
                directive.used.add(key)
    ranges_of = {key: allowed_spans(ranges) for key, ranges in in_range.items()}
    comments_of = {key: allowed_spans(ranges) for key, ranges in in_comment.items()}
    out = []
    for finding, span in candidates:
        if span is None:
            out.append(finding.rule in named)
            continue
        start, end = span
        out.append(any(ranges_of.get(key, nothing)(start, start + 1) or comments_of.get(key, nothing)(start, end)
                       for key in (finding.rule, _ALL)))
    return out


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
