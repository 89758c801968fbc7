"""The reviewer rules (issue 11) stay near-linear on hostile inputs: each rule
runs on an input of n and of 4n characters and the larger may take at most
about 4× (bounded generously: 10×, plus a small floor for timer noise)."""

import time

import pytest

from linter import rulebook as rulebooks
from linter.engine import build_document
from linter.checks import parts
from linter.sources.base import Source

BOOK = rulebooks.load("qmcz-annual-report")
RULES = ["thin-problems", "few-problems", "vague-problem", "rectification-progress", "problems-unanswered",
         "responsibility-chain", "form-title", "form-addressee", "form-closing", "form-date", "form-template",
         "duty-mismatch", "leader-name"]

TITLE = "城关镇党委关于2024年度落实全面从严治党主体责任情况的报告\n"


def hostile(n):
    """Inputs of about n characters that the rules' patterns and loops meet most."""
    k = max(1, n // 40)
    return {
        "no punctuation": TITLE + "一、履行主体责任情况\n" + "巡察审计考核整改专题研究第一种形态监督责任立案" * k
                          + "\n二、存在的问题\n" + "学习不够深入还有差距有待加强" * k + "\n三、下一步打算\n下一步" + "学习" * k,
        "many items": TITLE + "一、主要工作\n全年召开会议28次。\n二、存在的问题\n"
                      + "".join(f"{'一二三四五六七八九'[i % 9]}是理论学习不够深入，还有差距。" for i in range(k))
                      + "\n三、下一步打算\n下一步，我们将加强作风建设。\n",
        "many sentences about rectification": TITLE + "一、主要工作\n" + "抓好巡察反馈问题整改；" * k + "\n",
        "many lines": TITLE + "县委\n" * k + "二〇二五年一月十日\n" * k,
        "many headings": TITLE + "".join(f"{'一二三'[i % 3]}、存在的问题\n" for i in range(k)),
        "leader names": TITLE + "总书记" * k + "主席关于" * k + "新时代中国特色社会主义思想" * (k // 4 + 1),
    }


def run(rule, text):
    doc = build_document(Source("t.txt", text))
    parts.evaluation(doc)  # the checklist: not what is measured here
    start = time.process_time()
    list(rule.module.check(rule, doc, lambda *a, **k: None))
    return time.process_time() - start


@pytest.mark.parametrize("rule_id", RULES)
def test_near_linear(rule_id):
    rule = BOOK.find(rule_id)
    small, large = hostile(5000), hostile(20000)
    for name in small:
        t1 = min(run(rule, small[name]) for _ in range(2))
        t4 = min(run(rule, large[name]) for _ in range(2))
        assert t4 <= 10 * t1 + 0.05, (rule_id, name, t1, t4)
