"""Skip a regular expression on a text that cannot hold a match.

Most of a rulebook's patterns find nothing in most documents: a residue
pattern (``此处隐藏…字|省略…字|…会员可…|预览结束``) is scanned character by
character over the whole text, ~100 MB/s, and a rulebook has dozens of them.
Every match of such a pattern contains one of a few literal strings (here
此处隐藏, 省略, 会员, 预览); ``str.__contains__`` looks for a string many
times faster than the regular expression engine steps through the text, so
when none of them occurs, the pattern is not run at all. The result is the
same by construction: the literals are read from the pattern's own syntax
tree, and only where every match must contain one of them.

:func:`required` derives, from the parsed pattern, a set of strings of which
every match contains at least one (None when no such set is known: a pattern
that may match without any fixed character, or with ``IGNORECASE``). Parts
that match without consuming (look-arounds, anchors) are not read;
repetitions count only when they repeat at least once; an alternation needs
the union of its branches' sets; a small character class (``[Xx]``) counts
as its characters. Of several candidates in a sequence the
most selective is kept: the one whose commonest string is rarest — a string as
rare as its rarest character, by its place among the commonest of the corpus
(:data:`_RANKED`: 猜 of 以上……猜, not 以上 or 20, which every report holds; 页 of
第N页, not 第) —, then the longest shortest string, then the fewest strings. A string
that holds another of the set is dropped (where 文档 is absent, so is
下载文档原格式): each is a search of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

try:  # Python ≥ 3.11
    from re import _constants as _c, _parser as _p
except ImportError:  # Python 3.10
    import sre_constants as _c  # noqa: F401 (deprecated aliases, still present)
    import sre_parse as _p

from linter import regexstore  # facts derived from a pattern (parsing it: ~0.1 ms) are kept across runs

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)

_known: dict[tuple[str, int], frozenset[str] | None] = {}
#: Part of the names under which derived facts are kept in the regex store
#: (linter/regexstore.py): bump it when a derivation changes, so that no run
#: uses what an older one derived.
_DERIVATION = 6


class _CaseFolding(Exception):
    pass


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None."""
    key = (pattern, flags)
    if key in _known:
        return _known[key]
    stored = regexstore.fact(f"required/{_DERIVATION}", pattern, flags, lambda: _listed(_derive(pattern, flags)))
    if stored is not None and not (isinstance(stored, list) and stored
                                   and all(isinstance(s, str) and s for s in stored)):
        stored = _listed(_derive(pattern, flags))  # a damaged entry
    found = _known[key] = None if stored is None else frozenset(stored)
    return found


def _listed(found: frozenset[str] | None) -> list[str] | None:
    return None if found is None else sorted(found)


def _derive(pattern: str, flags: int) -> frozenset[str] | None:
    try:
        parsed = _p.parse(pattern, flags)
        if (parsed.state.flags | flags) & re.IGNORECASE:
            raise _CaseFolding
        found = _sequence(parsed)
    except (_CaseFolding, re.error, RecursionError, TypeError, ValueError):
        found = None
    if found is not None and (not found or "" in found):
        found = None
    if found is not None and len(found) > 1:
        # (a string that holds another of them adds nothing: where the shorter is absent, so is it — and every one
        # of them is a search of the text: 下载文档原格式 beside 文档)
        found = frozenset(s for s in found if not any(t != s and t in s for t in found))
    return found


def may_match(pattern, text: str) -> bool:
    """False only when ``pattern`` certainly finds nothing in ``text``. Only
    patterns of Python's ``re`` are read (an ``re.Pattern`` or a built-in
    rulebook's :class:`~linter.checks.options.LazyPattern`); a user's pattern
    compiled by the ``regex`` module, whose syntax differs, is always run."""
    kind = type(pattern)
    if kind is not re.Pattern and kind is not (_LAZY or _lazy()):
        return True
    key = (pattern.pattern, pattern.flags & _IGNORECASE)
    literals = _known[key] if key in _known else required(*key)
    if literals is None:
        return True
    for literal in literals:
        if literal in text:
            return True
    return False


_LAZY = None


def _lazy():
    global _LAZY
    from linter.checks.options import LazyPattern

    _LAZY = LazyPattern
    return LazyPattern


#: A character class of at most this many characters counts as its characters.
_FEW = 12


