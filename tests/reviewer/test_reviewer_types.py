"""The issue 11 rule types on their own: options checked when a rulebook loads,
and the edges the rulebook examples don't pin."""

from pathlib import Path

import pytest

from linter import rulebook as rulebooks
from linter.engine import check_source
from linter.errors import RulebookError
from linter.sources.base import Source

HERE = Path(__file__).resolve().parent
REPORT = (HERE / "2024-county-bureau.txt").read_text(encoding="utf-8")


def load(tmp_path, rule):
    path = tmp_path / "u.yaml"
    path.write_text("extends: qmcz-annual-report\nid: u\ntitle: u\nrules:\n" + rule, encoding="utf-8")
    return rulebooks.load(str(path))


@pytest.mark.parametrize("rule,problem", [
    ("  - {id: x, type: thin-problems, check: share, min-share: 5, severity: info, message: m, description: d,"
     " examples: {fail: [a], pass: [b]}}\n", "0 到 1 之间"),
    ("  - {id: x, type: thin-problems, check: lots, severity: info, message: m, description: d,"
     " examples: {fail: [a], pass: [b]}}\n", "check"),
    ("  - {id: x, type: problems-answered, topics: [学习], severity: info, message: m, description: d,"
     " examples: {fail: [a], pass: [b]}}\n", "主题 → 同义词列表"),
    ("  - {id: x, type: responsibility-chain, items: [{title: t}], severity: info, message: m, description: d,"
     " examples: {fail: [a], pass: [b]}}\n", "patterns"),
    ("  - {id: x, type: document-form, check: colour, severity: info, message: m, description: d,"
     " examples: {fail: [a], pass: [b]}}\n", "check"),
    ("  - {id: x, type: duty-mismatch, claims: [立案], severity: info, message: m, description: d,"
     " examples: {fail: [a], pass: [b]}}\n", "titles"),
])
def test_options_are_checked_when_loading(tmp_path, rule, problem):
    with pytest.raises(RulebookError, match=problem):
        load(tmp_path, rule)


def test_a_users_vague_words_run_one_by_one_with_their_time_limit(tmp_path):
    # a rulebook that is not built in: its patterns are UserPattern objects, never joined
    book = load(tmp_path, """\
  - id: my-vague
    type: thin-problems
    check: vague
    severity: info
    message: 空泛：{match}
    description: 本单位的含糊词语。
    vague: ['马马虎虎', '不够(深入|到位)']
    concrete: ['[0-9]']
    examples:
      fail: ["一、主要工作\\n全年召开党委会议28次。\\n二、存在的问题\\n一是学习马马虎虎。二是督导不够到位。\\n三、下一步打算\\n下一步，我们将加强学习。"]
      pass: ["一、主要工作\\n全年召开党委会议28次。\\n二、存在的问题\\n一是学习只有3次。\\n三、下一步打算\\n下一步，我们将加强学习。"]
""")
    rule = book.find("my-vague")
    assert type(rule.options["vague"][0]).__name__ == "UserPattern"
    text = "一、主要工作\n全年召开党委会议28次。\n二、存在的问题\n一是学习马马虎虎。二是督导不够到位。三是学习只有3次。\n三、下一步打算\n下一步，我们将加强学习。"
    found = [f.excerpt for f in check_source(Source("t.txt", text), book).findings if f.rule == "my-vague"]
    assert found == ["一是学习马马虎虎。", "二是督导不够到位。"]


def test_a_report_without_a_problems_part_gets_no_thin_problem_finding():
    book = rulebooks.load("qmcz-annual-report")
    start = REPORT.index("二、存在的问题")
    stop = REPORT.index("三、下一步工作打算")
    result = check_source(Source("t.txt", REPORT[:start] + REPORT[stop:]), book)
    rules = {f.rule for f in result.findings}
    assert "missing-problems" in rules
    assert not rules & {"thin-problems", "few-problems", "vague-problem", "problems-unanswered"}


def test_duty_mismatch_only_in_a_report_on_the_main_duty():
    book = rulebooks.load("qmcz-annual-report")
    claim = "局党组认真履行监督责任，全年立案3件。"
    text = REPORT.replace("组织观看警示教育片4次，", claim + "组织观看警示教育片4次，", 1)
    other = text.replace("落实全面从严治党主体责任情况的报告", "党风廉政建设工作情况的报告", 1)
    assert [f.rule for f in check_source(Source("t.txt", text), book).findings if f.rule == "duty-mismatch"]
    assert not [f for f in check_source(Source("t.txt", other), book).findings if f.rule == "duty-mismatch"]


def test_template_in_order_but_with_a_fourth_part_is_fine():
    book = rulebooks.load("qmcz-annual-report")
    text = REPORT.replace("特此报告。", "四、意见建议\n建议上级加强业务培训。\n特此报告。", 1)
    assert not [f for f in check_source(Source("t.txt", text), book).findings if f.rule == "form-template"]


def test_a_speech_is_dated_under_its_title():
    from linter.checks import period
    from linter.engine import build_document

    book = rulebooks.load("common")
    options = book.find("anachronism").options
    doc = build_document(Source("t.txt", "在全市税务工作会议上的表态发言\n（2025年2月20日）\n同志们：\n2024年，县局组织收入18.6亿元。\n"))
    assert period.document_date(options, doc) == (2025, 2, 20)
    undated = build_document(Source("t.txt", "在全市税务工作会议上的表态发言\n同志们：\n2024年，县局组织收入18.6亿元。\n"))
    assert period.document_date(options, undated) is None
