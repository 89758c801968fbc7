"""The committed docs stay true to the code."""

import re

from click.testing import CliRunner

from conftest import ROOT
from linter.cli import cli


def test_rule_reference_is_up_to_date():
    generated = CliRunner().invoke(cli, ["rules", "reference"]).output
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == generated, "docs/rules.md is stale: run `zhidang rules reference > docs/rules.md`"


def test_readme_example_output_is_real(monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"`zhidang check (seeds/\S+)` 的真实输出", readme)
    block = re.search(r"的真实输出：\n\n```text\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["check", command.group(1)])
    assert result.output == block


def test_readme_gives_the_two_fresh_machine_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install . && zhidang check seeds/" in readme
    assert 'pip install ".[test]" && python -m pytest' in readme
    assert 'pip install ".[test]"' in ci and "python -m pytest" in ci
