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

import bisect

from linter import regexstore
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

_SENTENCE_END = regexstore.compile(r"[。;!?\n]")


#: Figures are exact integers in units of 10⁻²⁰: a sum of 0.1s does not drift
#: (fractions.Fraction did the same and imported fractions and decimal, ~2% of
#: a one-report check's start-up). Decimals past the 20th are dropped.
_PLACES = 20
_SCALE = 10**_PLACES


def _number(text: str) -> int:
    whole, _, decimals = text.partition(".")
    decimals = decimals[:_PLACES]
    return int(whole + decimals) * 10 ** (_PLACES - len(decimals))


def _shown(value: int) -> str:
    whole, rest = divmod(value, _SCALE)
    if not rest:
        return str(whole)
    try:
        return f"{whole + rest / _SCALE:g}"
    except OverflowError:  # more than 308 digits
        return str(whole)


def check(rule, doc, report):
    options = rule.options
    norm = doc.norm
    figure = options["units"].figure
    window = options["window"]
    sentence_end = _SentenceEnds(norm)
    figures = _Following(figure, norm)
    unknowns = [_Following(p, norm) for p in options["unknown"]]
    unit_after = options["units"].unit
    for total_word in options["total"]:
        for t in total_word.finditer(norm):
            end = sentence_end.after(t.end())
            total = figure.search(norm, t.end(), min(end, t.end() + window + 12))
            if total is None or total.start() - t.end() > window or total.group("approx"):
                continue
            opener = None
            for word in options["breakdown"]:
                m = _first_within(word, norm, total.end(), end, window)
                if m and (opener is None or m.start() < opener.start()):
                    opener = m
            if opener is None:
                continue
            unit = total.group("unit")
            count, approximate, summed = figures.parts(opener.end(), end, unit)
            if count < 2 or approximate:
                continue
            if any(u.placeholder(opener.end(), end, unit_after) for u in unknowns):
                continue
            value = _number(total.group("number"))
            if summed != value:
                yield report(total.start(), total.end(), sum=_shown(summed) + unit)


# Many totals may share one long sentence (共3人，其中1人、2人，共…): what
# follows each of them up to the end of the sentence is found once, not
# again for every total — that would cost the square of the sentence.


class _SentenceEnds:
    """The end of the sentence after a position, remembered while the
    positions asked for increase."""

    def __init__(self, norm: str):
        self.norm = norm
        self.since = self.end = -1

    def after(self, pos: int) -> int:
        if not self.since <= pos <= self.end:
            m = _SENTENCE_END.search(self.norm, pos)
            self.since, self.end = pos, m.start() if m else len(self.norm)
        return self.end


def _first_within(pattern, norm: str, pos: int, end: int, window: int):
    """``pattern.search(norm, pos, end)`` if that match starts at most
    ``window`` characters after ``pos``, else None — without searching on to
    ``end``."""
    for at in range(pos, min(pos + window, end) + 1):
        m = pattern.match(norm, at, end)
        if m:
            return m
    return None


class _Following:
    """The matches of a pattern from a position up to a sentence end
    (``pattern.finditer(norm, pos, end)``), for many positions in the same
    sentence: found once, from the first position asked for; a later
    position reads the tail of that list. (A match of the list that straddles
    the later position, or an empty match, makes the tail unreliable: then
    the matches are found again from there.)"""

    def __init__(self, pattern, norm: str):
        self.pattern, self.norm = pattern, norm
        self.since = self.end = None
        self.matches: list = []
        self.starts: list[int] = []
        self.summaries: dict = {}
        self.empty = False

    def _tail(self, pos: int, end: int) -> int:
        """Index into ``self.matches`` of ``finditer(norm, pos, end)``'s first match."""
        if self.end == end and self.since <= pos:
            index = bisect.bisect_left(self.starts, pos)
            if (index == 0 or self.matches[index - 1].end() <= pos) and not self.empty:
                return index
        self.matches = list(self.pattern.finditer(self.norm, pos, end))
        self.starts = [m.start() for m in self.matches]
        self.empty = any(m.end() == m.start() for m in self.matches)
        self.since, self.end = pos, end
        self.summaries = {}
        return 0

    def parts(self, pos: int, end: int, unit: str):
        """(how many, whether any is approximate, their sum) of the figures
        in ``unit`` from ``pos`` to ``end``."""
        index = self._tail(pos, end)
        summary = self.summaries.get(unit)
        if summary is None:
            summary = self.summaries[unit] = _suffixes(
                (1, bool(m.group("approx")), _number(m.group("number"))) if m.group("unit") == unit
                else (0, False, 0) for m in self.matches)
        return summary[index]

    def placeholder(self, pos: int, end: int, unit_after) -> bool:
        """Whether a match from ``pos`` to ``end`` stands where a number should
        be: a unit follows it."""
        index = self._tail(pos, end)
        summary = self.summaries.get(None)
        if summary is None:
            summary = self.summaries[None] = _suffixes(
                (0, bool(unit_after.match(self.norm, m.end())), 0) for m in self.matches)
        return summary[index][1]


def _suffixes(items) -> list[tuple[int, bool, int]]:
    """For each index, the (count, any, sum) of ``items`` from there on."""
    items = list(items)
    out = [(0, False, 0)] * (len(items) + 1)
    for i in range(len(items) - 1, -1, -1):
        count, flag, value = items[i]
        later = out[i + 1]
        out[i] = (later[0] + count, later[1] or flag, later[2] + value)
    return out
