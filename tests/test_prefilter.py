"""The literal prefilter (linter/prefilter.py): a pattern is skipped only on a
text where it cannot match — checked on every built-in pattern against every
text we have, and on hand-made edge cases."""

import re
from pathlib import Path

import pytest

from linter import rulebook
from linter.prefilter import finditer, lines_of, may_match, required, screen, search, within_lines

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, expected", [
    (r"此处隐藏 *\d*字|省略 *\d+字|(?:正式|付费)会员(?:可|才能)|预览(?:结束|已结束)", {"此处隐藏", "省略", "可", "才能", "预览"}),
    # (strings with a character few texts hold before longer ones of the commonest: 猜 and 谜, not 以上 or 工作开展,
    # which every report holds)
    (r"以上[^。]{0,9}猜", {"猜"}),
    (r"工作开展(?:猜|谜)", {"猜", "谜"}),
    (r"\d(?<!\d\d)\d*人已围观|人已围观", {"人已围观"}),
    (r"某{2,}", {"某某"}),
    (r"ab?c", {"a"}),
    (r"(?:甲乙|丙)+丁?", {"甲乙", "丙"}),
    (r"[甲乙]", {"甲", "乙"}),
    (r"^ *[{}<>]+ *$", {"{", "}", "<", ">"}),
    (r"联系(?:老师|客服)|[👉👈]", {"老师", "客服", "👉", "👈"}),  # (老师, 客服: rarer than 联系)
    (r"[X-Z]\d", {"X", "Y", "Z"}),
    # (a string that holds another adds nothing: where 文档 is absent, so is 下载文档原格式)
    (r"下载文档原格式|^ *文档 *$|展开阅读全文", {"文档", "展开阅读全文"}),
    (r"发自我的(?:iPhone|手机)|^ *发自 *[^\n]{0,12}?邮箱", {"iPhone", "手机", "邮箱"}),
    # (of two, the one whose rarest character is rarer in the corpus: 页 of 第N页, not 第)
    (r"^ *第 *\d{1,3} *页 *$", {"页"}),
])
def test_the_strings_every_match_contains(pattern, expected):
    assert required(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"x*", r"(?i)vip", r"a(?i:b)", r"(?:ab|)c?", r"\d+", r"(?=甲)乙?", r"[^甲乙]", r"[一-龥]", r"[甲乙]?",
])
def test_no_strings_when_a_match_may_hold_none_of_them(pattern):
    assert required(pattern) is None


def test_a_regex_module_pattern_is_always_run():
    regex = pytest.importorskip("regex")
    assert may_match(regex.compile("甲乙"), "丙丁")
    assert not may_match(re.compile("甲乙"), "丙丁")


def _patterns():
    seen = {}
    for book_id in ("common", "qmcz-annual-report", "party-building-report", "work-summary", "speech"):
        book = rulebook.load(book_id)
        for rule in book.rules:
            for key in ("patterns", "allow"):
                for p in rule.options.get(key) or []:
                    seen.setdefault(p.pattern, re.compile(p.pattern, re.MULTILINE))
    return list(seen.values())


def _texts():
    texts = [p.read_text(encoding="utf-8") for folder in ("seeds", "tests/corpus", "tests/corpus-holdout")
             for p in sorted((ROOT / folder).rglob("*.txt"))]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    return texts + lines


def test_a_skipped_pattern_never_had_a_match():
    """On every text and every line of the seeds and corpora: whenever the
    prefilter says “cannot match”, the pattern indeed finds nothing."""
    patterns, texts = _patterns(), _texts()
    assert len(patterns) > 50
    skipped = 0
    for pattern in patterns:
        for text in texts:
            if not may_match(pattern, text):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text[:80])
    assert skipped > 1000  # it does skip: most patterns find nothing on most lines


# -- windows: a pattern run only on the lines holding its strings -------------


