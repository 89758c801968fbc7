"""Loading report files into a :class:`Source`.

A Source holds the original characters of a report and maps character
offsets back to positions the user can find (line and column, 1-based, in
characters). One module per input format; :func:`load` picks by suffix.
"""

from __future__ import annotations

import os
import sys

from linter.errors import SourceError
from linter.files import MAX_BYTES, is_regular, read_bytes, read_stream, too_large
from linter.sources.base import Source

__all__ = ["Source", "load", "load_bytes", "load_stdin", "SUFFIXES", "iter_paths", "STDIN",
           "MAX_BYTES"]

#: suffix → reader module; each module has
#: ``read(data: bytes, path: str, encoding: str | None = None, *, max_bytes: int) -> Source``
#: (``encoding``, from ``--encoding``, overrides detection where a format has one;
#: ``max_bytes``, from ``--max-size``, bounds what a format inflates, e.g. .docx parts).
#: A module is imported when a file of its format is first read.
_READER_MODULES = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
}


class _Readers(dict):
    """suffix → reader module, each imported on first use (a .txt check
    does not import the .docx reader)."""

    def __missing__(self, suffix):
        name = _READER_MODULES[suffix]  # KeyError: not a format zhidang reads
        __import__(f"linter.sources.{name}")
        module = self[suffix] = sys.modules[f"linter.sources.{name}"]
        return module

    def get(self, suffix, default=None):
        return self[suffix] if suffix in _READER_MODULES else default

    def __contains__(self, suffix):
        return suffix in _READER_MODULES

    def __iter__(self):
        return iter(_READER_MODULES)

    def __len__(self):
        return len(_READER_MODULES)

    def keys(self):
        return _READER_MODULES.keys()

    def items(self):
        return [(suffix, self[suffix]) for suffix in _READER_MODULES]

    def values(self):
        return [self[suffix] for suffix in _READER_MODULES]


READERS = _Readers()
SUFFIXES = tuple(_READER_MODULES)
#: The path that means standard input.
STDIN = "-"
#: The option named in "too large" messages.
MAX_SIZE_OPTION = "--max-size"

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


def load(path: str | os.PathLike, encoding: str | None = None, *,
         max_bytes: int = MAX_BYTES) -> Source:
    """Read one report file. Raises :class:`SourceError` with a one-line cause.
    ``encoding`` overrides detection for text files. Only a regular file is
    read (a FIFO, device or socket is refused without blocking), and one of
    more than ``max_bytes`` bytes is refused (``--max-size``); for a .docx the
    limit also bounds each part inflated from it."""
    display = os.fspath(path)
    reader = _reader_for(display)
    data = read_bytes(path, display, error=SourceError, max_bytes=max_bytes, raise_with=MAX_SIZE_OPTION)
    return _read(reader, data, display, encoding, max_bytes)


def load_bytes(data: bytes, path: str, encoding: str | None = None, *,
               max_bytes: int = MAX_BYTES) -> Source:
    """Read a report given as bytes (e.g. standard input) under the name ``path``."""
    reader = _reader_for(path)
    _check_size(data, path, max_bytes)
    return _read(reader, data, path, encoding, max_bytes)


def load_stdin(name: str | None = None, encoding: str | None = None, *,
               max_bytes: int = MAX_BYTES) -> Source:
    """Read a report from standard input. ``name`` (``--stdin-filename``) is the
    path shown in results and, by its suffix, the format (default: text).
    At most ``max_bytes`` + 1 bytes are read: more is refused."""
    import sys

    path = name or STDIN
    reader = READERS[".txt"] if not os.path.splitext(path)[1] else _reader_for(path)
    stream = getattr(sys.stdin, "buffer", None)
    try:
        if stream is None:  # a text-only stdin (some embedders)
            data = sys.stdin.read(max_bytes + 1).encode("utf-8")
        else:
            data = read_stream(stream, max_bytes)
    except OSError as exc:
        raise SourceError(f"无法读取标准输入（{exc.strerror or exc}）", path) from None
    if data is None or len(data) > max_bytes:
        raise SourceError(too_large("标准输入", None, max_bytes, MAX_SIZE_OPTION), path)
    return _read(reader, data, path, encoding, max_bytes)


def _check_size(data: bytes, path: str, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise SourceError(too_large("文件", len(data), max_bytes, MAX_SIZE_OPTION), path)


def _read(reader, data: bytes, path: str, encoding: str | None, max_bytes: int) -> Source:
    if not data:
        # Most often a file that failed to save or copy: say so rather than
        # report every part of the report as missing.
        raise SourceError("文件是空的（0 字节）", path)
    return reader.read(data, path, encoding, max_bytes=max_bytes)


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

    Files named explicitly are always returned (an unsupported one or one that
    is not a regular file then fails with a clear message); directories are
    walked for supported suffixes, skipping hidden folders and files,
    Word's ``~$`` lock files and the reviewed copies ``zhidang annotate``
    writes beside the reports (报告（审阅）.docx: the report's own text again,
    with comments — checked, it would repeat every finding). Yields ``(path, None)`` or ``(path, SourceError)``
    for a path that does not exist or a directory with nothing to check.

    A file met in a directory that has a report's suffix but is not a regular
    file (a FIFO, a link to a device, a socket) is not yielded: it is appended
    to ``skipped`` when a list is given (the CLI says how many were skipped).
    """
    for raw in paths:
        path = os.fspath(raw)
        if path == STDIN:
            yield path, None
        elif os.path.isdir(path):
            found = sorted(_walk(path, skipped))
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


#: The name ending of ``zhidang annotate``'s copies (linter/annotate.py: REVIEWED).
_REVIEWED_COPY = "（审阅）.docx"


def _walk(root: str, skipped: list | None):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith((".", "~$")) or name.endswith(_REVIEWED_COPY):
                continue
            if os.path.splitext(name)[1].lower() in READERS:
                path = os.path.join(folder, name)
                if is_regular(path) or not os.path.exists(path):
                    yield path  # a broken link: load says it does not exist
                elif skipped is not None:
                    skipped.append(path)
