"""element: the compliance checklist — is a required part of the report there?

Each checklist element of a rulebook is recognized *by meaning*, from
weighted signals, on every candidate section of the report:

* **Candidate sections**: numbered headings at the top two levels of the
  outline (一、 and the （一） under it; Markdown ``#`` and Word-styled
  headings alike); run-in headings (a paragraph that opens with a short
  sentence ending in 。: “强化理论武装，筑牢思想根基。……”), when a section
  has at least two of them, or the report has no numbered headings at all;
  and parts numbered inline (一、…二、… in one long line, when a scraped text
  lost its line breaks).
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
  element scoring at least 8 and at least 60 % of its best element (思想政治
  建设 serves two); when its heading names an element, body evidence alone
  does not add another. The sub-sections of a section whose heading names
  an element are parts of it (a plan's （一）加强政治建设 is no political part),
  except elements that declare they may sit ``inside`` it (原因分析 inside
  存在问题), or when they name three elements or more (an umbrella heading).
  Each element takes the best-scoring section that serves it.
* ``openings`` (regular expressions) find an unheaded paragraph that opens
  the part (一年来……还存在差距；下一步，我们将……), anywhere after the first
  section, and ``mentions`` a paragraph that says it anywhere in its text
  (……产生这些问题，既有客观原因，更有主观原因); ``start`` looks only at the opening paragraphs of the text (a
  speech's 同志们：) and ``end`` anywhere in its last paragraphs (谢谢大家).
* ``depth``: how deep a section serving the element may sit (0: a part of
  the report; 1: also a part of a part) — the problems of a report are one
  of its parts, not a run-in clause of its work (聚焦差距不足，夯实……。).
* ``first-part``: when nothing names the element, the report's first part
  counts (the work done comes first in a 述职报告 or a summary).

An element found whose section has fewer than ``min-chars`` characters of
text is ``weak``; one not found is ``missing``. ``zhidang check
--explain-checklist`` shows, per element, the section chosen, its score and
the terms that decided it, and the runner-up.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from linter.checks.options import boolean, positive_int, regex_list, string_list
from linter.document import HEADING, PARAGRAPH, TITLE

TYPE = "element"
#: Entries of a rulebook's ``elements:`` list have this type (the checklist),
#: evaluated together by :func:`evaluate` rather than one by one.
CHECKLIST = True
FIXES = False

PRESENT, MISSING, WEAK = "present", "missing", "weak"

#: A section scoring this much for an element is that part of the report.
THRESHOLD = 8
#: Body evidence counts up to this much.
BODY_CAP = 12
#: A section serves every element scoring at least this share of its best one.
SHARE = 0.6
#: The score of an unheaded paragraph found by ``openings``, ``start`` or ``end``.
OPENING_SCORE = 10
#: A run-in heading is a first sentence of at most this many characters.
RUNIN_MAX = 30
#: Sub-sections naming this many elements make their parent an umbrella.
UMBRELLA = 3
#: A paragraph this long may hold parts numbered inline (line breaks lost).
INLINE_MIN = 200
#: How many characters after an inline number are read as its heading.
INLINE_HEAD = 22
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
        for term in items:
            if _is_pattern(term):
                try:
                    re.compile(term)
                except re.error as exc:
                    raise ValueError(f"正则表达式“{term}”无效：{exc}") from None
        result[weight] = items
    return result


def _not_list(value) -> list[str]:
    items = string_list(value)
    for term in items:
        try:
            re.compile(term)
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
    "min-chars": (positive_int, 0),
}


def validate(options) -> None:
    if not any(options[k] for k in ("heading", "keywords", "words", "openings", "start", "end", "mentions")):
        raise ValueError("至少需要 heading、keywords、words、openings、mentions、start 或 end 之一")
    for word in options["words"]:
        if _is_pattern(word):
            raise ValueError(f"words 中的“{word}”必须是词语，不能是正则表达式")


_META = re.compile(r"[.^$*+?{}\[\]\\|()]")


def _is_pattern(term: str) -> bool:
    return bool(_META.search(term))


# --------------------------------------------------------------------------- signals


class _Signals:
    """Every term of a checklist compiled into two alternations (headings;
    bodies), longest literal first, patterns before literals; a match maps
    back to its credits ``[(element index, weight, word?)]``. Built once per
    checklist, on first use (compiling costs a few milliseconds)."""

    def __init__(self, elements):
        from linter.normalize import normalize

        self.heading: dict[str, list] = {}
        self.body: dict[str, list] = {}
        patterns: dict[str, bool] = {}
        negatives: set[str] = set()
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
                self.heading.setdefault(key, []).append((index, weight, key in words))
            for weight, terms in options["body"].items():
                for term in terms:
                    key = normalize(term)
                    patterns[key] = _is_pattern(term)
                    credits = self.body.setdefault(key, [])
                    credits[:] = [c for c in credits if c[0] != index or c[1] > weight]
                    if not any(c[0] == index for c in credits):
                        credits.append((index, weight, False))
            for term in options["not"]:
                key = normalize(term)
                patterns[key] = _is_pattern(term)
                negatives.add(key)
                self.heading.setdefault(key, [])
                self.body.setdefault(key, [])
        self.groups: dict[str, str] = {}  # pattern → group name
        self.heading_rx = self._compile(self.heading, patterns, negatives)
        self.body_rx = self._compile(self.body, patterns, negatives)

    def _compile(self, table: dict, patterns: dict, negatives: set):
        if not table:
            return None
        alternatives = []
        ordered = sorted((k for k in table if patterns[k]), key=lambda k: k not in negatives)
        for key in ordered:
            name = self.groups.setdefault(key, f"t{len(self.groups)}")
            alternatives.append(f"(?P<{name}>{key})")
        alternatives += [re.escape(k) for k in sorted((k for k in table if not patterns[k]), key=len, reverse=True)]
        self.names = {name: key for key, name in self.groups.items()}
        return re.compile("|".join(alternatives))

    def key(self, match) -> str:
        """The term (as listed, normalized) that ``match`` matched."""
        key = self.names.get(match.lastgroup) if match.lastgroup else None
        return match.group() if key is None else key


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
                 "evidence", "named")

    def __init__(self, kind, start, end, head, body, stop):
        self.kind, self.start, self.end, self.head, self.body, self.stop = kind, start, end, head, body, stop
        self.depth = 0  # 0: a part of the report; 1: a part of a part …
        self.children: list[Section] = []
        self.scores: dict[int, float] = {}
        self.claims: set[int] = set()
        self.evidence: dict[int, tuple[dict, dict]] = {}  # element → (heading terms, body terms)
        self.named = False  # its heading names an element (score ≥ THRESHOLD from the heading alone)


_DECORATION = " \t-*#>+•·●"
_RUNIN_END = "。!:"
_CONTINUES = "。!?;:”’\"')]】》」』"
_INLINE = re.compile(r"(?:(?<=[。!?;])|^)\s*([一二三四五六七八九十]{1,2})、")
_DIGIT = re.compile(r"\d")


def _runin(doc, node, previous) -> tuple[int, int] | None:
    """The heading span of a run-in paragraph (“强化理论武装，筑牢思想根基。……”)."""
    if node.kind != PARAGRAPH or node.aside or not node.clauses:
        return None
    first = node.clauses[0]
    if first.runin is not None or first.end >= node.end - 1:
        return None
    norm = doc.norm
    start, end = first.start, first.end
    while start < end and norm[start] in _DECORATION:
        start += 1
    if norm.startswith("**", start):
        start += 2
    while end > start and norm[end - 1] in _RUNIN_END + " *":
        end -= 1
    if norm[first.end - 1] not in _RUNIN_END or not 2 <= end - start <= RUNIN_MAX or _DIGIT.search(norm, start, end):
        return None
    if previous is not None and previous.kind == PARAGRAPH and not previous.aside \
            and norm[previous.end - 1] not in _CONTINUES:
        return None  # a line of hard-wrapped text, not the start of a paragraph
    return start, end


def _inline(doc, node) -> list[tuple[int, int, int]]:
    """Parts numbered inline in a long paragraph: [(start, head end)] when 一、二、…
    follow one another after sentence ends."""
    if node.kind != PARAGRAPH or node.end - node.start < INLINE_MIN:
        return []
    from linter.numerals import from_chinese

    found, expected = [], 1
    for m in _INLINE.finditer(doc.norm, node.start, node.end):
        if from_chinese(m.group(1)) == expected:
            found.append(m)
            expected += 1
    if len(found) < 2:
        return []
    parts = []
    norm = doc.norm
    for m in found:
        start = m.end()
        end = min(start + INLINE_HEAD, node.end)
        stop = norm.find("。", start, end)
        parts.append((m.start(1), start, stop if stop >= 0 else end))
    return parts


def _heading_end(doc, node, following) -> int:
    """A heading's title, continued on the next line when a hard-wrapped text
    broke it (a short fragment without punctuation follows a long title)."""
    end = node.title_end
    if following is not None and following.kind == PARAGRAPH and end == node.end \
            and node.title_end - node.title_start >= 24:
        text = doc.norm[following.start:following.end]
        if len(text) <= 15 and not any(c in text for c in "。;:!?,"):
            return following.end
    return end


def _build(doc) -> tuple[list[Section], list, int]:
    """(top-level sections with their sub-sections, body paragraphs, where the
    body begins). Cached on the document: every genre's checklist reads the
    same sections."""
    cached = doc.cache.get("sections")
    if cached is not None:
        return cached
    nodes = [n for n in doc.nodes if not n.aside and n.kind != TITLE]
    depth: dict[int, int] = {}
    for node in nodes:
        if node.kind == HEADING:
            parent = doc.parent_of(node)
            depth[node.index] = 0 if parent is None or parent.kind != HEADING else depth.get(parent.index, 0) + 1
    by_index = {}
    roots: list[Section] = []
    previous = None
    pending_runins: dict[int | None, list[Section]] = {}
    for position, node in enumerate(nodes):
        following = nodes[position + 1] if position + 1 < len(nodes) else None
        if node.kind == HEADING and depth[node.index] <= 1:
            stop = doc.section_end(node)
            head_end = _heading_end(doc, node, following)
            section = Section("heading", node.start, node.end, (node.title_start, head_end),
                              (head_end, stop), stop)
            section.depth = depth[node.index]
            by_index[node.index] = section
            parent = by_index.get(node.parent) if depth[node.index] == 1 else None
            if parent is not None:
                parent.children.append(section)
            elif depth[node.index] == 0:
                roots.append(section)
        elif node.kind == PARAGRAPH:
            owner = node.parent if node.parent in by_index else None
            parts = _inline(doc, node)
            if parts:
                for number, (marker, head_start, head_end) in enumerate(parts):
                    stop = parts[number + 1][0] if number + 1 < len(parts) else node.end
                    section = Section("inline", marker, head_end, (head_start, head_end), (head_end, stop), stop)
                    pending_runins.setdefault(owner, []).append(section)
                    section.kind = "inline"
            else:
                head = _runin(doc, node, previous)
                if head is not None:
                    stop = by_index[owner].stop if owner is not None else len(doc.text)
                    section = Section("runin", node.start, node.end, head, (head[1], stop), stop)
                    pending_runins.setdefault(owner, []).append(section)
        previous = node
    # Run-in sub-sections: at least two under one heading (or one inline group);
    # each runs to the next one.
    for owner, runins in pending_runins.items():
        inline = any(s.kind == "inline" for s in runins)
        if len(runins) < 2 and not inline:
            continue
        parent = by_index.get(owner)
        if parent is not None and any(c.kind == "heading" for c in parent.children):
            continue  # a section with numbered sub-sections: its paragraphs are text
        if parent is None and roots and not inline:
            continue  # run-ins in the preamble of a report with numbered parts
        for number, section in enumerate(runins):
            if number + 1 < len(runins) and section.kind == "runin":
                section.stop = min(section.stop, runins[number + 1].start)
                section.body = (section.body[0], section.stop)
        for section in runins:
            section.depth = 0 if parent is None else parent.depth + 1
        if parent is None:
            roots.extend(runins)
        else:
            parent.children.extend(runins)
    roots.sort(key=lambda s: s.start)
    for section in by_index.values():
        if section.children:
            section.children.sort(key=lambda s: s.start)
            section.body = (section.body[0], max(section.body[0], section.children[0].start))
    first = roots[0].start if roots else 0
    paragraphs = [n for n in nodes if n.kind == PARAGRAPH]
    result = (roots, paragraphs, first)
    doc.cache["sections"] = result
    return result


def _walk(sections):
    for section in sections:
        yield section
        yield from _walk(section.children)


# --------------------------------------------------------------------------- evaluation


class Found:
    """Where an element was found: ``start``/``end`` span its first line."""

    __slots__ = ("start", "end", "stop", "score", "how", "section", "evidence")

    def __init__(self, start, end, stop, score, how, section=None, evidence=None):
        self.start, self.end, self.stop, self.score, self.how, self.section = start, end, stop, score, how, section
        #: (heading terms, body terms) that gave the score, each {term: weight}
        self.evidence = evidence or ({}, {})


class Evaluation:
    """The checklist of one document: ``statuses`` ``{id: (status, Found or
    None)}``, and for ``--explain-checklist`` the candidates of each element."""

    def __init__(self, elements, doc):
        self.elements = elements
        self.doc = doc
        self.statuses: dict[str, tuple] = {}
        self.found: dict[str, Found] = {}
        self.candidates: dict[str, list[Found]] = {e.id: [] for e in elements}


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
    roots, paragraphs, first = _build(doc)
    scored = bool(signals.heading or signals.body)
    if scored and roots:
        body_hits = _body_hits(signals, doc)
        for section in _walk(roots):
            _score(section, signals, elements, doc, segmenter, body_hits)
        _assign(roots, elements, None)
        for section in _walk(roots):
            for index, score in section.scores.items():
                how = "claimed" if index in section.claims else "scored"
                result.candidates[elements[index].id].append(
                    Found(section.start, section.end, section.stop, score, how, section, section.evidence[index]))
    # unheaded paragraphs: openings, start, end
    body = [p for p in paragraphs if p.end > first or not roots]
    for element in elements:
        options = element.options
        for found in _paragraph_matches(doc, options, body, paragraphs, first if roots else 0):
            result.candidates[element.id].append(found)
    by_id = {e.id: i for i, e in enumerate(elements)}
    for element in elements:
        claimed = [f for f in result.candidates[element.id] if f.how != "scored"]
        if claimed:
            best = max(claimed, key=lambda f: (f.score, -f.start))
            result.found[element.id] = best
    for element in elements:
        if element.id in result.found or not element.options["first-part"]:
            continue
        first_part = _first_part(roots, result, by_id)
        if first_part is not None:
            found = Found(first_part.start, first_part.end, first_part.stop, 0, "first-part", first_part)
            result.candidates[element.id].append(found)
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


def _body_hits(signals, doc):
    """(starts, keys) of every body term in the text, in order."""
    if signals.body_rx is None:
        return [], []
    starts, keys = [], []
    for m in signals.body_rx.finditer(doc.norm):
        key = signals.key(m)
        if signals.body.get(key):
            starts.append(m.start())
            keys.append(key)
    return starts, keys


def _score(section, signals, elements, doc, segmenter, body_hits) -> None:
    norm = doc.norm
    section.scores, section.evidence, section.claims, section.named = {}, {}, set(), False
    heading: dict[int, dict[str, int]] = {}
    if section.head is not None and signals.heading_rx is not None:
        start, end = section.head
        text = norm[start:end]
        for m in signals.heading_rx.finditer(text):
            key = signals.key(m)
            for index, weight, word in signals.heading.get(key, ()):
                if word and not segmenter.whole_words(text, m.start(), m.end()):
                    continue
                heading.setdefault(index, {})[m.group()] = weight
    body: dict[int, dict[str, int]] = {}
    starts, keys = body_hits
    lo, hi = section.body
    for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        key = keys[i]
        for index, weight, _ in signals.body[key]:
            body.setdefault(index, {})[key] = weight
    for index in set(heading) | set(body):
        h = sum(heading.get(index, {}).values())
        b = min(BODY_CAP, sum(body.get(index, {}).values()))
        section.scores[index] = h + b
        section.evidence[index] = (heading.get(index, {}), body.get(index, {}))
        if h >= THRESHOLD:
            section.named = True


def _claims(section, elements, allowed=None) -> set[int]:
    if not section.scores:
        return set()
    best = max(section.scores.values())
    claims = set()
    for index, score in section.scores.items():
        if score < THRESHOLD or score < SHARE * best or section.depth > elements[index].options["depth"]:
            continue
        if section.named and not section.evidence[index][0]:
            continue  # the heading names another part: body evidence alone adds nothing
        if allowed is not None and index not in allowed:
            continue
        claims.add(index)
    return claims


def _assign(sections, elements, allowed) -> None:
    """Decide which elements each section serves, top down (see the module)."""
    for section in sections:
        section.claims = _claims(section, elements, allowed)
        if not section.children:
            continue
        _assign(section.children, elements, None)
        below = set().union(*(child.claims for child in section.children))
        if not section.named or not section.claims:
            continue  # a vague heading: its sub-sections are found by their own words
        if len(below) >= UMBRELLA and below & section.claims:
            section.claims = set()  # an umbrella heading: the sub-sections are the parts
            continue
        # sub-parts of a named part: only what may sit inside it
        inside = {i for i, e in enumerate(elements)
                  if set(e.options["inside"]) & {elements[c].id for c in section.claims}}
        for child in _walk(section.children):
            child.claims &= inside


def _paragraph_matches(doc, options, body, paragraphs, first):
    norm = doc.norm
    if options["openings"]:
        for node in body:
            for start, end in _leads(doc, node):
                # sliced: `^` in a pattern means the start of the sentence
                if start >= first and any(p.search(norm[start:end]) for p in options["openings"]):
                    yield Found(start, node.end, node.end, OPENING_SCORE, "opening")
                    break
    if options["mentions"]:
        for node in body:
            if any(p.search(norm[max(first, node.start):node.end]) for p in options["mentions"]):
                yield Found(node.start, node.end, node.end, OPENING_SCORE - 2, "mention")
                break
    if options["start"]:
        for node in paragraphs[:EDGE_PARAGRAPHS]:
            start, end = node.lead
            if any(p.search(norm[start:end]) for p in options["start"]):
                yield Found(node.start, node.end, node.end, OPENING_SCORE, "start")
                break
    if options["end"]:
        for node in paragraphs[-END_PARAGRAPHS:]:
            if any(p.search(norm[node.start:node.end]) for p in options["end"]):
                yield Found(node.start, node.end, node.end, OPENING_SCORE, "end")
                break


def _leads(doc, node):
    """The opening sentence of a paragraph; in a long paragraph that holds
    inline-numbered parts (line breaks lost), every sentence."""
    if node.end - node.start >= INLINE_MIN and _inline(doc, node):
        for clause in node.clauses:
            yield clause.start, clause.end
    else:
        yield node.lead


def _first_part(roots, result, by_id):
    """The report's first part, unless another element took it."""
    if not roots:
        return None
    first = roots[0]
    if any(f.section is first or f.start == first.start for f in result.found.values()):
        return None
    return first


