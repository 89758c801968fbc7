"""A progress bar for long batches: on stderr, only when it is a terminal.

Used as ``check_paths(..., progress=Progress())``: it is called with
``(done, total)`` after each file. A batch smaller than :data:`MIN_FILES`
(a pre-commit run) or a stderr that is not a terminal (CI logs, pipes) gets
no bar at all.
"""

from __future__ import annotations

import sys

#: Batches smaller than this finish too fast for a bar to help.
MIN_FILES = 40


class Progress:
    def __init__(self, stream=None, min_files: int = MIN_FILES, total: int | None = None):
        self.stream = stream if stream is not None else sys.stderr
        self.min_files = min_files
        self.total = total
        self.bar = None
        self.decided = False

    @property
    def shows(self) -> bool:
        """Will a bar be drawn for ``total`` files?"""
        isatty = getattr(self.stream, "isatty", None)
        return self.total is not None and self.total >= self.min_files and isatty is not None and isatty()

    def __enter__(self):
        return self

    def __call__(self, done: int, total: int) -> None:
        if not self.decided:
            self.decided = True
            isatty = getattr(self.stream, "isatty", None)
            if total >= self.min_files and isatty is not None and isatty():
                import click

                self.bar = click.progressbar(length=total, label="正在检查", file=self.stream,
                                             show_pos=True, show_eta=False)
                self.bar.__enter__()
        if self.bar is not None:
            self.bar.update(1)

    def __exit__(self, *exc_info):
        if self.bar is not None:
            self.bar.__exit__(*exc_info)
            self.bar = None
