"""``--format junit``: JUnit XML for CI test-report views (built with junit-xml).

One test suite per checked file; in it one test case per checklist element
(``missing-political 政治建设`` …) and per rule of the rulebook
(``placeholder`` …), plus one for any other rule that reported (such as
``unused-suppression``). A case fails when its rule has findings: *all* its
findings go into one ``<failure>`` (junit-xml 1.9 keeps only the last of
repeated ``add_failure_info`` calls), each with its position, and the failure
type is the highest severity. An unreadable file is a suite with one errored
case.

The document is valid against the Apache Ant JUnit schema (what Jenkins,
GitLab and most CI systems read): junit-xml builds each ``<testsuite>``, and
the few things Ant's schema requires and junit-xml leaves out or adds are
adjusted here — no attributes on the ``<testsuites>`` root, ``id`` and
``package``, ``hostname`` and ``timestamp`` on each suite, ``time`` on each
case, ``properties``/``system-out``/``system-err`` in Ant's order, and no
``disabled`` attribute.
"""

from __future__ import annotations

import os
import time

from linter import regexstore
from linter.reporters import base
from linter.reporters.base import STATUS_MARKS, STATUS_WORDS
from linter.results import severity_rank
from linter.rulebook import missing_id

# XML 1.0 cannot carry most C0 control characters, even escaped.
_ILLEGAL_XML = regexstore.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Reporter(base.Reporter):
    def __init__(self, context):
        super().__init__(context)
        self.stamp = _timestamp()
        self.host = _hostname()
        self.suites = []

    def file(self, result) -> str:
        from junit_xml import TestCase, TestSuite  # deferred: only this format needs it

        book = self.context.book(result.rulebook)
        cases = []
        by_rule: dict[str, list] = {}
        for finding in result.findings:
            by_rule.setdefault(finding.rule, []).append(finding)
        names = {}
        for item in result.checklist:
            names[missing_id(item.id)] = item.title
        for rule in book.rules if book is not None else ():
            names.setdefault(rule.id, rule.title)
        for rule_id in by_rule:
            names.setdefault(rule_id, "")
        for rule_id, title in names.items():
            case = TestCase(f"{rule_id} {title}".strip(), classname=result.path)
            findings = by_rule.get(rule_id)
            if findings:
                worst = max((f.severity for f in findings), key=severity_rank)
                first = findings[0].message
                message = first if len(findings) == 1 else f"{len(findings)} 个问题：{first} 等"
                case.add_failure_info(message=message, output=_listing(result.path, findings), failure_type=worst)
            cases.append(case)
        self.suites.append((TestSuite(result.path, cases, hostname=self.host, timestamp=self.stamp,
                                      package=result.rulebook, properties={"rulebook": result.rulebook}),
                            _checklist(result)))
        return ""

    def error(self, error) -> str:
        from junit_xml import TestCase, TestSuite

        case = TestCase("读取文件", classname=error.path)
        case.add_error_info(message=error.message, error_type="unreadable")
        rulebook_id = getattr(self.context.default, "id", "")
        self.suites.append((TestSuite(error.path, [case], hostname=self.host, timestamp=self.stamp,
                                      package="zhidang", properties={"rulebook": rulebook_id}), ""))
        return ""

    def end(self, totals) -> str:
        import xml.etree.ElementTree as ET

        root = ET.Element("testsuites")
        for number, (suite, out) in enumerate(self.suites):
            root.append(_ant_suite(suite.build_xml_doc(), number, out))
        ET.indent(root, space="  ")
        body = ET.tostring(root, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + _ILLEGAL_XML.sub("", body) + "\n"


def _listing(path: str, findings) -> str:
    lines = []
    for f in findings:
        for place in (f.places() if f.line is not None else [f]):
            where = path if place.line is None else f"{path}:{place.line}:{place.column}"
            if place.location:
                where += f" ({place.location})"
            lines.append(f"{where}: {f.severity} {f.rule} {f.message}")
    return "\n".join(lines)


def _checklist(result) -> str:
    lines = []
    for item in result.checklist:
        status = "" if item.status == "present" else " " + STATUS_WORDS[item.status]
        where = f"（第{item.line}行）" if item.line is not None else ""
        lines.append(f"{STATUS_MARKS[item.status]} {item.title}{where}{status}")
    return "\n".join(lines)


def _ant_suite(element, number: int, out: str):
    """Make junit-xml's <testsuite> fit the Ant schema's aggregated form."""
    import xml.etree.ElementTree as ET

    element.attrib.pop("disabled", None)
    element.set("id", str(number))
    for case in element.iter("testcase"):
        case.set("time", case.get("time", "0"))
    properties = element.find("properties")
    if properties is None:
        properties = ET.Element("properties")
    else:
        element.remove(properties)
    element.insert(0, properties)
    ET.SubElement(element, "system-out").text = out
    ET.SubElement(element, "system-err").text = ""
    return element


def _timestamp() -> str:
    """Now, as Ant writes it (no time zone); SOURCE_DATE_EPOCH for reproducible output."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch and epoch.isdigit() else time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))


def _hostname() -> str:
    import socket

    try:
        return socket.gethostname() or "localhost"
    except OSError:
        return "localhost"

