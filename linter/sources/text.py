"""Plain text reports (.txt): UTF-8, GB18030/GBK, UTF-16, Big5 … (see
:mod:`linter.sources.encoding`)."""

from __future__ import annotations

import re

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
    if text.count("\n0") >= STAMPED_LINES - 1:  # (a transcript's times start 00:…: most texts are not looked at)
        stamps = transcript_stamps(text)
        if stamps:
            mask = (mask or []) + stamps
    return Source(path=path, text=text, format="text", encoding=decoded.encoding, bom=decoded.bom, mask=mask)


#: A video's transcript (视频号 文字稿, 抖音 字幕): a time opening each line (00:58 一是坚持政治建警……).
_STAMP = None
#: … on at least this many lines (a report's own 9:30 opening a line is no transcript).
STAMPED_LINES = 3


def transcript_stamps(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the times (and the space after each) that open the lines of a transcript, when at
    least :data:`STAMPED_LINES` lines open so: not report text (the outline reads the parts after them)."""
    global _STAMP
    if _STAMP is None:
        from linter import regexstore

        _STAMP = regexstore.compile(r"^\d{2}:\d{2}(?::\d{2})? +(?=\S)", re.MULTILINE)
    spans = [m.span() for m in _STAMP.finditer(text)]
    return spans if len(spans) >= STAMPED_LINES else []
