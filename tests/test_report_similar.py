"""The “相似段落” view of ``zhidang report --similar`` and its xlsx sheet (issue 16).

The batch is tests/similar (see test_similar.py): 城关镇 and 新华镇 share two
passages (lines 4 and 8–10) with the unit, a person and figures changed; 县交通运输局
repeats its 2023 problems part; the hospital has a 2023 report it does not repeat.
"""

import base64
import hashlib
import json
import os
import re
import shutil
import time
from urllib.parse import unquote

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import ROOT
from linter.cli import cli
from linter.reporters import html as html_report
from linter.similar.model import ArchiveMatch, Passage, Place, Report, Similarity

BATCH = ROOT / "tests" / "similar" / "batch"
ARCHIVE = ROOT / "tests" / "similar" / "archive"
NAMES = sorted(os.listdir(BATCH))
CHENGGUAN, XINHUA = NAMES.index("2024-chengguan-town.txt"), NAMES.index("2024-xinhua-town.txt")
TRANSPORT, HOSPITAL = NAMES.index("2024-county-transport-bureau.txt"), NAMES.index("2024-county-hospital.txt")


def generate(folder, *extra):
    folder.mkdir(parents=True, exist_ok=True)
    result = CliRunner().invoke(cli, ["report", "--similar", "--compare-with", str(ARCHIVE), str(BATCH),
                                      "-o", str(folder / "审阅.html"), *map(str, extra)])
    assert result.exit_code == 0, result.output
    return folder / "审阅.html"


def summary_of(page) -> dict:
    text = page.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="zd-page">(.*?)</script>', text)
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The batch's report as one file (with the xlsx) and as a folder."""
    root = tmp_path_factory.mktemp("similar-report")
    single = generate(root / "one", "--single-file", "--xlsx", root / "one" / "汇总.xlsx")
    folder = generate(root / "split", "--folder")
    return {"single": single, "folder": folder, "xlsx": root / "one" / "汇总.xlsx"}


def text_of(side, kind=None):
    return "".join(t for t, k in side[2] if kind is None or k == kind)


def test_the_view_lists_each_shared_passage_once_with_every_place(made):
    data = summary_of(made["single"])
    view = data["views"]["similar"]
    assert view["title"] == "相似段落" and view["frequency_filter"] is True
    # reports are named by their summary row (which carries the report's page)
    assert [r[0] for r in view["reports"]] == [1, 2, 3, 4, 5, 6]
    assert [os.path.basename(r[1]) for r in view["reports"]] == NAMES
    assert [row[1] for row in data["rows"]] == [r[1] for r in view["reports"]]
    assert view["total_passages"] == 2
    places = [sorted((p[0], p[1], p[3]) for p in passage[2]) for passage in view["passages"]]
    assert sorted(places) == [[(CHENGGUAN, 4, 4), (XINHUA, 4, 4)], [(CHENGGUAN, 8, 10), (XINHUA, 8, 10)]]
    first = view["passages"][0]
    assert first[0] == 1 and first[3] == 2 and first[1] > 50  # number (as in the sheet), chars, places
    excerpts = {p[0]: p[5] for p in first[2]}
    assert excerpts[CHENGGUAN].startswith("城关镇党委把学习贯彻") and "张建国" in excerpts[CHENGGUAN]
    assert excerpts[XINHUA].startswith("新华镇党委把学习贯彻") and "李卫东" in excerpts[XINHUA]


def test_the_matrix_pairs_and_archive_shares(made):
    view = summary_of(made["single"])["views"]["similar"]
    low, high = sorted((CHENGGUAN, XINHUA))
    (pair,) = view["pairs"]
    assert pair[:2] == [low, high] and 0.2 < pair[2] < 0.5 and 0.2 < pair[3] < 0.5
    assert view["total_pairs"] == 1
    assert view["matrix"]["reports"] == [low, high] and view["matrix"]["total"] == 2
    assert sorted(c[:2] for c in view["matrix"]["cells"]) == [[low, high], [high, low]]
    archive = {entry[0]: entry for entry in view["archive"]}
    assert set(archive) == {TRANSPORT, HOSPITAL}
    transport = archive[TRANSPORT]
    assert transport[1].endswith("2023-county-transport-bureau.txt") and transport[2] == 2023
    assert 0.1 < transport[3] < 0.3 and transport[4] == [["存在问题", 1.0]]
    assert archive[HOSPITAL][3] == 0.0
    assert view["archive"][0][0] == TRANSPORT  # the most repeated first


