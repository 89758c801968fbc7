"""Positions: zhidang's characters ↔ the Language Server Protocol's code units.

zhidang counts in characters (code points): offsets into ``Source.text``,
1-based line and column. LSP positions are 0-based and count *code units*
of the negotiated ``positionEncoding``: UTF-16 unless the client offers
another (a character outside the Basic Multilingual Plane, such as 𠮷, is
two UTF-16 units, four UTF-8 bytes, one UTF-32 unit). Lines are split at
``\\n`` as ``Source`` splits them; a ``\\r`` before it stays part of the line.

No pygls here: the conversions are plain functions of the text.
"""

from __future__ import annotations

from bisect import bisect_right

from linter import regexstore

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
ENCODINGS = (UTF8, UTF16, UTF32)

_ASTRAL = regexstore.compile("[\U00010000-\U0010ffff]")


def units(text: str, encoding: str) -> int:
    """Length of ``text`` in code units of ``encoding``."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF16:
        return len(text) + len(_ASTRAL.findall(text))
    return len(text.encode("utf-8", "surrogatepass"))


class Positions:
    """Conversions for one text in one position encoding.

    ``prefixes`` (a .docx: the Word list number rendered at the start of a
    paragraph) are characters a 1-based column does not count, as in
    ``Source.position``; an LSP character then counts within the paragraph
    as typed, after the prefix."""

    def __init__(self, text: str, encoding: str = UTF16, prefixes: list[int] | None = None):
        self.text = text
        self.encoding = encoding if encoding in ENCODINGS else UTF16
        self.prefixes = prefixes
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self.starts = starts
        # Every character one unit: no conversion needed at all.
        self.plain = self.encoding == UTF32 or text.isascii()
        self.wide: set[int] | None = None  # UTF-16: the lines with a character outside the BMP
        if not self.plain and self.encoding == UTF16:
            self.wide = {bisect_right(starts, m.start()) - 1 for m in _ASTRAL.finditer(text)}
            self.plain = not self.wide

    @property
    def lines(self) -> int:
        return len(self.starts)

    def _prefix(self, index: int) -> int:
        if self.prefixes is not None and index < len(self.prefixes):
            return self.prefixes[index]
        return 0

    def line_text(self, index: int) -> str:
        """The 0-based line ``index`` without its ``\\n`` (and without a prefix)."""
        start = self.starts[index] + self._prefix(index)
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)
        return self.text[start:end]

    def line_end(self, index: int) -> int:
        """The LSP character at the end of line ``index`` (before ``\r\n``)."""
        return units(self.line_text(index).removesuffix("\r"), self.encoding)

    def _units(self, index: int, chars: int) -> int:
        if self.plain or (self.wide is not None and index not in self.wide):
            return chars
        return units(self.line_text(index)[:chars], self.encoding)

    def from_column(self, line: int, column: int) -> tuple[int, int]:
        """zhidang's 1-based ``line``:``column`` (characters) → LSP (line, character)."""
        index = min(max(line - 1, 0), len(self.starts) - 1)
        return index, self._units(index, max(column - 1, 0))

    def from_offset(self, offset: int) -> tuple[int, int]:
        """A character offset into the text → LSP (line, character)."""
        offset = min(max(offset, 0), len(self.text))
        index = bisect_right(self.starts, offset) - 1
        chars = max(offset - self.starts[index] - self._prefix(index), 0)
        return index, self._units(index, chars)

    def to_offset(self, line: int, character: int) -> int:
        """LSP (line, character) → a character offset into the text. A position
        past the end of a line is its end; inside a character (half of a
        surrogate pair), that character's start."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line] + self._prefix(line)
        text = self.line_text(line)
        if self.plain or (self.wide is not None and line not in self.wide):
            return start + min(max(character, 0), len(text))
        count = 0
        for i, char in enumerate(text):
            width = units(char, self.encoding)
            if count + width > character:
                return start + i
            count += width
        return start + len(text)
