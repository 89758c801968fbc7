"""rectification: rectification reported without its progress.

A report says it rectified last year's problems or the problems fed back by
巡视巡察, 审计, 考核 or a 民主生活会 — a sentence naming a ``sources`` pattern
and an ``action`` pattern (整改) — outside the parts listed in ``skip`` (the
problems and the plans: “巡察整改不到位” is a problem, “抓好巡察整改” a plan).
When none of these sentences, nor the sentence after each, gives its
progress (a ``progress`` pattern: a figure, a completion rate, 全部整改到位),
one finding at the first: 整改 reported as an intention, not as a result.
When the report mentions no rectification at all nothing is reported here
(the checklist element for it says so).

Options:
  sources   regular expressions for where the problems came from (required)
  action    regular expressions for rectifying (required)
  progress  regular expressions for its progress (required)
  skip      checklist element ids of parts not searched (default problems, next-steps)

Message placeholder: ``{match}`` (the first sentence about rectification),
``{count}`` (how many such sentences).
"""

from __future__ import annotations

from linter.checks import parts
from linter.checks.options import REQUIRED, regex_list, string_list

TYPE = "rectification"
FIXES = False
FIELDS = {"count"}

OPTIONS = {
    "sources": (regex_list, REQUIRED),
    "action": (regex_list, REQUIRED),
    "progress": (regex_list, REQUIRED),
    "skip": (string_list, ["problems", "next-steps"]),
}


def check(rule, doc, report):
    options = rule.options
    norm = doc.norm
    mentions = []  # (start, end, with progress)
    for low, high in parts.outside(doc, options["skip"]):
        seen = -1
        for pattern in options["action"]:
            for m in pattern.finditer(norm, low, high):
                a, b = parts.sentence_at(norm, m.start(), m.end(), low, high)
                if a <= seen or not any(p.search(norm, a, b) for p in options["sources"]):
                    continue
                seen = a
                # the progress may follow in the next sentence of the paragraph
                c, d = parts.sentence_at(norm, b, b, low, high) if b < high and norm[b:b + 1] != "\n" else (b, b)
                progress = any(p.search(norm, a, max(b, d)) for p in options["progress"])
                mentions.append((a, b, progress))
    if mentions and not any(progress for _, _, progress in mentions):
        a, b, _ = min(mentions)
        end = b - 1 if b > a + 1 and norm[b - 1] in "。；;!?！？" else b
        yield report(a, end, count=len(mentions))
