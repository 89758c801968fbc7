"""``zhidang report --xlsx``: the reviewer's matrix and findings as a workbook
(Excel, WPS), from the same data as ``--format json`` (``run.to_dict()``).

Two sheets, Chinese headers, header row frozen, autofilter on:

* 汇总: one row per report — file, one column per checklist element
  (✔ / ✗ 缺失 / △ 内容过少), counts of errors, warnings and placeholders, and
  the error of a file that could not be checked;
* 问题: one row per finding — file, location, rule, severity, message, excerpt.

Every cell is written as a string or a number, never as a formula, whatever
the report text holds (a line starting with ``=`` stays text).
"""

from __future__ import annotations

from linter.reporters.base import STATUS_MARKS, STATUS_WORDS, is_placeholder
from linter.results import SEVERITY_TITLES

SUMMARY_SHEET = "汇总"
FINDINGS_SHEET = "问题"
FINDING_HEADERS = ["文件", "位置", "规则", "级别", "说明", "摘录"]
#: checklist status → cell text
CELL = {status: mark + ("" if status == "present" else " " + STATUS_WORDS[status])
        for status, mark in STATUS_MARKS.items()}
_FILLS = {"present": "E6F4EA", "missing": "FDE2E1", "weak": "FFF4CE"}


def summary_headers(rulebook) -> list[str]:
    return ["序号", "文件"] + [e.title for e in rulebook.elements] + ["错误", "警告", "占位符", "无法检查的原因"]


def write(run, rulebook, path) -> None:
    """Write the workbook to ``path``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    data = run.to_dict()
    book = Workbook()
    summary = book.active
    summary.title = SUMMARY_SHEET
    findings = book.create_sheet(FINDINGS_SHEET)
    bold = Font(bold=True)
    fills = {k: PatternFill("solid", fgColor=v) for k, v in _FILLS.items()}

    next_row: dict[str, int] = {}

    def append(sheet, values):
        row = next_row[sheet.title] = next_row.get(sheet.title, 0) + 1
        cells = []
        for column, value in enumerate(values, 1):
            cell = sheet.cell(row, column)
            if isinstance(value, str):
                cell.value = _clean(value)
                cell.data_type = "s"  # text, even if it starts with "="
            else:
                cell.value = value
            cells.append(cell)
        return cells

    for cell in append(summary, summary_headers(rulebook)):
        cell.font = bold
    elements = [e.id for e in rulebook.elements]
    number = 0
    for result in data["files"]:
        number += 1
        statuses = {c["id"]: c["status"] for c in result["checklist"]}
        counts = {"error": 0, "warning": 0}
        for f in result["findings"]:
            if f["severity"] in counts:
                counts[f["severity"]] += 1
        placeholders = sum(1 for f in result["findings"] if is_placeholder(f["rule"]))
        row = [number, result["path"]] + [CELL.get(statuses.get(e), "—") for e in elements]
        row += [counts["error"], counts["warning"], placeholders, ""]
        cells = append(summary, row)
        for cell, element in zip(cells[2:], elements):
            status = statuses.get(element)
            if status in fills:
                cell.fill = fills[status]
            cell.alignment = Alignment(horizontal="center")
    for error in data["errors"]:
        number += 1
        append(summary, [number, error["path"]] + ["—"] * len(elements) + ["", "", "", error["message"]])

    for cell in append(findings, FINDING_HEADERS):
        cell.font = bold
    for result in data["files"]:
        for f in result["findings"]:
            where = "全文" if f["line"] is None else f"第{f['line']}行第{f['column']}列"
            if f.get("occurrences"):
                where += f"等 {len(f['occurrences'])} 处"
            if f.get("location"):
                where += f"（{f['location']}）"
            append(findings, [result["path"], where, f["rule"], SEVERITY_TITLES[f["severity"]],
                              f["message"], f["excerpt"]])

    widths = {SUMMARY_SHEET: [6, 40] + [10] * len(elements) + [7, 7, 8, 40],
              FINDINGS_SHEET: [40, 18, 16, 7, 50, 40]}
    for sheet in (summary, findings):
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for column, width in enumerate(widths[sheet.title], 1):
            sheet.column_dimensions[get_column_letter(column)].width = width
    book.save(path)


def _clean(text: str) -> str:
    """Drop the control characters a worksheet cannot hold (a stray form feed
    or escape in a report would otherwise abort the save)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)
