"""Issue 11 on whole documents: a realistic 2024 annual report of a county
bureau (2024-county-bureau.txt, written for these tests) passes every
reviewer check; each check fires on the report spoiled the way reviewers see
it spoiled; and the reporting-period cases of the issue's “Why”."""

from pathlib import Path

import pytest

from linter import rulebook as rulebooks
from linter.engine import check_source
from linter.sources.base import Source

HERE = Path(__file__).resolve().parent
REPORT = (HERE / "2024-county-bureau.txt").read_text(encoding="utf-8")
BOOK = rulebooks.load("qmcz-annual-report")

REVIEWER_RULES = {"thin-problems", "few-problems", "vague-problem", "rectification-progress", "problems-unanswered",
                  "responsibility-chain", "form-title", "form-addressee", "form-closing", "form-date",
                  "form-template", "duty-mismatch", "year-topic", "anachronism", "year-mixed", "stale-wording",
                  "formulation", "leader-name"}


def check(text, book=BOOK):
    return check_source(Source("报告.txt", text), book)


def findings(text, rule=None, book=BOOK):
    return [f for f in check(text, book).findings if rule is None or f.rule == rule]


def spoil(old, new, text=REPORT):
    assert old in text, old
    return text.replace(old, new, 1)


def test_the_good_report_passes_every_reviewer_check():
    result = check(REPORT)
    assert {item.id: item.status for item in result.checklist} == {
        "political": "present", "ideological": "present", "organizational": "present", "conduct": "present",
        "discipline": "present", "united-front": "present", "problems": "present", "next-steps": "present",
        "rectification": "present", "ideology-responsibility": "present", "clean-governance": "present"}
    assert result.findings == []


def test_thin_and_vague_problems():
    start = REPORT.index("二、存在的问题\n") + len("二、存在的问题\n")
    stop = REPORT.index("三、下一步工作打算")
    text = REPORT[:start] + "一是理论学习还不够深入，与上级要求还有差距。\n" + REPORT[stop:]
    rules = sorted(f.rule for f in findings(text) if f.rule in REVIEWER_RULES)
    assert rules == ["few-problems", "thin-problems", "vague-problem"]
    thin = findings(text, "thin-problems")[0]
    assert thin.severity == "warning" and thin.line == REPORT[:start].count("\n")


def test_problems_listed_elsewhere_are_not_thin():
    start = REPORT.index("二、存在的问题\n") + len("二、存在的问题\n")
    stop = REPORT.index("三、下一步工作打算")
    text = REPORT[:start] + "对照年初任务查找出问题11个，详见问题清单（附件1）。\n" + REPORT[stop:]
    assert [f.rule for f in findings(text) if f.rule in REVIEWER_RULES] == []


def test_rectification_without_progress():
    text = spoil("对县委第二巡察组反馈的14个问题逐项整改，已完成13个，整改完成率92.9%，剩余1个涉及高标准农田项目结算的问题已明确2025年3月底前完成。对上年度民主生活会查摆的8个问题，已全部整改到位。",
                 "高度重视县委第二巡察组反馈问题整改，成立整改工作专班，扎实推进整改工作。")
    found = findings(text, "rectification-progress")
    # at the run-in heading “（八）抓好巡察和审计整改。”, whose section gives no figure
    assert [(f.severity, f.line, f.excerpt[:12]) for f in found] == [("warning", 12, "（八）抓好巡察和审计整改")]


def test_the_responsibility_chain_only_in_the_plans():
    text = spoil("党组书记认真履行第一责任人职责，对重要工作亲自部署、重大问题亲自过问，全年主持召开党组会议26次，专题研究全面从严治党工作6次。班子成员严格落实“一岗双责”，",
                 "全年召开党组会议26次，")
    text = spoil("四是加强干部队伍建设，", "四是党组书记履行第一责任人职责，班子成员落实“一岗双责”，加强干部队伍建设，", text)
    found = findings(text, "responsibility-chain")
    assert len(found) == 1 and found[0].line is None
    assert "书记履行第一责任人职责、班子成员“一岗双责”、专题研究全面从严治党工作的次数" in found[0].message
    assert "第一种形态" not in found[0].message


