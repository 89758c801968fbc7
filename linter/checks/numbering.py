"""numbering: gaps, repeats and restarts in a numbered sequence.

Works on the outline, not on the raw text:

* ``scope: headings`` — the numbered headings at every level (一、 （一）
  1. （1）). Headings are numbered among their siblings: those of the same
  level under the same parent heading. The first must be 1 and each next one
  the previous plus one, so 一、→三、 is a gap, 二、→二、 a repeat, and
  （一）（二）（一） under the same 一、 a restart; a new parent heading starts
  a new sequence. Markdown ``#`` headings have no number and are skipped.
* ``scope: runins`` — the run-in enumerations 一是、二是 … inside the text of
  a section. A run continues across paragraphs (一是 in one paragraph, 二是
  in the next) and may start again at 一是 in a new paragraph or after any
  heading; anything else that is not the previous number plus one is reported
  (一是→三是, 二是→四是, a second 二是, 三是 as the first of a section). A
  marker counts after a sentence's end and also after a comma or a form's
  tab, which do not end the sentence (究其原因，一是……。二是……; 一是……，二是……。三是).

Options:
  scope   ``headings`` or ``runins`` (required)

Message placeholders: ``{match}`` (the marker as written), ``{expected}``
(the marker the sequence calls for, in the same style), ``{previous}`` (the
previous marker of the sequence and its line, or 无).
"""

from __future__ import annotations

import re

from linter import regexstore
from linter.checks.options import REQUIRED, choice
from linter.document import HEADING
from linter.numerals import from_chinese, to_chinese

TYPE = "numbering"
FIXES = False  # findings carry no fix
FIELDS = {"expected", "previous", "cause"}
OPTIONS = {"scope": (choice("headings", "runins"), REQUIRED)}

_NUMERAL = r"[〇零一二三四五六七八九十]+|\d+"  # compiled (by re's cache) only when needed


def renumbered(marker: str, number: int) -> str:
    """The marker with its numeral replaced, same style: 三、→二、, （3）→（2）."""
    m = re.search(_NUMERAL, marker)
    if m is None:
        circled = next((i for i, ch in enumerate(marker) if "①" <= ch <= "⒇"), None)
        if circled is not None and number <= 20:  # ③ → ②, ⑶ → ⑵
            first = "①" if marker[circled] <= "⑳" else "⑴"
            return marker[:circled] + chr(ord(first) + number - 1) + marker[circled + 1:]
        return marker
    numeral = str(number) if m.group().isdigit() else to_chinese(number)
    return marker[:m.start()] + numeral + marker[m.end():]


def check(rule, doc, report):
    items = _headings(doc) if rule.options["scope"] == "headings" else _runins(doc)
    text = doc.text
    previous_of: dict = {}
    for key, start, end, number, restartable in items:
        prev = previous_of.get(key)
        previous_of[key] = (start, end, number)
        if prev is None:
            if number == 1:
                continue
            expected, before = 1, "无"
            cause = _cause(text[start:end], number, expected, headings=restartable is None)
        else:
            p_start, p_end, p_number = prev
            if number == p_number + 1 or (number == 1 and restartable):
                continue
            expected = p_number + 1
            before = f"“{text[p_start:p_end]}”（第{doc.source.position(p_start)[0]}行）"
            cause = _cause(text[start:end], number, expected, headings=restartable is None,
                           repeated=number == p_number)
        yield report(start, end, expected=renumbered(text[start:end], expected), previous=before, cause=cause)


def _cause(marker: str, number: int, expected: int, *, headings: bool, repeated: bool = False) -> str:
    """The likely cause, said to the drafter: a skipped number under headings
    usually means a whole part was left out (or deleted with its number)."""
    if repeated:
        return "：编号重复"
    if number > expected:
        missing = "、".join(f"“{renumbered(marker, n)}”" for n in range(expected, min(number, expected + 3)))
        if headings:
            return f"：缺少{missing}，可能漏写了一整部分，或删去一部分后没有重新编号"
        return f"：缺少{missing}"
    return "：编号倒退"


def _headings(doc):
    """(sequence key, marker start, marker end, number, restartable) per
    numbered heading (restartable None: a heading sequence never restarts)."""
    for node in doc.nodes:
        if node.kind == HEADING and node.number is not None and node.marker:
            yield (node.parent, node.level), node.start, node.start + len(node.marker), node.number, None


_INNER_RUNIN = regexstore.compile(r"[,\t] *(([一二三四五六七八九十]{1,3})是)")


def _runins(doc):
    section = -1  # index of the heading that opened the current section
    last_node = None
    for node in doc.nodes:
        if node.kind == HEADING:
            section = node.index
        runins = node.runin_clauses  # (a paragraph without 一是… is not split for this)
        if not runins and not node.split_clauses:
            continue
        markers = [(c.start, c.start + len(c.runin), c.number) for c in runins if c.number is not None]
        # a marker after a clause's comma or a form's tab (究其原因，一是……; 存在问题<TAB>一是……),
        # which does not end the sentence it opens
        inner = [(m.start(1), m.end(1), from_chinese(m.group(2)))
                 for m in _INNER_RUNIN.finditer(doc.norm, node.start, node.end)]
        if inner:
            markers = sorted(markers + inner)
        for start, end, number in markers:
            new_paragraph = node.index != last_node
            last_node = node.index
            yield section, start, end, number, new_paragraph
