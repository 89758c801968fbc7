"""The literal prefilter (linter/prefilter.py): a pattern is skipped only on a
text where it cannot match — checked on every built-in pattern against every
text we have, and on hand-made edge cases."""

import re
from pathlib import Path

import pytest

from linter import rulebook
from linter.prefilter import may_match, required

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, expected", [
    (r"此处隐藏 *\d*字|省略 *\d+字|(?:正式|付费)会员(?:可|才能)|预览(?:结束|已结束)", {"此处隐藏", "省略", "会员", "预览"}),
    (r"\d(?<!\d\d)\d*人已围观|人已围观", {"人已围观"}),
    (r"某{2,}", {"某某"}),
    (r"ab?c", {"a"}),
    (r"(?:甲乙|丙)+丁?", {"甲乙", "丙"}),
])
def test_the_strings_every_match_contains(pattern, expected):
    assert required(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"x*", r"^ *[{}<>]+ *$", r"(?i)vip", r"a(?i:b)", r"(?:ab|)c?", r"\d+", r"(?=甲)乙?", r"[甲乙]",
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
