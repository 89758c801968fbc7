"""The comparison key of a sentence: what two copies of a passage still share.

A unit that copies another unit's paragraph changes the unit's name, the
figures and the year, and perhaps the punctuation or the script (繁/简). The
key of a sentence is its matching view (``doc.norm``: simplified, half-width)
with those parts masked:

* unit names → ``@``: the report's own unit (from its title) and every name
  that ends with one of the rulebook's unit suffixes (党委, 党组, 局, 镇,
  街道, 医院, 学校, 公司 …), with up to ``max-prefix`` characters before the
  suffix that are not one of ``breaks`` (的, 和, 在 … : a name does not run
  across them);
* figures → ``#``: runs of digits, and of Chinese numerals (二〇二三, 十二, 一是);
* punctuation and white space are dropped.

Masking is applied the same way to every report, so it can only make two
sentences *more* alike; the substance of a sentence (what ``min-sentence``
and ``min-chars`` count) is its characters other than the masks.

Standard library only: the ``template-text`` rule type uses it on every
checked file.
"""

from __future__ import annotations

import re

from linter import regexstore

UNIT_MASK = "@"
FIGURE_MASK = "#"
_FIGURES = regexstore.compile(r"[0-9][0-9.,%]*|[〇零一二三四五六七八九十百千万亿两]+")
#: What a key keeps: word characters (CJK included) and the masks; ``_`` is a word character.
_DROP = regexstore.compile(r"[^\w#@]|_")
_DROP_LINES = regexstore.compile(r"[^\w#@\n]|_")  # (and keeps line breaks: Masker.keys)
_MASKS = regexstore.compile(r"([#@])\1+")


class Masker:
    """Compiled masking of a rulebook's ``units`` option (see :func:`units`)."""

    def __init__(self, suffixes: list[str], breaks: str, max_prefix: int, title: re.Pattern,
                 org_suffixes: list[str]):
        self.suffixes = suffixes
        self.breaks = breaks
        self.max_prefix = max_prefix
        self.title = title
        self.org_suffixes = org_suffixes
        # A name is found from its suffix backwards (the suffixes: one regular
        # expression, the longest first); the prefix is walked back over
        # characters that are not ASCII, a break character or Chinese punctuation.
        self._suffix = regexstore.compile("|".join(re.escape(x) for x in sorted(suffixes, key=len, reverse=True)))
        self._stops = frozenset(breaks + "、。“”‘’《》〈〉【】〔〕—…·")
        self.signature = (tuple(suffixes), breaks, max_prefix, title.pattern, tuple(org_suffixes))

    def __repr__(self) -> str:
        return f"Masker({len(self.suffixes)} suffixes)"

    def __reduce__(self):
        return Masker, (self.suffixes, self.breaks, self.max_prefix, self.title, self.org_suffixes)

    def unit_names(self, title: str) -> list[str]:
        """The report's own unit as the title names it, longest form first:
        “中共城关镇委员会关于2023年…” → [城关镇委员会, 城关镇]."""
        match = self.title.search(title)
        if not match or not match.group("unit"):
            return []
        unit = match.group("unit").strip()
        names = [unit]
        for suffix in sorted(self.org_suffixes, key=len, reverse=True):
            if unit.endswith(suffix) and len(unit) > len(suffix) + 1:
                names.append(unit[: -len(suffix)])
                break
        return [name for name in names if len(name) >= 2]

    def mask_units(self, text: str) -> str:
        """Every unit name of ``text`` (a suffix and up to ``max_prefix``
        characters before it) replaced by ``@``."""
        out, last = [], 0
        stops, longest = self._stops, self.max_prefix
        for match in self._suffix.finditer(text):
            start, end = match.span()
            begin = start
            while begin > last and start - begin < longest:
                ch = text[begin - 1]
                if ch < "\x80" or ch in stops:
                    break
                begin -= 1
            out.append(text[last:begin])
            out.append(UNIT_MASK)
            last = end
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def key(self, text: str, names=()) -> str:
        """The comparison key of ``text`` (a sentence of the matching view)."""
        return self._masked(text, names, _DROP)

    def keys(self, texts: list[str], names=()) -> list[str]:
        """``[self.key(text, names) for text in texts]``, each step run once
        over the texts joined by line breaks instead of once per sentence (a
        report has hundreds). The same keys: no step reaches across a line
        break — no name, suffix or figure contains one, the walk back over a
        unit name stops at any ASCII character, and the break itself is kept
        until the masks are merged."""
        if any("\n" in text for text in texts) or any(not name or "\n" in name for name in names):
            return [self.key(text, names) for text in texts]
        return self._masked("\n".join(texts), names, _DROP_LINES).split("\n")

    def _masked(self, text: str, names, drop: re.Pattern) -> str:
        for name in names:
            if name in text:
                text = text.replace(name, UNIT_MASK)
        text = self.mask_units(text)
        text = _FIGURES.sub(FIGURE_MASK, text)
        text = drop.sub("", text)
        return _MASKS.sub(r"\1", text)


