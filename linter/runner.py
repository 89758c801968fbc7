"""A run: every input of a :class:`~linter.settings.Plan`, in order, through one work function.

``zhidang check`` (``engine.check_file``), ``--fix`` and ``--diff``
(``fix.fix_file``) and ``zhidang report`` all go through :func:`outcomes`:
the same ordered pool (``-j``), the same handling of standard input (read
and checked in this process, at its place in the order) and of inputs that
cannot be read.
"""

from __future__ import annotations

from linter import parallel, sources
from linter.engine import check_file
from linter.results import FileError, RunResult


def outcomes(plan, job, *, jobs: int | None = 1, progress=None, work=check_file):
    """Yield a :class:`FileResult` (or a :class:`FileError`) for each input of
    ``plan``, in input order, as soon as it and every one before it is done."""
    pooled = [item for item in plan.items if not isinstance(item, FileError) and item[0] != sources.STDIN]
    mapped = parallel.map_ordered(work, pooled, job, jobs, progress)
    try:
        for item in plan.items:
            if isinstance(item, FileError):
                yield item
            elif item[0] == sources.STDIN:
                yield work(item, job)
            else:
                yield next(mapped)
    finally:
        mapped.close()


def collect(plan, job, **options) -> RunResult:
    """Every outcome of :func:`outcomes`, held in a :class:`RunResult`."""
    run = RunResult()
    for outcome in outcomes(plan, job, **options):
        run.add(outcome)
    return run


def check_paths(paths, rulebook=None, **options) -> RunResult:
    """Check ``paths`` with ``rulebook`` (a Rulebook, a name, a path or
    ``auto``; default: the default rulebook) and no project configuration:
    a convenience for tests and scripts. ``options``: ``jobs``, ``progress``
    and :class:`~linter.engine.Job` keywords."""
    from linter import settings
    from linter.engine import Job

    name = rulebook if isinstance(rulebook, str) or rulebook is None else None
    plan = settings.resolve(paths, settings.Options(rulebook=name, no_config=True))
    if name is None and rulebook is not None:
        for entry in plan.settings:
            entry.rulebook = rulebook
        plan.books = {rulebook.id: rulebook}
        plan.default = rulebook
    run_options = {key: options.pop(key) for key in ("jobs", "progress", "work") if key in options}
    return collect(plan, Job(plan.settings, **options), **run_options)