def _characters(items) -> frozenset[str] | None:
    """The characters of a class such as ``[Xx]`` or ``[○〇]`` (one of which
    the match holds there), or None for a negated, large or unusual class."""
    found: set[str] = set()
    for op, arg in items:
        if op is _c.LITERAL:
            found.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < _FEW:
            found.update(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None  # NEGATE, a category, a wide range
        if len(found) > _FEW:
            return None
    return frozenset(found) or None


def _sequence(items) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset(("".join(run),)))
            run = []
        found = None
        if op is _c.SUBPATTERN:
            _, add_flags, _, body = arg
            if add_flags & re.IGNORECASE:
                raise _CaseFolding
            found = _sequence(body)
        elif _ATOMIC is not None and op is _ATOMIC:
            found = _sequence(arg)
        elif op in _REPEATS:
            low, _, body = arg
            if low >= 1 and len(body) == 1 and body[0][0] is _c.LITERAL:
                found = frozenset((chr(body[0][1]) * min(low, 8),))  # 某{2,}: 某某
            elif low >= 1 and len(body) == 1 and body[0][0] is _c.IN:
                found = _characters(body[0][1])  # [|｜¦]+: one of them
            else:
                found = _sequence(body) if low >= 1 else None
        elif op is _c.BRANCH:
            branches = [_sequence(branch) for branch in arg[1]]
            if all(branches):
                found = frozenset().union(*branches)
        elif op is _c.IN:
            found = _characters(arg)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset(("".join(run),)))
    if not candidates:
        return None
    # (the strings most texts lack: each with a character outside the commonest ones (要, 年, 以上 are in every
    # report, 点赞 and 意见 in many; 猜你喜欢's 猜 in few), then the longest shortest string, then the fewest)
    return max(candidates, key=lambda strings: (min(map(_rarity, strings)), min(map(len, strings)), -len(strings)))


_rank = None  # a character → its place in _RANKED (made on first use: deriving is rare, and what it finds is kept)


def _rarity(string: str) -> int:
    """How few texts hold ``string``, as far as its characters tell: its rarest character's place among the
    commonest (:data:`_RANKED`). (Summing the characters' weights instead, each the logarithm of its place,
    preferred longer strings of commoner characters: a one-report check then ran ~3.5 M instructions more.)"""
    global _rank
    if _rank is None:
        _rank = {c: i for i, c in enumerate(_RANKED)}.get
    return max(_rank(c, _RARE) for c in string)


# -- windows: run a pattern only on the lines that can hold a match ----------
#
# ``may_match`` helps only on a text holding none of a pattern's strings; a
# long report holds most of them somewhere. When no match of a pattern can
# contain, or look at, a newline, every match lies inside one line, and a
# line without any of the pattern's strings holds none: the pattern runs on
# the lines (runs of adjacent lines) that hold one, with
# ``finditer(text, pos, endpos)``, whose matches carry positions in the whole
# text. At a window's edges the pattern sees what it would see in the whole
# text: a look-behind, ``\b`` and ``^`` look before ``pos`` (Python's ``re``
# reads the string there, so a look-behind may even hold a newline), and at
# ``endpos`` — a newline or the end of the text — ``$`` matches as before a
# newline and a look-ahead that cannot match a newline fails either way.
# ``\A`` and ``\Z`` would match at a window's edges: patterns with them are
# run on the whole text, as is every pattern whose parse tree allows a newline
# anywhere (``\s``, ``[^…]``, ``\D``, ``.`` with DOTALL, ``\n`` …).

_ANCHORS_OF_STRING = {_c.AT_BEGINNING_STRING, _c.AT_END_STRING}
_ANCHORS_OF_TEXT = {_c.AT_BEGINNING, _c.AT_END}  # ^ $ without MULTILINE: of the whole text
#: Categories (``\d``, ``\s``, ``\w`` and their opposites, in a class or not)
#: that contain the newline.
_NEWLINE_CATEGORIES = {_c.CATEGORY_SPACE, _c.CATEGORY_NOT_DIGIT, _c.CATEGORY_NOT_WORD, _c.CATEGORY_LINEBREAK}
_OTHER_CATEGORIES = {_c.CATEGORY_DIGIT, _c.CATEGORY_NOT_SPACE, _c.CATEGORY_WORD, _c.CATEGORY_NOT_LINEBREAK}
_NEWLINE = ord("\n")

