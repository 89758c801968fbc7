"""document-form: the official form of a report (GB/T 9704 and the usual template).

A draft is often written before its form is settled, so these are hints.
Checks (``check``), each reported once:

* ``title`` — the title does not match any ``titles`` pattern (关于…年度落实
  全面从严治党主体责任情况的报告), reported at the title;
* ``addressee`` — a line in the first ``head-lines`` lines after the title
  that is only an addressee (a ``addressee`` pattern: 县委, 市纪委监委) does
  not end with “：”, reported at that line; not when it matches a
  ``not-addressee`` pattern (the author's name, 中共××局党组, under the
  title) or a later line of the head ends with “：” (the real addressee);
* ``closing`` — no ``closing`` pattern (特此报告) in the last
  ``tail-lines`` lines of the text: reported for the whole file;
* ``date`` — a date among the last ``tail-lines`` lines (成文日期) matches
  a ``chinese-date`` pattern (二〇二五年一月十日, 2025年01月10日; GB/T
  9704-2012 7.3.5.4: Arabic numerals, the year in full, months and days
  without a leading zero). A text without a date is not reported (copies
  published on the web drop it);
* ``template`` — the report uses the three-part template (its first
  level-one heading matches the first of ``template``'s patterns) but the
  other parts are missing or out of order among its level-one headings.

Options:
  check       ``title``, ``addressee``, ``closing``, ``date`` or ``template`` (required)
  titles      regular expressions for a title in the official form
  addressee   regular expressions for an addressee line (without its colon)
  not-addressee  regular expressions for a line that is not one (the author)
  closing     regular expressions for the closing formula
  date        regular expressions for a date in Arabic numerals
  chinese-date  regular expressions for a date in Chinese numerals
  template    regular expressions for the parts of the template, in order
  names       (template) what the parts are called in a message, in order
  head-lines, tail-lines  how many lines to look at (default 4, 6)

Message placeholders: ``{match}``, ``{expected}`` (template: what is wrong).
"""

from __future__ import annotations

from linter.checks.options import REQUIRED, choice, positive_int, regex_list, string_list

TYPE = "document-form"
FIXES = False
FIELDS = {"expected"}

OPTIONS = {
    "check": (choice("title", "addressee", "closing", "date", "template"), REQUIRED),
    "titles": (regex_list, []),
    "addressee": (regex_list, []),
    "not-addressee": (regex_list, []),
    "closing": (regex_list, []),
    "date": (regex_list, []),
    "chinese-date": (regex_list, []),
    "template": (regex_list, []),
    "names": (string_list, []),
    "head-lines": (positive_int, 4),
    "tail-lines": (positive_int, 6),
}


def _lines(norm: str, start: int, end: int):
    """(start, end) of each non-empty line of norm[start:end]."""
    position = start
    while position < end:
        stop = norm.find("\n", position, end)
        stop = end if stop < 0 else stop
        if norm[position:stop].strip():
            yield position, stop
        position = stop + 1


def _tail_of(doc, count: int):
    """``_tail`` of the document, computed once (two checks read it)."""
    key = ("tail-lines", count)
    if key not in doc.cache:
        doc.cache[key] = _tail(doc.norm, count)
    return doc.cache[key]


def _tail(norm: str, count: int):
    """The last ``count`` non-empty lines, last first."""
    end = len(norm)
    found = []
    while end > 0 and len(found) < count:
        start = norm.rfind("\n", 0, end) + 1
        if norm[start:end].strip():
            found.append((start, end))
        end = start - 1
    return found


def check(rule, doc, report):
    options = rule.options
    mode = options["check"]
    norm = doc.norm
    title = doc.title
    if mode == "title":
        if title is not None and options["titles"]:
            text = doc.title_text()
            if not any(p.search(text) for p in options["titles"]):
                yield report(title.start, title.end, expected="")
    elif mode == "addressee":
        start = title.end if title is not None else 0
        head = [line for _, line in zip(range(options["head-lines"]), _lines(norm, start, len(norm)))]
        for index, (a, b) in enumerate(head):
            line = norm[a:b].strip()
            if not any(p.fullmatch(line) for p in options["addressee"]):
                continue
            if any(p.search(line) for p in options["not-addressee"]):
                continue
            if any(norm[c:d].rstrip().endswith(":") for c, d in head[index + 1:]):
                continue  # the author's name; the addressee follows
            yield report(a + norm[a:b].index(line[0]), b, expected="")
            break
    elif mode == "closing":
        if not any(p.search(norm, a, b) for a, b in _tail_of(doc, options["tail-lines"]) for p in options["closing"]):
            yield report(None, None, expected="")
    elif mode == "date":
        for a, b in _tail_of(doc, options["tail-lines"]):
            for p in options["chinese-date"]:
                m = p.search(norm, a, b)
                if m:
                    yield report(m.start(), m.end(), expected="")
                    return
    else:
        yield from _template(options, doc, report)


def _template(options, doc, report):
    patterns = options["template"]
    if not patterns:
        return
    norm = doc.norm
    title = doc.title
    tops = [n for n in doc.nodes if n.is_heading and n.level == 1 and not n.aside and n is not title]
    if not tops or not patterns[0].search(norm[tops[0].title_start:tops[0].title_end]):
        return  # the report does not use the template
    seen = []  # index of the template part of each level-one heading that names one
    for node in tops:
        heading = norm[node.title_start:node.title_end]
        index = next((i for i, p in enumerate(patterns) if p.search(heading)), None)
        if index is not None and index not in seen:
            seen.append(index)
    missing = [i for i in range(len(patterns)) if i not in seen]
    if missing:
        names = "、".join(f"“{_label(options, i)}”" for i in missing)
        yield report(tops[0].start, tops[0].end, expected=f"缺少{names}部分")
    elif seen != sorted(seen):
        order = "、".join(_label(options, i) for i in seen)
        yield report(tops[0].start, tops[0].end, expected=f"现在的顺序是{order}")


def _label(options, index: int) -> str:
    names = options["names"]
    return names[index] if index < len(names) else f"第{index + 1}部分"
