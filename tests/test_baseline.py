"""Baseline: accept today's findings, report only new ones, and keep accepting
them when the file is edited elsewhere."""

import json

from click.testing import CliRunner

from conftest import run_zhidang
from linter.cli import cli

OLD = "一、政治建设\n全年开展警示教育**次。\n培训党员**人次。\n召开XX次会议。\n"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def findings(*args):
    result = invoke("check", "-f", "json", "--select", "placeholder", *args)
    assert result.exit_code in (0, 1), result.output
    return [(f["line"], f["excerpt"]) for file in json.loads(result.stdout)["files"] for f in file["findings"]]


def test_write_then_check_against_the_baseline(tmp_path):
    report = tmp_path / "archive" / "2019.txt"
    report.parent.mkdir()
    report.write_text(OLD, encoding="utf-8")
    baseline = tmp_path / "zhidang-baseline.json"
    result = invoke("check", "--write-baseline", baseline, report)
    assert result.exit_code == 0, result.output
    data = json.loads(baseline.read_text(encoding="utf-8"))
    entries = [e for e in data["findings"] if e["rule"] == "placeholder"]
    assert [(e["path"], e["line"], e["excerpt"]) for e in entries] == [
        ("archive/2019.txt", 2, "**"), ("archive/2019.txt", 3, "**"), ("archive/2019.txt", 4, "XX")]
    # nothing new: clean, and says how many were accepted
    result = invoke("check", "--baseline", baseline, report)
    assert result.exit_code == 0, result.output
    assert "发现 0 个问题" in result.stdout
    assert f"基线中已接受的 {len(data['findings'])} 个问题未列出" in result.stdout

    # edits elsewhere move every line; one new placeholder is added
    report.write_text("全面从严治党主体责任落实情况报告\n\n" + OLD.replace("召开XX次会议。", "召开XX次会议。\n新增××项制度。"),
                      encoding="utf-8")
    assert findings("--baseline", baseline, report) == [(7, "××")]
    result = invoke("check", "--baseline", baseline, report)
    assert result.exit_code == 1
    assert f"{report}:7:3: error placeholder" in result.stdout


def test_fingerprint_uses_nearby_text_not_line_numbers(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(OLD, encoding="utf-8")
    baseline = tmp_path / "b.json"
    invoke("check", "--write-baseline", baseline, report)
    # the text around one placeholder changes: that finding is new again
    report.write_text(OLD.replace("全年开展警示教育**次", "全年组织专题培训**次"), encoding="utf-8")
    assert findings("--baseline", baseline, report) == [(2, "**")]


def test_duplicates_are_counted(tmp_path):
    report = tmp_path / "r.txt"
    same = "全年开展**次。\n"
    report.write_text(same * 2, encoding="utf-8")
    baseline = tmp_path / "b.json"
    invoke("check", "--write-baseline", baseline, report)
    occurrences = [e["occurrence"] for e in json.loads(baseline.read_text(encoding="utf-8"))["findings"]
                   if e["rule"] == "placeholder"]
    assert occurrences == [0, 1]
    report.write_text(same, encoding="utf-8")  # one fixed: the other stays accepted
    assert findings("--baseline", baseline, report) == []
    report.write_text(same * 3, encoding="utf-8")  # a third identical one is new
    assert findings("--baseline", baseline, report) == [(3, "**")]


def test_baseline_works_from_another_directory(tmp_path):
    report = tmp_path / "docs" / "r.txt"
    report.parent.mkdir()
    report.write_text(OLD, encoding="utf-8")
    proc = run_zhidang("check", "--write-baseline", "baseline.json", "docs/r.txt", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stderr.decode("utf-8").startswith("zhidang: 已把 ")
    proc = run_zhidang("check", "-f", "json", "--baseline", str(tmp_path / "baseline.json"), "r.txt",
                       cwd=tmp_path / "docs")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["files"][0]["findings"] == []
    assert "基线中已接受的" in proc.stderr.decode("utf-8")  # machine formats: the count goes to stderr


def test_bad_baseline_is_one_line_exit_2(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(OLD, encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{\n  \"version\": 1,\n  findings: []\n}\n", encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"results": []}', encoding="utf-8")
    for baseline, cause in [(tmp_path / "none.json", "基线文件不存在"), (broken, "broken.json:3: 基线文件不是有效的 JSON"),
                            (wrong, "基线文件格式不对")]:
        proc = run_zhidang("check", "--baseline", str(baseline), str(report))
        err = proc.stderr.decode("utf-8").splitlines()
        assert proc.returncode == 2 and len(err) == 1 and cause in err[0], err
    assert invoke("check", "--baseline", broken, "--write-baseline", wrong, report).exit_code == 2
