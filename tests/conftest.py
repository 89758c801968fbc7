import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = {p.name[:3]: p for p in sorted(SEEDS.glob("*.txt"))}


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
