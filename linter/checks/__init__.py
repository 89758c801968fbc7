"""Rule types. Each is one small module with ``TYPE``, ``OPTIONS`` and ``check``.

``check(rule, doc, report)`` yields findings made with ``report(start, end,
**fields)`` (offsets into the document text; ``start`` None for a finding
about the whole file; ``fix=`` a :class:`~linter.results.Fix` over the same
span). A module's ``FIELDS`` are the extra ``{placeholders}`` its messages may
use, filled by the ``fields`` it passes to ``report``; an optional
``describe(rule)`` adds Markdown lines to the rule reference. The module
docstring is the rule type's documentation. A rulebook entry names its type
with ``type:``.
"""

import sys

from collections.abc import Mapping

#: rule type name → module of linter/checks/. ``element`` (``CHECKLIST = True``)
#: is the type of a rulebook's ``elements:``; the others are types for
#: ``rules:``. A module's ``FIXES`` says whether its findings may carry a fix.
#: A module is imported when a rulebook first uses its type (start-up time).
MODULES = {
    "element": "element",
    "pattern": "pattern",
    "substitution": "substitution",
    "numbering": "numbering",
    "uniform-figures": "uniform_figures",
    "totals": "totals",
    "brackets": "brackets",
    "doubled-char": "doubled_char",
    "year": "year",
    "template-text": "template_text",
    "shared-text": "shared_text",
    "archive-text": "archive_text",
    "layout": "layout",
    "line-breaks": "line_breaks",
    "thin-problems": "thin_problems",
    "rectification": "rectification",
    "problems-answered": "problems_answered",
    "responsibility-chain": "responsibility_chain",
    "document-form": "document_form",
    "duty-mismatch": "duty_mismatch",
}


class _Types(Mapping):
    """rule type name → its module, imported on first look-up."""

    def __init__(self, modules: dict[str, str]):
        self._modules = modules
        self._loaded: dict = {}

    def __getitem__(self, name):
        module = self._loaded.get(name)
        if module is None:
            qualified = f"linter.checks.{self._modules[name]}"  # KeyError: no such type
            __import__(qualified)
            module = self._loaded[name] = sys.modules[qualified]
        return module

    def __contains__(self, name):
        return name in self._modules

    def __iter__(self):
        return iter(self._modules)

    def __len__(self):
        return len(self._modules)


TYPES = _Types(MODULES)
