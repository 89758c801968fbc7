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

from linter.checks.options import regex_list, positive_int, string_list
from linter.document import HEADING, PARAGRAPH

TYPE = "element"
#: Entries of a rulebook's ``elements:`` list have this type (the checklist),
#: evaluated together by :func:`evaluate` rather than one by one.
CHECKLIST = True
FIXES = False
OPTIONS = {
    "keywords": (string_list, []),
    "words": (string_list, []),
    "openings": (regex_list, []),
    "min-chars": (positive_int, 0),
}

PRESENT, MISSING, WEAK = "present", "missing", "weak"


def validate(options) -> None:
    if not (options["keywords"] or options["words"] or options["openings"]):
        raise ValueError("至少需要 keywords、words 或 openings 之一")


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


def evaluate(elements, doc, segmenter):
    """Return ``{element id: (status, node or None)}`` for every element."""
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
        for node in doc.nodes:
            if node.kind == PARAGRAPH and opening_matches(element, doc, node):
                found[element.id] = node
                break
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
