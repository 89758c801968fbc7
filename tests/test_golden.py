"""The whole JSON of `zhidang check --format json seeds/`, byte for byte.

Speed work (the regex store, windowed patterns, cheaper findings …) must not
change a single finding, place, message or checklist line: this is the check.
When a change is *meant* to alter the output, regenerate the copy and review
its diff like code:

    python -m linter check --format json seeds/ > tests/golden/seeds-check.json
"""

import os
import subprocess
import sys

from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "seeds-check.json"


def _check_json() -> bytes:
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    result = subprocess.run([sys.executable, "-m", "linter", "check", "--format", "json", "seeds/"],
                            cwd=ROOT, env=env, capture_output=True)
    assert result.returncode == 1, result.stderr.decode()  # findings
    return result.stdout


def test_seeds_json_is_byte_identical_to_the_golden_copy():
    assert _check_json() == GOLDEN.read_bytes()

