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


#: Annotations per grouped finding: GitHub shows at most 10 warnings and 10
#: errors per step and 50 per run, so the rest of a group is one summary line.
PLACES_ANNOTATED = 10


class Reporter(base.Reporter):
    def file(self, result) -> str:
        out = []
        for f in result.findings:
            places = f.places() if f.line is not None else [None]
            for place in places[:PLACES_ANNOTATED]:
                out.append(self._annotation(result.path, f, place))
            if len(places) > PLACES_ANNOTATED:
                rest = len(places) - PLACES_ANNOTATED
                out.append(_command(COMMANDS[f.severity], [("file", result.path), ("title", f"zhidang {f.rule}")],
                                    f"{f.message}（另有 {rest} 处未逐一标注）"))
        return "".join(out)

    @staticmethod
    def _annotation(path: str, f, place) -> str:
        props = [("file", path)]
        location = f.location
        if place is not None:
            props += [("line", place.line), ("col", place.column), ("endLine", place.end_line),
                      ("endColumn", place.end_column)]
            location = place.location
        props.append(("title", f"zhidang {f.rule}"))
        message = f.message if not location else f"{f.message}（{location}）"
        return _command(COMMANDS[f.severity], props, message)

    def error(self, error) -> str:
        return _command("error", [("file", error.path), ("title", "zhidang")], f"无法检查：{error.message}")
