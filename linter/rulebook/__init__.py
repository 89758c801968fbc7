"""Rulebooks: YAML files listing checklist ``elements`` and ``rules``.

A rule names a rule *type* (a module in :mod:`linter.checks`) and gives its
options. Reading one is three steps, one module each:

* :mod:`linter.yamlfile` — safe YAML with the line of every key and item;
* :mod:`.merge` — ``extends`` / ``disable`` / ``order`` / ``key+`` resolved
  into one tree;
* :mod:`.validate` — every entry checked, patterns compiled, the
  :class:`Rulebook` built.

:mod:`.locate` finds a rulebook by name or path; :mod:`.model` is what a
validated rulebook is.
"""

from __future__ import annotations

import os

from linter.errors import RulebookError
from linter.files import display_path
from linter.rulebook.locate import DEFAULT_RULEBOOK, builtin_dir, builtin_folder, builtin_names, is_builtin, resolve
from linter.rulebook.model import Detect, Examples, Rule, Rulebook, missing_id

__all__ = ["DEFAULT_RULEBOOK", "Detect", "Examples", "Rule", "Rulebook", "RulebookError", "builtin_dir",
           "builtin_folder", "builtin_names", "load", "load_path", "loads", "missing_id", "resolve"]


def load(name_or_path: str | None = None, strict: bool = False) -> Rulebook:
    """Load, merge (``extends``) and validate a rulebook by name or path
    (``strict``: a built-in one's shape checked too, see :func:`.validate.build`)."""
    return load_path(resolve(name_or_path), strict)


def load_path(path, strict: bool = False) -> Rulebook:
    from linter.rulebook import merge, validate

    return validate.build(merge.load_tree(path), display_path(path), trusted=is_builtin(path), strict=strict)


def loads(text: str, path: str = "<rulebook>") -> Rulebook:
    """Validate a rulebook given as text (``extends`` resolved from the cwd)."""
    from linter.rulebook import merge, validate

    tree = merge.merged(merge.parse(text, path), path, os.getcwd(), ())
    return validate.build(tree, path, trusted=False)
