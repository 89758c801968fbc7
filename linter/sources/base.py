"""The Source: original characters plus the map back to user positions."""

from __future__ import annotations

from bisect import bisect_right

from linter.records import Record

#: Formats whose fixes ``--fix`` writes back into the file (linter.fix.WRITERS).
WRITABLE_FORMATS = frozenset({"text", "markdown"})


class Source(Record):
    """A report as read from disk.

    ``text`` holds the original characters (a BOM is dropped, line endings are
    kept as they were). Offsets everywhere in zhidang index into ``text``.
    ``labels``, when a format has them (e.g. .docx paragraphs), give a Chinese
    location string per line, shown beside line:column. ``comments`` are
    reviewer comments anchored to text, ``(start, end, text)`` (Word comments in
    a .docx); they are not report text.

    Format readers may also set:

    ``encoding`` and ``bom``
        how the file was encoded: ``bom + text.encode(encoding)`` gives the file
        back (:meth:`encode`). ``bom`` is only set where the codec does not
        write the mark itself (UTF-16/32; UTF-8 with BOM is ``utf-8-sig``).
    ``prefixes``
        per line, how many leading characters of the line are not the user's
        own text: the list number Word draws (一、, （一）) that a .docx reader
        renders into ``text`` so the outline sees it. Columns count from the
        end of the prefix, so they are characters of the paragraph as typed
        (an offset inside the prefix is column 1).
    ``mask``
        ``(start, end)`` spans that are not report text (Markdown code blocks
        and front matter, a Word table of contents): blanked in the matching
        view, so no rule sees them, while offsets stay as they are.
    ``outline_levels``
        ``{line: level}`` for lines that are headings by their formatting
        rather than a typed marker (a Word paragraph styled 标题 1 / Heading 1,
        or with an outline level): the outline makes them headings of that
        level.
    """

    _FIELDS = ("path", "text", "format", "encoding", "labels", "comments", "bom", "prefixes", "mask",
               "outline_levels")

    def __init__(self, path: str, text: str, format: str = "text", encoding: str = "utf-8",  # noqa: A002
                 labels: list[str] | None = None, comments: list[tuple[int, int, str]] | None = None,
                 bom: bytes = b"", prefixes: list[int] | None = None, mask: list[tuple[int, int]] | None = None,
                 outline_levels: dict[int, int] | None = None):
        self.path, self.text, self.format, self.encoding = path, text, format, encoding
        self.labels = labels
        self.comments = [] if comments is None else comments
        self.bom, self.prefixes = bom, prefixes
        self.mask = [] if mask is None else mask
        self.outline_levels = outline_levels
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self.line_starts = starts

    @property
    def writable(self) -> bool:
        """Can ``--fix`` write this format back? (.txt and .md; a .docx is
        reported, not changed.)"""
        return self.format in WRITABLE_FORMATS

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset, column in characters."""
        index = bisect_right(self.line_starts, offset) - 1
        column = offset - self.line_starts[index]
        if self.prefixes is not None and index < len(self.prefixes):
            column = max(0, column - self.prefixes[index])
        return index + 1, column + 1

    def location(self, offset: int) -> str | None:
        """A Chinese description of where ``offset`` is, for formats that have one."""
        if self.labels is None:
            return None
        line, _ = self.position(offset)
        return self.labels[line - 1] if line - 1 < len(self.labels) else None

    def encode(self, text: str | None = None) -> bytes:
        """``text`` (default: this source's text) in the file's own encoding,
        BOM included: what a writer (``--fix``) puts back on disk."""
        return self.bom + (self.text if text is None else text).encode(self.encoding)
