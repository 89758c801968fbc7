"""``zhidang report --xlsx``: the reviewer's matrix and findings as a workbook
(Excel, WPS), from the same results as ``--format json``.

Two sheets, Chinese headers, header row frozen, autofilter on:

* 汇总: one row per report — file, one column per checklist element
  (✔ / ✗ 缺失 / △ 内容过少, coloured), counts of errors, warnings and
  placeholders, and the error of a file that could not be checked;
* 问题: one row per finding — file, location, rule, severity, message, excerpt;
* 相似段落 (``report --similar`` / ``--compare-with``, :meth:`Writer.similarity`):
  one row per place of each shared passage — passage number, file, position,
  excerpt, characters, the other files —, then one row per place repeated
  from last year's report, its note saying “与2023年报告重复 46%” and the
  parts repeated.

Written as results arrive (:class:`Writer`), in bounded memory: the 问题
sheet is compressed straight into the .xlsx (a zip) row by row, the other
sheets go to temporary files and join it at the end. The workbook is the
one openpyxl writes for the same cells (inline strings, the same parts,
styles and filter names; the tests read it back with openpyxl). It is not
written *with* openpyxl: openpyxl costs ~19 µs per cell even in write-only
mode — on 2,000 seed-like reports (220,000 findings) 27 s of CPU, more than
checking them — against ~1.5 µs here.

Every cell is a string or a number, never a formula (a report line starting
with ``=`` stays text: inline strings are never evaluated); control
characters a worksheet cannot hold are removed, and a cell holds at most
:data:`MAX_CELL` characters. A sheet holds at most :data:`MAX_ROWS` rows
(Excel's limit): beyond it, the last row says how many were left out.

Adding a sheet (say, passages shared between reports): ``Writer.sheet(title,
headers, widths)`` returns a :class:`Sheet`; ``sheet.append(values)`` adds
rows at any time before :meth:`Writer.close`; it comes after 问题.
"""

from __future__ import annotations

import datetime
import os
import re
import tempfile
import zipfile

from linter import regexstore
from linter.errors import UserError
from linter.files import refuse_read_only
from linter.reporters.base import STATUS_MARKS, STATUS_WORDS
from linter.results import SEVERITY_TITLES, FileError

SUMMARY_SHEET = "汇总"
FINDINGS_SHEET = "问题"
FINDING_HEADERS = ["文件", "位置", "规则", "级别", "说明", "摘录"]
SIMILAR_SHEET = "相似段落"
SIMILAR_HEADERS = ["段落编号", "文件", "位置", "摘录", "字数", "其他文件", "说明"]
#: checklist status → cell text
CELL = {status: mark + ("" if status == "present" else " " + STATUS_WORDS[status])
        for status, mark in STATUS_MARKS.items()}
#: rows per sheet in Excel (and WPS), the header included
MAX_ROWS = 1_048_576
#: characters per cell in Excel
MAX_CELL = 32_767
_FLUSH_ROWS = 256
_MEMBER_BYTES = 1_900_000_000

# Cell styles (styles.xml's cellXfs): 0 plain, 1 bold (headers), then centred
# with a fill per checklist status, and centred without fill.
BOLD, CENTER = 1, 5
STATUS_STYLE = {"present": 2, "missing": 3, "weak": 4}
_FILLS = ["E6F4EA", "FDE2E1", "FFF4CE"]  # in the order of STATUS_STYLE
_STATUSES = {"p": "present", "w": "weak", "m": "missing"}  # html.summarize's letters

_NEEDS_WORK = regexstore.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f]")
_ILLEGAL = regexstore.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # as openpyxl's ILLEGAL_CHARACTERS_RE
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def summary_headers(rulebook) -> list[str]:
    return ["序号", "文件"] + [e.title for e in rulebook.elements] + ["错误", "警告", "占位符", "无法检查的原因"]


