import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = {p.name[:3]: p for p in sorted(SEEDS.glob("*.txt"))}


def pytest_configure(config):
    """A private cache folder for the session (XDG_CACHE_HOME, in os.environ so
    that subprocesses inherit it): the many temporary rulebooks the tests
    check must not evict the user's own cache entries (nor other sessions'),
    and the tests must not depend on what is already there. Tests that need a
    folder of their own (tests/test_cache.py) still set one."""
    import tempfile

    config._zhidang_cache = tempfile.mkdtemp(prefix="zhidang-test-cache-")
    config._zhidang_old_cache = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = config._zhidang_cache
    # The word list (linter/lexicon.py) built once, in a subprocess, as a user's
    # first run builds it: built inside the test process instead, its ~100 MB
    # peak would stay in the process, and every subprocess forked from it
    # inherits that peak in its ru_maxrss (tests/test_hostile_inputs.py bounds it).
    subprocess.run([sys.executable, "-c", "from linter import lexicon; lexicon.lexicon()"],
                   cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True)


def pytest_unconfigure(config):
    import shutil

    folder = getattr(config, "_zhidang_cache", None)
    if folder is None:
        return
    shutil.rmtree(folder, ignore_errors=True)
    # Nothing more is written (the word boundaries remembered in this process are written at
    # exit, linter/segment.py): not into the folder just removed, nor into the user's.
    os.environ["ZHIDANG_NO_CACHE"] = "1"
    if config._zhidang_old_cache is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = config._zhidang_old_cache


@pytest.fixture(scope="session")
def rulebook():
    from linter import rulebook

    return rulebook.load()


@pytest.fixture(scope="session")
def seed_results(rulebook):
    """Results of checking every seed once, keyed by seed number ("000" …)."""
    from linter.runner import check_paths

    run = check_paths([str(p) for p in SEED.values()], rulebook)
    assert not run.errors
    return {Path(r.path).name[:3]: r for r in run.files}


def run_zhidang(*args, cwd=None, input_bytes=None):
    """Run zhidang as a real subprocess (python -m linter)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-m", "linter", *args],
        cwd=cwd or ROOT,
        env=env,
        input=input_bytes,
        capture_output=True,
    )
