"""Word's automatic numbering (``word/numbering.xml``), rendered as Word draws it.

A heading numbered by Word stores no 一、 in its text: the paragraph refers to
a numbering instance (``w:numPr``: ``w:numId`` and level ``w:ilvl``, directly
or through its style) and Word draws the label from the instance's abstract
definition: per level a format (``w:numFmt``: chineseCounting → 一, decimal →
1, …), a template (``w:lvlText``: ``%1、``, ``（%1）``, ``%1.%2``), a start value,
and when the level restarts (``w:lvlRestart``; by default after any higher
level). An instance may override a level's start (``w:lvlOverride/
w:startOverride``) or its whole definition (``w:lvlOverride/w:lvl``).

Counting follows Word: instances of one abstract definition continue one
another's counting, except an instance that overrides a start value, which
counts on its own from that value (the usual way to restart a list).
"""

from __future__ import annotations

from dataclasses import dataclass

from linter.numerals import DIGITS, to_chinese

_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_MAX_LEVELS = 9


def _letters(n: int, upper: bool) -> str:
    # Word repeats the letter: 26 → Z, 27 → AA, 28 → BB.
    if n <= 0:
        return str(n)
    letter = chr((ord("A") if upper else ord("a")) + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _enclosed(n: int, first: int, count: int) -> str:
    return chr(first + n - 1) if 1 <= n <= count else str(n)


def format_number(n: int, fmt: str) -> str:
    """The number ``n`` written in Word's ``w:numFmt`` ``fmt``."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand", "japaneseCounting", "ideographDigital",
               "koreanCounting"):
        if fmt == "ideographDigital":
            return "".join(DIGITS[int(d)] for d in str(n))
        return to_chinese(n)
    if fmt in ("chineseLegalSimplified", "japaneseLegal"):
        return to_chinese(n, _CN_LEGAL, "拾", "佰", "仟")
    if fmt in ("upperLetter", "lowerLetter"):
        return _letters(n, fmt == "upperLetter")
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _enclosed(n, 0x2460, 20)  # ①
    if fmt == "decimalEnclosedParen":
        return _enclosed(n, 0x2474, 20)  # ⑴
    if fmt == "decimalEnclosedFullstop":
        return _enclosed(n, 0x2488, 20)  # ⒈
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal, decimalHalfWidth, ordinal and anything unknown


@dataclass
class Level:
    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    legal: bool = False
    restart: int | None = None  # w:lvlRestart: None = after any higher level, 0 = never
    suffix: str = " "  # tab and space are drawn as one space; "nothing" as nothing
    style: str | None = None  # w:pStyle: the paragraph style bound to this level


class Numbering:
    """The numbering definitions of a document and the running counters."""

    def __init__(self, root, w: str, style_numbering=None):
        """``root`` is the parsed ``numbering.xml``, ``w`` the WordprocessingML
        namespace in braces, ``style_numbering(style_id)`` returns the
        ``(numId, ilvl)`` a style carries (for ``w:numStyleLink``)."""
        self._w = w
        self._style_numbering = style_numbering
        self._abstract: dict[str, dict[int, Level]] = {}
        self._style_link: dict[str, str] = {}
        self._nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self._counters: dict[object, list[int | None]] = {}
        val = w + "val"
        if root is None:
            return
        for abstract in root.iterfind(w + "abstractNum"):
            aid = abstract.get(w + "abstractNumId")
            self._abstract[aid] = {}
            for lvl in abstract.iterfind(w + "lvl"):
                index = _int(lvl.get(w + "ilvl"), 0)
                if 0 <= index < _MAX_LEVELS:
                    self._abstract[aid][index] = self._level(lvl)
            link = abstract.find(w + "numStyleLink")
            if link is not None and link.get(val):
                self._style_link[aid] = link.get(val)
        for num in root.iterfind(w + "num"):
            ref = num.find(w + "abstractNumId")
            if ref is None:
                continue
            starts: dict[int, int] = {}
            levels: dict[int, Level] = {}
            for override in num.iterfind(w + "lvlOverride"):
                index = _int(override.get(w + "ilvl"), 0)
                start = override.find(w + "startOverride")
                if start is not None:
                    starts[index] = _int(start.get(val), 0)
                lvl = override.find(w + "lvl")
                if lvl is not None:
                    levels[index] = self._level(lvl)
            self._nums[num.get(w + "numId")] = (ref.get(val), starts, levels)

    def _level(self, lvl) -> Level:
        w, val = self._w, self._w + "val"
        level = Level()
        for child in lvl:
            tag = child.tag
            if tag == w + "start":
                level.start = _int(child.get(val), 0)
            elif tag == w + "numFmt":
                level.fmt = child.get(val) or "decimal"
            elif tag == w + "lvlText":
                level.text = child.get(val) or ""
            elif tag == w + "isLgl":
                level.legal = child.get(val) not in ("0", "false", "off")
            elif tag == w + "lvlRestart":
                level.restart = _int(child.get(val), None)
            elif tag == w + "suff":
                level.suffix = "" if child.get(val) == "nothing" else " "
            elif tag == w + "pStyle":
                level.style = child.get(val)
        return level

    def _definition(self, num_id: str):
        """``(abstract levels, instance start overrides, instance level overrides)``."""
        entry = self._nums.get(num_id)
        if entry is None:
            return None
        aid, starts, levels = entry
        seen = set()
        while aid in self._style_link and aid not in seen and self._style_numbering:
            seen.add(aid)
            linked = self._style_numbering(self._style_link[aid])
            if not linked or linked[0] not in self._nums:
                break
            aid = self._nums[linked[0]][0]
        abstract = self._abstract.get(aid)
        if abstract is None:
            return None
        return aid, abstract, starts, levels

    def level_for_style(self, num_id: str, style_id: str) -> int:
        """The level of ``num_id`` bound to a paragraph style (``w:pStyle`` in a
        ``w:lvl``), for a paragraph numbered through its style without ``w:ilvl``."""
        found = self._definition(num_id)
        if found is not None:
            for index, level in found[1].items():
                if level.style == style_id:
                    return index
        return 0

    def label(self, num_id: str, ilvl: int) -> str:
        """Count one more paragraph of ``num_id`` at level ``ilvl`` and return
        the label Word draws for it (with its separator), or ``""``."""
        found = self._definition(num_id)
        if found is None or not 0 <= ilvl < _MAX_LEVELS:
            return ""
        aid, abstract, starts, overrides = found
        levels = [overrides.get(i) or abstract.get(i) or Level() for i in range(_MAX_LEVELS)]
        key = ("num", num_id) if starts else ("abstract", aid)
        counts = self._counters.get(key)
        if counts is None:
            counts = self._counters[key] = [None] * _MAX_LEVELS
        start = [starts.get(i, levels[i].start) for i in range(_MAX_LEVELS)]
        counts[ilvl] = start[ilvl] if counts[ilvl] is None else counts[ilvl] + 1
        for lower in range(ilvl + 1, _MAX_LEVELS):
            restart = levels[lower].restart
            limit = lower if restart is None else restart
            if ilvl < limit:
                counts[lower] = None
        level = levels[ilvl]
        if level.fmt == "bullet":
            text = "".join("•" if 0xE000 <= ord(c) <= 0xF8FF else c for c in level.text)
            return text + level.suffix if text else ""
        out = []
        template = level.text
        i = 0
        while i < len(template):
            ch = template[i]
            if ch == "%" and i + 1 < len(template) and template[i + 1] in "123456789":
                k = int(template[i + 1]) - 1
                n = counts[k] if counts[k] is not None else start[k]
                fmt = "decimal" if level.legal else levels[k].fmt
                out.append(format_number(n, fmt))
                i += 2
            else:
                out.append(ch)
                i += 1
        text = "".join(out)
        return text + level.suffix if text else ""


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
