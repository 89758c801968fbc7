"""linter.alternation: an alternation of patterns written so that the engine
passes over a pattern that cannot start where it stands — and matches
exactly what the plain alternation ``(?:p1)|(?:p2)|…`` matches."""

import random
import re

import pytest

from conftest import ROOT, SEED
from linter.alternation import alternation, first_chars, parts


def _plain(patterns):
    return "|".join(f"(?:{p})" for p in patterns)


def _matches(pattern, text, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    return [(m.start(), m.end()) for m in re.compile(pattern).finditer(text, lo, hi)]


@pytest.mark.parametrize("pattern, expected", [
    ("突出问题", ["突出问题"]),
    ("(党外|代表)人士", ["党(?:外)人士", "代(?:表)人士"]),
    ("(查摆|检视|查找)问题", ["查(?:摆|找)问题", "检(?:视)问题"]),
    ("(?:明年|来年|新的?一年)打算", ["明(?:年)打算", "来(?:年)打算", "新(?:的?一年)打算"]),
    ("惠民纠风|纠风惠民", ["惠民纠风", "纠风惠民"]),
    ("(?<!存在的)(?<!存在)突出问题", ["突(?<!(?:存在的)突)(?<!(?:存在)突)出问题"]),
    ("(?<![和及与])反腐败", ["反(?<!(?:[和及与])反)腐败"]),
    ("[二三四]件大事", ["[二三四]件大事"]),
    ("(?<!党)[建立]制度", ["[建立](?<!(?:党)[建立])制度"]),
])
def test_a_pattern_is_written_to_begin_with_a_literal_character(pattern, expected):
    assert parts(pattern) == expected
    for part in expected:
        re.compile(part)


@pytest.mark.parametrize("pattern", [
    "^(几点|工作)?反思$",  # an anchor first
    "补?齐短板",  # a quantified first character
    "(问题)?整改",  # a quantified first group
    "[^,。]{0,4}问题",  # a negated class
    "[二-九]件",  # a range
    "\\d+个问题",  # an escape
    "(整改)\\1",  # a back-reference
    "((?:a|b)c|d)e",  # a group inside the first group's alternative
    ".{0,2}管大局",
])
def test_what_is_not_plainly_understood_is_left_as_it_was(pattern):
    assert parts(pattern) == [f"(?:{pattern})"]
    assert first_chars(parts(pattern)[0]) is None


def test_first_characters_are_read_from_the_parts():
    assert [first_chars(p) for p in parts("(查摆|检视)问题|[二三]件")] == [{"查"}, {"检"}, {"二", "三"}]


def test_the_alternation_matches_what_the_plain_one_matches_on_generated_patterns():
    """Patterns built from the forms the rewriting touches (choices, leading
    groups, look-behinds, classes) and the ones it leaves, searched in texts
    of the same few characters: every match the same, from every window."""
    rng = random.Random(20261205)
    atoms = ["a", "b", "c", "ab", "ba", "[ab]", "[bc]", "a?", "(a|b)", "(ab|ba|c)", "(?:a|bc)", ".", "\\w",
             "(?<!a)", "(?<=b)", "(?<![ab])", "(?!c)", "(?=a)", "c{0,2}", "$", "^"]
    checked = 0
    for _ in range(400):
        patterns = []
        for _ in range(rng.randint(1, 6)):
            branches = ["".join(rng.choice(atoms) for _ in range(rng.randint(1, 4)))
                        for _ in range(rng.randint(1, 2))]
            patterns.append("|".join(branches))
        plain, written = _plain(patterns), alternation(patterns)
        for _ in range(5):
            text = "".join(rng.choice("abc\n") for _ in range(rng.randint(0, 12)))
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            assert _matches(written, text, lo, hi) == _matches(plain, text, lo, hi), (patterns, text, lo, hi)
            checked += 1
    assert checked == 2000


@pytest.mark.parametrize("name", ["qmcz-annual-report", "party-building-report", "work-summary"])
def test_every_checklist_term_table_finds_the_same_matches_both_ways(name):
    """The built-in rulebooks' heading and body terms (the patterns among
    them): the written alternation finds, on every line of the seeds and the
    tests' corpus, exactly what the plain one finds — and most terms begin
    with a literal character once written."""
    from linter import rulebook as rulebooks
    from linter.checks import element
    from linter.normalize import normalize

    signals = element._Signals(rulebooks.load(name).elements)
    texts = [normalize(p.read_text(encoding="utf-8")) for p in SEED.values()]
    texts += [normalize(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "tests" / "corpus").rglob("*.txt"))]
    lines = [line for text in texts for line in text.split("\n") if line.strip()]
    found = 0
    for terms in (signals.heading_terms, signals.body_terms):
        keys = terms.pattern_keys
        written = [part for key in keys for part in parts(key)]
        assert sum(first_chars(p) is not None for p in written) >= 0.9 * len(written)
        plain, ours = re.compile(_plain(keys)), re.compile("|".join(written))
        for line in lines:
            expected = [(m.start(), m.end()) for m in plain.finditer(line)]
            assert [(m.start(), m.end()) for m in ours.finditer(line)] == expected, line
            found += len(expected)
    assert found > 100


def test_a_term_that_is_a_choice_is_named_by_either_branch():
    """A match of a term's second branch (纠风惠民 of 惠民纠风|纠风惠民) is
    that term's, not the first term's in the table (its first characters
    were read from the first branch only)."""
    from linter.checks import element

    keys = ["党对[^,。]{1,12}的领导", "惠民纠风|纠风惠民", "(?<!存在)突出问题"]
    terms = element._Terms({k: [] for k in keys}, {k: True for k in keys}, set(), short=True)
    assert [hit[2:] for hit in terms.find("深化纠风惠民，整治突出问题")] == [
        ("惠民纠风|纠风惠民", "纠风惠民"), ("(?<!存在)突出问题", "突出问题")]
    assert terms.find("存在突出问题") == []
