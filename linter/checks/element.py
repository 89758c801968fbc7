"""element: the compliance checklist — is a required part of the report there?

Each checklist element of a rulebook is recognized *by meaning*, from
weighted signals, on every candidate section of the report:

* **Candidate sections**: numbered headings at the top three levels of the
  outline (一、, the （一） under it and the 1. under that; Markdown ``#``
  and Word-styled headings alike); run-in headings (a paragraph that opens
  with a short sentence ending in 。: “强化理论武装，筑牢思想根基。……”),
  when a section has at least two of them, or the report has no numbered
  headings at all — also a label before a comma, the aspect the paragraph
  is about (在把方向、强学习方面，…… / 在班子建设上，……), and the labelled rows
  of a table or a form (| 政治建设 | …… |, 政治建设<TAB>……); parts numbered inline
  (一、…二、… in one long line, when a scraped text lost its line breaks);
  and, in a short report with none of these, its paragraphs, each headed by
  its opening clause (局党组持续深化作风建设，……), when such clauses name at
  least three different parts. Not the title, nor what stands above it
  (site chrome, a table of contents).
* **Signals** (``heading`` and ``body``): weighted terms (substrings of the
  matching view, or regular expressions), ``{weight: [term, …]}``. A
  section's score for an element is the sum of the weights of the distinct
  ``heading`` terms in its heading, plus the sum of the distinct ``body``
  terms in its own text, the body counting up to 12 (heading evidence weighs
  more than body evidence; a vague heading is rescued by its text). A term
  listed in ``words`` must not straddle a word boundary of the jieba
  segmentation (作风 is found in 工作作风 but not in 工作风险); ``not`` lists
  phrases that look like the element and are something else (对标先进找差距):
  the words inside them count for no element. ``keywords`` (and ``words``
  not listed in ``heading``) are heading terms of weight 8, enough alone.
  All terms of a checklist are matched together, longest first, so a
  phrase is counted once, for what it is (党风廉政建设和反腐败斗争).
* **Assignment**, section by section from the top: a section serves every
  element its heading names (8 or more from the heading alone: 思想政治建设
  serves two) and every element scoring at least 8 and 60 % of its best;
  when its heading names an element, body evidence alone does not add
  another, and the body is read only where it can decide (a heading that
  names nothing, or two about equally). The sub-sections of a section whose
  heading names an element are parts of it (a plan's （一）加强政治建设 is no
  political part), except elements that declare they may sit ``inside`` it
  (原因分析 inside 存在问题), or when they name three elements or more, one
  of them the parent's (an umbrella heading) — never below an ``itemized``
  element's heading (the problems of a report are listed area by area, and
  so is its plan: those items are the part's own), and but for a part that
  no heading at the parent's level or above names (a 巡察整改 report's items).
  A heading naming two parts (存在的问题及下一步打算) over a sub-section or a
  later paragraph that opens one of them (下一步，……) has that part start
  there. Each element takes the section whose heading names it most
  strongly, else the best score.
* For an element that no heading names: ``openings`` (regular expressions)
  find an unheaded paragraph that opens the part (一年来……还存在差距；
  下一步，我们将……), anywhere after the first section; ``mentions`` a
  paragraph that says it anywhere in its text (……产生这些问题，既有客观原因，
  更有主观原因); ``start`` looks at the leads of the first paragraphs of the
  text (a speech's 同志们：) and ``end`` anywhere in its last paragraphs (谢谢大家).
  A heading that names no element over a first sentence that ``openings``
  open (八、锚定目标　接续发力 / 2026年是……开局之年。…) serves that element as
  if it named it: its items are the part's.
* ``depth``: how deep a section serving the element may sit (0: a part of
  the report; 1: also a part of a part) — the problems of a report are one
  of its parts, not a run-in clause of its work (聚焦差距不足，夯实……。).
* ``first-part``: when nothing names the element, the report's first part
  counts (the work done comes first in a 述职报告 or a summary); in a report
  without headings, its first paragraph, after one that a ``preamble``
  pattern opens (按照…的统一部署，…).
* ``later-year``: a heading naming a year after the report's (``--year``,
  else the year in its title) credits the element this weight: in a 2024
  report, “2025年重点举措” is the plan.
* ``misnested``: when no part serves the element, a sub-section whose heading
  names it first serves it, however deep (a draft's numbering gone wrong:
  一、…工作开展情况 / （一）…（六） / 2．存在的不足 / 4、2026年工作思路).
* ``merges-with``: ids of elements one heading often serves together with
  this one (作风纪律建设: conduct and discipline; 政治思想建设). A heading
  that names two elements as strongly, one of them named by no other heading,
  is that one's part first, and the other takes a heading of its own where it
  has one (6. 惩腐肃纪方面 after 5. 纪律严警方面: the sixth part's; 七、问题与原因
  over 原因方面：…: problems') — unless the two merge (四、严守作风纪律情况 stays
  conduct's and discipline's both).
* ``body-alone`` (default true): whether body evidence alone lets a section
  whose heading names no element serve this one; false for an element whose
  words turn up in passing in any part (下一步将继续跟踪服务 inside 五、社会治理
  平安有序): such a part is found by its heading or an opening paragraph.

An element found whose section has fewer than ``min-chars`` characters of
text is ``weak``; one not found is ``missing``. ``zhidang check
--explain-checklist`` shows, per element, the section chosen, its score and
the terms that decided it, and the runner-up.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

import re

from linter import alternation, regexstore
from linter.checks.options import LazyPattern, boolean, positive_int, regex_list, string_list, trusted
from linter.document import HEADING, PARAGRAPH, TITLE
from linter.outline import (CONTENTS, RUNIN_MARKER, SIGNED_DATE, front_matter, is_chrome, marker_number, slogan_halves,
                            unspaced)
from linter.prefilter import SPECIAL as _SPECIAL, search, trie

TYPE = "element"
#: Entries of a rulebook's ``elements:`` list have this type (the checklist),
#: evaluated together by :func:`evaluate` rather than one by one.
CHECKLIST = True
FIXES = False

PRESENT, MISSING, WEAK = "present", "missing", "weak"

#: A section scoring this much for an element is that part of the report.
THRESHOLD = 8
#: Body evidence counts up to this much …
BODY_CAP = 12
#: … read in the first this many characters of a section's own text.
BODY_WINDOW = 400
#: A section serves every element scoring at least this share of its best one.
SHARE = 0.6
#: A heading term this strong names the element by its own name (思想建设, 纪律建设): a heading naming two
#: that merge (一体推进政治建设和思想建设) serves both however much more it says of one.
NAMED = 10
#: A heading term this strong names a second part besides the first (正风肃纪:
#: conduct and discipline, 6 each): the body is read to confirm it.
PARTLY = 6
#: A heading term this strong names an element that no part serves, when the
#: rest of the heading names only parts the report has elsewhere (see
#: :func:`_second_choice`).
SECOND = 5
#: A heading that gives another element this much names it too (问题和打算: 问题 3).
NAMED_TOO = 3
#: The score of an unheaded paragraph found by ``openings``, ``start`` or ``end``.
OPENING_SCORE = 10
#: Numbered headings down to this depth are candidates (一、 0, （一） 1, 1. 2).
HEADING_DEPTH = 2
#: A run-in heading is a first sentence of at most this many characters.
RUNIN_MAX = 30
#: A heading line without a number is at most this long (坚持不懈强化理论武装，推动党的创新理论在基层落地生根、开花结果).
BARE_MAX = 40
#: … when the sentence is set in bold (**（一）以党的政治建设为统领，坚定捍卫“两个确立”、坚决做到“两个维护”。**).
RUNIN_BOLD_MAX = 45
#: … after a run-in number (一是坚持政治建设和思想建设一体推进，筑牢卫生健康事业的“根”和“魂”。).
RUNIN_MARKED_MAX = 40
#: A numbered sub-heading's title longer than this, with a comma, is a sentence of its part's text.
NARRATIVE_MIN = 40
#: Sub-sections naming this many elements make their parent an umbrella.
UMBRELLA = 3
#: A paragraph this long may hold parts numbered inline (line breaks lost).
INLINE_MIN = 200
#: How many characters after an inline number are read as its heading.
INLINE_HEAD = 22
#: An opening paragraph this short is a lead line of its own (再说说不足。 / 下步工作安排):
#: the run-in items below it (一是…… 二是……) are its part's text, as after a colon.
LEAD_LINE = 16
#: A paragraph's first sentence of at most this many characters, without a figure, may be a maxim
#: before its point: the second sentence opens the paragraph too (:func:`_leads`).
MAXIM_MAX = 30
#: Paragraphs at the start (``start``) and the end (``end``) of the text.
EDGE_PARAGRAPHS = 3
END_PARAGRAPHS = 6


def weighted_terms(value) -> dict[int, list[str]]:
    """``{weight: [term, …]}`` — each term a literal or a regular expression."""
    if not isinstance(value, dict):
        raise ValueError("应为映射：权重（正整数）→ 词语列表，如 {8: [政治建设], 3: [第一议题]}")
    result = {}
    for weight, terms in value.items():
        if isinstance(weight, bool) or not isinstance(weight, int) or not 1 <= weight <= 20:
            raise ValueError(f"权重应为 1 到 20 的整数，而不是 {weight!r}")
        items = string_list(terms)
        # (a built-in rulebook's terms are known to compile — tests/test_rulebook.py checks them as a user's —
        # and are not compiled at every start-up just to see)
        for term in items if not trusted() else ():
            if _is_pattern(term) and _expand(term) is None:  # (one that spells literals is valid)
                try:
                    regexstore.compile(term)
                except re.error as exc:
                    raise ValueError(f"正则表达式“{term}”无效：{exc}") from None
        result[weight] = items
    return result


def _not_list(value) -> list[str]:
    items = string_list(value)
    for term in items if not trusted() else ():  # (a built-in's: known to compile, see weighted_terms)
        try:
            regexstore.compile(term)
        except re.error as exc:
            raise ValueError(f"正则表达式“{term}”无效：{exc}") from None
    return items


OPTIONS = {
    "heading": (weighted_terms, {}),
    "body": (weighted_terms, {}),
    "keywords": (string_list, []),
    "words": (string_list, []),
    "not": (_not_list, []),
    "openings": (regex_list, []),
    "start": (regex_list, []),
    "end": (regex_list, []),
    "mentions": (regex_list, []),
    "inside": (string_list, []),
    "depth": (positive_int, 9),
    "first-part": (boolean, False),
    "preamble": (regex_list, []),
    "itemized": (boolean, False),
    "later-year": (positive_int, 0),
    "min-chars": (positive_int, 0),
    "body-alone": (boolean, True),
    "maxim-leads": (boolean, False),
    "misnested": (boolean, False),
    "merges-with": (string_list, []),
}


def validate(options) -> None:
    if not any(options[k] for k in ("heading", "keywords", "words", "openings", "start", "end", "mentions")):
        raise ValueError("至少需要 heading、keywords、words、openings、mentions、start 或 end 之一")
    for word in options["words"]:
        if _is_pattern(word):
            raise ValueError(f"words 中的“{word}”必须是词语，不能是正则表达式")


_META = regexstore.compile(r"[.^$*+?{}\[\]\\|()]")


def _is_pattern(term: str) -> bool:
    return bool(_META.search(term))


# --------------------------------------------------------------------------- signals


class _Terms:
    """A table of terms (literals and patterns), found in a text without
    overlaps: leftmost first, then ``not`` phrases, then the longest.

    The literals are one trie-shaped alternation (the longest term at a
    place wins; sre skips places whose character starts no term), the
    patterns another, written so that the engine passes over a pattern that
    cannot start where it stands (:mod:`linter.alternation`) — behind a
    look-ahead for their first characters on long texts (``short=False``:
    section bodies); a pattern that only spells
    out literals is expanded into them. Both are compiled on first use (a few
    milliseconds: start-up time of a pre-commit run). The literals' alternation
    (~7 ms for a checklist's heading terms, more than the rest of a one-report
    check) is compiled only once :data:`SCAN_BUDGET` characters were searched:
    until then they are found by :meth:`_scan`, in Python, with the same
    result (the longest term at the leftmost place, then on after it)."""

    #: Characters searched for literals in Python before their alternation is compiled.
    SCAN_BUDGET = 20_000

    def __init__(self, table: dict, patterns: dict, negatives: set, short: bool = False):
        # a pattern that only spells out alternatives (政治建(警|院|检), 党建带[妇团工]建,
        # 存在的?(问题|不足)) becomes its literals: nothing to compile
        self.alias: dict[str, str] = {}  # literal → the term it spells
        keys = [key for key in table if patterns[key]]
        spelled = dict(zip(keys, _expansions(keys)))
        for key, expansion in spelled.items():
            for literal in expansion or ():
                self.alias.setdefault(literal, key)
        self.literals = [k for k in table if not patterns[k]] + list(self.alias)
        ordered = sorted((k for k, e in spelled.items() if e is None), key=lambda k: k not in negatives)
        self.pattern_keys = ordered
        self.negatives = negatives
        self.short = short
        self._compiled = None
        self._keys = None  # [[pattern, compiled or None, its first characters]]: which one the alternation matched
        self._literal_rx = None
        self._scanned = 0 if all(self.literals) else self.SCAN_BUDGET  # (an empty term: the regex)
        self._lengths: dict[str, list[int]] | None = None  # first character → term lengths, longest first
        self._words: set[str] = set()

    def _compile(self):
        pattern_rx = None
        if self.pattern_keys:
            parts = _alternatives(self.pattern_keys)
            joined = "|".join(part for each in parts for part in each)
            firsts = [_first_chars(each) for each in parts]
            self._keys = [[key, None, chars] for key, chars in zip(self.pattern_keys, firsts)]
            if all(firsts) and not self.short:  # (a look-ahead pays off on long texts only)
                chars = "".join(sorted(set().union(*firsts)))
                joined = f"(?=[{re.escape(chars)}])(?:{joined})"
            pattern_rx = regexstore.compile(joined)
        self._compiled = (pattern_rx,)
        return self._compiled

    def _literal_matches(self, text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """``[(start, end, literal)]``: the trie alternation's matches in ``text[lo:hi]``."""
        if self._literal_rx is None:
            self._scanned += hi - lo
            if self._scanned <= self.SCAN_BUDGET:
                return self._scan(text, lo, hi)
            self._literal_rx = regexstore.compile(trie(self.literals))
        return [(m.start(), m.end(), m.group()) for m in self._literal_rx.finditer(text, lo, hi)]

    def _scan(self, text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """What the trie alternation finds, without compiling it: at each
        place the longest literal starting there (within ``hi``), then on
        after it."""
        if self._lengths is None:
            lengths: dict[str, set[int]] = {}
            for word in self.literals:
                lengths.setdefault(word[0], set()).add(len(word))
            self._lengths = {ch: sorted(ns, reverse=True) for ch, ns in lengths.items()}
            self._words = set(self.literals)
        get, words = self._lengths.get, self._words
        found = []
        i = lo
        while i < hi:
            for n in get(text[i], ()):
                if i + n <= hi and text[i:i + n] in words:
                    found.append((i, i + n, text[i:i + n]))
                    i += n
                    break
            else:
                i += 1
        return found

    def _pattern_of(self, text: str, start: int, end: int, hi: int) -> str:
        """The pattern whose match at ``start`` ends at ``end`` (read in
        ``text[:hi]``, so a look-ahead sees what follows: 问题(?=及原因)) —
        tried in the alternation's order, each compiled when first tried, and
        only those that may start with the match's first character."""
        first = text[start]
        for entry in self._keys:
            key, rx, firsts = entry
            if firsts is not None and first not in firsts:
                continue
            if rx is None:
                rx = entry[1] = regexstore.compile(key)
            m = rx.match(text, start, hi)
            if m is not None and m.end() == end:
                return key
        return self.pattern_keys[0]  # not reached: the alternation matched one of them

    def find(self, text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str, str]]:
        """``[(start, end, term, matched text)]`` in ``text[lo:hi]``, without overlaps."""
        hi = len(text) if hi is None else hi
        (pattern_rx,) = self._compiled or self._compile()
        hits = []
        if pattern_rx is not None:
            hits = [(m.start(), m.end(), self._pattern_of(text, m.start(), m.end(), hi), m.group())
                    for m in pattern_rx.finditer(text, lo, hi)]
        if self.literals:
            alias = self.alias
            literal = [(start, end, alias.get(matched, matched), matched)
                       for start, end, matched in self._literal_matches(text, lo, hi)]
            if not hits:
                return literal
            hits += literal
        if len(hits) < 2:
            return hits
        hits.sort(key=lambda h: (h[0], h[2] not in self.negatives, h[0] - h[1]))
        kept, reach = [], -1
        for hit in hits:
            if hit[0] >= reach:
                kept.append(hit)
                reach = hit[1]
        return kept


def _expansions(keys: list[str]) -> list:
    """:func:`_expand` of each of a table's pattern terms, kept in the regex store
    as one record for the list (keyed by a digest of the terms: a checklist's
    ~100, derived in Python at every start-up, cost ~1 M instructions)."""
    if len(keys) < _EXPANSIONS_MIN:
        return [_expand(key) for key in keys]
    return regexstore.list_fact("expansions/1", keys, lambda: [_expand(key) for key in keys],
                                lambda entry: entry is None or entry == [] or regexstore.strings(entry))


#: A table with fewer pattern terms derives their expansions at once.
_EXPANSIONS_MIN = 8


def _alternatives(keys: list[str]) -> list[list[str]]:
    """:func:`linter.alternation.parts` of each pattern term: the alternation
    written so that the engine passes over a term that cannot start where it
    stands (~1 M instructions a heading scan; kept as one record like
    :func:`_expansions`: deriving them is Python work at every start-up)."""
    if len(keys) < _EXPANSIONS_MIN:
        return [alternation.parts(key) for key in keys]
    return regexstore.list_fact("alternatives/1", keys, lambda: [alternation.parts(key) for key in keys],
                                regexstore.strings)


def _first_chars(parts: list[str]) -> frozenset[str] | None:
    """The characters a match of a term (its :func:`_alternatives`) starts with, or None."""
    found = [alternation.first_chars(part) for part in parts]
    return frozenset().union(*found) if all(found) else None


def _expand(pattern: str, limit: int = 256) -> list[str] | None:
    """The literals a pattern spells out, when it is only literal characters,
    groups of literal alternatives and [classes] of characters, each maybe
    optional (?); else None."""
    options: list[list[str]] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "(":
            close = pattern.find(")", i)
            inner = pattern[i + 1:close]
            if close < 0 or not inner or any(c in _SPECIAL for c in inner.replace("|", "")):
                return None
            choices, i = inner.split("|"), close + 1
        elif ch == "[":
            close = pattern.find("]", i)
            inner = pattern[i + 1:close]
            if close < 0 or not inner or any(c in "^-\\[" for c in inner):
                return None
            choices, i = list(inner), close + 1
        elif ch == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            choices, i = [pattern[i + 1]], i + 2
        elif ch in _SPECIAL:
            return None
        else:
            choices, i = [ch], i + 1
        if i < len(pattern) and pattern[i] == "?":
            choices, i = choices + [""], i + 1
        elif i < len(pattern) and pattern[i] in "*+{":
            return None
        options.append(choices)
    words = [""]
    for choices in options:
        words = [w + c for w in words for c in choices]
        if len(words) > limit:
            return None
    return [w for w in words if w]



class _Signals:
    """Every term of a checklist, in two tables (headings; bodies); a term
    maps to its credits ``[(element index, weight, word?)]``. Built once per
    checklist, on first use (compiling costs a few milliseconds)."""

    def __init__(self, elements):
        self.heading, self.body, patterns, negatives = _tables(elements)
        #: (element index, weight) of the elements named by a later year than the report's
        self.later_year = [(i, e.options["later-year"]) for i, e in enumerate(elements) if e.options["later-year"]]
        #: every element's ``openings``: a paragraph that opens an unheaded part (一年来…还存在一些问题：)
        self.openings = [p for element in elements for p in element.options["openings"]]
        #: how many elements the checklist has, and those a report's first part is when nothing names them
        self.count = len(elements)
        self.first_part = {i for i, e in enumerate(elements) if e.options["first-part"]}
        #: the elements whose sub-sections are their own items (problems, plans)
        self.itemized = {i for i, e in enumerate(elements) if e.options["itemized"]}
        #: (element index, its openings), for a section's first sentence (:func:`_read_body`)
        self.openings_of = [(i, e.options["openings"]) for i, e in enumerate(elements) if e.options["openings"]]
        self.heading_terms = _Terms(self.heading, patterns, negatives, short=True) if self.heading else None
        self._body_args = (patterns, negatives)
        self._body_terms = None

    @property
    def body_terms(self):
        """The body table's matcher, built on first use (most reports name
        their parts in the headings: no body to read, nothing to build)."""
        if self._body_terms is None and self.body:
            self._body_terms = _Terms(self.body, *self._body_args)
        return self._body_terms