_in_lines: dict[tuple[str, int], bool] = {}
#: (pattern, flags) → (its required strings, whether it stays on its line).
_plans: dict[tuple[str, int], tuple[frozenset[str] | None, bool]] = {}


class _Crosses(Exception):
    pass


def within_lines(pattern: str, flags: int = 0) -> bool:
    """True when no match of ``pattern`` contains a newline and none depends
    on text beyond the line it is on (see above); False when unsure."""
    key = (pattern, flags)
    found = _in_lines.get(key)
    if found is None:
        found = regexstore.fact(f"within-lines/{_DERIVATION}", pattern, flags,
                                lambda: _derive_within_lines(pattern, flags))
        if not isinstance(found, bool):  # a damaged entry
            found = _derive_within_lines(pattern, flags)
        _in_lines[key] = found
    return found


def _derive_within_lines(pattern: str, flags: int) -> bool:
    try:
        parsed = _p.parse(pattern, flags)
        _lines(parsed, parsed.state.flags | flags)
    except (_Crosses, re.error, RecursionError, TypeError, ValueError):
        return False
    return True


def _lines(items, flags: int) -> None:
    """Raise _Crosses when some part of ``items`` may match a newline."""
    for op, arg in items:
        if op is _c.LITERAL:
            if arg == _NEWLINE:
                raise _Crosses
        elif op is _c.NOT_LITERAL:
            if arg != _NEWLINE:
                raise _Crosses
        elif op is _c.ANY:
            if flags & re.DOTALL:
                raise _Crosses
        elif op is _c.IN:
            _set(arg)
        elif op is _c.CATEGORY:
            _set([(op, arg)])
        elif op is _c.AT:
            if arg in _ANCHORS_OF_STRING or (arg in _ANCHORS_OF_TEXT and not flags & re.MULTILINE):
                raise _Crosses
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, body = arg
            _lines(body, (flags | add_flags) & ~del_flags)
        elif op in _REPEATS:
            _lines(arg[2], flags)
        elif op is _c.BRANCH:
            for branch in arg[1]:
                _lines(branch, flags)
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            if arg[0] >= 0:  # a look-behind reads the text before ``pos``: whatever it holds
                _lines(arg[1], flags)
        elif _ATOMIC is not None and op is _ATOMIC:
            _lines(arg, flags)
        elif op is _c.GROUPREF:
            pass  # repeats what its group matched, which is checked
        elif op is _c.GROUPREF_EXISTS:
            _lines(arg[1], flags)
            if arg[2] is not None:
                _lines(arg[2], flags)
        else:
            raise _Crosses  # anything not known here: unsure


def _set(items) -> None:
    """Raise _Crosses when the character class ``items`` may hold the newline."""
    negated = False
    holds = False
    for op, arg in items:
        if op is _c.NEGATE:
            negated = True
        elif op is _c.LITERAL:
            holds = holds or arg == _NEWLINE
        elif op is _c.RANGE:
            holds = holds or arg[0] <= _NEWLINE <= arg[1]
        elif op is _c.CATEGORY and arg in _NEWLINE_CATEGORIES:
            holds = True
        elif op is _c.CATEGORY and arg in _OTHER_CATEGORIES:
            pass
        else:
            raise _Crosses
    if holds != negated:
        raise _Crosses


#: Past this share of the text, the windows are not worth their cost: the
#: pattern runs on the whole text.
_MOST = 0.5


