"""Properties of ``--fix`` (hypothesis): whatever the text, the fixed text
re-lints with no fixable finding, fixing again changes nothing, and the
number of Chinese characters changes only through the listed substitutions
(never through typography, never in figures or placeholders)."""

import re

from hypothesis import given, settings, strategies as st

from linter import fix, rulebook as rulebooks
from linter.engine import check_source
from linter.normalize import normalize
from linter.sources.base import Source

BOOK = rulebooks.load()
SUBSTITUTION_RULES = {r.id: r for r in BOOK.rules if r.type == "substitution"}

# Pieces of report text, right and wrong: Chinese, full- and half-width
# punctuation, brackets and quotes, figures, placeholders, line endings, and
# the wrong formulations of the rulebook.
PIECES = [
    "党", "建", "年", "下半年", "工作", "作风", "学习", "习", "总书记", "人人", "常常", "。", "，", ",", "；", ";",
    "：", ":", "？", "?", "！", "!", "、", "（", "）", "(", ")", "“", "”", "《", "》", "10", "3", "864余", "%",
    "**", "×", "X", " ", "a", "\n", "\r\n", "……", "共20人，其中党员10人、群众10人",
    "习总书记", "以习近平总书记为核心的党中央", "“两个确立”的重大意义", "坚持“两个维护”",
    "习近平中国特色社会主义新时代思想", "***总书记", "同志们:", "谢谢大家!", "(党建)", ",，", "(1)",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)

HAN = re.compile(r"[\u4e00-\u9fff]")


def han(text: str) -> int:
    return len(HAN.findall(text))


def fixed(text: str):
    return fix.fix_source(Source("t.txt", text), lambda source: check_source(source, BOOK))


def listed(edit) -> bool:
    """The edit is one of the rulebook's safe substitutions, applied as listed
    (matched where it was made, in the text of its round)."""
    rule = SUBSTITUTION_RULES.get(edit.rule)
    if rule is None:
        return False
    view = normalize(edit.text) if rule.options["view"] == "norm" else edit.text
    for entry in rule.options["substitutions"]:
        m = entry.find.match(view, edit.start)
        if m and m.end() == edit.start + len(edit.old) and entry.safe and m.expand(entry.replace) == edit.new:
            return True
    return False


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(texts)
def test_fix_output_relints_clean_and_is_stable(text):
    outcome = fixed(text)
    assert not [f for f in outcome.result.findings if f.fix is not None and f.fix.safe]
    again = fixed(outcome.text)
    assert again.text == outcome.text and again.edits == []
    assert all(listed(edit) for edit in outcome.edits)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(texts)
def test_chinese_characters_change_only_by_listed_substitutions(text):
    outcome = fixed(text)
    # each edit's own change, summed, is the change of the whole text …
    assert han(outcome.text) - han(text) == sum(han(e.new) - han(e.old) for e in outcome.edits)
    # … and only formulations change Chinese characters; typography never does
    for edit in outcome.edits:
        if han(edit.new) != han(edit.old):
            assert edit.rule == "formulation", edit
    # figures and placeholders are untouched
    assert re.findall(r"\d", outcome.text) == re.findall(r"\d", text)
    assert outcome.text.count("*") == text.count("*") and outcome.text.count("×") == text.count("×")
    # line endings too
    assert outcome.text.count("\r\n") == text.count("\r\n") and outcome.text.count("\n") == text.count("\n")
