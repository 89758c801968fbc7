"""The reporting period of a document and its date (shared by the year checks).

Not a rule type: the helpers the ``year`` rule type (and the rule types that
read the parts of a report) build on. What the words mean lives in the
rulebook, in the options of the rules that use them:

  title-year    regular expressions for the year in the title line, with a
                group ``(?P<year>…)``
  opening-year  the same at the start of one of the first paragraphs
                (2023年以来, 2024年,); a group ``(?P<since>…)`` marks a year
                that only starts the period (2023年以来)
  period        how far into its year the period reaches: a list of
                ``{find: regular expression, month: 1–12}``, looked for in the
                title and the opening paragraph (一季度 → 3, 上半年 → 6,
                前三季度 → 9); a ``find`` with a group ``(?P<month>…)`` takes
                the month from the text (截至10月底, 1-10月). A document whose
                period names no month covers its whole year (12).
  date          regular expressions for the date the document was written
                (成文日期), looked for in its last lines (else in a line of
                its own in parentheses under the title, as a speech is
                dated: （2025年2月20日）), with groups
                ``year``, ``month`` and optionally ``day`` in Arabic or
                Chinese numerals (2025年1月10日, 二〇二五年一月十日).

A month of the calendar is written ``"2024-04"`` (a string) in the tables.
"""

from __future__ import annotations

from linter.checks.options import mappings, regex
from linter.document import PARAGRAPH
from linter.records import Record

#: Paragraphs at the start of a report searched for the opening year.
OPENING_PARAGRAPHS = 4
#: Lines at the end of a report searched for its date.
DATE_LINES = 6

_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}


def month_value(value) -> tuple[int, int]:
    """``"2024-04"`` → (2024, 4)."""
    text = str(value).strip()
    parts = text.split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValueError(f"“{text}”应为年月，写作带引号的 \"2024-04\"")
    year, month = int(parts[0]), int(parts[1])
    if not 1900 < year < 2200 or not 1 <= month <= 12:
        raise ValueError(f"“{text}”不是有效的年月")
    return year, month


class PeriodEnd:
    __slots__ = ("find", "month")

    def __init__(self, find, month: int | None):
        self.find, self.month = find, month

    def __repr__(self) -> str:
        return f"PeriodEnd({self.find.pattern!r}, {self.month})"


def period_table(value) -> list[PeriodEnd]:
    table = []
    for where, row in mappings(value, ("find", "month"), ("find",)):
        find = regex(row.get("find"))
        month = row.get("month")
        if month is None:
            if "month" not in find.groupindex:
                raise ValueError(f"{where}需要 month，或在 find 中用 (?P<month>…) 取出月份")
        elif isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
            raise ValueError(f"{where}的 month 应为 1 到 12 的整数")
        table.append(PeriodEnd(find, month))
    return table


def number(text: str | None) -> int | None:
    """An Arabic or Chinese numeral (2025, 二〇二五, 十, 十二, 二十一)."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        value = (_DIGITS.get(tens, -100) if tens else 1) * 10 + (_DIGITS.get(ones, -100) if ones else 0)
        return value if value > 0 else None
    digits = [_DIGITS.get(ch) for ch in text]
    if None in digits:
        return None
    value = 0
    for digit in digits:
        value = value * 10 + digit
    return value


class Period(Record):
    """What a document covers: its ``year``, the last ``month`` of the
    period in that year, ``since`` when the year only starts the period
    (2023年以来), the span of the stated year (None when it came from
    ``--year``), and the document's ``date`` (year, month, day) when found.
    Immutable."""

    __slots__ = ("year", "month", "since", "span", "date")
    _FIELDS = __slots__

    def __init__(self, year: int, month: int = 12, since: bool = False, span: tuple[int, int] | None = None,
                 date: tuple[int, int, int] | None = None):
        for name, value in zip(self._FIELDS, (year, month, since, span, date)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"Period is immutable: cannot set {name}")

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self):
        return Period, self._values()

    @property
    def end(self) -> tuple[int, int]:
        return self.year, self.month


def _first(patterns, norm: str, start: int, end: int):
    """(year, start, end, since) of the first pattern matching in the line of
    norm[start:end] (from its start, so that ``^`` anchors there)."""
    start = norm.rfind("\n", 0, start) + 1
    for pattern in patterns:
        m = pattern.search(norm, start, end)
        if m and m.groupdict().get("year"):
            return int(m.group("year")), m.start("year"), m.end("year"), bool(m.groupdict().get("since"))
    return None


def _opening(doc):
    """The first paragraphs after the title (up to the first heading)."""
    seen = 0
    heading = doc.title
    for node in doc.nodes:
        if node is heading or node.aside:
            continue
        if node.kind != PARAGRAPH or seen >= OPENING_PARAGRAPHS:
            return
        seen += 1
        yield node


def stated(options, doc):
    """The years stated by the title and by the opening: two (year, start,
    end, since) or None."""
    title = opening = None
    heading = doc.title
    if heading is not None:
        title = _first(options["title-year"], doc.norm, heading.start, heading.end)
    for node in _opening(doc):
        opening = _first(options["opening-year"], doc.norm, node.start, node.end)
        if opening:
            break
    return title, opening


def _month(options, doc) -> int:
    """The last month of the period, from the title and the opening lines."""
    table = options.get("period") or []
    if not table:
        return 12
    spans = []
    if doc.title is not None:
        spans.append((doc.title.start, doc.title.end))
    for node in _opening(doc):
        spans.append(node.lead)
        break
    for start, end in spans:
        for row in table:
            m = row.find.search(doc.norm, start, end)
            if m is None:
                continue
            if row.month is not None:
                return row.month
            value = number(m.group("month"))
            if value and 1 <= value <= 12:
                return value
    return 12


def document_date(options, doc) -> tuple[int, int, int] | None:
    """The date at the end of the document (成文日期), or None."""
    patterns = options.get("date") or []
    if not patterns:
        return None
    norm = doc.norm
    end = len(norm.rstrip())
    for _ in range(DATE_LINES):
        if end <= 0:
            break
        start = norm.rfind("\n", 0, end) + 1
        for pattern in patterns:
            m = pattern.search(norm, start, end)
            if m is None:
                continue
            groups = m.groupdict()
            year, month = number(groups.get("year")), number(groups.get("month"))
            day = number(groups.get("day")) or 1
            if year and month and 1900 < year < 2200 and 1 <= month <= 12:
                return year, month, day
        end = start - 1
    # a speech is dated under its title: （2025年2月20日）
    for node in _opening(doc):
        line = norm[node.start:node.end].strip()
        if len(line) > 2 and line[0] in "(（" and line[-1] in ")）":
            for pattern in patterns:
                m = pattern.search(line[1:-1])
                if m is None:
                    continue
                groups = m.groupdict()
                year, month = number(groups.get("year")), number(groups.get("month"))
                if year and month and 1900 < year < 2200 and 1 <= month <= 12:
                    return year, month, number(groups.get("day")) or 1
        break
    return None


def read(options, doc) -> Period | None:
    """The period of ``doc`` (``--year``, else the title's year, else the
    opening's), or None when it states no year."""
    key = ("period", id(options.get("title-year")), id(options.get("period")), id(options.get("date")))
    if key in doc.cache:
        return doc.cache[key]
    title, opening = stated(options, doc)
    date = document_date(options, doc)
    if doc.year is not None:
        result = Period(doc.year, _month(options, doc), False, None, date)
    elif title or opening:
        year, start, end, since = title or opening
        result = Period(year, 12 if since else _month(options, doc), since, (start, end), date)
    else:
        result = None
    doc.cache[key] = result
    return result
