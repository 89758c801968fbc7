"""duty-mismatch: a report on one duty that claims another's work.

In a report whose title matches ``titles`` (主体责任), a sentence matching
one of ``claims`` (党委 履行监督责任; 立案, 审查调查) is reported unless
the same sentence matches one of ``allow`` (the 纪委 or 纪检监察组 does it,
the Party committee supports it: 支持纪委……, 纪检监察组立案……). Under the
two-duty system (十八届三中全会: 党委负主体责任, 纪委负监督责任) a 党委 or
党组 that writes the 纪委's 监督责任 or its cases as its own work has mixed
the two.

Options:
  titles  regular expressions for the title of a report on the duty (required)
  anchors regular expressions one of which a sentence must hold to be read
          (literals: the text is scanned for them first; default: every sentence)
  claims  regular expressions for what belongs to the other duty (required)
  allow   regular expressions that make a sentence legitimate

Message placeholder: ``{match}`` (the claim).
"""

from __future__ import annotations

from linter.checks.options import REQUIRED, regex_list
from linter.checks import parts

TYPE = "duty-mismatch"
FIXES = False

OPTIONS = {
    "titles": (regex_list, REQUIRED),
    "claims": (regex_list, REQUIRED),
    "allow": (regex_list, []),
    "anchors": (regex_list, []),
}


def check(rule, doc, report):
    options = rule.options
    title = doc.title_text()
    if not title or not any(p.search(title) for p in options["titles"]):
        return
    norm = doc.norm
    start = doc.title.end
    reported = -1
    if options["anchors"]:
        spans, last = [], -1
        for m in parts.finditer(options["anchors"], norm, start):
            a, b = parts.sentence_at(norm, m.start(), m.end(), start)
            if a > last:
                spans.append((a, b))
                last = a
    else:
        spans = [(start, len(norm))]
    hits = sorted((m.start(), m.end()) for a, b in spans for p in options["claims"] for m in p.finditer(norm, a, b)
                  if m.end() > m.start())
    for m_start, m_end in hits:
        a, b = parts.sentence_at(norm, m_start, m_end, start)
        if a <= reported:
            continue  # one finding per sentence
        if any(p.search(norm, a, b) for p in options["allow"]):
            continue
        reported = a
        yield report(m_start, m_end)