def test_a_problem_the_plans_do_not_answer():
    text = spoil("四是加强干部队伍建设，通过公开招聘和遴选引进年轻专业技术人才5名，实施年轻干部“导师帮带”计划。\n", "")
    found = findings(text, "problems-unanswered")
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].excerpt.startswith("四是干部队伍年龄结构偏大") and "（干部队伍）" in found[0].message


def test_the_official_form():
    text = spoil("关于2024年度落实全面从严治党主体责任情况的报告", "2024年度全面从严治党工作报告")
    text = spoil("县委：\n", "县委\n", text)
    text = spoil("特此报告。\n", "", text)
    text = spoil("2025年1月10日", "二〇二五年一月十日", text)
    text = spoil("二、存在的问题", "二、下一步工作打算（草）", text)
    rules = {f.rule for f in findings(text) if f.rule.startswith("form-")}
    assert rules == {"form-title", "form-addressee", "form-closing", "form-date", "form-template"}
    assert {f.severity for f in findings(text) if f.rule.startswith("form-")} == {"info"}


def test_duty_mismatch():
    text = spoil("组织观看警示教育片4次，", "局党组认真履行监督责任，全年立案3件。组织观看警示教育片4次，")
    assert [f.excerpt for f in findings(text, "duty-mismatch")] == ["党组认真履行监督责任"]
    allowed = spoil("组织观看警示教育片4次，", "支持派驻纪检监察组履行监督责任，纪检监察组全年立案3件。组织观看警示教育片4次，")
    assert findings(allowed, "duty-mismatch") == []


# -- the reporting period (issue 11, “Why”) --------------------------------------

def test_a_plan_may_name_next_years_study_campaign():
    # the good report (dated 2025年1月10日) plans 深入贯彻中央八项规定精神学习教育 for 2025
    assert "中央八项规定精神学习教育" in REPORT
    assert findings(REPORT, "anachronism") == []


def test_a_full_year_2024_report_without_the_discipline_campaign():
    text = spoil("扎实开展党纪学习教育，", "")
    found = findings(text, "year-topic")
    assert any("党纪学习教育" in f.message for f in found)


def test_the_fourth_plenum_in_a_2024_achievements_part_is_an_anachronism():
    text = spoil("认真学习贯彻党的二十届三中全会精神，", "认真学习贯彻党的二十届四中全会精神，")
    found = findings(text, "anachronism")
    assert [f.excerpt for f in found] == ["二十届四中全会"]


@pytest.mark.parametrize("title, body, absent", [
    ("城关镇党委2023年第一季度落实全面从严治党主体责任情况报告",
     "一季度，镇党委召开党委会议6次，专题研究全面从严治党工作1次。", "主题教育"),
    ("城关镇党委2025年上半年落实全面从严治党主体责任情况报告",
     "上半年，镇党委召开党委会议12次，扎实开展深入贯彻中央八项规定精神学习教育。", "四中全会"),
])
def test_no_event_is_asked_for_before_it_began(title, body, absent):
    found = findings(f"{title}\n一、主要工作\n{body}\n", "year-topic")
    assert not any(absent in f.message for f in found)


WHY = ("城关镇党委2024年度落实全面从严治党主体责任情况报告\n一、加强政治建设\n"
       "2024年，镇党委坚决拥护“两个确立”，坚定做到“两个维护”，截止目前共召开党委会议28次，"
       "深入学习习近平总书记系列重要讲话精神，持续深化党的十九大精神学习，"
       "推进“两学一做”学习教育常态化制度化，深入开展不忘初心、牢记使命主题教育。\n")


def test_the_seven_phrases_of_the_why_paragraph():
    found = [(f.rule, f.excerpt) for f in findings(WHY) if f.rule in ("formulation", "stale-wording")]
    text = " ".join(excerpt for _, excerpt in found)
    for phrase in ("坚决拥护“两个确立”", "坚定做到“两个维护”", "截止", "系列重要讲话", "十九大精神", "两学一做",
                   "不忘初心、牢记使命主题教育"):
        assert phrase in text, phrase
    assert len(found) == 7
