"""The HTML report in a real browser: Debian's headless chromium, driven by
Playwright through ``executable_path`` (Playwright never downloads a browser
here). In CI (``CI`` set) these tests must run; elsewhere they are skipped only
when chromium is not installed (``apt-get install chromium``).
"""

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import SEED, run_zhidang
from linter.reporters import html as html_report
from linter.results import ChecklistItem, FileError, FileResult, Finding, Occurrence, RunResult

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
MARKS = {"present": "✔", "missing": "✗", "weak": "△"}

if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    assert CHROMIUM, "CI must install chromium (.ci/run)"
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1400, "height": 900}, locale="zh-CN",
        )
        try:
            yield context
        finally:
            context.close()


class Watched:
    """A page plus everything it tried: dialogs, requests, errors, console."""

    def __init__(self, context):
        self.page = context.new_page()
        self.dialogs, self.requests, self.errors, self.console = [], [], [], []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.console.append(m.text))

    def close(self):
        self.page.close()

    def clean(self):
        """Our script ran without errors or CSP complaints."""
        assert self.errors == [] and not any("Content Security Policy" in m for m in self.console), \
            (self.errors, self.console)


@pytest.fixture
def watched(browser):
    w = Watched(browser)
    yield w
    w.close()


@pytest.fixture(scope="module")
def seeds_reports(tmp_path_factory):
    """The seeds' report as one file and as a folder, and their JSON."""
    folder = tmp_path_factory.mktemp("seeds-report")
    single, split = folder / "one" / "审阅.html", folder / "split" / "审阅.html"
    for out, layout in ((single, "--single-file"), (split, "--folder")):
        out.parent.mkdir()
        proc = run_zhidang("report", "seeds", "-o", str(out), layout)
        assert proc.returncode == 0, proc.stderr
    data = json.loads(run_zhidang("check", "-f", "json", "seeds").stdout)
    return single, split, data


def _matrix(page):
    return page.evaluate("""() => Array.from(document.querySelectorAll('#matrix tbody tr')).map(tr => ({
        path: tr.dataset.path,
        marks: Object.fromEntries(Array.from(tr.querySelectorAll('td[data-el]'))
                 .map(td => [td.dataset.el, td.textContent])),
        errors: Number(tr.querySelector('td[data-count=errors]').textContent),
        placeholders: Number(tr.querySelector('td[data-count=placeholders]').textContent),
    }))""")


def _check_placeholders(page, result):
    view = page.locator("section.report")
    assert view.get_attribute("data-path") == result["path"]
    marks = view.locator('mark[data-rs~="placeholder:error"]')
    expected = [o["excerpt"] for f in result["findings"] if f["rule"] == "placeholder"
                for o in f.get("occurrences") or [f]]  # every place of a grouped finding is highlighted
    assert len(expected) > 100
    assert marks.all_text_contents() == expected
    first = marks.first
    assert first.is_visible()
    assert "全文有133处占位符（**）未替换为具体内容" in first.get_attribute("title")
    colour = first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    text = (SEED["003"]).read_text(encoding="utf-8").split("\n")
    lines = view.locator("div.l").all_text_contents()
    assert lines == text


@pytest.mark.parametrize("layout", ["single", "folder"])
def test_matrix_rows_click_through_to_highlighted_placeholders(watched, seeds_reports, tmp_path, layout):
    single, split, data = seeds_reports
    out = single if layout == "single" else split
    page = watched.page
    page.goto(out.as_uri())
    rows = _matrix(page)
    assert [r["path"] for r in rows] == [f["path"] for f in data["files"]]
    for row, result in zip(rows, data["files"]):
        assert row["marks"] == {c["id"]: MARKS[c["status"]] for c in result["checklist"]}, row["path"]
        assert row["errors"] == sum(f["severity"] == "error" for f in result["findings"])
        assert row["placeholders"] == sum(len(f.get("occurrences") or [f]) for f in result["findings"]
                                          if f["rule"] == "placeholder")

    # Click seed 003's row (on a cell, not on its link): its report is drawn.
    number, result = next((i, r) for i, r in enumerate(data["files"], 1)
                          if r["path"].endswith(SEED["003"].name))
    page.click(f'#matrix tr[data-path="{result["path"]}"] td[data-el="political"]')
    if layout == "single":
        page.wait_for_function(f"() => location.hash === '#r={number}'")
        assert page.locator("#summary").is_hidden()
    else:
        page.wait_for_url(lambda url: url.endswith(f"_files/001.html#r={number}"))
    _check_placeholders(page, result)
    shot = tmp_path / "report-003.png"
    page.screenshot(path=str(shot))
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (1400, 900)
    assert len(png) > 10_000  # not a blank page

    # The next report, then back to the summary: the row just seen is marked.
    page.click("section.report a.next")
    page.wait_for_function(f"() => document.querySelector('section.report').dataset.n === '{number + 1}'")
    assert page.locator("section.report").get_attribute("data-path") == data["files"][number]["path"]
    page.click("section.report a.back")
    page.wait_for_selector("#matrix tbody tr.seen")
    assert page.locator("#matrix tbody tr.seen").get_attribute("data-path") == data["files"][number]["path"]
    assert page.locator("#summary").is_visible()

    # The pages loaded nothing but themselves, and our script ran without CSP complaints.
    pages = {out.as_uri()} | {p.as_uri() for p in out.parent.glob("审阅_files/*.html")}
    assert {u.split("#")[0] for u in watched.requests} <= pages
    watched.clean()


