"""The wheel carries the rulebooks and the grammar, and runs from anywhere."""

import json
import os
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    # hatchling comes with the test extras, so no build environment is fetched.
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    (path,) = out.glob("zhidang-*.whl")
    return path


def test_wheel_contents(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "linter/rules/qmcz-annual-report.yaml" in names
    assert "linter/outline.lark" in names
    assert "linter/checks/pattern.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "zhidang = linter.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_runs_from_another_directory(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    env = dict(os.environ, PYTHONPATH=str(target))
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from linter.cli import main; sys.argv[0] = 'zhidang'; main()",
         "check", "--format", "json", str(ROOT / "seeds")],
        cwd=workdir, env=env, capture_output=True,
    )
    assert proc.returncode == 1, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert len(data["files"]) == 5
    assert str(target) in subprocess.run(
        [sys.executable, "-c", "import linter.rulebook as r; print(r.builtin_dir())"],
        cwd=workdir, env=env, capture_output=True, text=True,
    ).stdout
