"""The result of comparing a batch: what the HTML “相似段落” view and the xlsx sheet render.

One :class:`Similarity` per run (``RunResult.similarity`` in ``zhidang
report --similar``, and what :func:`linter.similar.batch.compare` returns)::

    similarity.reports[i]     Report: path, unit (from the title), year, chars (the
                              substance compared: characters other than punctuation,
                              figures and unit names), archive (ArchiveMatch or None)
    similarity.passages[k]    Passage: one shared passage, once, with every place it
                              occurs: places[j] = Place(report=i, line, column, end_line,
                              end_column, excerpt, location, start, end) — offsets into
                              the original text of report i; kind "batch"
    similarity.matrix         {(i, j): share}: the part of report i's substance that
                              is in passages it shares with report j (0 < share ≤ 1;
                              pairs that share nothing are absent)
    report.archive            ArchiveMatch: path and year of last year's report of the
                              same unit, share (“与2023年报告重复 46%”), parts
                              {element id: share} (problems, next-steps), places in this
                              report and in the archive report (Place.report = -1)

``to_dict()`` gives the same as JSON-ready data (``matrix`` as a list of
``{"from", "to", "share"}``). Places are materialized (line, column, excerpt)
by :mod:`linter.similar.batch`, which re-reads the reports concerned.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Place:
    """A span of one report (``report``: index into ``Similarity.reports``; -1:
    the archive report of an :class:`ArchiveMatch`)."""

    report: int
    start: int
    end: int
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    excerpt: str = ""
    location: str | None = None

    def to_dict(self, path: str | None = None) -> dict:
        data = {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "excerpt": self.excerpt}
        if path is not None:
            data = {"path": path, **data}
        if self.location is not None:
            data["location"] = self.location
        return data


@dataclass
class Passage:
    kind: str  # "batch"
    chars: int  # substance of the longest place
    places: list[Place] = field(default_factory=list)

    def to_dict(self, paths) -> dict:
        return {"kind": self.kind, "chars": self.chars,
                "places": [p.to_dict(paths[p.report]) for p in self.places]}


@dataclass
class ArchiveMatch:
    path: str
    year: int | None
    share: float
    parts: dict = field(default_factory=dict)  # element id → share of that part repeated
    places: list[Place] = field(default_factory=list)  # in this year's report
    archive_places: list[Place] = field(default_factory=list)  # in last year's (report = -1)

    def to_dict(self, own_path: str) -> dict:
        return {"path": self.path, "year": self.year, "share": round(self.share, 4),
                "parts": {k: round(v, 4) for k, v in self.parts.items()},
                "places": [p.to_dict(own_path) for p in self.places],
                "archive_places": [p.to_dict(self.path) for p in self.archive_places]}


@dataclass
class Report:
    path: str
    unit: str
    year: int | None
    chars: int
    archive: ArchiveMatch | None = None

    def to_dict(self) -> dict:
        return {"path": self.path, "unit": self.unit, "year": self.year, "chars": self.chars,
                "archive": self.archive.to_dict(self.path) if self.archive else None}


@dataclass
class Similarity:
    reports: list[Report] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    matrix: dict = field(default_factory=dict)  # (i, j) → share of report i shared with report j
    #: True when the batch was large enough to tell standard formulations by their frequency
    frequency_filter: bool = False

    def to_dict(self) -> dict:
        paths = [r.path for r in self.reports]
        return {
            "reports": [r.to_dict() for r in self.reports],
            "passages": [p.to_dict(paths) for p in self.passages],
            "matrix": [{"from": paths[i], "to": paths[j], "share": round(s, 4)}
                       for (i, j), s in sorted(self.matrix.items())],
            "frequency_filter": self.frequency_filter,
        }