def test_filters_and_sorting(watched, seeds_reports):
    single, _, data = seeds_reports
    page = watched.page
    page.goto(single.as_uri())
    errors = [sum(f["severity"] == "error" for f in r["findings"]) for r in data["files"]]
    page.click("#matrix thead th[data-key=e] button")  # 错误
    assert [r["errors"] for r in _matrix(page)] == sorted(errors)
    page.click("#matrix thead th[data-key=e] button")
    assert [r["errors"] for r in _matrix(page)] == sorted(errors, reverse=True)
    assert page.get_attribute("#matrix thead th[data-key=e]", "aria-sort") == "descending"

    # A rule: only the reports that have it, with their count of it.
    page.select_option("#rule-filter", "placeholder")
    having = [(r["path"], sum(f["rule"] == "placeholder" for f in r["findings"])) for r in data["files"]]
    having = sorted([h for h in having if h[1]], key=lambda h: -dict(zip(
        [r["path"] for r in data["files"]], errors))[h[0]])
    shown = page.evaluate("""() => Array.from(document.querySelectorAll('#matrix tbody tr'))
        .map(tr => [tr.dataset.path, Number(tr.querySelector('td.sel').textContent)])""")
    assert shown == [list(h) for h in having]
    assert page.locator("#matrix thead th[data-key=sel]").is_visible()
    page.click("#matrix thead th[data-key=sel] button")
    assert [n for _, n in page.evaluate("""() => Array.from(document.querySelectorAll('#matrix tbody tr'))
        .map(tr => [tr.dataset.path, Number(tr.querySelector('td.sel').textContent)])""")] == \
        sorted(n for _, n in having)
    assert "rule=placeholder" in page.evaluate("location.hash")
    # The state is in the address: reloading it (or coming back to it) shows the same.
    page.goto(single.as_uri() + "#rule=placeholder&sort=sel")
    page.reload()
    assert page.input_value("#rule-filter") == "placeholder"
    assert page.locator("#matrix tbody tr").count() == len(having)

    # Severities: unchecking 错误 leaves only reports with a placeholder warning (none).
    page.uncheck("input[name=sev][value=error]")
    assert page.locator("#matrix tbody tr").count() == 0
    page.select_option("#rule-filter", "")
    warned = sum(any(f["severity"] == "warning" for f in r["findings"]) for r in data["files"])
    assert page.locator("#matrix tbody tr").count() == warned

    # The filter follows into a report: its placeholders are no longer marked.
    page.click('#matrix tbody tr[data-path$="003_4e3a1bd0e83081fd.txt"] td.num')
    page.wait_for_selector("section.report")
    total = sum(f["rule"] == "placeholder" for r in data["files"] for f in r["findings"]
                if r["path"].endswith("003_4e3a1bd0e83081fd.txt"))
    assert page.locator('mark.off[data-rs~="placeholder:error"]').count() > 100
    assert page.locator('li[data-rs="placeholder:error"]:visible').count() == 0
    assert page.locator('li[data-rs$=":warning"]:visible').count() > 0
    page.check("input[name=sev][value=error]")
    page.select_option("#rule-filter", "placeholder")
    assert page.locator('li[data-rs="placeholder:error"]:visible').count() == total
    assert page.locator('li[data-rs$=":warning"]:visible').count() == 0
    watched.clean()