def _substance(norm: str, found: Found) -> int:
    section = found.section
    start = section.head[1] if section is not None and section.head is not None else found.start
    body = norm[start:found.stop]
    return len("".join(body.split()))  # characters other than white space


# --------------------------------------------------------------------------- explanation

_HOW = {"claimed": "", "scored": "（未采用）", "opening": "段落开头", "mention": "段落中提到",
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
        ranked = sorted(result.candidates[element.id], key=lambda f: (-f.score, f.start))
        if found is not None:
            lines.append(f"{element.title}（{element.id}）：{label}，第{position(found.start)[0]}行"
                         f"{_describe(found, doc)}")
        else:
            lines.append(f"{element.title}（{element.id}）：{label}（门槛 {THRESHOLD} 分）")
        runner = next((f for f in ranked if found is None or f.start != found.start), None)
        if runner is not None:
            why = _rejected(runner) if runner.how == "scored" else ""
            lines.append(f"    其次：第{position(runner.start)[0]}行{_describe(runner, doc)}{why}")
    return lines


def _describe(found: Found, doc) -> str:
    text = doc.text
    if found.section is not None and found.section.head is not None:
        start, end = found.section.head
        quoted = " ".join(text[start:end].split())
    else:
        quoted = " ".join(text[found.start:found.end].split())
    if len(quoted) > 30:
        quoted = quoted[:29] + "…"
    how = _HOW.get(found.how, "")
    parts = [f"“{quoted}”"]
    if how:
        parts.append(how)
    if found.how in ("claimed", "scored"):
        heading, body = found.evidence
        detail = f"{found.score:g} 分"
        if heading:
            detail += "；标题：" + "、".join(f"{t}+{w}" for t, w in heading.items())
        if body:
            total = sum(body.values())
            capped = f"，计 {BODY_CAP}" if total > BODY_CAP else ""
            detail += "；正文：" + "、".join(f"{t}+{w}" for t, w in body.items()) + capped
        parts.append(detail)
    return " " + "，".join(parts)


def _rejected(found: Found) -> str:
    if found.score < THRESHOLD:
        return "，未达门槛"
    return "，该部分属于其他要素"
