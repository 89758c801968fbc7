"""zhidang report (HTML and .xlsx) and -j/--jobs, without a browser.

The pages are data (JSON blocks) plus one script that draws them: here the
data is read back and compared with ``--format json``; the drawing (matrix,
highlights, clicks, scripts that must not run) is tested in
test_report_browser.py.
"""

import base64
import gc
import hashlib
import json
import os
import pty
import re
import shutil
import threading
import weakref
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import ROOT, SEED, run_zhidang
from linter import engine, parallel, settings
from linter.reporters import html as html_report
from linter.reporters import xlsx as xlsx_report
from linter.results import ChecklistItem, FileError, FileResult, Finding, RunResult
from linter.runner import check_paths

SEVERITIES = ["info", "warning", "error"]
STATUS = {"p": "present", "w": "weak", "m": "missing"}

GROUPED_RULEBOOK = """\
id: grouped-test
title: 分组测试
extends: qmcz-annual-report
rules:
  - id: stars
    type: pattern
    severity: warning
    message: 星号“{match}”
    description: 星号。
    patterns:
      - \\*{2,}
    group:
      min: 2
      message: 星号共 {count} 处：{matches}
    examples:
      fail: [全年**次]
      pass: [全年12次]
"""


class Page(HTMLParser):
    """A page as data: its JSON blocks (id → value), the raw text of every
    script, and every tag with its attributes."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.text = text
        self.blocks = {}
        self.raw = {}
        self.scripts = []  # (attrs, text)
        self.tags = []
        self._script = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._script = [attrs, ""]

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            attrs, text = self._script
            self.scripts.append((attrs, text))
            if attrs.get("type") == "application/json":
                self.raw[attrs["id"]] = text
                self.blocks[attrs["id"]] = json.loads(text)
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data

    @property
    def info(self):
        return self.blocks["zd-page"]

    def reports(self):
        return {int(key[4:]): value for key, value in self.blocks.items() if key.startswith("zd-r")}


def expand(data):
    """A report's page data back as its ``--format json`` object."""
    def fix(value):
        return None if value is None else {"replacement": value[0], "safe": value[1]}

    findings = []
    for rule, severity, line, column, end_line, end_column, message, excerpt, location, fixed, places \
            in data["findings"]:
        f = {"rule": data["rules"][rule][0], "severity": SEVERITIES[severity], "line": line, "column": column,
             "end_line": end_line, "end_column": end_column, "message": data["messages"][message],
             "excerpt": excerpt}
        if location is not None:
            f["location"] = location
        if fixed is not None:
            f["fix"] = fix(fixed)
        if places:
            f["occurrences"] = []
            for p_line, p_column, p_end_line, p_end_column, p_excerpt, p_location, p_fix in places:
                place = {"line": p_line, "column": p_column, "end_line": p_end_line,
                         "end_column": p_end_column, "excerpt": p_excerpt}
                if p_location is not None:
                    place["location"] = p_location
                if p_fix is not None:
                    place["fix"] = fix(p_fix)
                f["occurrences"].append(place)
        findings.append(f)
    checklist = []
    for element_id, title, status, line, location in data["checklist"]:
        item = {"id": element_id, "title": title, "status": status, "line": line}
        if location is not None:
            item["location"] = location
        checklist.append(item)
    return {"path": data["path"], "rulebook": data["rulebook"], "checklist": checklist, "findings": findings}


def generate(tmp_path, *args, name="report.html", cwd=None):
    """Run ``zhidang report … -o name``; return (process, Output)."""
    out = tmp_path / name
    proc = run_zhidang("report", *map(str, args), "-o", str(out), cwd=cwd)
    return proc, Output(out)


