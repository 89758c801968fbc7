"""Chinese numerals, both ways: 十二 ↔ 12.

Shared by the outline (the value of a 一、 or 二是 marker), the numbering
check (the marker a heading should have had) and the Word numbering renderer
(Word's chineseCounting labels).
"""

from __future__ import annotations

DIGITS = "〇一二三四五六七八九"
_VALUES = {c: i for i, c in enumerate(DIGITS)}
_VALUES["零"] = 0


def to_chinese(n: int, digits: str = DIGITS, ten: str = "十", hundred: str = "百",
               thousand: str = "千") -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百〇五 (as Word counts);
    other ``digits`` and unit names give e.g. the legal 壹拾贰."""
    if n <= 0:
        return digits[0]
    if n >= 10000:
        return str(n)
    out = []
    units = ((1000, thousand), (100, hundred), (10, ten), (1, ""))
    zero = False
    for value, name in units:
        d = n // value % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out.append(digits[0])
            zero = False
        if not (value == 10 and d == 1 and not out):  # 十二, not 一十二
            out.append(digits[d])
        out.append(name)
    return "".join(out)


def from_chinese(numeral: str) -> int | None:
    """Value of a Chinese numeral up to 99 (一 → 1, 十二 → 12, 二十 → 20), or None."""
    if not numeral:
        return None
    if "十" in numeral:
        tens, _, units = numeral.partition("十")
        if len(tens) > 1 or len(units) > 1:
            return None
        t = _VALUES.get(tens) if tens else 1
        u = _VALUES.get(units) if units else 0
        if t is None or u is None:
            return None
        return t * 10 + u
    if len(numeral) == 1:
        return _VALUES.get(numeral)
    return None
