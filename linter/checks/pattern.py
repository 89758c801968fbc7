"""pattern: flag every match of a set of regular expressions.

Patterns run on the matching view of the text (simplified characters, full-width
folded to half-width, ``re.MULTILINE`` so ``^``/``$`` are line anchors); the
finding quotes the original text. A match that overlaps a match of one of the
``allow`` patterns is legitimate text and is not reported (``X光``, ``1+X``).

Options:
  patterns  list of regular expressions (required)
  allow     list of regular expressions for legitimate look-alikes
  allow-marks  list of regular expressions of spans where a match made only of ``*``
            is legitimate (Markdown's bold and emphasis marks: ``**强化政治引领。**``);
            any other match inside them still counts (``**2026年X月X日**``)
  protect   true: ``--fix`` never changes text inside a match (placeholders:
            only the author knows what belongs there); default false
  whole-line  N: a match on a line of at most N characters (spaces at
            either end not counted) is reported as that whole line — a line
            of site chrome (“更新时间：2025-12-03 来源：网友投稿 浏览：1832次”)
            is one finding, and no other rule reports inside it (see the
            rulebook's ``precedence``); on a longer line, only the match.
            Default 0 (never)
  spare-headings  list of marks: a match on a line the outline reads as a heading opened by one of
            them is not reported (▲ heads a picture's caption on a web page, residue, but ``▲ 政治建设``
            over its part where a report heads its parts so: see ``linter.outline``). Default none
  repeated  N: a match counts only where the same text (spaces aside) is matched at least N times in
            the document — a watermark left on page after page (内部资料 严禁外传, 李晓燕 3307), not the
            document's own mark once at its top. Default 1 (every match)

A pattern may start with the character it is about and check what comes before it in a lookbehind (the scan
then skips straight to that character); a group named ``lead…`` (``lead``, ``lead2`` …) inside the lookbehind
widens the finding back to where the group starts — ``名(?<=(?P<lead>党员|干部)名)`` reports 党员名, not 名.

The message may use ``{match}``, the original text of the match.

Example (rulebook YAML)::

    - id: placeholder
      type: pattern
      severity: error
      message: 占位符“{match}”未替换为具体内容
      patterns: ['\\*{2,}']
      examples:
        fail: [全年开展警示教育**次]
        pass: [全年开展警示教育12次]
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter

from linter.checks.options import REQUIRED, boolean, positive_int, regex_list, string_list
from linter.document import HEADING
from linter.prefilter import finditer, plan_all, screen

TYPE = "pattern"
FIXES = False  # findings carry no fix
OPTIONS = {
    "patterns": (regex_list, REQUIRED),
    "allow": (regex_list, []),
    "allow-marks": (regex_list, []),
    "protect": (boolean, False),
    "whole-line": (positive_int, 0),
    "repeated": (positive_int, 1),
    "spare-headings": (string_list, []),
}

_SPACE = " \t\r\u3000"


#: The lead groups' numbers of each compiled pattern that matched (read once a run, see :func:`_leads`).
_LEAD_GROUPS: dict = {}


def _leads(compiled) -> tuple[int, ...]:
    """The numbers of ``compiled``'s groups named lead… (in a lookbehind: a finding starts where they do)."""
    leads = _LEAD_GROUPS.get(compiled)
    if leads is None:
        leads = _LEAD_GROUPS[compiled] = tuple(index for name, index in compiled.groupindex.items()
                                               if name.startswith("lead"))
    return leads


def check(rule, doc, report):
    """Yield a finding for every non-overlapping match outside ``allow`` spans."""
    norm = doc.norm
    hits: list[tuple[int, int]] = []
    cache = doc.cache
    patterns = rule.options["patterns"]
    plan_all(patterns)  # (their facts from one record of the regex store)
    for pattern in screen(patterns, norm, cache) if cache is not None else patterns:
        # only the lines that hold one of the strings every match contains
        leads = None
        for m in finditer(pattern, norm, cache):
            if m.end() > m.start():
                if leads is None:
                    leads = _leads(m.re)
                start = m.start()
                for index in leads:
                    if 0 <= m.start(index) < start:
                        start = m.start(index)
                hits.append((start, m.end()))
    if not hits:
        return
    if rule.options["allow"]:
        overlaps_allowed = allowed_spans(m.span() for p in rule.options["allow"] for m in finditer(p, norm, cache))
        hits = [(start, end) for start, end in hits if not overlaps_allowed(start, end)]
    spare = rule.options["spare-headings"]
    if spare and any(mark in norm[start:end] for start, end in hits for mark in spare):
        headings = [(node.start, node.end) for node in doc.nodes if node.kind == HEADING and node.marker in spare]
        if headings:
            # (a match from the line's start, its indent too: 　　▲政治建设)
            hits = [(start, end) for start, end in hits if not any(start < b and a < end for a, b in headings)]
    marks = rule.options["allow-marks"]
    if marks and any(not norm[start:end].strip("*") for start, end in hits):
        in_marks = allowed_spans(m.span() for p in marks for m in finditer(p, norm, cache))
        hits = [(start, end) for start, end in hits if norm[start:end].strip("*") or not in_marks(start, end)]
    if rule.options["repeated"] > 1:
        said = Counter("".join(norm[start:end].split()) for start, end in hits)
        hits = [(start, end) for start, end in hits if said["".join(norm[start:end].split())] >= rule.options["repeated"]]
    widest = rule.options["whole-line"]
    if widest:
        hits = [_line_of(norm, start, end, widest) for start, end in hits]
    hits.sort(key=lambda span: (span[0], -span[1]))
    last_end = -1
    for start, end in hits:
        if start < last_end:
            continue  # inside a match already reported
        last_end = end
        yield report(start, end)


def _line_of(norm: str, start: int, end: int, widest: int) -> tuple[int, int]:
    """The line around ``start``..``end`` without its spaces at either end,
    when it has at most ``widest`` characters; else the match itself. Only
    ``widest`` characters either side are looked at (a long line with many
    matches is not scanned again for each)."""
    if "\n" in norm[start:end]:
        return start, end
    lo = norm.rfind("\n", max(0, start - widest - 1), start) + 1
    if lo == 0 and start > widest:
        return start, end  # no line start within reach: a long line
    hi = norm.find("\n", end, end + widest + 1)
    if hi < 0:
        if end + widest < len(norm):
            return start, end
        hi = len(norm)
    while lo < start and norm[lo] in _SPACE:
        lo += 1
    while hi > end and norm[hi - 1] in _SPACE:
        hi -= 1
    return (lo, hi) if hi - lo <= widest else (start, end)


def allowed_spans(spans):
    """A test ``overlaps(start, end)``: whether ``start``..``end`` overlaps one
    of ``spans``, in logarithmic time (a document may have thousands of both
    hits and allowed spans)."""
    spans = sorted(spans)
    if not spans:
        return lambda start, end: False
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far

    def overlaps(start: int, end: int) -> bool:
        index = bisect.bisect_left(starts, end)  # spans starting before ``end``
        return index > 0 and reach[index - 1] > start

    return overlaps
