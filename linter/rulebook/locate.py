"""Where rulebooks are: the built-in folder, and a name or path given by the user."""

from __future__ import annotations

import os
from pathlib import Path

from linter.errors import RulebookError
from linter.files import display_path

DEFAULT_RULEBOOK = "qmcz-annual-report"


def builtin_dir() -> Path:
    """The folder of built-in rulebooks: ``linter/rules`` inside an installed
    wheel, the top-level ``rules/`` in a source checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RulebookError("找不到内置规则库目录 rules/（安装不完整？）")


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


def is_builtin(path: Path) -> bool:
    return path.resolve().parent == builtin_dir().resolve()


def resolve(name_or_path: str | None, base: Path | None = None) -> Path:
    """A rulebook argument: a path to a YAML file (relative to ``base`` when
    given), or the name of a built-in rulebook."""
    if not name_or_path:
        name_or_path = DEFAULT_RULEBOOK
    path = Path(name_or_path)
    if path.suffix.lower() in (".yaml", ".yml") or os.sep in name_or_path or "/" in name_or_path:
        if base is not None and not path.is_absolute():
            path = base / path
        if not path.is_file():
            raise RulebookError("规则库文件不存在", display_path(path))
        return path
    candidate = builtin_dir() / f"{name_or_path}.yaml"
    if not candidate.is_file():
        known = "、".join(builtin_names())
        raise RulebookError(f"未知的规则库“{name_or_path}”（内置规则库：{known}）")
    return candidate
