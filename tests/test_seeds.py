"""Golden results on the sample reports in seeds/."""

import re

import pytest

from conftest import SEED

ELEMENTS = ["political", "ideological", "organizational", "conduct", "discipline",
            "united-front", "problems", "next-steps"]
#: the annual report's warning-level items after the contract's eight (issue 11)
EXTRA = ["rectification", "ideology-responsibility", "clean-governance"]


def statuses(result):
    return {item.id: item.status for item in result.checklist}


def by_rule(result, rule):
    """Every place of the rule's findings, one finding each (a grouped
    finding's places are its ``occurrences``; the message stays the group's)."""
    return [f.replace(line=o.line, column=o.column, end_line=o.end_line, end_column=o.end_column,
                                excerpt=o.excerpt, fix=o.fix, start=o.start, end=o.end, occurrences=None)
            for f in result.findings if f.rule == rule for o in f.places()]


def positions_of(path, needle):
    """Independent oracle: (line, column) of every occurrence, by plain search."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        start = line.find(needle)
        while start != -1:
            out.append((number, start + 1))
            start = line.find(needle, start + len(needle))
    return out


def test_checklist_ids_follow_the_contract(seed_results):
    for result in seed_results.values():
        ids = [item.id for item in result.checklist]
        assert ids[:len(ELEMENTS)] == ELEMENTS and ids[len(ELEMENTS):] == EXTRA


def test_seed_000_has_every_element_and_no_error(seed_results):
    result = seed_results["000"]
    assert set(statuses(result).values()) == {"present"}
    assert [f for f in result.findings if f.severity == "error"] == []
    lines = {item.id: item.line for item in result.checklist}
    assert lines == {"political": 2, "ideological": 8, "organizational": 13, "conduct": 17,
                     "discipline": 21, "united-front": 26, "problems": 28, "next-steps": 29,
                     "rectification": 4, "ideology-responsibility": 11, "clean-governance": 4}


def test_seed_002_traditional_gives_the_same_checklist_as_000(seed_results):
    # 002 (a different report) says nothing of 整改: its rectification item is missing
    assert statuses(seed_results["002"]) == {**statuses(seed_results["000"]), "rectification": "missing"}
    assert [f for f in seed_results["002"].findings if f.severity == "error"] == []
    lines = {item.id: item.line for item in seed_results["002"].checklist}
    assert lines == {"political": 2, "ideological": 7, "organizational": 11, "conduct": 15,
                     "discipline": 19, "united-front": 24, "problems": 29, "next-steps": 30,
                     "rectification": None, "ideology-responsibility": 8, "clean-governance": 4}


def test_seed_002_trailing_bar_is_residue(seed_results):
    found = [(f.line, f.column, f.excerpt) for f in by_rule(seed_results["002"], "residue-line")]
    assert found == [(32, 1, "|")]


def test_seed_003_every_double_star_placeholder(seed_results):
    result = seed_results["003"]
    expected = positions_of(SEED["003"], "**")
    assert len(expected) == 133
    found = [(f.line, f.column) for f in by_rule(result, "placeholder")]
    assert found == expected
    for f in by_rule(result, "placeholder"):
        assert f.excerpt == "**" and f.end_line == f.line and f.end_column == f.column + 2
        assert f.message == "全文有133处占位符（**）未替换为具体内容，请逐一填写"
    assert len([f for f in result.findings if f.rule == "placeholder"]) == 1  # one finding, every place


def test_seed_003_problems_part_is_missing(seed_results):
    result = seed_results["003"]
    assert statuses(result)["problems"] == "missing"
    assert statuses(result)["next-steps"] == "present"
    missing = [f for f in result.findings if f.rule == "missing-problems"]
    assert len(missing) == 1 and missing[0].line is None and missing[0].severity == "error"


def test_seed_004_times_sign_placeholders(seed_results):
    text = SEED["004"].read_text(encoding="utf-8")
    expected = []
    for number, line in enumerate(text.split("\n"), start=1):
        for m in re.finditer("×+", line):
            expected.append((number, m.start() + 1, m.group()))
    assert len(expected) == 11
    found = [(f.line, f.column, f.excerpt) for f in by_rule(seed_results["004"], "placeholder")]
    assert found == expected


def test_seed_004_residue_lines(seed_results):
    result = seed_results["004"]
    residue = [(f.line, f.excerpt) for f in result.findings if f.rule.startswith("residue")]
    assert residue == [(3, "天天 分享 时间:"), (5, "在2024年妇联党组理论学习中心组集体学习研讨会上的发言"),
                       (29, "47 2916745"), (30, '");')]
    assert [f.rule for f in result.findings if f.line == 5] == ["residue-title"]  # the title, repeated


def test_seed_001_watermark_and_paid_markers(seed_results):
    result = seed_results["001"]
    residue = [(f.line, f.column, f.excerpt) for f in by_rule(result, "residue")]
    assert residue == [
        (2, 1, "妇联党建述职报告【更%多#@&素@材尽在哒哒文库】"),  # a short line: the whole line
        (7, 247, "##paidbegin##"),
        (18, 1, "##paidend##"),
    ]
    assert statuses(result)["problems"] == "present"
    assert statuses(result)["next-steps"] == "present"
    lines = {item.id: item.line for item in result.checklist}
    assert lines["problems"] == 11 and lines["next-steps"] == 13


@pytest.mark.parametrize("seed", sorted(SEED))
def test_findings_quote_the_original_text(seed, seed_results):
    lines = SEED[seed].read_text(encoding="utf-8").split("\n")
    for f in seed_results[seed].findings:
        if f.line is None:
            continue
        assert f.line == f.end_line
        assert lines[f.line - 1][f.column - 1:f.end_column - 1] == f.excerpt
