"""year: the report's period against the calendar of events and formulations.

The period a report covers is read as :mod:`linter.checks.period` describes
(options ``title-year``, ``opening-year``, ``period``, ``date``): its year
(``--year``, else the title's, else the opening's: 2023年以来, 2024年,), the
last month it covers (一季度 → 3, 上半年 → 6, 前三季度 → 9, 截至10月 → 10;
else 12) and the date it was written (成文日期 in its last lines).
``events`` is the calendar; each row:

  year       when it began (required)
  month      the month it began (default 1): 主题教育 began in April 2023
  title      its name, for messages (required)
  names      regular expressions that unmistakably cite it (required)
  also       looser expressions that only count as mentioning it in its own
             year (主题教育 in a 2023 report)
  required   whether a report of that year must mention it (default true)
  announced  ``"YYYY-MM"``: when it was made known, if before it began (the
             中央八项规定精神学习教育 of March 2025 was announced at the
             二十届中央纪委四次全会 in January 2025)

``formulations`` is the table of wording that went out of use; each row:

  title   what it is, for messages (required)
  names   regular expressions for it (required)
  ended   ``"YYYY-MM"`` when it ended or was superseded (required): a
          report of a later year citing it as current work is stale
  now     what is said now, for the message (optional)

One rule type, four checks (``check``):

* ``topics`` — a report of year Y mentions none of the names of a required
  event of year Y that began before its period ended (a first-quarter 2023
  report is not asked for the 主题教育 of April), reported at the year in the
  title or opening, or for the whole file when the year came from ``--year``;
* ``anachronism`` — a report cites an event that began after its period
  ended (each citation). Not reported: when the year only starts the period
  (2023年以来) and the text names the event's year; and in the plans (the
  part matched by the checklist element ``plans-part``, else from the first
  line matching a ``plans`` pattern to the end), an event announced before
  the document's date — or, without a date, one of the following year: plans
  are meant to name next year's work;
* ``stale`` — a report whose year is after a formulation ended cites it
  (each citation), unless an ``allow`` pattern covers the citation
  (巩固拓展……成果: looking back is fine);
* ``mixed`` — the title's year and the opening's year differ, or either
  differs from ``--year`` (reported at the differing year).

Without a year nothing is reported.

Options:
  check         ``topics``, ``anachronism``, ``stale`` or ``mixed`` (required)
  title-year, opening-year, period, date   the period (above)
  events        the calendar (topics, anachronism)
  formulations  the table of stale wording (stale)
  plans         regular expressions for the line that opens the plans
  plans-part    checklist element id of the plans (default ``next-steps``)
  ahead         regular expressions that mark an announced event as still to
                come in its clause (为即将开展的……做好准备): not an
                anachronism anywhere in the text
  allow         regular expressions for legitimate mentions (stale)

Message placeholders: ``{match}``, ``{year}`` (the report's year), ``{event}``
(the event's or formulation's title), ``{event_year}`` (the year it began,
or ended), ``{began}`` (the month it began: 2024年7月), ``{period}`` (the
period: 2024年, 2023年1-3月, 2023年以来), ``{now}`` (what is said now).
"""

from __future__ import annotations

from linter.checks import period as periods
from linter.checks.options import REQUIRED, choice, mappings, regex_list, string_list
from linter.prefilter import finditer, search

TYPE = "year"
FIXES = False  # findings carry no fix
FIELDS = {"year", "event", "event_year", "began", "period", "now"}


class Event:
    __slots__ = ("year", "month", "title", "names", "also", "required", "announced")

    def __init__(self, year: int, title: str, names: list, also: list, required: bool,
                 month: int = 1, announced: tuple[int, int] | None = None):
        self.year, self.title, self.names, self.also, self.required = year, title, names, also, required
        self.month = month
        self.announced = announced or (year, month)

    @property
    def start(self) -> tuple[int, int]:
        return self.year, self.month

    def __repr__(self) -> str:
        return f"Event({self.year}-{self.month:02d}, {self.title!r}, {self.names!r}, {self.also!r}, {self.required})"


class Formulation:
    __slots__ = ("title", "names", "ended", "now")

    def __init__(self, title: str, names: list, ended: tuple[int, int], now: str):
        self.title, self.names, self.ended, self.now = title, names, ended, now

    def __repr__(self) -> str:
        return f"Formulation({self.title!r}, ended={self.ended})"


