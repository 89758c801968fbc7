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


def render(rulebooks) -> str:
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
        out += ["### 检查清单", "", "| 要素 id | 名称 | 缺失时的规则 id | 级别 |", "|---|---|---|---|"]
        for e in book.elements:
            out.append(f"| `{e.id}` | {e.title} | `{missing_id(e.id)}` | {SEVERITY_TITLES[e.severity]} |")
        out.append("")
        for e in book.elements:
            out += [f"#### `{e.id}` {e.title}", "", e.description.strip(), ""]
            opts = e.options
            if opts["keywords"]:
                out.append("- 标题关键词：" + "、".join(opts["keywords"]))
            if opts["words"]:
                out.append("- 标题词语（按分词整词匹配）：" + "、".join(opts["words"]))
            if opts["openings"]:
                out.append("- 段落开头（正则）：" + "、".join(f"`{p.pattern}`" for p in opts["openings"]))
            if opts["min-chars"]:
                out.append(f"- 少于 {opts['min-chars']} 字视为内容过少")
            out += _examples(e) + [""]
        out += ["### 规则", ""]
        for r in book.rules:
            out += [
                f"#### `{r.id}`",
                "",
                f"- 级别：{SEVERITY_TITLES[r.severity]}（{r.severity}）",
                f"- 类型：`{r.type}`",
                f"- 提示：{r.message}",
                "",
                r.description.strip(),
            ]
            out += _examples(r) + [""]
    out += ["## 规则类型 / Rule types", ""]
    for name, module in sorted({**TYPES, element_type.TYPE: element_type}.items()):
        out += [f"### `{name}`", "", "```text", (module.__doc__ or "").strip(), "```", ""]
    return "\n".join(out).rstrip() + "\n"
