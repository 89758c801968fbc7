"""What the language server computes, without the protocol: a document's
text → its diagnostics, quick fixes, outline and explanations.

Everything here runs in the server's one worker thread (see
:mod:`linter.server.protocol`), so the settings, rulebooks, Lark parser and
caches are only ever touched by one thread. Results are JSON-ready dicts in
LSP shapes (positions already converted): building and serializing thousands
of diagnostics of a 1 MB document happens here, not on the event loop.

The pipeline is the one ``zhidang check`` runs: :class:`linter.settings.Resolver`
gives a document's :class:`~linter.settings.FileSettings` from the project
configuration (``.zhidang.yaml``, ``[tool.zhidang]``), :func:`linter.engine.check`
applies suppression comments, select/ignore and the baseline, and
:func:`linter.fix.fix_source` computes ``--fix``'s text.
"""

from __future__ import annotations

import dataclasses
import json
import os

from linter import engine, settings as settings_module, sources
from linter.errors import SourceError, UserError
from linter.server.positions import Positions

#: zhidang severity → LSP DiagnosticSeverity
SEVERITY = {"error": 1, "warning": 2, "info": 3}
SOURCE = "zhidang"
#: Other places of a grouped finding listed in a diagnostic's relatedInformation.
RELATED_SHOWN = 20
#: Formats read from the editor's buffer (and fixed there); .docx is read from disk.
BUFFER_SUFFIXES = (".txt", ".md", ".markdown")
DOCX_SUFFIX = ".docx"
CONFIG_NAMES = (".zhidang.yaml", "pyproject.toml")
#: LSP SymbolKind
SYMBOL_FILE, SYMBOL_STRING, SYMBOL_KEY = 1, 15, 20
STATUS_MARK = {"present": "✔", "weak": "△"}


def kind_of(path: str) -> str | None:
    """``"buffer"`` (checked as the editor holds it), ``"docx"`` (read-only,
    from disk) or None (not a report zhidang reads)."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in BUFFER_SUFFIXES:
        return "buffer"
    if suffix == DOCX_SUFFIX:
        return "docx"
    return None


class Item:
    """One diagnostic as the server remembers it, for code actions and hover:
    its LSP range, rule, and (when safe) the fix of this place."""

    __slots__ = ("start", "end", "rule", "fix", "whole_file", "diagnostic")

    def __init__(self, start, end, rule, fix, whole_file, diagnostic):
        self.start, self.end, self.rule, self.fix = start, end, rule, fix
        self.whole_file, self.diagnostic = whole_file, diagnostic

    def touches(self, start: tuple[int, int], end: tuple[int, int]) -> bool:
        """Does this item's range meet ``start``..``end`` (LSP positions)?"""
        return self.start <= end and start <= self.end


@dataclasses.dataclass
class Analysis:
    """One version of one document, checked."""

    version: int | None
    text: str  # the text that was checked
    positions: Positions
    items: list[Item]
    diagnostics: list[dict]
    symbols: list[dict]
    rulebook: object = None  # the Rulebook the document was checked with
    writable: bool = False
    eol: str = "\n"
    published: str = ""  # the publishDiagnostics params, serialized (JSON)