@pytest.mark.parametrize("pattern", [
    r"甲乙", r"^ *甲乙 *$", r"(?<=丙)甲", r"(?<![丙\n])甲", r"甲(?!丙)", r"甲(?= *\r?$)", r"[^丙\n]甲",
    r"甲[\d丙]*", r"\b甲", r"甲\w*乙", r"(甲)\1", r"(?<=\s)甲", r"(?<=丙\n)甲",
])
def test_patterns_that_stay_on_their_line(pattern):
    assert within_lines(pattern, re.MULTILINE)


@pytest.mark.parametrize("pattern, flags", [
    (r"甲\s乙", re.M), (r"甲[^乙]*", re.M), (r"甲\D", re.M), (r"甲\W", re.M), (r"甲.", re.M | re.S),
    (r"甲(?s:.)", re.M), (r"甲\n", re.M), (r"甲[\n]", re.M), (r"甲[\x00-\x7f]", re.M), (r"甲\Z", re.M),
    (r"\A甲", re.M), (r"甲$", 0), (r"^甲", 0), (r"甲(?![^乙])", re.M), (r"甲(?=\s)", re.M),
])
def test_patterns_that_may_reach_past_their_line(pattern, flags):
    assert not within_lines(pattern, flags)


EDGES = "甲乙\n丙甲\n甲丙\n 甲乙 \r\n甲\n\n丁甲甲\n甲"


@pytest.mark.parametrize("pattern", [
    r"甲", r"^甲", r"甲$", r"(?<=丙)甲", r"(?<![丙乙])甲", r"甲(?!丙)", r"甲(?= *\r?$)", r"^ *甲乙 *\r?$",
    r"\b甲", r"甲?", r"(?:甲|丁)+", r"(甲)\1", r"(?<=丙\n)甲", r"(?<![丙\n])甲", r"(?<=\s)甲",
])
def test_windowed_matches_on_edge_cases(pattern):
    compiled = re.compile(pattern, re.MULTILINE)
    expected = [m.span() for m in compiled.finditer(EDGES)]
    assert [m.span() for m in finditer(compiled, EDGES, {})] == expected
    assert [m.span() for m in finditer(compiled, EDGES * 300, {})] == [m.span() for m in compiled.finditer(EDGES * 300)]


def _all_patterns():
    """Every regular expression in the options of every built-in rulebook's
    rules (patterns, allow lists, the substitutions' find, the year rules'
    event names …), compiled as the rules compile them."""
    seen = {}

    def walk(value, depth=0):
        if depth > 6 or isinstance(value, (str, int, float, bool, type(None))):
            return
        if hasattr(value, "finditer") and isinstance(getattr(value, "pattern", None), str):
            if type(value) is re.Pattern or type(value).__name__ == "LazyPattern":
                seen.setdefault((value.pattern, value.flags), re.compile(value.pattern, value.flags))
            return
        if isinstance(value, dict):
            items = value.values()
        elif isinstance(value, (list, tuple, set, frozenset)):
            items = value
        else:
            items = [getattr(value, name, None) for name in
                     (*getattr(value, "__dict__", {}), *getattr(type(value), "__slots__", ()))]
        for item in items:
            walk(item, depth + 1)

    for book_id in ("common", "qmcz-annual-report", "party-building-report", "work-summary", "speech"):
        for rule in rulebook.load(book_id).rules:
            walk(rule.options)
    return list(seen.values())