def column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: str) -> str:
    """A string as the content of ``<t>``."""
    if len(value) > MAX_CELL:
        value = value[:MAX_CELL]
    if _NEEDS_WORK.search(value) is not None:
        value = _ILLEGAL.sub("", value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value


def _cell(column: str, value: str) -> str:
    """A text cell of a row template (:func:`finding_rows`): ``\\x00`` stands for the row number."""
    if not value:
        return ""
    space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
    return f'<c r="{column}\x00" t="inlineStr"><is><t{space}>{_text(value)}</t></is></c>'


def finding_rows(result) -> list[str]:
    """The 问题 sheet's rows of one report, as XML with ``\\x00`` for the
    row number (known only in the parent, which fills it in): made in the
    worker process (``html.work``), where it costs no time of the parent's."""
    path = _cell("A", result.path)
    cells: dict = {}  # the same rule, severity or message, again and again

    def cell(column, value):
        key = (column, value)
        text = cells.get(key)
        if text is None:
            text = cells[key] = _cell(column, value)
        return text

    rows = []
    for f in result.findings:
        if f.line is None:
            where = "全文"
        else:
            where = f"第{f.line}行第{f.column}列"
            if f.occurrences:
                where += f"等 {len(f.occurrences)} 处"
        if f.location:
            where += f"（{f.location}）"
        rows.append(f'<row r="\x00">{path}{_cell("B", where)}{cell("C", f.rule)}'
                    f'{cell("D", SEVERITY_TITLES[f.severity])}{cell("E", f.message)}{_cell("F", f.excerpt)}</row>')
    return rows


class Sheet:
    """One worksheet, written row by row to ``out`` (a binary file)."""

    def __init__(self, title: str, headers: list[str], widths: list[int], out, index: int,
                 max_bytes: int | None = None):
        self.title = title
        self.max_bytes = max_bytes  # stop adding rows beyond this size (a zip member without ZIP64)
        self.bytes = 0
        self.index = index
        self.columns = len(headers)
        self.letters = [column_letter(c) for c in range(1, max(len(headers), len(widths)) + 1)]
        self.out = out
        self.rows = 0
        self.left_out = 0
        self._buffer: list[str] = []
        cols = "".join(f'<col width="{w}" customWidth="1" min="{c}" max="{c}"/>'
                       for c, w in enumerate(widths, 1))
        cols = f"<cols>{cols}</cols>" if cols else ""
        self._write(
            f'<worksheet xmlns="{_MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/>'
            '<pageSetUpPr/></sheetPr><sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
            f'<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>{cols}<sheetData>'
        )
        self.append(headers, [BOLD] * len(headers))

    def _write(self, text: str) -> None:
        data = text.encode("utf-8")
        self.bytes += len(data)
        self.out.write(data)

    def append(self, values, styles=None) -> None:
        """One row: strings and numbers (None: an empty cell); ``styles``: a
        cellXfs index for each of the first cells, or None."""
        if self.rows >= MAX_ROWS - 1 and self.rows or self.max_bytes is not None and self.bytes > self.max_bytes:
            self.left_out += 1  # Excel's last row is kept for the note (see close)
            return
        self.rows += 1
        number = self.rows
        cells = []
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            style = f' s="{styles[column]}"' if styles and column < len(styles) and styles[column] else ""
            ref = f"{self.letters[column]}{number}"
            if isinstance(value, str):
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                cells.append(f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_text(value)}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}"{style} t="n"><v>{value}</v></c>')
        self._buffer.append(f'<row r="{number}">{"".join(cells)}</row>')
        if len(self._buffer) >= _FLUSH_ROWS:
            self._write("".join(self._buffer))
            self._buffer = []

    def extend(self, templates: list[str]) -> None:
        """Rows made by :func:`finding_rows` (``\\x00``: the row number)."""
        if self._buffer:
            self._write("".join(self._buffer))
            self._buffer = []
        out = []
        for template in templates:
            if self.rows >= MAX_ROWS - 1 or self.max_bytes is not None and self.bytes > self.max_bytes:
                self.left_out += 1
                continue
            self.rows += 1
            out.append(template.replace("\x00", str(self.rows)))
        if out:
            self._write("".join(out))

    def filter_ref(self) -> str:
        return f"A1:{column_letter(self.columns)}{self.rows}"

    def finish(self) -> None:
        """The rest of the sheet: the note on rows left out, the autofilter."""
        if self.left_out:
            self.rows += 1
            note = (f"（另有 {self.left_out} 行未列出：超出 Excel 一张工作表的容量（{MAX_ROWS} 行），"
                    "请在 HTML 审阅报告中查看）")
            self._buffer.append(f'<row r="{self.rows}"><c r="A{self.rows}" t="inlineStr"><is><t>{_text(note)}'
                                "</t></is></c></row>")
        self._write("".join(self._buffer))
        self._buffer = []
        self._write(f'</sheetData><autoFilter ref="{self.filter_ref()}"/>'
                    '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
                    "</worksheet>")


