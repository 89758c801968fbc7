"""``zhidang report``: the reviewer's HTML pages, written as results stream in.

For reviewers: a summary of reports × checklist elements (sortable, filtered
by rule and severity), and each report with its findings highlighted in
place, its checklist and its outline as zhidang understood it.

Python writes data, the page's one script draws it. Every page is HTML with
inline CSS, JSON in ``<script type="application/json">`` blocks (inert: the
browser never runs them) and one inline script, the only one a
Content-Security-Policy allows (by hash). The script builds the DOM with
``textContent`` and ``setAttribute`` only, never HTML from strings, so user
text cannot become markup; in the JSON every ``<`` is written ``\\u003c``, so
no report can close the block it sits in.

Layout (:class:`Writer`):

* **one file** (small batches, ``--single-file``): ``审阅.html`` holds the
  summary and every report's data; a report is drawn when opened
  (``#r=12``). One attachment to e-mail.
* **a folder** (large batches, ``--folder``): ``审阅.html`` holds only the
  summary (~150 bytes of JSON per report: a few MB for 10,000), and
  ``审阅_files/NNN.html`` the reports, a few dozen per page (up to
  :data:`CHUNK_REPORTS` reports or :data:`CHUNK_BYTES` of data), each drawn
  when opened (``NNN.html#r=12``). Plain links between files: no fetch(),
  which browsers refuse on ``file://``; the folder works from a USB stick.

Streaming (:func:`work`, :class:`Writer`): a worker checks a file and
prepares there everything the writers need of it (:class:`Prepared`: the
page data as JSON — :func:`payload`, its findings made compact, plus
:func:`detail`, the text and outline —, the summary row, the spreadsheet's
rows); the findings themselves do not travel back. The parent appends the
JSON to the open page and keeps only the summary row (statuses, counts,
per-rule counts): its work per report is a few string writes, so it keeps
up with any number of workers, and memory does not grow with the reports'
text or findings.

Adding a view (say, passages shared between reports): put its data in
``Writer.views[view_id] = {"title": …, …}`` before :meth:`Writer.close`; it
goes to the summary JSON (``views``), the navigation shows a link per view,
and ``report.js`` draws it from ``VIEWS[view_id]``.

The “相似段落” view (:meth:`Writer.similarity`, :func:`similarity_view`;
drawn by ``assets/similar.js`` and styled by ``similar.css``, which only a
summary page with the view carries — the pages of a run without a comparison
do not grow — and whose script hash is in every page's policy):
the shared passages (each once, every place linked to its report at that
line: ``#r=12&l=8-10``), last year's repeated reports, two reports side by
side and the matrix of shares. The summary page does not hold the reports'
text, so the side-by-side excerpts (each place with a little context, the
characters both sides share marked) are put in the view data; every part is
bounded (:data:`SIM_PASSAGES`, :data:`SIM_PAIRS`, :data:`SIM_MATRIX`, …) so
that 10,000 reports give a view of a few hundred KB, with a note where a
list was cut.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import shutil
from collections import Counter
from html import escape

from linter import __version__, regexstore
from linter.engine import Job, check_file
from linter.errors import UserError
from linter.files import refuse_read_only
from linter.reporters.base import is_placeholder
from linter.results import SEVERITIES, FileError, FileResult

#: A page of the folder holds at most this many reports …
CHUNK_REPORTS = 100
#: … or this many bytes of their data (then the next page starts).
CHUNK_BYTES = 2_000_000
#: ``auto`` writes one file up to this many reports and input bytes.
SINGLE_MAX_REPORTS = 100
SINGLE_MAX_BYTES = 2_000_000
#: checklist status → one letter in the summary rows
STATUS_LETTERS = {"present": "p", "weak": "w", "missing": "m"}
_SEVERITY_INDEX = {s: i for i, s in enumerate(SEVERITIES)}
_PAGE_NAME = regexstore.compile(r"\d+\.html\Z")
_README = "说明.txt"

#: The “相似段落” view's bounds: passages listed (most places, then longest first) …
SIM_PASSAGES = 300
#: … places per passage, characters of an excerpt in the list, …
SIM_PLACES = 50
SIM_EXCERPT = 200
#: … pairs of reports listed (highest share first), pairs drawn side by side,
#: passages per side-by-side pair and characters per side, characters of context …
SIM_PAIRS = 100
SIM_SIDE_PAIRS = 30
SIM_SIDE_BLOCKS = 20
SIM_SIDE_CHARS = 600
SIM_CONTEXT = 60
#: … reports in the matrix (those sharing the most), reports with an archive match listed.
SIM_MATRIX = 40
SIM_ARCHIVE = 500


# --------------------------------------------------------------------------- in the worker


def detail(doc) -> dict:
    """What the page needs of a parsed Document besides its findings: the
    original text and the outline (title and headings). Runs in the worker
    process, so it returns plain picklable data."""
    text = doc.text
    position = doc.source.position
    outline = []
    for node in doc.nodes:
        if node.kind == "title":
            label = text[node.start:node.end].strip()
        elif node.kind == "heading":
            label = text[node.title_start:node.title_end].strip()
        else:
            continue
        outline.append({
            "kind": node.kind,
            "level": node.level,
            "marker": node.marker,
            "number": node.number,
            "parent": node.parent,
            "index": node.index,
            "title": label,
            "line": position(node.start)[0],
        })
    return {"text": text, "parsed": doc.parsed, "outline": outline}


class ReportJob(Job):
    """An :class:`~linter.engine.Job` for ``zhidang report``, shared with the
    workers: each rule's short Chinese label (the pages' rule filter), the
    summary's checklist columns (``elements``: ids), and which outputs to
    prepare: ``page`` (the HTML data; the job's ``detail`` must then be
    :func:`detail`) and ``sheet`` (the rows of the .xlsx 问题 sheet)."""

    def __init__(self, settings: list, labels: dict, elements: list[str], *, page: bool = True,
                 sheet: bool = False, annotate=None, **options):
        super().__init__(settings, **options)
        self.labels = labels
        self.elements = elements
        self.page = page
        self.sheet = sheet
        #: ``report --annotate``: the :class:`linter.annotate.Task` (each
        #: worker also writes the report's reviewed .docx), or None.
        self.annotate = annotate
        #: Prepare in the worker (False while a comparison holds the results:
        #: its findings are added in the parent, so the parent prepares).
        self.prepare = True


class Prepared:
    """What the writers need of one report, made in the worker: ``page``
    (:func:`payload`, or None), ``summary`` (:func:`summarize`) and ``sheet``
    (:func:`linter.reporters.xlsx.finding_rows`, or None)."""

    __slots__ = ("page", "summary", "sheet")

    def __init__(self, page, summary, sheet):
        self.page, self.summary, self.sheet = page, summary, sheet

    def __reduce__(self):
        return Prepared, (self.page, self.summary, self.sheet)


def work(item, job: ReportJob):
    """``engine.check_file``, then everything the writers will need of the
    result, prepared here (in the worker, in parallel) as strings and a
    summary: :class:`Prepared` replaces the detail, and the findings, no
    longer needed, do not travel back to the parent."""
    if job.annotate is not None:
        from linter.annotate import annotate_file

        result = annotate_file(item, job, task=job.annotate)
    else:
        result = check_file(item, job)
    if isinstance(result, FileResult) and job.prepare:
        sheet = None
        if job.sheet:
            from linter.reporters.xlsx import finding_rows

            sheet = finding_rows(result)
        page = payload(result, job.labels) if job.page else None
        result.detail = Prepared(page, summarize(result, job.elements), sheet)
        result.findings = []
    return result


def prepared(outcome: FileResult, elements: list[str], labels: dict) -> Prepared:
    """The :class:`Prepared` of a result, made now unless :func:`work` did."""
    if isinstance(outcome.detail, Prepared):
        return outcome.detail
    return Prepared(payload(outcome, labels), summarize(outcome, elements), None)


def summarize(result: FileResult, elements: list[str]) -> tuple:
    """A report's row of the summary: ``(statuses, lines, counts, placeholders,
    pairs)`` — one letter per element (``p`` present, ``w`` weak, ``m``
    missing, ``-`` not checked), the line each starts at (0: none), the
    number of findings per severity (info, warning, error), of placeholders
    (places: a grouped finding counts each of its occurrences), and ``[rule,
    severity index, count]`` per rule and severity."""
    statuses = {c.id: c for c in result.checklist}
    letters, lines = [], []
    for element_id in elements:
        check = statuses.get(element_id)
        letters.append("-" if check is None else STATUS_LETTERS[check.status])
        lines.append(0 if check is None or check.line is None else check.line)
    counts = [0, 0, 0]
    placeholders = 0
    pairs = []
    for (rule, severity), count in Counter((f.rule, f.severity) for f in result.findings).items():
        index = _SEVERITY_INDEX[severity]
        counts[index] += count
        pairs.append([rule, index, count])
    placeholders = sum(len(f.occurrences or (f,)) for f in result.findings if is_placeholder(f.rule))
    return "".join(letters), lines, counts, placeholders, pairs


def payload(result: FileResult, labels: dict | None = None) -> str:
    """One report's page data: :meth:`FileResult.to_dict` (the ``--format
    json`` object) made compact, plus the text and outline of its detail.

    ``rules`` and ``messages`` are tables; a finding is ``[rule index,
    severity index (info 0, warning 1, error 2), line, column, end_line,
    end_column, message index, excerpt, location, fix, occurrences]`` with
    ``fix`` ``[replacement, safe]`` and each occurrence ``[line, column,
    end_line, end_column, excerpt, location, fix]``; a checklist item is
    ``[id, title, status, line, location]``; an outline node ``[kind, level,
    marker, number, parent, index, title, line]``. Absent values are null.
    The tests expand it back and compare with ``--format json``."""
    labels = labels or {}
    rules: dict[str, int] = {}
    messages: dict[str, int] = {}
    findings = []
    for f in result.findings:
        rule = rules.setdefault(f.rule, len(rules))
        message = messages.setdefault(f.message, len(messages))
        fix = f.fix
        places = None
        if f.occurrences:
            places = [[o.line, o.column, o.end_line, o.end_column, o.excerpt, o.location,
                       None if o.fix is None else [o.fix.replacement, o.fix.safe]]
                      for o in f.occurrences]
        findings.append([rule, _SEVERITY_INDEX[f.severity], f.line, f.column, f.end_line, f.end_column,
                         message, f.excerpt, f.location,
                         None if fix is None else [fix.replacement, fix.safe], places])
    info = result.detail if isinstance(result.detail, dict) else {}
    data = {
        "path": result.path,
        "rulebook": result.rulebook,
        "checklist": [[c.id, c.title, c.status, c.line, c.location] for c in result.checklist],
        "rules": [[rule_id, labels.get(rule_id, rule_id)] for rule_id in rules],
        "messages": list(messages),
        "findings": findings,
        "text": info.get("text"),
        "parsed": info.get("parsed", True),
        "outline": [[n["kind"], n["level"], n["marker"], n["number"], n["parent"], n["index"], n["title"],
                     n["line"]] for n in info.get("outline", ())],
    }
    return _json(data)


def rule_labels(books) -> dict[str, str]:
    """rule id → a short Chinese label, over every rulebook of the run (the
    first rulebook that knows a rule names it)."""
    labels: dict[str, str] = {}
    for book in books:
        for rule_id in book.all_rule_ids():
            labels.setdefault(rule_id, _rule_label(book, rule_id))
    return labels


def _rule_label(rulebook, rule_id: str) -> str:
    rule = rulebook.find(rule_id)
    if rule is None:
        return rule_id
    if rule.finding_id != rule.id:  # a checklist element
        return f"缺少“{rule.title}”"
    if rule.title:
        return rule.title
    text = rule.description.strip()
    for stop in "（(，。；,.;":
        cut = text.find(stop)
        if cut > 0:
            text = text[:cut]
    return (text[:16] + "…" if len(text) > 16 else text) or rule_id


def _json(value) -> str:
    """JSON for a ``<script type="application/json">`` block: no ``<`` at all,
    so nothing in it can end the block or open a comment."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


