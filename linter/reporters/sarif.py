"""``--format sarif``: SARIF 2.1.0 (OASIS), written as plain JSON.

One run; ``tool.driver.rules`` describes every rule of the rulebooks used, in
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
from linter.reporters import catalog

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_SRCROOT = "%SRCROOT%"


def render(run, rulebook, rulebooks=None, **_options) -> str:
    rules = catalog.rules(catalog.books(rulebook, rulebooks))
    index = {rule_id: i for i, rule_id in enumerate(rules)}
    results = []
    for result in run.files:
        for finding in result.findings:
            results.append(_result(result.path, finding, index.get(finding.rule)))
    notifications = [
        {"level": "error", "message": {"text": error.message},
         "locations": [{"physicalLocation": {"artifactLocation": _artifact(error.path)}}]}
        for error in run.errors
    ]
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
                "rules": [_descriptor(info) for info in rules.values()],
            }},
            "invocations": [{"executionSuccessful": not run.errors,
                             "toolExecutionNotifications": notifications}],
            "originalUriBaseIds": {_SRCROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": results,
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


def _result(path: str, finding, rule_index) -> dict:
    region = {"startLine": 1}
    if finding.line is not None:
        region = {"startLine": finding.line, "startColumn": finding.column,
                  "endLine": finding.end_line, "endColumn": finding.end_column}
        if finding.excerpt:
            region["snippet"] = {"text": finding.excerpt}
    location = {"physicalLocation": {"artifactLocation": _artifact(path), "region": region}}
    if finding.location:
        location["message"] = {"text": finding.location}
    result = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
    }
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
