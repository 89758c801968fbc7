"""The regex store (linter/regexstore.py): patterns rebuilt from their stored
code are the patterns ``re.compile`` makes, and nothing odd in the entry is
ever worse than compiling afresh."""

import json
import re
import warnings

import pytest

from linter import cache, prefilter, regexstore
from linter.checks import options
from tests.conftest import ROOT, SEED
from tests.test_cache import run_check


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """A private cache folder and an empty in-process store."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("ZHIDANG_NO_CACHE", raising=False)
    monkeypatch.setattr(regexstore, "_stored", None)
    monkeypatch.setattr(regexstore, "_new", {})
    monkeypatch.setattr(regexstore, "_used", set())
    return tmp_path / "xdg" / "zhidang"


def _split(folder):
    """The entry's parts (its layout: a line of JSON — the records in the order of
    the keys, and the keys' length —, the keys separated by \\x01, then the code
    of every pattern in one block): (index line, values, keys, block)."""
    head, _, payload = (folder / "regex.json").read_bytes().partition(b"\n")
    index, newline, rest = payload.partition(b"\n")
    assert newline
    values, size = json.loads(index)
    keys = rest[:size].decode("utf-8").split("\x01")
    assert len(keys) == len(values)
    return index, values, keys, rest[size:]


def _entry(folder):
    """The entry's records, each pattern's code as bytes."""
    _, values, keys, block = _split(folder)
    table = dict(zip(keys, values))
    for key, record in table.items():
        if key[0].isdigit():
            start, length = record[4]
            record[4] = block[start:start + length]
    return table


def _builtin_patterns():
    """Every string of the built-in rulebooks that compiles as a pattern."""
    found = []
    for text in sorted(options._builtin_texts()):
        with warnings.catch_warnings():
            warnings.simplefilter("error", FutureWarning)  # (an example's text, （详见[[台账]]）, that re reads as a nested set)
            try:
                re.compile(text, re.MULTILINE)
            except (re.error, FutureWarning):
                continue
        found.append(text)
    return found


def test_every_builtin_pattern_rebuilt_from_its_record_is_what_re_compiles():
    patterns = _builtin_patterns()
    assert len(patterns) > 300
    for pattern in patterns:
        record = regexstore._record(pattern, re.MULTILINE)
        assert record is not None, pattern
        json.loads(json.dumps(record[:4]))  # a record is plain JSON and the code's bytes
        assert isinstance(record[4], bytes)
        restored = regexstore._restore(pattern, record)
        expected = re.compile(pattern, re.MULTILINE)
        # Pattern.__eq__ compares the pattern text, flags and the engine's code
        assert restored == expected, pattern
        assert (restored.groups, restored.groupindex) == (expected.groups, expected.groupindex)


def test_what_a_check_stores_rebuilds_to_the_same_patterns(tmp_path):
    """The entry a real check writes (rulebook patterns, the rule types' own
    tables, the outline lexer's combined terminals)."""
    home = tmp_path / "xdg"
    first = run_check(home, str(SEED["000"]), str(SEED["002"]))
    table = _entry(home / "zhidang")
    assert len(table) > 100
    assert any("(?P<PARAGRAPH>" in key for key in table)  # the outline lexer's terminals
    facts = {key: value for key, value in table.items() if not key[0].isdigit()}
    derivation = prefilter._DERIVATION
    names = {key.split("\0", 1)[0] for key in facts}
    # linter/prefilter.py's: a pattern's plan (its required strings and whether it stays on its line: one record),
    # its required strings alone (asked for without a plan: the outline's alternate marks), and a rule's list's
    # plans (plan_all: keyed by a digest of its patterns); the checklist's term tables' expansions and alternatives
    # (element._expansions, element._alternatives: keyed by a digest of the terms)
    assert names == {f"plan/{derivation}", f"required/{derivation}", f"plans/{derivation}", "expansions/1",
                     "alternatives/1"}
    for key, value in facts.items():
        name, flags, pattern = key.split("\0", 2)
        if name.startswith("plans"):
            assert type(value) is list and all(len(entry) == 2 for entry in value)
        elif name.startswith("expansions"):
            assert type(value) is list and all(entry is None or type(entry) is list for entry in value)
        elif name.startswith("alternatives"):
            assert type(value) is list and all(type(entry) is list and entry for entry in value)
        elif name.startswith("required"):
            assert value == prefilter._listed(prefilter._derive(pattern, int(flags)))
        else:
            assert value == prefilter._derive_plans([(pattern, int(flags))])[0]
    for key, record in table.items():
        if key in facts:
            continue
        flags, pattern = key.split("\0", 1)
        expected = re.compile(pattern, int(flags))
        assert regexstore._restore(pattern, record) == expected, pattern
    # the second run uses the entry and gives the same output without writing it again
    before = (home / "zhidang" / "regex.json").stat().st_mtime_ns
    second = run_check(home, str(SEED["000"]), str(SEED["002"]))
    assert (second.returncode, second.stdout, second.stderr) == (first.returncode, first.stdout, first.stderr)
    assert (home / "zhidang" / "regex.json").stat().st_mtime_ns == before


def test_compile_stores_once_and_restores(fresh_store):
    pattern = r"(?P<n>\d+)(?:个|项)"
    first = regexstore.compile(pattern)
    assert first == re.compile(pattern)
    regexstore.save()
    assert list(_entry(fresh_store)) == [f"0\0{pattern}"]
    regexstore._stored = None  # as a new process
    second = regexstore.compile(pattern)
    assert second == first and second.match("12项").group("n") == "12"
    assert not regexstore._new


@pytest.mark.parametrize("damage", [
    lambda record: record[:4] + [b"AAAA"],  # code the engine refuses
    lambda record: record[:4] + ["not bytes"],
    lambda record: record[:4] + [[0, 8]],  # a place in the block that was not found in it
    lambda record: record[:2],  # too short
    lambda record: "garbage",
    lambda record: [record[0], record[1], record[2], record[3], record[4][:-8]],  # truncated code
])
def test_a_damaged_record_is_compiled_afresh(fresh_store, damage):
    pattern = r"[一二三四五六七八九十]{1,3}是"
    record = regexstore._record(pattern, 0)
    regexstore._stored = {f"0\0{pattern}": damage(record)}
    assert regexstore.compile(pattern) == re.compile(pattern)


def test_invalid_patterns_still_raise_re_error(fresh_store):
    with pytest.raises(re.error):
        regexstore.compile("(unclosed")
    assert not regexstore._new


def test_bytes_patterns_are_compiled_by_re(fresh_store):
    assert regexstore.compile(rb"\d+") == re.compile(rb"\d+")
    assert not regexstore._new


def test_the_entry_is_bounded_by_what_a_run_used(fresh_store, monkeypatch):
    monkeypatch.setattr(regexstore, "MAX_PATTERNS", 3)
    for word in ["甲", "乙", "丙"]:
        regexstore.compile(word)
    regexstore.save()
    assert len(_entry(fresh_store)) == 3
    regexstore._stored = None  # a later run: uses 甲, compiles 丁 and 戊 anew
    regexstore.compile("甲")
    regexstore.compile("丁")
    regexstore.compile("戊")
    regexstore.save()
    assert sorted(key.split("\0")[1] for key in _entry(fresh_store)) == ["丁", "戊", "甲"]


def test_no_cache_folder_no_entry(fresh_store, monkeypatch):
    monkeypatch.setenv("ZHIDANG_NO_CACHE", "1")
    assert regexstore.compile("乙") == re.compile("乙")
    regexstore.save()
    assert not fresh_store.exists()


def test_an_entry_of_another_python_is_not_used(fresh_store, monkeypatch):
    regexstore.compile("丙")
    regexstore.save()
    monkeypatch.setattr(regexstore, "_key", lambda: "another python")
    assert regexstore._read()[0] == {}
    assert cache.load("regex.json", "0" * 64) is None
    assert ROOT  # (conftest import used)


def test_a_damaged_fact_is_derived_again(fresh_store):
    pattern = "此处隐藏|预览结束"
    regexstore._stored = {f"required/{prefilter._DERIVATION}\0{int(re.M)}\0{pattern}": "此"}  # not a list of strings
    prefilter._known.pop((pattern, re.M), None)
    try:
        assert prefilter.required(pattern, re.M) == frozenset({"此处隐藏", "预览结束"})
    finally:
        prefilter._known.pop((pattern, re.M), None)


def test_records_no_run_uses_any_more_are_dropped(fresh_store, monkeypatch):
    """Old versions of a rulebook's alternations do not pile up in the entry
    that every start-up reads: a run that writes it keeps at most twice what
    it used (and LEAN_PATTERNS) — unused records beyond that are dropped."""
    monkeypatch.setattr(regexstore, "LEAN_PATTERNS", 4)
    for word in ["甲", "乙", "丙", "丁"]:
        regexstore.compile(word)
    regexstore.save()
    regexstore._stored = None  # a later run: uses 甲, compiles 戊; 5 > 4: only what it used stays
    regexstore._used.clear()
    regexstore.compile("甲")
    regexstore.compile("戊")
    regexstore.save()
    assert sorted(key.split("\0")[1] for key in _entry(fresh_store)) == ["戊", "甲"]
    regexstore._stored = None  # within the limit: nothing is dropped
    regexstore._used.clear()
    regexstore.compile("己")
    regexstore.save()
    assert sorted(key.split("\0")[1] for key in _entry(fresh_store)) == ["己", "戊", "甲"]


def test_the_entry_is_json_then_the_code_of_every_pattern(fresh_store):
    """Read whole at every start-up, the entry keeps the code out of the JSON:
    a damaged place in the block is compiled afresh, never an error."""
    patterns = [r"(?P<n>\d+)(?:个|项)", r"[一二三四五六七八九十]{1,3}是", "甲|乙"]
    for pattern in patterns:
        regexstore.compile(pattern)
    regexstore.save()
    index, values, keys, block = _split(fresh_store)
    places = [record[4] for record in values]
    assert sorted(places) == places and sum(length for _, length in places) == len(block)
    assert keys == [f"0\0{p}" for p in patterns]  # (the texts out of the JSON: no escapes to decode)
    regexstore._stored = None  # as a new process
    for pattern in patterns:
        assert regexstore.compile(pattern) == re.compile(pattern)
    assert not regexstore._new
    # the block cut short: its last pattern no longer fits and is compiled afresh (and stored again)
    text = "\x01".join(keys).encode()
    cache.store("regex.json", regexstore._entry_key(_version()),
                index + b"\n" + text + block[:-4])
    regexstore._stored = None
    assert [regexstore.compile(pattern) for pattern in patterns] == [re.compile(p) for p in patterns]
    assert list(regexstore._new) == [f"0\0{patterns[-1]}"]


def _version():
    from linter import __version__

    return __version__


def test_records_for_other_entries_stay_json(fresh_store):
    """record()/restore() serve callers that keep a record in their own JSON
    entry (the prefilter's scanner): the code is base64 there."""
    pattern = r"(?P<n>\d+)(?:个|项)"
    record = regexstore.record(pattern)
    assert json.loads(json.dumps(record)) == record
    assert regexstore.restore(pattern, record) == re.compile(pattern)
    assert regexstore.restore(pattern, record[:4] + ["not base64!"]) == re.compile(pattern)


def test_a_pattern_holding_the_key_separator_is_not_kept_and_a_damaged_key_run_is_ignored(fresh_store):
    patterns = ["甲\x01乙", r"\d+个"]
    for pattern in patterns:
        regexstore.compile(pattern)
    regexstore.save()
    _, values, keys, _ = _split(fresh_store)
    assert keys == [f"0\0{patterns[1]}"]
    regexstore._stored = None  # as a new process
    assert [regexstore.compile(p) for p in patterns] == [re.compile(p) for p in patterns]
    assert list(regexstore._new) == [f"0\0{patterns[0]}"]
    regexstore._new.clear()
    # keys that do not match the records one to one: the entry is not used (every pattern compiled afresh)
    index, values, keys, block = _split(fresh_store)
    text = "\x01".join(keys + ["0\0extra"]).encode()
    cache.store("regex.json", regexstore._entry_key(_version()),
                json.dumps([values, len(text)]).encode() + b"\n" + text + block)
    regexstore._stored = None
    assert regexstore.compile(patterns[1]) == re.compile(patterns[1])
    assert list(regexstore._new) == [f"0\0{patterns[1]}"]


def test_a_rules_patterns_are_planned_from_one_record(fresh_store, monkeypatch):
    """prefilter.plan_all: the facts of a list of patterns (required strings, whether a match stays on its
    line) are the ones required() and within_lines() derive one by one, kept in one record of the store; a
    damaged record is derived again."""
    from linter import prefilter
    from linter.checks.options import LazyPattern

    texts = ["版权声明|如有侵权", "^ *分享 *$", r"\d+人已围观", "(?:此处|这里)[^】\n]{0,9}", "【[^】\n]{0,9}】",
             "a(?s:.)b", "扫码关注", "第 *\\d+ *页"]
    patterns = [LazyPattern(t) for t in texts]
    for name in ("_plans", "_known", "_in_lines", "_all_planned"):
        monkeypatch.setattr(prefilter, name, {})
    prefilter.plan_all(patterns)
    prefilter.plan_all(patterns)  # (a list planned once: the next check skips it)
    planned = {t: prefilter._plans[(t, p.flags)] for t, p in zip(texts, patterns)}
    assert [k for k in regexstore._new] == [k for k in regexstore._new if k.startswith("plans/")]  # one record
    assert len(regexstore._new) == 1
    for name in ("_plans", "_known", "_in_lines"):
        monkeypatch.setattr(prefilter, name, {})
    one_by_one = {}
    for t, p in zip(texts, patterns):
        literals = prefilter.required(t, p.flags & re.IGNORECASE)
        one_by_one[t] = (literals, literals is not None and prefilter.within_lines(t, p.flags))
    assert planned == one_by_one
    # a damaged record: derived again, the same plans
    key = next(iter(regexstore._new))
    regexstore._stored = {key: [["此处"], "yes"]}
    regexstore._new.clear()
    monkeypatch.setattr(prefilter, "_plans", {})
    monkeypatch.setattr(prefilter, "_all_planned", {})
    prefilter.plan_all(patterns)
    assert {t: prefilter._plans[(t, p.flags)] for t, p in zip(texts, patterns)} == one_by_one


def test_a_term_tables_expansions_come_from_one_record(fresh_store):
    """element._expansions: which pattern terms spell out literals (政治建(警|院|检)) and which are patterns
    (党对[^,。]{1,12}的领导), as _expand derives them one by one, kept in one record of the store; a damaged
    record is derived again."""
    from linter.checks import element

    keys = ["政治建(警|院|检)", "党建带[妇团工]建", "存在的?(问题|不足)", "党对[^,。]{1,12}的领导", "(明年|来年)重点",
            "作风(?=和纪律)", "理论强(警|检|院|校)", "第一议题?"]
    derived = [element._expand(k) for k in keys]
    regexstore._new.clear()
    assert element._expansions(keys) == derived and derived[0] == ["政治建警", "政治建院", "政治建检"]
    assert derived[3] is None and len(regexstore._new) == 1 and next(iter(regexstore._new)).startswith("expansions/")
    assert element._expansions(keys) == derived  # (from the record)
    key = next(iter(regexstore._new))
    regexstore._stored = {key: [["政治建警"], 3]}
    assert element._expansions(keys) == derived


def test_a_pattern_asked_for_again_is_the_one_compiled_before(fresh_store):
    """Rules ask for the same pattern many times a check (a layout rule's table of contents: 18): it is restored once;
    a store read anew (the next process) starts again."""
    pattern = r"(?:[…\.·]{2,}|\t)\s*\d{1,3}\s*$"
    first = regexstore.compile(pattern, re.MULTILINE)
    assert regexstore.compile(pattern, re.MULTILINE) is first
    assert regexstore.compile(pattern) is not first and regexstore.compile(pattern).flags != first.flags
    regexstore._stored = None  # as a new process
    again = regexstore.compile(pattern, re.MULTILINE)
    assert again is not first and again == first


def test_a_lazy_module_pattern_compiles_on_first_use_and_then_is_the_pattern():
    # (an outline's or a rule type's table for a rare layout: most documents never reach it)
    lazy = regexstore.lazy(r"^ *第(\d+)页 *$", re.MULTILINE)
    assert lazy.pattern == r"^ *第(\d+)页 *$" and "_compiled" not in vars(lazy)  # (nothing compiled yet)
    text = "正文\n 第2页 \n正文"
    assert [m.group(1) for m in lazy.finditer(text)] == ["2"]
    assert vars(lazy)["finditer"] == lazy.compiled().finditer  # (bound on the instance: no lookup next time)
    assert lazy.search(text).span() == re.search(r"^ *第(\d+)页 *$", text, re.M).span()
    assert lazy.groups == 1 and lazy.sub("", text) == "正文\n\n正文"
