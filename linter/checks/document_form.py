"""document-form: the official form of a report (GB/T 9704 and the usual template).

A draft is often written before its form is settled, so these are hints.
Checks (``check``), each reported once:

* ``title`` — the title does not match any ``titles`` pattern (关于…年度落实
  全面从严治党主体责任情况的报告), reported at the title;
* ``addressee`` — a line in the first ``head-lines`` lines after the title
  that is only an addressee (a ``addressee`` pattern: 县委, 市纪委监委) does
  not end with “：”, reported at that line;
* ``closing`` — no ``closing`` pattern (特此报告) in the last
  ``tail-lines`` lines of the text: reported for the whole file;
* ``date`` — the date at the end (成文日期) is written in Chinese numerals
  (二〇二五年一月十日; GB/T 9704-2012 7.3.5: Arabic numerals, the year in
  full, months and days without a leading zero), or no date is there at
  all (a ``date`` pattern in the last ``tail-lines`` lines);
* ``template`` — the report uses the three-part template (a level-one
  heading matches one of ``template``'s patterns) but its level-one headings
  are not in that order or one of them is missing.

Options:
  check       ``title``, ``addressee``, ``closing``, ``date`` or ``template`` (required)
  titles      regular expressions for a title in the official form
  addressee   regular expressions for an addressee line (without its colon)
  closing     regular expressions for the closing formula
  date        regular expressions for a date in Arabic numerals
  chinese-date  regular expressions for a date in Chinese numerals
  template    regular expressions for the parts of the template, in order
  head-lines, tail-lines  how many lines to look at (default 4, 6)

Message placeholders: ``{match}``, ``{expected}`` (template: the parts).
"""

from __future__ import annotations

from linter.checks.options import REQUIRED, choice, positive_int, regex_list

TYPE = "document-form"
FIXES = False
FIELDS = {"expected"}

OPTIONS = {
    "check": (choice("title", "addressee", "closing", "date", "template"), REQUIRED),
    "titles": (regex_list, []),
    "addressee": (regex_list, []),
    "closing": (regex_list, []),
    "date": (regex_list, []),
    "chinese-date": (regex_list, []),
    "template": (regex_list, []),
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
        for index, (a, b) in enumerate(_lines(norm, start, len(norm))):
            if index >= options["head-lines"]:
                break
            line = norm[a:b].strip()
            if any(p.fullmatch(line) for p in options["addressee"]):
                yield report(a + norm[a:b].index(line[0]), b, expected="")
                break
    elif mode == "closing":
        if not any(p.search(norm, a, b) for a, b in _tail(norm, options["tail-lines"]) for p in options["closing"]):
            yield report(None, None, expected="")
    elif mode == "date":
        tail = _tail(norm, options["tail-lines"])
        for a, b in tail:
            for p in options["chinese-date"]:
                m = p.search(norm, a, b)
                if m:
                    yield report(m.start(), m.end(), expected="")
                    return
        if not any(p.search(norm, a, b) for a, b in tail for p in options["date"]):
            yield report(None, None, expected="")
    else:
        yield from _template(options, doc, report)


def _template(options, doc, report):
    patterns = options["template"]
    if not patterns:
        return
    norm = doc.norm
    tops = [n for n in doc.nodes if n.is_heading and n.level == 1 and not n.aside]
    matched = []  # (node, index of the template part)
    for node in tops:
        heading = norm[node.title_start:node.title_end]
        index = next((i for i, p in enumerate(patterns) if p.search(heading)), None)
        if index is not None:
            matched.append((node, index))
    if not matched:
        return  # the report does not use the template
    expected = "、".join(f"{'一二三四五六七八九'[i]}、{_name(p.pattern)}" for i, p in enumerate(patterns))
    seen = [index for _, index in matched]
    if seen != sorted(seen) or len(set(seen)) < len(patterns) or len(tops) != len(patterns):
        node = matched[0][0]
        yield report(node.start, node.end, expected=expected)


def _name(pattern: str) -> str:
    """A readable name of a template pattern: its first alternative, without
    regular-expression characters."""
    first = pattern.split("|")[0]
    return "".join(ch for ch in first if ch not in "()?.*+[]{}^$\\")
