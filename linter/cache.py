"""The per-user cache folder (``~/.cache/zhidang``, or ``$XDG_CACHE_HOME/zhidang``).

Holds what is slow to build and quick to load: the parsed YAML trees of
rulebooks (:func:`memo`, called by :mod:`linter.rulebook.merge`), the outline's
front-matter vocabulary (:mod:`linter.outline`), the compiled code of regular
expressions (:mod:`linter.regexstore`), word boundaries (:mod:`linter.segment`)
and the sorted word list of :mod:`linter.lexicon`. ``ZHIDANG_NO_CACHE=1``
turns caching off. (The outline grammar's parser is generated ahead of time:
``linter/_outline_parser.py``.)

**Nothing read back can run code.** Entries are JSON or plain text — never
pickle or marshal. Compiled regular expressions are stored as the engine's
code (integers) and rebuilt by ``_sre.compile``, which validates the code.

**Who may write the folder.** It is created 0700 and used only if it is a
directory owned by the current user and not writable by group or others (read
access for others is removed when found); otherwise caching is off, silently:
every run then builds what it needs (a hint on every run would be noise in a
commit hook, and there is no trusted place to remember that it was given
once). An entry is read only if it is a regular file owned by the user, not a
symlink, at most :data:`MAX_BYTES`; a symlink or an empty folder in an
entry's place is removed before writing, so nothing is written through a
link. (On Windows there are no owners or modes to check: the folder is under
the user's profile.)

**What a file in the folder can do.** Each entry starts with a header line
naming the entry, a key and the payload's length; the key is a BLAKE2b-256 of
what the entry was built from (the rulebook's text, the Python version and
regular-expression engine, the dictionary's path, size and mtime) and of the entry
format (and zhidang's version, for :func:`memo`). A file's entry made by
:func:`memo_files` is keyed, once the file has not changed for a while, by its
:func:`stamp` (device, inode, size, modification and change times) instead
of its text, so that a run need not read and hash it. An entry is used only when
its header matches exactly and its payload decodes; anything else — empty,
truncated, garbage, another format, a folder where a file should be — is
ignored and rebuilt, never an error for the user. So stale, mixed-up or
damaged entries are never used. The key is not a secret, though: someone who
can write the folder (root, or whoever made a CI cache or a copied home
folder that is restored into it) can forge a well-formed entry for content
they know. They cannot run code, nor make zhidang read or write files outside
the folder; they *can* feed it wrong data: a rulebook tree with rules removed
or with slow patterns (a built-in rulebook's patterns are trusted), wrong
regular-expression code or word list — wrong findings, a slow run, or an internal error.
Restore a cache folder only from a source you trust as much as the rulebooks.

**Bounded.** One entry per rulebook path, one regex store, one word list: a new
entry replaces the old one under the same name. Each write prunes the oldest
entries beyond :data:`MAX_BYTES` in all or :data:`MAX_ENTRIES` files (an entry
read back is touched, at most once a day, so "oldest" means least recently
used: the word list survives a test run's many temporary rulebooks), and
deletes files of older zhidang versions (``*.pickle``, Lark's ``*.cache``,
``outline-grammar.json``, ``words-<size>-<mtime>.txt``). Writes are atomic
(:func:`linter.files.write_atomically`).
"""

from __future__ import annotations

import os
import stat

#: Bumped when the layout of any entry changes: old entries are then rebuilt.
FORMAT = 1
#: The folder's size bound, and the largest entry read back.
MAX_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 256
#: An entry read back whose mtime is older than this is touched (the pruning is LRU).
TOUCH_AFTER_SECONDS = 86400
#: A temporary file of a write that never finished is removed after this long.
_STALE_TEMPORARY_SECONDS = 3600

_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def _uid() -> int | None:
    return os.geteuid() if hasattr(os, "geteuid") else None  # None: Windows, no owners to compare


