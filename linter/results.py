"""What a check produces: findings, the checklist, and per-file results."""

from __future__ import annotations

from linter.records import Record

#: Severities, weakest first.
SEVERITIES = ("info", "warning", "error")
SEVERITY_TITLES = {"error": "错误", "warning": "警告", "info": "提示"}


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


class Fix:
    """A suggested correction: replace ``start``..``end`` (offsets into the
    original text, the span of its finding) by ``replacement``. ``safe`` fixes
    are applied by ``zhidang check --fix``; the others are suggestions.
    (A plain class: a dataclass costs half a millisecond of start-up.)"""

    __slots__ = ("start", "end", "replacement", "safe")

    def __init__(self, start: int, end: int, replacement: str, safe: bool = False):
        self.start, self.end, self.replacement, self.safe = start, end, replacement, safe

    def __eq__(self, other) -> bool:
        return isinstance(other, Fix) and (self.start, self.end, self.replacement, self.safe) == (
            other.start, other.end, other.replacement, other.safe)

    def __repr__(self) -> str:
        return f"Fix({self.start}, {self.end}, {self.replacement!r}, safe={self.safe})"

    def to_dict(self) -> dict:
        return {"replacement": self.replacement, "safe": self.safe}

    def __reduce__(self):
        return Fix, (self.start, self.end, self.replacement, self.safe)


class Occurrence:
    """One place of a grouped finding: its span, position and excerpt (and
    its own fix, when the rule offers one)."""

    __slots__ = ("line", "column", "end_line", "end_column", "excerpt", "location", "start", "end", "fix")

    def __init__(self, line, column, end_line, end_column, excerpt, location=None, start=None, end=None,
                 fix=None):
        self.line, self.column, self.end_line, self.end_column = line, column, end_line, end_column
        self.excerpt, self.location, self.start, self.end, self.fix = excerpt, location, start, end, fix

    def __eq__(self, other) -> bool:
        return isinstance(other, Occurrence) and self.__reduce__()[1] == other.__reduce__()[1]

    def __repr__(self) -> str:
        return f"Occurrence({self.line}:{self.column} {self.excerpt!r})"

    def __reduce__(self):
        return Occurrence, (self.line, self.column, self.end_line, self.end_column, self.excerpt,
                            self.location, self.start, self.end, self.fix)

    def to_dict(self) -> dict:
        data = {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "excerpt": self.excerpt}
        if self.location is not None:
            data["location"] = self.location
        if self.fix is not None:
            data["fix"] = self.fix.to_dict()
        return data


class Finding(Record):
    """One problem. Positions are 1-based, columns in characters of the
    original file; ``line`` is None for a finding about the whole file (such
    as a missing checklist element).

    A grouped finding (many places of the same problem, see the rulebook's
    ``group:``) keeps the position, excerpt and fix of its first place and
    lists every place, the first included, in ``occurrences``."""

    _FIELDS = ("rule", "severity", "message", "line", "column", "end_line", "end_column", "excerpt",
               "location", "fix", "start", "end", "occurrences", "fields", "related")
    __slots__ = (*_FIELDS, "__weakref__")
    _COMPARE = ("rule", "severity", "message", "line", "column", "end_line", "end_column", "excerpt",
                "location", "fix", "occurrences", "related")
    _REPR = ("rule", "severity", "message", "line", "column", "end_line", "end_column", "excerpt", "location",
             "fix")

    def __init__(self, rule: str, severity: str, message: str, line: int | None = None,
                 column: int | None = None, end_line: int | None = None, end_column: int | None = None,
                 excerpt: str = "", location: str | None = None, fix: Fix | None = None,
                 start: int | None = None, end: int | None = None, occurrences: list[Occurrence] | None = None,
                 fields: dict | None = None, related: list[dict] | None = None):
        self.rule, self.severity, self.message = rule, severity, message
        self.line, self.column, self.end_line, self.end_column = line, column, end_line, end_column
        self.excerpt, self.location, self.fix = excerpt, location, fix
        #: Offsets of the span in the original text (not part of the JSON contract).
        self.start, self.end = start, end
        self.occurrences = occurrences
        #: The rule type's message fields (not part of the JSON): a group message may use them.
        self.fields = fields
        #: Places in *other* files that the finding is about (a passage other reports share):
        #: JSON-ready dicts {"path", "line", "column", "end_line", "end_column", "excerpt"[, "location"]}.
        self.related = related

    def sort_key(self):
        # Whole-file findings (no line) first, in the order they were made.
        return (self.line or 0, self.column or 0)

    def places(self) -> list[Occurrence]:
        """Every place of the finding (one, unless grouped)."""
        if self.occurrences:
            return self.occurrences
        return [self.occurrence()]

    def occurrence(self) -> Occurrence:
        return Occurrence(self.line, self.column, self.end_line, self.end_column, self.excerpt,
                          self.location, self.start, self.end, self.fix)

    def fixes(self) -> list[Fix]:
        """The fixes of every place."""
        if self.occurrences:
            return [o.fix for o in self.occurrences if o.fix is not None]
        return [self.fix] if self.fix is not None else []

    def __reduce__(self):
        # Findings come back from -j worker processes by the ten thousand: a
        # tuple of the fields pickles in about a third of the default's time.
        return Finding, (self.rule, self.severity, self.message, self.line, self.column,
                         self.end_line, self.end_column, self.excerpt, self.location,
                         self.fix, self.start, self.end, self.occurrences, None, self.related)

    def to_dict(self) -> dict:
        data = {
            "rule": self.rule,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message": self.message,
            "excerpt": self.excerpt,
        }
        if self.location is not None:
            data["location"] = self.location
        if self.fix is not None:
            data["fix"] = self.fix.to_dict()
        if self.occurrences:
            data["occurrences"] = [o.to_dict() for o in self.occurrences]
        if self.related:
            data["related"] = list(self.related)
        return data