class Session:
    """The server's view of the project: settings under the command-line
    options, the baseline, and the position encoding the client chose.
    :meth:`invalidate` (a configuration file changed) makes the next check
    resolve settings and read the baseline again."""

    def __init__(self, options: settings_module.Options, baseline: str | None = None,
                 year: int | None = None, encoding: str = "utf-16"):
        self.options = options
        self.baseline_path = os.path.abspath(baseline) if baseline else None
        self.year = year
        self.encoding = encoding
        self.related = True  # the client shows relatedInformation
        self.generation = 0
        self._built = -1
        self._resolver = None
        self._baseline = None
        self._stamps: dict[str, tuple | None] = {}  # config file → (mtime, size), None: absent

    def invalidate(self) -> None:
        self.generation += 1  # an int store: safe to call from the event loop

    def _fresh(self) -> None:
        if self._built == self.generation:
            return
        generation = self.generation
        self._resolver = None
        self._baseline = None
        self._resolver = settings_module.Resolver(self.options)
        if self.baseline_path is not None:
            from linter.baseline import Baseline

            self._baseline = Baseline.load(self.baseline_path)
        self._built = generation

    def notice_changes(self, path: str) -> None:
        """Re-read the settings if a configuration file that may apply to
        ``path`` (``.zhidang.yaml`` or ``pyproject.toml`` in its folder or
        above, ``--config``, the baseline) appeared, changed or went away
        since the last check — for clients that do not report watched files."""
        candidates = [self.options.config, self.baseline_path]
        if not self.options.config and not self.options.no_config:
            folder = os.path.dirname(os.path.abspath(path))
            while True:
                candidates += [os.path.join(folder, name) for name in CONFIG_NAMES]
                parent = os.path.dirname(folder)
                if parent == folder:
                    break
                folder = parent
        changed = False
        for candidate in candidates:
            if not candidate:
                continue
            try:
                info = os.stat(candidate)
                stamp = (info.st_mtime_ns, info.st_size)
            except OSError:
                stamp = None
            if candidate in self._stamps and self._stamps[candidate] != stamp:
                changed = True
            self._stamps[candidate] = stamp
        if changed:
            self.invalidate()

    def settings_for(self, path: str):
        self._fresh()
        return self._resolver.for_path(path)

    def job(self, detail=None) -> engine.Job:
        self._fresh()
        return engine.Job([], year=self.year, baseline=self._baseline, detail=detail)

    # -- reading ---------------------------------------------------------------

    @staticmethod
    def source(path: str, text: str | None):
        """The Source of a document: the editor's ``text`` read as its reader
        reads a file (Markdown code blocks masked …), or for a .docx (``text``
        None) the file on disk."""
        if text is None:
            return sources.load(path)
        return sources.load_bytes(text.encode("utf-8", "surrogatepass"), path, "utf-8")

    # -- checking --------------------------------------------------------------

    def analyze(self, uri: str, path: str, text: str | None, version: int | None) -> Analysis:
        """Check one document; never raises for a problem of the user's
        (unreadable file, invalid configuration): that becomes a diagnostic."""
        shown_text = text if text is not None else ""
        try:
            source = self.source(path, text)
        except (SourceError, UnicodeError) as exc:
            message = exc.message if isinstance(exc, SourceError) else str(exc)
            if text is not None and not text.strip():
                message = None  # an empty buffer: nothing to say yet
            return self._problem(uri, version, shown_text, message, "file")
        try:
            self.notice_changes(path)
            settings = self.settings_for(path)
            result = engine.check(source, settings, self.job(detail=_keep_document))
        except UserError as exc:
            return self._problem(uri, version, source.text, f"配置无效：{exc}", "config")
        book = next((b for b in settings.books if b.id == result.rulebook), None)
        positions = Positions(source.text, self.encoding, source.prefixes)
        items, diagnostics = self._diagnostics(uri, result, positions, source)
        symbols = outline(result.detail, result.checklist, positions)
        analysis = Analysis(version, source.text, positions, items, diagnostics, symbols, book,
                            source.writable, "\r\n" if "\r\n" in source.text[:10000] else "\n")
        analysis.published = _publish_json(uri, version, diagnostics)
        return analysis

    def _problem(self, uri, version, text, message, code) -> Analysis:
        positions = Positions(text, self.encoding)
        diagnostics = []
        if message:
            diagnostics.append({"range": _range((0, 0), (0, positions.line_end(0))), "severity": 1,
                                "code": code, "source": SOURCE, "message": message})
        analysis = Analysis(version, text, positions, [], diagnostics, [])
        analysis.published = _publish_json(uri, version, diagnostics)
        return analysis

    def _diagnostics(self, uri, result, positions: Positions, source):
        items: list[Item] = []
        diagnostics: list[dict] = []
        docx = source.format == "docx"
        for finding in result.findings:
            places = finding.places() if finding.line is not None else [None]
            spans = []
            for place in places:
                if place is None:
                    start, end = (0, 0), (0, positions.line_end(0))
                else:
                    start = positions.from_column(place.line, place.column)
                    end = positions.from_column(place.end_line or place.line,
                                                place.end_column or place.column)
                spans.append((start, end))
            for index, (place, (start, end)) in enumerate(zip(places, spans)):
                message = finding.message
                location = place.location if place is not None else finding.location
                if docx and location:
                    message = f"{message}（{location}）"
                diagnostic = {"range": _range(start, end), "severity": SEVERITY.get(finding.severity, 3),
                              "code": finding.rule, "source": SOURCE, "message": message}
                if len(places) > 1 and self.related:
                    diagnostic["relatedInformation"] = _related(uri, places, spans, index)
                fix = None
                if place is not None and place.fix is not None and place.fix.safe and source.writable:
                    fix = (positions.from_offset(place.fix.start), positions.from_offset(place.fix.end),
                           place.fix.replacement)
                diagnostics.append(diagnostic)
                items.append(Item(start, end, finding.rule, fix, place is None, diagnostic))
        return items, diagnostics

    # -- fixing ----------------------------------------------------------------

    def fix_all(self, path: str, text: str):
        """``zhidang check --fix`` on the buffer ``text``: one edit
        ``(start, end, new_text)`` in LSP positions of ``text`` covering
        everything that changes, or None when nothing would."""
        source = self.source(path, text)
        if not source.writable:
            return None
        settings = self.settings_for(path)
        job = self.job()
        from linter.fix import fix_source

        outcome = fix_source(source, lambda current: engine.check(current, settings, job))
        if not outcome.changed:
            return None
        return changed_range(source.text, outcome.text, Positions(source.text, self.encoding))