#: Part of the key of :func:`_tables`' cache entry: bump it when what a term
#: becomes changes (this derivation, or :func:`linter.normalize.normalize`).
_TABLES_DERIVATION = 1
#: The kind of :func:`_tables`' cache entries (one per checklist: :func:`tables_entry`).
TABLES_KIND = "element-tables"


def tables_entry(elements) -> str:
    """The name of the cache entry holding the tables of the checklist ``elements``."""
    from linter import cache

    return cache.entry_name(TABLES_KIND, _checklist(elements))


def _checklist(elements) -> str:
    return ",".join(e.id for e in elements)


def _tables(elements) -> tuple[dict, dict, dict, set]:
    """``(heading, body, patterns, negatives)`` of a checklist: its terms in
    their matching view, each with its credits ``[element index, weight,
    word?]`` (:class:`_Signals`), whether each term is a pattern, and the
    ``not`` terms. Kept in the cache folder (:func:`linter.cache.memo`, keyed
    by the elements' terms): deriving them — ~800 terms normalized, weighed
    and merged — was ~12 M instructions (3 %) of a one-report check."""
    from linter import cache

    parts = [f"\1{_TABLES_DERIVATION}"]  # the terms, each list after a marker (\1 and what it is)
    for element in elements:
        options = element.options
        for kind in ("heading", "body"):
            for weight, terms in options[kind].items():
                parts.append(f"\1{kind}{weight}")
                parts.extend(terms)
        for kind in ("keywords", "words", "not"):
            parts.append(f"\1{kind}")
            parts.extend(options[kind])
    content = "\0".join(parts)
    markers = 1 + sum(len(e.options["heading"]) + len(e.options["body"]) + 3 for e in elements)
    if content.count("\1") != markers or content.count("\0") != len(parts) - 1:
        return _patterned(*_derive_tables(elements))  # (a term holding \0 or \1: no unambiguous key)
    try:
        heading, body, pattern_keys, negatives = cache.memo(
            TABLES_KIND, _checklist(elements), content, lambda: _derive_tables(elements),
            cache.dumps, cache.loads)
        if not (type(heading) is dict and type(body) is dict and type(pattern_keys) is list
                and type(negatives) is list):
            raise ValueError("damaged")
    except (TypeError, ValueError):  # a damaged entry
        heading, body, pattern_keys, negatives = _derive_tables(elements)
    return _patterned(heading, body, pattern_keys, negatives)


def _patterned(heading: dict, body: dict, pattern_keys: list, negatives: list) -> tuple[dict, dict, dict, set]:
    patterns = dict.fromkeys(heading, False)
    patterns.update(dict.fromkeys(body, False))
    patterns.update(dict.fromkeys(pattern_keys, True))
    return heading, body, patterns, set(negatives)


def _derive_tables(elements) -> tuple[dict, dict, dict, list]:
    normalize = _normalizer(elements)
    heading: dict[str, list] = {}
    body: dict[str, list] = {}
    patterns: dict[str, bool] = {}
    negatives: dict[str, None] = {}
    for index, element in enumerate(elements):
        options = element.options
        words = {normalize(w) for w in options["words"]}
        weights: dict[str, int] = {}
        for weight, terms in options["heading"].items():
            for term in terms:
                weights[term] = max(weight, weights.get(term, 0))
        for term in [*options["keywords"], *options["words"]]:
            weights.setdefault(term, THRESHOLD)
        for term, weight in weights.items():
            key = normalize(term)
            patterns[key] = _is_pattern(term)
            heading.setdefault(key, []).append([index, weight, key in words])
        for weight, terms in options["body"].items():
            for term in terms:
                key = normalize(term)
                patterns[key] = _is_pattern(term)
                credits = body.setdefault(key, [])
                credits[:] = [c for c in credits if c[0] != index or c[1] > weight]
                if not any(c[0] == index for c in credits):
                    credits.append([index, weight, False])
        for term in options["not"]:
            key = normalize(term)
            patterns[key] = _is_pattern(term)
            negatives[key] = None
            heading.setdefault(key, [])
            body.setdefault(key, [])
    return heading, body, [key for key, pattern in patterns.items() if pattern], list(negatives)


def _normalizer(elements):
    """``normalize`` for every term of ``elements``, converted in one call
    (the matching view is the same length, so the joined text splits back)."""
    from linter.normalize import normalize

    terms = set()
    for element in elements:
        options = element.options
        for table in (options["heading"], options["body"]):
            for items in table.values():
                terms.update(items)
        terms.update(options["keywords"], options["words"], options["not"])
    terms = sorted(terms)
    converted = dict(zip(terms, normalize("\n".join(terms)).split("\n")))
    return lambda term: converted.get(term) or normalize(term)


_SIGNALS: dict[tuple, _Signals] = {}


def _signals(elements) -> _Signals:
    key = tuple(id(e) for e in elements)
    found = _SIGNALS.get(key)
    if found is None:
        found = _SIGNALS[key] = _Signals(elements)
        found._elements = list(elements)  # keeps the ids in the key alive
    return found


# --------------------------------------------------------------------------- sections


class Section:
    """A candidate part of the report. ``start``/``end``: its first line (the
    span a finding points at); ``head``: the span of its heading text (None
    for a paragraph found by ``openings``); ``body``: the span of its own text
    (up to its first sub-section); ``stop``: where the whole section ends."""

    __slots__ = ("kind", "start", "end", "head", "body", "stop", "depth", "children", "scores", "claims",
                 "evidence", "named", "read", "item", "headed", "merged", "scored")

    def __init__(self, kind, start, end, head, body, stop):
        self.kind, self.start, self.end, self.head, self.body, self.stop = kind, start, end, head, body, stop
        self.depth = 0  # 0: a part of the report; 1: a part of a part …
        self.children: list[Section] = []
        self.scores: dict[int, float] = {}
        self.claims: set[int] = set()
        self.evidence: dict[int, tuple[dict, dict]] = {}  # element → (heading terms, body terms)
        self.named = False  # its heading names an element (score ≥ THRESHOLD from the heading alone)
        self.headed: dict[int, int] = {}  # element → its score from the heading alone
        self.read = False  # its body evidence was read
        self.item = False  # its heading states a figure: an item of work done (1、发展党员9名。), no sub-part
        self.merged: set[int] = set()  # a merged part's elements, left to its sub-sections (作风纪律建设)
        self.scored = None  # the checklist's signals its heading evidence was read for (:func:`_score`: once)


_DECORATION = " \t-*#>+•·●■◆▲★◇▶►"
#: The bullets a heading line may open with (Word's bullet list pasted as text).
_BULLETS = "•●■◆▲★◇▶►"
_RUNIN_END = "。!:"
_CONTINUES = "。!?;:”’\"')]】〕》」』"
#: (not 四、五月份: months, not a part)
#: (and its bold marks: ……报告如下：**一、强化政治建设，把牢正确方向**一是……, a Markdown answer run into one line)
_INLINE_AFTER = r"(?:[{}]|^)\s*(?:\*\*)?([一二三四五六七八九十]{{1,2}})、(?![一二三四五六七八九十]{{1,2}}月)"
_INLINE = regexstore.lazy(_INLINE_AFTER.format("。!?;)"))  # (also after a bracket: ……（www.…）四、……)
#: … and after a colon, where the numbered headings below go on from the line's numbers
#: (……现将有关情况报告如下：一、突出政治引领……。二、强化理论武装……, then a heading 三、)
_INLINE_COLON = regexstore.lazy(_INLINE_AFTER.format("。!?;:)"))
#: The second part's number opening a sentence (……整改问题点位410个。二、存在的困难和问题……).
_SECOND_PART = regexstore.lazy(r"(?:^|[。!?;])\s*二、")
#: (and a part's first （一） run on after its heading's words: 一、履行主体责任情况(一)强化政治建设，……)
_INLINE_FLAT = regexstore.lazy(r"(?:(?<=[。!?;:\s)])|^)\s*(?:(?:\*\*)?([一二三四五六七八九十]{1,2})、(?![一二三四五六七八九十]{1,2}月)"
                                  r"|\(([一二三四五六七八九十]{1,2})\))|(?<=[\u4e00-\u9fff])\((一)\)")
_SENTENCE_END = regexstore.compile(r"[。]")
_HEAD_END = regexstore.lazy(r"[。!?;:]|\s")
_DIGIT = regexstore.compile(r"\d")
#: A digit of a heading line, or a year or a count of the items below in brackets at its end (group 1),
#: which is no figure (2025年工作思路, 【2024年度工作打算】, “奋楫笃行”——2026年工作打算, 【清单六 制度建设（4项）】).
_FIGURE = regexstore.compile(r"(?<!\d)((?:19|20)\d\d年|\(\d{1,3}(?:项|条|个|类|方面)\)(?=\W*$)"
                             r"|(?:\d{1,2}[—\-~至到])?\d{1,2}月份?(?![\d日]))|\d")  # (a month or months: 11—12月工作安排)
#: An ordinal aspect opening a run-in paragraph (第六方面，……), and a year opening the head after it.
_ORDINAL_ASPECT = regexstore.compile(r"第[一二三四五六七八九十]{1,3}(?:个?方面|部分)[,:、] *")
_YEAR_OPENS = regexstore.lazy(r"(?:19|20)\d\d年度?")


#: A line of page furniture is at most this long (its shapes: rules/outline/front-matter.yaml, page-lines).
_PAGE_MAX = 20


def _page_furniture(norm: str, node) -> bool:
    """Is ``node``'s line a page's number or footer (第1页 共4页, — 3 —: front-matter.yaml's page-lines)?"""
    return node.end - node.start <= _PAGE_MAX \
        and front_matter().page_line.fullmatch(norm, node.start, node.end) is not None

#: A label this short before a colon (问一：, 问题2：) introduces the question that heads the text.
_RUNIN_LABEL = 3
#: … or, numbered (指标一：, 任务2：), this long: the clause after it heads the text, to the first of these.
_ORDINALS = "一二三四五六七八九十0123456789"
_LABELLED_END = regexstore.lazy(r"[。!?;:,(]|\s")
#: A heading line's label this short before a colon, and a slogan after it no longer than
#: _SUBTITLE_MAX with no sentence end, head the part together (（一）铸魂：始终把“两个维护”落在审判一线).
_LABEL_MAX = 6
_SUBTITLE_MAX = 30
#: A run-in heading in brackets opening a paragraph (【强思想】利用每周政治学习时间……; one character
#: when it is a Chinese one: 【德】始终牢记……, a civil servant's 德、能、勤、绩、廉 — not a footnote's [1]).
_BRACKET_HEAD = regexstore.compile(
    r"[ \t]*(?:\*\*)?[【\[〖]([^】\]〗\n]{2,16}|[\u4e00-\u9fff])[】\]〗](?:\*\*)?")  # (in bold too: **【政治监督】**)


def _runin(doc, node, previous, headed: bool, following=None) -> tuple[int, int] | None:
    """The heading span of a run-in paragraph (“强化理论武装，筑牢思想根基。……”,
    also after a run-in number: “一是强化理论武装。……”, or in brackets:
    “【强思想】利用每周政治学习时间……”). ``headed``: the paragraph is under a
    heading (where 作风建设上，…… heads it too; in a report without headings
    such paragraphs are read by their opening clauses, :func:`_leads_of_parts`)."""
    if node.kind != PARAGRAPH or node.aside:
        return None
    norm = doc.norm
    bracketed = _BRACKET_HEAD.match(norm, node.start, node.end)
    if bracketed is not None and bracketed.end() < node.end - 1 and _SENTENCE_END.search(norm, bracketed.end(), node.end):
        return bracketed.span(1)  # 【把方向】学校党总支坚持……。 (not a heading line: 【扎牢笼子】以制度建设固化成果)
    if _field_item(norm, node.start, node.end):
        return None  # (检查项目：（一）政治建设 — the item heads the row: :func:`_bare`)
    cell = _label_cell_re().match(norm, node.start, node.end)
    if cell is not None and cell.end() < node.end - 1:
        # a table's or a form's row: | 政治建设 | …… | / 政治建设<TAB>…… — not a row of scores alone
        # (| 政治建设 | 20 | 19 |: a self-assessment's, whose part is elsewhere)
        if _CELL_TEXT.search(norm, cell.end(), node.end) is None \
                or norm[slice(*cell.span(cell.lastindex))] in front_matter().form_field:
            return None  # (nor a form's row about who fills it: 姓名<TAB>戴文静<TAB>性别<TAB>女)
        return cell.span(cell.lastindex)
    lead = node.start
    opening = node.first_clause
    if opening is not None and opening.runin and opening.runin.startswith("其"):
        lead = opening.start + len(opening.runin) + 1  # (其一，在政治建设上，……: the aspect after the ordinal)
    aspect = _ASPECT.match(norm, lead, node.end)
    if aspect is not None and aspect.end() < node.end - 1 and not _hard_wrapped(norm, previous) and (
            aspect.lastindex != 3 or headed and not _adverbial(aspect)):
        return aspect.span(aspect.lastindex)  # 在把方向、强学习方面，坚持…… / 在班子建设上，……
    first = node.first_clause
    if first is None:
        return None
    if front_matter().field_line.match(norm, node.start, node.end):
        return None  # (nor a form's field: 所属党组织：…, 述职范围：…)
    if first.end >= node.end - 1:
        # one sentence alone: a line over the text it heads when a run-in marker opens it and a
        # longer paragraph without one follows (一是把牢办学方向，落实党组织领导的校长负责制。 over
        # its paragraph; not an item of a list, 一是…。 / 二是…。), else no heading
        if first.runin is None or _hard_wrapped(norm, previous) or following is None \
                or following.kind != PARAGRAPH or following.end - following.start <= node.end - node.start \
                or RUNIN_MARKER.match(norm, following.start, following.end):
            return None
        start, end = first.start + len(first.runin), first.end
        while end > start and norm[end - 1] in _RUNIN_END + " *":
            end -= 1
        return (start, end) if 2 <= end - start <= RUNIN_MARKED_MAX else None
    start, end = first.start + len(first.runin or ""), first.end
    bold = "**" in norm[start:start + 4]  # (before the decoration, whose * the loop strips)
    while start < end and norm[start] in _DECORATION:
        start += 1
    while end > start and norm[end - 1] in _RUNIN_END + " *":
        end -= 1
    numbered = end > start and norm[end - 1] in _ORDINALS \
        and norm[start:end].rstrip(_ORDINALS) not in front_matter().item_label  # (指标一：, not 问题1：)
    if norm[first.end - 1] == ":" and end - start <= _RUNIN_LABEL + (2 if numbered else 0):
        # a label (问一：党组是如何把政治建设摆在首位的？): the question after it is the heading;
        # after a numbered label (指标一：加强党的政治建设（分值15分）。), the clause after it
        stop = (_LABELLED_END if numbered else _HEAD_END).search(norm, first.end, node.end)
        start, end = first.end, stop.start() if stop else node.end
        if not numbered and norm[end:end + 1] != "?":
            return None
        # (a question as long as a numbered heading, a year in it: 问题8：2026年全面从严治党工作有何打算？)
        if not numbered and 2 <= end - start <= RUNIN_MARKED_MAX and not _hard_wrapped(norm, previous):
            return start, end
    longest = RUNIN_BOLD_MAX if bold and "**" in norm[end:first.end + 3] else RUNIN_MARKED_MAX if first.runin \
        else RUNIN_MAX
    ordinal = _ORDINAL_ASPECT.match(norm, start, end)  # (第六方面，2026年工作打算。: what follows heads it,
    year = None                                         # and a year opening that is no figure)
    if ordinal is not None:
        start = ordinal.end()
        year = _YEAR_OPENS.match(norm, start, end)
    elif bold and longest == RUNIN_BOLD_MAX:  # (a sentence in bold over its paragraph: **2027年，支部将重点做好以下工作。**)
        year = _YEAR_OPENS.match(norm, start, end)
    if norm[first.end - 1] not in _RUNIN_END or not 2 <= end - start <= longest \
            or _DIGIT.search(norm, year.end() if year else start, end):
        return None
    if _hard_wrapped(norm, previous):
        return None  # a line of hard-wrapped text, not the start of a paragraph
    if norm[first.end - 1] == ":" and norm[first.start] in _QUOTES_OPEN and following is not None \
            and following.kind == PARAGRAPH and 2 <= node.end - first.end <= _SUBTITLE_MAX \
            and _PHRASE_END.search(norm, first.end, node.end) is None \
            and following.end - following.start > node.end - node.start:
        # a quoted label and its phrase, the whole line over its paragraph (“清源头”：整治群众身边不正之风和腐败问题;
        # not a page's 相关文档：…, nor 【存在问题：正视差距，找准努力方向】, a label and a slogan of two clauses)
        return start, node.end
    return start, end


#: What opens a quoted label (“强引领”：……) and what ends the phrase after it (a clause's or a sentence's mark).
_QUOTES_OPEN = "“\"「『"
_PHRASE_END = regexstore.lazy(r"[。!?;:,、]|\s")


def _hard_wrapped(norm: str, previous) -> bool:
    """Does the paragraph line before run on into this one (a text broken every N characters)?
    (Not a short line a bullet opens: ▲ 驰而不息转作风，以实际行动取信于民 heads what follows, nor a
    form's field.)"""
    return previous is not None and previous.kind == PARAGRAPH and not previous.aside \
        and norm[previous.end - 1] not in _CONTINUES \
        and not (norm[previous.start] in _BULLETS and previous.end - previous.start <= BARE_MAX) \
        and not front_matter().field_line.match(norm, previous.start, previous.end) \
        and not (previous.end - previous.start <= _CHROME_MAX  # (述职范围：2026年1月至12月; a page's 展开全文,
                 and is_chrome(norm[previous.start:previous.end]))  # a short line: not a PDF's every wrapped one)


#: A page's own line between paragraphs (展开全文, 分享到：微信 微博, an image's caption 图为……) is at most this long.
_CHROME_MAX = 40
#: Text in a table row's other cells (a few Chinese characters in a row: not scores, not 是/否).
_CELL_TEXT = regexstore.lazy(r"[\u4e00-\u9fff]{3}")
#: A row of a table or a form whose first cell is a label (| 政治建设 | …… |, │ 存在问题 │ ……,
#: 政治建设<TAB>……), or whose label follows a number's cell (| 1 | 政治建设 | …… |, 1<TAB>政治建设<TAB>……):
#: the label heads the row (not a Markdown table's rule, |:---:|).
#: (整改方向及2025年打算; a label before what the row checks: 1<TAB>政治建设：落实“第一议题”制度<TAB>……; a header
#: row's first named column: 序号｜2026年整改任务｜具体措施)
_label_cell = None


def _label_cell_re():
    """The label cell's pattern (built on first use: a table's number column's
    header, 序号, is front-matter.yaml's ``number-columns``)."""
    global _label_cell
    if _label_cell is None:
        _label_cell = regexstore.compile(
            r" *[|│┃] *(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3}) *[|│┃] *)?([^|│┃\t\d\s:\-][^|│┃\t\s:\-]{1,15}) *[|│┃]"
            r"|(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\t)?([^|│┃\t\d\s,。:;][^|│┃\t\s,。:;]{1,15})(?::[^\t\n:]{0,40})?\t"
            # (or aligned by runs of spaces, a row of three cells or more: 1    政治建设    落实……    全年……; not a
            # byline, 云溪县第二实验小学  罗雅琴, nor a form's fields, 姓名：林海燕　　性别：女)
            r"|(?:\d{1,2}  +)?([^|│┃\t\d\s,。:;][^|│┃\t\s,。:;]{1,15})  +(?=\S[^\n]*?\S  +\S)"
            # (a table's header row under no heading: 序号｜存在的问题｜具体表现)
            r"|(?:" + "|".join(front_matter().number_columns) + r") *(?:[|│┃\t]|  ) *([^|│┃\t\s,。:;]{2,16}) *(?:[|│┃\t]|  )")
    return _label_cell


