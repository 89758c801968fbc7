"""Files as zhidang reads and writes them.

* :func:`display_path`: a path as the user knows it;
* :func:`read_bytes`: a file's bytes, or one clear line saying why not. Only a
  regular file is read (after following symlinks): a FIFO, a device (a link to
  ``/dev/zero``), a socket is refused before it is opened, and the open itself
  never blocks (``O_NONBLOCK``; the opened file is checked again, so a swap
  between the check and the open is caught too). At most ``max_bytes`` + 1
  bytes are read, whatever the size the file system reports (``/proc`` files
  and growing files under-state it);
* :func:`check_rewritable`: whether ``--fix`` may replace a file without
  losing anything — not read-only, in a folder it can write, one link, an
  owner it can keep;
* :func:`write_atomically`: a reader never sees half a file. The data goes to
  a temporary file beside the target (same folder, so the same file system),
  is flushed to disk, takes the target's owner (when it can) and permissions,
  then replaces the target with one ``os.replace``. Through a symlink, the
  file it points to is replaced and the link is kept. On failure the
  temporary file is removed, the target is as it was, and the ``OSError`` is
  raised for the caller to word. A read-only target (:func:`refuse_read_only`)
  is not replaced: ``os.replace`` ignores the target's permissions, and a
  file the user made read-only is a file they do not want changed.
"""

from __future__ import annotations

import errno
import os
import stat

from linter.errors import UserError

#: Largest file read by default: 64 MiB. Real reports are well under 2 MB
#: (a 1000-page .docx body is ~20 MB of XML); the benchmark checks single
#: documents of 50 MB, and 64 MiB is the first round size above that. Checking
#: costs ~7 bytes of memory per byte of text, so the limit keeps one document
#: under ~450 MB, four workers (``-j 4``) under 2 GB. ``--max-size`` raises it.
MAX_BYTES = 64 * 1024 * 1024

#: How to raise the limit, added to the "too large" message when the caller
#: passes ``raise_with`` (the CLI option).
_HINT = "，可用 {} 调高"

_KINDS = (
    (stat.S_ISFIFO, "命名管道（FIFO）"),
    (stat.S_ISCHR, "字符设备"),
    (stat.S_ISBLK, "块设备"),
    (stat.S_ISSOCK, "套接字"),
)

_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def display_path(path) -> str:
    """Relative to the current directory when inside it, absolute otherwise."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return os.fspath(path)
    return os.path.realpath(path) if relative.startswith("..") else relative


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is (命名管道, 字符设备 …); None
    for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "目录"
    for test, name in _KINDS:
        if test(mode):
            return name
    return "特殊文件"


def is_regular(path) -> bool:
    """Whether ``path`` (symlinks followed) is a regular file. False for a path
    that does not exist."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def megabytes(size: int) -> str:
    """``312 MB``, ``1.5 MB``, ``200 字节``."""
    mb = size / 1048576
    if mb >= 10 or (mb >= 0.1 and mb == int(mb)):
        return f"{mb:.0f} MB"
    if mb >= 0.1:
        return f"{mb:.1f} MB"
    return f"{size} 字节"


def too_large(what: str, size: int | None, max_bytes: int, raise_with: str | None = None) -> str:
    """The message for a file over the limit; ``size`` None when unknown (only
    that it is over)."""
    found = f"{megabytes(size)}，上限 {megabytes(max_bytes)}" if size else f"超过 {megabytes(max_bytes)} 的上限"
    return f"{what}过大（{found}）" + (_HINT.format(raise_with) if raise_with else "")


def read_bytes(path, shown: str | None = None, *, what: str = "文件", error=UserError,
               max_bytes: int = MAX_BYTES, raise_with: str | None = None) -> bytes:
    """The bytes of ``path``; otherwise ``error`` (a :class:`UserError` class)
    with a one-line cause naming ``what`` was being read (文件, 配置文件, 规则库)
    and the file as ``shown``: it does not exist, is a directory or not a
    regular file, cannot be read, or holds more than ``max_bytes`` bytes (the
    message then names ``raise_with``, the option that raises the limit, if
    given). Never blocks on a FIFO or device and never reads more than
    ``max_bytes`` + 1 bytes."""
    shown = os.fspath(path) if shown is None else shown
    try:
        kind = kind_of(os.stat(path).st_mode)
        if kind is not None:
            raise error(_not_regular(what, kind, path), shown)
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        raise error(f"{what}不存在", shown) from None
    except IsADirectoryError:
        raise error(f"是目录，不是{what}", shown) from None
    except PermissionError:
        raise error(f"没有读取{what}的权限", shown) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise error(f"无法读取{what}（{getattr(exc, 'strerror', None) or exc}）", shown) from None
    try:
        try:
            info = os.fstat(fd)
            kind = kind_of(info.st_mode)  # swapped since the stat above
            if kind is not None:
                raise error(_not_regular(what, kind), shown)
            if info.st_size > max_bytes:
                raise error(too_large(what, info.st_size, max_bytes, raise_with), shown)
            data = _read_at_most(fd, max_bytes, info.st_size)
        except OSError as exc:
            raise error(f"无法读取{what}（{exc.strerror or exc}）", shown) from None
    finally:
        os.close(fd)
    if data is None:
        raise error(too_large(what, None, max_bytes, raise_with), shown)
    return data