def _keep_document(doc):
    """``Job.detail``: keep the Document (the outline is built from it)."""
    return doc


def _range(start, end) -> dict:
    return {"start": {"line": start[0], "character": start[1]},
            "end": {"line": end[0], "character": end[1]}}


def _related(uri, places, spans, index) -> list[dict]:
    others = [i for i in range(len(places)) if i != index][:RELATED_SHOWN]
    return [{"location": {"uri": uri, "range": _range(*spans[i])},
             "message": f"同一问题的另一处：“{places[i].excerpt}”"} for i in others]


def _publish_json(uri, version, diagnostics) -> str:
    params = {"uri": uri, "diagnostics": diagnostics}
    if version is not None:
        params["version"] = version
    return json.dumps({"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": params})


def changed_range(old: str, new: str, positions: Positions):
    """The smallest single replacement that turns ``old`` into ``new``:
    ``(start, end, text)``, positions in ``old``."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return (positions.from_offset(prefix), positions.from_offset(len(old) - suffix),
            new[prefix:len(new) - suffix])


# --------------------------------------------------------------------------- outline


def outline(doc, checklist, positions: Positions) -> list[dict]:
    """The document's outline as LSP DocumentSymbols: the title, holding the
    headings (nested by level) as written; a heading (or opening paragraph)
    on which a checklist element was recognized says so in its ``detail``
    (“✔ 政治建设”, “△ 存在问题：内容过少”). Missing elements are diagnostics
    (``missing-…`` on the first line); the title's detail counts them."""
    if doc is None:
        return []
    text = doc.text
    marks: dict[int, list[str]] = {}
    for item in checklist:
        if item.line is not None and item.status in STATUS_MARK:
            label = item.title if item.status == "present" else f"{item.title}：内容过少"
            marks.setdefault(item.line, []).append((item.status, label))
    missing = [item.title for item in checklist if item.status == "missing"]

    def detail(line: int) -> str:
        entries = marks.get(line)
        if not entries:
            return ""
        return " ".join(f"{STATUS_MARK[status]} {label}" for status, label in entries)

    def symbol(name, kind, start, end, select_end, line) -> dict:
        name = " ".join(name.split()) or "（无标题）"
        data = {"name": name, "kind": kind,
                "range": _range(positions.from_offset(start), positions.from_offset(end)),
                "selectionRange": _range(positions.from_offset(start), positions.from_offset(select_end)),
                "children": []}
        found = detail(line)
        if found:
            data["detail"] = found
        return data

    title = doc.title
    roots: list[dict] = []
    by_index: dict[int, dict] = {}
    title_symbol = None
    if title is not None:
        name_start = title.title_start if title.title_end > title.title_start else title.start
        name_end = title.title_end if title.title_end > title.title_start else title.end
        title_symbol = symbol(text[name_start:name_end], SYMBOL_FILE, title.start, len(text), title.end,
                              doc.source.position(title.start)[0])
        if missing:
            title_symbol["detail"] = "检查清单缺：" + "、".join(missing)
        roots.append(title_symbol)
        by_index[title.index] = title_symbol
    for node in doc.nodes:
        if node is title:
            continue
        line = doc.source.position(node.start)[0]
        if node.kind == "heading":
            name = text[node.start:node.title_end] if not node.marker.startswith("#") else \
                text[node.title_start:node.title_end]
            data = symbol(name, SYMBOL_STRING, node.start, doc.section_end(node), node.title_end, line)
        elif line in marks:  # a part recognized by its opening sentence
            start, end = node.lead
            data = symbol(text[start:end], SYMBOL_KEY, node.start, node.end, end, line)
        else:
            continue
        by_index[node.index] = data
        parent = by_index.get(node.parent) if node.parent is not None else title_symbol
        (parent["children"] if parent is not None else roots).append(data)
    return roots


