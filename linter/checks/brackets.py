"""brackets: quotation marks and brackets that are not closed, or not opened.

Each ``pairs`` entry is an opening and a closing character (“” 《》 ()).
They are matched line by line on the matching view, where （） is already (),
so （…) counts as a pair and its width is left to the punctuation rules. A
closing mark with no opening one before it on the line, and an opening mark
never closed on the line, are reported; a closing mark that skips an open
inner one (“《…”》) reports the inner one. In a document copied from a PDF
with hard line breaks inside sentences (see ``line-breaks``), the lines a
sentence runs over count as one line.

Message placeholders: ``{half}``, the mark found (“左引号（“）”), and
``{partner}``, the half that is missing (“右引号（”）”).

Options:
  pairs  list of two-character strings, opening then closing (required)
  allow  regular expressions for legitimate unpaired marks (a list marker
         such as “1)” at the start of a line)

No fix: only the author knows where the missing mark belongs.
"""

from __future__ import annotations

import re

from linter import regexstore
from linter.checks.options import REQUIRED, regex_list

TYPE = "brackets"
FIXES = False  # findings carry no fix
FIELDS = {"half", "partner"}

#: What the pairs are called in a message (other pairs: 符号).
_NAMES = {"“": "引号", "‘": "单引号", "《": "书名号", "(": "括号", "【": "方头括号", "「": "直角引号",
          "〈": "书名号", "[": "方括号", "『": "双直角引号", "〔": "六角括号"}


class Pairs:
    def __init__(self, pairs: list[str]):
        self.pairs = pairs
        self.closing_of = {p[0]: p[1] for p in pairs}
        self.opening_of = {p[1]: p[0] for p in pairs}
        marks = "".join(re.escape(c) for c in sorted(self.closing_of.keys() | self.opening_of.keys()))
        self.marks = regexstore.compile(f"[{marks}\n]")

    def __repr__(self) -> str:
        return f"Pairs({self.pairs!r})"


def pairs(value) -> Pairs:
    if not isinstance(value, list) or not value:
        raise ValueError("应为列表，每项是一对符号，如 “”")
    for item in value:
        if not isinstance(item, str) or len(item) != 2 or item[0] == item[1]:
            raise ValueError(f"“{item}”应为两个不同的字符：左符号和右符号")
    if len({c for p in value for c in p}) != 2 * len(value):
        raise ValueError("同一个符号不能出现在两对中")
    return Pairs(value)


OPTIONS = {"pairs": (pairs, REQUIRED), "allow": (regex_list, [])}


def check(rule, doc, report):
    norm = doc.norm
    spec: Pairs = rule.options["pairs"]
    unmatched: list[int] = []
    lines = list(_suspect_lines(spec, norm))
    if lines:
        from linter.checks.line_breaks import hard_wrapped

        wrapped = hard_wrapped(doc)
        if wrapped:
            lines = _joined(lines, wrapped, norm)
    for start, end in lines:
        stack: list[int] = []
        open_marks = dict.fromkeys(spec.closing_of, 0)  # how many of each opening mark are on the stack
        for m in spec.marks.finditer(norm, start, end):
            pos, mark = m.start(), m.group()
            if mark == "\n":
                continue  # a hard line break inside a sentence
            if mark in spec.closing_of:
                stack.append(pos)
                open_marks[mark] += 1
                continue
            opening = spec.opening_of[mark]
            if not open_marks[opening]:
                unmatched.append(pos)
                continue
            while norm[stack[-1]] != opening:
                inner = stack.pop()
                open_marks[norm[inner]] -= 1
                unmatched.append(inner)
            stack.pop()
            open_marks[opening] -= 1
        unmatched.extend(stack)
    if not unmatched:
        return
    allowed = {i for p in rule.options["allow"] for a in p.finditer(norm) for i in range(a.start(), a.end())}
    text = doc.text
    for pos in sorted(unmatched):
        if pos not in allowed:
            yield report(pos, pos + 1, **_halves(spec, norm[pos], text[pos]))


def _halves(spec: Pairs, mark: str, shown: str) -> dict:
    """``half`` and ``partner`` for a mark (``mark`` in the matching view,
    ``shown`` as written: （ is ( in the matching view)."""
    opening = mark in spec.closing_of
    partner = spec.closing_of[mark] if opening else spec.opening_of[mark]
    if shown != mark and partner.isascii():
        partner = chr(ord(partner) + 0xFEE0)  # full-width, as the mark found
    name = _NAMES.get(mark if opening else partner, "符号")
    side, other = ("左", "右") if opening else ("右", "左")
    return {"half": f"{side}{name}（{shown}）", "partner": f"{other}{name}（{partner}）"}


def _joined(lines, wrapped: set[int], norm: str):
    """The suspect lines, each extended over the hard line breaks (newline
    offsets in ``wrapped``) before and after it; overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        while end in wrapped:
            nl = norm.find("\n", end + 1)
            end = len(norm) if nl < 0 else nl
        while start - 1 in wrapped:
            start = norm.rfind("\n", 0, start - 1) + 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


#: Rounds of removing adjacent pairs with ``str.replace`` before the stack
#: pass: each round peels one level of nesting (“《》” needs two).
_ROUNDS = 6


def _reduce(spec: Pairs, marks: str) -> str:
    """``marks`` with every opening mark and its closing mark removed, nested
    at any depth: what the rounds of ``str.replace`` converge to."""
    out: list[str] = []
    for mark in marks:
        if out and spec.closing_of.get(out[-1]) == mark:
            out.pop()
        else:
            out.append(mark)
    return "".join(out)


def _suspect_lines(spec: Pairs, norm: str):
    """(start, end) of the lines whose marks do not cancel out.

    The marks of the text, newlines kept, with adjacent pairs (“”, 《》 …)
    removed until none is left: a balanced line leaves nothing. Done with
    ``str.replace`` (fast), so that only the odd lines are walked in Python.
    """
    marks = "".join(spec.marks.findall(norm))
    for _ in range(_ROUNDS):
        reduced = marks
        for pair in spec.pairs:
            reduced = reduced.replace(pair, "")
        if reduced == marks:
            break
        marks = reduced
    else:
        marks = _reduce(spec, marks)  # deeply nested: one pass with a stack
    if not marks.strip("\n"):
        return
    line_starts = [0]
    find = norm.find
    for number, leftover in enumerate(marks.split("\n")):
        while len(line_starts) <= number + 1:
            nl = find("\n", line_starts[-1])
            line_starts.append(len(norm) + 1 if nl < 0 else nl + 1)
        if leftover:
            yield line_starts[number], line_starts[number + 1] - 1
