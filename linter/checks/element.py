"""element: the compliance checklist — is a required part of the report there?

Each checklist element of a rulebook is recognized *by meaning*:

* on a section heading, when its title contains one of ``keywords`` (substring
  of the matching view) or one of ``words`` (the same, but the match must start
  and end on word boundaries of the jieba segmentation, so 作风 is not found in
  工作风险); candidate headings are those at level 1 (一、), and those at level
  2 (（一）) whose level-1 heading is not itself a checklist section (a report
  that puts all its sections under one “一、履行主体责任情况”);
* or, for elements with ``openings``, on the opening sentence of a paragraph
  that matches one of those regular expressions (一年来……还存在差距).

An element found whose section has fewer than ``min-chars`` characters of text
is ``weak``; one not found is ``missing``.
"""

from __future__ import annotations

from linter.checks.options import PatternTimeout, positive_int, regex_list, string_list, time_limit
from linter.document import HEADING, PARAGRAPH

TYPE = "element"
OPTIONS = {
    "keywords": (string_list, []),
    "words": (string_list, []),
    "openings": (regex_list, []),
    "min-chars": (positive_int, 0),
}

PRESENT, MISSING, WEAK = "present", "missing", "weak"


def heading_matches(element, doc, node, segmenter) -> bool:
    title = doc.norm[node.title_start:node.title_end]
    options = element.options
    if any(k in title for k in options["keywords"]):
        return True
    return any(segmenter.contains_word(title, w) for w in options["words"] if w in title)


def opening_matches(element, doc, node) -> bool:
    start, end = node.lead
    lead = doc.norm[start:end]
    return any(p.search(lead) for p in element.options["openings"])


def evaluate(elements, doc, segmenter, timeouts: list | None = None):
    """Return ``{element id: (status, node or None)}`` for every element.

    ``openings`` from a rulebook that is not built in run with a time limit
    per element (:func:`~linter.checks.options.time_limit`): when it is up,
    the :class:`~linter.checks.options.PatternTimeout` (its ``rule`` set to
    the element's id) goes to ``timeouts`` and the element counts as not
    found by an opening; without ``timeouts`` it is raised."""
    found: dict[str, object] = {}
    top_matched: dict[int, bool] = {}
    for node in doc.nodes:
        if node.kind != HEADING:
            continue
        parent = doc.parent_of(node)
        if node.level == 1 or parent is None:
            candidate = True
        else:
            candidate = node.level == 2 and parent.level == 1 and not top_matched.get(parent.index)
        if not candidate:
            continue
        matched = False
        for element in elements:
            if heading_matches(element, doc, node, segmenter):
                matched = True
                found.setdefault(element.id, node)
        top_matched[node.index] = matched
    for element in elements:
        if element.id in found or not element.options["openings"]:
            continue
        try:
            with time_limit():
                for node in doc.nodes:
                    if node.kind == PARAGRAPH and opening_matches(element, doc, node):
                        found[element.id] = node
                        break
        except PatternTimeout as exc:
            if timeouts is None:
                raise
            exc.rule = element.id
            timeouts.append(exc)
    statuses = {}
    for element in elements:
        node = found.get(element.id)
        if node is None:
            statuses[element.id] = (MISSING, None)
            continue
        minimum = element.options["min-chars"]
        if minimum and _substance(doc, node) < minimum:
            statuses[element.id] = (WEAK, node)
        else:
            statuses[element.id] = (PRESENT, node)
    return statuses


def _substance(doc, node) -> int:
    start = node.title_end if node.kind == HEADING else node.start
    body = doc.norm[start:doc.section_end(node)]
    return len("".join(body.split()))  # characters other than white space
