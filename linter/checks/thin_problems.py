"""thin-problems: the problems part of a report says too little to act on.

Reads the part the checklist found for ``part`` (存在问题; see
:mod:`linter.checks.parts`) and splits it into items: its run-in items
(一是…二是…) when it has two or more, else its sub-headings, else its
paragraphs after an opening one, else its sentences (split at 。；). Three
checks (``check``):

* ``share`` — the part is smaller than ``min-share`` of the report's text
  (characters, spaces not counted; the title not counted) and shorter than
  ``max-chars`` characters: one finding at the part;
* ``items`` — the part names fewer than ``min-items`` problems;
* ``vague`` — an item made only of vague phrases: each of its clauses
  (split at ，；。, the run-in marker 一是 aside) contains a ``vague``
  pattern (学习不够深入, 还有差距, 有待加强, 还需进一步), none contains a
  ``concrete`` one (a figure, a count, a named unit, an example), and it is
  no longer than ``item-chars`` characters (a long item describes its
  problem). “学生党员流动性大，支部委员更换频繁，工作连续性不强” names what
  is wrong and is not reported; “理论学习还不够深入，与上级要求还有差距” is. One
  finding per item, at its first sentence.

Nothing is reported when the part refers to a list kept elsewhere
(``accept``: 详见问题清单, 见附件), nor when the checklist found no part (the
missing part is its own finding) or the part has no text under its heading
(then the checklist took a line for the part, and says it is weak); and no
share or count when the part is a label inside another (短板弱项：…… under
each aspect: the first of a list spread over the report).

Options:
  check      ``share``, ``items`` or ``vague`` (required)
  part       checklist element id of the part (default ``problems``)
  min-share  (share) smallest share of the text, 0–1 (default 0.05)
  max-chars  (share) a part this long is never thin (default 500)
  min-items  (items) fewest problems (default 2)
  item-chars (vague) longest item judged (default 45)
  vague      (vague) regular expressions for vague phrases
  concrete   (vague) regular expressions for what makes an item concrete
  accept     regular expressions for a reference to a list of the problems

Message placeholders: ``{match}`` (the start of the part or item),
``{percent}`` (the part's share of the text), ``{chars}``, ``{count}`` (items).
"""

from __future__ import annotations

import re

from linter import regexstore
from linter.checks import parts
from linter.checks.options import REQUIRED, choice, element_id, positive_int, regex_list

TYPE = "thin-problems"
FIXES = False
FIELDS = {"percent", "chars", "count"}

_CLAUSE = regexstore.compile(r"[^,;。，；:：!?！？]+")
_MARKER = regexstore.compile(r"^\s*(?:[一二三四五六七八九十]+是|[0-9]+[.、)]|[(（][一二三四五六七八九十0-9]+[)）])")
_MARKS = " \t\n;:,.。；：，、"


def _share(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
        raise ValueError("应为 0 到 1 之间的小数（如 0.05）")
    return float(value)


OPTIONS = {
    "check": (choice("share", "items", "vague"), REQUIRED),
    "part": (element_id, "problems"),
    "min-share": (_share, 0.05),
    "max-chars": (positive_int, 500),
    "min-items": (positive_int, 2),
    "item-chars": (positive_int, 45),
    "vague": (regex_list, []),
    "concrete": (regex_list, []),
    "accept": (regex_list, []),
}


_JOINED: dict = {}


def _joined(patterns: list):
    """The patterns as one alternation, for the short texts of an item (one
    scan instead of one per pattern); the list itself holds a user's pattern
    (each runs with its time limit), None when empty."""
    cached = _JOINED.get(id(patterns))
    if cached is not None and cached[0] is patterns:
        return cached[1]
    joined = None
    if patterns:
        joined = _Each(patterns)
        if all(isinstance(p, re.Pattern) for p in patterns):
            try:
                joined = regexstore.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.MULTILINE)
            except re.error:
                pass
    _JOINED[id(patterns)] = (patterns, joined)
    return joined


class _Each:
    """``search`` over a list of patterns, one by one."""

    def __init__(self, patterns):
        self.patterns = patterns

    def search(self, text):
        return parts.search(self.patterns, text)


def _chars(text: str) -> int:
    """Characters of ``text``, spaces and line breaks not counted."""
    return len("".join(text.split()))


