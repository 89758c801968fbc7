"""The HTML report in a real browser: Debian's headless chromium, driven by
Playwright through ``executable_path`` (Playwright never downloads a browser
here). In CI (``CI`` set) these tests must run; elsewhere they are skipped only
when chromium is not installed (``apt-get install chromium``).
"""

import json
import os
import shutil

import pytest

from conftest import SEED, run_zhidang

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


@pytest.fixture
def watched(browser):
    w = Watched(browser)
    yield w
    w.close()


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds-report")
    out = folder / "report.html"
    proc = run_zhidang("report", "seeds", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(run_zhidang("check", "-f", "json", "seeds").stdout)
    return out, data


def _matrix(page):
    return page.evaluate("""() => Array.from(document.querySelectorAll('#matrix tbody tr')).map(tr => ({
        path: tr.dataset.path,
        marks: Object.fromEntries(Array.from(tr.querySelectorAll('td[data-el]'))
                 .map(td => [td.dataset.el, td.textContent])),
        errors: Number(tr.querySelector('td[data-count=errors]').textContent),
        placeholders: Number(tr.querySelector('td[data-count=placeholders]').textContent),
    }))""")


def test_matrix_rows_click_through_to_highlighted_placeholders(watched, seeds_report, tmp_path):
    out, data = seeds_report
    page = watched.page
    page.goto(out.as_uri())
    rows = _matrix(page)
    assert [r["path"] for r in rows] == [f["path"] for f in data["files"]]
    for row, result in zip(rows, data["files"]):
        assert row["marks"] == {c["id"]: MARKS[c["status"]] for c in result["checklist"]}, row["path"]
        assert row["errors"] == sum(f["severity"] == "error" for f in result["findings"])
        assert row["placeholders"] == sum(f["rule"] == "placeholder" for f in result["findings"])

    # Click seed 003's row (on a cell, not on its link): its report comes into view.
    number, result = next((i, r) for i, r in enumerate(data["files"], 1)
                          if r["path"].endswith(SEED["003"].name))
    page.click(f'#matrix tr[data-path="{result["path"]}"] td[data-el="political"]')
    page.wait_for_function(f"location.hash === '#r-{number}'")
    section = page.locator(f"#r-{number}")
    box = section.bounding_box()
    assert 0 <= box["y"] < 200  # scrolled to the top of the window
    marks = section.locator('mark[data-rs~="placeholder:error"]')
    expected = [f["excerpt"] for f in result["findings"] if f["rule"] == "placeholder"]
    assert len(expected) > 100
    assert marks.all_text_contents() == expected
    first = marks.first
    assert first.is_visible()
    assert "占位符“**”未替换为具体内容" in first.get_attribute("title")
    colour = first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    shot = tmp_path / "report-003.png"
    page.screenshot(path=str(shot))
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (1400, 900)
    assert len(png) > 10_000  # not a blank page

    # The page loaded nothing but itself, and our script ran without CSP complaints.
    assert watched.requests == [out.as_uri()]
    assert watched.errors == [] and not any("Content Security Policy" in m for m in watched.console)


def test_filters_and_sorting(watched, seeds_report):
    out, data = seeds_report
    page = watched.page
    page.goto(out.as_uri())
    placeholders = page.locator('mark[data-rs~="placeholder:error"]')
    total = placeholders.count()
    assert total == sum(f["rule"] == "placeholder" for r in data["files"] for f in r["findings"])
    page.uncheck('input[name=sev][value=error]')
    assert page.locator('mark.off[data-rs~="placeholder:error"]').count() == total
    assert page.locator('li[data-rs="placeholder:error"]:visible').count() == 0
    assert page.locator('li[data-rs="residue-line:warning"]:visible').count() > 0
    page.check('input[name=sev][value=error]')
    page.select_option("#rule-filter", "residue")
    assert page.locator("mark.off").count() >= total
    assert page.locator('mark[data-rs~="residue:error"]:not(.off)').count() > 0
    assert page.locator('li[data-rs="residue:error"]:visible').count() > 0
    assert page.locator('li[data-rs="placeholder:error"]:visible').count() == 0

    errors = [sum(f["severity"] == "error" for f in r["findings"]) for r in data["files"]]
    page.click("#matrix thead th:nth-child(14) button")  # 错误
    assert [r["errors"] for r in _matrix(page)] == sorted(errors)
    page.click("#matrix thead th:nth-child(14) button")
    assert [r["errors"] for r in _matrix(page)] == sorted(errors, reverse=True)
    assert page.get_attribute("#matrix thead th:nth-child(14)", "aria-sort") == "descending"


def test_a_hostile_report_runs_no_script(watched, tmp_path):
    evil = '"><img src=x onerror="window.__pwned=1;alert(2)">'
    path = tmp_path / f"{evil}.txt"
    path.write_text(
        "一、政治建设<script>window.__pwned=1;alert(1)</script>\n"
        f"全年开展**次。{evil}\n"
        f"【{evil}&】\n",  # also the message of a finding, in title="…"
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    proc = run_zhidang("report", str(path), "-o", str(out), "--title", "<script>alert(3)</script>")
    assert proc.returncode == 0, proc.stderr
    page = watched.page
    page.goto(out.as_uri())
    page.hover("mark >> nth=0")
    page.click("#matrix tbody tr td[data-el]")
    page.wait_for_timeout(300)
    assert watched.dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.scripts.length") == 1  # ours
    assert page.title() == "<script>alert(3)</script>"
    text = page.locator("#r-1 .text").text_content()
    assert "<script>window.__pwned=1;alert(1)</script>" in text and evil in text
    assert page.locator("#matrix tbody th.name a").text_content() == f"{evil}.txt"
    assert [u for u in watched.requests if u != out.as_uri()] == []
