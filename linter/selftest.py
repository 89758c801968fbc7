"""Run the pass/fail examples that every element and rule of a rulebook carries.

A ``fail`` example must make the rule report (an element: be missing); a
``pass`` example must not (an element: be found). Used by ``zhidang rules
test`` and by the test suite.
"""

from __future__ import annotations

from dataclasses import dataclass

from linter.checks import element as element_type
from linter.engine import build_document
from linter.sources.base import Source


@dataclass
class ExampleOutcome:
    rule: str
    kind: str  # "pass" or "fail"
    text: str
    ok: bool
    detail: str = ""


def _document(text: str):
    return build_document(Source(path="<example>", text=text))


def run_rule_example(rulebook, rule, kind: str, text: str) -> ExampleOutcome:
    doc = _document(text)
    if rule.type == element_type.TYPE:
        status, _ = element_type.evaluate(rulebook.elements, doc, rulebook.segmenter)[rule.id]
        flagged = status == element_type.MISSING
        detail = f"检查要素状态为 {status}"
    else:
        batch_example = getattr(rule.module, "run_example", None)  # cross-document rule types
        if batch_example is not None:
            hits = batch_example(rulebook, rule, text)
        else:
            hits = list(rule.module.check(rule, doc, lambda s, e, message=None, fix=None, **_: (s, e)))
        flagged = bool(hits)
        detail = "报告了 " + "、".join("全文" if s is None else f"“{text[s:e]}”" for s, e in hits) if hits else "没有报告"
    ok = flagged if kind == "fail" else not flagged
    return ExampleOutcome(rule.id, kind, text, ok, detail)


def run_examples(rulebook) -> list[ExampleOutcome]:
    outcomes = []
    for rule in [*rulebook.elements, *rulebook.rules]:
        for text in rule.examples.failing:
            outcomes.append(run_rule_example(rulebook, rule, "fail", text))
        for text in rule.examples.passing:
            outcomes.append(run_rule_example(rulebook, rule, "pass", text))
    return outcomes
