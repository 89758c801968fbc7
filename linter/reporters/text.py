"""``--format text``: findings ruff-style, then the checklist of each file.

    seeds/003.txt:1:2: error placeholder 占位符“**”未替换为具体内容
    seeds/003.txt: error missing-problems 未找到“存在问题”部分

Every file name and message passes through :func:`~linter.reporters.base.shown`
(control characters escaped) before it reaches the terminal.
"""

from __future__ import annotations

import click

from linter.reporters import base
from linter.reporters.base import STATUS_MARKS, shown

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
_MARK_COLOURS = {"present": "green", "missing": "red", "weak": "yellow"}
_STATUS = {"present": "", "missing": "缺失", "weak": "内容过少"}


class Reporter(base.Reporter):
    def style(self, text: str, **kw) -> str:
        return click.style(text, **kw) if self.context.color else text

    def file(self, result) -> str:
        style = self.style
        path = shown(result.path)
        out: list[str] = []
        for f in result.findings:
            where = path
            if f.line is not None:
                where += f":{f.line}:{f.column}"
            if f.location:
                where += f" ({f.location})"
            severity = style(f.severity, fg=_COLOURS[f.severity], bold=True)
            fixable = style(" [可自动修复]", fg="green") if any(fix.safe for fix in f.fixes()) else ""
            places = _places(f.occurrences) if f.occurrences else ""
            out.append(f"{style(where, bold=True)}: {severity} {style(f.rule, fg='cyan')} "
                       f"{shown(f.message)}{places}{fixable}")
        if self.context.checklist and result.checklist:
            title = result.rulebook_title or self.context.book(result.rulebook).title
            out.append(f"{style(path, bold=True)} 检查清单（{title}）：")
            for item in result.checklist:
                mark = style(STATUS_MARKS[item.status], fg=_MARK_COLOURS[item.status])
                where = f"（第{item.line}行）" if item.line is not None else ""
                if item.location:
                    where = f"（{item.location}）"
                status = _STATUS[item.status]
                out.append(f"  {mark} {item.title}{where}{' ' + status if status else ''}")
            out.append("")
        return "".join(line + "\n" for line in out)

    def error(self, error) -> str:
        style = self.style
        return f"{style(shown(error.path), bold=True)}: {style('无法检查', fg='red', bold=True)} {shown(error.message)}\n"

    def end(self, totals) -> str:
        return summary_line(totals) + "\n" if self.context.summary else ""


#: Places of a grouped finding listed on its line (JSON lists them all).
PLACES_SHOWN = 5


def _places(occurrences) -> str:
    """``（共188处：5:317、5:330、6:2、…）``: the count and the first places."""
    shown_places = "、".join(f"{o.line}:{o.column}" for o in occurrences[:PLACES_SHOWN])
    more = "、…" if len(occurrences) > PLACES_SHOWN else ""
    return f"（共{len(occurrences)}处：{shown_places}{more}）"


def summary_line(totals) -> str:
    counts = totals.severities
    parts = [f"共检查 {totals.files} 个文件"]
    parts.append(
        f"发现 {totals.findings} 个问题（错误 {counts['error']}，"
        f"警告 {counts['warning']}，提示 {counts['info']}）"
    )
    if totals.missing:
        parts.append(f"缺少或不完整的检查要素 {totals.missing} 项")
    if totals.accepted:
        parts.append(f"基线中已接受的 {totals.accepted} 个问题未列出")
    if totals.fixable:
        parts.append(f"可用 --fix 自动修复 {totals.fixable} 处")
    if totals.errors:
        parts.append(f"{totals.errors} 个文件无法检查")
    return "，".join(parts) + "。"
