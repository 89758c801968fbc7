"""Where rulebooks are: the built-in folder, and a name or path given by the user."""

from __future__ import annotations

import os

from linter.errors import RulebookError
from linter.files import display_path

DEFAULT_RULEBOOK = "qmcz-annual-report"

_folder: str | None = None


def builtin_folder() -> str:
    """The folder of built-in rulebooks (absolute, symbolic links resolved):
    ``linter/rules`` inside an installed wheel, the top-level ``rules/`` in a
    source checkout. A check works with ``str`` paths: pathlib and what it
    imports (urllib.parse, ipaddress) cost ~4% of a one-report check."""
    global _folder
    if _folder is None:
        here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
        for candidate in (os.path.join(here, "rules"), os.path.join(os.path.dirname(here), "rules")):
            if os.path.isdir(candidate):
                _folder = os.path.realpath(candidate)
                break
        else:
            raise RulebookError("找不到内置规则库目录 rules/（安装不完整？）")
    return _folder


def builtin_dir():
    """:func:`builtin_folder` as a :class:`pathlib.Path`."""
    from pathlib import Path

    return Path(builtin_folder())


def builtin_names() -> list[str]:
    return sorted(name[:-5] for name in os.listdir(builtin_folder()) if name.endswith(".yaml"))


def is_builtin(path) -> bool:
    return os.path.dirname(os.path.realpath(path)) == builtin_folder()


def resolve(name_or_path: str | None, base=None) -> str:
    """A rulebook argument: a path to a YAML file (relative to ``base`` when
    given), or the name of a built-in rulebook."""
    if not name_or_path:
        name_or_path = DEFAULT_RULEBOOK
    path = os.fspath(name_or_path)
    if os.path.splitext(path)[1].lower() in (".yaml", ".yml") or os.sep in path or "/" in path:
        if base is not None and not os.path.isabs(path):
            path = os.path.join(base, path)
        if not os.path.isfile(path):
            raise RulebookError("规则库文件不存在", display_path(path))
        return path
    candidate = os.path.join(builtin_folder(), f"{path}.yaml")
    if not os.path.isfile(candidate):
        known = "、".join(builtin_names())
        raise RulebookError(f"未知的规则库“{name_or_path}”（内置规则库：{known}）")
    return candidate
