"""The parts of a report as the checklist found them (shared by rule types).

Not a rule type. The engine evaluates the checklist of a document's rulebook
before its rules and leaves the evaluation in ``doc.cache[CURRENT]``; a rule
type that reads one part of the report (the problems, the plans) asks for it
by element id. When a rule runs alone (its pass/fail examples), the checklist
of the built-in annual report rulebook is evaluated instead.
"""

from __future__ import annotations

from linter import regexstore

#: Key of the evaluation of the document's own checklist in ``doc.cache``.
CURRENT = "checklist-current"

_FALLBACK = []  # the built-in annual rulebook, loaded on first use


def evaluation(doc):
    found = doc.cache.get(CURRENT)
    if found is not None:
        return found
    from linter.checks import element

    if not _FALLBACK:
        from linter import rulebook

        _FALLBACK.append(rulebook.load("qmcz-annual-report"))
    book = _FALLBACK[0]
    return element.evaluation(book.elements, doc, book.segmenter)


def span(doc, element_id: str) -> tuple[int, int] | None:
    key = ("part-span", element_id)
    if key not in doc.cache:
        doc.cache[key] = _span(doc, element_id)
    return doc.cache[key]


def _span(doc, element_id: str) -> tuple[int, int] | None:
    """(start, stop) of the part found for ``element_id`` (from its first
    line to where the part ends), or None when it was not found. A part
    opened by an unheaded paragraph (一年来……还存在一些不足：) runs on to the
    next heading or the next part, whichever comes first."""
    result = evaluation(doc)
    found = result.found.get(element_id)
    if found is None:
        return None
    stop = max(found.stop, found.end)
    if found.section is None:
        stop = len(doc.text)
        for node in doc.nodes:
            if node.start > found.start and node.is_heading:
                stop = node.start
                break
        for other in result.found.values():
            if found.start < other.start < stop:
                stop = other.start
    return found.start, stop


def spread(doc, element_id: str) -> bool:
    """Was the part found for ``element_id`` a label inside another part (短板弱项：……, 【问题】…… under each
    aspect's work): the first of a list spread over the report, whose size the one label does not tell?"""
    found = evaluation(doc).found.get(element_id)
    section = None if found is None else found.section
    if section is None or not section.depth:
        return False
    from linter.checks.element import is_label

    return is_label(section)


def body(doc, element_id: str) -> tuple[int, int] | None:
    """(start, stop) of the part's text after its heading line (the whole
    paragraph for a part opened by an unheaded paragraph)."""
    whole = span(doc, element_id)
    if whole is None:
        return None
    found = evaluation(doc).found[element_id]
    stop = whole[1]
    section = found.section
    if section is not None and getattr(section, "head", None) is not None:
        start = section.head[1]
        return (start, stop) if start < stop else (found.start, stop)
    return found.start, stop


def outside(doc, element_ids) -> list[tuple[int, int]]:
    """The spans of the text that belongs to none of the parts (the
    achievements of a report: all but its problems and plans), after the title."""
    taken = sorted(s for s in (span(doc, e) for e in element_ids) if s is not None)
    title = doc.title
    position = title.end if title is not None else 0
    spans = []
    for start, stop in taken:
        if start > position:
            spans.append((position, start))
        position = max(position, stop)
    if position < len(doc.text):
        spans.append((position, len(doc.text)))
    return spans


# --------------------------------------------------------------------------- patterns

def search(patterns: list, text: str, start: int = 0, stop: int | None = None):
    """The first match found of any of ``patterns`` in text[start:stop] (tried
    one by one: a pattern that opens with a literal is found by a fast scan,
    which an alternation of patterns would lose), or None."""
    stop = len(text) if stop is None else stop
    for p in patterns:
        m = p.search(text, start, stop)
        if m:
            return m
    return None


def finditer(patterns: list, text: str, start: int = 0, stop: int | None = None):
    """Matches of each of ``patterns`` in text[start:stop], in order of position."""
    stop = len(text) if stop is None else stop
    if len(patterns) == 1:
        return patterns[0].finditer(text, start, stop)
    return sorted((m for p in patterns for m in p.finditer(text, start, stop)), key=lambda m: m.start())


# --------------------------------------------------------------------------- sentences

#: A sentence of the matching view: up to its end mark (kept) or the line end.
SENTENCE = regexstore.compile(r"[^。；;!?！？\n]+[。；;!?！？]?")
#: How far around a match its sentence is looked for (bounded: linear time).
REACH = 300
_ENDS = "。；;!?！？\n"
_END = regexstore.compile("[。；;!?！？\n]")


def sentences(norm: str, start: int, stop: int):
    """(start, end) of each sentence of norm[start:stop] (end marks kept)."""
    for m in SENTENCE.finditer(norm, start, stop):
        if m.group().strip():
            yield m.start(), m.end()


def sentence_at(norm: str, start: int, end: int, low: int = 0, high: int | None = None) -> tuple[int, int]:
    """(start, end) of the sentence around norm[start:end], within
    ``low``..``high`` and at most REACH characters either side."""
    high = len(norm) if high is None else high
    floor = max(low, start - REACH)
    a = floor
    for ch in _ENDS:
        i = norm.rfind(ch, floor, start) + 1
        if i > a:
            a = i
    ceiling = min(high, end + REACH)
    m = _END.search(norm, end, ceiling)
    b = m.end() if m else ceiling
    if b > a and norm[b - 1] == "\n":
        b -= 1
    return a, b
