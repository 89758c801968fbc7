"""line-breaks: hard line breaks inside sentences (text copied from a PDF).

A PDF, or a web page that broke its lines with ``<br>``, leaves a line break
every 30 characters or so, in the middle of sentences and words (“为农业科
↵技自立自强”). A break is counted where a line of at least ``min-length``
characters that is not a numbered heading ends without ending a sentence
(its last character, closing quotes and brackets aside, is not 。！？；：or
……) and the next line, with no blank line between, is a paragraph that does
not open with a run-in number (一是). Headings that wrap are not counted (a
heading has no final punctuation either); the title and the lines set aside
around it (site chrome, a table of contents) are not either.

It is a condition of the whole document: nothing is reported unless there
are at least ``min-count`` breaks and they are at least ``min-share`` of
the places where one line follows another; then every break is reported
(group them in the rulebook: one finding for the document, every place
listed). The same breaks let ``brackets`` pair quotation marks across them.

Options:
  min-length  shortest line counted (default 16: a signature or a short
              unnumbered heading is not a broken sentence)
  min-count   default 3
  min-share   percent, default 30

Message placeholders: ``{before}`` and ``{after}``: the last characters of
the line and the first of the next one.
"""

from __future__ import annotations

from linter.checks.options import positive_int
from linter.document import HEADING, PARAGRAPH
from linter.outline import RUNIN_MARKER

TYPE = "line-breaks"
FIXES = False  # findings carry no fix
FIELDS = {"before", "after"}
OPTIONS = {
    "min-length": (positive_int, 16),
    "min-count": (positive_int, 3),
    "min-share": (positive_int, 30),
}

#: What may end a sentence (matching view), and what may follow its end.
_ENDS = "。!?;:…"
_CLOSING = "”’)》】」』\"' \t\r"
_QUOTED = 6  # characters of context either side in the message


def breaks(doc, min_length: int = 16) -> tuple[list[tuple[int, int]], int]:
    """(spans of the line ends that break a sentence — from the end of the
    line to the start of the next —, number of places where one line of
    text directly follows another). Computed once per document."""
    key = ("line-breaks", min_length)
    cached = doc.cache.get(key)
    if cached is not None:
        return cached
    norm = doc.norm
    found: list[tuple[int, int]] = []
    pairs = 0
    nodes = doc.nodes
    for before, after in zip(nodes, nodes[1:]):
        between = norm[before.end:after.start]
        if between.count("\n") != 1 or between.strip():
            continue  # a blank line between, or not one line after the other
        if before.aside or after.aside or before.kind != PARAGRAPH:
            continue
        pairs += 1
        if after.kind != PARAGRAPH or (after.first_clause is not None and after.first_clause.runin):
            continue
        if _breaks_sentence(norm, before.start, before.end, min_length):
            found.append((before.end, after.start))
    for node in nodes:  # the lines of a paragraph the outline joined (hard-wrapped text it unwrapped)
        if node.kind in (PARAGRAPH, HEADING) and not node.aside and norm.find("\n", node.start, node.end) != -1:
            pairs += _inner(norm, node, min_length, found)
    found.sort()
    doc.cache[key] = result = (found, pairs)
    return result


def _inner(norm: str, node, min_length: int, found: list) -> int:
    """Add the line ends inside ``node`` that break a sentence to ``found``;
    return how many places one of its lines follows another. (A heading's
    own line is not counted: a heading has no final punctuation.)"""
    pairs, line_start = 0, node.start
    heading = node.kind == HEADING
    newline = norm.find("\n", line_start, node.end)
    while newline != -1:
        after = newline + 1
        while after < node.end and norm[after] in " \t\r\n":
            after += 1
        line_end = newline
        while line_end > line_start and norm[line_end - 1] in " \t\r":
            line_end -= 1
        if heading:
            heading = False
        elif norm.count("\n", newline, after) == 1:
            pairs += 1
            if _breaks_sentence(norm, line_start, line_end, min_length) \
                    and not RUNIN_MARKER.match(norm, after):  # (一是: a new item)
                found.append((line_end, after))
        line_start, newline = after, norm.find("\n", after, node.end)
    return pairs


def _breaks_sentence(norm: str, start: int, end: int, min_length: int) -> bool:
    """Does the line between ``start`` and ``end`` (at least ``min_length``
    long) end in mid-sentence — its last mark, closing quotes and brackets
    aside, no sentence end?"""
    if end - start < min_length:
        return False
    while end > start and norm[end - 1] in _CLOSING:
        end -= 1
    return end > start and norm[end - 1] not in _ENDS


def hard_wrapped(doc, min_length: int = 16, min_count: int = 3, min_share: int = 30) -> set[int]:
    """Offsets of the newlines that break a sentence, when the document is
    hard-wrapped (the condition of :func:`check`, default thresholds); else
    an empty set. ``brackets`` pairs marks across these newlines."""
    found, pairs = breaks(doc, min_length)
    if len(found) < min_count or 100 * len(found) < min_share * pairs:
        return set()
    text = doc.text
    return {text.index("\n", start, end + 1) for start, end in found}


def check(rule, doc, report):
    options = rule.options
    found, pairs = breaks(doc, options["min-length"])
    if len(found) < options["min-count"] or 100 * len(found) < options["min-share"] * pairs:
        return
    text = doc.text
    for start, end in found:
        newline = text.index("\n", start, end + 1)
        yield report(newline, newline + 1,
                     before=text[max(0, start - _QUOTED):start].strip(),
                     after=text[end:end + _QUOTED].split("\n")[0].strip())
