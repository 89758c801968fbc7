"""Loading report files into a :class:`Source`.

A Source holds the original characters of a report and maps character
offsets back to positions the user can find (line and column, 1-based, in
characters). One module per input format; :func:`load` picks by suffix.
"""

from __future__ import annotations

import os

from linter.errors import SourceError
from linter.files import read_bytes
from linter.sources.base import Source
from linter.sources import docx, markdown, text

__all__ = ["Source", "load", "load_bytes", "load_stdin", "SUFFIXES", "iter_paths", "STDIN"]

#: suffix → reader module; each module has
#: ``read(data: bytes, path: str, encoding: str | None = None) -> Source``
#: (``encoding``, from ``--encoding``, overrides detection where a format has one).
READERS = {
    ".txt": text,
    ".md": markdown,
    ".markdown": markdown,
    ".docx": docx,
}
SUFFIXES = tuple(READERS)
#: The path that means standard input.
STDIN = "-"

_SAVE_AS_DOCX = "请在 Word 或 WPS 中打开，“另存为” Word 文档（.docx）后再检查"
#: suffix → what to tell the user about a format zhidang does not read.
_UNSUPPORTED = {
    ".doc": "旧版 Word 格式，" + _SAVE_AS_DOCX,
    ".dot": "旧版 Word 模板，" + _SAVE_AS_DOCX,
    ".wps": "WPS 文字格式，" + _SAVE_AS_DOCX,
    ".wpt": "WPS 模板，" + _SAVE_AS_DOCX,
    ".rtf": "RTF 格式，" + _SAVE_AS_DOCX,
    ".odt": "OpenDocument 格式，" + _SAVE_AS_DOCX,
    ".docm": "含宏的 Word 文档，" + _SAVE_AS_DOCX,
    ".dotx": "Word 模板，" + _SAVE_AS_DOCX,
    ".wpsx": "WPS 格式，" + _SAVE_AS_DOCX,
    ".pdf": "PDF 无法可靠地还原段落和编号：请检查原始的 Word 文档（.docx）",
    ".ofd": "OFD 版式文件无法检查：请检查原始的 Word 文档（.docx）",
    ".html": "网页格式，" + _SAVE_AS_DOCX,
    ".htm": "网页格式，" + _SAVE_AS_DOCX,
}


def load(path: str | os.PathLike, encoding: str | None = None) -> Source:
    """Read one report file. Raises :class:`SourceError` with a one-line cause.
    ``encoding`` overrides detection for text files."""
    display = os.fspath(path)
    reader = _reader_for(display)
    data = read_bytes(path, display, error=SourceError)
    return _read(reader, data, display, encoding)


def load_bytes(data: bytes, path: str, encoding: str | None = None) -> Source:
    """Read a report given as bytes (e.g. standard input) under the name ``path``."""
    return _read(_reader_for(path), data, path, encoding)


def load_stdin(name: str | None = None, encoding: str | None = None) -> Source:
    """Read a report from standard input. ``name`` (``--stdin-filename``) is the
    path shown in results and, by its suffix, the format (default: text)."""
    import sys

    path = name or STDIN
    reader = text if not os.path.splitext(path)[1] else _reader_for(path)
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin (some embedders)
        data = sys.stdin.read().encode("utf-8")
    else:
        data = stream.read()
    return _read(reader, data, path, encoding)


def _read(reader, data: bytes, path: str, encoding: str | None) -> Source:
    if not data:
        # Most often a file that failed to save or copy: say so rather than
        # report every part of the report as missing.
        raise SourceError("文件是空的（0 字节）", path)
    return reader.read(data, path, encoding)


def _reader_for(path: str):
    suffix = os.path.splitext(path)[1].lower()
    reader = READERS.get(suffix)
    if reader is None:
        shown = suffix or "（无扩展名）"
        hint = _UNSUPPORTED.get(suffix) or (
            "zhidang 检查 Word 文档（.docx）和文本文件（.txt、.md）；"
            "请另存为 .docx 后再检查"
        )
        raise SourceError(f"不支持的文件类型 {shown}：{hint}", path)
    return reader


def iter_paths(paths, skipped: list | None = None):
    """Expand files and directories into the report files to check.

    Files named explicitly are always returned (an unsupported one then fails
    with a clear message); directories are walked for supported suffixes,
    skipping hidden folders and files and Word's ``~$`` lock files. Yields
    ``(path, None)`` or ``(path, SourceError)`` for a path that does not exist or
    a directory with nothing to check.
    """
    for raw in paths:
        path = os.fspath(raw)
        if path == STDIN:
            yield path, None
        elif os.path.isdir(path):
            found = sorted(_walk(path))
            if not found:
                yield path, SourceError(
                    "目录中没有可检查的报告文件（" + "、".join(SUFFIXES) + "）", path
                )
            for item in found:
                yield item, None
        elif os.path.exists(path):
            yield path, None
        else:
            yield path, SourceError("文件不存在", path)


def _walk(root: str):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith((".", "~$")):
                continue
            if os.path.splitext(name)[1].lower() in READERS:
                yield os.path.join(folder, name)
