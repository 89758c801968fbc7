"""Markdown reports (.md, .markdown).

Read as text (same encodings as .txt); ``#`` headings are outline headings
(the grammar knows them). Fenced code blocks and front matter (YAML ``---``,
TOML ``+++``) are not report text: they go into ``Source.mask`` and no rule
sees them — but for a block marked as text (```markdown, ```text): a chat
assistant's answer holds the report in one; nor do the ``>`` marks that open the lines of a quote (a WeChat
page saved as Markdown holds the whole report in one, and so does a .txt
copy of it: :func:`quote_marks`), nor a thematic break (a line of ``---`` or ``***``: Markdown's rule between
sections, where a .txt copy's ``---`` is a chat window's leftover). Everything else is matched in the raw text, not in a parsed
Markdown tree: ``**`` next to Chinese text is often not parsed as emphasis
(commonmark-spec#650), and a leftover ``**次`` is a placeholder either way.
"""

from __future__ import annotations

import re

from linter import regexstore
from linter.sources.base import Source
from linter.sources.text import decode

_FENCE = regexstore.compile(r"^ {0,3}(`{3,}|~{3,})")
_BREAK = regexstore.compile(r"^ {0,3}(?:-{3,}|\*{3,})[ \t]*$", re.MULTILINE)
_QUOTE = regexstore.compile(r"^(?:[ \t]{0,3}>[ \t]?)+", re.MULTILINE)
#: A .txt file whose lines open with ``>`` this many times is a Markdown copy.
QUOTED_LINES = 3
_FRONT = {"---": ("---", "..."), "+++": ("+++",)}
#: A fence's info string that says the block is text, not code (```markdown, ```text): its lines are the report's — a
#: chat assistant puts the report it wrote in one; the fence lines stay, and are reported as what they are.
_TEXT_INFO = frozenset({"markdown", "md", "text", "txt", "plaintext", "plain"})


def read(data: bytes, path: str, encoding: str | None = None, *, max_bytes: int | None = None) -> Source:
    """``max_bytes``: unused (the bytes are already in memory and were checked)."""
    decoded = decode(data, path, encoding)
    text = decoded.text
    hidden = hidden_spans(text)
    mask = sorted(hidden + quote_marks(text) + thematic_breaks(text, hidden))
    return Source(path=path, text=text, format="markdown", encoding=decoded.encoding, bom=decoded.bom,
                  mask=mask)


def thematic_breaks(text: str, hidden: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines that are a thematic break (``---``, ``***``), but for those inside ``hidden``
    spans (a code block's, the front matter's own fences)."""
    if "---" not in text and "***" not in text:
        return []
    return [m.span() for m in _BREAK.finditer(text)
            if not any(start <= m.start() < end for start, end in hidden)]


def quote_marks(text: str, least: int = 1) -> list[tuple[int, int]]:
    """``(start, end)`` of the ``>`` marks (and the space after each) that open
    the lines of a Markdown quote — when at least ``least`` lines open so."""
    if ">" not in text:
        return []
    spans = [m.span() for m in _QUOTE.finditer(text)]
    return spans if len(spans) >= least else []


def hidden_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the front matter and of every fenced code block,
    fences included. An unclosed fence runs to the end of the text (as
    CommonMark renders it)."""
    if "```" not in text and "~~~" not in text and not text.startswith(("---", "+++")):
        return []
    spans: list[tuple[int, int]] = []
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    i = 0
    first = lines[0].rstrip("\r\n").rstrip() if lines else ""
    if first in _FRONT:
        for j in range(1, len(lines)):
            if lines[j].rstrip("\r\n").rstrip() in _FRONT[first]:
                spans.append((0, offsets[j + 1]))
                i = j + 1
                break
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None or (m.group(1)[0] == "`" and "`" in lines[i][m.end():]):
            i += 1
            continue
        fence = m.group(1)
        start = offsets[i]
        j = i + 1
        while j < len(lines):
            close = _FENCE.match(lines[j])
            if (close and close.group(1)[0] == fence[0] and len(close.group(1)) >= len(fence)
                    and not lines[j][close.end():].strip()):
                break
            j += 1
        if lines[i][m.end():].strip().lower() not in _TEXT_INFO:
            spans.append((start, offsets[min(j + 1, len(lines))]))
        # (else a chat assistant's answer that wraps the report in ```markdown … ```: the report is the text, and
        # the fences' lines are reported as what they are)
        i = j + 1
    return spans