def _text(row, key, where, required=True) -> str:
    value = row.get(key, "")
    if not isinstance(value, str) or (required and not value):
        raise ValueError(f"{where}缺少 {key}")
    return value


def events(value) -> list[Event]:
    table = []
    fields = ("year", "month", "title", "names", "also", "required", "announced")
    for where, row in mappings(value, fields, ("year", "title", "names")):
        year = row.get("year")
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 < year < 2200:
            raise ValueError(f"{where}的 year 应为年份（如 2024）")
        month = row.get("month", 1)
        if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
            raise ValueError(f"{where}的 month 应为 1 到 12 的整数")
        title = _text(row, "title", where)
        names = regex_list(row.get("names"))
        if not names:
            raise ValueError(f"{where}的 names 不能为空")
        required = row.get("required", True)
        if not isinstance(required, bool):
            raise ValueError(f"{where}的 required 应为 true 或 false")
        announced = None
        if "announced" in row:
            try:
                announced = periods.month_value(row["announced"])
            except ValueError as exc:
                raise ValueError(f"{where}的 announced {exc}") from None
            if announced > (year, month):
                raise ValueError(f"{where}的 announced 晚于开始的年月")
        table.append(Event(year, title, names, regex_list(row.get("also", [])), required, month, announced))
    return table


def formulations(value) -> list[Formulation]:
    table = []
    for where, row in mappings(value, ("title", "names", "ended", "now"), ("title", "names", "ended")):
        names = regex_list(row.get("names"))
        if not names:
            raise ValueError(f"{where}的 names 不能为空")
        try:
            ended = periods.month_value(row.get("ended"))
        except ValueError as exc:
            raise ValueError(f"{where}的 ended {exc}") from None
        table.append(Formulation(_text(row, "title", where), names, ended, _text(row, "now", where, False)))
    return table


OPTIONS = {
    "check": (choice("topics", "anachronism", "stale", "mixed"), REQUIRED),
    "title-year": (regex_list, []),
    "opening-year": (regex_list, []),
    "period": (periods.period_table, []),
    "date": (regex_list, []),
    "events": (events, []),
    "formulations": (formulations, []),
    "plans": (regex_list, []),
    "plans-part": (string_list, ["next-steps"]),
    "ahead": (regex_list, []),
    "allow": (regex_list, []),
}


def detect(options, doc):
    """The years stated by the title and by the opening (see :func:`period.stated`)."""
    return periods.stated(options, doc)


def report_year(options, doc):
    """(year, span or None, since): ``--year``, else the title's, else the
    opening's; ``since`` when the year only starts the period (2023年以来)."""
    found = periods.read(options, doc)
    if found is None:
        return None, None, False
    return found.year, found.span, found.since


def _label(found) -> str:
    if found.since:
        return f"{found.year}年以来"
    if found.month == 12:
        return f"{found.year}年"
    return f"{found.year}年1-{found.month}月"


def _began(event) -> str:
    return f"{event.year}年{event.month}月"


def check(rule, doc, report):
    options = rule.options
    mode = options["check"]
    if mode == "mixed":
        yield from _mixed(options, doc, report)
        return
    found = periods.read(options, doc)
    if found is None:
        return
    year, label = found.year, _label(found)
    if mode == "topics":
        start, end = found.span if found.span else (None, None)
        norm = doc.norm
        for event in options["events"]:
            if event.year != year or not event.required or event.start > found.end:
                continue
            if any(search(p, norm, doc.cache) for p in (*event.names, *event.also)):
                continue
            yield report(start, end, year=year, event=event.title, event_year=event.year, began=_began(event),
                         period=label, now="")
    elif mode == "anachronism":
        yield from _anachronisms(options, doc, report, found, label)
    else:
        yield from _stale(options, doc, report, found, label)


def _plans_start(options, doc) -> int | None:
    """Where the plans of the report begin: the checklist's plans part, else
    the first line opening with a ``plans`` pattern."""
    from linter.checks import parts

    for element_id in options["plans-part"]:
        if parts.CURRENT in doc.cache:
            span = parts.span(doc, element_id)
            if span is not None:
                return span[0]
    norm = doc.norm
    for node in doc.nodes:
        start, end = node.lead
        if any(p.search(norm, norm.rfind("\n", 0, start) + 1, end) for p in options["plans"]):
            return node.start
    return None


