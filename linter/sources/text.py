"""Plain text and Markdown reports (.txt, .md) in UTF-8, with or without BOM."""

from __future__ import annotations

from linter.errors import SourceError
from linter.sources.base import Source

_BOM = b"\xef\xbb\xbf"


def read(data: bytes, path: str) -> Source:
    if b"\x00" in data[:8192]:
        raise SourceError("不是文本文件（含有二进制内容）", path)
    encoding = "utf-8"
    if data.startswith(_BOM):
        data = data[len(_BOM):]
        encoding = "utf-8-sig"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"无法按 UTF-8 解码（第 {exc.start + 1} 字节起）：请将文件另存为 UTF-8 编码", path
        ) from None
    fmt = "markdown" if path.lower().endswith((".md", ".markdown")) else "text"
    return Source(path=path, text=text, format=fmt, encoding=encoding)
