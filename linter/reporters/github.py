"""``--format github``: GitHub Actions workflow commands, one per finding.

    ::error file=报告.txt,line=3,col=12,endLine=3,endColumn=14,title=zhidang placeholder::占位符“**”未替换为具体内容

Severities map to ``error``, ``warning`` and ``notice``; a finding about the
whole file has no line. Columns count characters. Values are escaped as the
runner expects (``%``, CR, LF, and in properties also ``:`` and ``,``).
"""

from __future__ import annotations

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(run, rulebook, **_options) -> str:
    out = []
    for result in run.files:
        for f in result.findings:
            props = [("file", result.path)]
            if f.line is not None:
                props += [("line", f.line), ("col", f.column), ("endLine", f.end_line), ("endColumn", f.end_column)]
            props.append(("title", f"zhidang {f.rule}"))
            message = f.message if not f.location else f"{f.message}（{f.location}）"
            out.append(_command(COMMANDS[f.severity], props, message))
    for error in run.errors:
        out.append(_command("error", [("file", error.path), ("title", "zhidang")], f"无法检查：{error.message}"))
    return "".join(line + "\n" for line in out)


def _command(name: str, props, message: str) -> str:
    joined = ",".join(f"{key}={_property(str(value))}" for key, value in props)
    return f"::{name} {joined}::{_data(message)}"
