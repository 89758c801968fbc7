"""responsibility-chain: what a 主体责任 report must show it did, looked for
where it reports its work.

Each entry of ``items`` is something reviewers expect to read among the work
done (the chain of responsibility: 第一责任人, 班子成员“一岗双责”, 专题研究
全面从严治党 with a count, the 四种形态 with figures). It is looked for in the
report outside the parts listed in ``skip`` (the problems and the plans):
written only as a plan (“下一步……落实第一责任人职责”) it was not reported as
done. One finding for the whole file lists the items missing there.

Each item:

  title     its name, for the message (required)
  patterns  regular expressions, any of which shows it (required)
  figure    regular expressions one of which must match in the same sentence
            (专题研究全面从严治党 is shown with how many times: 6次)

Options:
  items  the list above (required)
  skip   checklist element ids of parts not searched (default problems, next-steps)

Message placeholders: ``{items}`` (the missing items, joined by 、),
``{count}``.
"""

from __future__ import annotations

from linter.checks import parts
from linter.checks.options import REQUIRED, mappings, regex_list, string_list

TYPE = "responsibility-chain"
FIXES = False
FIELDS = {"items", "count"}


class Item:
    __slots__ = ("title", "patterns", "figure")

    def __init__(self, title: str, patterns: list, figure: list):
        self.title, self.patterns, self.figure = title, patterns, figure

    def __repr__(self) -> str:
        return f"Item({self.title!r})"


def item_table(value) -> list[Item]:
    table = []
    for where, row in mappings(value, ("title", "patterns", "figure"), ("title", "patterns")):
        title = row.get("title")
        if not isinstance(title, str) or not title:
            raise ValueError(f"{where}缺少 title")
        if row.get("patterns") is None:
            raise ValueError(f"{where}缺少 patterns")
        patterns = regex_list(row.get("patterns"))
        if not patterns:
            raise ValueError(f"{where}的 patterns 不能为空")
        table.append(Item(title, patterns, regex_list(row.get("figure", []))))
    return table


OPTIONS = {
    "items": (item_table, REQUIRED),
    "skip": (string_list, ["problems", "next-steps"]),
}


def shown(item: Item, norm: str, spans) -> bool:
    for start, stop in spans:
        if not item.figure:
            if parts.search(item.patterns, norm, start, stop):
                return True
            continue
        for pattern in item.patterns:
            for m in pattern.finditer(norm, start, stop):
                a, b = parts.sentence_at(norm, m.start(), m.end(), start, stop)
                if parts.search(item.figure, norm, a, b):
                    return True
    return False


def check(rule, doc, report):
    spans = parts.outside(doc, rule.options["skip"])
    missing = [item.title for item in rule.options["items"] if not shown(item, doc.norm, spans)]
    if missing:
        yield report(None, None, items="、".join(missing), count=len(missing))


def describe(rule) -> list[str]:
    lines = ["", "| 应写到的内容 | 识别（正则） | 须带数字 |", "|---|---|---|"]
    for item in rule.options["items"]:
        patterns = "、".join(f"`{p.pattern}`" for p in item.patterns).replace("|", "\\|")
        figure = "、".join(f"`{p.pattern}`" for p in item.figure).replace("|", "\\|") or "—"
        lines.append(f"| {item.title} | {patterns} | {figure} |")
    return lines
