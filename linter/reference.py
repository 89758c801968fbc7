"""The rule reference (docs/rules.md), generated from a rulebook.

``zhidang rules reference > docs/rules.md`` rewrites it; a test fails when the
committed file no longer matches the rulebooks.
"""

from __future__ import annotations

from linter.checks import TYPES, element as element_type
from linter.results import SEVERITY_TITLES
from linter.rulebook import missing_id


def _examples(rule) -> list[str]:
    lines = ["", "不通过的示例：", ""]
    lines += [f"- `{_code(t)}`" for t in rule.examples.failing]
    lines += ["", "通过的示例：", ""]
    lines += [f"- `{_code(t)}`" for t in rule.examples.passing]
    return lines


def _code(text: str) -> str:
    return text.replace("`", "ˋ").replace("\n", " ")


def _fingerprint(rule) -> tuple:
    """What a reader sees of a rule: equal for an entry inherited unchanged."""
    return (rule.type, rule.severity, rule.message, rule.title, rule.description.strip(),
            rule.examples, sorted((k, repr(v)) for k, v in rule.options.items()))


def _element(e) -> list[str]:
    out = [f"#### `{e.id}` {e.title}", "", e.description.strip(), ""]
    opts = e.options
    if e.severity != "error":
        out.append(f"- 缺少时的级别：{SEVERITY_TITLES[e.severity]}（{e.severity}）")
    describe = getattr(e.module, "describe", None)
    if describe is not None:  # the element type lists its own signals (issue 10)
        return out + describe(e) + _examples(e) + [""]
    if opts["keywords"]:
        out.append("- 标题关键词：" + "、".join(opts["keywords"]))
    if opts["words"]:
        out.append("- 标题词语（按分词整词匹配）：" + "、".join(opts["words"]))
    if opts["openings"]:
        out.append("- 段落开头（正则）：" + "、".join(f"`{p.pattern}`" for p in opts["openings"]))
    if opts["min-chars"]:
        out.append(f"- 少于 {opts['min-chars']} 字视为内容过少")
    return out + _examples(e) + [""]


def _rule(r) -> list[str]:
    out = [
        f"#### `{r.id}`",
        "",
        f"- 级别：{SEVERITY_TITLES[r.severity]}（{r.severity}）",
        f"- 类型：`{r.type}`",
        f"- 提示：{r.message}",
        "",
        r.description.strip(),
    ]
    describe = getattr(r.module, "describe", None)
    if describe is not None:
        out += describe(r)
    return out + _examples(r) + [""]


def render(rulebooks) -> str:
    by_id = {book.id: book for book in rulebooks}

    def depth(book) -> int:
        parent = by_id.get(book.extends) if book.extends else None
        return 0 if parent is None else 1 + depth(parent)

    rulebooks = sorted(rulebooks, key=lambda book: (depth(book), book.id))  # parents first
    out = [
        "# 规则参考 / Rule reference",
        "",
        "<!-- 本文件由 `zhidang rules reference > docs/rules.md` 生成，请勿手工修改。 -->",
        "",
    ]
    for book in rulebooks:
        out += [f"## 规则库 `{book.id}`：{book.title}", ""]
        if book.description:
            out += [book.description.strip(), ""]
        parent = by_id.get(book.extends) if book.extends else None
        inherited = {}
        if parent is not None:
            out += [f"继承规则库 [`{parent.id}`](#规则库-{parent.id}{parent.title})（{parent.title}），"
                    "以下只详细列出本规则库新增或修改的检查要素和规则。", ""]
            inherited = {r.id: _fingerprint(r) for r in [*parent.elements, *parent.rules]}
            dropped = [missing_id(e.id) for e in parent.elements if book.find(e.id) is None]
            dropped += [r.id for r in parent.rules if book.find(r.id) is None]
            if dropped:
                out += ["停用（disable）：" + "、".join(f"`{i}`" for i in dropped), ""]
        if book.elements:
            out += ["### 检查清单", "", "| 要素 id | 名称 | 缺失时的规则 id | 级别 |", "|---|---|---|---|"]
            for e in book.elements:
                out.append(f"| `{e.id}` | {e.title} | `{missing_id(e.id)}` | {SEVERITY_TITLES[e.severity]} |")
            out.append("")
            for e in book.elements:
                if inherited.get(e.id) != _fingerprint(e):
                    out += _element(e)
        out += ["### 规则", ""]
        same = [r for r in book.rules if inherited.get(r.id) == _fingerprint(r)]
        if same:
            out += ["继承而未修改：" + "、".join(f"`{r.id}`" for r in same), ""]
        for r in book.rules:
            if inherited.get(r.id) != _fingerprint(r):
                out += _rule(r)
    out += ["## 规则类型 / Rule types", ""]
    for name, module in sorted({**TYPES, element_type.TYPE: element_type}.items()):
        out += [f"### `{name}`", "", "```text", (module.__doc__ or "").strip(), "```", ""]
    return "\n".join(out).rstrip() + "\n"
