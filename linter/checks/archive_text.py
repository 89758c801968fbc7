"""archive-text: a report that repeats last year's report of the same unit.

A cross-document rule: with ``--compare-with 去年报告/`` (or ``compare-with``
in the project configuration) each report is paired with the archive report
of the same unit — the unit named in the titles, else the file names
(``match-share``: Dice coefficient of their character pairs) — and compared
with it as ``shared-text`` compares reports (its options apply). When at
least ``min-share`` of the report's substance (standard formulations left
out) is found in last year's report, a finding gives the measure
(“与2023年报告重复 46%”) at every repeated passage. When a checklist part named
in ``parts`` (存在问题, 下一步打算) repeats at least ``part-share`` of itself, a
second finding of ``part-severity`` says so with ``part-message``: the
problems are the same every year.

Options:
  min-share      share of the report repeated before it is reported (default 0.3)
  parts          checklist element ids measured alone (default problems, next-steps)
  part-share     share of such a part repeated before it is reported (default 0.5)
  part-severity  severity of that finding (default error)
  part-message   its message (required)
  match-share    how alike two unit names (or file names) must be (default 0.6)

Message placeholders: ``{year}`` (of the archive report, or 往), ``{percent}``,
``{archive}`` (its file name), ``{part}`` (the part's title, part-message only).

Examples: this year's report, then a line ``=====``, then last year's.
"""

from __future__ import annotations

from linter.checks.options import REQUIRED, choice, message, string_list

TYPE = "archive-text"
FIXES = False
FIELDS = {"year", "percent", "archive"}
BATCH = True
_PART_FIELDS = FIELDS | {"part", "title", "match"}


def _share(value):
    from linter.similar.mask import share

    return share(value)


_part_message = message(_PART_FIELDS)


OPTIONS = {
    "min-share": (_share, 0.3),
    "parts": (string_list, ["problems", "next-steps"]),
    "part-share": (_share, 0.5),
    "part-severity": (choice("error", "warning", "info"), "error"),
    "part-message": (_part_message, REQUIRED),
    "match-share": (_share, 0.6),
}


def check(rule, doc, report):
    return ()


def run_example(rulebook, rule, text: str):
    from linter.similar.batch import example

    return example(rulebook, rule, text)
