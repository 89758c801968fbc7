"""The per-user cache folder (``~/.cache/zhidang``, or under ``$XDG_CACHE_HOME``).

Holds data that is slow to build and quick to load: Lark's analysed grammar,
the sorted word list of :mod:`linter.lexicon`. ``ZHIDANG_NO_CACHE=1`` turns
caching off; an unwritable folder does too.
"""

from __future__ import annotations

import os


def cache_dir() -> str | None:
    if os.environ.get("ZHIDANG_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "zhidang")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK | os.R_OK):
        return None
    return folder


def memo(kind: str, content: str, build):
    """``build()`` — a pure function of ``content`` — pickled in the cache
    folder under the hash of ``content`` and zhidang's version, and loaded
    from there next time (unpickling is far faster than, say, building a
    YAML tree with line numbers). Without a cache folder, just ``build()``."""
    folder = cache_dir()
    if folder is None:
        return build()
    import hashlib
    import pickle

    from linter import __version__

    digest = hashlib.sha1(f"{__version__}\0{content}".encode("utf-8")).hexdigest()[:24]
    path = os.path.join(folder, f"{kind}-{digest}.pickle")
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # missing, truncated or from another Python: rebuild
        pass
    value = build()
    from linter.files import write_atomically

    try:
        write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
    return value