#: A paragraph opened by the aspect it is about, as a label before a comma
#: (在把方向、强学习方面，…… / 思想建设方面，…… / 在班子建设上，…… / 作风建设上，……); not 在此基础上,
#: nor an adverb's 上 (总体上，…… / 很大程度上，…… / 从根本上，……: front-matter.yaml's aspect-adverbs).
#: (Not an ordinal: 第六方面，2026年工作打算。…… is headed by what follows it.)
_ASPECT = regexstore.compile(r" *(?:\*\*)?(?:在(?![此这该其])([^,。:;!?“”*]{2,16})(?:方面|上)"
                             r"|(?!第[一二三四五六七八九十]{1,3}方面)([^,。:;!?“”*]{2,20})方面"
                             r"|(?![从在])([^,。:;!?“”*\s]{3,10})上)"
                             r"(?:\*\*)?[,:]")  # (**在政治建设上**，……)


def _said_again(doc, node) -> bool:
    """Is the short line ``node`` found word for word on another line of the document?"""
    said = doc.cache.get("short-lines")
    if said is None:
        norm = doc.norm
        said = doc.cache["short-lines"] = Counter(
            norm[n.start:n.end] for n in doc.nodes if n.kind == PARAGRAPH and n.end - n.start <= BARE_MAX
            and n.aside != CONTENTS)  # (a 目录's line: the heading it lists is said once)
    return said[doc.norm[node.start:node.end]] >= 2


def _bare(doc, node, previous, following) -> tuple[int, int] | None:
    """The span of a heading line without a number (the number was Word's own
    list numbering, lost when the text was copied): a short line without a
    sentence end, between a finished sentence and a longer paragraph."""
    if node.kind != PARAGRAPH or node.aside or following is None or following.kind != PARAGRAPH:
        return None
    norm = doc.norm
    start, end = node.start, node.end
    while start < end and norm[start] in _DECORATION:
        start += 1
    boxed = norm[start:start + 1] in _BARS and norm[end - 1] in _BARS
    if boxed:  # (a form's label in its box: │存在的问题（必填）│ — a cell, never a line of hard-wrapped text)
        start, end = start + 1, end - 1
        hint = next((h for h in front_matter().form_hints if norm.endswith(h, start, end)), None)
        if hint is not None:
            end -= len(hint)
    field = _field_item(norm, start, end)  # a form's row named by its item: 检查项目：（一）政治建设, 对照事项一：政治建设
    if field is not None:
        start = field.end()
    # (a one-character label in brackets: 【德】 【能】 over a civil servant's appraisal paragraphs)
    label = end - start == 3 and norm[start] == "【" and norm[end - 1] == "】"
    if not (3 if label else 4) <= end - start - norm.count("\n", start, end) <= BARE_MAX or _counts(norm, start, end) \
            or field is None and front_matter().field_line.match(norm, start, end):
        return None  # (a form's field or a byline: 述职人：…)
    if is_chrome(norm[start:end]):
        return None  # (a page's own line between two parts: 展开全文)
    if field is None and _said_again(doc, node):
        return None  # (a watermark between the paragraphs, 内部资料 注意保密, found there and there again; not a form's field)
    last = end
    while last > start and norm[last - 1] in _CLOSING and norm.find(_CLOSING[norm[last - 1]], start, last - 1) >= 0:
        last -= 1  # a quoted term or a title closing the line (“一体推进“三不腐””), not a quoted sentence
    if last - start < (2 if label else 4) or norm[last - 1] in _BARE_NOT_END and not (
            norm[last - 1] == "?" and last - start >= _BARE_QUESTION) and not (  # 基层党组织是否真正成为坚强战斗堡垒？
            norm[last - 1] == "。" and (_SLOGAN_PAIR.fullmatch(norm, start, last)  # 强化理论武装，筑牢思想根基。
                                       and (norm.count("\n", previous.end if previous is not None else 0, node.start) >= 2
                                            and norm.count("\n", node.end, following.start) >= 2
                                            or _slogan_lines(doc) >= SLOGANS_MIN)
                                       # (one phrase alone: 持续纠治“四风”。 after a finished paragraph)
                                       or _SHORT_HEAD.fullmatch(norm, start, last) and previous is not None
                                       and norm[previous.end - 1] in _SENTENCE_ENDS  # (not 再说说不足。 over 一是……)
                                       and (not RUNIN_MARKER.match(norm, following.start, following.end)
                                            or _slogan_lines(doc) >= SLOGANS_MIN))):
        return None
    # A line opened by a bullet (■ 一年来主要工作 / ● 坚持党委把方向…): the bullets are its marks,
    # so the lines around it may be short (the next bullet's heading, a short item).
    bulleted = norm[node.start] in _BULLETS and start > node.start
    # (a line of Word's outline over a deeper one: 从严从实抓纪律建设 / ⇥强化日常监督, levels in tabs alone)
    outline = _indent(norm, following.start) > _indent(norm, node.start)
    table = _cells(norm, following.start, following.end)  # (a label over a table: 整改措施清单 /
    # 序号｜整改措施｜… or 问题⇥原因⇥整改措施, or over a form's box of text: │2025年，本人……│)
    if not bulleted and not outline and not table and not _stacked(doc, following) and (
            following.end - following.start < 2 * (end - start) or norm[following.end - 1] not in _CONTINUES
            and not _wrapped_after_label(norm, start, end, following) and not _folded(doc, following)):
        return None
    bold = norm.startswith("**", node.start) and norm.endswith("**", node.start, node.end)  # (a whole line in bold)
    if previous is not None and previous.kind == PARAGRAPH and norm[previous.end - 1] not in _CONTINUES and not boxed \
            and norm.count("\n", previous.end, node.start) < 2 \
            and not bold and not (bulleted and norm[previous.start] in _BULLETS) \
            and not (previous.end - previous.start <= _LABEL_LINE and _WORDS.fullmatch(norm, previous.start, previous.end)) \
            and not _TOPIC.match(norm, previous.start, previous.end) and not is_chrome(norm[previous.start:previous.end]) \
            and not front_matter().field_line.match(norm, previous.start, previous.end) \
            and not _said_again(doc, previous):
        return None  # a line of hard-wrapped text (not after a blank line, 填报日期：… ⏎⏎ 【政治建设】;
        # not a form's label line: 主要工作情况 over 政治建设,
        # nor a post's line of topics: #金桥这一年# 金桥街道2025年度回顾, over 【存在的短板】, nor a page's chrome:
        # 由 易扫王 扫描创建 over 【组织建设】, nor a form's field: 得分：9.5 over 检查项目：思想建设, nor a watermark
        # found again: 赵立群 6617 2027-01-08 over 深化行业治理　一体推进“三不腐”)
    return start, _subtitled(doc, start, end, following)


def _subtitled(doc, start: int, end: int, following) -> int:
    """Where a heading from ``start`` to ``end`` ends: past the line below when the heading is a slogan of two
    halves (:func:`linter.outline.slogan_halves`) and that line a plain heading over the text (转作风·树形象 /
    作风建设方面 / ……, 谋新篇　再出发 / 聚焦下一步工作 / ……): the two head the part together."""
    norm = doc.norm
    if following is None or not slogan_halves(norm, start, end) or not _stacked(doc, following) \
            or any(c in norm[following.start:following.end] for c in "。,;:!?") \
            or is_chrome(norm[following.start:following.end]):
        return end
    return following.end


def _folded(doc, node) -> bool:
    """Does a page's own line right below ``node`` (展开全文, 广告 · 关闭: a news app's fold) cut its
    paragraph, the text going on below it? Then the paragraph is no line of hard-wrapped text."""
    nodes = doc.nodes
    after = nodes[node.index + 1] if node.index + 1 < len(nodes) else None
    return after is not None and after.kind == PARAGRAPH and is_chrome(doc.norm[after.start:after.end])


#: A table's or a form's cell bars (a form's hint after a field's label, (必填), is front-matter.yaml's form-hints).
_BARS = "|│┃"
_CELL_SEPARATORS = "\t" + _BARS


def _stacked(doc, line) -> bool:
    """Is ``line`` a short line without a sentence end over a paragraph of its own, so that a short line
    right above it heads the two (a form copied cell by cell: 存在问题 / 党建与发展融合不够深 / its text)?"""
    norm, nodes = doc.norm, doc.nodes
    size = line.end - line.start
    if line.kind != PARAGRAPH or not 4 <= size <= BARE_MAX or norm[line.end - 1] in _BARE_NOT_END \
            or line.index + 1 >= len(nodes) or SIGNED_DATE.match(norm, line.start, line.end) \
            or front_matter().field_line.match(norm, line.start, line.end):
        return False  # (not a signature's date under its unit, nor a form's field)
    after = nodes[line.index + 1]
    return after.kind == PARAGRAPH and after.end - after.start >= max(2 * size, LEAD_BODY_MIN) \
        and norm[after.end - 1] in _CONTINUES


#: A form's field whose value is a numbered item (检查项目：（一）政治建设 over 自查情况：……), or the item itself
#: named by the form's list (对照事项一：政治建设 over 对照要求：…… 落实情况：……): the item heads the row.
_NUMBERED_FIELD = regexstore.compile(r"[^:\n]{2,8}: *(?=\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}、)")


def _field_item(norm: str, start: int, end: int | None = None):
    """The match of a form's field before the item its row is about: a numbered item (:data:`_NUMBERED_FIELD`) or
    one the form's own field names (front-matter.yaml's item-fields: 对照事项一：政治建设); None for any other line."""
    end = len(norm) if end is None else end
    return _NUMBERED_FIELD.match(norm, start, end) or front_matter().item_field.match(norm, start, end)
#: A run-in paragraph numbered by an ordinal word (第一，旗帜鲜明讲政治。).
_RUNIN_ORDINAL = regexstore.compile(r" *第[一二三四五六七八九十]{1,3}[,、:]")
_BARE_NOT_END = "。!?;:,、)”’\"'】》」』"
#: A heading of two short phrases, ended by a full stop (强化理论武装，筑牢思想根基。; 持续纠治“四风”，锲而不舍抓作风
#: 建设。), set apart by blank lines: a heading line all the same (not 对照县委要求，我局……仍存在一些不足。).
_SLOGAN_PAIR = regexstore.lazy(r"[^,。;:!?\s]{4,10},[^,。;:!?\s]{4,10}。")
_SHORT_HEAD = regexstore.lazy(r"[^,。;:!?\s]{4,10}。")
#: A text with at least this many lines of two short phrases ended by a full stop, each over a longer paragraph
#: (改革创新增动能，审批服务再提速。 / 平台建设筑支撑，智慧政务再升级。 / …), heads its parts with such lines: blank
#: lines around them or not, and a short one over a list of 一是…… too (短板弱项仍需补齐。).
SLOGANS_MIN = 3
_SLOGAN_PAIR_MAX = 22  # (the longest line :data:`_SLOGAN_PAIR` matches: two phrases of ten, a comma and a full stop)


def _slogan_lines(doc) -> int:
    """How many of ``doc``'s paragraphs are two short phrases ended by a full stop over a longer paragraph."""
    count = doc.cache.get("slogan lines")
    if count is None:
        norm, count = doc.norm, 0
        paragraphs = [n for n in doc.nodes if n.kind == PARAGRAPH]
        for node, following in zip(paragraphs, paragraphs[1:]):
            if node.end - node.start <= _SLOGAN_PAIR_MAX and _SLOGAN_PAIR.fullmatch(norm, node.start, node.end) \
                    and following.end - following.start >= 2 * (node.end - node.start):
                count += 1
        doc.cache["slogan lines"] = count
    return count


_SENTENCE_ENDS = "。!?"
#: A line of hard-wrapped text (a PDF's) is at least this long: a heading line may precede one.
_WRAPPED_MIN = 20
#: A post's line that opens with a topic (#金桥这一年# …): no sentence of the report.
_TOPIC = regexstore.lazy(r" *#[^#\s]{1,20}#")
#: A label line of a form, in words alone (政治建设, 下一步打算; not 举报/认领), or a table's 序号 cell copied
#: as a line of its own (1 over 政治建设 over its text).
_WORDS = regexstore.lazy(r"[\u4e00-\u9fff、]+|[0-9]{1,2}")
#: ... at most this long (a line of hard-wrapped text is longer).
_LABEL_LINE = 12


def _wrapped_after_label(norm: str, start: int, end: int, following) -> bool:
    """Is ``following`` the first line of a hard-wrapped text (a PDF's cell broken every N
    characters) under a label line in words alone (or in brackets: 【思想建设】)?"""
    if norm[start] == "【" and norm[end - 1] == "】":
        start, end = start + 1, end - 1
    return following.end - following.start >= _WRAPPED_MIN and _WORDS.fullmatch(norm, start, end) is not None
#: A question is a heading line from this many characters (明年怎么干？; 为什么？ is a sentence of a speech).
_BARE_QUESTION = 6
#: A closing mark → its opening partner.
_CLOSING = {"”": "“", "’": "‘", "》": "《", "」": "「", "』": "『", "】": "【", ")": "("}


