"""``--format json``: the contract of design.md, one object for the whole run.

Streamed: each file's object is written as soon as the file is checked; the
bytes are exactly those of ``json.dumps(run.to_dict(), ensure_ascii=False,
indent=2)``.
"""

from __future__ import annotations

import json as _json

from linter.reporters import base


def _dumps(value, level: int) -> str:
    text = _json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * level)


class Reporter(base.Reporter):
    def __init__(self, context):
        super().__init__(context)
        self.count = 0
        self.errors = []

    def begin(self) -> str:
        return '{\n  "version": 1,\n  "files": ['

    def file(self, result) -> str:
        separator = "," if self.count else ""
        self.count += 1
        return f"{separator}\n    {_dumps(result.to_dict(), 2)}"

    def error(self, error) -> str:
        self.errors.append(error.to_dict())
        return ""

    def end(self, totals) -> str:
        close = "\n  ]" if self.count else "]"
        return f'{close},\n  "errors": {_dumps(self.errors, 1)}\n}}\n'
