"""``zhidang report``: one self-contained HTML page over a batch of reports.

For reviewers: a matrix of reports × checklist elements (sortable), then each
report with its findings highlighted in place, the checklist and the outline
as zhidang understood it; filters by rule and severity; print styles.

:func:`render` is a pure function of the run's JSON data (``run.to_dict()``,
the same as ``--format json``) and, per file, what :func:`detail` kept of the
parsed Document: the original text (offsets are 1-based line/column in
characters of that text) and its headings. The page loads nothing from
anywhere: styles and the one script are inline, and a Content-Security-Policy
allows that script alone (by hash), so even markup that slipped through
would not run. Every piece of user text is written through ``html.escape``;
the script reads only ``data-`` attributes and never builds HTML.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from html import escape
from pathlib import PurePath

from linter import __version__
from linter.reporters.base import STATUS_MARKS, STATUS_ORDER, STATUS_WORDS, is_placeholder
from linter.results import SEVERITIES, SEVERITY_TITLES

_EXCERPT_MAX = 60


# --------------------------------------------------------------------------- detail


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


# --------------------------------------------------------------------------- render


def render(run, rulebook, details=None, title=None, generated=None, **_options) -> str:
    data = run.to_dict()  # the same results as --format json
    if details is None:
        details = getattr(run, "details", {}) or {}
    page = _Page(rulebook, title or f"{rulebook.title}审阅汇总")
    rows = [("file", f) for f in data["files"]] + [("error", e) for e in data["errors"]]
    body = [
        page.header(data, generated),
        page.filters(data),
        page.matrix(rows),
        '<main id="reports">',
    ]
    for number, (kind, item) in enumerate(rows, 1):
        if kind == "file":
            body.append(page.report(number, item, details.get(item["path"])))
        else:
            body.append(page.unreadable(number, item))
    body.append("</main>")
    body.append(f'<footer>由 zhidang {escape(__version__)} 生成 · 规则库 '
                f'{escape(rulebook.id)}</footer>')
    css, script = _asset("report.css"), _asset("report.js")
    script_hash = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
           f"script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'")
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{escape(page.title)}</title>\n<style>{css}</style>\n</head>\n<body>\n",
        "\n".join(body),
        f"\n<script>{script}</script>\n</body>\n</html>\n",
    ])


class _Page:
    def __init__(self, rulebook, title: str):
        self.rulebook = rulebook
        self.title = title
        self.elements = [(e.id, e.title) for e in rulebook.elements]

    # -- top of the page

    def header(self, data, generated) -> str:
        counts = _severity_counts(f for r in data["files"] for f in r["findings"])
        total = len(data["files"]) + len(data["errors"])
        meta = [f"规则库：{escape(self.rulebook.title)}（{escape(self.rulebook.id)}）",
                f"共 {total} 份报告"]
        if generated:
            meta.append(f"生成时间：{escape(generated)}")
        stats = [_badges(counts)]
        if data["errors"]:
            stats.append(f'<span class="badge unreadable">无法检查 {len(data["errors"])} 份</span>')
        return (f'<header class="top" id="top"><h1>{escape(self.title)}</h1>'
                f'<p class="meta">{" · ".join(meta)}</p>'
                f'<p class="stats">{"".join(stats)}</p></header>')

    def filters(self, data) -> str:
        per_rule: dict[str, int] = defaultdict(int)
        for result in data["files"]:
            for f in result["findings"]:
                per_rule[f["rule"]] += 1
        order = {rule_id: i for i, rule_id in enumerate(self.rulebook.all_rule_ids())}
        options = ['<option value="">全部规则</option>']
        for rule_id in sorted(per_rule, key=lambda r: (order.get(r, len(order)), r)):
            label = _rule_label(self.rulebook, rule_id)
            options.append(f'<option value="{escape(rule_id)}">{escape(rule_id)}（{escape(label)}）'
                           f'· {per_rule[rule_id]}</option>')
        boxes = "".join(
            f'<label class="sev-box {s}"><input type="checkbox" name="sev" value="{s}" checked> '
            f"{SEVERITY_TITLES[s]}</label>"
            for s in reversed(SEVERITIES)
        )
        return (
            '<nav class="filters" aria-label="筛选">'
            f'<span class="group"><span class="label">级别：</span>{boxes}</span>'
            '<span class="group"><label class="label" for="rule-filter">规则：</label>'
            f'<select id="rule-filter">{"".join(options)}</select></span>'
            '<span class="group"><a href="#summary">汇总表</a>'
            '<button type="button" id="print-all">打印全部</button></span>'
            "</nav>"
        )

    def matrix(self, rows) -> str:
        head = ['<th data-sort="num" scope="col"><button type="button">序号</button></th>',
                '<th data-sort="text" scope="col"><button type="button">报告</button></th>']
        for element_id, title in self.elements:
            head.append(f'<th data-sort="num" scope="col" class="el" data-el="{escape(element_id)}">'
                        f'<button type="button">{escape(title)}</button></th>')
        for label in ("错误", "警告", "占位符"):
            head.append(f'<th data-sort="num" scope="col" class="count">'
                        f'<button type="button">{label}</button></th>')
        body = []
        for number, (kind, item) in enumerate(rows, 1):
            body.append(self._matrix_row(number, kind, item))
        legend = ('<p class="legend">✔ 有　✗ 缺失　△ 内容过少　— 无法检查。'
                  '点击列标题排序，点击一行查看该报告。</p>')
        return (f'<section id="summary"><h2>汇总表</h2>{legend}'
                f'<div class="matrix-wrap"><table class="matrix" id="matrix"><thead><tr>'
                f'{"".join(head)}</tr></thead><tbody>{"".join(body)}</tbody></table></div></section>')

    def _matrix_row(self, number: int, kind: str, item: dict) -> str:
        path = item["path"]
        name = PurePath(path).name or path
        anchor = f"r-{number}"
        cells = [f'<td class="num" data-v="{number}">{number}</td>']
        if kind == "error":
            cells.append(
                f'<th scope="row" class="name" data-v="{escape(name)}"><a href="#{anchor}" '
                f'title="{escape(path)}">{escape(name)}</a>'
                f'<div class="row-error">无法检查：{escape(item["message"])}</div></th>'
            )
            cells += ['<td class="st none" data-v="-1">—</td>'] * len(self.elements)
            cells += ['<td class="count" data-v="-1">—</td>'] * 3
            return (f'<tr class="unreadable" data-i="{number}" data-href="#{anchor}" '
                    f'data-path="{escape(path)}">{"".join(cells)}</tr>')
        cells.append(f'<th scope="row" class="name" data-v="{escape(name)}"><a href="#{anchor}" '
                     f'title="{escape(path)}">{escape(name)}</a></th>')
        statuses = {c["id"]: c for c in item["checklist"]}
        for element_id, title in self.elements:
            check = statuses.get(element_id)
            if check is None:
                cells.append(f'<td class="st none" data-el="{escape(element_id)}" data-v="-1">—</td>')
                continue
            status = check["status"]
            mark, value, word = STATUS_MARKS[status], STATUS_ORDER[status], STATUS_WORDS[status]
            where = f"，第{check['line']}行" if check["line"] is not None else ""
            cells.append(
                f'<td class="st {check["status"]}" data-el="{escape(element_id)}" '
                f'data-status="{check["status"]}" data-v="{value}" '
                f'title="{escape(title)}：{word}{where}">{mark}</td>'
            )
        counts = _severity_counts(item["findings"])
        placeholders = sum(1 for f in item["findings"] if is_placeholder(f["rule"]))
        for key, value in (("errors", counts["error"]), ("warnings", counts["warning"]),
                           ("placeholders", placeholders)):
            zero = " zero" if not value else ""
            cells.append(f'<td class="count{zero}" data-count="{key}" data-v="{value}">{value}</td>')
        return (f'<tr data-i="{number}" data-href="#{anchor}" data-path="{escape(path)}">'
                f'{"".join(cells)}</tr>')

    # -- one report

    def report(self, number: int, item: dict, info: dict | None) -> str:
        path = item["path"]
        prefix = f"r{number}"
        findings = item["findings"]
        counts = _severity_counts(findings)
        placeholders = sum(1 for f in findings if is_placeholder(f["rule"]))
        head = (
            f'<header>{_heading(number, path)}<p class="stats">{_badges(counts)}'
            f'<span class="badge placeholder">占位符 {placeholders}</span>'
            '<a class="noprint" href="#summary">返回汇总表</a>'
            '<button type="button" class="print-one">打印本报告</button></p></header>'
        )
        if info is not None:
            text_html = _text(prefix, info["text"], findings)
        else:
            text_html = '<p class="note">（未保留报告原文）</p>'
        side = ["<h3>检查清单</h3>", self._checklist(prefix, item["checklist"])]
        if info is not None:
            side += ['<h3>文档结构 <small>zhidang 识别出的标题</small></h3>',
                     self._outline(prefix, info, item["checklist"])]
        side += [f"<h3>问题（{len(findings)}）</h3>", self._findings(prefix, findings)]
        return (
            f'<section class="report" id="r-{number}" data-path="{escape(path)}">{head}'
            f'<div class="body"><div class="doc"><h3>报告原文 <small>（标出问题，悬停查看说明）</small></h3>'
            f"{text_html}</div>"
            f'<aside class="side">{"".join(side)}</aside></div></section>'
        )

    def unreadable(self, number: int, item: dict) -> str:
        path = item["path"]
        return (
            f'<section class="report unreadable" id="r-{number}" data-path="{escape(path)}">'
            f'<header>{_heading(number, path)}</header>'
            f'<p class="row-error">无法检查：{escape(item["message"])}</p></section>'
        )

    def _checklist(self, prefix: str, checklist: list) -> str:
        items = []
        for check in checklist:
            mark, word = STATUS_MARKS[check["status"]], STATUS_WORDS[check["status"]]
            where = (f' <a href="#{prefix}-L{check["line"]}">第{check["line"]}行</a>'
                     if check["line"] is not None else "")
            extra = "" if check["status"] == "present" else f' <span class="word">{word}</span>'
            items.append(f'<li class="{check["status"]}" data-el="{escape(check["id"])}">'
                         f'<span class="mark">{mark}</span> {escape(check["title"])}{extra}{where}</li>')
        return f'<ul class="checklist">{"".join(items)}</ul>'

    def _findings(self, prefix: str, findings: list) -> str:
        if not findings:
            return '<p class="note">没有发现问题。</p>'
        items = []
        for i, f in enumerate(findings):
            severity = f["severity"]
            if f["line"] is not None:
                where = f'<a href="#{prefix}-f{i}">第{f["line"]}行第{f["column"]}列</a>'
                if f.get("location"):
                    where += f' <span class="loc">{escape(f["location"])}</span>'
            else:
                where = '<span class="loc">全文</span>'
            excerpt = f["excerpt"]
            if len(excerpt) > _EXCERPT_MAX:
                excerpt = excerpt[:_EXCERPT_MAX] + "…"
            quote = f' <q>{escape(excerpt)}</q>' if excerpt.strip() else ""
            items.append(
                f'<li class="{severity}" data-rs="{escape(f["rule"])}:{severity}">{where} '
                f'<span class="sev">{SEVERITY_TITLES[severity]}</span> <code>{escape(f["rule"])}</code>'
                f'<div class="msg">{escape(f["message"])}{quote}</div></li>'
            )
        return f'<ol class="findings">{"".join(items)}</ol>'

    def _outline(self, prefix: str, info: dict, checklist: list) -> str:
        outline = info["outline"]
        notes = []
        if not info.get("parsed", True):
            notes.append('<p class="note warn">未能按标题层级解析本报告，各行均按段落处理。</p>')
        if not any(n["kind"] == "heading" for n in outline):
            notes.append('<p class="note warn">没有识别出任何标题（一、（一）1.（1）或 #）。</p>')
        matched = defaultdict(list)
        for check in checklist:
            if check["line"] is not None:
                matched[check["line"]].append(check["title"])
        seen_lines = set()
        previous: dict = {}
        entries = []  # (line, html)
        for node in outline:
            line = node["line"]
            seen_lines.add(line)
            tags = "".join(f'<span class="tag">{escape(t)}</span>' for t in matched.get(line, ()))
            gap = ""
            if node["kind"] == "heading":
                key = (node["parent"], node["level"])
                before = previous.get(key)
                number = node["number"]
                if number is not None and before is not None and before["number"] is not None \
                        and number != before["number"] + 1:
                    gap = (f' <span class="gap">编号不连续（上一个是 '
                           f'{escape(before["marker"].strip())}）</span>')
                previous[key] = node
                label = (f'<span class="marker">{escape(node["marker"].strip())}</span>'
                         f'{escape(node["title"])}')
                cls = f'lv{min(max(node["level"], 1), 6)}'
            else:
                label = f'<span class="marker">标题</span>{escape(node["title"])}'
                cls = "lv0"
            entries.append((line, f'<li class="{cls}"><a href="#{prefix}-L{line}">{line}</a> '
                                  f'{label}{tags}{gap}</li>'))
        # Elements recognized on a paragraph's opening sentence, not on a heading.
        for line in set(matched) - seen_lines:
            tags = "".join(f'<span class="tag">{escape(t)}</span>' for t in matched[line])
            entries.append((line, f'<li class="para"><a href="#{prefix}-L{line}">{line}</a> '
                                  f'<span class="marker">段落</span>{tags}</li>'))
        entries.sort(key=lambda entry: entry[0])
        items = [html for _, html in entries]
        return "".join(notes) + f'<ol class="outline">{"".join(items)}</ol>'


def _heading(number: int, path: str) -> str:
    return (f'<h2><span class="idx">{number}</span> {escape(PurePath(path).name or path)}</h2>'
            f'<p class="path">{escape(path)}</p>')


def _badges(counts: dict[str, int]) -> str:
    return "".join(f'<span class="badge {s}">{SEVERITY_TITLES[s]} {counts[s]}</span>'
                   for s in reversed(SEVERITIES))


def _severity_counts(findings) -> dict[str, int]:
    counts = {s: 0 for s in SEVERITIES}
    for f in findings:
        counts[f["severity"]] += 1
    return counts


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


# --------------------------------------------------------------------------- the text


def _offsets(text: str, findings: list) -> list[tuple[int, int, int]]:
    """Character offsets ``(start, end, index)`` of the findings that have a
    position. Lines are split at ``\\n`` only (as :class:`Source` does), so a
    CRLF line's ``\\r`` is its last character and columns count it."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)

    def offset(line, column):
        if line < 1 or line > len(starts):
            return None
        return min(starts[line - 1] + column - 1, len(text))

    spans = []
    for i, f in enumerate(findings):
        if f["line"] is None:
            continue
        for place in f.get("occurrences") or [f]:  # a grouped finding: highlight every place
            start = offset(place["line"], place["column"] or 1)
            end = offset(place["end_line"] or place["line"], place["end_column"] or place["column"] or 1)
            if start is None:
                continue
            if end is None or end < start:
                end = start
            spans.append((start, end, i))
    return spans