# --------------------------------------------------------------------------- in the parent


def choose_layout(single: bool | None, reports: int, input_bytes: int) -> str:
    """``single`` (one file) or ``folder``: as asked, else one file for a
    small batch (≤ :data:`SINGLE_MAX_REPORTS` reports and
    :data:`SINGLE_MAX_BYTES` of input)."""
    if single is not None:
        return "single" if single else "folder"
    small = reports <= SINGLE_MAX_REPORTS and input_bytes <= SINGLE_MAX_BYTES
    return "single" if small else "folder"


def folder_for(path) -> str:
    """The folder beside ``审阅.html`` that holds its report pages: ``审阅_files``."""
    target = os.fspath(path)
    stem = os.path.splitext(os.path.basename(target))[0] or "report"
    return os.path.join(os.path.dirname(target), stem + "_files")


class Writer:
    """The HTML output of one run, written as results arrive (in input
    order): :meth:`add` each outcome, then :meth:`close`. Until then
    everything goes to temporary files beside the target; :meth:`discard`
    (or leaving a ``with`` block by an exception) removes them, and the
    previous output, if any, is left as it was.

    ``rulebook``: the run's default rulebook (its checklist elements are the
    summary's columns); ``labels``: :func:`rule_labels`; ``total``: the
    number of inputs (for “next report” links)."""

    def __init__(self, path, rulebook, labels: dict, *, total: int, layout: str = "folder",
                 title: str | None = None, generated: str | None = None):
        self.path = os.fspath(path)
        self.rulebook = rulebook
        self.labels = labels
        self.total = total
        self.layout = layout
        self.title = title or f"{rulebook.title}审阅汇总"
        self.generated = generated
        self.elements = [(e.id, e.title) for e in rulebook.elements]
        self._element_ids = [e.id for e in rulebook.elements]
        self.views: dict[str, dict] = {}  # extra views of the summary page (see the module docstring)
        self.rows: list = []
        self.totals = [0, 0, 0]  # per severity index
        self.pairs: dict[tuple[str, int], int] = {}  # (rule, severity index) → index
        self.rule_totals: dict[str, list[int]] = {}  # rule → [findings, reports, last report]
        self.unreadable = 0
        self._css, self._script = _asset("report.css"), _asset("report.js")
        # the “相似段落” view's own style and script: on a summary page that has the view only
        self._view_css, self._view_script = _asset("similar.css"), _asset("similar.js")
        self._folder = folder_for(self.path)
        self._folder_name = os.path.basename(self._folder)
        self._tmp_page = _temporary(self.path)
        self._tmp_folder = _temporary(self._folder) if layout == "folder" else None
        self._chunk = None  # the open page of the folder: [number, file, first, count, bytes]
        self._chunks = 0
        self._page = None
        self._check_target()
        try:
            if self._tmp_folder is not None:
                os.mkdir(self._tmp_folder)
                _write_text(os.path.join(self._tmp_folder, _README), _readme(os.path.basename(self.path)))
            else:
                self._page = open(self._tmp_page, "w", encoding="utf-8", newline="\n")
                self._page.write(self._head(self.title))
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None:
            self.discard()

    # -- each outcome

    def add(self, outcome) -> None:
        number = len(self.rows) + 1
        if isinstance(outcome, FileError):
            self.unreadable += 1
            page = self._store(number, _json({"path": outcome.path, "error": outcome.message}))
            self.rows.append([number, outcome.path, "", [], [0, 0, 0], 0, [], outcome.message, page])
            return
        ready = prepared(outcome, self._element_ids, self.labels)
        letters, lines, counts, placeholders, found = ready.summary
        flat = []
        for rule, severity, count in found:
            pair = self.pairs.get((rule, severity))
            if pair is None:
                pair = self.pairs[(rule, severity)] = len(self.pairs)
            flat += (pair, count)
            entry = self.rule_totals.setdefault(rule, [0, 0, 0])
            entry[0] += count
            if entry[2] != number:  # the report's first finding of this rule
                entry[1] += 1
                entry[2] = number
        for i in range(3):
            self.totals[i] += counts[i]
        page = self._store(number, ready.page)
        self.rows.append([number, outcome.path, letters, lines, counts, placeholders, flat, None, page])

    def _store(self, number: int, data: str) -> int:
        """Write one report's data; return the page (0: the summary page) that holds it."""
        block = f'<script type="application/json" id="zd-r{number}">{data}</script>\n'
        try:
            if self._tmp_folder is None:
                self._page.write(block)
                return 0
            chunk = self._chunk
            if chunk is not None and (chunk[3] >= CHUNK_REPORTS or chunk[4] >= CHUNK_BYTES):
                self._close_chunk()
                chunk = None
            if chunk is None:
                self._chunks += 1
                name = os.path.join(self._tmp_folder, f"{self._chunks:03d}.html")
                handle = open(name, "w", encoding="utf-8", newline="\n")
                handle.write(self._head(f"{self.title}（第 {number} 份起）"))
                chunk = self._chunk = [self._chunks, handle, number, 0, 0]
            chunk[1].write(block)
            chunk[3] += 1
            chunk[4] += len(data)
            return chunk[0]
        except OSError as exc:
            raise self._error(exc) from None

    def _close_chunk(self) -> None:
        number, handle, first, count, _ = self._chunk
        info = {"kind": "chunk", "page": number, "first": first, "last": first + count - 1,
                "total": self.total, "summary": "../" + os.path.basename(self.path), "title": self.title}
        handle.write(self._tail(info))
        handle.close()
        self._chunk = None

    # -- the end

    def close(self) -> None:
        """Write the summary page and put everything in place."""
        try:
            if self._chunk is not None:
                self._close_chunk()
            summary = self._tail(self.summary())
            if self._tmp_folder is not None:
                self._page = open(self._tmp_page, "w", encoding="utf-8", newline="\n")
                self._page.write(self._head(self.title))
            self._page.write(summary)
            self._page.flush()
            os.fsync(self._page.fileno())
            self._page.close()
            self._page = None
            try:
                os.chmod(self._tmp_page, os.stat(self.path).st_mode & 0o7777)
            except OSError:
                pass  # a new file
            if self._tmp_folder is not None:
                if os.path.isdir(self._folder):
                    shutil.rmtree(self._folder)  # ours (checked in _check_target)
                os.rename(self._tmp_folder, self._folder)
                self._tmp_folder = None
            elif os.path.isdir(self._folder) and _ours(self._folder):
                shutil.rmtree(self._folder)  # the pages of an earlier, larger batch
            os.replace(self._tmp_page, self.path)
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None

    def summary(self) -> dict:
        """The summary page's data (see ``report.js``)."""
        return {
            "kind": "summary",
            "layout": self.layout,
            "folder": self._folder_name,
            "title": self.title,
            "generated": self.generated,
            "version": __version__,
            "rulebook": [self.rulebook.id, self.rulebook.title],
            "elements": self.elements,
            "rules": [[rule, self.labels.get(rule, rule), total, reports]
                      for rule, (total, reports, _) in self._ordered_rules()],
            "pairs": [[rule, severity] for (rule, severity) in self.pairs],
            "totals": self.totals,
            "unreadable": self.unreadable,
            # [number, path, statuses (p/w/m/- per element), lines, [info, warning, error],
            #  placeholders, [pair, count, …], error message, page]
            "rows": self.rows,
            "views": self.views,
        }

    def similarity(self, similarity, *, batch: bool = True) -> None:
        """The “相似段落” view of a comparison (:class:`linter.similar.model.Similarity`);
        ``batch`` False (``--compare-with`` alone): last year's reports only."""
        if not batch:
            similarity = dataclasses.replace(similarity, passages=[], matrix={})
        numbers = {}
        for row in self.rows:
            numbers.setdefault(row[1], row[0])
        titles = {e.id: e.title for e in self.rulebook.elements}
        self.views["similar"] = similarity_view(similarity, numbers, titles)

    def _ordered_rules(self):
        order = {rule_id: i for i, rule_id in enumerate(self.rulebook.all_rule_ids())}
        return sorted(self.rule_totals.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))

    def discard(self) -> None:
        """Remove the temporary files; the previous output stays."""
        if self._chunk is not None:
            self._chunk[1].close()
            self._chunk = None
        if self._page is not None:
            self._page.close()
            self._page = None
        for path in (self._tmp_page,):
            try:
                os.unlink(path)
            except OSError:
                pass
        if self._tmp_folder is not None:
            shutil.rmtree(self._tmp_folder, ignore_errors=True)
            self._tmp_folder = None

    # -- pieces

    def _check_target(self) -> None:
        if os.path.isdir(self.path):
            raise UserError(f"{self.path}: 是目录，请给出 .html 文件名")
        try:
            refuse_read_only(self.path)
        except OSError as exc:
            raise self._error(exc) from None
        if self.layout == "folder" and os.path.lexists(self._folder) and not _ours(self._folder):
            raise UserError(f"{self._folder}: 已存在，且不是 zhidang 生成的报告文件夹；"
                            "请换一个输出文件名，或先移走这个文件夹")

    def _error(self, exc: OSError) -> UserError:
        return UserError(f"{self.path}: 无法写入（{exc.strerror or exc}）")

    def _head(self, title: str) -> str:
        hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"
                          for code in (self._script, self._view_script))
        csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
               f"script-src {hashes}; base-uri 'none'; form-action 'none'")
        return (
            '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{self._css}</style>\n</head>\n<body>\n"
            '<noscript><p class="note">此审阅报告需要浏览器启用脚本（JavaScript）才能显示。</p></noscript>\n'
        )

    def _tail(self, info: dict) -> str:
        view = ""
        if info.get("views", {}).get("similar"):
            view = f"<style>{self._view_css}</style>\n<script>{self._view_script}</script>\n"
        return (f'<script type="application/json" id="zd-page">{_json(info)}</script>\n'
                f"{view}<script>{self._script}</script>\n</body>\n</html>\n")


