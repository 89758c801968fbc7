"""What reporters need to know about rules: ids, Chinese titles, descriptions
and examples, for every rule a run could report (the rulebooks' elements and
rules, and ``unused-suppression``)."""

from __future__ import annotations

from dataclasses import dataclass

from linter import suppress
from linter.rulebook import missing_id


@dataclass
class RuleInfo:
    id: str
    summary: str  # one line, Chinese
    severity: str  # default severity
    description: str
    failing: list[str]
    passing: list[str]
    rulebook: str | None = None

    def help_text(self) -> str:
        parts = [self.description.strip()]
        if self.failing:
            parts.append("不通过的示例：" + "；".join(self.failing))
        if self.passing:
            parts.append("通过的示例：" + "；".join(self.passing))
        return "\n".join(parts)

    def help_markdown(self) -> str:
        lines = [self.description.strip(), ""]
        if self.failing:
            lines += ["不通过的示例：", ""] + [f"- ✗ `{_code(t)}`" for t in self.failing] + [""]
        if self.passing:
            lines += ["通过的示例：", ""] + [f"- ✔ `{_code(t)}`" for t in self.passing] + [""]
        return "\n".join(lines).rstrip() + "\n"


def _code(text: str) -> str:
    return text.replace("`", "'").replace("\n", " ⏎ ")


def rules(rulebooks) -> dict[str, RuleInfo]:
    """Every reportable rule of ``rulebooks`` (an iterable), by id; the first
    rulebook that defines an id wins."""
    catalog: dict[str, RuleInfo] = {}
    for book in rulebooks:
        for element in book.elements:
            rule_id = missing_id(element.id)
            if rule_id not in catalog:
                catalog[rule_id] = RuleInfo(
                    rule_id, f"检查要素：{element.title}（缺少或内容过少）", element.severity,
                    element.description, element.examples.failing, element.examples.passing, book.id)
        for rule in book.rules:
            if rule.id not in catalog:
                summary = rule.title or rule.message.replace("{match}", "…").replace("{title}", rule.title)
                catalog[rule.id] = RuleInfo(rule.id, summary, rule.severity, rule.description,
                                            rule.examples.failing, rule.examples.passing, book.id)
    catalog.setdefault(suppress.RULE_ID, RuleInfo(
        suppress.RULE_ID, suppress.TITLE, suppress.SEVERITY, suppress.DESCRIPTION,
        suppress.EXAMPLES["fail"], suppress.EXAMPLES["pass"]))
    return catalog


def books(rulebook, rulebooks=None) -> list:
    """The rulebooks of a run: those the gate used, else the one given."""
    if rulebooks:
        return list(rulebooks.values())
    return [rulebook] if rulebook is not None else []
