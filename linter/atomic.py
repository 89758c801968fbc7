"""Writing files so that a reader never sees half a file.

The data goes to a temporary file beside the target (same folder, so the same
file system), is flushed to disk, takes the target's permissions, and then
replaces the target with one ``os.replace``. Through a symlink, the file it
points to is replaced and the link is kept. On failure the temporary file is
removed and the target is as it was; the ``OSError`` is raised for the caller
to word.
"""

from __future__ import annotations

import os


def write_bytes(path: str, data: bytes) -> None:
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