def _not_regular(what: str, kind: str, path=None) -> str:
    if kind == "目录":
        return f"是目录，不是{what}"
    if path is not None and os.path.islink(path):
        kind += f"（链接到 {os.path.realpath(path)}）"
    return f"不是普通文件，而是{kind}" + ("" if what == "文件" else f"，不能作为{what}读取")


def _read_at_most(fd: int, max_bytes: int, expected: int) -> bytes | None:
    """The bytes of ``fd``, or None when it holds more than ``max_bytes`` (then
    no more than ``max_bytes`` + 1 are read). A file as large as ``expected``
    comes in one read (plus one to see its end), more in 1 MiB steps."""
    return _gather(lambda n: os.read(fd, n), max_bytes, expected)


def read_stream(stream, max_bytes: int = MAX_BYTES) -> bytes | None:
    """The bytes of a binary stream (standard input), or None when it holds
    more than ``max_bytes`` (then no more than ``max_bytes`` + 1 are read)."""
    return _gather(stream.read, max_bytes, 0)


def _gather(read, max_bytes: int, expected: int) -> bytes | None:
    parts = []
    total = 0
    limit = max_bytes + 1
    while total < limit:
        chunk = read(min(limit - total, max(expected - total + 1, 1 << 20)))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    if total > max_bytes:
        return None  # not joined: a refused input costs its chunks, not twice that
    return parts[0] if len(parts) == 1 else b"".join(parts)


def check_rewritable(path, shown: str | None = None, *, error=UserError) -> None:
    """Raise ``error`` (one line, ending “未修改”) unless :func:`write_atomically`
    can replace ``path`` (symlinks followed) losing nothing:

    * a read-only file (no write permission for anyone — root is not stopped by
      0444 otherwise — or none for this user) is the user's "do not change";
      ``os.replace`` would replace it anyway, so it is refused here;
    * the folder must be writable (the temporary file goes there);
    * a file with hard links is refused: replacing it gives this name a new
      file and leaves the other names with the old text, and writing in place
      instead is not atomic — a crash or a full disk half-way would leave every
      name with a cut report. A linter must not risk what the user wrote;
      ``--diff`` still shows the change;
    * an owner this process cannot give the new file (another user's file,
      when not root) would change hands: refused.
    """
    shown = os.fspath(path) if shown is None else shown
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
    except OSError as exc:
        raise error(f"无法读取（{exc.strerror or exc}），未修改", shown) from None
    kind = kind_of(info.st_mode)
    if kind is not None:
        raise error(f"不是普通文件（{kind}），未修改", shown)
    if not _writable(target, info):
        raise error("文件是只读的，未修改（如需修改，请先去掉只读属性）", shown)
    folder = os.path.dirname(target) or "."
    try:
        folder_info = os.stat(folder)
    except OSError as exc:
        raise error(f"无法访问所在文件夹（{exc.strerror or exc}），未修改", shown) from None
    if not _writable(folder, folder_info):
        raise error("所在文件夹不可写，无法安全写回，未修改", shown)
    if info.st_nlink > 1:
        raise error(f"文件有 {info.st_nlink} 个硬链接，写回会断开链接，未修改"
                    "（可用 --diff 查看修改后手动改正）", shown)
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        if info.st_uid != os.geteuid():
            raise error("文件属于其他用户，写回会改变文件的所有者，未修改", shown)
        if info.st_gid != os.getegid() and info.st_gid not in os.getgroups():
            raise error("文件所属的组不是当前用户的组，写回会改变它，未修改", shown)


def _writable(path: str, info: os.stat_result) -> bool:
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    return os.access(path, os.W_OK)


def refuse_read_only(path) -> None:
    """Raise ``PermissionError`` when ``path`` (symlinks followed) is an
    existing file with no write permission (for anyone, or for this user):
    an output (``-o``, a baseline, a report) is not written over it."""
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
    except OSError:
        return  # nothing there yet (or it cannot be seen: writing will say why)
    if stat.S_ISREG(info.st_mode) and not _writable(target, info):
        raise PermissionError(errno.EACCES, "文件是只读的", os.fspath(path))


def write_atomically(path, data: bytes, *, keep_owner: bool = True) -> None:
    """See the module docstring. ``keep_owner=False`` (the cache's own
    entries): the new file is the writer's, with the default permissions,
    whoever owned the file it replaces, read-only or not."""
    if keep_owner:
        refuse_read_only(path)
    target = os.path.realpath(path)
    folder = os.path.dirname(target)
    temporary = os.path.join(folder, f".{os.path.basename(target)}.zhidang-{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            info = os.stat(target) if keep_owner else None
        except OSError:
            info = None  # a new file: the default owner and permissions
        if info is not None:
            if hasattr(os, "chown"):
                mine = os.stat(temporary)
                if (mine.st_uid, mine.st_gid) != (info.st_uid, info.st_gid):
                    try:  # before chmod: chown clears set-user-id bits
                        os.chown(temporary, info.st_uid, info.st_gid)
                    except OSError:
                        pass  # not allowed: check_rewritable refuses such files for --fix
            os.chmod(temporary, info.st_mode & 0o7777)
        os.replace(temporary, target)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