def test_side_by_side_marks_what_both_share_and_what_was_changed(made):
    sides = summary_of(made["single"])["views"]["similar"]["sides"]
    batch = [s for s in sides if s["b"] >= 0]
    (pair,) = batch
    assert {pair["a"], pair["b"]} == {CHENGGUAN, XINHUA}
    assert [(left[0], left[1], right[0], right[1]) for left, right in pair["blocks"]] == [(4, 4, 4, 4), (8, 10, 8, 10)]
    by_report = dict(zip((pair["a"], pair["b"]), zip(*pair["blocks"])))
    town = by_report[CHENGGUAN][0]
    changed = text_of(town, 0)
    assert "城关" in changed and "张建国" in changed and "42" in changed
    shared = text_of(town, 1)
    assert "镇党委把学习贯彻习近平总书记重要讲话" in shared and "城关" not in shared and "张建国" not in shared
    assert text_of(by_report[XINHUA][0], 1) == shared  # both sides mark the same characters
    context = [t for t, k in town[2] if k == 2]
    assert len(context) == 2 and "现将有关情况报告如下" in context[0]  # the text around the passage
    archive = [s for s in sides if s["b"] == -1]
    (repeated,) = archive
    assert repeated["a"] == TRANSPORT and repeated["year"] == 2023
    ((left, right),) = repeated["blocks"]
    assert left[0] == right[0] == 16 and text_of(left, 1) == text_of(right, 1)
    assert text_of(left, 1).startswith("一是对工程建设领域廉政风险") and text_of(left, 0) == ""


def test_the_folder_carries_the_same_view(made):
    single = summary_of(made["single"])["views"]["similar"]
    folder = summary_of(made["folder"])
    assert folder["layout"] == "folder" and all(row[8] == 1 for row in folder["rows"])
    assert folder["views"]["similar"] == single


def scripts_of(page) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page.read_text(encoding="utf-8"), re.S)


def test_only_a_summary_with_the_view_carries_its_script_and_the_policy_allows_it(made):
    text = made["single"].read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', text).group(1)
    codes = scripts_of(made["single"])
    assert len(codes) == 2 and "zdViews" in codes[0]  # the view's script runs first
    for code in codes:
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "innerHTML" not in "".join(codes) and "insertAdjacentHTML" not in "".join(codes)
    chunk = made["folder"].parent / "审阅_files" / "001.html"
    assert len(scripts_of(chunk)) == 1 and len(scripts_of(made["folder"])) == 2