class Lines:
    """The lines of one text that hold a given string, found with
    ``str.find`` and kept for the next pattern that needs the same string
    (one per view of a document: :func:`lines_of`)."""

    __slots__ = ("text", "_spans", "_windows", "_limit")

    def __init__(self, text: str):
        self.text = text
        self._spans: dict[str, list[tuple[int, int]] | None] = {}
        self._windows: dict[frozenset[str], list[list[int]] | None] = {}
        # Each occurrence costs a few string searches in Python (~0.5 µs),
        # the cost of scanning some 30-60 characters with a regular
        # expression (~10-20 ns a character of Chinese text): beyond this
        # many, a full scan is cheaper.
        self._limit = len(text) // 64 + 8

    def spans(self, literal: str) -> list[tuple[int, int]] | None:
        """``(start, end)`` of each line holding ``literal`` (end: its
        newline or the end of the text), or None when there are too many."""
        if literal in self._spans:
            return self._spans[literal]
        text, find, rfind = self.text, self.text.find, self.text.rfind
        # (one pass: the lines are found as the string is, and the search stops at the first line past the limit —
        # counting it first, in C, was a second pass over the text for every string it holds a few times)
        limit = self._limit
        spans: list[tuple[int, int]] = []
        at = find(literal)
        while at >= 0:
            if len(spans) >= limit:  # (a common string: its lines are not worth finding)
                self._spans[literal] = None
                return None
            start = rfind("\n", 0, at) + 1
            end = find("\n", at + len(literal))
            if end < 0:
                end = len(text)
            spans.append((start, end))
            at = find(literal, end)
        self._spans[literal] = spans
        return spans

    def windows(self, literals: frozenset[str]) -> list[tuple[int, int]] | None:
        """The runs of adjacent lines that hold one of ``literals`` (sorted,
        disjoint), or None when they would cover most of the text. Kept for
        the next pattern with the same strings."""
        known = self._windows.get(literals, False)
        if known is not False:
            return known
        found: list[tuple[int, int]] = []
        for literal in literals:
            spans = self.spans(literal)
            if spans is None:
                found = None
                break
            found.extend(spans)
        merged: list[list[int]] | None = [] if found is not None else None
        if found:
            if len(literals) > 1:
                found.sort()
            for start, end in found:
                if merged and start <= merged[-1][1] + 1:  # the same line, or the next one
                    if end > merged[-1][1]:
                        merged[-1][1] = end
                else:
                    merged.append([start, end])
            if sum(end - start for start, end in merged) > _MOST * len(self.text):
                merged = None
        self._windows[literals] = merged
        return merged


def found_of(cache: dict, text: str) -> tuple:
    """A test whether ``text`` holds each character of a string (a set's test in C: most strings have a
    character the text lacks), and a dict of the strings searched for in ``text`` so far → whether it holds
    them; both kept in ``cache`` (a document's), per text."""
    key = ("prefilter.chars", id(text))
    entry = cache.get(key)
    if entry is None or entry[0] is not text:
        entry = cache[key] = (text, frozenset(text), {})
    return entry[1].issuperset, entry[2]


def lines_of(cache: dict, text: str) -> Lines:
    """The :class:`Lines` of ``text``, kept in ``cache`` (a document's)."""
    key = ("prefilter.lines", id(text))
    lines = cache.get(key)
    if lines is None or lines.text is not text:
        lines = cache[key] = Lines(text)
    return lines


class _Scanner:
    """Which of many strings a text holds, in one pass of one regular
    expression instead of a search per string.

    A document is searched for the required strings of some 200 patterns
    (~400 strings, most of them absent: a residue pattern's 版权声明, 扫一扫
    …), each search a pass over the whole text. The scanner's expression is a
    trie of the strings' *tails*: each string from its rarest character on
    (版权声明 → 权声明 when 版 is commoner than 权; rarity read from
    :data:`_COMMON`), so that the engine, which tries the trie only where a
    tail's first character stands, rarely has to. ``findall`` (in C) returns
    the longest tail at each place where one starts, left to right, without
    overlaps; then every tail the text holds is known exactly:
    - one that starts where a match starts is a prefix of that match (the
      match is the longest there): :attr:`prefixes`;
    - one that starts inside a match overlaps it: the tails that could
      (:attr:`overlapping`, read from the tails alone) are searched for
      with ``in``, only when their match was found;
    - anywhere else, ``findall`` would have matched it.
    A string is held when its tail is and (unless it is its tail) ``in``
    finds it. Strings made only of common characters (，, 年, 学习教育) are not
    in the scanner: they are searched for as before, and are usually found
    near the start of a text. Rarity only decides what is fast; the answer is
    exact whatever :data:`_COMMON` holds.
    """

    __slots__ = ("strings", "covered", "rx", "tails", "prefixes", "overlapping")

    def __init__(self, strings: frozenset[str]):
        import json

        from linter import cache

        self.strings = strings
        content = json.dumps([regexstore.engine_key(), _DERIVATION, sorted(_COMMON), sorted(strings)],
                             ensure_ascii=False)
        try:  # (kept in the cache folder: building the tables and the expression costs ~6 ms)
            pattern, tails, prefixes, overlapping, code = cache.memo(
                "scanner", None, content, lambda: _scanner_tables(strings), cache.dumps, cache.loads)
            self.tails = {tail: list(held) for tail, held in tails}
            self.prefixes = {tail: tuple(found) for tail, found in prefixes}
            self.overlapping = {tail: tuple(found) for tail, found in overlapping}
            known = set(self.tails)
            assert isinstance(pattern, str) and known == self.prefixes.keys() == self.overlapping.keys() and all(
                isinstance(s, str) for held in self.tails.values() for s in held) and all(
                known.issuperset(found) for table in (self.prefixes, self.overlapping) for found in table.values())
        except (TypeError, ValueError, AssertionError):  # a damaged entry
            pattern, tails, prefixes, overlapping, code = _scanner_tables(strings)
            self.tails, self.prefixes, self.overlapping = dict(tails), dict(prefixes), dict(overlapping)
        self.covered = frozenset(s for held in self.tails.values() for s in held)
        self.rx = regexstore.restore(pattern, code) if pattern else None

    def held(self, text: str) -> set[str]:
        """The strings of :attr:`covered` that ``text`` holds."""
        if self.rx is None:
            return set()
        found = set(self.rx.findall(text))
        tails: set[str] = set()
        for match in found:
            tails.update(self.prefixes[match])
        for match in found:
            for other in self.overlapping[match]:
                if other not in tails and other in text:
                    tails.add(other)
        held: set[str] = set()
        for tail in tails:
            for string in self.tails[tail]:
                if len(string) == len(tail) or string in text:
                    held.add(string)
        return held