def _anachronisms(options, doc, report, found, label):
    norm = doc.norm
    later = [e for e in options["events"] if e.start > found.end]
    if not later:
        return
    plans = _plans_start(options, doc) if any(True for _ in later) else None
    cited: set[int] = set()
    for event in later:
        if found.since and f"{event.year}年" in norm:
            continue  # “2023年以来……2024年……”: the text reaches into the event's year
        if found.date is not None:
            foreseen = event.announced <= found.date[:2]
        else:
            foreseen = event.year <= found.year + 1
        for pattern in event.names:
            for m in finditer(pattern, norm, doc.cache):
                if m.end() <= m.start() or m.start() in cited:
                    continue
                if foreseen and plans is not None and m.start() >= plans:
                    continue  # next year's work, named in the plans
                if foreseen and options["ahead"] and _ahead(options["ahead"], norm, m.start(), m.end()):
                    continue  # 为即将开展的党纪学习教育做好准备: announced, not yet begun
                cited.add(m.start())
                yield report(m.start(), m.end(), year=found.year, event=event.title, event_year=event.year,
                             began=_began(event), period=label, now="")


def _ahead(patterns, norm: str, start: int, end: int) -> bool:
    """Whether the clause around norm[start:end] speaks of it as still to come."""
    a = max(norm.rfind(ch, max(0, start - 40), start) for ch in "。；;,，\n") + 1
    b = min([i for i in (norm.find(ch, end, end + 40) for ch in "。；;,，\n") if i >= 0] or [min(len(norm), end + 40)])
    a = max(a, start - 40)
    return any(p.search(norm, a, b) for p in patterns)


def _stale(options, doc, report, found, label):
    from linter.checks.pattern import allowed_spans

    norm = doc.norm
    hits = []
    for entry in options["formulations"]:
        if found.year <= entry.ended[0]:
            continue
        for pattern in entry.names:
            hits.extend((m.start(), m.end(), entry) for m in finditer(pattern, norm, doc.cache) if m.end() > m.start())
    if not hits:
        return
    allowed = allowed_spans(m.span() for p in options["allow"] for m in finditer(p, norm, doc.cache))
    hits.sort(key=lambda hit: (hit[0], -hit[1]))
    last_end = -1
    for start, end, entry in hits:
        if start < last_end or allowed(start, end):
            continue
        last_end = end
        yield report(start, end, year=found.year, event=entry.title, event_year=entry.ended[0],
                     began="", period=label, now=entry.now)


def _mixed(options, doc, report):
    title, opening = detect(options, doc)
    if doc.year is not None:
        for stated in (title, opening):
            if stated and stated[0] != doc.year:
                yield report(stated[1], stated[2], year=doc.year, event="", event_year=stated[0], began="", period="",
                             now="")
        return
    if title and opening and title[0] != opening[0]:
        yield report(opening[1], opening[2], year=title[0], event="", event_year=opening[0], began="", period="",
                     now="")


def describe(rule) -> list[str]:
    """Markdown lines for the rule reference: the calendar, or the table of
    stale wording."""
    options = rule.options
    if options["check"] == "stale" and options["formulations"]:
        lines = ["", "| 过时的提法 | 识别（正则） | 停止使用 | 现在的说法 |", "|---|---|---|---|"]
        for entry in options["formulations"]:
            names = "、".join(f"`{p.pattern}`" for p in entry.names).replace("|", "\\|")
            lines.append(f"| {entry.title} | {names} | {entry.ended[0]}年{entry.ended[1]}月 | {entry.now or '—'} |")
        return lines
    if not options["events"] or options["check"] in ("mixed", "stale"):
        return []
    lines = ["", "| 开始 | 重点工作 | 识别（正则） | 当年必须提到 | 公布 |", "|---|---|---|---|---|"]
    for event in options["events"]:
        names = "、".join(f"`{p.pattern}`" for p in event.names)
        if event.also:
            names += "（当年也认可：" + "、".join(f"`{p.pattern}`" for p in event.also) + "）"
        announced = "" if event.announced == event.start else f"{event.announced[0]}年{event.announced[1]}月"
        lines.append(f"| {event.year}年{event.month}月 | {event.title} | {names.replace('|', chr(92) + '|')} | "
                     f"{'是' if event.required else '否'} | {announced} |")
    return lines
