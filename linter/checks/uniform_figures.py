"""uniform-figures: one round number used for many different quantities.

A template filled in with 10 everywhere (10次 meetings, 10人 trained, 10场
talks, 10篇 reports) reads as real figures. A figure is a number followed by
one of ``units`` (optionally with 余 or 多: 10余人次). When a *round* number
(one that fully matches ``round``) occurs at least ``min-count`` times with at
least ``min-units`` different units, every occurrence is reported: only the
author knows the real figures, so there is never a fix.

Options:
  units      measure words that make a number a figure (required)
  round      regular expression a round number matches in full (default
             ``[1-9]0+``: 10, 20, 100, 3000)
  min-count  occurrences of the same number before it is suspicious (default 3)
  min-units  different units among them (default 2)

Message placeholders: ``{match}`` (the figure), ``{value}`` (the number),
``{count}`` (how many figures use it).
"""

from __future__ import annotations

from linter.checks.options import REQUIRED, positive_int, regex, units

TYPE = "uniform-figures"
FIXES = False  # findings carry no fix
FIELDS = {"value", "count"}
OPTIONS = {
    "units": (units, REQUIRED),
    "round": (regex, regex("[1-9]0+")),
    "min-count": (positive_int, 3),
    "min-units": (positive_int, 2),
}


def check(rule, doc, report):
    options = rule.options
    round_number = options["round"]
    by_value: dict[str, list] = {}
    for m in options["units"].figure.finditer(doc.norm):
        value = m.group("number")
        if round_number.fullmatch(value):
            by_value.setdefault(value, []).append(m)
    for value, matches in by_value.items():
        kinds = {m.group("unit") for m in matches}
        if len(matches) < options["min-count"] or len(kinds) < options["min-units"]:
            continue
        for m in matches:
            yield report(m.start(), m.end(), value=value, count=len(matches))