#: The characters of the development corpus's matching view (tests/corpus*, normalized as documents are:
#: ， becomes ,), commonest first: the 840 that each make up more than 0.01 % of it (counted in session 56).
#: Only speed depends on it: which of a pattern's required strings the prefilter keys on (the one whose
#: rarest character is rarest: 页 of 第 *\d+ *页, not 第), and where a scan starts. Recount: scripts/rank_chars.py.
_RANKED = (
    ',。党、\n的2建全部“”年员1一作工组展开实不人务题项和0对学中理业委在 动次制个行度会是设治发'
    '干6织成推问化3政支任管责强等重持严监习主4进教要有生落分区事督为规村关查大上体用5到加领风面力'
    '三新以深报改8整基导坚名提书机纪公办专时定层县育服合现入活法点.记评议保群社下位研廉格局职资二集'
    '与)级(目立够同完众;民件医子情案结班市检企9心形从把执7四单态统家经程示%还好计精意审清范系量'
    '高平处第地抓告通况决产出长了效能文日核:共期线调安队方校识续我论培镇存质场收施院明讲思金各课向小'
    '考性标师解联农头条岗违信谈"域引网究指每自带律乡五想运总参数万交品于比国察节神升认正防及确环多增'
    '选创险训月元内善优求过营批余常科话前水做户警流先少伍反负将费率造难代来门式本传所后达团准贯台促健'
    '策起接请履道X洁其间真融围商老室别青果更召压访足身步划两护近们排就置表受特得协助志轻备央手措八减'
    '宣彻色转待控聚司订打义外紧积述回站养物原权投取腐配×帮盖技放绕约半按十看覆举巡息应季之供双修例城'
    '较均财未采档走当见路者担署守因障源牌种利属型里象才已逐边济纠这照使车预算挥派居电据境园焦依》《醒'
    '如红满革底账招口构+疗购送类签卫并省相街由测讨则需让微六至轮|直限突牢稳住际验观锋补纳今—号知驻'
    '些降读份仍战争析堂价弱涉被模食容装急篇房充针术诉差败亿固-然扎复绩困康销药气德显听络首序也届府极'
    '注典证包细患根最材馈承编键摆拔可退获庭广周短变骨*映挂维切片跟料段税兴阵愿天薄索没秀占临留舆肃林'
    '快判践感布字偏诊势良综础武士历具旅都密额付惠振去移馆说着断予录隐爱激征写假视益给病亲硬值窗客简攻'
    '消初楼汇礼谋超低停星终锻扶功筑炼失章溪享板七而座励试巩贴土辖盾故输缴无缺便衡矩汛张救登追靠岁距列'
    '股筹梳库款延矛树凝诺己始扣官页缩早纷言念托美休再【】普吃素宗媒智止牵但响\t春必热斗江链旧苗非错耕'
    '松频互某命踪亮软影山游图辅换白递百离光空他抽握扩诚刚河易石龄灾…厚聘储兼军伸远几击漏富川印吸致刻'
    '倾史族阅奖此赛样氛零劳餐盯掌渠钩夯散云·妥温敢茶')
