"""substitution: a wrong form, the right form, and a fix.

Each entry of ``substitutions`` is a mapping:

  find     regular expression for the wrong form
  replace  the right form; ``\\1``, ``\\g<name>`` insert groups of ``find``
  safe     true: ``zhidang check --fix`` may apply it unattended;
           false (default): the replacement is only suggested
  example  a text with the wrong form. Checked when the rulebook loads:
           ``find`` must match it, and must not match again once replaced.

Where matches overlap, the one that starts first wins (at the same place,
the earlier entry); ``allow`` patterns mark legitimate look-alikes that are
never reported.

Options:
  substitutions  the list above (required)
  view           ``norm`` (default): match the matching view (simplified,
                 half-width), for wording; ``text``: match the original
                 characters, for typography (where ， and , must differ)
  allow          regular expressions for legitimate look-alikes

Message placeholders: ``{match}`` (the original text), ``{replacement}``.

A fix found on the matching view is safe only where the original text is
the matching view (not in traditional characters or full-width letters),
elsewhere it is a suggestion. JSON findings carry the fix as
``"fix": {"replacement": …, "safe": true|false}``.

Example (rulebook YAML)::

    - id: formulation
      type: substitution
      severity: error
      message: 表述“{match}”不规范，应为“{replacement}”
      substitutions:
        - find: 习总书记
          replace: 习近平总书记
          safe: true
          example: 深入学习习总书记重要讲话精神
"""

from __future__ import annotations

import re
from linter.checks.options import REQUIRED, choice, mappings, regex, regex_list, trusted
from linter.normalize import fold_width
from linter.prefilter import finditer
from linter.results import Fix

TYPE = "substitution"
FIXES = True  # findings may carry a fix (safe ones are applied by --fix)
FIELDS = {"replacement"}


class Substitution:
    __slots__ = ("find", "replace", "safe", "example", "note")

    def __init__(self, find: re.Pattern, replace: str, safe: bool, example: str, note: str = ""):
        self.find, self.replace, self.safe, self.example, self.note = find, replace, safe, example, note

    def __repr__(self) -> str:
        return f"Substitution({self.find!r}, {self.replace!r}, {self.safe}, {self.example!r})"


def substitutions(value) -> list[Substitution]:
    out = []
    for where, item in mappings(value, ("find", "replace", "safe", "example", "note"),
                                ("find", "replace", "example")):
        for key in ("find", "replace", "example"):
            if not isinstance(item.get(key), str) or (key != "replace" and not item[key]):
                raise ValueError(f"{where}缺少文本字段 {key}")
        safe = item.get("safe", False)
        if not isinstance(safe, bool):
            raise ValueError(f"{where}的 safe 应为 true 或 false")
        entry = Substitution(regex(item["find"]), item["replace"], safe, item["example"],
                             str(item.get("note", "")))
        if not trusted():  # the built-in rulebooks' entries are verified by the tests, not on every run
            verify(where, entry)
        out.append(entry)
    return out


def verify(where: str, entry: Substitution) -> None:
    """Raise ValueError unless ``entry.find`` matches its example and the
    replacement is valid and converges (no longer matches)."""
    # The example as written (view: text) or width-folded (view: norm).
    sample = next((t for t in (entry.example, fold_width(entry.example)) if entry.find.search(t)), None)
    if sample is None:
        raise ValueError(f"{where}的 find 不匹配它的 example“{entry.example}”")
    try:
        fixed = entry.find.sub(entry.replace, sample)
    except (re.error, IndexError) as exc:
        raise ValueError(f"{where}的 replace 无效：{exc}") from None
    if entry.find.search(fixed):
        raise ValueError(f"{where}替换后（“{fixed}”）仍然匹配 find，修复不会收敛")


OPTIONS = {
    "substitutions": (substitutions, REQUIRED),
    "view": (choice("norm", "text"), "norm"),
    "allow": (regex_list, []),
}


def check(rule, doc, report):
    """Yield a finding with a :class:`~linter.results.Fix` for every wrong form."""
    text, norm = doc.text, doc.norm
    view = norm if rule.options["view"] == "norm" else text
    hits = []
    cache = doc.cache
    for index, entry in enumerate(rule.options["substitutions"]):
        # only the lines that hold one of the strings every match contains
        hits.extend((m.start(), index, m) for m in finditer(entry.find, view, cache) if m.end() > m.start())
    if not hits:
        return
    if len(rule.options["substitutions"]) > 1:
        hits.sort(key=lambda hit: hit[:2])
    allowed = {i for p in rule.options["allow"] for a in finditer(p, view, cache) for i in range(a.start(), a.end())}
    entries = rule.options["substitutions"]
    last_end = -1
    for start, index, m in hits:
        end = m.end()
        if start < last_end:
            continue  # overlaps a match already reported
        if allowed and any(i in allowed for i in range(start, end)):
            continue
        last_end = end
        entry = entries[index]
        replacement = m.expand(entry.replace) if "\\" in entry.replace else entry.replace
        safe = entry.safe and (view is text or text[start:end] == norm[start:end])
        yield report(start, end, fix=Fix(start, end, replacement, safe), replacement=replacement)


def describe(rule) -> list[str]:
    """Markdown lines for the rule reference: the table of substitutions."""
    lines = ["", "| 错误写法（正则） | 应为 | 自动修复 | 示例 |", "|---|---|---|---|"]
    for entry in rule.options["substitutions"]:
        find = entry.find.pattern.replace("|", "\\|").replace("`", "ˋ")
        replace = f"`{entry.replace}`" if entry.replace else "（删除）"
        example = entry.example.replace("|", "\\|").replace("`", "ˋ")
        lines.append(f"| `{find}` | {replace.replace('|', chr(92) + '|')} | {'是' if entry.safe else '否（仅建议）'} | `{example}` |")
    return lines