def write(run, rulebook, path, *, single: bool | None = None, title=None, generated=None,
          labels: dict | None = None) -> str:
    """Write the pages of a whole :class:`RunResult` (tests, scripts); the
    command line streams instead. Returns the layout used."""
    labels = rule_labels([rulebook]) if labels is None else labels
    outcomes = [*run.files, *run.errors]
    layout = choose_layout(single, len(outcomes), 0)
    with Writer(path, rulebook, labels, total=len(outcomes), layout=layout, title=title,
                generated=generated) as writer:
        for outcome in outcomes:
            writer.add(outcome)
        writer.close()
    return layout


def similarity_view(similarity, numbers: dict, titles: dict, load=None) -> dict:
    """The data of the “相似段落” view (drawn by ``assets/similar.js``).

    ``reports``: ``[summary row number (0: none), path, unit, year]``;
    ``passages``: ``[number (as in the xlsx sheet), chars, [[report, line,
    column, end_line, end_column, excerpt, location], …], number of
    places]``, those in most reports first; ``pairs``: ``[a, b, share of
    a shared with b, share of b shared with a]`` (highest first);
    ``matrix``: the report indexes of the matrix (``cells`` from ``pairs``
    and ``cells``); ``archive``: ``[report, archive path, year, share, [[part
    title, share], …]]``; ``sides``: the side-by-side pairs ``{"a", "b" (-1:
    the archive report), "label", "blocks": [[left, right], …]}``, a side
    ``[line, end_line, [[text, kind], …]]`` with kind 0 different, 1 shared,
    2 context. ``total_*``: the counts before the bounds."""
    load = load or _load_text
    reports = similarity.reports
    out = {"title": "相似段落", "frequency_filter": similarity.frequency_filter,
           "reports": [[numbers.get(r.path, 0), r.path, r.unit, r.year] for r in reports]}
    ordered = sorted(range(len(similarity.passages)),
                     key=lambda k: (-len(similarity.passages[k].places), k))
    passages = []
    for k in ordered[:SIM_PASSAGES]:
        passage = similarity.passages[k]
        places = [[p.report, p.line, p.column, p.end_line, p.end_column, _cut(p.excerpt, SIM_EXCERPT), p.location]
                  for p in passage.places[:SIM_PLACES]]
        passages.append([k + 1, passage.chars, places, len(passage.places)])
    out["passages"], out["total_passages"] = passages, len(similarity.passages)
    # pairs, both directions in one entry
    pairs: dict = {}
    for (i, j), share in similarity.matrix.items():
        key = (min(i, j), max(i, j))
        entry = pairs.setdefault(key, [key[0], key[1], 0.0, 0.0])
        entry[2 if i == key[0] else 3] = round(share, 4)
    ranked = sorted(pairs.values(), key=lambda e: (-max(e[2], e[3]), e[0], e[1]))
    out["pairs"], out["total_pairs"] = ranked[:SIM_PAIRS], len(ranked)
    # the matrix: the reports that share the most
    best: dict = {}
    for (i, j), share in similarity.matrix.items():
        best[i] = max(best.get(i, 0.0), share)
        best[j] = max(best.get(j, 0.0), share)
    chosen = sorted(sorted(best, key=lambda i: (-best[i], i))[:SIM_MATRIX])
    inside = set(chosen)
    out["matrix"] = {"reports": chosen, "total": len(best),
                     "cells": [[i, j, round(s, 4)] for (i, j), s in sorted(similarity.matrix.items())
                               if i in inside and j in inside]}
    # last year's reports
    archive = []
    for index, report in enumerate(reports):
        match = report.archive
        if match is None:
            continue
        parts = [[titles.get(k, k), round(v, 4)] for k, v in match.parts.items()]
        archive.append([index, match.path, match.year, round(match.share, 4), parts])
    archive.sort(key=lambda e: (-max([e[3]] + [v for _, v in e[4]]), e[0]))
    out["archive"], out["total_archive"] = archive[:SIM_ARCHIVE], len(archive)
    out["sides"] = _sides(similarity, ranked, archive, load)
    return out


