"""``--format github``: GitHub Actions workflow commands, one per finding.

    ::error file=报告.txt,line=3,col=12,endLine=3,endColumn=14,title=zhidang placeholder::占位符“**”未替换为具体内容

Severities map to ``error``, ``warning`` and ``notice``; a finding about the
whole file has no line. Columns count characters. Values are escaped as the
runner expects (``%``, CR, LF, and in properties also ``:`` and ``,``); other
control characters are shown escaped, so no text can forge a command.
"""

from __future__ import annotations

from linter.reporters import base
from linter.reporters.base import shown

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return shown(text)


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _command(name: str, props, message: str) -> str:
    joined = ",".join(f"{key}={_property(str(value))}" for key, value in props)
    return f"::{name} {joined}::{_data(message)}\n"


class Reporter(base.Reporter):
    def file(self, result) -> str:
        out = []
        for f in result.findings:
            props = [("file", result.path)]
            if f.line is not None:
                props += [("line", f.line), ("col", f.column), ("endLine", f.end_line), ("endColumn", f.end_column)]
            props.append(("title", f"zhidang {f.rule}"))
            message = f.message if not f.location else f"{f.message}（{f.location}）"
            out.append(_command(COMMANDS[f.severity], props, message))
        return "".join(out)

    def error(self, error) -> str:
        return _command("error", [("file", error.path), ("title", "zhidang")], f"无法检查：{error.message}")
