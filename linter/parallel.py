"""Checking many files at once: a process pool that keeps the input order.

The checks are pure Python, so the workers are processes, not threads. On
Linux they are forked: each inherits the loaded rulebooks, the built outline
parser and everything the parent already imported, at no cost. Where fork is
not the safe choice (Windows, macOS) they are spawned: each imports zhidang
afresh and receives the shared state pickled once, through the pool
initializer (a rulebook's word segmenter, which wraps a native tokenizer,
pickles without it and is rebuilt on first use).

Files are handed out in chunks and ``imap`` returns the results in input
order, so a run's output is the same whatever the number of jobs.

Stopping: workers ignore SIGINT (a Ctrl-C reaches the whole process group;
the parent alone decides), and whenever the parent leaves the pool — the
last result, an exception, Ctrl-C, or SIGTERM turned into an exception by
the command line — the pool is terminated: no worker outlives the run.
"""

from __future__ import annotations

import math
import os
import sys

#: Below this many files per worker a pool costs more than it saves: a batch of
#: a few files (a pre-commit hook) is checked in-process.
MIN_FILES_PER_JOB = 8
#: Files handed to a worker at a time, at most: a chunk's results come back (and are held) together.
MAX_CHUNK = 16
#: The collector's first threshold during a run (Python's default: 700).
GC_THRESHOLD = 20_000

_state: dict = {}


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers_for(total: int, jobs: int | None) -> int:
    """How many worker processes ``jobs`` means for ``total`` files (≤ 1: none)."""
    jobs = default_jobs() if not jobs else jobs
    return max(1, min(jobs, total // MIN_FILES_PER_JOB))


def start_method() -> str:
    return "fork" if sys.platform.startswith("linux") else "spawn"


def map_ordered(work, items: list, shared, jobs: int | None, progress=None, method: str | None = None):
    """Yield ``work(item, shared)`` for every item, in order, from ``jobs``
    processes (None or 0: all cores). ``work`` must be a module-level function
    (pickled by name for spawned workers); ``shared`` is inherited by forked
    workers and pickled once, through the pool initializer, for spawned ones."""
    total = len(items)
    workers = workers_for(total, jobs)
    settle_gc()
    if workers <= 1:
        outcomes = (work(item, shared) for item in items)
    else:
        method = method or start_method()
        pooled = _warm_then_pooled if method == "fork" else _pooled
        outcomes = pooled(work, items, shared, workers, method)
    for done, outcome in enumerate(outcomes, 1):
        if progress is not None:
            progress(done, total)
        yield outcome


def _warm_then_pooled(work, items, shared, workers, method):
    """The first item in this process, then the rest from the pool. What a
    first file costs beyond the next ones — imports of the rule types it
    uses, patterns restored from the regex store, the checklist's term
    tables, word boundaries — is then paid once, before the fork, and every
    forked worker inherits it instead of paying it again (and the string
    scanner of :mod:`linter.prefilter`, built from them). (Spawned workers
    import everything afresh: for them the pool takes every item.)"""
    yield work(items[0], shared)
    from linter import prefilter

    prefilter.settle()  # the string scanner, from the first document's patterns
    yield from _pooled(work, items[1:], shared, workers, method)


def _pooled(work, items, shared, workers, method):
    import multiprocessing

    context = multiprocessing.get_context(method)
    # Small chunks balance the load; more than ~8 per worker only adds overhead.
    chunksize = max(1, min(MAX_CHUNK, math.ceil(len(items) / (workers * 8))))
    # Ctrl-C or SIGTERM while the pool starts (its threads running, its clean-up not yet
    # registered) left the interpreter's exit to stop the workers while the pool's own thread
    # forked new ones in their place: a worker outlived the run, holding its output open. The
    # two signals wait until the pool is in hand, and are raised inside the ``try``.
    held = _hold_stops()
    try:
        pool = context.Pool(workers, initializer=_init, initargs=(work, shared))
    except BaseException:
        _release_stops(held)
        raise
    try:
        _release_stops(held)
        yield from pool.imap(_work, items, chunksize=chunksize)
        pool.close()
    finally:
        pool.terminate()  # after close(): the workers have finished; otherwise: stop them now
        pool.join()


def settle_gc() -> None:
    """Before the checks: what set-up built (rulebooks, the parser, imported
    modules) is frozen out of the garbage collector's reach, and collections
    come less often. A check makes many short-lived objects and almost no
    reference cycles, so the collector was re-scanning the long-lived set-up
    for nothing: 15–25% of the CPU on a batch, a third on a 50 MB file.
    Forked workers inherit the frozen set (and share its pages longer)."""
    import gc

    gc.freeze()
    if gc.get_threshold()[0] < GC_THRESHOLD:
        gc.set_threshold(GC_THRESHOLD, 20, 20)


def _hold_stops():
    """Block SIGINT and SIGTERM in this thread (and in the processes and threads it
    starts, which inherit the mask); what :func:`_release_stops` restores. None
    where signals cannot be blocked (Windows)."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def _release_stops(held) -> None:
    """Undo :func:`_hold_stops`: a signal that came meanwhile is delivered now."""
    if held is not None:
        import signal

        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _init(work, shared):
    import signal

    settle_gc()  # spawned workers (forked ones inherit it)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the parent's handler
    if hasattr(signal, "pthread_sigmask"):  # born while the parent held them (_hold_stops)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    _state.update(work=work, shared=shared)


def _work(item):
    return _state["work"](item, _state["shared"])