def test_windowed_matches_are_the_full_scans():
    """For every built-in pattern and every document of the seeds and corpora
    (and all of them run together, where the windows are many): the matches
    found on the windows are those of the whole text, in the same order."""
    patterns = _all_patterns()
    documents = [p.read_text(encoding="utf-8") for folder in ("seeds", "tests/corpus", "tests/corpus-holdout",
                                                              "tests/corpus-holdout2", "tests/corpus-holdout3",
                                                              "tests/corpus-holdout4", "tests/corpus-holdout5",
                                                              "tests/corpus-holdout6", "tests/corpus-holdout7",
                                                              "tests/corpus-holdout8", "tests/corpus-holdout9")
                 for p in sorted((ROOT / folder).rglob("*.txt"))]
    documents.append("\n".join(documents))
    assert len(patterns) > 150
    windowed = 0
    for text in documents:
        cache = {}
        places = sorted({0, 1, len(text) // 3, text.find("\n", len(text) // 2) + 1, len(text) - 1})
        for pattern in patterns:
            found = [(m.span(), m.groups()) for m in finditer(pattern, text, cache)]
            assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.pattern
            for pos in places:  # a search from a place in the text (mid-line too)
                first = search(pattern, text, cache, pos)
                expected = pattern.search(text, pos)
                assert (first and first.span()) == (expected and expected.span()), (pattern.pattern, pos)
        lines = lines_of(cache, text)
        windowed += sum(1 for pattern in patterns if within_lines(pattern.pattern, pattern.flags)
                        and required(pattern.pattern) and lines.windows(required(pattern.pattern)))
    assert windowed > 100  # it does run on windows


def test_a_plan_belongs_to_its_pattern_object_not_to_a_reused_id(monkeypatch):
    """finditer finds a pattern's plan by the object's id: an entry left by
    another object under the same id (a freed pattern's id taken by a new one)
    is not used, and the table is bounded."""
    from linter import prefilter

    text = "甲乙\n丙丁\n"
    pattern, other = re.compile("丙丁"), re.compile("戊己")
    assert list(finditer(other, text)) == []
    monkeypatch.setitem(prefilter._by_id, id(pattern), prefilter._by_id[id(other)])  # another object's plan
    assert [m.group() for m in finditer(pattern, text)] == ["丙丁"]
    assert prefilter._by_id[id(pattern)][0] is pattern
    monkeypatch.setattr(prefilter, "_BY_ID_MAX", 3)
    monkeypatch.setattr(prefilter, "_by_id", {})
    monkeypatch.setattr(prefilter, "_strings", set())
    held = [re.compile(f"甲乙{i}?|丙{i}") for i in range(10)]
    for compiled in held:
        assert [m.group() for m in finditer(compiled, text)] == ["甲乙"]
    assert len(prefilter._by_id) <= 3
    assert len(prefilter._strings) <= 3 * 2  # the scanner's strings are those of the patterns in use


# -- the scanner: which of many strings a text holds, in one pass ----------------------------------

from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402

_ALPHABET = "甲乙丙丁，。"  # 甲, ， and 。 are taken as common below: tails start on 乙 丙 丁


@hsettings(max_examples=400, deadline=None)
@given(strings=st.sets(st.text(alphabet=_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=25),
       text=st.text(alphabet=_ALPHABET + "\n", max_size=60))
def test_the_scanner_finds_exactly_the_strings_a_text_holds(strings, text):
    """Overlapping strings (乙丙 in 甲乙丙丁, 丙丁 across 乙丙's match), strings
    that are prefixes of others, strings made only of common characters (not
    scanned: searched for as before) — the answer is the set `in` gives."""
    from unittest import mock

    from linter import prefilter

    with mock.patch.object(prefilter, "_COMMON", frozenset("甲，。")):
        scanner = prefilter._Scanner(frozenset(strings))
    assert scanner.covered == {s for s in strings if set(s) - set("甲，。")}
    assert scanner.held(text) == {s for s in scanner.covered if s in text}


def test_finditer_uses_the_scan_and_finds_what_the_search_found(monkeypatch):
    """A text searched for many patterns is scanned once (kept in the
    document's cache); a pattern whose strings the text lacks is skipped, one
    whose string it holds (or one planned after the scan) runs as before."""
    from linter import prefilter

    monkeypatch.setattr(prefilter, "_SETTLED", 0)

    text = "一、加强政治建设\n版权声明：本文来自某网\n二、作风建设\n"
    patterns = [re.compile(p, re.MULTILINE) for p in (r"版权声明|如有侵权", r"扫一扫|二维码", r"^ *一、", r"作风建设")]
    cache = {}
    for _ in range(2):
        assert [[m.group() for m in finditer(p, text, cache)] for p in patterns] == [
            ["版权声明"], [], ["一、"], ["作风建设"]]
    held, covered = prefilter.held_of(cache, text)
    assert "版权声明" in held and "扫一扫" in covered and "扫一扫" not in held
    later = re.compile(r"来自某网|微信公众号")  # planned after the scan: its strings are searched for
    assert [m.group() for m in finditer(later, text, cache)] == ["来自某网"]
    assert "来自某网" not in prefilter.held_of(cache, text)[1]


@pytest.mark.parametrize("settled", [400, 0])
def test_a_screened_out_pattern_is_one_finditer_gives_up_on_at_once(monkeypatch, settled):
    """screen() keeps, in order, every pattern of a list that finditer would not give up on at once — with
    the strings searched one by one (a one-report check) and with the scanner (a batch) — so that the
    patterns it drops find nothing."""
    from linter import prefilter

    monkeypatch.setattr(prefilter, "_SETTLED", settled)
    patterns, texts = _patterns(), [t for t in _texts() if len(t) > 200][:60]
    dropped = 0
    for text in texts:
        cache = {}
        live = screen(patterns, text, cache)
        assert live == [p for p in patterns if p in live]  # (in their order)
        ids = {id(p) for p in live}
        for pattern in patterns:
            gave_up = finditer(pattern, text, cache) is prefilter._NOTHING
            assert (id(pattern) in ids) is not gave_up, pattern.pattern
            if not gave_up:
                continue
            dropped += 1
            assert pattern.search(text) is None
    assert dropped > 1000


def test_no_scan_while_new_patterns_keep_coming(monkeypatch):
    """In a process's first document nearly every pattern is new: no scanner
    is built until the list of strings has stopped growing."""
    from linter import prefilter

    monkeypatch.setattr(prefilter, "_scanner", None)
    monkeypatch.setattr(prefilter, "_quiet", 0)
    text = "版权声明\n" * 3
    cache = {}
    for i in range(5):
        list(finditer(re.compile(f"版权声明{i}?|扫一扫{i}"), text, cache))
    assert prefilter._scanner is None and prefilter.held_of(cache, text) is None


def test_a_string_with_a_character_the_text_lacks_is_not_searched_for(monkeypatch):
    """finditer tests a document's set of characters before searching for a string (the set is kept in
    the document's cache, per text): the matches are the same, and a text that changes under the same
    cache gets its own set."""
    import re as _re

    pattern = _re.compile("版权声明|扫一扫")
    cache = {}
    assert list(finditer(pattern, "全年开展学习12次。", cache)) == []
    text = "全年开展学习12次。扫一扫关注"
    assert [m.group() for m in finditer(pattern, text, cache)] == ["扫一扫"]
    held = [entry for key, entry in cache.items() if key[0] == "prefilter.chars"]
    assert {entry[1] for entry in held} == {frozenset("全年开展学习12次。"), frozenset(text)}


def test_a_string_many_patterns_require_is_searched_for_once_per_document(monkeypatch):
    """What finditer found of each required string is kept in the document's cache: a second pattern that
    requires 扫码 does not search the text again, and the answer is the one a search gives. (Before a
    scan: the scanner the suite's earlier tests may have built is kept out.)"""
    import re as _re

    from linter import prefilter

    monkeypatch.setattr(prefilter, "_SCAN_AFTER", 10**9)

    text = "一、主要工作\n全年开展学习12次。\n二、扫码关注\n继续学习。"
    cache = {}
    first, second = _re.compile("扫码(?:关注)?"), _re.compile("扫码(?:关注|登录)")
    absent = _re.compile("下一年|学习强国")
    assert prefilter.required(first.pattern) == prefilter.required(second.pattern) == {"扫码"}
    assert [m.group() for m in finditer(first, text, cache)] == ["扫码关注"]
    _, found = prefilter.found_of(cache, text)
    assert found["扫码"] is True
    found["扫码"] = False  # (a stored answer is believed: no second search)
    assert list(finditer(second, text, cache)) == []
    assert [m.group() for m in finditer(second, text, {})] == ["扫码关注"]
    assert list(finditer(absent, text, cache)) == []
    found = prefilter.found_of(cache, text)[1]
    assert all(found[s] is False for s in prefilter.required(absent.pattern))