class Output:
    """A written report: the summary page and the pages of its folder."""

    def __init__(self, path: Path):
        self.path = path
        self.folder = path.with_name(path.stem + "_files")

    @property
    def summary(self) -> Page:
        return Page(self.path.read_text(encoding="utf-8"))

    def pages(self) -> dict:
        if not self.folder.is_dir():
            return {}
        return {p.name: Page(p.read_text(encoding="utf-8")) for p in sorted(self.folder.glob("*.html"))}

    def reports(self) -> dict:
        """number → the report's data, wherever it is."""
        found = dict(self.summary.reports())
        for page in self.pages().values():
            found.update(page.reports())
        return found


def json_of(*paths, cwd=None, rulebook=None):
    extra = ["-r", str(rulebook)] if rulebook else []
    proc = run_zhidang("check", "-f", "json", *extra, *map(str, paths), cwd=cwd)
    return json.loads(proc.stdout)


def _assert_matches_json(output: Output, data, root=ROOT):
    summary = output.summary.info
    assert summary["kind"] == "summary"
    rows = summary["rows"]
    assert [r[1] for r in rows] == [f["path"] for f in data["files"]]
    elements = [e for e, _ in summary["elements"]]
    pairs = summary["pairs"]
    reports = output.reports()
    assert sorted(reports) == list(range(1, len(rows) + 1))
    for row, result in zip(rows, data["files"]):
        number, path, letters, lines, counts, placeholders, flat, error, _ = row
        statuses = {c["id"]: c for c in result["checklist"]}
        assert {e: STATUS[letter] for e, letter in zip(elements, letters)} == \
            {e: statuses[e]["status"] for e in elements}
        assert lines == [statuses[e]["line"] or 0 for e in elements]
        findings = result["findings"]
        assert counts == [sum(f["severity"] == s for f in findings) for s in SEVERITIES]
        assert placeholders == sum(len(f.get("occurrences") or [f]) for f in findings if f["rule"] == "placeholder")
        per_pair = {}
        for f in findings:
            key = (f["rule"], SEVERITIES.index(f["severity"]))
            per_pair[key] = per_pair.get(key, 0) + 1
        assert {tuple(pairs[flat[i]]): flat[i + 1] for i in range(0, len(flat), 2)} == per_pair
        assert error is None
        report = reports[number]
        assert expand(report) == result  # the page's data is the JSON, exactly
        assert report["text"] == (root / path).read_bytes().decode("utf-8")
        assert report["outline"] and all(node[0] in ("title", "heading") for node in report["outline"])
    totals = [sum(f["severity"] == s for r in data["files"] for f in r["findings"]) for s in SEVERITIES]
    assert summary["totals"] == totals


# --------------------------------------------------------------------------- the pages' data


def test_single_file_of_seeds_matches_json(tmp_path):
    proc, output = generate(tmp_path, ROOT / "seeds")
    assert proc.returncode == 0, proc.stderr
    assert "已生成" in proc.stderr.decode() and "文件夹" not in proc.stderr.decode()
    assert not output.folder.exists()
    assert output.summary.info["layout"] == "single"
    _assert_matches_json(output, json_of(ROOT / "seeds"))
    # the rule filter's list: every rule that occurs, with its count and number of reports
    data = json_of(ROOT / "seeds")
    rules = {r[0]: (r[2], r[3]) for r in output.summary.info["rules"]}
    assert rules["placeholder"] == (
        sum(f["rule"] == "placeholder" for r in data["files"] for f in r["findings"]),
        sum(any(f["rule"] == "placeholder" for f in r["findings"]) for r in data["files"]))
    assert dict((r[0], r[1]) for r in output.summary.info["rules"])["placeholder"] == "模板中的占位符"