def _inline(doc, node, flat: bool, expected: int = 1, colon: bool = False,
            alone: bool = False) -> list[tuple[int, int, int, int]]:
    """Parts numbered inline in a long paragraph (a scrape that lost its line
    breaks): [(level, number start, head start, head end)], level 1 for 一、
    and 2 for the （一） inside one. Only numbers that follow one another
    (一、二、三、…; （一）（二）… restarting in each part) and that open a
    sentence count, so the 一、 of 统一、规范 never does. In a ``flat`` text
    (no numbered heading at all) a number also opens a sentence after a colon
    or a gap of white space (“报告如下： 一、强化政治引领 坚持……”), a
    heading ends at such a gap, and （一）… alone may number the parts; in a
    text with headings only 一、 after a sentence end (。！？；) counts.
    ``expected`` > 1: the line continues a sequence the lines before it
    began (四、五、 after a line that held 一、二、三、, or 八、 inside the
    line of the heading 七、): one number is enough. ``alone``: the line is
    followed by the heading 二、, so its 一、 alone is a part."""
    norm = doc.norm
    if node.end - node.start < (INLINE_MIN if expected == 1 else INLINE_MIN // 2):
        return []
    from linter.numerals import from_chinese, to_chinese

    if expected > 1:
        if norm.find(to_chinese(expected) + "、", node.start, node.end) < 0:
            return []
    elif node.kind != PARAGRAPH or norm.find("二、", node.start, node.end) < 0 and not alone and not (
            flat and norm.find("(二)", node.start, node.end) >= 0):
        return []
    continued = expected > 1
    markers = []  # (level, number start, head start)
    expected_sub = 1
    for m in (_INLINE_FLAT if flat else _INLINE_COLON if colon else _INLINE).finditer(norm[node.start:node.end]):
        group = (2 if m.group(2) is not None else 3) if flat else 2
        top, sub = m.group(1), m.group(group) if flat else None
        if top is not None and from_chinese(top) == expected:
            markers.append((1, node.start + m.start(1), node.start + m.end()))
            expected, expected_sub = expected + 1, 1
        elif sub is not None and from_chinese(sub) == expected_sub:
            markers.append((2, node.start + m.start(group) - 1, node.start + m.end()))
            expected_sub += 1
    if continued:
        first = next((i for i, m in enumerate(markers) if m[0] == 1), None)
        if first is None:
            return []
        markers = markers[first:]  # （一） before it: items of the part the line continues
    elif sum(1 for level, _, _ in markers if level == 1) < (1 if alone else 2):
        markers = [(1, start, head) for level, start, head in markers if level == 2 and expected == 1]
        if len(markers) < 2:
            return []
    elif markers[0][0] == 2:
        first = next(i for i, m in enumerate(markers) if m[0] == 1)
        markers = markers[first:]  # （一） before the first 一、: items of the preamble
    return _headed(norm, markers, node.end, _HEAD_END if flat else _SENTENCE_END)


def _headed(norm: str, markers, end: int, head_end) -> list[tuple[int, int, int, int]]:
    """Each inline number's heading: [(level, number start, head start, head end)] for ``markers`` [(level, number
    start, head start)], a head running to ``head_end`` (a sentence's end) within :data:`INLINE_HEAD` characters
    and before the next number (the last one's: before ``end``)."""
    parts = []
    for number, (level, start, head) in enumerate(markers):
        limit = markers[number + 1][1] if number + 1 < len(markers) else end
        reach = min(head + INLINE_HEAD, limit)
        stop = head_end.search(norm, head, reach)
        parts.append((level, start, head, stop.start() if stop else reach))
    return parts


#: A heading's own kind of number run on inside its line, or inside the paragraph above the heading, each opening a
#: sentence (a text that lost its line breaks: 1.在政治建设上，……；2.在思想建设上，……; ……。（一）党的政治建设：……
#: above the heading （三）; ①抓政治建设，……。②抓思想建设，……): by the marker's kind, the number in group ``n``.
_FAMILIES = {
    "paren-cn": r"\((?P<n>[一二三四五六七八九十]{1,2})\)",
    "paren-num": r"\((?P<n>\d{1,2})\)",
    "decimal": r"(?P<n>\d{1,2})[.、](?![\d.])",
    "circled": r"(?P<n>[①-⑳])",
}
_family_rx: dict[str, re.Pattern] = {}


def _family(marker: str) -> str | None:
    """The kind of a heading's marker among :data:`_FAMILIES` ((一) (1) 1. ①), else None."""
    if marker.startswith("(") and marker.endswith(")") and len(marker) >= 3:
        return "paren-num" if marker[1:-1].isdigit() else "paren-cn" if not marker[1:-1].isascii() else None
    if marker[:1].isdigit() and marker.endswith((".", "、")) and marker[:-1].isdigit():
        return "decimal"
    if len(marker) == 1 and "①" <= marker <= "⑳":
        return "circled"
    return None


def _numbered_on(norm: str, start: int, end: int, family: str, expected: int) -> list[tuple[int, int, int, int]]:
    """The numbers ``expected``, ``expected`` + 1 … of ``family`` that open a
    sentence in ``norm[start:end]``: [(1, number start, head start, head end)]
    as :func:`_inline` gives them."""
    from linter.numerals import to_chinese

    first = (f"({to_chinese(expected)})",) if family == "paren-cn" else (f"({expected})",) if family == "paren-num" \
        else (f"{expected}.", f"{expected}、") if family == "decimal" else (chr(0x2460 + expected - 1),)
    if all(norm.find(literal, start, end) < 0 for literal in first):
        return []  # (the first number looked for is nowhere: most headings' text)
    rx = _family_rx.get(family)
    if rx is None:
        rx = _family_rx[family] = regexstore.compile(r"(?<=[。!?;:])[ \t]*(?:\*\*)?(?P<m>" + _FAMILIES[family] + ")")
    markers = []
    for m in rx.finditer(norm, start, end):
        if marker_number(m.group("n")) == expected:
            markers.append((1, m.start("m"), m.end()))
            expected += 1
    return _headed(norm, markers, end, _SENTENCE_END)


def _attach(parts, depth: int, parent, roots: list, stop: int) -> None:
    """Make the parts :func:`_run_on` found sections of ``depth`` under ``parent`` (or parts of the report)."""
    for number, (_, at, head, head_end) in enumerate(parts):
        part_stop = parts[number + 1][1] if number + 1 < len(parts) else stop
        section = Section("inline", at, head_end, (head, head_end), (head_end, part_stop), part_stop)
        section.depth = depth
        (parent.children if parent is not None else roots).append(section)


#: The first number of a list of each kind, wherever it stands (not the 1 of 11. or 2021.).
_FIRST_NUMBER = {"paren-cn": r"\(一\)", "paren-num": r"\(1\)", "decimal": r"(?<![\d.])1[.、](?!\d)", "circled": "①"}
_first_number_rx: dict[str, re.Pattern] = {}  # (compiled when first read: most checks never do)


def _restarts(norm: str, start: int, end: int, family: str) -> bool:
    """Does a list of ``family`` start over (its number 1) in ``norm[start:end]``?"""
    rx = _first_number_rx.get(family)
    if rx is None:
        rx = _first_number_rx[family] = regexstore.compile(_FIRST_NUMBER[family])
    return rx.search(norm, start, end) is not None


def _next_sibling(nodes, position: int, node):
    """The next heading of ``node``'s level under the same parent, None when a
    heading above it or the end comes first."""
    for other in nodes[position + 1:]:
        if other.kind == HEADING and other.level <= node.level:
            return other if other.level == node.level and other.parent == node.parent else None
    return None


def _run_on(doc, nodes, position: int, node, following) -> tuple[list, object, int, int] | None:
    """A heading's own kind of number run on inside its line and the
    paragraphs under it (its next siblings; the heading after them goes on
    from the last), or inside the paragraphs just above a heading, from the
    first of them (its first siblings: the heading's number goes on from
    them): the parts, the heading whose siblings they are, the position of
    the last line read and that of the line the first part opens in (a text
    that lost some of its line breaks)."""
    norm = doc.norm
    if node.kind == HEADING:
        anchor, expected = node, (node.number or 0) + 1
        spans, last = [(node.title_start, node.end)], position
        while last + 1 < len(nodes) and nodes[last + 1].kind == PARAGRAPH and nodes[last + 1].parent == node.index:
            last += 1
            spans.append((nodes[last].start, nodes[last].end))
    else:
        last = position
        while last + 1 < len(nodes) and nodes[last + 1].kind == PARAGRAPH and nodes[last + 1].parent == node.parent:
            last += 1
        anchor = nodes[last + 1] if last + 1 < len(nodes) else None
        if anchor is None or anchor.kind != HEADING or (anchor.number or 0) < 2 or anchor.parent != node.parent:
            return None
        expected = 1
        spans = [(n.start, n.end) for n in nodes[position:last + 1]]
    family = _family(anchor.marker)
    if family is None or sum(end - start for start, end in spans) < INLINE_MIN // 2:
        return None
    parts = []
    first = position
    read = position if node.kind == HEADING else last
    for i, (start, end) in enumerate(spans):
        found = _numbered_on(norm, start, end, family, expected)
        if node.kind == HEADING and i and _restarts(norm, start, found[0][1] if found else end, family):
            break  # (a list of its own below the heading: 存在问题⇥1.……；2.……)
        if found and not parts and node.kind == PARAGRAPH:
            first = position + i  # (the paragraphs read are nodes[position:], one span each)
        if found and node.kind == HEADING:
            read = position + i
        parts.extend(found)
        expected += len(found)
    if not parts:
        return None
    last = read
    if node.kind == HEADING:
        after = _next_sibling(nodes, last, node)
        if after is not None and after.number != expected:
            return None
    elif expected != anchor.number:
        return None
    return parts, anchor, last, first


def _adverbial(aspect) -> bool:
    """Is an :data:`_ASPECT` match's ``……上，`` an adverb's (总体上，/ 很大程度上，), not an aspect's?"""
    return aspect.lastindex == 3 and aspect.group(3).endswith(front_matter().aspect_adverbs)


def _aspect_lead(norm: str, node) -> int | None:
    """Where the aspect that opens a heading's text ends (在作风建设上 / 纪律建设方面), else None."""
    aspect = _ASPECT.match(norm, node.title_start, node.end)
    return None if aspect is None or _adverbial(aspect) else aspect.end(aspect.lastindex)


#: The phrase after a heading's semicolon that still heads the part is at most this long (to the next clause's end).
_SEMICOLON_PHRASE = 16


def _heading_end(doc, node, following) -> int:
    """A heading's title, continued on the next line when a hard-wrapped text
    broke it (a short fragment without punctuation follows a long title)."""
    end = node.title_end
    norm = doc.norm
    colon = end + 1 if norm[end:end + 1] == ":" else end if norm[end - 1:end] == ":" else 0
    if colon and end < node.end and colon - node.title_start <= _LABEL_MAX + 1:
        # a short label and its slogan (（一）铸魂：始终把“两个维护”落在审判一线): the whole line heads
        rest = norm[colon:node.end].rstrip(" \t\r")
        if 0 < len(rest) <= _SUBTITLE_MAX and not any(c in rest for c in "。;!?:"):
            return node.start + len(norm[node.start:node.end].rstrip(" \t\r"))
        # (and its first sentence, where its text runs on: （六）“护苗”行动：整治群众身边不正之风和腐败问题。……)
        stop = norm.find("。", colon, node.end)
        if 0 < stop - colon <= _SUBTITLE_MAX and not any(c in norm[colon:stop] for c in ",;!?:") \
                and not _DIGIT.search(norm, colon, stop):  # (a phrase, not a sentence of work: ……同比下降10%。)
            return stop
    if norm[end:end + 1] == ";" and end < node.end:
        # two phrases joined by a semicolon head the part together (（四）锲而不舍落实中央八项规定精神；以铁的纪律护航稳健经营，
        # ……): the second to its clause's end, a phrase without a figure
        stop = _LABELLED_END.search(norm, end + 1, node.end)
        if stop is not None and 2 <= stop.start() - end - 1 <= _SEMICOLON_PHRASE \
                and not _DIGIT.search(norm, end + 1, stop.start()):
            return stop.start()
    if following is not None and following.kind == PARAGRAPH and end == node.end \
            and node.title_end - node.title_start >= 24:
        text = doc.norm[following.start:following.end]
        if len(text) <= 15 and not any(c in text for c in "。;:!?,"):
            return following.end
    if following is not None and norm.startswith("—", following.start) and following.kind == PARAGRAPH \
            and end == node.end and following.end - following.start <= _SUBTITLE_MAX:
        # a ——subtitle on the line below names what a figurative heading is about (四、正风肃纪、清风扑面 /
        # ——驰而不息改作风、严纪律): the two head the part together
        if not any(c in norm[following.start:following.end] for c in "。;!?"):
            return following.end
    if end == node.end:  # (一、抓政治·把方向 / 聚焦政治建设)
        return _subtitled(doc, node.title_start, end, following)
    return end


def _build(doc) -> tuple[list[Section], list, int, dict]:
    """(top-level sections with their sub-sections, body paragraphs, where the
    body begins, the inline-numbered parts of long paragraphs). Cached on the document: every genre's checklist reads the
    same sections."""
    cached = doc.cache.get("sections")
    if cached is not None:
        return cached
    title = doc.title
    nodes = [n for n in doc.nodes if not n.aside and n.kind != TITLE and n is not title]
    depth: dict[int, int] = {}
    for node in nodes:
        if node.kind == HEADING:
            parent = doc.parent_of(node)
            top = parent is None or parent.kind != HEADING or parent is title
            depth[node.index] = 0 if top else depth.get(parent.index, 0) + 1
    ends = _section_ends(doc)
    flat = not depth  # no numbered heading: a scrape that may have lost its line breaks
    narrative = _narratives(doc, nodes, depth)
    by_index = {}
    inline: dict[int, list] = {}  # paragraph index → its inline-numbered parts
    roots: list[Section] = []
    previous = None
    pending_runins: dict[int | None, list[Section]] = {}
    following_number = 0  # the top-level number an inline sequence of the line before expects next
    numbers: dict[int, int] = {}  # id of a run-in section → its marker's number (四是: 4)
    openers: set[int] = set()  # where the lines that open a list of their own start (:func:`_opener`)
    read_to = -1  # the last line a run of parts numbered inline was read from (its text is theirs)
    pending = None  # parts numbered inline in the paragraphs above a heading, from the line the first opens in
    last_row = None  # (number, start) of the last numbered row of a table (2<TAB>特色亮点<TAB>……, | 2 | 特色亮点 | …… |)
    for position, node in enumerate(nodes):
        following = nodes[position + 1] if position + 1 < len(nodes) else None
        if position <= read_to and node.kind == PARAGRAPH:
            previous = node
            continue
        if node.kind == PARAGRAPH and pending is None and (
                previous is None or previous.kind != PARAGRAPH or previous.parent != node.parent):
            pending = _run_on(doc, nodes, position, node, following)  # (read once for a run of paragraphs)
            if pending is not None and depth.get(pending[1].index, HEADING_DEPTH + 1) > HEADING_DEPTH:
                pending = None
        if node.kind == PARAGRAPH and _page_furniture(doc.norm, node):
            continue  # a page's number or footer between two lines of the text (第1页 共4页, — 3 —)
        aspect = None
        if node.index in narrative:
            # a sub-heading's narrative sentence opened by its aspect ((四)在作风建设上，局党组严格执行……):
            # the aspect heads it; any other is an item of a list
            aspect = _aspect_lead(doc.norm, node)
        if node.kind == HEADING and depth[node.index] <= HEADING_DEPTH and not (
                node.index in narrative and aspect is None):
            stop = ends[node.index]
            head_end = aspect or _heading_end(doc, node, following)
            # a heading line that lost the line breaks after it may hold the next parts (七、…。八、…)
            parts = _inline(doc, node, flat, node.number + 1) if depth[node.index] == 0 and node.number else []
            if parts:
                stop = parts[0][1]
            run_on = None if parts else _run_on(doc, nodes, position, node, following)
            if run_on is not None:
                stop = run_on[0][0][1]
                read_to = run_on[2]
            if following is not None and head_end == following.end:
                read_to = max(read_to, position + 1)  # (the line below is the heading's: not a part of its own)
            section = Section("heading", node.start, node.end, (node.title_start, head_end),
                              (head_end, stop), stop)
            section.depth = depth[node.index]
            section.item = _counts(doc.norm, node.title_start, head_end)
            by_index[node.index] = section
            parent = by_index.get(node.parent) if depth[node.index] >= 1 else None
            if parent is not None:
                parent.children.append(section)
            elif depth[node.index] == 0:
                roots.append(section)
            for number, (level, marker, head_start, part_end) in enumerate(parts):
                if level == 1:
                    part_stop = next((p[1] for p in parts[number + 1:] if p[0] == 1), ends[node.index])
                    roots.append(Section("inline", marker, part_end, (head_start, part_end), (part_end, part_stop),
                                         part_stop))
            if run_on is not None and (parent is not None or depth[node.index] == 0):
                _attach(run_on[0], section.depth, parent, roots, ends[node.index])
            following_number = 0
        elif pending is not None and position == pending[3]:
            # the parts before a heading, run into the paragraphs above it (……如下：（一）党的政治建设：……（二）……)
            parts, anchor, read_to, _ = pending
            pending = None
            parent = by_index.get(anchor.parent) if depth[anchor.index] >= 1 else None
            if depth[anchor.index] == 0 or parent is not None:
                _attach(parts, depth[anchor.index], parent, roots, anchor.start)
            following_number = 0
        elif node.kind == PARAGRAPH:
            owner = node.parent if node.parent in by_index else None
            row = _TABLE_ROW.match(doc.norm, node.start, node.end) if doc.norm[node.start] in _ROW_OPENS else None
            if row is not None:
                number = int(row.group(1))
                if owner is not None and last_row is not None and number == last_row[0] + 1 \
                        and last_row[1] < by_index[owner].start:
                    owner = None  # (the next row of a table whose cell above held numbered lines: （二）…… in row 1)
                last_row = (number, node.start)
            first_number = 1
            parts = _inline(doc, node, flat)
            if flat and (not parts or doc.norm[parts[0][1]] == "(") and following is not None \
                    and following.kind == PARAGRAPH and _SECOND_PART.search(doc.norm, following.start, following.end):
                # a page break cut the line of a text that lost its breaks: its 一、 alone (with its （一）…),
                # 二、 on the next line
                alone = _inline(doc, node, flat, alone=True)
                if sum(1 for p in alone if p[0] == 1) == 1:
                    parts = alone
            if not parts and following is not None and following.kind == HEADING and depth.get(following.index) == 0 \
                    and (following.number or 0) >= 2:
                # a line that lost its breaks before the heading 三、 (or 二、): its 一、 may follow a colon
                colon = _inline(doc, node, flat, colon=True, alone=following.number == 2)
                if sum(1 for p in colon if p[0] == 1) == following.number - 1:
                    parts = colon
            if not parts and following_number:
                first_number, parts = following_number, _inline(doc, node, flat, following_number)
            if parts:  # (a sequence of its own starts at 一, one the line continues at the number expected)
                following_number = first_number + sum(1 for p in parts if p[0] == 1)
            if parts:
                inline[node.index] = parts
                group = pending_runins.setdefault(owner, [])
                for number, (level, marker, head_start, head_end) in enumerate(parts):
                    stop = next((p[1] for p in parts[number + 1:] if p[0] <= level), node.end)
                    section = Section("inline", marker, head_end, (head_start, head_end), (head_end, stop), stop)
                    if level == 1:
                        group.append(section)
                    else:  # a （一） of the last 一、
                        parent = group[-1]
                        if not parent.children:
                            parent.body = (parent.body[0], marker)
                        parent.children.append(section)
            else:
                head = _runin(doc, node, previous, owner is not None, following)
                kind = "runin"
                if head is None:
                    head, kind = _bare(doc, node, previous, following), "line"
                listed = pending_runins.get(owner, ())
                last = next((s for s in reversed(listed) if s.kind == "line" or numbers.get(id(s), 0) >= 2), None)
                if head is None and last is not None and last.kind == "runin":  # (after a list, no heading line between)
                    head = _opener(doc, node, following)
                    if head is not None:
                        openers.add(node.start)
                if head is not None:
                    if following is not None and head[1] == following.end:
                        read_to = max(read_to, position + 1)  # (a slogan's plain heading below it: not a part of its own)
                    stop = by_index[owner].stop if owner is not None else len(doc.text)
                    section = Section(kind, node.start, node.end, head, (head[1], stop), stop)
                    pending_runins.setdefault(owner, []).append(section)
                    runin = node.runin_clauses
                    if runin and runin[0].start == node.start:
                        numbers[id(section)] = runin[0].number
        previous = node
    # Run-in sub-sections: at least two under one heading (or one inline group);
    # each runs to the next one.
    for owner, runins in pending_runins.items():
        # numbered inline, by ordinals (第一，… 第二，…) or labelled rows: parts, even above a numbered list
        numbered = any(s.kind == "inline" for s in runins) or sum(
            1 for s in runins if _RUNIN_ORDINAL.match(doc.norm, s.start)) >= 2 or sum(
            1 for s in runins if _label_cell_re().match(doc.norm, s.start) or _field_item(
                doc.norm, s.start)) >= 2  # (a table's rows, a form's: 检查项目：（一）……)
        if len(runins) < 2 and not numbered and not _lone_line(runins, by_index.get(owner), doc):
            continue
        parent = by_index.get(owner)
        continued = _continued(doc, owner, [numbers.get(id(s)) for s in runins])
        if continued is not None:  # (the parts after a drafting seam: siblings of the heading they go on from)
            for section in (by_index.get(i) for i in continued):
                if section is not None:
                    _cut(section, runins[0].start)
            owner = doc.nodes[continued[-1]].parent
            parent = by_index.get(owner)
        elif parent is not None and any(c.kind == "heading" and c.start < _appendix(doc) for c in parent.children):
            continue  # a section with numbered sub-sections: its paragraphs are text (not the numbered list of
            # papers appended after the signature, 1.……清单 / 2.……台账, which the outline hangs under the last part)
        adopted = []
        # (a numbered heading only below the report's signed date — a chat's 第三部分……写100%没问题 under a report of
        # bare heading lines, an appendix's — makes no preamble of the lines above it)
        if parent is None and roots and not numbered and min(r.start for r in roots) < _appendix(doc):
            lost = _numbers_lost(runins, next(n for n in nodes if n.kind == HEADING and depth[n.index] == 0))
            if lost:
                runins = lost
            else:
                adopted = _list_below(runins, roots, nodes, depth, doc.norm)
                if not adopted:
                    continue  # run-ins in the preamble of a report with numbered parts
        end = runins[-1].stop
        for number, section in enumerate(runins):
            if number + 1 < len(runins) and section.kind in ("runin", "line"):
                section.stop = min(section.stop, runins[number + 1].start)
                section.body = (section.body[0], section.stop)
        if (sum(1 for s in runins if s.kind == "line") >= 2 or any(s.start in openers for s in runins)) \
                and any(s.kind == "runin" for s in runins):
            runins = _under_lines(runins, end, doc.norm)
        runins = _over_lines(runins, end, doc.norm)
        runins = _under_openers(runins, end, doc.norm)
        runins = _by_indent(runins, end, doc.norm)
        for section in runins:
            section.depth = 0 if parent is None else parent.depth + 1
            for child in section.children:
                child.depth = section.depth + 1
        if parent is None:
            roots.extend(runins)
        else:
            parent.children.extend(runins)
        if adopted:  # the numbered list is the last line's items
            last = runins[-1]
            roots[:] = [r for r in roots if r not in adopted]
            last.children.extend(adopted)
            last.body = (last.body[0], max(last.body[0], adopted[0].start))
            _deepen(adopted, last.depth + 1)
    roots.sort(key=lambda s: s.start)
    for section in by_index.values():
        if section.children:
            section.children.sort(key=lambda s: s.start)
            section.body = (section.body[0], max(section.body[0], section.children[0].start))
    first = roots[0].start if roots else 0
    paragraphs = [n for n in nodes if n.kind == PARAGRAPH]
    result = (roots, paragraphs, first, inline)
    doc.cache["sections"] = result
    return result


def _lone_line(runins: list, owner, doc) -> bool:
    """A bare heading line alone under a numbered heading, after text of its own
    (5.坚持严管严治…… / its paragraphs / 整治群众身边不正之风和腐败问题 / its paragraphs):
    the number a drafter did not type, a part of its own."""
    if len(runins) != 1 or runins[0].kind != "line" or owner is None:
        return False
    between = doc.norm[owner.body[0]:runins[0].start]
    return any(mark in between for mark in _SENTENCE_ENDS)


def _continued(doc, owner: int | None, numbers: list) -> list[int] | None:
    """A run of run-ins numbered on from a heading above them ((三)组织建设 … 5.推动党建与生产
    经营深度融合。 / 四是驰而不息纠治“四风”，…… 五是…… 六是……: the last parts, drafted by another
    office as run-ins): the indexes of the headings from ``owner`` up to that one, else None."""
    numbered = [number for number in numbers if number is not None]  # (not 在纠治形式主义官僚主义上，…… between)
    first = numbered[0] if numbered else 0
    if owner is None or first < 2 or numbered != list(range(first, first + len(numbered))):
        return None
    chain = []
    node = doc.nodes[owner]
    while node is not None and node.kind == HEADING:
        chain.append(node.index)
        if node.number == first - 1 and len(chain) >= 2:
            return chain
        node = doc.parent_of(node)
    return None


#: How an item of a list ends (a sentence), not a heading over its own paragraphs.
_ITEM_END = "。;!"


def _list_below(runins: list[Section], roots: list[Section], nodes, depth: dict, norm: str) -> list[Section]:
    """The numbered parts of a report whose parts are heading lines without a
    number (一季度工作回顾 / 问题与不足 / 下季度工作计划) when they are the items of its
    last such line (1.开展……。 … 5.加强……。 under 下季度工作计划): at least two lines above
    them, no part numbered 一、, every numbered part below the last line and a
    sentence of its own (not a heading over paragraphs: 1．在强化政治建设上). Else none. (Also a form's rows
    labelled in the line, 下一步工作措施：1.……4.…… over 5.……。6.……: the list they continue is the last row's.)"""
    lines = [s for s in runins if s.kind in ("line", "runin")]
    if len(lines) < 2 or runins[-1] is not lines[-1] or any(
            r.start < lines[-1].end or norm[r.end - 1] not in _ITEM_END and not _cells(norm, r.start, r.end) for r in roots) \
            or any(n.level < 2 for n in nodes if n.kind == HEADING and depth[n.index] == 0):
        return []
    return sorted(roots, key=lambda s: s.start)


def _cells(norm: str, start: int, end: int) -> bool:
    """Is ``norm[start:end]`` a table's row, its cells apart by tabs or bars (1.理论学习与推动工作结合不够紧密⇥部分村干部……⇥
    2026年6月: in a list, an item as a sentence is; under a line, the table that line labels)?"""
    return any(norm.find(bar, start, end) >= 0 for bar in _CELL_SEPARATORS)


#: Heading lines without a number above a report's 一、 that make them parts of their own (:func:`_numbers_lost`).
UNNUMBERED_MIN = 4


def _numbers_lost(runins: list[Section], first) -> list[Section]:
    """The first parts of a report whose first numbered part (``first``, a heading node) is 五、
    (or 三、…), when exactly as many heading lines without a number stand above it (坚持政治引领，
    全面加强党的领导 / 深化理论武装，筑牢思想防线 / … / 五、严明纪律规矩，…: the numbers lost in a
    copy): those lines, with what runs in below each, up to it. Else none. So too when the first numbered part is
    一、 and at least :data:`UNNUMBERED_MIN` heading lines stand above it: the parts on the work, headed by slogans
    that carry no number (党建领航　方向更加鲜明 / 思政铸魂　信念更加坚定 / … / 一、存在的问题 / 二、下一步工作计划)."""
    expected = (first.number or 0) - 1 if first.level == 1 else 0
    lines = [s for s in runins if s.kind == "line" and s.start < first.start]
    if expected == 0 and first.level == 1 and first.number == 1 and len(lines) >= UNNUMBERED_MIN:
        expected = len(lines)
    if expected < 2 or len(lines) != expected:
        return []
    kept = [s for s in runins if lines[0].start <= s.start < first.start]
    for section in kept:
        _cut(section, first.start)
    return kept


def _cut(section, at: int) -> None:
    """End ``section`` (and its own text) at ``at`` at the latest."""
    section.stop = min(section.stop, at)
    section.body = (section.body[0], min(section.body[1], section.stop))


def _deepen(sections: list[Section], level: int) -> None:
    for section in sections:
        section.depth = level
        _deepen(section.children, level + 1)


def _opener(doc, node, following) -> tuple[int, int] | None:
    """The span of a short paragraph ending in a colon right above a list that starts again at its first item,
    after a list above it (对新一届社区党委的工作，我们提几点建议： / 第一、坚持党建引领不放松。…… below 第一、……第七、,
    the work done): that list's heading line, or None."""
    norm = doc.norm
    if following is None or following.kind != PARAGRAPH or node.end - node.start > _ANNOUNCES_MAX \
            or norm[node.end - 1] != ":":
        return None
    runin = following.runin_clauses
    if not runin or runin[0].start != following.start or runin[0].number != 1:
        return None
    return node.start, node.end - 1


def _under_lines(runins: list[Section], end: int, norm: str) -> list[Section]:
    """Heading lines without a number (【问题与不足】) each with a run-in
    paragraph right below it: the line heads the run-ins that follow it, as
    a heading does (else the line's part would end at the first of them and
    read as too short). A run-in after a line's own text stays a part of its
    own (……【立规明矩】 / 坚持有腐必反…… / 回顾一年工作，……也清醒地看到……), but not after
    one short sentence that opens them (新的一年，支部将重点抓好以下工作。), nor a list that starts
    at 一是 (:func:`_first_item`) or goes on from the line's text (一是……三是…… / 四是……)."""
    top: list[Section] = []
    for section in runins:
        line = top[-1] if top and top[-1].kind == "line" else None
        between = norm[line.end:section.start].strip() if line is not None else ""
        if section.kind != "line" and line is not None and (
                line.children or not between or _opens_items(between) or _first_item(norm, section.start)
                # (nor an item that goes on from the list the line's text holds: 一是……三是…… / 四是……)
                or RUNIN_MARKER.match(norm, section.start) and RUNIN_MARKER.match(between)):
            line.children.append(section)
        else:
            top.append(section)
    return _restopped(top, end)


def _over_lines(runins: list[Section], end: int, norm: str) -> list[Section]:
    """Heading lines without a number each right above another one (a form copied cell by cell: its
    category, 存在问题, over each point's line, 党建与发展融合不够深, over the point's text), at least
    :data:`OVER_LINES_MIN` of them, each named once: each heads the lines below it up to the next such pair
    (else it would end where its first point begins and read as empty)."""
    heads = {i for i in range(len(runins) - 1) if runins[i].kind == "line" and runins[i + 1].kind == "line"
             and not norm[runins[i].end:runins[i + 1].start].strip()}
    names = [norm[runins[i].head[0]:runins[i].head[1]] for i in heads]
    if len(heads) < OVER_LINES_MIN or len(set(names)) < len(names):
        return runins  # (a category repeated on every row, a merged cell copied: the rows are the parts)
    first = min(heads)
    top: list[Section] = []
    for i, section in enumerate(runins):
        if i < first or i in heads:
            top.append(section)  # (the lines above the first category stay parts of their own)
        else:
            top[-1].children.append(section)
    return _restopped(top, end)


#: The fewest category lines that make a form's lines two levels deep (:func:`_over_lines`).
OVER_LINES_MIN = 2


#: How near its full stop a sentence names the list it announces (……重点抓好以下工作。; the words: the front
#: matter's ``list-words``).
_LIST_WORD_BEFORE = 12


def _opens_list(norm: str, start: int, at: int) -> bool:
    """Does the text ``norm[start:at]`` (spaces after it aside) end in a colon, or in a sentence that
    announces a list (……重点抓好以下工作。)? Plain string tests: this is asked of most run-ins."""
    while at > start and norm[at - 1] in " \t\n":
        at -= 1
    if at <= start or norm[at - 1] not in ":。":
        return False
    if norm[at - 1] == ":":
        return True
    tail = norm[max(start, at - 1 - _LIST_WORD_BEFORE):at - 1]
    return any(word in tail and not any(mark in tail[tail.rfind(word):] for mark in "。:")
               for word in front_matter().list_words)


def _under_openers(runins: list[Section], end: int, norm: str) -> list[Section]:
    """A run-in whose text ends in a colon over a list (明年打算：2026年，街道党工委将……重点抓好以下工作： /
    一是压实责任链条…… / 五是……) heads the items below it, from 一是 on, as a heading would: they are its
    points, not parts of their own (四是加强统一战线工作 among the plans names no part the unit did)."""
    top: list[Section] = []
    for section in runins:
        head = top[-1] if top else None
        if head is not None and head.kind == "runin" and section.kind == "runin" and (
                _opens_list(norm, head.start, section.start) and _first_item(norm, section.start)
                if not head.children else RUNIN_MARKER.match(norm, section.start) is not None):
            head.children.append(section)
        else:
            top.append(section)
    return _restopped(top, end) if len(top) < len(runins) else runins


def _restopped(top: list[Section], end: int) -> list[Section]:
    """``top`` (sections that took the ones below them as children), each
    running to the next, the last to ``end``; its own text up to its first child."""
    for number, section in enumerate(top):
        section.stop = top[number + 1].start if number + 1 < len(top) else end
        section.body = (section.body[0], section.children[0].start if section.children else section.stop)
    return top


def _indent(norm: str, start: int) -> int:
    """The tabs that open the line ``start`` is on, before it."""
    at = start
    while at > 0 and norm[at - 1] == "\t":
        at -= 1
    return start - at if at == 0 or norm[at - 1] == "\n" else 0


def _by_indent(runins: list[Section], end: int, norm: str) -> list[Section]:
    """Heading lines without numbers that Word's outline levels set apart by
    tabs alone (从严从实抓纪律建设 / ⇥强化日常监督 / ⇥⇥……): a line heads the
    more indented lines that follow it. Only where at least two lines stand
    at the outermost indent and some line deeper."""
    lines = [s for s in runins if s.kind == "line"]
    if len(lines) < 3 or any(s.children for s in runins):
        return runins
    indents = {id(s): _indent(norm, s.start) for s in runins}
    outer = min(indents.values())
    if sum(1 for s in runins if indents[id(s)] == outer) < 2 or all(i == outer for i in indents.values()):
        return runins
    top: list[Section] = []
    for section in runins:
        if indents[id(section)] > outer and top and top[-1].kind == "line":
            top[-1].children.append(section)
        else:
            top.append(section)
    return _restopped(top, end)


def _first_item(norm: str, start: int) -> bool:
    """Does the first of a run-in list (一是……) open the paragraph at ``start``? It is an item of the
    line above, after any text between (▲ 直面问题找差距 / 对照……还存在以下问题。 / 一是……)."""
    while norm[start:start + 1] in (" ", "\t"):
        start += 1
    found = RUNIN_MARKER.match(norm, start)
    return found is not None and marker_number(found.group()) == 1


#: A sentence that opens a list of run-in items below a heading line is at most this long.
_OPENS_MAX = 30


def _opens_items(text: str) -> bool:
    """Is ``text``, between a heading line and a run-in paragraph, one short
    sentence that opens the items (新的一年，村党支部将重点抓好以下工作。)?"""
    return len(text) <= _OPENS_MAX and "\n" not in text and text[-1] in "。:" \
        and not any(mark in text[:-1] for mark in "。;!?:")


def _narrative(norm: str, node) -> bool:
    """Is a numbered sub-heading's title a sentence of narrative (1. 支部书记、所长王建国带头履行第一责任人
    职责，年初召开支委会对全年工作进行了分工，……。: an item of a list, text of its part) rather than a
    heading (（一）坚持以习近平新时代中国特色社会主义思想为指导，持续深化理论武装)?"""
    end = node.title_end
    while end > node.title_start and norm[end - 1] in _RUNIN_END + " ":
        end -= 1
    return end - node.title_start > NARRATIVE_MIN and norm.find(",", node.title_start, end) >= 0


def _narratives(doc, nodes, depth: dict) -> set[int]:
    """The indexes of the sub-headings whose titles read as narrative
    (:func:`_narrative`) and that no paragraph follows: items of a list, one
    line each. A long heading of two clauses over paragraphs of its own is a
    heading ((六)坚持以制度建设固本强基，健全完善机关党建和全面从严治党制度体系，
    推动管党治党规范化、长效化。 / its text)."""
    found = set()
    for position, node in enumerate(nodes):
        if node.kind == HEADING and depth[node.index] and _narrative(doc.norm, node):
            following = nodes[position + 1] if position + 1 < len(nodes) else None
            if following is None or following.kind != PARAGRAPH:
                found.add(node.index)
    return found


def _counts(norm: str, start: int, end: int) -> bool:
    """Does the heading text between ``start`` and ``end`` state a figure
    (a digit, but for a year: 2025年工作思路, “奋楫笃行”——2026年工作打算)?"""
    return any(m.group(1) is None for m in _FIGURE.finditer(norm, start, end))


def _section_ends(doc) -> dict[int, int]:
    """Where each heading's section ends (``Document.section_end``, in one pass:
    the open headings are the new heading's ancestors)."""
    ends: dict[int, int] = {}
    open_headings: list = []
    for node in doc.nodes:
        if node.kind != HEADING:
            continue
        while open_headings and open_headings[-1].index != node.parent:
            ends[open_headings.pop().index] = node.start
        open_headings.append(node)
    for node in open_headings:
        ends[node.index] = len(doc.text)
    return ends


def _walk(sections):
    for section in sections:
        yield section
        yield from _walk(section.children)


# --------------------------------------------------------------------------- evaluation


class Found:
    """Where an element was found: ``start``/``end`` span its first line."""

    __slots__ = ("start", "end", "stop", "score", "how", "section", "evidence", "depth", "yields", "nested")

    def __init__(self, start, end, stop, score, how, section=None, evidence=None):
        self.start, self.end, self.stop, self.score, self.how, self.section = start, end, stop, score, how, section
        #: (heading terms, body terms) that gave the score, each {term: weight}
        self.evidence = evidence or ({}, {})
        #: how deep its section sits, as a part of the element: under a vague umbrella, or under
        #: a merged part that names the element first (严明纪律作风 → （二）纪律教育), at its parent's
        self.depth = section.depth if section is not None else 0
        #: its heading names, as strongly, an element that no other heading names and that does not merge with this
        #: one (6. 惩腐肃纪方面 for discipline, beside 5. 纪律严警方面): that one's part first (see ``merges-with``)
        self.yields = False
        #: its section is an item of a part whose heading names another element at least in part, and this one not
        #: (三、以学习教育为牵引，驰而不息正风肃纪 over （六）建章立制): a section that names it as much and is no such item
        #: comes first
        self.nested = False


class Evaluation:
    """The checklist of one document: ``statuses`` ``{id: (status, Found or
    None)}``, and for ``--explain-checklist`` the candidates of each element."""

    def __init__(self, elements, doc):
        self.elements = elements
        self.doc = doc
        self.statuses: dict[str, tuple] = {}
        self.found: dict[str, Found] = {}
        self.roots: list[Section] = []
        self.paragraph_candidates: dict[str, list[Found]] = {e.id: [] for e in elements}

    def candidates(self, element_id: str) -> list[Found]:
        """Every section scored for the element (taken or not) and every
        paragraph that matched, for the explanation."""
        index = next(i for i, e in enumerate(self.elements) if e.id == element_id)
        out = []
        for section in _walk(self.roots):
            if index in section.scores:
                out.append(_found(section, index, "claimed" if index in section.claims else "scored"))
        return out + self.paragraph_candidates[element_id]


def evaluate(elements, doc, segmenter):
    """Return ``{element id: (status, Found or None)}`` for every element."""
    return evaluation(elements, doc, segmenter).statuses


def evaluation(elements, doc, segmenter) -> Evaluation:
    key = ("checklist", tuple(id(e) for e in elements))
    cached = doc.cache.get(key)
    if cached is not None:
        return cached
    result = Evaluation(elements, doc)
    if elements:
        _evaluate(result, elements, doc, segmenter)
    doc.cache[key] = result
    return result


def _evaluate(result: Evaluation, elements, doc, segmenter) -> None:
    norm = doc.norm
    signals = _signals(elements)
    roots, paragraphs, first, inline = _build(doc)
    if roots:  # (a label line right over the first numbered items — 下步计划： / （一）…… — opens what they are)
        lead = next((p for p in reversed(paragraphs) if p.end <= first), None)
        if lead is not None and not norm[lead.end:first].strip() and (
                norm[lead.end - 1] == ":" or lead.end - lead.start <= LEAD_LINE):
            first = lead.start
    year = _report_year(doc) if signals.later_year else None
    if signals.heading_terms is not None and all(s.kind in ("runin", "line") for s in roots):
        # no headings (or only run-in heads): the paragraphs' opening clauses, where they name
        # clearly more parts than the run-in heads do (作风建设上，…… / 上半年，局党组把政治建设……;
        # not where 【政治建设】 … 【制度建设】 head six parts and the leads add one)
        leads = _leads_of_parts(doc, paragraphs, signals, segmenter, year)
        over = LEADS_OVER if any(s.kind == "line" for s in roots) else 1  # (a heading line is stronger than a run-in head)
        if leads and (not roots or _ordinal_parts(doc, leads)
                      or _named(leads) >= _named(roots, signals, doc, segmenter, year) + over):
            roots = leads
    elif signals.heading_terms is not None:
        starts = [node.start for node in paragraphs]  # (in order: a section's paragraphs are a slice of them)
        roots = [_led(section, paragraphs, starts, signals, doc, segmenter, year) for section in roots]
    if (signals.heading_terms or signals.body) and roots:
        result.roots = roots
        for section in _walk(roots):
            _score(section, signals, doc, segmenter, year)
        _assign(roots, elements, (signals, doc))
        _second_choice(roots, elements)
        _shared(roots, elements, (signals, doc))
        _misnested(roots, elements)
        _hinted(roots, elements)
        best: dict[int, Found] = {}
        appended = _appendix(doc)  # (a part of the report before a section of what is appended to it)
        parents = {id(child): section for section in _walk(roots) for child in section.children}
        naming = Counter(i for section in _walk(roots) for i, score in section.headed.items() if score >= THRESHOLD)

        for section in _walk(roots):
            for index in section.claims:
                found = _found(section, index, "claimed")
                # (it yields to a part no other heading names, that this heading names at all: 加强思想教育，巩固拓展
                # 党纪学习教育成果 is the ideological part's, and discipline's place is 严明纪律规矩 below, as strong a heading)
                found.yields = any(other != index and score >= THRESHOLD and naming[other] == 1
                                   and not _merge(elements, index, other) for other, score in section.headed.items())
                # depth counts the parts around it that are about something else: not a vague
                # umbrella (一、履行…职责情况), nor a merged part that names this element first
                found.depth, parent = 0, parents.get(id(section))
                found.nested = parent is not None and parent.headed.get(index, 0) < PARTLY and max(
                    (score for other, score in parent.headed.items() if other != index), default=0) >= PARTLY
                while parent is not None:
                    if parent.named and not _names_first(parent, index):
                        found.depth += 1
                    parent = parents.get(id(parent))
                if index not in best or (found.start < appended, _rank(found)) > (
                        best[index].start < appended, _rank(best[index])):
                    best[index] = found
        for index, found in best.items():
            # a heading that names another part too, if only in a word (七、问题和打算): the part
            # may open further down, where its own opening sentence stands (下半年，局党委将……)
            if elements[index].options["openings"] and sum(
                    1 for score in found.section.headed.values() if score >= NAMED_TOO) >= 2:
                found = _opened_later(found, elements[index].options["openings"], doc, paragraphs, inline)
            elif len(found.section.claims) >= 2 and _named_second(found.section, index, norm, elements):
                found = _named_later(found, index, paragraphs, (signals, doc, segmenter, year))
            result.found[elements[index].id] = found
    # unheaded paragraphs (openings, mentions; start, end), for what no heading names
    body = [p for p in paragraphs if p.end > first or not roots]
    for index, element in enumerate(elements):
        found = result.found.get(element.id)
        if found is not None and sum(found.evidence[0].values()) >= THRESHOLD:
            continue
        # (an element that sits inside others — causes inside problems — is mentioned only at or after them:
        # 帮助分析原因 in the work done, before any problems part or without one, is no cause analysis)
        within = [found.start for other, found in result.found.items() if other in element.options["inside"]]
        mentioned = (min(within) if within else None) if element.options["inside"] else 0
        for candidate in _paragraph_matches(doc, element.options, body, paragraphs, first if roots else 0, inline,
                                            mentioned):
            result.paragraph_candidates[element.id].append(candidate)
            if found is None or _rank(candidate) > _rank(found):
                found = result.found[element.id] = candidate
    for element in elements:
        if not element.options["first-part"]:
            continue
        # (or found only in what follows the signature — a forum's reply under a posted summary, 第五部分把党建
        # 写进工作总结里……: the report's own first part, where it has one)
        found = result.found.get(element.id)
        if found is not None and found.start < _appendix(doc):
            continue
        first_part = _first_part(roots, result, paragraphs, norm, element.options["preamble"])
        if first_part is not None and (found is None or first_part.start < _appendix(doc)):
            found = Found(first_part.start, first_part.end, first_part.stop, 0, "first-part", first_part)
            result.paragraph_candidates[element.id].append(found)
            result.found[element.id] = found
    for element in elements:
        found = result.found.get(element.id)
        if found is None:
            result.statuses[element.id] = (MISSING, None)
            continue
        minimum = element.options["min-chars"]
        if minimum and _substance(norm, found) < minimum:
            result.statuses[element.id] = (WEAK, found)
        else:
            result.statuses[element.id] = (PRESENT, found)




def _appendix(doc) -> int:
    """Where what is appended to a report begins (its 附件 or 附表 after the signature: a 责任清单 with
    numbered headings of its own): the end of the signature's date — a date alone on its line, right
    under a line that ends like a unit's name, below the title (or in the second half of a text without
    one) — when a heading follows it; else the end of the text. A section there names a part only where
    the report itself has none. Found once a document (every genre's checklist reads it)."""
    if "checklist.appendix" not in doc.cache:
        doc.cache["checklist.appendix"] = _appended(doc)
    return doc.cache["checklist.appendix"]


def _appended(doc) -> int:
    norm, nodes = doc.norm, doc.nodes
    title = doc.title
    after = title.end if title is not None else len(norm) // 2
    unit_end = front_matter().unit_end
    for i in range(1, len(nodes)):
        node = nodes[i]
        if node.start <= after or node.kind == TITLE or node.kind == HEADING and not norm.startswith("**", node.start) \
                or not SIGNED_DATE.match(norm, node.start, node.end):
            continue  # (a date in bold is a heading by its marks: **2026年1月10日**)
        above = nodes[i - 1]
        if norm[above.start:above.end].strip(" *").endswith(unit_end) and any(
                other.kind == HEADING for other in nodes[i + 1:]):
            return node.end
    return len(norm)


def _leads_of_parts(doc, paragraphs, signals, segmenter, year) -> list[Section]:
    """A short report without any heading whose paragraphs are its parts,
    each opened by a clause that names it (局党组始终把党的政治建设摆在首位，……
    / 局党组持续深化作风建设，……): a section per paragraph, headed by that
    clause — when at least :data:`LEADS_MIN` of them name different parts
    (else none: a paragraph that names a part in passing is not one)."""
    norm = doc.norm
    sections = []
    expected = 0  # the run-in a paragraph opened by one goes on from (四是 after a lead's 一是……三是……)
    groups: list[list] = []  # [paragraph, end of the last paragraph it spans]
    labels = set()  # (a label line alone over its paragraph: 存在的问题 / 下一步工作打算 in a report of leads)
    labelled = set()  # (their sections' ids: parts of a report of leads, not what makes it one)
    # (a plain speaker's parts, each announced by a short sentence of its own opened by an ordinal, over the
    # paragraphs up to the next: 首先，说说五年来干成的几件事。/ 其次，说说工作中的差距和不足。/ 最后，说说对新一届
    # 班子的几点建议。 — two or more of them: what makes it a report of parts, as leads do)
    ordinal_label = front_matter().ordinal_label
    ordinals = {node.index for node in paragraphs
                if node.end - node.start <= LEAD_MAX and ordinal_label.fullmatch(norm, node.start, node.end)}
    if len(ordinals) < 2:
        ordinals = set()
    labels.update(ordinals)
    for node in paragraphs:
        if _page_furniture(norm, node):
            continue  # (a page's number or footer between two paragraphs, 第 1 页 共 2 页: no label over the next)
        if node.index in ordinals:
            groups.append([node, node.end])
        elif groups and (_CONTINUED_ROW.match(norm, node.start, node.end) or groups[-1][0].index in ordinals):
            groups[-1][1] = node.end  # (a table's row whose first cell is empty: the label above spans it)
        elif groups and groups[-1][0].index in labels and groups[-1][1] == groups[-1][0].end:
            groups[-1][1] = node.end  # (the paragraph below a label line: the label heads it)
        else:
            groups.append([node, node.end])
            if node.end - node.start <= LABEL_LINE_MAX and not _said_again(doc, node) \
                    and not _SENTENCE_END.search(norm, node.start, node.end) \
                    and not _BRACKET_HEAD.match(norm, node.start, node.end) and norm[node.end - 1] != ":" \
                    and not front_matter().field_line.match(norm, node.start, node.end):
                # (not 【严明警纪警规】, a run-in's own; nor an addressee, 区委：; nor a watermark, 内部资料 注意保密;
                # nor a byline's field, 总结人：某某)
                labels.add(node.index)
    for node, end in groups:
        if node.index in labels and end > node.end:
            sections.append(_lead(node, (node.start, node.end), (signals, doc, segmenter, year), end))
            if node.index not in ordinals:
                labelled.add(id(sections[-1]))
            expected = 0
            continue
        if end - node.start < LEAD_BODY_MIN:
            continue
        runin = [c for c in node.runin_clauses if c.runin.endswith("是")]
        opened = bool(runin) and runin[0].start == node.start
        if sections and opened and expected and runin[0].number == expected:
            # (四是…… after 局党组坚持把纪律挺在前面。一是……三是……: the list of the paragraph above, not a part;
            # not 二是在思想建设上，…… after 一是在政治建设上，……, each a part opened by its run-in)
            last = sections[-1]
            last.stop = end
            last.body = (last.body[0], end)
            expected = (runin[-1].number or 0) + 1
            continue
        expected = 0 if opened or not runin else (runin[-1].number or 0) + 1
        start = node.start
        ordinal = _lead_words().match(norm, start, node.end)  # 首先，在政治建设上，…… / 上半年，局党组把……
        if ordinal:
            start = ordinal.end()
        row = _ROW_NUMBER.match(norm, start, node.end) or _PARAGRAPH_NUMBER.match(norm, start, node.end)
        if row:  # (a table's row: 7｜存在的主要问题｜一是……; a paragraph's number the outline left: 3.全系统41个……)
            start = row.end()
        bracket = _BRACKET_HEAD.match(norm, start, node.end)  # (【强基】推进……规范化，: the clause after the label)
        after = bracket.end() if bracket else start
        stop = _LEAD_END.search(norm, after, min(node.end, after + LEAD_MAX + 1))
        if stop is not None and stop.start() - start < 4 and norm[stop.start()] == "," \
                and norm.endswith(_SHORT_ASPECT_ENDS, start, stop.start()):
            # (an aspect named in two characters, 政治上，/ 思想方面，: its first clause too — 政治上，镇党委坚决拥护“两个确立”)
            stop = _LEAD_END.search(norm, stop.end(), min(node.end, stop.end() + LEAD_MAX + 1))
        if stop is not None:
            lead_end = stop.start()
        elif node.end - after > LEAD_MAX:
            # (a long first clause, 支部书记与馆班子成员、各科室负责人签订党风廉政建设责任书，: its first LEAD_MAX characters)
            lead_end = after + LEAD_MAX
        else:
            continue
        if lead_end - start < 4:
            continue
        context = (signals, doc, segmenter, year)
        lead = _lead(node, (start, lead_end), context, end)
        if ordinal and not lead.named:
            # (下半年，街道将紧盯全年目标，……: in a half year's summary the time word names its plans)
            timed = _lead(node, (node.start, lead_end), context, end)
            if timed.named:
                lead = timed
        clauses = _clause_leads(node, lead, context, end) if not node.runin_clauses \
            and norm.count(";", node.start, node.end) >= CLAUSES_MIN - 1 \
            and not any(lead.headed.get(index, 0) >= THRESHOLD for index in signals.itemized) else None
        if clauses and _named(clauses) >= LEADS_MIN:
            # (one paragraph holding the parts, clause after clause: 支部坚持把政治建设摆在首位，……；坚持以学铸魂，……；
            # 扎实推进支部标准化建设，……: a part per clause — not a problems paragraph's list of shortcomings, nor
            # a paragraph of 一是……；二是……, a list of its own)
            sections.extend(clauses)
        else:
            sections.append(lead)
            sections.extend(_sentence_leads(node, lead, context, end))
    leads = [section for section in sections if id(section) not in labelled]
    named = _names(leads)
    if len(named) >= LEADS_MIN or ordinals and len(named) >= 2:
        return sections
    # (a checklist of three — a summary's work, problems and plans — whose work done is its first part whatever
    # it opens with: its problems and its plans named so make it one: 抓经济，…… / 短板也要正视：…… / 下半年，……)
    others = set(range(signals.count)) - signals.first_part
    return sections if signals.count <= LEADS_MIN and signals.first_part and len(others) >= 2 and named == others \
        else []


def _ordinal_parts(doc, leads) -> bool:
    """Whether ``leads`` are a report's parts announced by ordinal sentences (首先，说说……。 / 其次，……。): stronger
    than the run-in heads of the paragraphs under them (一是村集体的家底厚了。)."""
    norm = doc.norm
    return sum(1 for section in leads if section.named and section.head is not None
               and front_matter().ordinal_label.fullmatch(norm, *section.head)) >= 2


def _clause_leads(node, lead: Section, context, end: int) -> list[Section]:
    """The parts one paragraph holds clause after clause, split by its semicolons
    (……摆在首位，……；坚持以学铸魂，……；扎实推进支部标准化建设，……): ``lead`` (the
    paragraph's opening clause) for the first, then one per clause headed by its words up to
    the first comma (at most :data:`LEAD_MAX` characters), each running to the next; none
    where a clause is too short to be a part."""
    norm = context[1].norm
    cuts = [node.start] + [i + 1 for i in range(node.start, node.end) if norm[i] == ";"] + [node.end + 1]
    if any(cuts[k + 1] - cuts[k] < CLAUSE_MIN for k in range(len(cuts) - 1)):
        return []
    first = _lead(node, lead.head, context, cuts[1])
    leads = [first]
    for k in range(1, len(cuts) - 1):
        start = cuts[k]
        while start < node.end and norm[start] == " ":
            start += 1
        stop = _LEAD_END.search(norm, start, min(node.end, start + LEAD_MAX + 1))
        head_end = stop.start() if stop is not None else min(node.end, start + LEAD_MAX)
        if head_end - start < 4:
            return []
        part_end = end if k == len(cuts) - 2 else cuts[k + 1]
        section = Section("lead", node.start, node.end, (start, head_end), (head_end, part_end), part_end)
        _score(section, *context)
        leads.append(section)
    return leads


def _sentence_leads(node, lead: Section, context, end: int) -> list[Section]:
    """The parts a paragraph's later sentences open with an aspect's label (……整改到位。统战工作方面，局党组……):
    a section from each such sentence that names a part ``lead`` (the paragraph's, cut short there) does not."""
    norm = context[1].norm
    out = []
    for match in _SENTENCE_LABEL.finditer(norm, lead.head[1], node.end):
        section = Section("lead", node.start, node.end, match.span(1), (match.end(1), end), end)
        _score(section, *context)
        if any(score >= THRESHOLD and lead.headed.get(index, 0) < THRESHOLD
               for index, score in section.headed.items()):
            last = out[-1] if out else lead
            last.body, last.stop = (last.body[0], match.start(1)), match.start(1)
            out.append(section)
    return out


def _led(section, paragraphs, starts, signals, doc, segmenter, year) -> Section:
    """A heading over unheaded paragraphs that are its parts (一、2026年主要工作 over eighteen
    paragraphs, each aspect's first opened by a clause that names it: 集团党委始终把党的政治建设摆在首位，……):
    a copy whose sub-sections are those paragraphs, headed by their opening clauses (:func:`_leads_of_parts`)
    — where they name at least :data:`LEADS_OVER` more parts than its run-in heads do (在思想建设上，……);
    else the section itself. ``starts``: the paragraphs' starts."""
    if section.kind != "heading" or any(child.kind != "runin" for child in section.children):
        return section
    body = [node for node in paragraphs[bisect_left(starts, section.body[0]):bisect_left(starts, section.stop)]
            if node.end - node.start >= LEAD_BODY_MIN]
    runins = _runin_leads(doc, body, section.stop) if len(body) < LEADS_UNDER_MIN else None
    if len(body) < LEADS_UNDER_MIN and not runins:
        return section
    _score(section, signals, doc, segmenter, year)
    if section.named:
        return section  # (a part its heading names: its paragraphs are its text, whatever they open with)
    if runins:
        # (or one paragraph holding them all, each opened by its run-in: 一是突出政治引领，…… 二是强化理论武装，……;
        # not under a heading that hints at a plan or problems, whose run-ins are its items: 八、2026年重点)
        leads = runins if not any(section.headed.get(index) for index in signals.itemized) and _named(
            runins, signals, doc, segmenter, year) >= LEADS_MIN else []
    else:
        leads = _leads_of_parts(doc, body, signals, segmenter, year)
    if not leads or _named(leads) < _named(section.children, signals, doc, segmenter, year) + LEADS_OVER:
        return section
    led = Section(section.kind, section.start, section.end, section.head, (section.body[0], leads[0].start),
                  section.stop)
    led.depth, led.item, led.children = section.depth, section.item, leads
    for lead in leads:
        lead.depth = section.depth + 1
    return led


def _runin_leads(doc, body, stop: int) -> list[Section]:
    """The parts a heading's few long paragraphs hold inside them, one per run-in clause of a
    run numbered from 一是 on (at least :data:`LEADS_MIN` of them), each headed by the words
    after its marker up to the first comma (一是突出政治引领，……: 突出政治引领) and running to the
    next; else none."""
    norm = doc.norm
    clauses = [clause for node in body for clause in node.runin_clauses]  # (a line with a run-in is split already)
    if len(clauses) < LEADS_MIN or [c.number for c in clauses] != list(range(1, len(clauses) + 1)):
        return []
    leads = []
    for number, clause in enumerate(clauses):
        head_start = clause.start + len(clause.runin)
        end = _LEAD_END.search(norm, head_start, clause.end)
        head_end = end.start() if end is not None else clause.end
        if not 2 <= head_end - head_start <= LEAD_MAX:
            return []
        part_stop = clauses[number + 1].start if number + 1 < len(clauses) else stop
        leads.append(Section("runin", clause.start, clause.end, (head_start, head_end), (head_end, part_stop),
                             part_stop))
    return leads


def _lead(node, head: tuple[int, int], context, end: int | None = None) -> Section:
    """A paragraph as a part headed by its opening clause ``head`` (局党组坚持把纪律挺在前面 / 在政治建设上),
    scored; ``end``: where its part ends when it spans the rows after it. ``context``: (signals, document,
    segmenter, report year)."""
    end = node.end if end is None else end
    section = Section("lead", node.start, node.end, head, (head[1], end), end)
    _score(section, *context)
    return section


def _named(sections, signals=None, doc=None, segmenter=None, year=None) -> int:
    """How many elements the headings of ``sections`` name (scored first when ``signals`` is given)."""
    if signals is not None:
        for section in sections:
            _score(section, signals, doc, segmenter, year)
    return len(_names(sections))


def _names(sections) -> set[int]:
    """The elements the headings of ``sections`` (scored) name."""
    return {index for section in sections for index, score in section.headed.items() if score >= THRESHOLD}


#: A paragraph's opening clause heads it (:func:`_leads_of_parts`) up to this many characters,
LEAD_MAX = 24
#: in a paragraph of at least this many,
LEAD_BODY_MIN = 40
#: when this many different parts are named so — and, in a report with heading lines without a
#: number (【政治建设】), this many more than those lines name (one more than run-in heads).
LEADS_MIN = 3
LEADS_OVER = 2
#: Under a heading, its parts' paragraphs are read so only where it has at least this many long ones
#: (an umbrella over five or six aspects; not a part of three paragraphs).
LEADS_UNDER_MIN = 5
#: A paragraph holds parts clause after clause (:func:`_clause_leads`) where it has at least this
#: many clauses split by semicolons, each of at least this many characters.
CLAUSES_MIN = 4
CLAUSE_MIN = 30
#: A line this short without a sentence end, over a paragraph, is the label heading it (存在的问题).
LABEL_LINE_MAX = 12
_LEAD_END = regexstore.compile(r"[,。:;!?|│┃]")  # (and a table's cell ends)
#: What a short opening label ends with when it names its paragraph's aspect (政治上，/ 思想方面，).
_SHORT_ASPECT_ENDS = ("上", "方面")
#: A sentence or a clause inside a paragraph opened by an aspect's label (……到位。统战工作方面，……; ……全覆盖；
#: 组织建设上，……; 报告如下：在政治建设上，……).
_SENTENCE_LABEL = regexstore.lazy(rf"[。!?;:] *([^,。;:!?\s]{{2,8}}(?:{'|'.join(_SHORT_ASPECT_ENDS)})) *,")
#: A table's row whose first cell is empty: the label of the row above spans it (存在问题｜1.…… / ｜2.……).
_CONTINUED_ROW = regexstore.lazy(r" *[|│┃]")
#: A table's row opened by its number cell (1｜加强政治建设，……｜……).
_ROW_NUMBER = regexstore.lazy(r" *\d{1,2} *[|│┃] *")


#: What such a row opens with (looked at first: most paragraphs open with a word).
_ROW_OPENS = "0123456789 " + _BARS
#: A numbered row of a table, its number in group 1 (3<TAB>存在问题<TAB>……, | 3 | 存在问题 | …… |).
_TABLE_ROW = regexstore.compile(rf" *(?:[{_BARS}] *)?(\d{{1,2}}) *(?:\t|[{_BARS}]) *(?=[^{_BARS}\t\d\s])")  # (one run of spaces at a time)
#: A paragraph's own number, not a heading's (3.全系统41个基层党组织……; 8.2026年，党组将……: not 3.5亿元).
_PARAGRAPH_NUMBER = regexstore.lazy(r" *\d{1,2} *[.、] *(?=[^\d\s]|20\d\d年)")
_lead_words_rx = None


def _lead_words():
    """The words before a paragraph's opening clause that are not the clause (首先，/ 第四，/
    上半年，: front-matter.yaml's ``lead-words``, and the ordinals 第N), with their comma."""
    global _lead_words_rx
    if _lead_words_rx is None:
        words = "|".join(sorted(front_matter().lead_words, key=len, reverse=True))
        _lead_words_rx = regexstore.compile(rf"(?:{words}|第[一二三四五六七八九十]{{1,2}}) *[,:] *")
    return _lead_words_rx


def _opened_later(found: Found, patterns, doc, paragraphs, inline) -> Found:
    """An element found at a heading that names it and another part (存在的问题及下一步工作打算),
    where a paragraph after the other part's opens it (下一步，县检察院党组将……): found there."""
    section, norm = found.section, doc.norm
    body = [node for node in paragraphs if section.body[0] <= node.start < section.stop]
    # (the other part's text first: its first paragraph, or its items — 五、存在的问题和原因 over （一）…（四）, then
    # 上述问题的产生，既有客观原因……)
    first = 0 if section.children and body and body[0].start >= section.children[0].start else 1
    for node in body[first:]:
        if any(_opens(p, norm[start:end], doc) for start, end in _leads(node, inline, norm) for p in patterns):
            moved = Found(node.start, node.end, found.stop, found.score, found.how, section, found.evidence)
            moved.depth = found.depth
            return moved
    return found


def _named_second(section, index: int, norm: str, elements) -> bool:
    """Does ``section``'s heading name element ``index`` after another it serves
    (二、坚持组织保障和作风提振: conduct after organization), or in the word that names one it merges with more
    (持之以恒正风肃纪，驰而不息改进作风: discipline, after conduct)?"""
    if section.head is None:
        return False
    lo, hi = section.head

    def named_at(i: int) -> int:  # where the heading first names element i
        places = [norm.find(term, lo, hi) for term in section.evidence[i][0]]
        return min((place for place in places if place >= 0), default=hi)
    # (or in the same word, more weakly, as one it merges with: 持之以恒正风肃纪，驰而不息改进作风 — conduct's, and
    # discipline's by 肃纪; not 一体推进“三不腐”，纵深开展重点领域集中整治, discipline's and the sixth part's alike)
    return any(named_at(other) < named_at(index) or named_at(other) == named_at(index)
               and section.headed.get(other, 0) > section.headed.get(index, 0) and _merge(elements, index, other)
               for other in section.claims if other != index)


def _named_later(found: Found, index: int, paragraphs, context) -> Found:
    """An aspect a heading names second (二、坚持组织保障和作风提振, 在组织作风建设上持续用力):
    found at the first of the part's own paragraphs after its first whose opening clause names
    it most (锤炼作风从身边事抓起，……; 严格落实中央八项规定及其实施细则精神，……), where one
    does; a part of one paragraph is about both at once."""
    section = found.section
    norm = context[1].norm
    body = [node for node in paragraphs if section.body[0] <= node.start < section.body[1]]
    for node in body[1:]:
        if node.end - node.start < LEAD_BODY_MIN:
            continue
        stop = _LEAD_END.search(norm, node.start, min(node.end, node.start + LEAD_MAX + 1))
        if stop is None:
            continue
        if _names_first(_lead(node, (node.start, stop.start()), context), index):
            moved = Found(node.start, node.end, found.stop, found.score, found.how, section, found.evidence)
            moved.depth = found.depth
            return moved
    return found


def _found(section, index: int, how: str) -> Found:
    return Found(section.start, section.end, section.stop, section.scores[index], how, section,
                 section.evidence[index])


def _rank(found: Found):
    """A section whose heading names the element first, a part before an item
    that states figures (1、建立重点工作督办机制，交办事项31个。), a section
    whose heading names this element most before one whose heading names
    another more (以严的基调正风肃纪，推动作风建设常态长效 is about conduct
    first), a part of the report before a part of a part about something else
    (vague umbrellas do not count), the terms that name it on their own
    (党纪学习教育 over 不正之风 and 腐败问题集中整治 together; 肃纪 and 廉政风险
    over 党纪学习教育), a part of its own before one that also serves an
    element its heading does not name (六、一体推进不敢腐不能腐不想腐, the
    sixth part by its body, after 五、把纪律挺在前面 — but 坚持正风肃纪，严明纪律
    规矩, which names discipline on its own, over 一体推进“三不腐”，深化…腐败问题
    整治), the heading evidence, a heading that does not yield to another element
    (:attr:`Found.yields`), then the higher score, then the earlier."""
    heading = sum(found.evidence[0].values())
    section = found.section
    item = section is not None and section.item
    others = max((score for index, score in section.headed.items() if section.evidence[index] is not found.evidence),
                 default=0) if section is not None else 0
    # (a term the heading also counts for another part — 清廉, 三不腐: discipline and the sixth part — names neither on its own)
    shared = {term for terms, _ in section.evidence.values() if terms is not found.evidence[0] for term in terms} \
        if section is not None else ()
    naming = sum(weight for term, weight in found.evidence[0].items() if weight >= THRESHOLD and term not in shared)
    # (a part that also serves an element its heading does not name — 一体推进不敢腐不能腐不想腐, the
    # report's sixth part by its body — is the second place for this one, after a part of its own)
    lends = section is not None and heading >= THRESHOLD and any(
        section.evidence[index] is not found.evidence and sum(section.evidence[index][0].values()) < THRESHOLD
        for index in section.claims)
    # (with as much heading evidence, a heading that names no other element as much where no other heading names
    # that one: 5. 纪律严警方面 before 6. 惩腐肃纪方面, the sixth part, for discipline)
    # (and with everything equal, a section that is no item of a part before one that is: 六、深化整治群众身边不正之风
    # 和腐败问题 before （六）建章立制 under 三、以学习教育为牵引，驰而不息正风肃纪 — but 一、履行全面从严治党主体责任情况's
    # （二）加强理论武装 before 四、落实意识形态工作责任制情况, its umbrella naming nothing)
    return (heading >= THRESHOLD, not item, heading >= others, -found.depth, naming, not lends, heading,
            not found.yields, found.score, not found.nested, -found.start)


def _names_first(section, index: int) -> bool:
    """Does ``section``'s heading name element ``index`` (:data:`THRESHOLD`)
    and no other element more strongly?"""
    own = section.headed.get(index, 0)
    return own >= THRESHOLD and own >= max(section.headed.values())


def _score(section, signals, doc, segmenter, year=None) -> None:
    """Heading evidence (body evidence is read later, where it can decide), once a section.
    ``year``: the report's year, when an element gives ``later-year`` credit."""
    if section.scored is signals:
        return  # (scored for this checklist where its parts were looked for: :func:`_led`, :func:`_named`)
    section.scored = signals  # (the sections are the document's, shared by every genre's checklist)
    norm = doc.norm
    section.scores, section.evidence, section.claims, section.read = {}, {}, set(), False
    heading: dict[int, dict[str, int]] = {}
    if section.head is not None and signals.heading_terms is not None:
        start, end = section.head
        text = unspaced(norm[start:end])  # (六 、 制 度 建 设: a line spaced out letter by letter)
        words = []  # matches that must not straddle a word: checked only where they can decide
        for hit_start, hit_end, key, matched in signals.heading_terms.find(text):
            for index, weight, word in signals.heading[key]:
                if word:
                    words.append((index, weight, hit_start, hit_end, matched))
                else:
                    heading.setdefault(index, {})[matched] = weight
        if year is not None and "年" in text:
            later = next((m.group() for m in _YEAR.finditer(text) if int(m.group(1)) > year), None)
            if later is not None:
                for index, weight in signals.later_year:
                    heading.setdefault(index, {})[later] = weight
        if words:
            scores = {index: sum(terms.values()) for index, terms in heading.items()}
            for index, weight, hit_start, hit_end, matched in words:
                own = scores.get(index, 0)
                best = max((v for k, v in scores.items() if k != index), default=0)
                if own < THRESHOLD <= own + weight and own + weight >= best / 2 \
                        and segmenter is not None and segmenter.whole_words(text, hit_start, hit_end):
                    heading.setdefault(index, {})[matched] = weight
                    scores[index] = own + weight
    for index, terms in heading.items():
        section.scores[index] = sum(terms.values())
        section.evidence[index] = (terms, {})
    section.headed = dict(section.scores)
    section.named = any(score >= THRESHOLD for score in section.scores.values())


_YEAR = regexstore.compile(r"(20\d\d)年")


def _report_year(doc) -> int | None:
    """The year the report is about: ``--year``, else the (first) year its title names, else the year that
    opens one of its first paragraphs (2025年，县卫生健康局党组坚持…… under a title without a year)."""
    if doc.year:
        return doc.year
    m = _YEAR.search(doc.title_text())
    if m:
        return int(m.group(1))
    title = doc.title
    below = [node for node in doc.nodes if not node.aside and node is not title
             and (title is None or node.start > title.start)][:_OPENING_NODES]
    m = next((m for m in (_OPENING_YEAR.match(doc.norm, n.start, n.end) for n in below) if m), None)
    if m is None:  # (…就2026年度抓基层党建工作进行述职 / 现将2026年度……报告如下: the year's work it reports on)
        m = next((m for m in (_OPENING_YEARS_WORK.search(doc.norm, n.start, n.end) for n in below) if m), None)
    return int(m.group(1)) if m else None


#: The year a report's opening paragraph begins with (2025年，…… / 2025年以来，……), among its first lines.
_OPENING_YEAR = regexstore.compile(r"(20\d\d)年(?:度)?(?:以来)?[,:]")
_OPENING_NODES = 3
#: … or the year's work it reports on, inside an opening sentence (现将2026年度抓基层党建工作情况报告如下).
_OPENING_YEARS_WORK = regexstore.lazy(r"(?:就|将|对|把)(20\d\d)年度")


def _read_body(section, signals, doc, always: bool = False) -> None:
    """Add body evidence where it can decide: a heading that names no
    element, that names two about equally (驰而不息正风肃纪), or that names a
    second one in part (以严的基调正风肃纪: discipline, and conduct by 正风) — or
    ``always``. The body is read up to :data:`BODY_WINDOW` characters: a part says
    what it is about early."""
    if section.read or not signals.body:
        return
    if section.named and not always:
        first, second = (sorted(section.scores.values(), reverse=True) + [0])[:2]
        if second < SHARE * first and second < PARTLY:
            return
    section.read = True
    lo, hi = section.body
    hi = _until_opening(doc, signals.openings, lo, hi)
    body: dict[int, dict[str, int]] = {}
    seen: dict[int, set] = {}
    for _, _, key, matched in signals.body_terms.find(doc.norm, lo, min(hi, lo + BODY_WINDOW)):
        for index, weight, _ in signals.body[key]:
            keys = seen.setdefault(index, set())
            if key not in keys:
                keys.add(key)
                body.setdefault(index, {})[matched] = weight
    for index, lead, own in _opened(section, signals, doc, lo, hi):
        # a heading that names nothing (八、锚定目标 接续发力) over a sentence that opens a part
        # (2026年是“十五五”开局之年，…。): the part is the heading's, its items included
        label = f"开头“{lead[:OPENED_SHOWN]}”"
        if own:  # the heading's own sentence: it names the part (七、2026年，我们将重点抓好以下工作。)
            heading, terms = section.evidence.get(index, ({}, {}))
            section.evidence[index] = ({**heading, label: THRESHOLD}, terms)
            section.headed[index] = section.headed.get(index, 0) + THRESHOLD
            body.setdefault(index, {})
        else:
            body.setdefault(index, {})[label] = THRESHOLD
        section.named = True  # (as a heading that names it: its items are the part's, not other parts)
    for index, lead in _aspect_opened(section, signals, doc, lo, hi):
        # a heading that names nothing (一、固本培元) over text opened by the aspect it is about
        # (在政治建设上，街道党工委……): the aspect names the part, as its heading would
        heading, terms = section.evidence.get(index, ({}, {}))
        section.evidence[index] = ({**heading, f"开头“{lead}”": THRESHOLD}, terms)
        section.headed[index] = section.headed.get(index, 0) + THRESHOLD
        body.setdefault(index, {})
        section.named = True
    for index, terms in body.items():
        heading = section.evidence.get(index, ({}, {}))[0]
        section.scores[index] = sum(heading.values()) + min(BODY_CAP, sum(terms.values()))
        section.evidence[index] = (heading, terms)


#: Characters of a section's opening sentence shown among its evidence.
OPENED_SHOWN = 12


def _opened(section, signals, doc, lo: int, hi: int):
    """``(element index, lead, in the heading)`` for each element whose ``openings`` open the
    heading's own sentence (七、2026年，我们将重点抓好以下工作。), else the first sentence
    of the section's own text, when no heading names anything — or, a heading line without a number, names an
    element too weakly to claim it (锚定目标任务　推动责任落地 over 2026年，局党组将重点抓好以下工作：……: then
    only that one)."""
    if not signals.openings_of or section.kind not in ("heading", "line"):
        return
    # (a line without a number that names nothing may be a line of text; one that names an element too weakly
    # to claim it is a heading, its opening sentence read for that element alone)
    weak = section.kind == "line" and 0 < max(section.headed.values(), default=0) < THRESHOLD
    if section.named or section.kind == "line" and not weak:
        return
    norm = doc.norm
    if section.head is not None and ("," in norm[section.head[0]:section.head[1]]
                                     or norm[section.head[1]:section.head[1] + 1] in ("。", ":")):
        head = norm[section.head[0]:section.head[1]]  # (a sentence, not a title: 一季度主要工作情况)
        opened = [index for index, patterns in signals.openings_of if any(_opens(p, head, doc) for p in patterns)]
        if opened:
            yield from ((index, head, True) for index in opened)
            return
    node = _first_paragraph(doc, lo, hi)
    if node is not None:
        start, end = node.lead
        lead = norm[start:end]
        for index, patterns in signals.openings_of:
            if (not weak or section.headed.get(index)) and any(_opens(p, lead, doc) for p in patterns):
                yield index, lead, weak  # (a weak heading's, confirmed: as good as the heading's own sentence)


def _first_paragraph(doc, lo: int, hi: int):
    """The paragraph that opens a heading's own text (``lo``…``hi``), else None (its own text is its
    items, or nothing)."""
    for node in doc.nodes[max(0, bisect_right(_starts(doc), lo) - 1):]:
        if node.start < lo or node.aside:
            continue  # (the heading's own line)
        return node if node.start < hi and node.kind == PARAGRAPH else None
    return None


def _aspect_opened(section, signals, doc, lo: int, hi: int):
    """``(element index, aspect)`` for the element that the aspect opening the first paragraph of a
    heading's own text names first (一、固本培元 / 在政治建设上，……), when the heading names nothing."""
    if section.named or section.kind != "heading" or signals.heading_terms is None:
        return
    node = _first_paragraph(doc, lo, hi)
    aspect = _ASPECT.match(doc.norm, node.start, node.end) if node is not None else None
    if aspect is None or _adverbial(aspect):
        return
    lead = _lead(node, aspect.span(aspect.lastindex), (signals, doc, None, None))
    yield from ((index, aspect.group(aspect.lastindex)) for index in lead.headed if _names_first(lead, index))


def _until_opening(doc, openings, lo: int, hi: int) -> int:
    """Where a section's own text ends for its body evidence: before a later
    paragraph of it that opens an unheaded part (the problems after the last
    numbered part: “一年来……还存在一些问题：”), else ``hi``."""
    if not openings:
        return hi
    norm, nodes = doc.norm, doc.nodes
    first = True
    for node in nodes[max(0, bisect_right(_starts(doc), lo) - 1):]:  # (from the line the body starts in)
        if node.start >= hi:
            break
        if node.kind != PARAGRAPH or node.aside or node.end <= lo:
            continue  # (nor a heading line without a number: the section's head, not its text)
        if first:
            first = False  # the section's first paragraph is its own, whatever it opens with
            continue
        start, end = node.lead
        lead = norm[start:end]
        if any(p.search(lead) for p in openings):
            return node.start
    return hi


def _starts(doc) -> list[int]:
    starts = doc.cache.get("checklist.starts")
    if starts is None:
        starts = doc.cache["checklist.starts"] = [node.start for node in doc.nodes]
    return starts


def _merge(elements, one: int, other: int) -> bool:
    """Do elements ``one`` and ``other`` merge (``merges-with``, either way round)?"""
    return elements[other].id in elements[one].options["merges-with"] \
        or elements[one].id in elements[other].options["merges-with"]


def _merges_with_named(section, index: int, elements, max_heading) -> bool:
    """Is the element whose heading evidence is strongest (``max_heading``) one that ``index`` merges
    with? A heading naming both (一、突出政治统领，一体推进政治建设和思想建设: political twice, ideological
    once) serves both."""
    return any(sum(terms.values()) == max_heading and _merge(elements, index, other)
               for other, (terms, _) in section.evidence.items() if other != index)


def _claims(section, elements) -> set[int]:
    if not section.scores:
        return set()
    best = max(section.scores.values())
    max_heading = max(sum(terms.values()) for terms, _ in section.evidence.values())
    claims = set()
    for index, score in section.scores.items():
        heading = sum(section.evidence[index][0].values())
        if score < THRESHOLD or section.depth > elements[index].options["depth"]:
            continue
        if score < SHARE * best and heading < THRESHOLD:
            continue  # a weaker element, not named by the heading itself
        if heading * 2 <= max_heading and score < SHARE * best and not (heading >= NAMED and _merges_with_named(
                section, index, elements, max_heading)):
            continue  # named in passing by a heading that names another twice as strongly
        if not section.evidence[index][0] and (section.named or not elements[index].options["body-alone"]):
            continue  # the heading names another part (or this element needs its name): body evidence alone adds nothing
        claims.add(index)
    return claims


def _assign(sections, elements, context, free=True, everything=None) -> None:
    """Decide which elements each section serves, top down (see the module).
    ``free``: the sections are parts of the report (not sub-items of a part
    its heading names), so their bodies are read where they can decide.
    ``everything``: every section whose heading may name a part (:func:`_naming`, for :func:`_unnamed`)."""
    if everything is None:
        everything = _naming(sections, elements)
    for section in sections:
        if free:
            _read_body(section, *context)
        section.claims = _claims(section, elements)
        if not section.children:
            continue
        vague = not (section.named and section.claims)
        _assign(section.children, elements, context, free and vague, everything)
        if vague:
            continue  # its sub-sections are found by their own words
        # (items that state figures — 1、发展党员9名。 — say what was done, and may touch any part)
        below = set().union(*(child.claims for child in section.children if not child.item))
        # 作风纪律 over （一）作风 （二）纪律; 三、严明纪律规矩 over （一）纪律教育 （二）纠治“四风”
        itemized = any(elements[c].options["itemized"] for c in section.claims)
        # (a heading that names a second part in a word, 七、问题和打算: 问题 too weak to claim it)
        too = {i for i, score in section.headed.items() if score >= NAMED_TOO} - section.claims
        split = section.claims <= below and (len(section.claims) >= 2 or not itemized and _unnamed(
            below - section.claims, section, everything) or itemized and bool(too & below))
        # (an itemized part's sub-sections are its items — but 存在问题及下一步打算 over 一、存在的问题
        # 二、下一步打算 splits all the same: they are its own parts; so does 七、问题和打算 over （一）主要问题
        # （二）2027年打算)
        if split or len(below) >= UMBRELLA and below & section.claims and not itemized:
            merged = section.merged = section.claims if len(section.claims) >= 2 else set()
            section.claims = set()  # an umbrella heading: the sub-sections are the parts
            if free:
                _assign(section.children, elements, context, True, everything)
            for child in section.children:  # (（三）以案促改 under 作风纪律建设: discipline's, not the sixth part)
                if child.claims & merged:
                    child.claims &= merged
            # (what no sub-section took stays the merged part's: 第四，作风纪律上守底线 over 作风上，…… alone)
            section.claims = merged - set().union(*(child.claims for child in section.children))
            continue
        # sub-parts of a named part: only what may sit inside it — and, under a part that is not a list
        # of items, a part that no heading at its level or above names (一、关于“贯彻落实党的理论路线方针
        # 政策…”方面的问题 over 1.关于“理论学习中心组学习流于形式”的问题: political, and ideological below)
        # a part that names a second element more weakly than its first, over a sub-section whose own heading
        # names that one (（三）抓监督，严纪律、惩腐败 over 2.整治群众身边不正之风和腐败问题): the sub-section serves it
        handed = {}
        if len(section.claims) >= 2:
            strongest = max(section.headed.get(c, 0) for c in section.claims)
            for index in sorted(section.claims):
                child = next((c for c in section.children if not c.item and c.headed.get(index, 0) >= THRESHOLD
                              and _names_first(c, index)), None)
                if child is not None and section.headed.get(index, 0) < strongest:
                    handed[index] = child
            section.claims -= handed.keys()
        inside = {i for i, e in enumerate(elements)
                  if set(e.options["inside"]) & {elements[c].id for c in section.claims}}
        if not itemized:
            inside |= {index for index in below - section.claims if _unnamed({index}, section, everything)}
        for child in _walk(section.children):
            child.claims &= inside
        for index, child in handed.items():
            child.claims.add(index)


def _naming(sections, elements) -> list:
    """The sections whose headings may name a part of the report: all but the
    items of a part on problems or plans (三、下一步工作措施 over （五）持之以恒
    正风肃纪，巩固深化中央八项规定精神学习教育成果: a plan, no conduct part)."""
    itemized = [i for i, e in enumerate(elements) if e.options["itemized"]]
    found, stack = [], list(reversed(sections))
    while stack:
        section = stack.pop()
        found.append(section)
        if not any(section.headed.get(i, 0) >= THRESHOLD for i in itemized):
            stack.extend(reversed(section.children))
    return found


def _unnamed(others: set, section, everything) -> bool:
    """Are ``others`` (elements that sub-sections of ``section`` name besides
    its own) named by no other heading at its level or above? Then its
    sub-sections are the parts (三、严明纪律规矩 over （一）纪律教育 （二）纠治“四风”,
    in a report with no conduct part of its own); else they are items of it
    (（二）思想建设 over 2.深入贯彻中央八项规定精神学习教育, beside （四）作风纪律建设)."""
    if not others:
        return False
    return not any(other.headed.get(index, 0) >= THRESHOLD for other in everything
                   if other is not section and other.depth <= section.depth for index in others)


def _second_choice(roots, elements) -> None:
    """A part whose heading names, at least in part (:data:`SECOND`), an
    element that no part serves, and besides it only elements that other
    parts at its level or above name in their headings, serves that element:
    after （四）作风纪律建设, （五）党风廉政建设和反腐败工作 is the report's sixth
    part, not a second discipline part; after 五、严明纪律规矩, 六、坚持正风肃纪反腐
    is its part on the fight against corruption. An item of a part whose heading
    names something else (（四）整治群众身边不正之风 under 四、正风肃纪转作风) does not
    serve an element a part serves, or that a part is found for here."""
    free = []  # (section, its ancestors): the parts, not items of a part its heading names
    stack = [(section, ()) for section in reversed(roots)]
    while stack:
        section, ancestors = stack.pop()
        free.append((section, ancestors))
        if not (section.named and section.claims):  # (as _assign: a vague heading's sub-sections are free)
            stack.extend((child, ancestors + (section,)) for child in reversed(section.children))
    # (served by a part, not by an item of a part whose heading names something else: 四、正风肃纪转作风's
    # （四）整治群众身边不正之风 leaves the sixth part to be looked for)
    served, items = set(), []
    for section, ancestors in free:
        if ancestors and any(a.named and not a.merged and not any(a.headed.get(i, 0) >= SECOND for i in section.claims)
                             for a in ancestors):
            items.append(section)
        else:
            served |= section.claims
    for section in items:  # (what a part serves, such an item does not: after 五's discipline part, 六、推进清廉学校建设
        section.claims -= served  # is the sixth part, not 四、……转作风's （四）整治群众身边不正之风)
    missing = [index for index in range(len(elements)) if index not in served]
    if not missing:
        return
    for index in missing:
        limit = elements[index].options["depth"]
        best = None  # (among the first such part's siblings, the one that names it most, and the others least:
        # 六、纵深推进清廉国企建设 (清廉: discipline's too) after 五、从严执纪监督，一体推进“三不腐”, which names discipline
        # more — not 五; nor an item of a list appended after the signature, 3.清廉机关建设)
        for section, ancestors in free:
            if best is not None and ancestors[-1:] != best[2]:
                continue
            if section.headed.get(index, 0) < SECOND or section.depth > limit:
                continue
            if any(a.merged and index not in a.merged for a in ancestors):
                continue  # a sub-section of 作风纪律建设 is conduct's or discipline's (（三）以案促改)
            others = {i for i, score in section.headed.items() if i != index and score >= PARTLY} | section.claims
            if others and all(_named_elsewhere(i, section, ancestors, free) for i in others):
                key = (section.headed.get(index, 0), -max(section.headed.get(i, 0) for i in others))
                if best is None or key > best[0]:
                    best = (key, section, ancestors[-1:])
        if best is not None:
            best[1].claims = {index}
            for section in items:  # (and such an item no longer serves it)
                if section is not best[1]:
                    section.claims.discard(index)


def _unserved(roots, elements) -> list[int]:
    """The elements no section of ``roots`` serves (yet)."""
    served = set().union(*(section.claims for section in _walk(roots)))
    return [index for index in range(len(elements)) if index not in served]


def _shared(roots, elements, context) -> None:
    """A part whose heading names another element and hints at one that no part
    serves (三、严明纪律规矩，涵养清风校园: 清风), over text full of that one (师德师风,
    八项规定, 公务接待, 礼品礼金: as much body evidence as counts, and no less than of the
    element its heading names), serves both. So does a part whose heading names, if only in part, one that merges
    with an element it serves (四、持之以恒正风肃纪，驰而不息改进作风: conduct's, and discipline's by 肃纪), over text that says enough
    of that one to count (监督, 廉洁提醒, 第一种形态: :data:`PARTLY` at least, and :data:`THRESHOLD` with the heading's
    word — not 抓政治学习，筑牢……思想根基 over text on political work alone)."""
    for index in _unserved(roots, elements):
        limit = elements[index].options["depth"]
        for section in _walk(roots):
            if not section.claims or section.depth > limit or section.headed.get(index, 0) < NAMED_TOO:
                continue
            _read_body(section, *context, always=True)
            body = {i: sum(terms.values()) for i, (_, terms) in section.evidence.items()}
            if body.get(index, 0) >= max([BODY_CAP] + [body.get(i, 0) for i in section.claims]) or (
                    any(_merge(elements, index, c) for c in section.claims) and body.get(index, 0) >= PARTLY
                    and section.headed[index] + min(BODY_CAP, body.get(index, 0)) >= THRESHOLD):
                section.claims.add(index)
                break


def _misnested(roots, elements) -> None:
    """A ``misnested`` element that no part serves — or only parts whose heading does not name it — takes the
    sub-section whose heading names it first, however deep a draft's mixed numbering put it
    (一、2025年党建工作开展情况 / （一）…（六） / 2．存在的不足 / （三）原因分析 /
    4、2026年工作思路: 存在的不足 and 工作思路 sit under （六）, but are parts; 三、查摆剖析阶段, its text full of
    shortcomings, before 五、总结提高阶段 / （二）存在的不足)."""
    claimed: dict[int, list] = {}
    for section in _walk(roots):
        for index in section.claims:
            claimed.setdefault(index, []).append(section)
    for index in range(len(elements)):
        if not elements[index].options["misnested"] or any(
                section.evidence[index][0] for section in claimed.get(index, ())):
            continue
        unserved = index not in claimed
        section = next((s for s in _walk(roots) if s.depth and not s.claims and not s.item and (
            s.kind == "heading" and _names_first(s, index) or unserved and is_label(s) and _label_names(s, index))),
            None)
        # (a numbered heading: not a run-in clause of the work, 聚焦差距不足，……; nor an item that states a
        # figure, 2.组织明察暗访3次，未发现违规问题; or a label alone before its text, 短板弱项：…… under each aspect,
        # where no part serves the element)
        if section is not None:
            section.claims = {index}


#: A run-in head this short is a label over its paragraph (短板弱项：……, 【问题】……), not a clause of the work.
_LABEL_ALONE = 4


#: What a label alone must score for an element (the weakest heading term: 【问题】, 短板弱项：).
_LABEL_SCORE = 3


def _label_names(section, index: int) -> bool:
    own = section.headed.get(index, 0)
    return own >= _LABEL_SCORE and own >= max(section.headed.values())


def is_label(section) -> bool:
    """Is ``section`` a label alone before its paragraph (a run-in head of :data:`_LABEL_ALONE` characters at most)?"""
    return section.kind == "runin" and section.head is not None and section.head[1] - section.head[0] <= _LABEL_ALONE


def _hinted(roots, elements) -> None:
    """An element no part serves (not a list's: problems, plans), hinted at (:data:`SECOND`) by the
    heading of a part that serves another and by the heading of one of its sub-sections: that
    sub-section serves it (三、支持配合监督责任，在严纪律反腐败上走在前列 over （五）…纪律… and
    （六）一体推进不敢腐、不能腐、不想腐; 四、纪律建设和清廉机关建设 over （二）清廉机关建设)."""
    for index in _unserved(roots, elements):
        if elements[index].options["itemized"]:
            continue
        for parent in _walk(roots):
            if not parent.claims or parent.headed.get(index, 0) < SECOND:
                continue
            child = next((c for c in reversed(parent.children) if c.kind == "heading" and not c.item
                          and c.headed.get(index, 0) >= SECOND), None)
            if child is not None:
                child.claims = {index}
                break


def _named_elsewhere(index: int, section, ancestors, free) -> bool:
    """Does a part at ``section``'s level or above, neither inside it nor
    around it, name element ``index`` in its heading?"""
    for other, around in free:
        if other.headed.get(index, 0) < THRESHOLD or other is section or other.depth > section.depth \
                or other in ancestors or section in around:
            continue
        return True
    return False


#: Shortest text after a heading's title that a ``mentions`` pattern reads.
MIN_RUNIN = 8


def _opens(pattern, lead: str, doc) -> bool:
    """Does ``pattern`` open the part at ``lead``? A pattern with a ``year``
    group (``^(?P<year>20\\d\\d)年…将``) only where that year comes after the
    report's (2026年，我们将…, in a 2025 report: the plan)."""
    m = pattern.search(lead)
    if m is None:
        return False
    if "year" not in pattern.groupindex:
        return True
    year = doc.cache.get("checklist.year", False)
    if year is False:
        year = doc.cache["checklist.year"] = _report_year(doc)
    return year is not None and int(m.group("year")) > year


#: The openings of an element joined into one expression (:func:`_any_opening`), by their texts.
_JOINED: dict = {}
_NAMED_GROUP = regexstore.compile(r"\(\?P<\w+>")
_BACKREF = regexstore.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _any_opening(patterns):
    """One expression that matches where any of ``patterns`` does (their groups unnamed): most
    leads open nothing, and one search passes over them instead of one search per opening.
    None when they do not join (back-references, a global inline flag, different flags), and for a
    user's rulebook: its patterns run in ``regex`` with a time limit, never joined into ``re``."""
    if not all(type(p) is LazyPattern for p in patterns):
        return None
    key = tuple(p.pattern for p in patterns)
    joined = _JOINED.get(key, False)
    if joined is False:
        joined = None
        flags = {int(p.flags) & ~re.UNICODE for p in patterns}
        if len(flags) == 1 and not any(_BACKREF.search(p) for p in key):
            try:
                joined = regexstore.compile("|".join(f"(?:{_NAMED_GROUP.sub('(?:', p)})" for p in key), flags.pop())
            except re.error:
                joined = None
        _JOINED[key] = joined
    return joined


def _paragraph_matches(doc, options, body, paragraphs, first, inline, mentioned: int | None = 0):
    """Paragraphs that open the element, mention it (at or after ``mentioned``; None: nowhere), or
    start or end the text with it."""
    norm = doc.norm
    if options["openings"]:
        patterns = options["openings"]
        joined = _any_opening(patterns)
        for number, node in enumerate(body):
            hit = None
            for start, end in _leads(node, inline, norm, options["maxim-leads"]):
                # sliced: `^` in a pattern means the start of the sentence
                lead = norm[start:end]
                if start >= first and (joined is None or joined.search(lead) is not None) \
                        and any(_opens(p, lead, doc) for p in patterns):
                    hit = start
                    break
            if hit is not None:
                stop = node.end
                # (……重点抓好以下工作： or a lead line alone, then its numbered items: its text;
                # below a label without a stop, 下一步, its paragraphs too, up to the next short line)
                if norm[node.end - 1] == ":" or node.end - node.start <= LEAD_LINE:
                    label = norm[node.end - 1] not in _SAID_END
                    for item in body[number + 1:]:
                        first_clause = item.first_clause  # (not splitting the rest of the item)
                        if not (first_clause is not None and first_clause.runin) and not (
                                label and item.end - item.start > LEAD_LINE and not norm[stop:item.start].strip()):
                            break
                        stop = item.end
                    if stop == node.end and (label or norm[node.end - 1] == ":"):
                        # … or its numbered items, below a label line (下一步工作打算 / 下步计划： / （一）…… （二）……)
                        for item in doc.nodes[node.index + 1:]:
                            if item.kind != HEADING or item.level < 2 or item.aside:
                                break
                            stop = item.end
                yield Found(hit, node.end, stop, OPENING_SCORE, "opening")
                break
    if options["mentions"] and mentioned is not None:
        # and run-in headings, title and text (（二）落实意识形态工作责任制。党组每半年……)
        first = max(first, mentioned)
        runin = [n for n in doc.nodes if n.kind == HEADING and not n.aside and n.start >= first
                 and n.end - n.title_end > MIN_RUNIN]
        # only the patterns found somewhere in the text are tried on each paragraph
        live = [p for p in options["mentions"] if search(p, norm, doc.cache, first)]
        for node in (sorted([*body, *runin], key=lambda n: n.start) if runin else body) if live else ():
            start = node.start
            text = norm[max(first, start):node.end]
            if any(p.search(text) for p in live):
                yield Found(node.start, node.end, node.end, OPENING_SCORE - 2, "mention")
                break
    said = [n for n in paragraphs if _said(n, norm)] if options["start"] or options["end"] else []
    if options["start"]:
        for node in said[:EDGE_PARAGRAPHS]:
            start, end = node.lead
            leads = [norm[start:end]]
            if norm[end - 1] == "!" and end - start <= MAXIM_MAX and end < node.end:
                leads.append(norm[end:node.end])  # (after a sentence of thanks: 感谢…的机会！尊敬的各位领导、同志们：)
            if any(p.search(lead) for lead in leads for p in options["start"]):
                yield Found(node.start, node.end, node.end, OPENING_SCORE, "start")
                break
    if options["end"]:
        notes_head = front_matter().notes_head
        while True:  # (a lesson's 注释：, 思考题：, 参考文献： and their lists after 谢谢大家！: the closing is above them)
            notes = next((i for i in range(len(said) - 1, max(-1, len(said) - NOTES_MAX - 2), -1)
                          if notes_head.fullmatch(norm, said[i].start, said[i].end)), None)
            if notes is None:
                break
            said = said[:notes]
        for node in reversed(said[-END_PARAGRAPHS:]):  # (the last: 请县委放心！ then 我的发言完毕，谢谢！)
            text = norm[node.start:node.end]
            if any(p.search(text) for p in options["end"]):
                yield Found(node.start, node.end, node.end, OPENING_SCORE, "end")
                break


#: A speech's list of notes, references or questions after its closing (参考文献： / 注释： / 思考题：, front-matter.yaml's
#: notes-heads), each head within this many lines of the end (or of the head below it).
NOTES_MAX = 12
#: What a line someone says ends with (a salutation ends in ：, a closing in ！ or 。).
_SAID_END = "。!?:;…"
#: A paragraph at least this long is text, whatever it ends with.
_SAID_MIN = 40


def _said(node, norm: str) -> bool:
    """Not a short line that ends no sentence: where a speech's salutation
    and closing are looked for (its first and last paragraphs), a byline, a
    speaker's name, a date, or the chrome of a page it was copied from
    (长按二维码 关注我们) does not count as one of them. (Markdown's bold
    around a line is no part of its end: **同志们：**.)"""
    if node.end - node.start >= _SAID_MIN:
        return True
    end = node.end
    while end > node.start + 1 and norm[end - 1] == "*":
        end -= 1
    if norm[end - 1] in _STAGE_CLOSE:  # (a transcript's stage direction after it: 谢谢大家！[鼓掌], （掌声）)
        opener = max(norm.rfind(c, node.start, end - 1) for c in _STAGE_OPEN)
        if opener > node.start and end - opener <= _STAGE_MAX:
            end = opener
    return norm[end - 1] in _SAID_END


#: A stage direction in brackets after a line someone says (a transcript's [鼓掌], (掌声), 【笑声】): at most this long.
_STAGE_MAX = 8
_STAGE_OPEN, _STAGE_CLOSE = "[(【", "])】"


def _leads(node, inline, norm: str, maxim: bool = False):
    """The opening sentence of a paragraph (after a heading in brackets that
    opens it: 【补短板】); in a long paragraph that holds inline-numbered parts
    (line breaks lost), every sentence."""
    if node.index in inline:
        for clause in node.clauses:
            yield clause.start, clause.end
    else:
        start, end = node.lead
        bracketed = _BRACKET_HEAD.match(norm, start, end)
        yield (bracketed.end(), end) if bracketed is not None and bracketed.end() < end else (start, end)
        # with ``maxim``, a maxim before the paragraph's point (办好农村金融,根本在党的领导,关键在党员队伍。
        # 2026年,支部将……): its second sentence too
        if maxim and end - start <= MAXIM_MAX and end < node.end and norm[end - 1] == "。" and _DIGIT.search(norm, start, end) is None:
            stop = _SENTENCE_END.search(norm, end, node.end)
            yield end, stop.end() if stop is not None else node.end


#: A line that announces the work below it (一年来主要做了以下工作：) is at most this long.
_ANNOUNCES_MAX = 30


def _first_part(roots, result, paragraphs, norm: str, preamble=()):
    """The report's first part, unless another element took it. In a report
    without any heading (a short summary of three paragraphs: done, short of,
    next), or whose first part another element took (但也要看到…), its first
    paragraph of some length before that — after a paragraph that one of
    ``preamble`` opens (按照区安委会的统一部署，街道成立专班……), when another
    follows it — and below a line that announces the work (一年来主要做了以下工作：)."""
    if roots:
        first = roots[0]
        if len(roots) >= 2 and _announcing(paragraphs, norm, first.start, roots[1].start) is not None:
            first = roots[1]  # (首先，感谢调研组…… / 今年以来，我们重点抓了以下几项工作： / 第一，……)
        if not any(f.section is first or f.start <= first.start < max(f.stop, f.start + 1) for f in result.found.values()):
            return first
        # the first part is another element's (但也要看到…): the work is what comes before it
        paragraphs = [p for p in paragraphs if p.end <= first.start]
    said = [p for p in paragraphs if p.end - p.start >= _SAID_MIN]  # (not 县委：, not a byline)
    if len(said) >= 2 and any(pattern.search(norm[said[0].lead[0]:said[0].lead[1]]) for pattern in preamble):
        said = said[1:]
    # (the paragraphs above a line that announces the work are the opening: …… / 一年来主要做了以下工作： / 一是……)
    # (not where what follows it is another part: 全年主要党建工作数据如下： over a table, then 但也要清醒看到……)
    announced = _announcing(paragraphs, norm, said[0].end, len(norm)) if said else None
    after = [p for p in said if announced is not None and p.start > announced.start]
    if after and not any(after[0].start <= f.start < after[0].end for f in result.found.values()):
        said = after
    first_paragraph = said[0] if said else None
    if first_paragraph is None or any(first_paragraph.start <= f.start < first_paragraph.end
                                      for f in result.found.values()):
        return None
    return Section("line", first_paragraph.start, first_paragraph.end, None,
                   (first_paragraph.start, first_paragraph.end), first_paragraph.end)


def _announcing(paragraphs, norm: str, lo: int, hi: int):
    """The first paragraph from ``lo`` to ``hi`` that announces the work below it: a short line ending in a colon
    (一年来主要做了以下工作：), or None."""
    return next((p for p in paragraphs if lo <= p.start < hi and p.end - p.start <= _ANNOUNCES_MAX
                 and norm[p.end - 1] == ":"), None)


def _substance(norm: str, found: Found) -> int:
    section = found.section
    start = section.head[1] if section is not None and section.head is not None else found.start
    body = norm[start:found.stop]
    return len("".join(body.split()))  # characters other than white space


# --------------------------------------------------------------------------- explanation

_HOW = {"claimed": "", "scored": "未采用", "opening": "段落开头", "mention": "段落中提到",
        "start": "开头段落", "end": "结尾段落", "first-part": "正文第一部分"}


def explain(elements, doc, segmenter) -> list[str]:
    """Why each element is present or missing: the section chosen, its score
    and the terms that decided it, and the runner-up (Chinese, one line each
    plus indented detail), for ``zhidang check --explain-checklist``."""
    result = evaluation(elements, doc, segmenter)
    position = doc.source.position
    lines = []
    for element in elements:
        status, found = result.statuses[element.id]
        label = {PRESENT: "找到", WEAK: "内容过少", MISSING: "缺失"}[status]
        ranked = sorted(result.candidates(element.id), key=lambda f: (-f.score, f.start))
        if found is not None:
            lines.append(f"{element.title}（{element.id}）：{label}，第{position(found.start)[0]}行"
                         f"{_describe(found, doc)}")
        else:
            scored = any(element.options[k] for k in ("heading", "body", "keywords", "words"))
            lines.append(f"{element.title}（{element.id}）：{label}" + (f"（门槛 {THRESHOLD} 分）" if scored else ""))
        runner = next((f for f in ranked if found is None or f.start != found.start), None)
        if runner is not None:
            why = _rejected(runner) if runner.how == "scored" else ""
            lines.append(f"    其次：第{position(runner.start)[0]}行{_describe(runner, doc)}{why}")
    return lines


def _describe(found: Found, doc) -> str:
    text = doc.text
    if found.section is not None and found.section.head is not None:
        start, end = found.section.head
    else:
        start, end = found.start, found.end
    quoted = " ".join(text[start:end].split())
    if len(quoted) > 30:
        quoted = quoted[:29] + "…"
    how = _HOW.get(found.how, "")
    out = f" “{quoted}”" + (f"（{how}）" if how else "")
    if found.how in ("claimed", "scored"):
        heading, body = found.evidence
        out += f"：{found.score:g} 分"
        if heading:
            out += "；标题：" + "、".join(f"{t}+{w}" for t, w in heading.items())
        if body:
            total = sum(body.values())
            capped = f"（计 {BODY_CAP}）" if total > BODY_CAP else ""
            out += "；正文：" + "、".join(f"{t}+{w}" for t, w in body.items()) + capped
    return out


def _rejected(found: Found) -> str:
    if found.score < THRESHOLD:
        return f"；不足 {THRESHOLD} 分"
    return "；这一部分归了其他要素（或是其他部分的下级条目）"


# --------------------------------------------------------------------------- reference


def describe(rule) -> list[str]:
    """The element's signals for the rule reference (Markdown lines)."""
    options = rule.options
    out = []

    def terms(items) -> str:
        return "、".join(f"`{t}`" if _is_pattern(t) else t for t in items)

    for weight, items in sorted(options["heading"].items(), reverse=True):
        out.append(f"- 标题词语（{weight} 分）：{terms(items)}")
    if options["keywords"]:
        out.append(f"- 标题关键词（{THRESHOLD} 分）：{terms(options['keywords'])}")
    if options["words"]:
        out.append("- 按分词整词匹配（不得跨词）：" + "、".join(options["words"]))
    for weight, items in sorted(options["body"].items(), reverse=True):
        out.append(f"- 正文词语（{weight} 分，合计最多 {BODY_CAP} 分）：{terms(items)}")
    if options["not"]:
        out.append("- 不算数的说法：" + terms(options["not"]))
    for key, label in (("openings", "段落开头"), ("mentions", "段落中提到"), ("start", "正文开头几段"),
                       ("end", "正文最后几段")):
        if options[key]:
            out.append(f"- {label}（正则）：" + "、".join(f"`{p.pattern}`" for p in options[key]))
    if options["inside"]:
        out.append("- 也可以是这些部分的下级条目：" + "、".join(f"`{i}`" for i in options["inside"]))
    if options["depth"] < 9:
        out.append(f"- 只认第 {options['depth'] + 1} 层以内的部分（不认正文里的下级条目）")
    if options["first-part"]:
        out.append("- 没有标题点明时，正文的第一部分即是")
    if options["later-year"]:
        out.append(f"- 标题中的年份晚于报告年度（如 2024 年度报告中的“2025年”）：{options['later-year']} 分")
    if options["itemized"]:
        out.append("- 下级条目即使点明其他要素，也只是这一部分的条目")
    if options["min-chars"]:
        out.append(f"- 少于 {options['min-chars']} 字视为内容过少")
    return out