def _sides(similarity, ranked, archive, load) -> list:
    """The side-by-side pairs: the top pairs of the batch, then the reports
    repeating last year's, each with its passages' places in both."""
    import difflib

    texts: dict = {}

    def text_of(path):
        if path not in texts:
            texts[path] = load(path)
        return texts[path]

    def side(place, path, other):
        excerpt = place.excerpt[:SIM_SIDE_CHARS]
        segments = []
        matcher = difflib.SequenceMatcher(None, excerpt, other[:SIM_SIDE_CHARS], autojunk=False)
        at = 0
        for a, _, size in matcher.get_matching_blocks():
            if a > at:
                segments.append([excerpt[at:a], 0])
            if size:
                segments.append([excerpt[a:a + size], 1])
            at = a + size
        for segment in segments:  # a lone character in common (a figure's digit) is no sharing
            if segment[1] == 1 and len(segment[0]) < 2:
                segment[1] = 0
        merged = []
        for segment in segments:
            if merged and merged[-1][1] == segment[1]:
                merged[-1][0] += segment[0]
            else:
                merged.append(segment)
        segments = merged
        if len(place.excerpt) > SIM_SIDE_CHARS:
            segments.append(["…", 2])
        text = text_of(path)
        if text is not None and text[place.start:place.end].strip() == place.excerpt.strip():
            before = text[max(0, place.start - SIM_CONTEXT):place.start]
            after = text[place.end:place.end + SIM_CONTEXT]
            if before:
                segments.insert(0, [("…" if place.start > SIM_CONTEXT else "") + before, 2])
            if after:
                segments.append([after + ("…" if place.end + SIM_CONTEXT < len(text) else ""), 2])
        return [place.line, place.end_line, segments]

    reports = similarity.reports
    top = [(a, b) for a, b, _, _ in ranked[:SIM_SIDE_PAIRS]]
    partners: dict = {}  # report → the top pairs it is the first of
    for a, b in top:
        partners.setdefault(a, []).append(b)
    found: dict = {pair: [] for pair in top}
    for passage in similarity.passages:  # once over the passages
        first: dict = {}
        for place in passage.places:
            first.setdefault(place.report, place)
        for a, place in first.items():
            for b in partners.get(a, ()):
                if b in first:
                    found[(a, b)].append((place, first[b]))
    sides = []
    for a, b in top:
        blocks = sorted(found[(a, b)], key=lambda pair: pair[0].start)[:SIM_SIDE_BLOCKS]
        sides.append({"a": a, "b": b, "blocks": [
            [side(left, reports[a].path, right.excerpt), side(right, reports[b].path, left.excerpt)]
            for left, right in blocks]})
    for index, *_ in archive[:SIM_SIDE_PAIRS]:
        match = reports[index].archive
        blocks = []
        for place in match.places[:SIM_SIDE_BLOCKS]:
            other = max(match.archive_places[:4 * SIM_SIDE_BLOCKS], default=None,
                        key=lambda o: difflib.SequenceMatcher(None, place.excerpt, o.excerpt).quick_ratio())
            if other is not None:
                blocks.append((place, other))
        if blocks:
            sides.append({"a": index, "b": -1, "path": match.path, "year": match.year, "blocks": [
                [side(left, reports[index].path, right.excerpt), side(right, match.path, left.excerpt)]
                for left, right in blocks[:SIM_SIDE_BLOCKS]]})
    return sides


