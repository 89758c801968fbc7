"""Loading report files into a :class:`Source`.

A Source holds the original characters of a report and maps character
offsets back to positions the user can find (line and column, 1-based, in
characters). One module per input format; :func:`load` picks by suffix.
"""

from __future__ import annotations

import os
from pathlib import Path

from linter.errors import SourceError
from linter.sources.base import Source
from linter.sources import text

__all__ = ["Source", "load", "load_bytes", "SUFFIXES", "iter_paths"]

#: suffix → reader module; each module has ``read(data: bytes, path: str) -> Source``.
READERS = {
    ".txt": text,
    ".md": text,
    ".markdown": text,
}
SUFFIXES = tuple(READERS)


def load(path: str | os.PathLike) -> Source:
    """Read one report file. Raises :class:`SourceError` with a one-line cause."""
    display = os.fspath(path)
    reader = _reader_for(display)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise SourceError("文件不存在", display) from None
    except IsADirectoryError:
        raise SourceError("是目录，不是文件", display) from None
    except PermissionError:
        raise SourceError("没有读取权限", display) from None
    except OSError as exc:
        raise SourceError(f"无法读取（{exc.strerror or exc}）", display) from None
    return reader.read(data, display)


def load_bytes(data: bytes, path: str) -> Source:
    """Read a report given as bytes (e.g. standard input) under the name ``path``."""
    return _reader_for(path).read(data, path)


def _reader_for(path: str):
    suffix = os.path.splitext(path)[1].lower()
    reader = READERS.get(suffix)
    if reader is None:
        shown = suffix or "（无扩展名）"
        raise SourceError(
            f"不支持的文件类型 {shown}：请保存为 .txt、.md 文本后再检查", path
        )
    return reader


def iter_paths(paths):
    """Expand files and directories into the report files to check.

    Files named explicitly are always returned (an unsupported one then fails
    with a clear message); directories are walked for supported suffixes,
    skipping hidden folders and files and Word's ``~$`` lock files. Yields
    ``(path, None)`` or ``(path, SourceError)`` for a path that does not exist or
    a directory with nothing to check.
    """
    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
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