def test_without_a_comparison_there_is_no_view_nor_sheet(tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", str(BATCH), "-o", str(out), "--xlsx", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 0, result.output
    assert summary_of(out)["views"] == {}
    assert len(scripts_of(out)) == 1 and "sim-matrix" not in out.read_text(encoding="utf-8")
    assert load_workbook(tmp_path / "r.xlsx").sheetnames == ["汇总", "问题"]


def test_the_xlsx_sheet_of_shared_passages(made):
    book = load_workbook(made["xlsx"], read_only=True)
    assert book.sheetnames == ["汇总", "问题", "相似段落"]
    rows = list(book["相似段落"].iter_rows(values_only=True))
    assert rows[0] == ("段落编号", "文件", "位置", "摘录", "字数", "其他文件", "说明")
    body = [r for r in rows[1:] if r[0] != "往年"]
    assert [(r[0], os.path.basename(r[1]), r[2], r[5]) for r in body] == [
        (1, "2024-chengguan-town.txt", "第4行第1列–第4行第153列", "2024-xinhua-town.txt"),
        (1, "2024-xinhua-town.txt", "第4行第1列–第4行第152列", "2024-chengguan-town.txt"),
        (2, "2024-chengguan-town.txt", "第8行第1列–第10行第142列", "2024-xinhua-town.txt"),
        (2, "2024-xinhua-town.txt", "第8行第1列–第10行第142列", "2024-chengguan-town.txt"),
    ]
    assert body[0][3].startswith("城关镇党委把学习贯彻") and body[0][4] == len(body[0][3])
    assert all(r[6] == "共 2 份报告" for r in body)
    (archive,) = [r for r in rows[1:] if r[0] == "往年"]
    assert os.path.basename(archive[1]) == "2024-county-transport-bureau.txt"
    assert archive[2].startswith("第16行第1列") and archive[5] == "2023-county-transport-bureau.txt"
    assert re.fullmatch(r"与2023年报告重复 2\d%；“存在问题”重复 100%", archive[6])
    assert archive[3].startswith("一是对工程建设领域廉政风险")


def test_compare_with_alone_shows_last_years_reports_only(tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "--compare-with", str(ARCHIVE), str(BATCH), "-o", str(out),
                                      "--xlsx", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 0, result.output
    view = summary_of(out)["views"]["similar"]
    assert view["passages"] == [] and view["pairs"] == [] and view["matrix"]["reports"] == []
    assert [e[0] for e in view["archive"]] == [TRANSPORT, HOSPITAL]
    assert [s["b"] for s in view["sides"]] == [-1]
    rows = list(load_workbook(tmp_path / "r.xlsx")["相似段落"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["往年"]


def test_a_large_comparison_gives_a_bounded_view():
    """200 reports, 1,000 passages, a pair for every neighbour: every list is cut, with its total."""
    count = 200
    similarity = Similarity(reports=[Report(f"/r/{n:03d}.txt", f"单位{n}", 2024, 1000) for n in range(count)])
    for k in range(1000):
        a, b = k % count, (k + 1) % count
        text = f"第{k}段相同的文字，" * 30
        similarity.passages.append(Passage("batch", len(text), [
            Place(a, 0, len(text), 3, 1, 3, len(text) + 1, text), Place(b, 0, len(text), 5, 1, 5, len(text) + 1, text)]))
        similarity.matrix[(a, b)] = similarity.matrix[(b, a)] = 0.1 + (k % 7) / 10
    for n in range(0, count, 2):
        text = f"问题{n}年年一样。" * 20
        similarity.reports[n].archive = ArchiveMatch(f"/old/{n}.txt", 2023, 0.46, {"problems": 1.0},
                                                     [Place(n, 0, len(text), 9, 1, 9, len(text) + 1, text)],
                                                     [Place(-1, 0, len(text), 8, 1, 8, len(text) + 1, text)])
    numbers = {r.path: n + 1 for n, r in enumerate(similarity.reports)}
    started = time.perf_counter()
    view = html_report.similarity_view(similarity, numbers, {"problems": "存在问题"}, load=lambda path: None)
    assert time.perf_counter() - started < 10
    assert len(view["passages"]) == html_report.SIM_PASSAGES and view["total_passages"] == 1000
    assert len(view["pairs"]) == html_report.SIM_PAIRS and view["total_pairs"] == count
    assert len(view["matrix"]["reports"]) == html_report.SIM_MATRIX and view["matrix"]["total"] == count
    inside = set(view["matrix"]["reports"])
    assert all(c[0] in inside and c[1] in inside for c in view["matrix"]["cells"])
    assert len(view["sides"]) == 2 * html_report.SIM_SIDE_PAIRS  # the batch's top pairs, then archive
    assert all(len(s["blocks"]) <= html_report.SIM_SIDE_BLOCKS for s in view["sides"])
    assert all(len(text_of(side)) <= html_report.SIM_SIDE_CHARS + 1
               for s in view["sides"] for block in s["blocks"] for side in block)
    assert all(len(p[5]) <= html_report.SIM_EXCERPT + 1 for passage in view["passages"] for p in passage[2])
    assert view["archive"][0][4] == [["存在问题", 1.0]] and view["total_archive"] == count // 2
    assert len(json.dumps(view, ensure_ascii=False)) < 2_000_000


# --------------------------------------------------------------------------- in a browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install chromium (.ci/run)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=ARGS, viewport={"width": 1400, "height": 900}, locale="zh-CN")
        try:
            yield context
        finally:
            context.close()


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["single", "folder"])
def test_the_view_in_a_browser(browser, made, layout):
    page = browser.new_page()
    errors, requests = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(made[layout].as_uri())
        page.click('a[data-view="similar"]')
        page.wait_for_selector("#sim-passages ol.passages")
        # each passage once, with every place: two links per place (report, lines)
        assert page.locator("ol.passages > li.passage").count() == 2
        places = page.locator("ol.passages ol.places > li")
        assert places.count() == 4
        assert page.locator("ol.passages ol.places a.rep").all_inner_texts().count("第8–10行") == 2
        # the archive: the measure and the repeated part
        row = page.locator(f'#sim-archive tr[data-report="{TRANSPORT}"]')
        assert re.search(r"与2023年报告重复 2\d%", row.inner_text()) and "“存在问题”重复 100%" in row.inner_text()
        # side by side: the shared characters marked, the changed ones not
        assert page.locator("#sim-pair option").count() == 2
        marks = page.locator("#sim-side mark.sim").all_inner_texts()
        assert any("镇党委把学习贯彻习近平总书记重要讲话" in m for m in marks)
        assert not any("张建国" in m or "李卫东" in m for m in marks)
        changed = page.locator("#sim-side .diff").all_inner_texts()
        assert "城关" in changed and "新华" in changed and "张建国" in changed and "李卫东" in changed
        # the matrix: one cell each way; a click chooses the side-by-side pair
        cells = page.locator("table.sim-matrix td.cell")
        assert cells.count() == 2 and all(re.fullmatch(r"\d+%", t) for t in cells.all_inner_texts())
        page.select_option("#sim-pair", "1")  # the archive pair
        assert "2023年报告" in page.locator("#sim-side .sim-col-head").nth(1).inner_text()
        cells.first.click()
        assert page.locator("#sim-pair").input_value() == "0"
        assert page.locator("#sim-side .sim-block").count() == 4
        # a place's link opens the report at its lines (the folder: its page of 审阅_files/)
        page.locator("ol.passages ol.places a.rep", has_text="第8–10行").first.click()
        page.wait_for_selector("section.report .l.hit")
        assert page.locator("section.report .l.hit").evaluate_all("ls => ls.map(l => l.dataset.n)") == ["8", "9", "10"]
        assert page.locator("section.report .idx").inner_text() == str(CHENGGUAN + 1)
        if layout == "folder":
            assert unquote(page.url).endswith("/审阅_files/001.html#r=1&l=8-10")
        assert errors == [] and all(u.startswith("file://") for u in requests), (errors, requests)
    finally:
        page.close()