def items(doc, start: int, stop: int) -> list[tuple[int, int]]:
    """The items of the text ``start``..``stop`` of ``doc``: run-in items,
    else sub-headings, else paragraphs after the first, else sentences
    (computed once per document and span: three rules read them)."""
    key = ("problem-items", start, stop)
    found = doc.cache.get(key)
    if found is None:
        found = doc.cache[key] = _items(doc, start, stop)
    return found


def _items(doc, start: int, stop: int) -> list[tuple[int, int]]:
    nodes = [n for n in doc.nodes if start <= n.start < stop]
    runins = [c for n in nodes if not n.is_heading for c in n.runin_clauses if c.runin and c.start >= start]
    if len(runins) >= 2:
        bounds = [c.start for c in runins] + [stop]
        return list(zip(bounds, bounds[1:]))
    headings = [n for n in nodes if n.is_heading and n.start > start]
    if headings:
        return [(n.start, min(doc.section_end(n), stop)) for n in headings]
    paragraphs = [n for n in nodes if not n.is_heading and n.end > n.start]
    if len(paragraphs) >= 2:
        if _ends_intro(doc, paragraphs[0]):  # ……还存在以下问题：
            paragraphs = paragraphs[1:]
        return [(n.start, min(n.end, stop)) for n in paragraphs]
    norm = doc.norm
    found = [(a, b) for a, b in parts.sentences(norm, start, stop) if _chars(norm[a:b]) >= 6]
    # a heading line or an introduction (……存在以下问题：) is not a problem
    heads = [(n.start, n.end) for n in nodes if n.is_heading]
    return [(a, b) for a, b in found if not _is_intro(norm, a, b) and not any(h <= a < e for h, e in heads)]


def _ends_intro(doc, node) -> bool:
    return doc.norm[node.start:node.end].rstrip().endswith(":")


def _is_intro(norm: str, start: int, end: int) -> bool:
    return norm[start:end].rstrip().endswith(":")


def _first_sentence(norm: str, start: int, end: int) -> int:
    """End of the first sentence of norm[start:end] (its end mark kept); a
    line break ends it only before a blank line or the end (hard-wrapped text)."""
    ends = [i for i in (norm.find(ch, start, end) for ch in "。；;!?！？") if i >= 0]
    stop = min(ends) + 1 if ends else end
    blank = norm.find("\n\n", start, stop)
    stop = blank if blank >= 0 else stop
    while stop > start and norm[stop - 1] in " \t\n":
        stop -= 1
    return stop if stop > start else end


def check(rule, doc, report):
    options = rule.options
    whole = parts.span(doc, options["part"])
    body = parts.body(doc, options["part"])
    if whole is None or body is None:
        return
    norm = doc.norm
    start, stop = body
    if parts.search(options["accept"], norm, whole[0], stop):
        return
    if _chars(norm[start:stop].strip(_MARKS)) < 2:
        return
    mode = options["check"]
    if mode != "vague" and parts.spread(doc, options["part"]):
        return  # (problems written under each aspect, 短板弱项：……: the first label is not the list's size)
    if mode == "share":
        chars = _chars(norm[whole[0]:stop])
        title = doc.title
        total = _chars(norm[title.end:] if title is not None else norm)
        if not total or chars >= options["max-chars"]:
            return
        share = chars / total
        if share < options["min-share"]:
            yield report(whole[0], _first_sentence(norm, whole[0], stop), percent=f"{share * 100:.1f}",
                         chars=chars, count=len(items(doc, start, stop)))
        return
    found = items(doc, start, stop)
    if mode == "items":
        if len(found) < options["min-items"]:
            yield report(whole[0], _first_sentence(norm, whole[0], stop), percent="",
                         chars=_chars(norm[whole[0]:stop]), count=len(found))
        return
    for a, b in found:
        text = norm[a:b]
        if _chars(text) > options["item-chars"]:
            continue
        concrete, vague = _joined(options["concrete"]), _joined(options["vague"])
        if concrete is not None and concrete.search(text):
            continue
        clauses = [c.group() for c in _CLAUSE.finditer(_MARKER.sub("", text)) if _chars(c.group()) >= 2]
        if not clauses or vague is None or not all(vague.search(c) for c in clauses):
            continue
        yield report(a, _first_sentence(norm, a, b), percent="", chars=_chars(text), count=len(found))
