"""problems-answered: a problem the plans do not take up.

The problems part is split into items as ``thin-problems`` splits it; each
item is matched against ``topics``, a synonym map ``{topic: [term, …]}``
(理论学习: [学习, 理论, 中心组, 学懂弄通]). An item that names one or more
topics none of which appears in the plans part gets one finding at the item,
naming its topics: the plans were not written from the problems. Items that
name no topic are not judged. Nothing is reported when either part is
missing (the checklist says so).

Options:
  topics    the synonym map (required); a term is a literal or a regular
            expression, matched on the matching view
  problems  checklist element id of the problems (default problems)
  plans     checklist element id of the plans (default next-steps)

Message placeholders: ``{match}`` (the item's first sentence), ``{topics}``
(its topics, joined by 、).
"""

from __future__ import annotations

import re

from linter import regexstore
from linter.checks import parts
from linter.checks.options import REQUIRED, element_id, string_list
from linter.checks.thin_problems import _first_sentence, items

TYPE = "problems-answered"
FIXES = False
FIELDS = {"topics"}

_META = regexstore.compile(r"[.^$*+?{}\[\]\\|()]")


def topic_map(value) -> dict[str, re.Pattern]:
    """``{topic: [term, …]}`` → ``{topic: one compiled alternation}``."""
    if not isinstance(value, dict) or not value:
        raise ValueError("应为映射：主题 → 同义词列表，如 {理论学习: [学习, 理论, 中心组]}")
    table = {}
    for topic, terms in value.items():
        if not isinstance(topic, str) or not topic:
            raise ValueError(f"主题名“{topic!r}”应为文本")
        words = string_list(terms)
        if not words:
            raise ValueError(f"主题“{topic}”的同义词列表为空")
        alternation = "|".join(w if _META.search(w) else re.escape(w) for w in words)
        try:
            table[topic] = regexstore.compile(alternation)
        except re.error as exc:
            raise ValueError(f"主题“{topic}”的同义词无效：{exc}") from None
    return table


OPTIONS = {
    "topics": (topic_map, REQUIRED),
    "problems": (element_id, "problems"),
    "plans": (element_id, "next-steps"),
}


def check(rule, doc, report):
    options = rule.options
    problems = parts.body(doc, options["problems"])
    plans = parts.span(doc, options["plans"])
    if problems is None or plans is None:
        return
    norm = doc.norm
    start, stop = problems
    topics = options["topics"]
    answered = {}  # topic → whether the plans name it (looked up when an item names it)

    def in_plans(topic):
        if topic not in answered:
            answered[topic] = topics[topic].search(norm, plans[0], plans[1]) is not None
        return answered[topic]

    for a, b in items(doc, start, stop):
        if plans[0] <= a < plans[1]:
            continue  # the same section serves both parts
        named = [topic for topic, p in topics.items() if p.search(norm, a, b)]
        if named and not any(in_plans(t) for t in named):
            yield report(a, _first_sentence(norm, a, b), topics="、".join(named))


def describe(rule) -> list[str]:
    lines = ["", "| 主题 | 同义词（正则） |", "|---|---|"]
    for topic, pattern in rule.options["topics"].items():
        lines.append(f"| {topic} | `{pattern.pattern.replace('|', chr(92) + '|')}` |")
    return lines