def flat_symbols(symbols: list[dict], uri: str) -> list[dict]:
    """SymbolInformation for clients without hierarchical document symbols."""
    out = []

    def walk(items, container):
        for s in items:
            info = {"name": s["name"], "kind": s["kind"], "location": {"uri": uri, "range": s["range"]}}
            if container:
                info["containerName"] = container
            out.append(info)
            walk(s["children"], s["name"])

    walk(symbols, None)
    return out


# --------------------------------------------------------------------------- hover


def explain(book, rule_id: str) -> str | None:
    """Markdown: what ``zhidang rules explain RULE`` prints."""
    from linter import suppress

    if rule_id == suppress.RULE_ID:
        return (f"**{suppress.RULE_ID}**（{suppress.SEVERITY}）{suppress.TITLE}\n\n{suppress.DESCRIPTION}\n\n"
                + _examples(suppress.EXAMPLES["fail"], suppress.EXAMPLES["pass"]))
    rule = book.find(rule_id) if book is not None else None
    if rule is None:
        return None
    lines = [f"**{rule.id}**（{rule.severity}，类型 {rule.type}）{rule.title}", "", rule.description.strip()]
    if rule.finding_id == rule.id:
        lines += ["", f"提示信息：{rule.message}"]
    lines += ["", _examples(rule.examples.failing, rule.examples.passing)]
    return "\n".join(lines)


def _examples(failing, passing) -> str:
    def code(text: str) -> str:
        return "`` " + text.replace("\n", " ⏎ ") + " ``"

    lines = ["不通过的示例：", ""] + [f"- ✗ {code(t)}" for t in failing]
    lines += ["", "通过的示例：", ""] + [f"- ✔ {code(t)}" for t in passing]
    return "\n".join(lines)


# --------------------------------------------------------------------------- suppression


def suppression_edit(analysis: Analysis, item: Item):
    """``(position, text)`` to insert a suppression directive for ``item``:
    ``<!-- zhidang-disable-next-line RULE -->`` on its own line above the
    finding's line; for a finding about the whole file (a missing checklist
    element), ``<!-- zhidang-disable RULE -->`` on a line of its own at the
    end of the file (it suppresses that rule's whole-file finding wherever it
    stands, and at the end it cannot disturb a title or front matter)."""
    eol = analysis.eol
    if item.whole_file:
        last = analysis.positions.lines - 1
        end = (last, analysis.positions.line_end(last))
        before = "" if analysis.text.endswith("\n") or not analysis.text else eol
        return end, f"{before}<!-- zhidang-disable {item.rule} -->{eol}"
    return (item.start[0], 0), f"<!-- zhidang-disable-next-line {item.rule} -->{eol}"
