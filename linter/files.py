"""Files as zhidang reads and writes them.

* :func:`display_path`: a path as the user knows it;
* :func:`read_bytes`: a file's bytes, or one clear line saying why not;
* :func:`write_atomically`: a reader never sees half a file. The data goes to
  a temporary file beside the target (same folder, so the same file system),
  is flushed to disk, takes the target's permissions, then replaces the target
  with one ``os.replace``. Through a symlink, the file it points to is replaced
  and the link is kept. On failure the temporary file is removed, the target
  is as it was, and the ``OSError`` is raised for the caller to word.
"""

from __future__ import annotations

import os

from linter.errors import UserError


def display_path(path) -> str:
    """Relative to the current directory when inside it, absolute otherwise."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return os.fspath(path)
    return os.path.realpath(path) if relative.startswith("..") else relative


def read_bytes(path, shown: str | None = None, *, what: str = "文件", error=UserError) -> bytes:
    """The bytes of ``path``; otherwise ``error`` (a :class:`UserError` class)
    with a one-line cause naming ``what`` was being read (文件, 配置文件, 规则库)
    and the file as ``shown``."""
    shown = os.fspath(path) if shown is None else shown
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise error(f"{what}不存在", shown) from None
    except IsADirectoryError:
        raise error(f"是目录，不是{what}", shown) from None
    except PermissionError:
        raise error(f"没有读取{what}的权限", shown) from None
    except OSError as exc:
        raise error(f"无法读取{what}（{exc.strerror or exc}）", shown) from None


def write_atomically(path, data: bytes) -> None:
    target = os.path.realpath(path)
    folder = os.path.dirname(target)
    temporary = os.path.join(folder, f".{os.path.basename(target)}.zhidang-{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(temporary, os.stat(target).st_mode & 0o7777)
        except OSError:
            pass  # a new file: the default permissions
        os.replace(temporary, target)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
