"""The Source: original characters plus the map back to user positions."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class Source:
    """A report as read from disk.

    ``text`` holds the original characters (a BOM is dropped, line endings are
    kept as they were). Offsets everywhere in zhidang index into ``text``.
    ``labels``, when a format has them (e.g. .docx paragraphs), give a Chinese
    location string per line, shown beside line:column. ``comments`` are
    reviewer comments anchored to text, ``(start, end, text)`` (Word comments in
    a .docx); they are not report text.
    """

    path: str
    text: str
    format: str = "text"
    encoding: str = "utf-8"
    labels: list[str] | None = None
    comments: list[tuple[int, int, str]] = field(default_factory=list)
    line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self.line_starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset, column in characters."""
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def location(self, offset: int) -> str | None:
        """A Chinese description of where ``offset`` is, for formats that have one."""
        if self.labels is None:
            return None
        line, _ = self.position(offset)
        return self.labels[line - 1] if line - 1 < len(self.labels) else None