def _load_text(path: str):
    """A report's original text (the context of the side-by-side excerpts), or None."""
    from linter import sources
    from linter.errors import SourceError

    try:
        return sources.load(path).text
    except (SourceError, OSError, ValueError):  # context is optional: an unreadable file has none
        return None


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size] + "…"


def _temporary(path: str) -> str:
    folder, name = os.path.split(os.path.realpath(path))
    return os.path.join(folder, f".{name}.zhidang-{os.getpid()}.tmp")


def _ours(folder: str) -> bool:
    """Does ``folder`` hold nothing but report pages zhidang wrote?"""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return _README in names and all(name == _README or _PAGE_NAME.match(name) for name in names)


def _readme(page: str) -> str:
    return (f"本文件夹由 zhidang 生成，是审阅报告 {page} 的一部分：其中每个网页包含若干份报告的原文和问题标注。\n"
            f"请打开 {page} 查看；复制或发送时请连同本文件夹一起（例如压缩成一个 .zip 文件）。\n"
            "重新生成同名报告时，本文件夹会被整个替换。\n")


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _asset(name: str) -> str:
    """A file of ``assets/`` (package data: the page's CSS and script),
    without indentation and blank lines (lines stay lines: no change of
    meaning for CSS or for the script)."""
    with open(os.path.join(os.path.dirname(__file__), "assets", name), encoding="utf-8") as handle:
        return "\n".join(line.strip() for line in handle if line.strip())

