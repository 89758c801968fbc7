"""totals: a stated total whose parts do not add up.

“共237篇，其中：央级30篇，省级34篇，市级37篇，县级136篇” — a ``total``
word, a figure (number + unit, as for ``uniform-figures``), then within the
same sentence a ``breakdown`` word and the parts: every following figure of
the same unit up to the end of the sentence (。；！？ or the line). With at least
two parts, their sum must equal the total.

Nothing is reported when the total or a part is approximate (余, 多), or when
a placeholder (``unknown``) stands where a number of that unit should be
(“省级**篇”): the sum cannot be known.

Options:
  units      measure words (required)
  total      regular expressions for the words that announce a total
             (共, 共计, 合计 …), directly followed — within ``window``
             characters that do not end the sentence — by the figure (required)
  breakdown  regular expressions for the words that open the parts (其中)
             (required); they must come right after the total (within ``window``)
  unknown    regular expressions for placeholders that may stand for a number
  window     default 12

Message placeholders: ``{match}`` (the total figure), ``{sum}`` (the parts'
sum with the unit).
"""

from __future__ import annotations

import re

from linter.checks.options import REQUIRED, positive_int, regex_list, units

TYPE = "totals"
FIXES = False  # findings carry no fix
FIELDS = {"sum"}
OPTIONS = {
    "units": (units, REQUIRED),
    "total": (regex_list, REQUIRED),
    "breakdown": (regex_list, REQUIRED),
    "unknown": (regex_list, []),
    "window": (positive_int, 12),
}

_SENTENCE_END = re.compile(r"[。;!?\n]")


def _sentence_end(norm: str, pos: int) -> int:
    m = _SENTENCE_END.search(norm, pos)
    return m.start() if m else len(norm)


def _number(text: str) -> float:
    return float(text)


def _shown(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def check(rule, doc, report):
    options = rule.options
    norm = doc.norm
    figure = options["units"].figure
    window = options["window"]
    for total_word in options["total"]:
        for t in total_word.finditer(norm):
            end = _sentence_end(norm, t.end())
            total = figure.search(norm, t.end(), min(end, t.end() + window + 12))
            if total is None or total.start() - t.end() > window or total.group("approx"):
                continue
            opener = None
            for word in options["breakdown"]:
                m = word.search(norm, total.end(), end)
                if m and m.start() - total.end() <= window and (opener is None or m.start() < opener.start()):
                    opener = m
            if opener is None:
                continue
            unit = total.group("unit")
            parts = [p for p in figure.finditer(norm, opener.end(), end) if p.group("unit") == unit]
            if len(parts) < 2 or any(p.group("approx") for p in parts):
                continue
            if _has_unknown(options, norm, opener.end(), end):
                continue
            value = _number(total.group("number"))
            summed = sum(_number(p.group("number")) for p in parts)
            if abs(summed - value) > 1e-9:
                yield report(total.start(), total.end(), sum=_shown(summed) + unit)


def _has_unknown(options, norm: str, start: int, end: int) -> bool:
    """Whether a placeholder stands where a number of a unit should be."""
    unit = options["units"].unit
    for pattern in options["unknown"]:
        for m in pattern.finditer(norm, start, end):
            if unit.match(norm, m.end()):
                return True
    return False
