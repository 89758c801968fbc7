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
