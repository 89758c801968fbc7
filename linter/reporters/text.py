"""``--format text``: findings ruff-style, then the checklist of each file.

    seeds/003.txt:1:2: error placeholder 占位符“**”未替换为具体内容
    seeds/003.txt: error missing-problems 未找到“存在问题”部分
"""

from __future__ import annotations

import click

from linter.results import SEVERITY_TITLES

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
_MARKS = {"present": ("✔", "green"), "missing": ("✗", "red"), "weak": ("△", "yellow")}
_STATUS = {"present": "", "missing": "缺失", "weak": "内容过少"}


def render(run, rulebook, color: bool = False, checklist: bool = True, summary: bool = True,
           accepted: int = 0, rulebooks=None, **_options) -> str:
    def style(text, **kw):
        return click.style(text, **kw) if color else text

    out: list[str] = []
    for result in run.files:
        for f in result.findings:
            where = result.path
            if f.line is not None:
                where += f":{f.line}:{f.column}"
            if f.location:
                where += f" ({f.location})"
            severity = style(f.severity, fg=_COLOURS[f.severity], bold=True)
            fixable = style(" [可自动修复]", fg="green") if f.fix is not None and f.fix.safe else ""
            out.append(f"{style(where, bold=True)}: {severity} {style(f.rule, fg='cyan')} {f.message}{fixable}")
        if checklist and result.checklist:
            title = result.rulebook_title or (rulebooks or {}).get(result.rulebook, rulebook).title
            out.append(f"{style(result.path, bold=True)} 检查清单（{title}）：")
            for item in result.checklist:
                mark, colour = _MARKS[item.status]
                where = f"（第{item.line}行）" if item.line is not None else ""
                if item.location:
                    where = f"（{item.location}）"
                status = _STATUS[item.status]
                out.append(f"  {style(mark, fg=colour)} {item.title}{where}{' ' + status if status else ''}")
            out.append("")
    for error in run.errors:
        out.append(f"{style(error.path, bold=True)}: {style('无法检查', fg='red', bold=True)} {error.message}")
    if summary:
        out.append(totals(run, accepted))
    return "".join(line + "\n" for line in out)


def totals(run, accepted: int = 0) -> str:
    counts = {s: 0 for s in SEVERITY_TITLES}
    for f in run.findings():
        counts[f.severity] += 1
    missing = sum(1 for r in run.files for i in r.checklist if i.status != "present")
    parts = [f"共检查 {len(run.files)} 个文件"]
    parts.append(
        f"发现 {sum(counts.values())} 个问题（错误 {counts['error']}，"
        f"警告 {counts['warning']}，提示 {counts['info']}）"
    )
    if missing:
        parts.append(f"缺少或不完整的检查要素 {missing} 项")
    if accepted:
        parts.append(f"基线中已接受的 {accepted} 个问题未列出")
    fixable = sum(1 for f in run.findings() if f.fix is not None and f.fix.safe)
    if fixable:
        parts.append(f"可用 --fix 自动修复的问题 {fixable} 个")
    if run.errors:
        parts.append(f"{len(run.errors)} 个文件无法检查")
    return "，".join(parts) + "。"
