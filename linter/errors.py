"""Errors a user can act on. The CLI prints them as one line and exits 2."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input: a file, an option or a rulebook.

    ``str(error)`` is the one-line message shown to the user (in Chinese),
    already naming the file (and line, for rulebooks) where there is one.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return where + self.message


class SourceError(UserError):
    """A file that cannot be read as a report."""


class RulebookError(UserError):
    """An invalid rulebook: bad YAML, unknown rule type, missing field, bad regex."""
