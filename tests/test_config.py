"""Project configuration: discovery, select/ignore, per-file-ignores, a local
rulebook extending the built-in one, CLI overrides, and bad configuration."""

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED, run_zhidang
from linter.cli import cli

DRAFT = "一、政治建设\n全年开展警示教育**次。\n|\n"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def rules_found(*args):
    result = invoke("check", "-f", "json", *args)
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    return [sorted({f["rule"] for f in file["findings"]}) for file in data["files"]]


# -- discovery -----------------------------------------------------------------

def test_pyproject_found_by_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", """
        [project]
        name = "reports"

        [tool.zhidang]
        ignore = ["placeholder"]
    """)
    draft = write(tmp_path / "2024" / "办公室" / "draft.txt", DRAFT)
    assert "placeholder" not in rules_found(draft)[0]
    assert "residue-line" in rules_found(draft)[0]


def test_nearest_config_wins_and_yaml_before_toml(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.zhidang]\nignore = ["placeholder"]\n')
    outer = write(tmp_path / "outer.txt", DRAFT)
    inner = write(tmp_path / "sub" / "inner.txt", DRAFT)
    write(tmp_path / "sub" / ".zhidang.yaml", "ignore: [residue-line]\n")
    write(tmp_path / "sub" / "pyproject.toml", '[tool.zhidang]\nignore = ["missing-problems"]\n')
    outer_rules, inner_rules = rules_found(outer, inner)
    assert "placeholder" not in outer_rules and "residue-line" in outer_rules
    # the inner folder's .zhidang.yaml wins over its pyproject.toml and the outer config
    assert "residue-line" not in inner_rules
    assert "placeholder" in inner_rules and "missing-problems" in inner_rules


def test_pyproject_without_tool_zhidang_is_passed_over(tmp_path):
    write(tmp_path / ".zhidang.yaml", "ignore: [placeholder]\n")
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    draft = write(tmp_path / "sub" / "draft.txt", DRAFT)
    assert "placeholder" not in rules_found(draft)[0]


def test_no_config_and_explicit_config(tmp_path):
    write(tmp_path / ".zhidang.yaml", "ignore: [placeholder]\n")
    other = write(tmp_path / "elsewhere" / "strict.yaml", "ignore: [residue-line]\n")
    draft = write(tmp_path / "draft.txt", DRAFT)
    assert "placeholder" in rules_found("--no-config", draft)[0]
    explicit = rules_found("--config", other, draft)[0]
    assert "placeholder" in explicit and "residue-line" not in explicit


# -- select / ignore / per-file-ignores --------------------------------------

def test_select_and_ignore(tmp_path):
    write(tmp_path / ".zhidang.yaml", """
        select: [placeholder, residue-line, political]   # an element id means its missing- rule
        ignore: [residue-line]
    """)
    draft = write(tmp_path / "draft.txt", "全年开展**次。\n|\n")
    assert rules_found(draft) == [["missing-political", "placeholder"]]


def test_per_file_ignores_by_glob(tmp_path):
    write(tmp_path / "pyproject.toml", """
        [tool.zhidang.per-file-ignores]
        "历年报告/**" = ["placeholder", "missing-problems"]
        "*.md" = ["residue-line"]
    """)
    old = write(tmp_path / "历年报告" / "2019" / "old.txt", DRAFT)
    new = write(tmp_path / "2024" / "new.txt", DRAFT)
    md = write(tmp_path / "2024" / "notes.md", DRAFT)
    old_rules, new_rules, md_rules = rules_found(old, new, md)
    assert "placeholder" not in old_rules and "missing-problems" not in old_rules
    assert "residue-line" in old_rules
    assert {"placeholder", "missing-problems", "residue-line"} <= set(new_rules)
    assert "residue-line" not in md_rules and "placeholder" in md_rules


def test_cli_overrides_the_file(tmp_path):
    write(tmp_path / ".zhidang.yaml", "select: [placeholder]\nignore: [residue]\nfail-on: warning\n")
    draft = write(tmp_path / "draft.txt", DRAFT)
    assert rules_found(draft) == [["placeholder"]]
    assert rules_found("--select", "residue-line", draft) == [["residue-line"]]
    assert rules_found("--ignore", "placeholder", draft) == [[]]
    warning_only = write(tmp_path / "w.txt", "一、政治建设\n|\n")
    assert invoke("check", "--select", "residue-line", warning_only).exit_code == 1  # fail-on: warning
    assert invoke("check", "--select", "residue-line", "--fail-on", "error", warning_only).exit_code == 0


# -- a local rulebook extending the built-in one --------------------------------

def test_local_rulebook_extends_builtin(tmp_path):
    write(tmp_path / "规则" / "本单位.yaml", """
        extends: qmcz-annual-report
        id: my-unit
        title: 本单位全面从严治党报告
        disable: [residue-line]
        elements:
          - id: problems
            severity: warning
          - id: conduct
            keywords+: [转变工作作风]
          - id: rural
            title: 乡村振兴
            description: 本单位必须写的乡村振兴部分。
            keywords: [乡村振兴]
            examples:
              pass: [七、助力乡村振兴]
              fail: [七、其他工作]
        rules:
          - id: placeholder
            severity: info
          - id: pending-data
            type: pattern
            severity: warning
            message: 待更新的数据“{match}”
            description: 标注为待更新的数据（（待核实）已由内置的 residue-note 报告）。
            patterns: [待更新]
            examples:
              fail: [共100人（待更新）]
              pass: [共100人]
    """)
    write(tmp_path / "pyproject.toml", '[tool.zhidang]\nrulebook = "规则/本单位.yaml"\n')
    draft = write(tmp_path / "draft.txt",
                  "一、政治建设\n二、转变工作作风\n全年开展**次，共100人（待更新）。\n|\n")
    result = invoke("check", "-f", "json", draft)
    data = json.loads(result.stdout)["files"][0]
    assert data["rulebook"] == "my-unit"
    severities = {f["rule"]: f["severity"] for f in data["findings"]}
    assert severities["placeholder"] == "info"
    assert severities["missing-problems"] == "warning"
    assert severities["missing-rural"] == "error"
    assert severities["pending-data"] == "warning"
    assert "residue-line" not in severities
    assert "missing-conduct" not in severities  # keywords+ added 转变工作作风
    text = invoke("check", draft).stdout
    assert "检查清单（本单位全面从严治党报告）" in text
    # the --rulebook flag overrides the file
    assert json.loads(invoke("check", "-f", "json", "-r", "qmcz-annual-report", draft).stdout)[
        "files"][0]["rulebook"] == "qmcz-annual-report"


def test_rule_ids_are_checked_against_the_configured_rulebook(tmp_path):
    write(tmp_path / "mine.yaml", """
        extends: qmcz-annual-report
        id: mine
        title: t
        rules:
          - id: pending-data
            type: pattern
            message: 待核实“{match}”
            severity: warning
            description: d
            patterns: [待核实]
            examples: {fail: [待核实], pass: [已核实]}
    """)
    write(tmp_path / ".zhidang.yaml", "rulebook: mine.yaml\nignore: [pending-data]\n")
    draft = write(tmp_path / "draft.txt", "待核实\n")
    assert "pending-data" not in rules_found(draft)[0]
    result = invoke("check", "--rulebook", "qmcz-annual-report", draft)
    assert result.exit_code == 2 and "ignore 中的规则“pending-data”不存在" in result.output


# -- bad configuration: one line naming the file, exit 2 --------------------------

BAD = [
    ("pyproject.toml", '[tool.zhidang]\nselect = ["placeholder"\n', r"pyproject.toml:2: TOML 语法错误：Unclosed array$"),
    ("pyproject.toml", '[tool.zhidang]\nfail-on = warning\nignore = []\n', r"pyproject.toml:2: TOML 语法错误：Invalid value$"),
    (".zhidang.yaml", "ignore: [placeholder\n", r"\.zhidang\.yaml:\d+: YAML 语法错误"),
    ("pyproject.toml", '[tool.zhidang]\nrulebook = "qmcz-annual-report"\nfail_on = "warning"\n',
     "pyproject.toml:3: 配置中有未知的键“fail_on”"),
    (".zhidang.yaml", "ignore: [placeholder]\nselekt: [residue]\n", r"\.zhidang\.yaml:2: 配置中有未知的键“selekt”"),
    ("pyproject.toml", '[tool.zhidang]\nignore = [\n  "placeholder",\n  "no-such-rule",\n]\n',
     "pyproject.toml:4: ignore 中的规则“no-such-rule”不存在"),
    (".zhidang.yaml", "per-file-ignores:\n  '*.md':\n    - placeholder\n    - nope\n",
     r"\.zhidang\.yaml:4: per-file-ignores 中的规则“nope”不存在"),
    (".zhidang.yaml", "fail-on: fatal\n", r"\.zhidang\.yaml:1: fail-on 必须是 error、warning 或 info"),
    (".zhidang.yaml", "rulebook: missing.yaml\n", r"\.zhidang\.yaml:1: rulebook 无效：.*missing\.yaml: 规则库文件不存在"),
]


def the_error_line(tmp_path) -> str:
    """Check a draft in tmp_path as a real process: exit 2, nothing on stdout,
    one line on stderr, which is returned."""
    draft = write(tmp_path / "draft.txt", DRAFT)
    proc = run_zhidang("check", str(draft), cwd=tmp_path)
    err = proc.stderr.decode("utf-8").splitlines()
    assert proc.returncode == 2 and proc.stdout == b"", proc
    assert len(err) == 1 and err[0].startswith("zhidang: 错误："), err
    return err[0]


@pytest.mark.parametrize("name,text,expected", BAD, ids=[
    "bad-toml-end", "bad-toml", "bad-yaml", "unknown-key-toml", "unknown-key-yaml", "unknown-rule-toml",
    "unknown-rule-per-file", "bad-fail-on", "missing-rulebook"])
def test_bad_config_is_one_line_exit_2(tmp_path, name, text, expected):
    import re

    write(tmp_path / name, text)
    line = the_error_line(tmp_path)
    assert re.search(expected, line), line


def test_rulebook_extending_a_missing_rulebook(tmp_path):
    write(tmp_path / "mine.yaml", "extends: qmcz-annual-reprot\nid: mine\ntitle: t\n")
    write(tmp_path / ".zhidang.yaml", "rulebook: mine.yaml\n")
    assert the_error_line(tmp_path).startswith(
        "zhidang: 错误：mine.yaml:1: extends 的规则库无效：未知的规则库“qmcz-annual-reprot”")


def test_circular_extends(tmp_path):
    write(tmp_path / "a.yaml", "extends: b.yaml\nid: a\ntitle: a\n")
    write(tmp_path / "b.yaml", "extends: a.yaml\nid: b\ntitle: b\n")
    write(tmp_path / "pyproject.toml", '[tool.zhidang]\nrulebook = "a.yaml"\n')
    line = the_error_line(tmp_path)
    assert "循环继承" in line and ".yaml:1:" in line


def test_unknown_ids_on_the_command_line():
    result = invoke("check", "--ignore", "placeholder,nope", SEED["000"])
    assert result.exit_code == 2 and "--ignore 中的规则“nope”不存在" in result.output


@pytest.mark.parametrize("glob, path, expected", [
    ("历年报告/**", "历年报告/2023/a.txt", True),
    ("历年报告/**", "历年报告", False),
    ("**/草稿*.md", "a/b/草稿1.md", True),
    ("**/草稿*.md", "草稿1.md", True),
    ("*.txt", "a/b.txt", False),
    ("a/*/c.txt", "a/b/c.txt", True),
    ("a/*/c.txt", "a/b/x/c.txt", False),
    ("a/**/c.txt", "a/b/x/c.txt", True),
    ("a/**/c.txt", "a/c.txt", True),
    ("报告?.txt", "报告1.txt", True),
])
def test_per_file_ignore_globs(glob, path, expected):
    from linter.config import glob_matches

    assert glob_matches(glob, path) is expected


def test_a_hostile_glob_cannot_hang_the_run():
    """A regular expression of `*a*a*a*a*a*a*b` backtracks exponentially (9 s on a
    60-character name); the part-by-part matcher is polynomial."""
    import time

    from linter.config import glob_matches

    started = time.process_time()
    assert not glob_matches("*a*a*a*a*a*a*a*a*a*a*b", "a" * 200)
    assert not glob_matches("/".join(["**"] * 30 + ["x"]), "/".join(["a"] * 200))
    assert time.process_time() - started < 1.0


# --- zhidang rules list / explain / test follow the project's rulebook ---------------------------


def _rules(cwd, *args):
    result = run_zhidang("rules", *args, cwd=cwd)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def test_rules_commands_show_the_rulebook_the_project_configures(tmp_path):
    (tmp_path / ".zhidang.yaml").write_text("rulebook: speech\n", encoding="utf-8")
    sub = tmp_path / "各单位"
    sub.mkdir()
    status, out, _ = _rules(sub, "list")  # found from a folder below, as check finds it for a file there
    assert status == 0 and out.startswith("规则库 speech：")
    status, out, _ = _rules(tmp_path, "explain", "salutation")
    assert status == 0 and out.startswith("salutation（")
    status, out, _ = _rules(tmp_path, "test")
    assert status == 0 and out.strip().splitlines()[-1].startswith("speech: ")
    # --rulebook wins; --no-config ignores the file
    assert _rules(tmp_path, "list", "-r", "work-summary")[1].startswith("规则库 work-summary：")
    assert _rules(tmp_path, "list", "--no-config")[1].startswith("规则库 qmcz-annual-report：")
    # the same file named with --config from elsewhere
    other = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    other.mkdir()
    assert _rules(other, "list", "--config", str(tmp_path / ".zhidang.yaml"))[1].startswith("规则库 speech：")


def test_rules_commands_report_a_bad_configured_rulebook_with_its_line(tmp_path):
    (tmp_path / ".zhidang.yaml").write_text("fail-on: error\nrulebook: 不存在.yaml\n", encoding="utf-8")
    status, out, err = _rules(tmp_path, "list")
    assert status == 2 and out == ""
    assert err.startswith("zhidang: 错误：.zhidang.yaml:2: rulebook 无效：") and "Traceback" not in err


def test_rules_commands_under_an_auto_configuration_show_the_default_and_say_so(tmp_path):
    (tmp_path / ".zhidang.yaml").write_text("rulebook: auto\n", encoding="utf-8")
    status, out, err = _rules(tmp_path, "list")
    assert status == 0 and out.startswith("规则库 qmcz-annual-report：")
    assert "auto" in err and "--rulebook" in err
