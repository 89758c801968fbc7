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


def _without_fields(message: str, title: str) -> str:
    """A rule's message as a summary: ``{title}`` filled, every other
    ``{field}`` (the match, the replacement …) shown as “…”."""
    import string

    parts = []
    for literal, name, _, _ in string.Formatter().parse(message):
        parts.append(literal)
        if name is not None:
            parts.append(title if name == "title" and title else "…")
    return "".join(parts)


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
                summary = rule.title or _without_fields(rule.message, rule.title)
                catalog[rule.id] = RuleInfo(rule.id, summary, rule.severity, rule.description,
                                            rule.examples.failing, rule.examples.passing, book.id)
    catalog.setdefault(suppress.RULE_ID, RuleInfo(
        suppress.RULE_ID, suppress.TITLE, suppress.SEVERITY, suppress.DESCRIPTION,
        suppress.EXAMPLES["fail"], suppress.EXAMPLES["pass"]))
    return catalog
