"""Plain text reports (.txt): UTF-8, GB18030/GBK, UTF-16, Big5 … (see
:mod:`linter.sources.encoding`)."""

from __future__ import annotations

from linter.sources.base import Source
from linter.sources.encoding import decode_as, detect


def decode(data: bytes, path: str, encoding: str | None = None):
    """The :class:`~linter.sources.encoding.Decoded` text of a file."""
    return detect(data, path) if encoding is None else decode_as(data, path, encoding)


def read(data: bytes, path: str, encoding: str | None = None, *, max_bytes: int | None = None) -> Source:
    """``max_bytes``: unused (the bytes are already in memory and were checked)."""
    decoded = decode(data, path, encoding)
    text = decoded.text
    mask = None
    if "\n>" in text or text.startswith(">"):  # a Markdown copy saved as .txt: its quotes' marks
        from linter.sources.markdown import QUOTED_LINES, quote_marks

        mask = quote_marks(text, QUOTED_LINES) or None
    return Source(path=path, text=text, format="text", encoding=decoded.encoding, bom=decoded.bom, mask=mask)
