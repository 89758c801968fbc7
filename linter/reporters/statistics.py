"""``--statistics``: how many findings each rule has, most first.

      12  placeholder              error    占位符“…”未替换为具体内容
       3  missing-united-front     error    检查要素：统一战线（缺少或内容过少）
"""

from __future__ import annotations

from collections import Counter

from linter.reporters import catalog
from linter.reporters.text import totals
from linter.results import severity_rank


def render(run, rulebook, rulebooks=None, summary: bool = True, accepted: int = 0, **_options) -> str:
    rules = catalog.rules(catalog.books(rulebook, rulebooks))
    counts = Counter(f.rule for f in run.findings())
    worst: dict[str, str] = {}
    for f in run.findings():
        if f.rule not in worst or severity_rank(f.severity) > severity_rank(worst[f.rule]):
            worst[f.rule] = f.severity
    out = []
    for rule_id, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        info = rules.get(rule_id)
        out.append(f"{count:>6}  {rule_id:<24} {worst[rule_id]:<8} {info.summary if info else ''}".rstrip())
    if summary:
        out.append(totals(run, accepted))
    return "".join(line + "\n" for line in out)
