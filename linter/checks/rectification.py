"""rectification: rectification reported without its progress.

A report says it rectified last year's problems or the problems fed back by
巡视巡察, 审计, 考核 or a 民主生活会 — a sentence naming a ``sources`` pattern
and an ``action`` pattern (整改) — outside the parts listed in ``skip`` (the
problems and the plans: “巡察整改不到位” is a problem, “抓好巡察整改” a plan).
When none of these sentences, nor the sentence after each (for a heading
such as 二、上年度巡察反馈问题整改情况: the text of its section, up to
``section-chars`` characters), gives its
progress (a ``progress`` pattern: a figure, a completion rate, 全部整改到位),
one finding at the first: 整改 reported as an intention, not as a result.
When the report mentions no rectification at all nothing is reported here
(the checklist element for it says so).

Options:
  sources   regular expressions for where the problems came from (required)
  action    regular expressions for rectifying (required)
  progress  regular expressions for its progress (required)
  skip      checklist element ids of parts not searched (default problems, next-steps)
  section-chars  how much of a heading's section is read for the progress (default 1500)

Message placeholder: ``{match}`` (the first sentence about rectification),
``{count}`` (how many such sentences).
"""

from __future__ import annotations

import bisect

from linter.checks import parts
from linter.checks.options import REQUIRED, positive_int, regex_list, string_list

TYPE = "rectification"
FIXES = False
FIELDS = {"count"}

OPTIONS = {
    "sources": (regex_list, REQUIRED),
    "action": (regex_list, REQUIRED),
    "progress": (regex_list, REQUIRED),
    "skip": (string_list, ["problems", "next-steps"]),
    "section-chars": (positive_int, 1500),
}


_STARTS = "rectification: node starts"


def _heading_at(doc, position: int):
    """The heading node whose line holds ``position``, or None."""
    nodes = doc.nodes
    starts = doc.cache.get(_STARTS)
    if starts is None:  # once per document: a list per mention made a 50 MB report quadratic
        starts = doc.cache[_STARTS] = [n.start for n in nodes]
    index = bisect.bisect_right(starts, position) - 1
    if index < 0:
        return None
    node = nodes[index]
    return node if node.is_heading and position < max(node.end, node.start + 1) else None


def check(rule, doc, report):
    options = rule.options
    norm = doc.norm
    mentions = []  # (start, end, with progress)
    for low, high in parts.outside(doc, options["skip"]):
        seen = -1
        for pattern in options["action"]:
            for m in pattern.finditer(norm, low, high):
                a, b = parts.sentence_at(norm, m.start(), m.end(), low, high)
                if a <= seen or not parts.search(options["sources"], norm, a, b):
                    continue
                seen = a
                heading = _heading_at(doc, m.start())
                if heading is not None:  # 二、上年度巡察反馈问题整改情况: its section says how far
                    d = min(doc.section_end(heading), high, heading.end + options["section-chars"])
                else:  # the progress may follow in the next sentence of the paragraph
                    c, d = parts.sentence_at(norm, b, b, low, high) if b < high and norm[b:b + 1] != "\n" else (b, b)
                progress = parts.search(options["progress"], norm, a, max(b, d)) is not None
                mentions.append((a, b, progress))
    if mentions and not any(progress for _, _, progress in mentions):
        a, b, _ = min(mentions)
        end = b - 1 if b > a + 1 and norm[b - 1] in "。；;!?！？" else b
        yield report(a, end, count=len(mentions))