class ChecklistItem(Record):
    """The status of one checklist element: present, missing or weak."""

    _FIELDS = ("id", "title", "status", "line", "severity", "location")

    def __init__(self, id: str, title: str, status: str, line: int | None = None,  # noqa: A002
                 severity: str = "error", location: str | None = None):
        self.id, self.title, self.status, self.line, self.severity = id, title, status, line, severity
        self.location = location  # Chinese position (第12段) for formats that have one

    def to_dict(self) -> dict:
        data = {"id": self.id, "title": self.title, "status": self.status, "line": self.line}
        if self.location is not None:
            data["location"] = self.location
        return data


class FileResult(Record):
    """What checking one file produced. ``to_dict`` is the JSON contract;
    the other fields are for the command line and reporters."""

    _FIELDS = ("path", "rulebook", "checklist", "findings", "rulebook_title", "chosen_because", "accepted",
               "baseline_entries", "notices", "detail", "change")
    _REPR = ("path", "rulebook", "checklist", "findings", "rulebook_title", "chosen_because", "accepted",
             "notices")

    def __init__(self, path: str, rulebook: str, checklist: list[ChecklistItem] | None = None,
                 findings: list[Finding] | None = None, rulebook_title: str = "",
                 chosen_because: str | None = None, accepted: int = 0, baseline_entries: list | None = None,
                 notices: list[str] | None = None, detail=None, change=None):
        self.path, self.rulebook = path, rulebook
        self.checklist = [] if checklist is None else checklist
        self.findings = [] if findings is None else findings
        #: the rulebook's title, and why it was chosen when ``--rulebook auto`` picked it
        self.rulebook_title, self.chosen_because = rulebook_title, chosen_because
        self.accepted = accepted  # findings left out because the baseline accepts them
        self.baseline_entries = [] if baseline_entries is None else baseline_entries  # when writing a baseline
        self.notices = [] if notices is None else notices  # one-line Chinese notes for stderr
        self.detail = detail  # what Job.detail kept of the Document
        self.change = change  # --fix/--diff: the linter.fix.Change, if any
        #: the main reporter's text for this result, made where it was checked (Job.render)
        self.rendered: str | None = None

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "rulebook": self.rulebook,
            "checklist": [item.to_dict() for item in self.checklist],
            "findings": [f.to_dict() for f in self.findings],
        }


class FileError(Record):
    """A file that could not be checked, with the one-line cause."""

    _FIELDS = ("path", "message")

    def __init__(self, path: str, message: str):
        self.path, self.message = path, message

    def to_dict(self) -> dict:
        return {"path": self.path, "message": self.message}


class RunResult(Record):
    """A whole run, held in memory (``zhidang report``, tests); the command
    line streams results instead."""

    _FIELDS = ("files", "errors", "similarity")
    _REPR = ("files", "errors")

    def __init__(self, files: list[FileResult] | None = None, errors: list[FileError] | None = None,
                 similarity=None):
        self.files = [] if files is None else files
        self.errors = [] if errors is None else errors
        #: ``zhidang report --similar``: the batch comparison (linter.similar.model.Similarity)
        self.similarity = similarity

    def add(self, outcome) -> None:
        (self.errors if isinstance(outcome, FileError) else self.files).append(outcome)

    @property
    def details(self) -> dict:
        """path → what ``Job.detail`` kept of its Document."""
        return {result.path: result.detail for result in self.files}

    def findings(self):
        for result in self.files:
            yield from result.findings

    def count(self, at_least: str = "info") -> int:
        rank = severity_rank(at_least)
        return sum(1 for f in self.findings() if severity_rank(f.severity) >= rank)

    def to_dict(self) -> dict:
        return {
            "version": 1,
            "files": [r.to_dict() for r in self.files],
            "errors": [e.to_dict() for e in self.errors],
        }