def sentence_keys(doc, masker) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of every sentence of ``doc`` that is compared: the
    clauses of paragraphs and of headings' run-on text (not a heading's own
    title), trimmed of white space. Computed once per document and masking
    (the template rule and the batch fingerprint share it)."""
    cache = doc.__dict__.setdefault("_sentence_keys", {})
    keys = cache.get(masker.signature)
    if keys is not None:
        return keys
    from linter.document import HEADING, PARAGRAPH

    title = doc.title
    names = masker.unit_names(doc.norm[title.start:title.end]) if title is not None else []
    text, norm = doc.text, doc.norm
    spans = []
    for node in doc.nodes:
        if node.kind not in (PARAGRAPH, HEADING):
            continue
        for clause in node.clauses:
            if node.kind == HEADING and clause.start < node.title_end:
                continue  # the heading's own title: standard wording, and short
            start, end = clause.start, clause.end
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            spans.append((start, end))
    masked = masker.keys([norm[start:end] for start, end in spans], names)
    keys = [(start, end, key) for (start, end), key in zip(spans, masked)]
    cache[masker.signature] = keys
    return keys


def plain(text: str) -> str:
    """``text`` without punctuation and white space, nothing masked."""
    return _DROP.sub("", text)


def substance(key: str) -> int:
    """Characters of a key other than the masks."""
    return len(key) - key.count(UNIT_MASK) - key.count(FIGURE_MASK)


def unit_key(unit: str) -> str:
    """A unit name for pairing reports across years: no digits, punctuation
    or 中共 prefix (Chinese numerals stay: 第一中学 is not 第二中学)."""
    text = _DROP.sub("", re.sub("[0-9]+", "", unit))
    return text[2:] if text.startswith("中共") else text


# --------------------------------------------------------------------------- option


_UNIT_KEYS = {"suffixes", "org-suffixes", "breaks", "max-prefix", "title"}


def units(value) -> Masker:
    """The ``units`` option: how unit names are found.

    ``suffixes`` (names end with one of them), ``org-suffixes`` (the
    organization part of a unit named in a title: 党委, 党组, 委员会 …, cut
    off to find the short name), ``breaks`` (characters a name never
    contains), ``max-prefix`` (characters before the suffix), ``title`` (a
    regular expression with a group ``unit`` finding the unit in the title).
    """
    from linter.checks.options import positive_int, regex, string_list

    if not isinstance(value, dict):
        raise ValueError("units 应为映射（suffixes、org-suffixes、breaks、max-prefix、title）")
    unknown = set(value) - _UNIT_KEYS
    if unknown:
        raise ValueError(f"units 中有未知字段“{sorted(unknown)[0]}”（可用字段：{'、'.join(sorted(_UNIT_KEYS))}）")
    for key in _UNIT_KEYS:
        if key not in value:
            raise ValueError(f"units 缺少字段“{key}”")
    breaks = value["breaks"]
    if not isinstance(breaks, str):
        raise ValueError("units.breaks 应为一串字符")
    title = regex(value["title"])
    if "unit" not in title.groupindex:
        raise ValueError("units.title 的正则表达式必须有名为 unit 的分组：(?P<unit>…)")
    return Masker(string_list(value["suffixes"]), breaks, positive_int(value["max-prefix"]), title,
                  string_list(value["org-suffixes"]))


def share(value) -> float:
    """A proportion between 0 and 1."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError(f"应为 0 到 1 之间的小数，而不是 {value!r}")
    return float(value)
