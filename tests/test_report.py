"""zhidang report (HTML and .xlsx) and -j/--jobs, without a browser.

The browser half (matrix, clicks, scripts that must not run) is in
test_report_browser.py.
"""

import json
import os
import re
import pty
import shutil
import threading
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook

from conftest import ROOT, SEED, run_zhidang
from linter import parallel
from linter import engine, settings
from linter.runner import check_paths
from linter.reporters import html as html_report

MARKS = {"present": "✔", "missing": "✗", "weak": "△"}


class Page(HTMLParser):
    """What a reader sees of a report page: the text of each source line, the
    highlighted pieces on it, the matrix rows, and every tag and attribute."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.lines = {}      # line element id → text shown
        self.marks = {}      # line element id → [(text, data-rs)]
        self.spans = {}      # line element id → [(start, end, data-rs)], columns from 0
        self.tags = []       # (tag, attrs dict)
        self.rows = []       # matrix rows: attrs of <tr> + [(cell attrs, text)]
        self._line = None
        self._mark = None
        self._cell = None
        self._in_tbody = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "div" and attrs.get("class") == "l":
            self._line = attrs["id"]
            self.lines[self._line] = ""
            self.marks[self._line] = []
            self.spans[self._line] = []
        elif tag == "mark" and self._line:
            self._mark = [attrs.get("data-rs"), "", len(self.lines[self._line])]
        elif tag == "tbody":
            self._in_tbody = True
        elif tag == "tr" and self._in_tbody:
            self.rows.append((attrs, []))
        elif tag in ("td", "th") and self._in_tbody:
            self._cell = [attrs, ""]

    def handle_endtag(self, tag):
        if tag == "div" and self._line:
            self._line = None
        elif tag == "mark" and self._mark is not None:
            self.marks[self._line].append((self._mark[1], self._mark[0]))
            start = self._mark[2]
            self.spans[self._line].append((start, start + len(self._mark[1]), self._mark[0]))
            self._mark = None
        elif tag == "tbody":
            self._in_tbody = False
        elif tag in ("td", "th") and self._cell is not None:
            self.rows[-1][1].append(tuple(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._line:
            self.lines[self._line] += data
        if self._mark is not None:
            self._mark[1] += data
        if self._cell is not None:
            self._cell[1] += data


def report(tmp_path, *args, cwd=None):
    out = tmp_path / "report.html"
    proc = run_zhidang("report", *map(str, args), "-o", str(out), cwd=cwd)
    return proc, (out.read_text(encoding="utf-8") if out.exists() else None)


def json_of(*paths, cwd=None):
    proc = run_zhidang("check", "-f", "json", *map(str, paths), cwd=cwd)
    return json.loads(proc.stdout)


# --------------------------------------------------------------------------- HTML


def test_report_of_seeds_matches_json_and_highlights_every_finding(tmp_path):
    proc, text = report(tmp_path, ROOT / "seeds")
    assert proc.returncode == 0, proc.stderr
    assert "已生成" in proc.stderr.decode()
    data = json_of(ROOT / "seeds")
    page = Page(text)
    assert [attrs["data-path"] for attrs, _ in page.rows] == [f["path"] for f in data["files"]]
    for number, ((attrs, cells), result) in enumerate(zip(page.rows, data["files"]), 1):
        by_element = {a["data-el"]: t for a, t in cells if "data-el" in a}
        assert by_element == {c["id"]: MARKS[c["status"]] for c in result["checklist"]}
        counts = {a["data-count"]: int(t) for a, t in cells if "data-count" in a}
        assert counts == {
            "errors": sum(f["severity"] == "error" for f in result["findings"]),
            "warnings": sum(f["severity"] == "warning" for f in result["findings"]),
            "placeholders": sum(f["rule"] == "placeholder" for f in result["findings"]),
        }
        source = (ROOT / result["path"]).read_text(encoding="utf-8").split("\n")
        for i, line in enumerate(source, 1):  # the whole text is there, line by line
            assert page.lines[f"r{number}-L{i}"] == line
        for f in result["findings"]:
            if f["line"] is None:
                continue
            assert f["line"] == f["end_line"]
            # Every character of the finding is inside a highlight of its rule
            # (overlapping findings cut a highlight into pieces).
            covered = {i for a, b, rs in page.spans[f"r{number}-L{f['line']}"] if f"{f['rule']}:" in rs
                       for i in range(a, b)}
            assert set(range(f["column"] - 1, f["end_column"] - 1)) <= covered, (result["path"], f)


def test_findings_are_highlighted_at_their_offsets_with_crlf_and_overlaps():
    text = "标题\r\n全年**次，××人\r\n甲乙丙丁\r\n末行"
    findings = [
        {"rule": "placeholder", "severity": "error", "line": 2, "column": 3, "end_line": 2,
         "end_column": 5, "message": "m1", "excerpt": "**"},
        {"rule": "placeholder", "severity": "error", "line": 2, "column": 7, "end_line": 2,
         "end_column": 9, "message": "m2", "excerpt": "××"},
        # overlapping the second, running over the CRLF into line 3
        {"rule": "x", "severity": "warning", "line": 2, "column": 8, "end_line": 3,
         "end_column": 3, "message": "m3", "excerpt": "×人\r\n甲乙"},
        {"rule": "y", "severity": "info", "line": 4, "column": 2, "end_line": 4,
         "end_column": 2, "message": "point", "excerpt": ""},
    ]
    page = Page(html_report._text("r1", text, findings))
    assert page.lines == {"r1-L1": "标题", "r1-L2": "全年**次，××人", "r1-L3": "甲乙丙丁",
                          "r1-L4": "末行"}
    assert page.marks["r1-L2"] == [("**", "placeholder:error"), ("×", "placeholder:error"),
                                   ("×", "placeholder:error x:warning"), ("人", "x:warning")]
    assert page.marks["r1-L3"] == [("甲乙", "x:warning")]
    assert page.marks["r1-L4"] == [("", "y:info")]  # a zero-width finding is a caret
    ids = [a["id"] for tag, a in page.tags if tag == "a" and a.get("class") == "anchor"]
    assert ids == ["r1-f0", "r1-f1", "r1-f2", "r1-f3"]


def test_crlf_report_end_to_end(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("一、政治建设\r\n全年开展**次，××人参加。\r\n".encode("utf-8"))
    _, text = report(tmp_path, path)
    page = Page(text)
    assert page.lines["r1-L2"] == "全年开展**次，××人参加。"
    assert [t for t, rs in page.marks["r1-L2"]] == ["**", "××"]


def test_user_text_is_escaped_and_nothing_is_loaded_from_outside(tmp_path):
    evil = '"><img src=x onerror=alert(2)>'
    path = tmp_path / f"{evil}.txt"
    path.write_text(f"一、政治建设<script>alert(1)</script>\n【{evil}&】**\n", encoding="utf-8")
    proc = run_zhidang("report", str(path), "-o", str(tmp_path / "r.html"),
                       "--title", "<script>alert(3)</script>")
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "r.html").read_text(encoding="utf-8")
    page = Page(text)
    assert "<script>alert" not in text and "<img" not in text
    assert [tag for tag, _ in page.tags if tag in ("script", "img", "link", "iframe", "object")] \
        == ["script"]  # our own, inline
    assert page.lines["r1-L1"] == "一、政治建设<script>alert(1)</script>"
    assert page.lines["r1-L2"] == f"【{evil}&】**"
    for _, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs)
        for name in ("src", "href"):
            value = attrs.get(name) or "#"
            assert value.startswith("#"), (name, value)
    assert "<title>&lt;script&gt;alert(3)&lt;/script&gt;</title>" in text


def test_unreadable_file_is_a_row_and_the_rest_is_reported(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SEED["003"], batch / "a.txt")
    (batch / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # binary, named .txt
    shutil.copy(SEED["000"], batch / "c.txt")
    proc = run_zhidang("report", str(batch), "-o", str(tmp_path / "r.html"),
                       "--xlsx", str(tmp_path / "r.xlsx"))
    assert proc.returncode == 2
    stderr = proc.stderr.decode()
    assert f"{batch / 'b.txt'}: 不是文本文件" in stderr
    assert "Traceback" not in stderr
    page = Page((tmp_path / "r.html").read_text(encoding="utf-8"))
    rows = {attrs["data-path"]: (attrs, cells) for attrs, cells in page.rows}
    assert set(rows) == {str(batch / n) for n in ("a.txt", "b.txt", "c.txt")}
    bad_attrs, bad_cells = rows[str(batch / "b.txt")]
    assert bad_attrs.get("class") == "unreadable"
    assert "无法检查：不是文本文件" in bad_cells[1][1]
    assert "r2-L1" in page.lines and "r1-L1" in page.lines  # the readable two are shown
    sheet = load_workbook(tmp_path / "r.xlsx")["汇总"]
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[1] == str(batch / "b.txt") and last[-1].startswith("不是文本文件")


def test_report_needs_an_output(tmp_path):
    proc = run_zhidang("report", str(SEED["000"]))
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == "zhidang: 错误：请用 -o 文件.html 和/或 --xlsx 文件.xlsx 指定输出文件"


def test_unwritable_output_is_one_line(tmp_path):
    proc = run_zhidang("report", str(SEED["000"]), "-o", str(tmp_path / "no" / "such" / "r.html"))
    assert proc.returncode == 2
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "无法写入" in lines[0]


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
    cell_text = {"present": "✔", "missing": "✗ 缺失", "weak": "△ 内容过少"}
    rows = [[c.value for c in row] for row in summary.iter_rows(min_row=2)]
    assert len(rows) == len(data["files"])
    for number, (row, result) in enumerate(zip(rows, data["files"]), 1):
        fs = result["findings"]
        assert row == [number, result["path"], *(cell_text[c["status"]] for c in result["checklist"]),
                       sum(f["severity"] == "error" for f in fs),
                       sum(f["severity"] == "warning" for f in fs),
                       sum(f["rule"] == "placeholder" for f in fs), None]
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


def test_xlsx_cells_are_never_formulas(tmp_path):
    (tmp_path / "=1+2.txt").write_text("一、政治建设\n=HYPERLINK(\"x\")全年**次\n", encoding="utf-8")
    proc = run_zhidang("report", "=1+2.txt", "--xlsx", "s.xlsx", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    book = load_workbook(tmp_path / "s.xlsx")
    cell = book["汇总"]["B2"]
    assert (cell.value, cell.data_type) == ("=1+2.txt", "s")
    cell = book["问题"]["A2"]
    assert (cell.value, cell.data_type) == ("=1+2.txt", "s")


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


def _pid(path, shared):
    import time

    time.sleep(0.005)  # long enough that one worker cannot take every chunk before the other starts
    return path, os.getpid()


def test_jobs_use_that_many_processes_and_keep_order(two_hundred):
    paths = sorted(str(p) for p in two_hundred.iterdir())
    out = list(parallel.map_ordered(_pid, paths, None, jobs=2))
    assert [p for p, _ in out] == paths
    pids = {pid for _, pid in out}
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


def test_details_come_back_from_workers(two_hundred, rulebook):
    paths = sorted(str(p) for p in two_hundred.iterdir())[:20]
    serial = check_paths(paths, rulebook, jobs=1, detail=html_report.detail)
    pooled = check_paths(paths, rulebook, jobs=2, detail=html_report.detail)
    assert pooled.details == serial.details and len(pooled.details) == 20
    first = pooled.details[paths[0]]
    assert first["text"] == open(paths[0], encoding="utf-8").read()
    assert html_report.render(pooled, rulebook) == html_report.render(serial, rulebook)


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


def test_progress_bar_on_a_terminal_for_a_large_batch(two_hundred):
    seen, stdout = _run_on_pty(["check", "-f", "json", "-j", "2", str(two_hundred)])
    assert "正在检查" in seen and "200/200" in seen
    assert len(json.loads(stdout)["files"]) == 200  # stdout stays clean
    seen, _ = _run_on_pty(["check", "-f", "json", str(SEED["000"])])
    assert seen == ""  # a small batch: no bar


def test_reviewer_guide_shows_real_screenshots_and_real_options():
    guide = (ROOT / "docs" / "reviewers.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide)
    assert len(images) >= 3
    for image in images:
        assert (ROOT / "docs" / image).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", image
    help_text = run_zhidang("report", "--help").stdout.decode()
    for option in re.findall(r"^\| `(-[-\w]+)", guide, re.M):
        assert option in help_text, option