def test_highlights_follow_characters_through_crlf_overlaps_groups_and_astral_characters(watched, tmp_path,
                                                                                       rulebook):
    text = "标题\r\n全年**次，××人\r\n甲乙丙丁\r\n😀末行**"
    findings = [
        Finding("placeholder", "error", "m1", 2, 3, 2, 5, "**"),
        Finding("placeholder", "error", "m2", 2, 7, 2, 9, "××"),
        # overlapping the second, running over the CRLF into line 3
        Finding("x", "warning", "m3", 2, 8, 3, 3, "×人\r\n甲乙"),
        Finding("y", "info", "point", 4, 2, 4, 2, ""),
        # grouped: two places, the second after an astral character (two UTF-16 units)
        Finding("stars", "warning", "星号共 2 处", 2, 3, 2, 5, "**", occurrences=[
            Occurrence(2, 3, 2, 5, "**"), Occurrence(4, 4, 4, 6, "**")]),
        Finding("missing-problems", "error", "未找到“存在问题”部分"),
    ]
    result = FileResult(path="crafted.txt", rulebook=rulebook.id,
                        checklist=[ChecklistItem("political", "政治建设", "missing")], findings=findings,
                        detail={"text": text, "parsed": True, "outline": []})
    run = RunResult()
    run.add(result)
    out = tmp_path / "r.html"
    html_report.write(run, rulebook, out, single=True)
    page = watched.page
    page.goto(out.as_uri() + "#r=1")
    page.wait_for_selector("section.report")
    lines = page.locator("div.l").all_text_contents()
    assert lines == ["标题", "全年**次，××人", "甲乙丙丁", "😀末行**"]

    def marks(line):
        return page.evaluate(f"""() => Array.from(document.querySelectorAll('#L{line} mark'))
            .map(m => [m.textContent, m.dataset.rs])""")

    assert marks(2) == [["**", "placeholder:error stars:warning"], ["×", "placeholder:error"],
                        ["×", "placeholder:error x:warning"], ["人", "x:warning"]]
    assert marks(3) == [["甲乙", "x:warning"]]
    assert marks(4) == [["", "y:info"], ["**", "stars:warning"]]  # a caret, then the group's 2nd place
    anchors = page.evaluate("() => Array.from(document.querySelectorAll('a.anchor')).map(a => a.id)")
    assert anchors == ["f0", "f4", "f1", "f2", "f3"]  # each finding's first place, once
    items = page.locator("ol.findings li").all_text_contents()
    assert items[5].startswith("全文") and "未找到“存在问题”部分" in items[5]
    assert "共 2 处： 第2行 第4行" in items[4]
    watched.clean()