_RARE = len(_RANKED)  # (the place of a character not in it)
#: The characters a scan should not start on: the 130 commonest (each more than 0.2 % of the text).
_COMMON = frozenset(_RANKED[:130])


def _scanner_tables(strings: frozenset[str]) -> list:
    """:class:`_Scanner`'s tables, as lists (JSON): its expression, each
    tail with its strings, the tails that are prefixes of each tail, and the
    tails that may start inside each."""
    tails: dict[str, list[str]] = {}
    for string in sorted(strings):
        rarest = min(range(len(string)), key=lambda at: (string[at] in _COMMON, at))
        if string[rarest] not in _COMMON:
            tails.setdefault(string[rarest:], []).append(string)
    ordered = sorted(tails)
    prefixes = [[t, [t[:j] for j in range(1, len(t) + 1) if t[:j] in tails]] for t in ordered]
    overlapping = []
    for tail in ordered:
        others = set()
        for k in range(1, len(tail)):
            rest = tail[k:]
            others.update(rest[:j] for j in range(1, len(rest) + 1) if rest[:j] in tails)
            at = bisect_left(ordered, rest)  # the tails that start with the rest of this one
            while at < len(ordered) and ordered[at].startswith(rest):
                others.add(ordered[at])
                at += 1
        overlapping.append([tail, sorted(others)])
    pattern = trie(ordered) if ordered else ""
    return [pattern, [[t, tails[t]] for t in ordered], prefixes, overlapping,
            regexstore.record(pattern) if pattern else None]


