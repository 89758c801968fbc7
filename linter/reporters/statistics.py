"""``--statistics``: how many findings each rule has, most first.

      12  placeholder              error    占位符“…”未替换为具体内容
       3  missing-united-front     error    检查要素：统一战线（缺少或内容过少）
"""

from __future__ import annotations

from linter.reporters import base, catalog
from linter.reporters.text import summary_line


class Reporter(base.Reporter):
    def end(self, totals) -> str:
        rules = catalog.rules(self.context.books.values())
        out = []
        for rule_id, count in sorted(totals.per_rule.items(), key=lambda item: (-item[1], item[0])):
            info = rules.get(rule_id)
            out.append(f"{count:>6}  {rule_id:<24} {totals.worst[rule_id]:<8} {info.summary if info else ''}".rstrip())
        if self.context.summary:
            out.append(summary_line(totals))
        return "".join(line + "\n" for line in out)
