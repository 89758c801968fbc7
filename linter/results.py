"""What a check produces: findings, the checklist, and per-file results."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass
class Finding:
    """One problem at one place. Positions are 1-based, columns in characters
    of the original file; ``line`` is None for a finding about the whole file
    (such as a missing checklist element)."""

    rule: str
    severity: str
    message: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    excerpt: str = ""
    location: str | None = None
    fix: Fix | None = None
    #: Offsets of the span in the original text (not part of the JSON contract).
    start: int | None = field(default=None, repr=False, compare=False)
    end: int | None = field(default=None, repr=False, compare=False)

    def sort_key(self):
        # Whole-file findings (no line) first, in the order they were made.
        return (self.line or 0, self.column or 0)

    def __reduce__(self):
        # Findings come back from -j worker processes by the ten thousand: a
        # tuple of the fields pickles in about a third of the default's time.
        return Finding, (self.rule, self.severity, self.message, self.line, self.column,
                         self.end_line, self.end_column, self.excerpt, self.location,
                         self.fix, self.start, self.end)

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
        return data


@dataclass
class ChecklistItem:
    """The status of one checklist element: present, missing or weak."""

    id: str
    title: str
    status: str
    line: int | None = None
    severity: str = "error"
    location: str | None = None  # Chinese position (第12段) for formats that have one

    def to_dict(self) -> dict:
        data = {"id": self.id, "title": self.title, "status": self.status, "line": self.line}
        if self.location is not None:
            data["location"] = self.location
        return data


@dataclass
class FileResult:
    path: str
    rulebook: str
    checklist: list[ChecklistItem] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # Set by the CLI's gate (linter/gate.py) where the file was checked, possibly
    # in a worker process, and gathered by the parent; not part of the JSON.
    fail_on: str = "error"
    accepted: int = 0  # findings left out because the baseline accepts them
    baseline_entries: list = field(default_factory=list, repr=False)
    #: Not part of the JSON contract: the rulebook's title, and why it was
    #: chosen when ``--rulebook auto`` picked it.
    rulebook_title: str = ""
    chosen_because: str | None = None
    #: Not part of the JSON contract: warnings about the check of this file
    #: (a user pattern that ran out of time), one Chinese line each, for stderr.
    notices: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "rulebook": self.rulebook,
            "checklist": [item.to_dict() for item in self.checklist],
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass
class FileError:
    """A file that could not be checked, with the one-line cause."""

    path: str
    message: str

    def to_dict(self) -> dict:
        return {"path": self.path, "message": self.message}


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    #: path → what ``check_paths(detail=...)`` kept of its Document (not in the JSON)
    details: dict = field(default_factory=dict, repr=False, compare=False)

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
