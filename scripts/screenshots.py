#!/usr/bin/env python3
"""Take the screenshots of docs/reviewers.md from the real report on seeds/.

    python scripts/screenshots.py

Needs Debian's chromium (and fonts-noto-cjk for the Chinese text); drives it
with Playwright by executable_path, never downloading a browser. Writes
docs/img/report-*.png (report-similar.png: the 相似段落 view of tests/similar).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or sys.exit("chromium is not installed")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "linter", "report", "seeds", "-o", str(report),
                        "--title", "××党委 2023年度全面从严治党主体责任报告审阅汇总"],
                       cwd=ROOT, check=True)
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(Path(tmp) / "profile"), executable_path=chromium, headless=True, args=ARGS,
                viewport={"width": 1280, "height": 760}, locale="zh-CN",
            )
            page = context.new_page()
            page.goto(report.as_uri())
            page.screenshot(path=str(OUT / "report-matrix.png"))
            # A reviewer clicks the row of seed 003: its placeholders, highlighted.
            page.click('#matrix tr[data-path$="003_4e3a1bd0e83081fd.txt"] td[data-el="political"]')
            page.wait_for_selector("section.report mark")
            page.hover("section.report mark >> nth=1")
            page.wait_for_timeout(1500)  # the tooltip
            page.screenshot(path=str(OUT / "report-detail.png"))
            # Seed 001: the outline as zhidang understood it, and a web residue.
            page.goto(report.as_uri() + "#r=2")
            page.wait_for_selector("section.report[data-n='2']")
            page.wait_for_timeout(200)
            page.screenshot(path=str(OUT / "report-outline.png"))
            # The rule filter: only the reports with a placeholder, with their count of them.
            page.goto(report.as_uri() + "#rule=placeholder&sort=sel&dir=-1")
            page.wait_for_selector("#matrix tbody tr")
            page.screenshot(path=str(OUT / "report-filter.png"))
            # The 相似段落 view of tests/similar's batch, compared with its 2023 reports.
            similar = Path(tmp) / "similar.html"
            subprocess.run([sys.executable, "-m", "linter", "report", "--similar", "--compare-with",
                            "tests/similar/archive", "tests/similar/batch", "-o", str(similar),
                            "--title", "××县委 2024年度全面从严治党主体责任报告审阅汇总"], cwd=ROOT, check=True)
            page.set_viewport_size({"width": 1280, "height": 1500})
            page.goto(similar.as_uri() + "#view=similar")
            page.wait_for_selector("#sim-side mark.sim")
            page.screenshot(path=str(OUT / "report-similar.png"))
            context.close()
    for png in sorted(OUT.glob("report-*.png")):
        print(png.relative_to(ROOT), png.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
