"""year: the report's year against the events of the years.

The report's year is the one given on the command line (``--year``), else the
first match of a ``title-year`` pattern in the title line, else the first
match of an ``opening-year`` pattern at the start of one of the first paragraphs (2023年以来,
2024年,). Patterns name the year with a group ``(?P<year>…)``. ``events`` is
the table of what happened when; each row:

  year      when it began (required)
  title     its name, for messages (required)
  names     regular expressions that unmistakably cite it (required)
  also      looser expressions that only count as mentioning it in its own
            year (主题教育 in a 2023 report)
  required  whether a report of that year must mention it (default true)

One rule type, three checks (``check``):

* ``topics`` — a report of year Y mentions none of the names of a required
  event of year Y (reported at the year in the title or opening, or for the
  whole file when the year came from ``--year``);
* ``anachronism`` — a report of year Y cites an event of a later year (each
  citation); when the year is only where the period starts (a group
  ``(?P<since>…)`` of the opening pattern matched: 2023年以来) and the text
  names the event's year (2024年), the report reaches into that year and the
  citation is not reported;
* ``mixed`` — the title's year and the opening's year differ, or either
  differs from ``--year`` (reported at the differing year).

Without a year nothing is reported.

Options:
  check    ``topics``, ``anachronism`` or ``mixed`` (required)
  title-year    regular expressions for the year in the title line
  opening-year  regular expressions for the year at the start of a paragraph
  events        the table above (for topics and anachronism)

Message placeholders: ``{match}``, ``{year}`` (the report's year),
``{event}`` (the event's title), ``{event_year}``.
"""

from __future__ import annotations

from linter.checks.options import REQUIRED, choice, mappings, regex_list
from linter.document import PARAGRAPH

TYPE = "year"
FIXES = False  # findings carry no fix
FIELDS = {"year", "event", "event_year"}

#: Paragraphs at the start of a report searched for the opening year.
_OPENING_PARAGRAPHS = 4


class Event:
    __slots__ = ("year", "title", "names", "also", "required")

    def __init__(self, year: int, title: str, names: list, also: list, required: bool):
        self.year, self.title, self.names, self.also, self.required = year, title, names, also, required

    def __repr__(self) -> str:
        return f"Event({self.year}, {self.title!r}, {self.names!r}, {self.also!r}, {self.required})"


def events(value) -> list[Event]:
    table = []
    for where, row in mappings(value, ("year", "title", "names", "also", "required"), ("year", "title", "names")):
        year = row.get("year")
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 < year < 2200:
            raise ValueError(f"{where}的 year 应为年份（如 2024）")
        if not isinstance(row.get("title"), str) or not row["title"]:
            raise ValueError(f"{where}缺少 title")
        names = regex_list(row.get("names"))
        if not names:
            raise ValueError(f"{where}的 names 不能为空")
        required = row.get("required", True)
        if not isinstance(required, bool):
            raise ValueError(f"{where}的 required 应为 true 或 false")
        table.append(Event(year, row["title"], names, regex_list(row.get("also", [])), required))
    return table


OPTIONS = {
    "check": (choice("topics", "anachronism", "mixed"), REQUIRED),
    "title-year": (regex_list, []),
    "opening-year": (regex_list, []),
    "events": (events, []),
}


def _first(patterns, norm: str, start: int, end: int):
    """(year, start, end, since) of the first pattern matching in the line of
    norm[start:end] (from its start, so that ``^`` anchors there); ``since``:
    the pattern's group ``since`` matched (2023年以来)."""
    start = norm.rfind("\n", 0, start) + 1
    for pattern in patterns:
        m = pattern.search(norm, start, end)
        if m and m.groupdict().get("year"):
            return int(m.group("year")), m.start("year"), m.end("year"), bool(m.groupdict().get("since"))
    return None


def detect(options, doc):
    """The years stated by the title and by the opening: two (year, start,
    end, since) or None."""
    title = opening = None
    heading = doc.title
    if heading is not None:
        title = _first(options["title-year"], doc.norm, heading.start, heading.end)
    seen = 0
    for node in doc.nodes:
        if node is heading:
            continue
        if node.kind == PARAGRAPH:
            opening = _first(options["opening-year"], doc.norm, node.start, node.end)
            seen += 1
            if opening or seen >= _OPENING_PARAGRAPHS:
                break
        else:
            break
    return title, opening


def report_year(options, doc):
    """(year, span or None, since): ``--year``, else the title's, else the
    opening's; ``since`` when the year only starts the period (2023年以来)."""
    title, opening = detect(options, doc)
    if doc.year is not None:
        return doc.year, None, False
    stated = title or opening
    if stated is None:
        return None, None, False
    return stated[0], stated[1:3], stated[3]


def check(rule, doc, report):
    options = rule.options
    mode = options["check"]
    if mode == "mixed":
        yield from _mixed(options, doc, report)
        return
    year, span, since = report_year(options, doc)
    if year is None:
        return
    norm = doc.norm
    if mode == "topics":
        for event in options["events"]:
            if event.year != year or not event.required:
                continue
            if any(p.search(norm) for p in (*event.names, *event.also)):
                continue
            start, end = span if span else (None, None)
            yield report(start, end, year=year, event=event.title, event_year=event.year)
        return
    cited: set[int] = set()
    for event in options["events"]:
        if event.year <= year:
            continue
        if since and f"{event.year}年" in norm:
            continue  # “2023年以来……2024年……”: the text reaches into the event's year
        for pattern in event.names:
            for m in pattern.finditer(norm):
                if m.end() > m.start() and m.start() not in cited:
                    cited.add(m.start())
                    yield report(m.start(), m.end(), year=year, event=event.title, event_year=event.year)


def _mixed(options, doc, report):
    title, opening = detect(options, doc)
    if doc.year is not None:
        for stated in (title, opening):
            if stated and stated[0] != doc.year:
                yield report(stated[1], stated[2], year=doc.year, event="", event_year=stated[0])
        return
    if title and opening and title[0] != opening[0]:
        yield report(opening[1], opening[2], year=title[0], event="", event_year=opening[0])


def describe(rule) -> list[str]:
    """Markdown lines for the rule reference: the table of events."""
    if not rule.options["events"] or rule.options["check"] == "mixed":
        return []
    lines = ["", "| 年份 | 重点工作 | 识别（正则） | 当年必须提到 |", "|---|---|---|---|"]
    for event in rule.options["events"]:
        names = "、".join(f"`{p.pattern}`" for p in event.names)
        if event.also:
            names += "（当年也认可：" + "、".join(f"`{p.pattern}`" for p in event.also) + "）"
        lines.append(f"| {event.year} | {event.title} | {names.replace('|', chr(92) + '|')} | {'是' if event.required else '否'} |")
    return lines