def trie(strings) -> str:
    """One regular expression matching each of ``strings``, shaped as a
    trie: the longest string at a place first (a string that ends where a
    longer one goes on is an optional tail)."""
    root: dict = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [("\\" + char if char in SPECIAL else char) + build(node[char])
                    for char in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


#: The characters that mean something in a regular expression outside a class.
SPECIAL = frozenset(".^$*+?{}[]\\|()")


_scanner: _Scanner | None = None
#: A text is scanned once it has been searched this many times (a view of a
#: document that one or two patterns read is searched string by string).
_SCAN_AFTER = 2
#: The scanner is (re)built only when this many searches have planned no new
#: string: in a process's first document nearly every pattern is new (a
#: one-report check never scans; building a scanner for it would cost more
#: than its searches), from the second on the list is complete.
_SETTLED = 400
_quiet = 0  # searches since a pattern with new strings was planned
#: The scanner is rebuilt when this many strings were planned after it (until
#: then they are searched for one by one).
_STALE = 16


def settle() -> None:
    """Build the scanner now, from the strings planned so far (a forked pool
    calls this after its first document, so that every worker inherits it)."""
    global _scanner
    if _strings and (_scanner is None or len(_strings) > len(_scanner.strings)):
        _scanner = _Scanner(frozenset(_strings))


def held_of(cache: dict, text: str) -> tuple[set[str], frozenset[str]] | None:
    """The strings of the scanner's list that ``text`` holds, and that list
    (kept in ``cache``, a document's), or None while the text is not worth a
    scan."""
    global _scanner, _quiet
    _quiet += 1
    key = ("prefilter.held", id(text))
    entry = cache.get(key)
    if entry is None or entry[0] is not text:
        entry = cache[key] = [text, 0, None]
    elif entry[2] is not None:
        return entry[2]
    entry[1] += 1
    if entry[1] < _SCAN_AFTER:
        return None
    if _quiet >= _SETTLED and (_scanner is None or len(_strings) - len(_scanner.strings) > _STALE):
        _scanner = _Scanner(frozenset(_strings))
    if _scanner is None:
        return None
    entry[2] = _scanner.held(text), _scanner.covered
    return entry[2]


#: re.IGNORECASE as a plain int (a pattern's flags are ints: `&` with a RegexFlag runs enum's Python code).
_IGNORECASE = int(re.IGNORECASE)


#: The required strings of every pattern planned so far (the scanner's list).
_strings: set[str] = set()


#: id(pattern) → (pattern, its required strings, whether it stays on its
#: line): :func:`finditer`'s plan for each pattern object it has seen, found
#: by identity (hashing a pattern hashes its source). The pattern is held, so
#: its id cannot be taken by another object while the entry exists.
_by_id: dict[int, tuple] = {}
_BY_ID_MAX = 20_000
_NOTHING = iter(())  # (exhausted: the same empty iterator serves every call)


def _plan_of(pattern) -> tuple:
    global _quiet, _scanner
    if len(_by_id) >= _BY_ID_MAX:  # (a long-lived process that reloads rulebooks: the old patterns go)
        _by_id.clear()
        _strings.clear()  # (and their strings: the scanner is built again from the patterns in use)
        _scanner = None
    kind = type(pattern)
    if kind is not re.Pattern and kind is not (_LAZY or _lazy()):
        plan = (pattern, None, False)  # an object with its own finditer (a user pattern under a time limit)
    else:
        key = (pattern.pattern, pattern.flags)
        known = _plans.get(key)
        if known is None:  # (both facts in one record of the regex store: one look-up, one key of the pattern's text)
            stored = regexstore.fact(f"plan/{_DERIVATION}", *key, lambda: _derive_plans([key])[0])
            if not _a_plan(stored):  # a damaged entry
                stored = _derive_plans([key])[0]
            literals = None if stored[0] is None else frozenset(stored[0])
            known = _plans[key] = (literals, literals is not None and stored[1])
        if known[0] is not None and not _strings.issuperset(known[0]):
            _strings.update(known[0])
            _quiet = 0
        plan = (pattern, *known)
    _by_id[id(pattern)] = plan
    return plan


#: A list of at least this many patterns is planned at once (:func:`plan_all`).
_PLAN_ALL_MIN = 8
_all_planned: dict[int, list] = {}  # id → the lists planned (the next document's check skips them at once)


def plan_all(patterns) -> None:
    """Plan every built-in pattern of ``patterns`` (a rule's list) now, their
    facts — required strings, whether a match stays on its line — kept in the
    regex store as one record for the list (keyed by a digest of the patterns'
    texts), not two per pattern: the residue rule's ~170 patterns made ~340
    records whose keys (each a pattern's text) every start-up read, and ~340
    look-ups. The same facts as :func:`required` and :func:`within_lines` give."""
    if len(patterns) < _PLAN_ALL_MIN or _all_planned.get(id(patterns)) is patterns:
        return
    if len(_all_planned) < _BY_ID_MAX:
        _all_planned[id(patterns)] = patterns  # (held: its id is not taken by another list meanwhile)
    lazy = _LAZY or _lazy()
    keys = []
    for pattern in patterns:
        kind = type(pattern)
        if kind is re.Pattern or kind is lazy:
            key = (pattern.pattern, pattern.flags)
            if key not in _plans:
                keys.append(key)
    if len(keys) < _PLAN_ALL_MIN:
        return
    stored = regexstore.list_fact(f"plans/{_DERIVATION}", [f"{flags}\x03{text}" for text, flags in keys],
                                  lambda: _derive_plans(keys), _a_plan)
    for (text, flags), (literals, windowed) in zip(keys, stored):
        found = None if literals is None else frozenset(literals)
        _plans[(text, flags)] = (found, found is not None and windowed)


def _a_plan(entry) -> bool:
    """The shape of a stored plan: [required strings or None, whether a match stays on its line]."""
    return type(entry) is list and len(entry) == 2 and type(entry[1]) is bool and (
        entry[0] is None or regexstore.strings(entry[0]))


def _derive_plans(keys) -> list:
    plans = []
    for text, flags in keys:
        literals = _listed(_derive(text, flags & _IGNORECASE))
        plans.append([literals, literals is not None and _derive_within_lines(text, flags)])
    return plans


def screen(patterns, text: str, cache: dict) -> list:
    """The patterns of ``patterns`` (a rule's list, planned: :func:`plan_all`) for which :func:`finditer`
    would not give up at once — those the text holds a required string of, and those without any —
    in their order. The same test as :func:`finditer`'s, made for the whole list in one loop (a rule of
    ~170 patterns, most of whose strings no report holds, was ~170 calls of it and of its helpers, ~1.5 %
    of a one-report check): finditer is then called only for these."""
    global _quiet
    scanned = held_of(cache, text)
    if scanned is None:
        scanned = held_of(cache, text)  # (a text is scanned from its second search on, as finditer's calls would)
    if len(patterns) > 2:
        _quiet += len(patterns) - 2  # (the searches finditer would have counted: the scanner is built as before)
    holds, found = found_of(cache, text)
    by_id = _by_id
    live = []
    for pattern in patterns:
        plan = by_id.get(id(pattern))
        if plan is None or plan[0] is not pattern:
            plan = _plan_of(pattern)
        literals = plan[1]
        if literals is None:
            live.append(pattern)
        elif scanned is None:
            for literal in literals:
                held = found.get(literal)
                if held is None:
                    held = found[literal] = holds(literal) and literal in text
                if held:
                    live.append(pattern)
                    break
        elif not scanned[0].isdisjoint(literals):
            live.append(pattern)
        else:
            for literal in literals - scanned[1]:
                if literal in text:
                    live.append(pattern)
                    break
    return live


def finditer(pattern, text: str, cache: dict | None = None, pos: int = 0):
    """The matches of ``pattern.finditer(text, pos)``, the same ones in the
    same order, found only where they can be: nothing when the text holds
    none of the pattern's required strings (:func:`may_match`), only the
    lines that hold one when no match can reach past its line
    (:func:`within_lines`), else the whole text. ``cache``: a dict kept per
    document, where the lines of each string are remembered for the next
    pattern. (Called some hundred times per document: a plan is found by the
    pattern's identity, and a pattern none of whose strings the text holds
    costs a few searches.)"""
    plan = _by_id.get(id(pattern))
    if plan is None or plan[0] is not pattern:
        plan = _plan_of(pattern)
    _, literals, windowed = plan
    if literals is None:
        return pattern.finditer(text, pos)
    scanned = held_of(cache, text) if cache is not None else None  # (held strings, the scanner's list)
    if scanned is None or scanned[0].isdisjoint(literals):
        # searched one by one: all of them, or those the scanner does not look for (common ones, and
        # those of patterns planned after it). Most patterns find none: then nothing more is done.
        # (Until a scan: only where the text holds each of a string's characters, a set's test in C where
        # a search is a pass over the text — most strings have a character the text lacks: 扫, 版, 蓝. The
        # strings a scanner leaves are made of common characters: searched at once.)
        if cache is not None and scanned is None:
            # (what was found of each string is kept for the document: a string many patterns require — 下一步,
            # 公众号 — is searched for once)
            holds, found = found_of(cache, text)
            for literal in literals:
                held = found.get(literal)
                if held is None:
                    held = found[literal] = holds(literal) and literal in text
                if held:
                    break
            else:
                return _NOTHING
        else:
            for literal in literals if scanned is None else literals - scanned[1]:
                if literal in text:
                    break
            else:
                return _NOTHING
    if not windowed:
        return pattern.finditer(text, pos)
    if scanned is not None and not literals.isdisjoint(scanned[1]):
        # the lines of a string the scanner looked for and did not find are not looked for
        literals = (literals - scanned[1]) | (literals & scanned[0])
    elif cache is not None:  # (nor those of a string with a character the text lacks: a set's test, not a pass)
        holds = found_of(cache, text)[0]
        if not all(map(holds, literals)):
            literals = frozenset(literal for literal in literals if holds(literal))
    windows = (lines_of(cache, text) if cache is not None else Lines(text)).windows(literals)
    if windows is None:
        return pattern.finditer(text, pos)
    if pos:  # (a search from ``pos`` inside a line sees that line as the whole text's search does)
        windows = [(max(start, pos), end) for start, end in windows if end >= pos]
    if not windows:
        return _NOTHING
    if len(windows) == 1:
        return pattern.finditer(text, windows[0][0], windows[0][1])
    run = pattern.finditer
    return (m for start, end in windows for m in run(text, start, end))


def search(pattern, text: str, cache: dict | None = None, pos: int = 0):
    """``pattern.search(text, pos)`` — the first of :func:`finditer`'s matches."""
    return next(iter(finditer(pattern, text, cache, pos)), None)