def test_folder_of_seeds_matches_json_and_the_summary_stays_small(tmp_path):
    proc, output = generate(tmp_path, ROOT / "seeds", "--folder")
    assert proc.returncode == 0, proc.stderr
    assert f"及文件夹 {output.folder}" in proc.stderr.decode()
    summary = output.summary
    assert summary.info["layout"] == "folder" and summary.reports() == {}
    assert [r[8] for r in summary.info["rows"]] == [1] * 5  # all on the folder's first page
    pages = output.pages()
    assert list(pages) == ["001.html"]
    assert pages["001.html"].info == {"kind": "chunk", "page": 1, "first": 1, "last": 5, "total": 5,
                                      "summary": "../report.html", "title": summary.info["title"]}
    assert (output.folder / "说明.txt").read_text(encoding="utf-8").startswith("本文件夹由 zhidang 生成")
    _assert_matches_json(output, json_of(ROOT / "seeds"))
    assert output.path.stat().st_size < 48_000  # the summary: five rows of data (eleven checklist columns), the styles, the script


def test_grouped_findings_and_docx_locations_reach_the_page(tmp_path):
    import docx

    rulebook = tmp_path / "grouped.yaml"
    rulebook.write_text(GROUPED_RULEBOOK, encoding="utf-8")
    (tmp_path / "a.txt").write_text("一、政治建设\n全年开展**次，**人参加。\n😀（二）测试**\n", encoding="utf-8")
    document = docx.Document()
    for line in ("一、政治建设", "全年开展**次,××人参加，同比增长５0%。"):
        document.add_paragraph(line)
    document.save(str(tmp_path / "b.docx"))
    proc = run_zhidang("report", "-r", str(rulebook), "a.txt", "b.docx", "-o", "r.html", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json_of("a.txt", "b.docx", cwd=tmp_path, rulebook=rulebook)
    assert any(f.get("occurrences") for f in data["files"][0]["findings"])
    assert any(f.get("location") for f in data["files"][1]["findings"])
    assert any(f.get("fix") for r in data["files"] for f in r["findings"])
    output = Output(tmp_path / "r.html")
    reports = output.reports()
    for number, result in enumerate(data["files"], 1):
        assert expand(reports[number]) == result
    assert reports[2]["text"].startswith("一、政治建设\n")  # a .docx: the text zhidang read


def test_user_text_is_escaped_and_nothing_else_runs(tmp_path):
    evil = '"><img src=x onerror=alert(2)>'
    path = tmp_path / f"{evil}.txt"
    path.write_text(f"一、政治建设<script>alert(1)</script><!--\n【{evil}&】**</script>\n", encoding="utf-8")
    for layout in ("--single-file", "--folder"):
        out = tmp_path / f"r{layout}.html"
        proc = run_zhidang("report", str(path), "-o", str(out), layout, "--title", "<script>alert(3)</script>")
        assert proc.returncode == 0, proc.stderr
        output = Output(out)
        for page in [output.summary, *output.pages().values()]:
            text = page.text
            assert "<script>alert" not in text and "<img" not in text and "<!--" not in text
            # one script runs, ours, allowed by its hash; the rest is inert JSON without a "<"
            code = [t for attrs, t in page.scripts if attrs.get("type") != "application/json"]
            assert len(code) == 1
            digest = base64.b64encode(hashlib.sha256(code[0].encode("utf-8")).digest()).decode()
            csp = next(a["content"] for tag, a in page.tags if a.get("http-equiv") == "Content-Security-Policy")
            assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp
            assert all("<" not in raw for raw in page.raw.values())
            assert [tag for tag, _ in page.tags if tag in ("img", "link", "iframe", "object", "embed")] == []
            for _, attrs in page.tags:
                assert not any(name.startswith("on") for name in attrs)
                assert "src" not in attrs and "href" not in attrs
            assert "<title>&lt;script&gt;alert(3)&lt;/script&gt;" in text
        report = output.reports()[1]
        assert report["text"] == f"一、政治建设<script>alert(1)</script><!--\n【{evil}&】**</script>\n"


def test_unreadable_file_is_a_row_and_the_rest_is_reported(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SEED["003"], batch / "a.txt")
    (batch / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # binary, named .txt
    shutil.copy(SEED["000"], batch / "c.txt")
    for layout in ("--single-file", "--folder"):
        out = tmp_path / f"r{layout}.html"
        proc = run_zhidang("report", str(batch), "-o", str(out), "--xlsx", str(tmp_path / "r.xlsx"), layout)
        assert proc.returncode == 2
        stderr = proc.stderr.decode()
        assert f"{batch / 'b.txt'}: 不是文本文件" in stderr
        assert "Traceback" not in stderr and "2 份报告，1 个文件无法检查" in stderr
        output = Output(out)
        rows = {r[1]: r for r in output.summary.info["rows"]}
        assert list(rows) == [str(batch / n) for n in ("a.txt", "b.txt", "c.txt")]
        assert rows[str(batch / "b.txt")][7].startswith("不是文本文件")
        assert output.summary.info["unreadable"] == 1
        reports = output.reports()
        assert reports[2] == {"path": str(batch / "b.txt"), "error": rows[str(batch / "b.txt")][7]}
        assert reports[1]["text"] and reports[3]["text"]  # the readable two are shown
    sheet = load_workbook(tmp_path / "r.xlsx")["汇总"]
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[1] == str(batch / "c.txt")
    middle = [c.value for c in sheet[3]]
    assert middle[1] == str(batch / "b.txt") and middle[-1].startswith("不是文本文件")


def test_report_needs_an_output(tmp_path):
    proc = run_zhidang("report", str(SEED["000"]))
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == "zhidang: 错误：请用 -o 文件.html 和/或 --xlsx 文件.xlsx 指定输出文件"


def test_unwritable_output_is_one_line(tmp_path):
    for layout in ("--single-file", "--folder"):
        proc = run_zhidang("report", str(SEED["000"]), "-o", str(tmp_path / "no" / "such" / "r.html"), layout)
        assert proc.returncode == 2
        lines = proc.stderr.decode().strip().splitlines()
        assert len(lines) == 1 and "无法写入" in lines[0], lines


# --------------------------------------------------------------------------- the folder


def test_layout_follows_the_batch_unless_asked():
    assert html_report.choose_layout(None, 5, 70_000) == "single"
    assert html_report.choose_layout(None, html_report.SINGLE_MAX_REPORTS + 1, 70_000) == "folder"
    assert html_report.choose_layout(None, 3, html_report.SINGLE_MAX_BYTES + 1) == "folder"
    assert html_report.choose_layout(True, 10_000, 10**9) == "single"
    assert html_report.choose_layout(False, 1, 1) == "folder"


def _results(count, rulebook, seed_results):
    """``count`` results made from the seeds' (no files read)."""
    seeds = list(seed_results.values())
    out = []
    for i in range(count):
        base = seeds[i % len(seeds)]
        out.append(FileResult(path=f"batch/{i:04d}.txt", rulebook=base.rulebook, checklist=base.checklist,
                              findings=base.findings,
                              detail={"text": "一、政治建设\n" * (i % 3 + 1), "parsed": True, "outline": []}))
    return out


def test_the_folder_is_paged_in_order_and_links_find_every_report(tmp_path, rulebook, seed_results,
                                                                   monkeypatch):
    monkeypatch.setattr(html_report, "CHUNK_REPORTS", 4)
    run = RunResult()
    for result in _results(10, rulebook, seed_results):
        run.add(result)
    run.files.insert(5, FileError("batch/bad.txt", "不是文本文件"))
    out = tmp_path / "审阅.html"
    html_report.write(run, rulebook, out, single=False)
    output = Output(out)
    pages = output.pages()
    assert list(pages) == ["001.html", "002.html", "003.html"]
    spans = [(p.info["first"], p.info["last"]) for p in pages.values()]
    assert spans == [(1, 4), (5, 8), (9, 11)]
    for name, page in pages.items():
        assert sorted(page.reports()) == list(range(page.info["first"], page.info["last"] + 1))
        assert page.info["summary"] == "../审阅.html" and page.info["total"] == 11
    rows = output.summary.info["rows"]
    assert [r[8] for r in rows] == [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3]
    assert rows[5][1] == "batch/bad.txt" and pages["002.html"].reports()[6]["error"] == "不是文本文件"


def test_a_rerun_replaces_the_folder_and_keeps_what_is_not_ours(tmp_path, rulebook, seed_results,
                                                                 monkeypatch):
    monkeypatch.setattr(html_report, "CHUNK_REPORTS", 2)
    out = tmp_path / "审阅.html"
    big, small = RunResult(), RunResult()
    for result in _results(7, rulebook, seed_results):
        big.add(result)
    for result in _results(3, rulebook, seed_results):
        small.add(result)
    html_report.write(big, rulebook, out, single=False)
    assert len(Output(out).pages()) == 4
    html_report.write(small, rulebook, out, single=False)
    assert sorted(p.name for p in Output(out).folder.iterdir()) == ["001.html", "002.html", "说明.txt"]
    html_report.write(small, rulebook, out, single=True)  # our folder of an earlier run goes too
    assert not Output(out).folder.exists()
    assert sorted(Output(out).summary.reports()) == [1, 2, 3]
    assert [p.name for p in tmp_path.iterdir()] == ["审阅.html"]  # no temporary files left

    # A folder of that name that zhidang did not write is never touched.
    foreign = tmp_path / "审阅_files"
    foreign.mkdir()
    (foreign / "照片.jpg").write_bytes(b"x")
    with pytest.raises(Exception) as caught:
        html_report.write(small, rulebook, out, single=False)
    assert "不是 zhidang 生成的报告文件夹" in str(caught.value)
    assert [p.name for p in foreign.iterdir()] == ["照片.jpg"]
    proc = run_zhidang("report", str(SEED["000"]), "-o", str(out), "--folder")
    assert proc.returncode == 2 and "请换一个输出文件名" in proc.stderr.decode()


def test_an_interrupted_run_leaves_the_previous_output(tmp_path, rulebook, seed_results):
    out = tmp_path / "审阅.html"
    first = RunResult()
    for result in _results(3, rulebook, seed_results):
        first.add(result)
    html_report.write(first, rulebook, out, single=False)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    for layout in ("folder", "single"):
        with pytest.raises(KeyboardInterrupt):
            with html_report.Writer(out, rulebook, {}, total=3, layout=layout) as writer:
                writer.add(first.files[0])
                raise KeyboardInterrupt
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_the_writers_keep_no_result(tmp_path, rulebook, seed_results):
    """Memory stays bounded: after add(), neither writer holds the result
    (its findings, its text): only a summary row."""
    results = _results(3, rulebook, seed_results)
    html_writer = html_report.Writer(tmp_path / "r.html", rulebook, {}, total=3, layout="folder")
    xlsx_writer = xlsx_report.Writer(tmp_path / "r.xlsx", rulebook)
    refs = []
    for i in range(3):
        result = FileResult(path=f"{i}.txt", rulebook=results[i].rulebook, checklist=list(results[i].checklist),
                            findings=[Finding(f.rule, f.severity, f.message, f.line, f.column, f.end_line,
                                              f.end_column, f.excerpt) for f in results[i].findings],
                            detail=dict(results[i].detail))
        refs.append(weakref.ref(result))
        refs.append(weakref.ref(result.findings[0]))
        html_writer.add(result)
        xlsx_writer.add(result)
        del result
    gc.collect()
    assert [r() for r in refs] == [None] * 6
    html_writer.close()
    xlsx_writer.close()
    assert len(Output(tmp_path / "r.html").reports()) == 3


# --------------------------------------------------------------------------- xlsx


def test_xlsx_read_back_matches_json(tmp_path):
    out = tmp_path / "summary.xlsx"
    proc = run_zhidang("report", str(ROOT / "seeds"), "--xlsx", str(out))
    assert proc.returncode == 0, proc.stderr
    data = json_of(ROOT / "seeds")
    book = load_workbook(out)
    assert book.sheetnames == ["汇总", "问题"]
    summary, findings = book["汇总"], book["问题"]
    header = [c.value for c in summary[1]]
    titles = [c["title"] for c in data["files"][0]["checklist"]]
    assert header == ["序号", "文件", *titles, "错误", "警告", "占位符", "无法检查的原因"]
    assert all(c.font.bold for c in summary[1])
    cell_text = {"present": "✔", "missing": "✗ 缺失", "weak": "△ 内容过少"}
    rows = [[c.value for c in row] for row in summary.iter_rows(min_row=2)]
    assert len(rows) == len(data["files"])
    for number, (row, result) in enumerate(zip(rows, data["files"]), 1):
        fs = result["findings"]
        assert row == [number, result["path"], *(cell_text[c["status"]] for c in result["checklist"]),
                       sum(f["severity"] == "error" for f in fs),
                       sum(f["severity"] == "warning" for f in fs),
                       sum(len(f.get("occurrences") or [f]) for f in fs if f["rule"] == "placeholder"), None]
    conduct = [c["id"] for c in data["files"][1]["checklist"]].index("conduct")
    missing = summary.cell(row=3, column=3 + conduct)  # seed 001: 作风建设 missing
    assert missing.value == "✗ 缺失" and missing.fill.fgColor.rgb.endswith("FDE2E1")
    severity = {"error": "错误", "warning": "警告", "info": "提示"}
    expected = [
        [r["path"], "全文" if f["line"] is None else f"第{f['line']}行第{f['column']}列" + (
            f"等 {len(f['occurrences'])} 处" if len(f.get("occurrences") or []) > 1 else ""),
         f["rule"], severity[f["severity"]], f["message"], f["excerpt"] or None]
        for r in data["files"] for f in r["findings"]
    ]
    assert [c.value for c in findings[1]] == ["文件", "位置", "规则", "级别", "说明", "摘录"]
    assert [[c.value for c in row] for row in findings.iter_rows(min_row=2)] == expected
    for sheet in (summary, findings):
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == sheet.dimensions


def test_xlsx_cells_are_never_formulas_nor_control_characters(tmp_path):
    (tmp_path / "=1+2.txt").write_text("一、政治建设\n=HYPERLINK(\"x\")全年**次\x1b\n", encoding="utf-8")
    (tmp_path / " a<&>]]>b.txt").write_text("一、政治建设\n全年**次\n", encoding="utf-8")
    proc = run_zhidang("report", "=1+2.txt", " a<&>]]>b.txt", "--xlsx", "s.xlsx", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    book = load_workbook(tmp_path / "s.xlsx")
    cell = book["汇总"]["B2"]
    assert (cell.value, cell.data_type) == ("=1+2.txt", "s")
    cell = book["问题"]["A2"]
    assert (cell.value, cell.data_type) == ("=1+2.txt", "s")
    assert book["汇总"]["B3"].value == " a<&>]]>b.txt"  # escaped, leading space kept
    values = [c.value for row in book["问题"].iter_rows() for c in row if isinstance(c.value, str)]
    assert not any("\x1b" in v for v in values)


def test_column_letters():
    assert [xlsx_report.column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


def test_xlsx_stops_at_excels_last_row_and_says_so(tmp_path, rulebook, seed_results, monkeypatch):
    monkeypatch.setattr(xlsx_report, "MAX_ROWS", 8)
    results = _results(3, rulebook, seed_results)  # seeds 000, 001 and 002
    total = sum(len(r.findings) for r in results)
    assert total > 8
    with xlsx_report.Writer(tmp_path / "s.xlsx", rulebook) as writer:
        for result in results:
            writer.add(result)
        writer.close()
    sheet = load_workbook(tmp_path / "s.xlsx")["问题"]
    assert sheet.max_row == 8
    assert sheet.cell(row=8, column=1).value.startswith(f"（另有 {total - 6} 行未列出")
    assert sheet.auto_filter.ref == "A1:F8"


# --------------------------------------------------------------------------- -j / --jobs


@pytest.fixture(scope="module")
def two_hundred(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    seeds = sorted(SEED.values())
    for i in range(40):
        for seed in seeds:
            shutil.copy(seed, folder / f"{i:02d}_{seed.name}")
    return folder


def test_jobs_2_gives_byte_identical_json_on_200_reports(two_hundred):
    one = run_zhidang("check", "-f", "json", "-j", "1", str(two_hundred))
    two = run_zhidang("check", "-f", "json", "-j", "2", str(two_hundred))
    assert one.returncode == two.returncode == 1
    assert len(json.loads(one.stdout)["files"]) == 200
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr == b""  # no progress bar when stderr is not a terminal


def test_report_of_200_is_a_folder_identical_whatever_the_jobs(two_hundred, tmp_path):
    outputs = []
    for jobs in ("1", "2"):
        folder = tmp_path / jobs
        folder.mkdir()
        proc = run_zhidang("report", "-j", jobs, str(two_hundred), "-o", str(folder / "审阅.html"),
                           "--xlsx", str(folder / "汇总.xlsx"))
        assert proc.returncode == 0, proc.stderr
        outputs.append(Output(folder / "审阅.html"))
    one, two = outputs
    assert one.summary.info["layout"] == "folder"
    strip = re.compile(r'"generated":"[^"]*"')
    assert strip.sub("", one.path.read_text(encoding="utf-8")) == strip.sub("", two.path.read_text(encoding="utf-8"))
    assert {n: p.text for n, p in one.pages().items()} == {n: p.text for n, p in two.pages().items()}
    assert len(one.reports()) == 200
    book = load_workbook(tmp_path / "2" / "汇总.xlsx")
    assert book["汇总"].max_row == 201


def _pid(path, shared):
    import time

    time.sleep(0.005)  # long enough that one worker cannot take every chunk before the other starts
    return path, os.getpid()


def test_jobs_use_that_many_processes_and_keep_order(two_hundred):
    paths = sorted(str(p) for p in two_hundred.iterdir())
    out = list(parallel.map_ordered(_pid, paths, None, jobs=2))
    assert [p for p, _ in out] == paths
    # the first file in this process (what it warms up, the forked workers inherit), the rest in two workers
    assert out[0][1] == os.getpid()
    pids = {pid for _, pid in out[1:]}
    assert len(pids) == 2 and os.getpid() not in pids
    # a small batch is checked in-process
    assert {pid for _, pid in parallel.map_ordered(_pid, paths[:3], None, jobs=2)} == {os.getpid()}


def test_spawned_workers_give_the_same_results(rulebook):
    """Windows and macOS spawn workers: the rulebook is pickled to them."""
    rulebook.segmenter.tokens("全面从严治党")  # a loaded segmenter must not stop pickling
    paths = [str(p) for p in sorted(SEED.values())] * 4
    table = [settings.FileSettings(rulebook, None, None, frozenset(), "error")]
    job = engine.Job(table)
    items = [(p, 0) for p in paths]
    serial = [engine.check_file(item, job).to_dict() for item in items]
    spawned = [r.to_dict() for r in parallel.map_ordered(engine.check_file, items, job, jobs=2,
                                                         method="spawn")]
    assert spawned == serial


def test_spawned_workers_carry_the_settings(tmp_path):
    """With project config and suppression, spawned workers give what one
    process gives: each file's settings are resolved in the parent and the
    workers receive the table."""

    (tmp_path / ".zhidang.yaml").write_text("ignore: [residue-line]\nfail-on: warning\n", encoding="utf-8")
    paths = []
    for i in range(16):
        for p in sorted(SEED.values()):
            target = tmp_path / f"{i:02d}_{p.name}"
            target.write_bytes(p.read_bytes())
            paths.append(str(target))

    def run(jobs, method=None):
        plan = settings.resolve(paths, settings.Options())
        job = engine.Job(plan.settings)
        results = list(parallel.map_ordered(engine.check_file, plan.items, job, jobs, method=method))
        return [r.to_dict() for r in results], [plan.settings[i].fail_on for _, i in plan.items]

    serial = run(1)
    assert not any(f["rule"] == "residue-line" for r in serial[0] for f in r["findings"])
    assert set(serial[1]) == {"warning"}
    assert run(2, method="spawn") == serial


def test_workers_prepare_what_the_writers_need(two_hundred, rulebook):
    """The report's work function makes the page data, the summary row and
    the spreadsheet rows in the worker (spawned too), and sends no findings
    back; what it makes is what the writers would make of the full result."""
    paths = sorted(str(p) for p in two_hundred.iterdir())[:20]
    labels = html_report.rule_labels([rulebook])
    elements = [e.id for e in rulebook.elements]
    table = [settings.FileSettings(rulebook, None, None, frozenset(), "error")]
    job = html_report.ReportJob(table, labels, elements, sheet=True, detail=html_report.detail)
    items = [(p, 0) for p in paths]

    def made(results):
        results = list(results)
        assert len(results) == 20 and all(r.findings == [] for r in results)
        return [(r.detail.page, r.detail.summary, r.detail.sheet) for r in results]

    serial = made([html_report.work(item, job) for item in items])
    pooled = made(parallel.map_ordered(html_report.work, items, job, jobs=2))
    spawned = made(parallel.map_ordered(html_report.work, items, job, jobs=2, method="spawn"))
    assert pooled == serial == spawned
    assert paths[3].endswith(SEED["003"].name)
    page, summary, sheet = serial[3]
    data = json.loads(page)
    assert data["text"] == open(paths[3], encoding="utf-8").read()
    assert dict(data["rules"])["placeholder"] == labels["placeholder"]
    full = check_paths(paths[3:4], rulebook, detail=html_report.detail).files[0]
    assert data == json.loads(html_report.payload(full, labels))
    assert summary == html_report.summarize(full, elements)
    assert sheet == xlsx_report.finding_rows(full) and len(sheet) == len(full.findings)


def _run_on_pty(args):
    """Run zhidang with stderr on a pseudo-terminal; return (stderr seen, stdout)."""
    import subprocess
    import sys

    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    proc = subprocess.Popen([sys.executable, "-m", "linter", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    seen = bytearray()

    def drain():
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    stdout = proc.communicate(timeout=120)[0]
    reader.join(timeout=10)
    os.close(master)
    return seen.decode("utf-8", "replace"), stdout


def test_progress_bar_on_a_terminal_for_a_large_batch(two_hundred, tmp_path):
    seen, stdout = _run_on_pty(["check", "-f", "json", "-j", "2", str(two_hundred)])
    assert "正在检查" in seen and "200/200" in seen
    assert len(json.loads(stdout)["files"]) == 200  # stdout stays clean
    seen, _ = _run_on_pty(["check", "-f", "json", str(SEED["000"])])
    assert seen == ""  # a small batch: no bar
    seen, _ = _run_on_pty(["report", "-j", "2", str(two_hundred), "-o", str(tmp_path / "r.html")])
    assert "正在检查" in seen and "200/200" in seen and "已生成" in seen


def test_reviewer_guide_shows_real_screenshots_and_real_options():
    guide = (ROOT / "docs" / "reviewers.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide)
    assert len(images) >= 3
    for image in images:
        assert (ROOT / "docs" / image).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", image
    help_text = run_zhidang("report", "--help").stdout.decode()
    for option in re.findall(r"^\| `(-[-\w]+)", guide, re.M):
        assert option in help_text, option