@pytest.mark.parametrize("layout", ["--single-file", "--folder"])
def test_a_hostile_report_runs_no_script(watched, tmp_path, layout):
    evil = '"><img src=x onerror="window.__pwned=1;alert(2)">'
    path = tmp_path / f"{evil}.txt"
    path.write_text(
        "一、政治建设<script>window.__pwned=1;alert(1)</script>\n"
        f"全年开展**次。{evil}\n"
        f"【{evil}&】\n",  # also the message of a finding, in title="…"
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    proc = run_zhidang("report", str(path), "-o", str(out), layout, "--title", "<script>alert(3)</script>")
    assert proc.returncode == 0, proc.stderr
    page = watched.page
    page.goto(out.as_uri())
    assert page.title() == "<script>alert(3)</script>"
    assert page.locator("#matrix tbody th.name a").text_content() == f"{evil}.txt"
    page.click("#matrix tbody tr td[data-el]")
    page.wait_for_selector("section.report mark")
    page.hover("mark >> nth=0")
    page.wait_for_timeout(300)
    assert watched.dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.scripts.length") == 3  # ours, and two inert JSON blocks
    text = page.locator("section.report .text").text_content()
    assert "<script>window.__pwned=1;alert(1)</script>" in text and evil in text
    pages = {out.as_uri()} | {p.as_uri() for p in tmp_path.glob("report_files/*.html")}
    assert {u.split("#")[0] for u in watched.requests} <= pages
    watched.clean()


# --------------------------------------------------------------------------- 10,000 reports


@pytest.fixture(scope="module")
def ten_thousand(tmp_path_factory, rulebook):
    """A summary of 10,000 reports (the seeds' real results, each under its
    own name, plus an unreadable file), written by the same Writer as
    ``zhidang report`` (checking 10,000 files would only take longer)."""
    from linter.runner import check_paths

    seeds = check_paths([str(p) for p in SEED.values()], rulebook, detail=html_report.detail).files
    labels = html_report.rule_labels([rulebook])
    out = tmp_path_factory.mktemp("ten-thousand") / "审阅.html"
    start = time.perf_counter()
    with html_report.Writer(out, rulebook, labels, total=10_000, layout="folder") as writer:
        for i in range(10_000):
            if i == 4321:
                writer.add(FileError(f"各单位/{i:05d}_无法读取.txt", "不是文本文件"))
                continue
            seed = seeds[i % len(seeds)]
            writer.add(FileResult(path=f"各单位/{i:05d}_{Path(seed.path).name}", rulebook=seed.rulebook,
                                  checklist=seed.checklist, findings=seed.findings, detail=seed.detail))
        writer.close()
    return out, seeds, time.perf_counter() - start


@pytest.mark.slow
def test_ten_thousand_reports_load_sort_filter_and_open(watched, ten_thousand):
    out, seeds, seconds = ten_thousand
    size = out.stat().st_size
    assert size < 3_000_000, size  # a few MB, whatever the text of the reports
    page = watched.page
    start = time.perf_counter()
    page.goto(out.as_uri())
    page.wait_for_selector("#matrix tbody tr")
    loaded = time.perf_counter() - start
    print(f"10,000 reports: written in {seconds:.1f} s, summary {size / 1e6:.2f} MB, shown in {loaded:.1f} s")
    assert loaded < 20, loaded  # generous: ~1 s on a quiet machine
    assert page.locator("#matrix tbody tr").count() == 500  # a page of rows at a time
    assert page.locator("#pages select option").count() == 20

    # Sort by 占位符, most first: seed 003's copies lead.
    page.click("#matrix thead th[data-key=p] button")
    page.click("#matrix thead th[data-key=p] button")
    first = page.locator("#matrix tbody tr").first
    assert first.get_attribute("data-path").endswith(SEED["003"].name)
    most = sum(len(f.occurrences or [f]) for f in seeds[3].findings if f.rule == "placeholder")
    assert first.locator("td[data-count=placeholders]").text_content() == str(most)
    page.click("#pages button[data-page='2']")  # the next page: more of the same
    assert page.locator("#matrix tbody tr").first.get_attribute("data-path").endswith(SEED["003"].name)

    # Filter by a rule only some seeds have: their copies alone remain.
    rule = "residue"
    having = [i for i, s in enumerate(seeds) if any(f.rule == rule for f in s.findings)]
    assert 0 < len(having) < len(seeds)
    page.select_option("#rule-filter", rule)
    expected = sum(1 for i in range(10_000) if i != 4321 and i % len(seeds) in having)
    assert f"符合条件的报告：{expected} / 10000 份" in page.locator(".shown").text_content()
    paths = page.evaluate("() => Array.from(document.querySelectorAll('#matrix tbody tr')).map(tr => tr.dataset.path)")
    assert len(paths) == 500 and all(int(p.split("/")[1][:5]) % len(seeds) in having for p in paths)

    # Find one near the end (a page far into the folder) by name, and open it: its findings, highlighted.
    last = max(i for i in range(10_000) if i != 4321 and i % len(seeds) in having)
    page.fill("#find", f"{last:05d}_")
    page.wait_for_function("() => document.querySelectorAll('#matrix tbody tr').length === 1")
    row = page.locator("#matrix tbody tr")
    number = int(row.get_attribute("data-n"))
    assert number == last + 1
    row.locator("td.num").click()
    page.wait_for_selector("section.report mark")
    assert "_files/" in page.url and f"#r={number}&rule={rule}&" in page.url
    seed = seeds[last % len(seeds)]
    shown = page.locator(f'section.report mark[data-rs~="{rule}:error"]:not(.off)')
    assert "".join(shown.all_text_contents()) == "".join(f.excerpt for f in seed.findings if f.rule == rule)
    assert page.locator("section.report mark.off").count() > 0  # the others, unmarked by the filter
    assert page.locator("section.report").get_attribute("data-path").endswith(Path(seed.path).name)
    watched.clean()
