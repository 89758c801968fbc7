"""pattern: flag every match of a set of regular expressions.

Patterns run on the matching view of the text (simplified characters, full-width
folded to half-width, ``re.MULTILINE`` so ``^``/``$`` are line anchors); the
finding quotes the original text. A match that overlaps a match of one of the
``allow`` patterns is legitimate text and is not reported (``X光``, ``1+X``).

Options:
  patterns  list of regular expressions (required)
  allow     list of regular expressions for legitimate look-alikes
  protect   true: ``--fix`` never changes text inside a match (placeholders:
            only the author knows what belongs there); default false

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

from linter.checks.options import REQUIRED, boolean, regex_list

TYPE = "pattern"
FIXES = False  # findings carry no fix
OPTIONS = {
    "patterns": (regex_list, REQUIRED),
    "allow": (regex_list, []),
    "protect": (boolean, False),
}


def check(rule, doc, report):
    """Yield a finding for every non-overlapping match outside ``allow`` spans."""
    norm = doc.norm
    hits: list[tuple[int, int]] = []
    for pattern in rule.options["patterns"]:
        for m in pattern.finditer(norm):
            if m.end() > m.start():
                hits.append((m.start(), m.end()))
    if not hits:
        return
    overlaps_allowed = allowed_spans(m.span() for p in rule.options["allow"] for m in p.finditer(norm))
    hits.sort(key=lambda span: (span[0], -span[1]))
    last_end = -1
    for start, end in hits:
        if start < last_end:
            continue  # inside a match already reported
        if overlaps_allowed(start, end):
            continue
        last_end = end
        yield report(start, end)


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
