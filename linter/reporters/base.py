"""What every output format shares: the streaming interface, the run's
totals, the checklist marks, and escaping for terminals.

A format is a module with a ``Reporter`` class (a subclass of
:class:`Reporter`): the command line calls ``begin()``, then ``file(result)``
or ``error(error)`` for each input as soon as it is checked (in input
order), then ``end(totals)``; each returns text to write. Formats that must
see everything before they write (SARIF, JUnit) gather in ``file`` and write
in ``end``. :func:`render` runs a whole :class:`RunResult` through a reporter
(tests, ``zhidang report``).
"""

from __future__ import annotations

from collections import Counter

from linter import regexstore
from linter.results import SEVERITIES, FileError, severity_rank

#: checklist status → mark; the same in every format
STATUS_MARKS = {"present": "✔", "weak": "△", "missing": "✗"}
#: checklist status → Chinese word
STATUS_WORDS = {"present": "有", "weak": "内容过少", "missing": "缺失"}
#: checklist status → sort value (worst first)
STATUS_ORDER = {"missing": 0, "weak": 1, "present": 2}


def is_placeholder(rule_id: str) -> bool:
    """Findings counted as placeholders (the reviewer's “占位符” column)."""
    return "placeholder" in rule_id


class Context:
    """What a reporter knows of the run besides its results.

    ``books``: rulebook id → Rulebook, every rulebook a file may have been
    checked with (rule descriptions: SARIF, JUnit, statistics); ``default``:
    the rulebook that names the run. ``color``, ``checklist`` (list each
    file's checklist), ``summary`` (the closing line) are for the text
    formats.
    """

    def __init__(self, books: dict, default, *, color: bool = False, checklist: bool = True,
                 summary: bool = True):
        self.books = books
        self.default = default
        self.color = color
        self.checklist = checklist
        self.summary = summary

    def book(self, rulebook_id: str):
        return self.books.get(rulebook_id, self.default)


class Totals:
    """Counts over a whole run, gathered as results stream past."""

    def __init__(self):
        self.files = 0
        self.errors = 0
        self.severities = {s: 0 for s in SEVERITIES}
        self.missing = 0  # checklist elements missing or weak
        self.accepted = 0  # findings a baseline accepted
        self.fixable = 0  # places a safe fix would change
        self.per_rule: Counter = Counter()
        self.worst: dict[str, str] = {}  # rule id → highest severity seen

    def add(self, outcome) -> None:
        if isinstance(outcome, FileError):
            self.errors += 1
            return
        self.files += 1
        self.accepted += outcome.accepted
        self.missing += sum(1 for item in outcome.checklist if item.status != "present")
        for f in outcome.findings:
            self.severities[f.severity] += 1
            self.per_rule[f.rule] += 1
            if f.rule not in self.worst or severity_rank(f.severity) > severity_rank(self.worst[f.rule]):
                self.worst[f.rule] = f.severity
            self.fixable += sum(1 for fix in f.fixes() if fix.safe)

    @property
    def findings(self) -> int:
        return sum(self.severities.values())


class Reporter:
    def __init__(self, context: Context):
        self.context = context

    def begin(self) -> str:
        return ""

    def file(self, result) -> str:
        return ""

    def error(self, error: FileError) -> str:
        return ""

    def end(self, totals: Totals) -> str:
        return ""


def render(module, run, context: Context) -> str:
    """The whole output of format ``module`` for ``run``."""
    reporter = module.Reporter(context)
    totals = Totals()
    out = [reporter.begin()]
    for result in run.files:
        totals.add(result)
        out.append(reporter.file(result))
    for error in run.errors:
        totals.add(error)
        out.append(reporter.error(error))
    out.append(reporter.end(totals))
    return "".join(out)


# Control characters (C0 but tab, DEL, C1), and the line and paragraph
# separators: a file name or a report's text must not move the cursor, forge
# a line (``::error …``) or send an escape sequence to the user's terminal.
_CONTROL = regexstore.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def shown(text: str) -> str:
    """``text`` safe to print on a terminal: control characters as ``\\xNN``
    (``\\n`` for a line feed)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(_escape, text)


def _escape(match) -> str:
    char = match.group()
    if char == "\n":
        return "\\n"
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
