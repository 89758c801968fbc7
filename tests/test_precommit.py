"""The pre-commit hook, run for real: ``pre-commit try-repo`` against this
repository from a temporary git repository of report drafts.

try-repo clones this repository (with its uncommitted changes to tracked
files, and staged files), builds the hook's virtualenv and pip-installs
zhidang into it from PyPI: each run costs a few seconds with a warm pip cache.
"""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SEED

DRAFT = "一、政治建设\n全年开展警示教育**次。\n"


def _git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)


def _environment(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NO_COLOR="1", TERM="dumb")
    env.pop("PYTHONPATH", None)
    return env


@pytest.fixture
def drafts_repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if _git("rev-parse", "--is-inside-work-tree", cwd=ROOT).returncode != 0:
        pytest.skip("this checkout is not a git repository: pre-commit try-repo needs one")
    untracked = _git("ls-files", "--others", "--exclude-standard", "--", ".pre-commit-hooks.yaml",
                     "pyproject.toml", "linter", "rules", cwd=ROOT).stdout.split()
    if untracked:
        pytest.fail(f"try-repo sees only tracked files: `git add` {' '.join(untracked)}")
    repo = tmp_path / "reports"
    repo.mkdir()
    assert _git("init", "-q", ".", cwd=repo).returncode == 0
    return repo


def try_repo(repo, tmp_path, *files):
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "zhidang", "--color", "never",
         "--files", *files],
        cwd=repo, env=_environment(tmp_path), capture_output=True, text=True, timeout=900,
    )
    return proc.returncode, proc.stdout + proc.stderr


def test_hook_rejects_a_draft_with_a_placeholder(drafts_repo, tmp_path):
    (drafts_repo / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (drafts_repo / "notes.csv").write_text("not,a,report\n", encoding="utf-8")  # not matched by `files`
    code, output = try_repo(drafts_repo, tmp_path, "draft.txt", "notes.csv")
    assert code == 1, output
    assert "Failed" in output and "- hook id: zhidang" in output
    assert "draft.txt:2:9: error placeholder 占位符“**”未替换为具体内容" in output
    assert "notes.csv" not in output.split("hook id: zhidang", 1)[1]


def test_hook_passes_a_clean_report(drafts_repo, tmp_path):
    shutil.copy(SEED["000"], drafts_repo / "2024年报告.txt")
    code, output = try_repo(drafts_repo, tmp_path, "2024年报告.txt")
    assert code == 0, output
    assert "Passed" in output


def test_hook_checks_a_docx_draft(drafts_repo, tmp_path):
    import docx  # python-docx (a test dependency) writes the draft

    document = docx.Document()
    for paragraph in DRAFT.splitlines():
        document.add_paragraph(paragraph)
    document.save(drafts_repo / "draft.docx")
    code, output = try_repo(drafts_repo, tmp_path, "draft.docx")
    assert code == 1, output
    assert "draft.docx" in output and "error placeholder 占位符“**”未替换为具体内容" in output


def test_manifest_and_documented_config_are_valid(tmp_path):
    import re

    import yaml

    def pre_commit(*args):
        return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=ROOT,
                              env=_environment(tmp_path), capture_output=True, text=True)

    proc = pre_commit("validate-manifest", ".pre-commit-hooks.yaml")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["language"], hook["entry"]) == ("zhidang", "python", "zhidang check")
    files = re.compile(hook["files"])
    assert all(files.search(name) for name in ("a.txt", "报告/b.md", "c.docx"))
    assert not any(files.search(name) for name in ("a.csv", "b.doc", "c.docx.bak"))
    for doc in ("README.md", "docs/guide.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        snippet = re.search(r"```yaml\n(repos:\n.*?)```", text, re.S).group(1)
        config = tmp_path / "config.yaml"
        config.write_text(snippet, encoding="utf-8")
        proc = pre_commit("validate-config", str(config))
        assert proc.returncode == 0, (doc, proc.stdout + proc.stderr)
        assert yaml.safe_load(snippet)["repos"][0]["hooks"][0]["id"] == hook["id"]
