"""The zhidang command line: in-process (CliRunner) and as a real subprocess."""

import json

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED, run_zhidang
from linter.cli import cli


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_check_text_output_on_seed_003():
    result = invoke("check", SEED["003"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    # 133 placeholders: one line, the first places listed
    grouped = f"{SEED['003']}:1:10: error placeholder 全文有133处占位符（**）未替换为具体内容，请逐一填写（共133处：1:10、1:141、"
    assert sum(line.startswith(grouped) for line in lines) == 1
    assert f"{SEED['003']}: error missing-problems 未找到“存在问题”部分，请补写：对照主体责任查摆的问题和不足，写具体、不空泛" in lines
    assert "  ✗ 存在问题 缺失" in lines
    assert "  ✔ 下一步打算（第20行）" in lines
    assert lines[-1].startswith("共检查 1 个文件，发现 ")
    assert "\x1b[" not in result.output  # no colour when not a terminal


def test_clean_seed_exits_zero():
    result = invoke("check", SEED["000"])
    assert result.exit_code == 0, result.output
    assert result.output.count("✔") == 11  # the contract's eight and issue 11's three


def test_json_contract():
    result = invoke("check", "--format", "json", SEED["003"], SEED["000"])
    data = json.loads(result.output)
    assert data["version"] == 1 and data["errors"] == []
    assert [f["path"] for f in data["files"]] == [str(SEED["003"]), str(SEED["000"])]
    first = data["files"][0]
    assert first["rulebook"] == "qmcz-annual-report"
    assert first["checklist"][6] == {"id": "problems", "title": "存在问题", "status": "missing", "line": None}
    assert first["checklist"][0].keys() == {"id", "title", "status", "line"}
    placeholder = next(f for f in first["findings"] if f["rule"] == "placeholder")
    places = placeholder.pop("occurrences")
    assert placeholder == {"rule": "placeholder", "severity": "error", "line": 1, "column": 10,
                           "end_line": 1, "end_column": 12,
                           "message": "全文有133处占位符（**）未替换为具体内容，请逐一填写", "excerpt": "**"}
    assert len(places) == 133
    assert places[0] == {"line": 1, "column": 10, "end_line": 1, "end_column": 12, "excerpt": "**"}
    missing = next(f for f in first["findings"] if f["rule"] == "missing-problems")
    assert missing["line"] is None


def test_directory_is_walked_and_hidden_files_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("全年**次", encoding="utf-8")
    (tmp_path / "b.md").write_text("一、政治建设", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x", encoding="utf-8")
    (tmp_path / "~$lock.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    data = json.loads(invoke("check", "-f", "json", tmp_path).output)
    assert [f["path"] for f in data["files"]] == [str(tmp_path / "b.md"), str(tmp_path / "sub" / "a.txt")]


def test_output_file(tmp_path):
    out = tmp_path / "out.json"
    result = invoke("check", "-f", "json", "-o", out, SEED["000"])
    assert result.exit_code == 0 and result.output == ""
    findings = json.loads(out.read_text(encoding="utf-8"))["files"][0]["findings"]
    # seed 000's only slip of the pen: a half-width comma (“存在差距,推动”), a warning with a safe fix;
    # the rest is what a reviewer says of its content (issue 11), with no fix
    assert [(f["rule"], f["line"], f["column"], f["fix"]) for f in findings if "fix" in f] == [
        ("halfwidth-punctuation", 28, 52, {"replacement": "，", "safe": True})]
    assert {f["rule"] for f in findings if "fix" not in f} == {
        "responsibility-chain", "form-closing", "rectification-progress", "thin-problems", "vague-problem"}


# -- bad input: one line on stderr, exit 2, the rest still checked ------------

@pytest.mark.parametrize("make,cause", [
    (lambda d: d / "missing.txt", "文件不存在"),
    (lambda d: (d / "empty_dir").mkdir() or d / "empty_dir", "目录中没有可检查的报告文件"),
    (lambda d: (d / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR") and d / "bin.txt",
     "不是文本文件"),
    (lambda d: (d / "bad.txt").write_bytes("全面从严治党".encode("gbk") + b"\xff") and d / "bad.txt",
     "无法识别文件编码"),
    (lambda d: (d / "report.pdf").write_bytes(b"%PDF-1.4") and d / "report.pdf", "不支持的文件类型 .pdf"),
])
def test_bad_input(tmp_path, make, cause):
    bad = make(tmp_path)
    proc = run_zhidang("check", str(bad), str(SEED["000"]))
    assert proc.returncode == 2
    err = proc.stderr.decode("utf-8").strip().splitlines()
    assert err == [f"zhidang: 错误：{bad}: {err[0].split(': ', 2)[-1]}"]
    assert cause in err[0] and "Traceback" not in proc.stderr.decode()
    assert "seeds/000" in proc.stdout.decode() and "✔ 政治建设" in proc.stdout.decode()


def test_empty_file_is_an_error_and_a_blank_one_misses_every_element(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke("check", "-f", "json", empty)
    assert result.exit_code == 2
    assert json.loads(result.stdout)["errors"] == [{"path": str(empty), "message": "文件是空的（0 字节）"}]
    empty.write_bytes(b"\n\n")
    result = invoke("check", "-f", "json", empty)
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert {c["status"] for c in data["files"][0]["checklist"]} == {"missing"}


def test_bom_and_crlf_positions(tmp_path):
    text = "一、政治建设\r\n全年开展**次。\r\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    data = json.loads(invoke("check", "-f", "json", path).output)
    found = [f for f in data["files"][0]["findings"] if f["rule"] == "placeholder"]
    assert [(f["line"], f["column"]) for f in found] == [(2, 5)]


def test_unknown_rule_id_and_rulebook():
    result = invoke("rules", "explain", "no-such-rule")
    assert result.exit_code == 2 and "没有规则“no-such-rule”" in result.output
    result = invoke("check", "--rulebook", "nope", SEED["000"])
    assert result.exit_code == 2 and "未知的规则库“nope”" in result.output


def test_usage_error_exit_2():
    assert invoke("check").exit_code == 2
    assert invoke("check", "--format", "xml", SEED["000"]).exit_code == 2


# -- rules subcommands ---------------------------------------------------------

def test_rules_list_and_explain():
    listing = invoke("rules", "list").output
    assert "missing-political" in listing and "placeholder" in listing and "residue" in listing
    explain = invoke("rules", "explain", "placeholder")
    assert explain.exit_code == 0
    assert "全年开展警示教育**次" in explain.output and "开通5×24小时服务热线" in explain.output
    assert "存在问题" in invoke("rules", "explain", "missing-problems").output


def test_rules_test_passes_on_builtin_and_fails_on_a_broken_rulebook(tmp_path):
    result = invoke("rules", "test")
    assert result.exit_code == 0 and " 0 failed" in result.output
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "extends: qmcz-annual-report\nid: broken\ntitle: b\nrules:\n"
        "  - id: placeholder\n    patterns: ['某{2,}']\n",
        encoding="utf-8",
    )
    result = invoke("rules", "test", broken)
    assert result.exit_code == 1
    assert "✗ placeholder [fail] '全年开展警示教育**次'" in result.output


# -- as a real process ---------------------------------------------------------

def test_python_dash_m_from_another_directory(tmp_path):
    proc = run_zhidang("check", "--format", "json", str(ROOT / "seeds"), cwd=tmp_path)
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert len(data["files"]) == 5
    assert proc.stderr == b""


def test_internal_errors_are_one_line(tmp_path, monkeypatch):
    from linter import cli as cli_module

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli_module, "cli", boom)
    with pytest.raises(SystemExit) as info:
        cli_module.main()
    assert info.value.code == 2


@pytest.mark.parametrize("output", [
    ("check", "-f", "json", "-o", "{out}.json", "{seed}"),
    ("check", "--write-baseline", "{out}.json", "{seed}"),
    ("report", "{seed}", "-o", "{out}.html"),
    ("report", "{seed}", "-o", "{other}.html", "--xlsx", "{out}.xlsx"),
], ids=["output-file", "baseline", "html", "xlsx"])
def test_a_read_only_output_is_not_written_over(tmp_path, output):
    """An output file the user made read-only stays as it was (os.replace would ignore its mode)."""
    out, other = tmp_path / "out", tmp_path / "other"
    args = [a.format(out=out, other=other, seed=SEED["000"]) for a in output]
    target = next(tmp_path / a.rsplit("/", 1)[1] for a in args if a.startswith(str(out)))
    target.write_text("用户自己的内容\n", encoding="utf-8")
    target.chmod(0o444)
    try:
        result = run_zhidang(*args)
        stderr = result.stderr.decode("utf-8")
        assert result.returncode == 2, stderr
        assert "文件是只读的" in stderr and str(target) in stderr, stderr
        assert "Traceback" not in stderr
        assert target.read_text(encoding="utf-8") == "用户自己的内容\n"
        assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left
    finally:
        target.chmod(0o644)