class Writer:
    """The workbook of one run: :meth:`add` each outcome (in input order),
    then :meth:`close`. The file appears only then (written beside it and
    renamed); :meth:`discard`, or leaving a ``with`` block by an exception,
    leaves no file behind."""

    def __init__(self, path, rulebook):
        self.path = os.fspath(path)
        self.elements = [e.id for e in rulebook.elements]
        self._titles = {e.id: e.title for e in rulebook.elements}
        self.number = 0
        self._stamp = datetime.datetime.now().timetuple()[:6]
        folder = os.path.dirname(os.path.abspath(self.path))
        self._temporary = os.path.join(folder, f".{os.path.basename(self.path)}.zhidang-{os.getpid()}.tmp")
        self._zip = self._member = None
        self._spools: list = []
        self.sheets: list[Sheet] = []
        try:
            refuse_read_only(self.path)
            self._zip = zipfile.ZipFile(self._temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
            self.summary = self.sheet(SUMMARY_SHEET, summary_headers(rulebook),
                                      [6, 40] + [10] * len(self.elements) + [7, 7, 8, 40])
            # The one large sheet goes straight into the zip, compressed as it is written.
            # (Kept under 2 GB so that the zip needs no ZIP64 extensions, which some readers refuse.)
            self._member = self._zip.open("xl/worksheets/sheet2.xml", "w")  # (dated 1980, as zipfile does)
            self.findings = Sheet(FINDINGS_SHEET, FINDING_HEADERS, [40, 18, 16, 7, 50, 40], self._member, 2,
                                  max_bytes=_MEMBER_BYTES)
            self.sheets.append(self.findings)
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None:
            self.discard()

    def sheet(self, title: str, headers: list[str], widths: list[int]) -> Sheet:
        """A new sheet (after those made before), written to a temporary file."""
        spool = tempfile.TemporaryFile(prefix="zhidang-xlsx-")
        self._spools.append(spool)
        sheet = Sheet(title, headers, widths, spool, len(self.sheets) + 1)
        self.sheets.append(sheet)
        return sheet

    def add(self, outcome) -> None:
        self.number += 1
        try:
            self._add(outcome)
        except OSError as exc:
            raise self._error(exc) from None

    def _add(self, outcome) -> None:
        if isinstance(outcome, FileError):
            self.summary.append([self.number, outcome.path] + ["—"] * len(self.elements)
                                + [None, None, None, outcome.message],
                                [0, 0] + [CENTER] * len(self.elements))
            return
        from linter.reporters.html import Prepared, summarize

        ready = outcome.detail if isinstance(outcome.detail, Prepared) else None
        letters, _, counts, placeholders, _ = ready.summary if ready else summarize(outcome, self.elements)
        found = [_STATUSES.get(letter) for letter in letters]
        self.summary.append([self.number, outcome.path] + [CELL.get(s, "—") for s in found]
                            + [counts[2], counts[1], placeholders, None],
                            [0, 0] + [STATUS_STYLE.get(s, CENTER) for s in found])
        self.findings.extend(ready.sheet if ready and ready.sheet is not None else finding_rows(outcome))

    def similarity(self, similarity, *, batch: bool = True) -> None:
        """The 相似段落 sheet of a comparison (:class:`linter.similar.model.Similarity`);
        ``batch`` False (``--compare-with`` alone): last year's reports only."""
        passages = similarity.passages if batch else []
        paths = [r.path for r in similarity.reports]
        try:
            sheet = self.sheet(SIMILAR_SHEET, SIMILAR_HEADERS, [9, 40, 22, 60, 7, 50, 40])
            for number, passage in enumerate(passages, 1):
                reports = {p.report for p in passage.places}
                for place in passage.places:
                    others = "、".join(os.path.basename(paths[r]) for r in sorted(reports - {place.report}))
                    sheet.append([number, paths[place.report], _position(place), place.excerpt,
                                  len(place.excerpt), others, f"共 {len(reports)} 份报告"])
            for report in similarity.reports:
                match = report.archive
                if match is None or not match.places and not match.share:
                    continue
                note = f"与{match.year or '往'}年报告重复 {round(100 * match.share)}%"
                repeated = [f"“{self._titles.get(k, k)}”重复 {round(100 * v)}%" for k, v in match.parts.items() if v]
                if repeated:
                    note += "；" + "，".join(repeated)
                archive = os.path.basename(match.path)
                for place in match.places or [None]:
                    sheet.append(["往年", report.path, _position(place) if place else "全文",
                                  place.excerpt if place else None, len(place.excerpt) if place else None,
                                  archive, note])
        except OSError as exc:
            raise self._error(exc) from None

    def close(self) -> None:
        try:
            for sheet in self.sheets:
                sheet.finish()
            self._member.close()
            self._member = None
            for sheet in self.sheets:
                if sheet is self.findings:
                    continue
                sheet.out.seek(0)
                info = zipfile.ZipInfo(f"xl/worksheets/sheet{sheet.index}.xml", self._stamp)
                info.compress_type, info.file_size = zipfile.ZIP_DEFLATED, sheet.bytes
                with self._zip.open(info, "w") as member:
                    while True:
                        block = sheet.out.read(1 << 20)
                        if not block:
                            break
                        member.write(block)
            for name, text in self._parts():
                self._zip.writestr(name, text)
            self._zip.close()
            self._zip = None
            try:
                os.chmod(self._temporary, os.stat(self.path).st_mode & 0o7777)
            except OSError:
                pass  # a new file
            os.replace(self._temporary, self.path)
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None
        finally:
            self._close_spools()

    def discard(self) -> None:
        if self._member is not None:
            try:
                self._member.close()
            except (OSError, ValueError):
                pass
            self._member = None
        if self._zip is not None:
            try:
                self._zip.close()
            except (OSError, ValueError):
                pass
            self._zip = None
        try:
            os.unlink(self._temporary)
        except OSError:
            pass
        self._close_spools()

    def _close_spools(self) -> None:
        for spool in self._spools:
            spool.close()
        self._spools = []

    def _error(self, exc: OSError) -> UserError:
        return UserError(f"{self.path}: 无法写入（{exc.strerror or exc}）")

    # -- the parts around the sheets

    def _parts(self):
        sheets = self.sheets
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{s.index}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for s in sheets)
        yield "[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            f"{overrides}"
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
        )
        yield "_rels/.rels", (
            f'<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Type="{_REL}/officeDocument" Target="xl/workbook.xml" Id="rId1"/>'
            f'<Relationship Type="{_PKG_REL}/metadata/core-properties" Target="docProps/core.xml" Id="rId2"/>'
            f'<Relationship Type="{_REL}/extended-properties" Target="docProps/app.xml" Id="rId3"/>'
            "</Relationships>"
        )
        from linter import __version__

        yield "docProps/app.xml", (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>zhidang {_text(__version__)}</Application></Properties>"
        )
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        dcterms = ('xmlns:dcterms="http://purl.org/dc/terms/" '
                   'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="dcterms:W3CDTF"')
        yield "docProps/core.xml", (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">'
            '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">zhidang</dc:creator>'
            f"<dcterms:created {dcterms}>{now}</dcterms:created>"
            f"<dcterms:modified {dcterms}>{now}</dcterms:modified></cp:coreProperties>"
        )
        entries = "".join(
            f'<sheet xmlns:r="{_REL}" name="{_text(s.title)}" sheetId="{s.index}" state="visible" '
            f'r:id="rId{s.index}"/>' for s in sheets)
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"'{_text(s.title)}'!{_absolute(s.filter_ref())}</definedName>" for i, s in enumerate(sheets))
        yield "xl/workbook.xml", (
            f'<workbook xmlns="{_MAIN}"><workbookPr/><workbookProtection/><bookViews>'
            '<workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" '
            'showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/>'
            f"</bookViews><sheets>{entries}</sheets><definedNames>{names}</definedNames>"
            '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
        )
        rels = "".join(f'<Relationship Type="{_REL}/worksheet" Target="/xl/worksheets/sheet{s.index}.xml" '
                       f'Id="rId{s.index}"/>' for s in sheets)
        yield "xl/_rels/workbook.xml.rels", (
            f'<Relationships xmlns="{_PKG_REL}">{rels}'
            f'<Relationship Type="{_REL}/styles" Target="styles.xml" Id="rId{len(sheets) + 1}"/></Relationships>'
        )
        fills = "".join(f'<fill><patternFill patternType="solid"><fgColor rgb="00{rgb}"/></patternFill></fill>'
                        for rgb in _FILLS)
        center = '<alignment horizontal="center"/>'
        xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
               '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>']
        xfs += [f'<xf numFmtId="0" fontId="0" fillId="{i + 2}" borderId="0" xfId="0" applyFill="1" '
                f'applyAlignment="1">{center}</xf>' for i in range(len(_FILLS))]
        xfs.append(f'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">{center}</xf>')
        yield "xl/styles.xml", (
            f'<styleSheet xmlns="{_MAIN}"><numFmts count="0"/><fonts count="2"><font><name val="Calibri"/>'
            '<family val="2"/><sz val="11"/><scheme val="minor"/></font><font><b val="1"/></font></fonts>'
            f'<fills count="{2 + len(_FILLS)}"><fill><patternFill/></fill>'
            f'<fill><patternFill patternType="gray125"/></fill>{fills}</fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        )


def _position(place) -> str:
    """``第8行第1列–第10行第142列``, with the part it is in."""
    where = f"第{place.line}行第{place.column}列"
    if place.end_line is not None and (place.end_line, place.end_column) != (place.line, place.column):
        where += f"–第{place.end_line}行第{place.end_column}列"
    if place.location:
        where += f"（{place.location}）"
    return where


def _absolute(ref: str) -> str:
    """``A1:F9`` → ``$A$1:$F$9``."""
    return re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", ref)
