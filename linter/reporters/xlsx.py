"""``zhidang report --xlsx``: the reviewer's matrix and findings as a workbook
(Excel, WPS), from the same results as ``--format json``.

Two sheets, Chinese headers, header row frozen, autofilter on:

* 汇总: one row per report — file, one column per checklist element
  (✔ / ✗ 缺失 / △ 内容过少), counts of errors, warnings and placeholders, and
  the error of a file that could not be checked;
* 问题: one row per finding — file, location, rule, severity, message, excerpt.

Written as results arrive (:class:`Writer`): openpyxl in write-only mode
streams each sheet's rows to a temporary file, so memory does not grow with
the batch. What write-only mode implies: the frozen header, the column widths
and the header's bold font are set before the first row; the autofilter's
range is set at the end; nothing is written back into earlier rows. A sheet
holds at most :data:`MAX_ROWS` rows (Excel's limit): beyond it, the last row
says how many findings were left out.

Every cell is written as a string or a number, never as a formula, whatever
the report text holds (a line starting with ``=`` stays text), and control
characters a worksheet cannot hold are removed.

Adding a sheet (say, passages shared between reports): ``Writer.sheet(title,
headers, widths)`` before the first :meth:`Writer.add` returns a function
that appends one row; the sheet comes after 问题.
"""

from __future__ import annotations

import os

from linter.errors import UserError
from linter.reporters.base import STATUS_MARKS, STATUS_WORDS, is_placeholder
from linter.results import SEVERITY_TITLES, FileError

SUMMARY_SHEET = "汇总"
FINDINGS_SHEET = "问题"
FINDING_HEADERS = ["文件", "位置", "规则", "级别", "说明", "摘录"]
#: checklist status → cell text
CELL = {status: mark + ("" if status == "present" else " " + STATUS_WORDS[status])
        for status, mark in STATUS_MARKS.items()}
_FILLS = {"present": "E6F4EA", "missing": "FDE2E1", "weak": "FFF4CE"}
#: rows per sheet in Excel (and WPS), the header included
MAX_ROWS = 1_048_576


def summary_headers(rulebook) -> list[str]:
    return ["序号", "文件"] + [e.title for e in rulebook.elements] + ["错误", "警告", "占位符", "无法检查的原因"]


class Writer:
    """The workbook of one run: :meth:`add` each outcome (in input order),
    then :meth:`close`. The file appears only then (written beside it and
    renamed); :meth:`discard`, or leaving a ``with`` block by an exception,
    leaves no file behind."""

    def __init__(self, path, rulebook):
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        self.path = os.fspath(path)
        self._cell = WriteOnlyCell
        self._illegal = ILLEGAL_CHARACTERS_RE
        self._letter = get_column_letter
        self._bold = Font(bold=True)
        self._center = Alignment(horizontal="center")
        self._fills = {k: PatternFill("solid", fgColor=v) for k, v in _FILLS.items()}
        self.book = Workbook(write_only=True)
        self.elements = [e.id for e in rulebook.elements]
        self._sheets: list = []  # [sheet, rows written, columns, rows left out]
        self._started = False
        self.number = 0
        summary_widths = [6, 40] + [10] * len(self.elements) + [7, 7, 8, 40]
        self._summary = self.sheet(SUMMARY_SHEET, summary_headers(rulebook), summary_widths)
        self._findings = self.sheet(FINDINGS_SHEET, FINDING_HEADERS, [40, 18, 16, 7, 50, 40])

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None:
            self.discard()

    def sheet(self, title: str, headers: list[str], widths: list[int]):
        """A new sheet with a bold, frozen header row; returns ``append(values)``."""
        sheet = self.book.create_sheet(title)
        sheet.freeze_panes = "A2"
        for column, width in enumerate(widths, 1):
            sheet.column_dimensions[self._letter(column)].width = width
        entry = [sheet, 0, len(headers), 0]
        self._sheets.append(entry)

        def append(values, styles=None):
            if entry[1] >= MAX_ROWS - 1 and entry[1] > 0:
                entry[3] += 1  # Excel's last row is kept for the note (see close)
                return
            row = [self._value(sheet, v) for v in values]
            if styles:
                for column, (fill, center) in styles.items():
                    cell = self._cell(sheet, values[column])
                    if fill is not None:
                        cell.fill = fill
                    if center:
                        cell.alignment = self._center
                    row[column] = cell
            sheet.append(row)
            entry[1] += 1

        header = []
        for text in headers:
            cell = self._cell(sheet, text)
            cell.font = self._bold
            header.append(cell)
        sheet.append(header)
        entry[1] = 1
        return append

    def _value(self, sheet, value):
        if not isinstance(value, str):
            return value
        if self._illegal.search(value):
            value = self._illegal.sub("", value)
        if value.startswith("="):  # text, not a formula
            cell = self._cell(sheet, value)
            cell.data_type = "s"
            return cell
        return value

    def add(self, outcome) -> None:
        self.number += 1
        if isinstance(outcome, FileError):
            self._summary([self.number, outcome.path] + ["—"] * len(self.elements)
                          + ["", "", "", outcome.message])
            return
        statuses = {c.id: c.status for c in outcome.checklist}
        errors = warnings = placeholders = 0
        for f in outcome.findings:
            if f.severity == "error":
                errors += 1
            elif f.severity == "warning":
                warnings += 1
            if is_placeholder(f.rule):
                placeholders += 1
        row = [self.number, outcome.path] + [CELL.get(statuses.get(e), "—") for e in self.elements]
        row += [errors, warnings, placeholders, ""]
        styles = {column: (self._fills.get(statuses.get(e)), True)
                  for column, e in enumerate(self.elements, 2)}
        self._summary(row, styles)
        append, path = self._findings, outcome.path
        for f in outcome.findings:
            if f.line is None:
                where = "全文"
            else:
                where = f"第{f.line}行第{f.column}列"
                if f.occurrences:
                    where += f"等 {len(f.occurrences)} 处"
            if f.location:
                where += f"（{f.location}）"
            append([path, where, f.rule, SEVERITY_TITLES[f.severity], f.message, f.excerpt])

    def close(self) -> None:
        for sheet, rows, columns, left_out in self._sheets:
            if left_out:
                sheet.append([f"（另有 {left_out} 行未列出：超出 Excel 每张工作表 {MAX_ROWS} 行的上限，"
                              "请在 HTML 审阅报告中查看）"])
                rows += 1
            sheet.auto_filter.ref = f"A1:{self._letter(columns)}{rows}"
        temporary = os.path.join(os.path.dirname(os.path.abspath(self.path)),
                                 f".{os.path.basename(self.path)}.zhidang-{os.getpid()}.tmp")
        try:
            self.book.save(temporary)
            try:
                os.chmod(temporary, os.stat(self.path).st_mode & 0o7777)
            except OSError:
                pass  # a new file
            os.replace(temporary, self.path)
        except OSError as exc:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            raise UserError(f"{self.path}: 无法写入（{exc.strerror or exc}）") from None
        finally:
            self._sheets = []

    def discard(self) -> None:
        """Remove the sheets' temporary files (openpyxl removes them only when saving)."""
        for sheet, *_ in self._sheets:
            writer = getattr(sheet, "_writer", None)
            out = getattr(writer, "out", None)
            if isinstance(out, str):
                try:
                    os.unlink(out)
                except OSError:
                    pass
        self._sheets = []
