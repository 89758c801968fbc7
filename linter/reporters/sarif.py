"""``--format sarif``: SARIF 2.1.0 (OASIS), written as plain JSON.

One run; ``tool.driver.rules`` describes every rule of every rulebook a file
may have been checked with (``--rulebook auto``: all the genres), in
Chinese (``driver.language`` is ``zh-CN``), with help text and examples from
the rulebook. Columns count characters (Unicode code points, so a CJK
Extension-B character such as 𠀀 is one column, not two UTF-16 units); the run
says so with ``columnKind: unicodeCodePoints``. ``endColumn`` is exclusive, as
SARIF defines it. A finding about the whole file (a missing checklist
element) is placed at line 1, because code-scanning services require a line.
Paths relative to the working directory are relative URIs against
``%SRCROOT%``. Unreadable files are tool execution notifications.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from linter import __version__
from linter.reporters import base, catalog

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_SRCROOT = "%SRCROOT%"


class Reporter(base.Reporter):
    def __init__(self, context):
        super().__init__(context)
        self.rules = catalog.rules(context.books.values())
        self.index = {rule_id: i for i, rule_id in enumerate(self.rules)}
        self.results = []
        self.notifications = []

    def file(self, result) -> str:
        for finding in result.findings:
            self.results.append(_result(result.path, finding, self.index.get(finding.rule)))
        return ""

    def error(self, error) -> str:
        self.notifications.append(
            {"level": "error", "message": {"text": error.message},
             "locations": [{"physicalLocation": {"artifactLocation": _artifact(error.path)}}]})
        return ""

    def end(self, totals) -> str:
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "zhidang",
                    "fullName": "zhidang 全面从严治党主体责任报告检查工具",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "language": "zh-CN",
                    "rules": [_descriptor(info) for info in self.rules.values()],
                }},
                "invocations": [{"executionSuccessful": not self.notifications,
                                 "toolExecutionNotifications": self.notifications}],
                "originalUriBaseIds": {_SRCROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": self.results,
            }],
        }
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _descriptor(info) -> dict:
    descriptor = {
        "id": info.id,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.description.strip() or info.summary},
        "help": {"text": info.help_text(), "markdown": info.help_markdown()},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
    }
    if info.rulebook:
        descriptor["properties"] = {"tags": [info.rulebook]}
    return descriptor


def _location(path: str, place) -> dict:
    region = {"startLine": 1}
    if place.line is not None:
        region = {"startLine": place.line, "startColumn": place.column,
                  "endLine": place.end_line, "endColumn": place.end_column}
        if place.excerpt:
            region["snippet"] = {"text": place.excerpt}
    location = {"physicalLocation": {"artifactLocation": _artifact(path), "region": region}}
    if place.location:
        location["message"] = {"text": place.location}
    return location


def _result(path: str, finding, rule_index) -> dict:
    result = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(path, finding)],
    }
    if finding.occurrences:  # a grouped finding: every other place as a related location
        result["relatedLocations"] = [dict(_location(path, place), id=number)
                                      for number, place in enumerate(finding.occurrences[1:], 1)]
    if rule_index is not None:
        result["ruleIndex"] = rule_index
    return result


def _artifact(path: str) -> dict:
    from urllib.parse import quote

    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    if relative.startswith(".."):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": quote(relative.replace(os.sep, "/")), "uriBaseId": _SRCROOT}