def _text(prefix: str, text: str, findings: list) -> str:
    """The report's text, one element per line, each finding's characters
    wrapped in ``<mark>`` (overlaps are cut into pieces that carry every
    finding they belong to)."""
    spans = _offsets(text, findings)
    begins, ends, points = defaultdict(list), defaultdict(list), defaultdict(list)
    cuts = {0, len(text)}
    for start, end, i in spans:
        if start == end:
            points[start].append(i)
            cuts.add(start)
            continue
        begins[start].append(i)
        ends[end].append(i)
        cuts.update((start, end))
    pos = text.find("\n")
    while pos != -1:
        cuts.update((pos, pos + 1))
        pos = text.find("\n", pos + 1)

    lines: list[list[str]] = [[]]
    active: list[int] = []
    anchored: set[int] = set()  # a grouped finding's anchor is at its first place
    ordered = sorted(cuts)
    for a, b in zip(ordered, ordered[1:] + [None]):
        for i in ends.get(a, ()):
            active.remove(i)
        out = lines[-1]
        for i in [*begins.get(a, ()), *points.get(a, ())]:
            if i not in anchored:
                anchored.add(i)
                out.append(f'<a class="anchor" id="{prefix}-f{i}"></a>')
        for i in points.get(a, ()):
            out.append(_mark([findings[i]], "", point=True))
        active.extend(begins.get(a, ()))
        if b is None:
            break
        piece = text[a:b]
        if piece == "\n":
            lines.append([])
            continue
        shown = piece.replace("\r", "")
        if not shown:
            continue
        if active:
            lines[-1].append(_mark([findings[i] for i in active], shown))
        else:
            lines[-1].append(escape(shown))
    rows = []
    for number, parts in enumerate(lines, 1):
        rows.append(f'<div class="l" id="{prefix}-L{number}" data-n="{number}">{"".join(parts)}</div>')
    return f'<div class="text">{"".join(rows)}</div>'


def _mark(findings: list, shown: str, point: bool = False) -> str:
    strongest = max((f["severity"] for f in findings), key=SEVERITIES.index)
    pairs = " ".join(f'{f["rule"]}:{f["severity"]}' for f in findings)
    tip = "\n".join(f'{SEVERITY_TITLES[f["severity"]]} {f["rule"]}：{f["message"]}' for f in findings)
    cls = f"{strongest} pt" if point else strongest
    return (f'<mark class="{cls}" data-rs="{escape(pairs)}" title="{escape(tip)}">'
            f"{escape(shown)}</mark>")


# --------------------------------------------------------------------------- assets


def _asset(name: str) -> str:
    """A file of ``assets/`` (package data: the page's CSS and script)."""
    import os

    with open(os.path.join(os.path.dirname(__file__), "assets", name), encoding="utf-8") as handle:
        return handle.read()

