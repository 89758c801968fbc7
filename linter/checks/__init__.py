"""Rule types. Each is one small module with ``TYPE``, ``OPTIONS`` and ``check``.

``check(rule, doc, report)`` yields findings made with ``report(start, end,
**fields)`` (offsets into the document text); the module docstring is the
rule type's documentation. A rulebook entry names its type with ``type:``.
"""

from linter.checks import pattern

#: rule type name → module
TYPES = {module.TYPE: module for module in (pattern,)}