def cache_dir() -> str | None:
    """The cache folder, created if need be; None when caching is off or the
    folder is not safe to use (see the module docstring)."""
    if os.environ.get("ZHIDANG_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):  # the XDG rule: a relative path is ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "zhidang")
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except FileNotFoundError:
        try:
            os.makedirs(base, 0o700, exist_ok=True)
            os.mkdir(folder, 0o700)
        except OSError:
            return None
    except OSError:
        return None
    try:
        info = os.stat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return None
    uid = _uid()
    if uid is not None:
        if info.st_uid != uid or info.st_mode & 0o022:
            return None
        if info.st_mode & 0o077:  # made by an older zhidang (0755): others may not read it
            try:
                os.chmod(folder, 0o700)
            except OSError:
                pass
    return folder


def blake2b256(data: bytes = b""):
    """A BLAKE2b hasher of 32 bytes, from CPython's built-in ``_blake2`` when
    there is one: ``hashlib`` loads OpenSSL first (~4 ms of a one-report check,
    which hashes nothing else)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # another Python implementation
        from hashlib import blake2b
    return blake2b(data, digest_size=32)


def digest(*parts: str | bytes) -> str:
    """BLAKE2b-256 (hex) of ``parts``: the key of an entry. A part given as
    bytes is hashed as it is — the UTF-8 a text part would be encoded to, so
    a file's bytes key the entry its decoded text would (a rulebook's key is
    read from its bytes: decoding and encoding 250 KB again cost ~0.6 ms of
    every check)."""
    hasher = blake2b256()
    for part in parts:
        hasher.update(part if type(part) is bytes else part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\0")
    return hasher.hexdigest()


def entry_name(kind: str, slot: str | None = None, ext: str = "json") -> str:
    """The file name of an entry: one per ``kind`` (and per ``slot``, e.g. a
    rulebook's path, when given)."""
    if slot is None:
        return f"{kind}.{ext}"
    return f"{kind}-{digest(slot)[:16]}.{ext}"


def _header(name: str, key: str, length: int) -> bytes:
    return f"zhidang-cache {FORMAT} {name} {key} {length}\n".encode("utf-8")


def _open(path: str) -> tuple[int, int, float] | None:
    """``(descriptor, size, mtime)`` of ``path`` if it is a non-empty regular file we
    own (not a symlink, a FIFO or a folder) of at most MAX_BYTES, else None."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        uid = _uid()
        if (stat.S_ISREG(info.st_mode) and (uid is None or info.st_uid == uid)
                and 0 < info.st_size <= MAX_BYTES):
            return fd, info.st_size, info.st_mtime
    except OSError:
        pass
    os.close(fd)
    return None


def _touch(path: str, fd: int, mtime: float) -> None:
    """Mark an entry just used as recent (see :func:`_prune`: oldest out), at
    most once a day: a word list rebuilt in a second must not be pruned
    after 256 newer, short-lived entries (temporary rulebooks)."""
    import time

    now = time.time()
    if now - mtime > TOUCH_AFTER_SECONDS:
        try:
            os.utime(fd if os.utime in os.supports_fd else path, (now, now))
        except OSError:
            pass


def _open_entry(name: str):
    """``(path, fd, size, mtime)`` of entry ``name`` (see :func:`_open`), or None."""
    folder = cache_dir()
    if folder is None:
        return None
    path = os.path.join(folder, name)
    opened = _open(path)
    return None if opened is None else (path, *opened)


def load(name: str, key: str) -> bytes | None:
    """The payload of entry ``name`` if it was stored under ``key``."""
    opened = _open_entry(name)
    if opened is None:
        return None
    path, fd, size, mtime = opened
    try:
        chunks = []
        while size > 0:  # a file that grows meanwhile fails the length check
            chunk = os.read(fd, size)
            if not chunk:
                break
            chunks.append(chunk)
            size -= len(chunk)
        head, newline, payload = b"".join(chunks).partition(b"\n")
        if not newline or head + newline != _header(name, key, len(payload)):
            return None
        _touch(path, fd, mtime)
    except OSError:
        return None
    finally:
        os.close(fd)
    return payload


def open_mapped(name: str, key: str):
    """``(mmap, offset)``: entry ``name`` mapped read-only, its payload from
    ``offset`` to the end, if stored under ``key`` and whole (a non-empty
    payload ending with a newline); else None."""
    opened = _open_entry(name)
    if opened is None:
        return None
    path, fd, size, mtime = opened
    try:
        head = os.read(fd, 512).partition(b"\n")[0] + b"\n"
        offset = len(head)
        if size <= offset or head != _header(name, key, size - offset):
            return None
        _touch(path, fd, mtime)
        import mmap

        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)  # the mapping keeps its own reference
    if len(mapped) != size or mapped[-1:] != b"\n":
        mapped.close()
        return None
    return mapped, offset


def store(name: str, key: str, payload: bytes) -> bool:
    """Write entry ``name`` (replacing any older one of that name), then prune
    the folder. False when caching is off or the write failed."""
    folder = cache_dir()
    if folder is None or len(payload) > MAX_BYTES:
        return False
    path = os.path.join(folder, name)
    _clear(path)
    from linter.files import write_atomically

    try:
        write_atomically(path, _header(name, key, len(payload)) + payload, keep_owner=False)
    except OSError:
        return False
    _prune(folder, name)
    return True


def _clear(path: str) -> None:
    """Remove a symlink or an empty folder where an entry is to be written (a
    link's target is never written through)."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            os.unlink(path)
        elif stat.S_ISDIR(info.st_mode):
            os.rmdir(path)
    except OSError:
        pass


def _legacy(name: str) -> bool:
    """Files of older zhidang versions: pickled rulebook trees, Lark's pickled
    grammar cache, word lists named by the dictionary's size and mtime, the
    analysed grammar as JSON (``linter/_outline_parser.py`` replaced it)."""
    if name.endswith((".pickle", ".cache")) or name == "outline-grammar.json":  # (the grammar is generated now)
        return True
    parts = name[:-4].split("-") if name.endswith(".txt") else []
    return len(parts) == 3 and parts[0] == "words" and parts[1].isdigit() and parts[2].isdigit()


def _prune(folder: str, keep: str) -> None:
    """Keep the folder within MAX_BYTES and MAX_ENTRIES, oldest entries first out."""
    import time

    now = time.time()
    entries = []
    try:
        with os.scandir(folder) as scan:
            for item in scan:
                try:
                    info = item.stat(follow_symlinks=False)
                except OSError:
                    continue
                name = item.name
                if stat.S_ISDIR(info.st_mode):
                    continue
                if (_legacy(name) or stat.S_ISLNK(info.st_mode)
                        or (name.endswith(".tmp") and now - info.st_mtime > _STALE_TEMPORARY_SECONDS)):
                    _unlink(item.path)
                elif name != keep and not name.endswith(".tmp"):
                    entries.append((info.st_mtime_ns, item.path, info.st_size))
                elif name == keep:
                    entries.append((float("inf"), item.path, info.st_size))  # never pruned
    except OSError:
        return
    entries.sort()
    total = sum(size for _, _, size in entries)
    count = len(entries)
    for when, path, size in entries:
        if (total <= MAX_BYTES and count <= MAX_ENTRIES) or when == float("inf"):
            break
        _unlink(path)
        total -= size
        count -= 1


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def memo(kind: str, slot: str | None, content: str | bytes, build, encode, decode):
    """``build()`` — a pure function of ``content`` (text, or the UTF-8 bytes
    of a text: the same key) — kept in the cache folder
    as ``encode(value)`` (bytes; may raise ValueError or TypeError for a value
    it cannot represent, which is then not cached) and loaded next time with
    ``decode(payload)``. One entry per ``kind`` and ``slot``. Without a cache
    folder, or on any failure, just ``build()``."""
    if cache_dir() is None:
        return build()
    from linter import __version__

    return _kept(entry_name(kind, slot), digest(str(FORMAT), __version__, kind, content), build, encode, decode)


def _kept(name: str, key: str, build, encode, decode, restamp: str | None = None):
    """The value of entry ``name`` stored under ``key``, else ``build()``'s,
    stored (under ``restamp`` when given: see :func:`memo_files`)."""
    payload = load(name, key)
    if payload is not None:
        try:
            value = decode(payload)
        except Exception:  # noqa: BLE001 — well-formed header, damaged payload: rebuild
            pass
        else:
            if restamp is not None:  # (keyed by its content while it was changing: by its stamp from now on)
                store(name, restamp, payload)
            return value
    value = build()
    try:
        payload = encode(value)
    except (ValueError, TypeError, RecursionError, UnicodeError):
        return value
    store(name, key if restamp is None else restamp, payload)
    return value


#: A file changed less than this many seconds before its entry is written is
#: keyed by its content, not by its stamp: a change in the same tick of the
#: file system's clock (ext4's is a few milliseconds, FAT's two seconds) would
#: leave the stamp as it was (git's "racily clean" files).
STABLE_SECONDS = 2.0


def stamp(paths) -> str | None:
    """The files at ``paths`` as ``stat`` knows them — device, inode, size,
    modification and change times in nanoseconds (the change time is the
    kernel's: a tool that restores a modification time, ``touch -d``, ``cp
    -p``, still changes it) — or None when one cannot be read or changed
    within :data:`STABLE_SECONDS`."""
    import time

    found, recent = [], time.time() - STABLE_SECONDS
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            return None
        if max(info.st_mtime, info.st_ctime) > recent:
            return None
        found.append(f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}")
    return "\0".join(found)


def memo_files(kind: str, slot: str | None, paths, read, build, encode, decode):
    """``build(read())`` — a pure function of the content of the files at
    ``paths`` (``read()`` gives it: bytes, text, or a tuple of them) — kept like
    :func:`memo` (keyed by that content) and found first by the files'
    :func:`stamp`, without reading them: hashing a 200 KB rulebook at every
    start-up was ~1 % of a one-report check. A file changed within
    :data:`STABLE_SECONDS` of the run has no stamp: its entry is keyed by its
    content, and by its stamp once a later run finds it stable."""
    if cache_dir() is None:
        return build(read())
    from linter import __version__

    name = entry_name(kind, slot)
    stamped = stamp(paths)
    fast = None if stamped is None else digest(str(FORMAT), __version__, kind, "stamp", *paths, stamped)
    if fast is not None:
        payload = load(name, fast)
        if payload is not None:
            try:
                return decode(payload)
            except Exception:  # noqa: BLE001 — well-formed header, damaged payload: rebuild
                pass
    content = read()
    key = digest(str(FORMAT), __version__, kind, *(content if type(content) is tuple else (content,)))
    return _kept(name, key, lambda: build(content), encode, decode, fast)


# Tagged JSON: what Lark's serialization holds beyond plain JSON — tuples and
# dicts keyed by ints — as one-key objects ``{"!t": [...]}`` and
# ``{"!i": [key, value, key, value, ...]}``.


def _tag(value):
    kind = type(value)
    if kind is dict:
        if all(type(k) is str for k in value):
            if "!t" in value or "!i" in value:
                raise ValueError("reserved key")
            return {k: _tag(v) for k, v in value.items()}
        if all(type(k) is int for k in value):
            flat = []
            for k, v in value.items():
                flat.append(k)
                flat.append(_tag(v))
            return {"!i": flat}
        raise TypeError("dict keys must be all str or all int")
    if kind is list:
        return [_tag(v) for v in value]
    if kind is tuple:
        return {"!t": [_tag(v) for v in value]}
    if value is None or kind in (str, int, float, bool):
        return value
    raise TypeError(f"cannot cache {kind.__name__}")


def _untag(obj: dict):
    if len(obj) == 1:
        if "!t" in obj:
            return tuple(obj["!t"])
        if "!i" in obj:
            flat = obj["!i"]
            if len(flat) % 2 or not all(type(k) is int for k in flat[::2]):
                raise ValueError("bad int-keyed dict")
            return dict(zip(flat[::2], flat[1::2]))
    return obj


def dumps(value) -> bytes:
    """``value`` — dicts (str or int keys), lists, tuples, str, int, float,
    bool, None — as tagged JSON; :func:`loads` gives back the same types."""
    return compact_json(_tag(value))


def compact_json(value) -> bytes:
    """``value`` as compact UTF-8 JSON for an entry that start-up reads: text
    as it is, but a character beyond the Basic Multilingual Plane (an emoji of
    a residue pattern) as a JSON escape. One such character made the whole
    payload decode into four bytes a character before JSON was read: the
    rulebook tree of ``common`` took 0.52 ms to load instead of 0.33."""
    import json

    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if not text.isascii() and max(text) > "\uffff":
        import re

        text = re.sub("[\U00010000-\U0010ffff]", lambda m: json.dumps(m.group())[1:-1], text)
    return text.encode("utf-8")


def loads(data: bytes):
    from linter.jsonread import loads

    return loads(data, object_hook=_untag)
