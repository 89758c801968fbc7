"""The new rule types on small texts: the edges the rulebook examples don't pin."""

import copy
import random

import pytest

from linter import rulebook as rulebooks
from linter.engine import check_source
from linter.errors import RulebookError
from linter.rulebook.locate import builtin_names
from linter.sources.base import Source

BOOK = rulebooks.load("common")


def found(rule_id, text, book=BOOK, year=None):
    result = check_source(Source("t.txt", text), book, year=year)
    # every place of a grouped finding, with the group's message
    return [(o.line, o.excerpt, f.message) for f in result.findings if f.rule == rule_id for o in f.places()]


def excerpts(rule_id, text, **kw):
    return [e for _, e, _ in found(rule_id, text, **kw)]


# -- numbering ------------------------------------------------------------------

def test_heading_numbering_repeat_restart_and_new_parent():
    text = "一、甲\n（一）子\n（二）子\n（二）子\n二、乙\n（一）子\n（三）子\n三、丙\n1.细\n3.细\n"
    assert [(line, e) for line, e, _ in found("heading-numbering", text)] == [
        (4, "（二）"), (7, "（三）"), (10, "3.")]
    messages = [m for *_, m in found("heading-numbering", text)]
    assert messages[0] == "标题编号“（二）”不连续，应为“（三）”（上一个同级标题：“（二）”（第3行））：编号重复"
    assert messages[1].endswith("：缺少“（二）”，可能漏写了一整部分，或删去一部分后没有重新编号")
    assert "应为“2.”" in messages[2] and "缺少“2.”" in messages[2]  # same style as written: digits stay digits


def test_heading_numbering_restart_without_new_parent_and_markdown():
    assert excerpts("heading-numbering", "一、甲\n二、乙\n一、丙\n") == ["一、"]
    assert excerpts("heading-numbering", "## 甲\n## 乙\n# 丙\n") == []
    assert excerpts("heading-numbering", "十、甲\n") == ["十、"]


def test_heading_numbering_of_circled_numbers_and_an_order_of_its_own():
    text = "①成效\n（1）甲\n（2）乙\n②问题\n（1）丙\n④打算\n（1）丁\n（3）戊\n"
    assert [(line, e) for line, e, _ in found("heading-numbering", text)] == [(6, "④"), (8, "（3）")]
    messages = [m for *_, m in found("heading-numbering", text)]
    assert "应为“③”" in messages[0] and "缺少“③”" in messages[0]
    # （1） heads the parts and 1、 their items: each part's items start again from 1
    text = "（1）政治引领\n1、甲。\n2、乙。\n（2）思想武装\n1、丙。\n3、丁。\n"
    assert [(line, e) for line, e, _ in found("heading-numbering", text)] == [(6, "3、")]


def test_runin_numbering_across_paragraphs_and_sections():
    text = "一、甲\n一是学习。二是监督。\n三是纪律。\n一是另起。二是接续。\n二、乙\n一是学习。一是重复。\n"
    assert [(line, e) for line, e, _ in found("runin-numbering", text)] == [(6, "一是")]


def test_runin_missing_marker_after_a_comma_is_not_a_gap():
    assert excerpts("runin-numbering", "一是加强学习，二是强化监督。三是严明纪律。") == []
    assert excerpts("runin-numbering", "一是加强学习，强化监督。三是严明纪律。") == ["三是"]


def test_chinese_numerals():
    from linter.checks.numbering import renumbered
    from linter.numerals import from_chinese, to_chinese

    for n in range(1, 100):
        assert from_chinese(to_chinese(n)) == n
    assert renumbered("（十一）", 12) == "（十二）" and renumbered("(3)", 2) == "(2)"


# -- figures --------------------------------------------------------------------

def test_uniform_figures_threshold_is_tunable():
    text = "召开会议20次，培训20人。"
    assert excerpts("uniform-figures", text) == []
    book = copy.deepcopy(BOOK)
    book.find("uniform-figures").options["min-count"] = 2
    assert excerpts("uniform-figures", text, book=book) == ["20次", "20人"]
    book.find("uniform-figures").options["min-units"] = 3
    assert excerpts("uniform-figures", text, book=book) == []
    assert excerpts("uniform-figures", "第10次，1.0次，210次，10年，10次") == []  # 10年: not a unit


def test_totals_edges():
    assert excerpts("totals", "合计12.5万元，其中：上级拨款10万元、自筹2.5万元。") == []
    assert excerpts("totals", "合计12.5万元，其中：上级拨款10万元、自筹2万元。") == ["12.5万元"]
    assert excerpts("totals", "共50人，其中党员20人，累计服务30小时、群众20人。") == ["50人"]
    assert excerpts("totals", "共50人。其中党员20人，群众20人。") == []  # another sentence
    assert excerpts("totals", "共50人，其中党员20余人，群众20人。") == []  # approximate
    assert excerpts("totals", "共50人，其中党员XX人，群众20人，干部10人。") == []  # placeholder part
    assert excerpts("totals", "共同开展10次活动，其中专题3次，座谈5次。") == ["10次"]


def test_percent_and_approximate():
    assert excerpts("percent-over-100", "完成率101%，满意度100%，参与率99.5%，达到1000%") == ["101%", "1000%"]
    assert excerpts("percent-over-100", "同比增长230%，较上年提高120%") == []
    assert excerpts("approximate-exact", "860余名，861余名，1.5余万，3000余场，7余份") == ["861余", "7余"]


# -- year -------------------------------------------------------------------------

def test_year_from_title_opening_and_option():
    text = "2024年工作总结\n2024年，深入学习二十届三中全会精神，开展党纪学习教育。\n"
    assert found("year-topic", text) == [] and found("year-mixed", text) == []
    assert [e for _, e, _ in found("year-mixed", text, year=2025)] == ["2024", "2024"]
    late = found("anachronism", text, year=2023)
    assert [e for _, e, _ in late] == ["二十届三中全会", "党纪学习教育"]
    assert late[0][2] == "“二十届三中全会”是2024年7月开始的，不应出现在2023年的报告中（年份写错，或套用了别的年份的材料）"
    missing = found("year-topic", "工作总结\n深入学习贯彻党的二十大精神。\n", year=2025)
    assert [(line, e) for line, e, _ in missing] == [(None, ""), (None, "")]  # from --year: whole file
    assert found("year-topic", "没有年份的一段话。\n") == []


def test_year_in_a_markdown_title():
    text = "# 2024年工作总结\n\n2023年以来，我们坚持学习。\n"
    assert [(line, e) for line, e, _ in found("year-mixed", text)] == [(3, "2023")]


def test_year_events_validation(tmp_path):
    path = tmp_path / "y.yaml"
    path.write_text("""\
extends: common
id: y
title: y
rules:
  - id: year-topic
    events: [{year: 24, title: x, names: [x]}]
""", encoding="utf-8")
    with pytest.raises(RulebookError, match="第 1 项的 year 应为年份"):
        rulebooks.load(str(path))


# -- pattern -------------------------------------------------------------------

def test_a_lead_group_in_a_lookbehind_starts_the_finding():
    # the placeholder rule's silent blanks: keyed on the measure word, the noun checked behind it and quoted
    assert excerpts("placeholder", "全年召开党委会议次，发展党员名。培训干部人次、处分人。\n") == [
        "会议次", "党员名", "干部人次", "处分人"]
    book = rulebooks.loads("""\
id: t
title: t
rules:
  - id: lead
    type: pattern
    severity: info
    message: “{match}”
    description: t
    patterns: ['名(?<=(?P<lead>党员)名)', '次(?<=(?P<x>会议)次)']
    examples: {pass: [发展党员3名], fail: [发展党员名]}
""")
    # (a group not named lead… leaves the finding where the match starts)
    assert [e for _, e, _ in found("lead", "发展党员名，会议次。\n", book=book)] == ["党员名", "次"]


# -- substitution --------------------------------------------------------------

@pytest.mark.parametrize("entry,problem", [
    ("{find: 甲, replace: 乙, example: 丙}", "find 不匹配它的 example“丙”"),
    ("{find: 甲+, replace: 甲甲, example: 甲}", "仍然匹配 find，修复不会收敛"),
    ("{find: 甲, replace: 乙, example: 甲, fix: 1}", "未知字段“fix”"),
    ("{find: 甲, example: 甲}", "缺少文本字段 replace"),
    ("{find: '(甲)', replace: '\\2', example: 甲}", "replace 无效"),
])
def test_substitution_entries_are_checked_when_loading(tmp_path, entry, problem):
    path = tmp_path / "s.yaml"
    path.write_text(f"""\
id: s
title: s
rules:
  - id: s
    type: substitution
    severity: warning
    message: “{{match}}”应为“{{replacement}}”
    description: 测试。
    substitutions:
      - {entry}
    examples: {{fail: [甲], pass: [乙]}}
""", encoding="utf-8")
    with pytest.raises(RulebookError, match=problem) as info:
        rulebooks.load(str(path))
    assert info.value.line == 9


@pytest.mark.parametrize("name", builtin_names())
def test_every_builtin_substitution_matches_its_example_and_converges(name):
    """Loading a built-in rulebook does not run its substitutions' examples
    (start-up); this does, for every entry."""
    from linter.checks import substitution

    entries = [(rule.id, i, entry) for rule in rulebooks.load(name).rules if rule.type == "substitution"
               for i, entry in enumerate(rule.options["substitutions"])]
    for rule_id, i, entry in entries:
        substitution.verify(f"{rule_id} 第 {i + 1} 项", entry)
    if name == "common":
        assert len(entries) > 20


def test_formulation_on_traditional_text_is_only_a_suggestion():
    result = check_source(Source("t.txt", "認真學習習總書記重要講話精神"), BOOK)
    [f] = [f for f in result.findings if f.rule == "formulation"]
    assert f.excerpt == "習總書記" and f.fix.replacement == "习近平总书记" and not f.fix.safe
    result = check_source(Source("t.txt", "认真学习习总书记重要讲话精神"), BOOK)
    assert [f.fix.safe for f in result.findings if f.rule == "formulation"] == [True]


def test_halfwidth_punctuation_leaves_ascii_alone():
    text = "版本1,000份;Word, Excel;时间12:30;网址 http://a.b/?x=1!\n中文,中文;中文:中文?中文!"
    # 12:30;网址 — a digit, then Chinese: that one is Chinese punctuation
    assert excerpts("halfwidth-punctuation", text) == [";", ",", ";", ":", "?", "!"]
    assert excerpts("halfwidth-brackets", "推广(APP)和(1)号,(党建)") == ["(党建)"]


# -- brackets and doubled characters ---------------------------------------------

def test_brackets_crossing_and_per_line():
    assert excerpts("unbalanced-brackets", "学习“《条例”》") == ["《", "》"]
    assert excerpts("unbalanced-brackets", "他说：“第一段\n第二段”") == ["“", "”"]
    assert excerpts("unbalanced-brackets", "1)学习\n（2)监督\n don’t") == []


def test_doubled_char_needs_the_dictionary(monkeypatch):
    from linter import lexicon

    assert excerpts("doubled-char", "下半年年重点工作") == ["年年"]
    monkeypatch.setattr(lexicon, "_lexicon", lexicon.Lexicon(None))
    assert excerpts("doubled-char", "下半年年重点工作") == []  # cannot judge: says nothing


@pytest.mark.parametrize("no_cache", [False, True])
def test_lexicon_binary_search_matches_the_dictionary(monkeypatch, tmp_path, no_cache):
    from linter import lexicon

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if no_cache:
        monkeypatch.setenv("ZHIDANG_NO_CACHE", "1")
    path = lexicon._dictionary_path()
    words = [line.split(" ", 1)[0] for line in open(path, encoding="utf-8").read().splitlines() if line]
    fresh = lexicon.Lexicon(path)
    assert (fresh._set is not None) == no_cache
    assert (tmp_path / "zhidang").exists() != no_cache
    sample = random.Random(5).sample(words, 3000)
    assert all(word in fresh for word in sample)
    assert not any(word + "鿿" in fresh or "\x01" + word in fresh for word in sample)
    assert words[0] in fresh and max(words) in fresh and "" not in fresh
    if not no_cache:
        [sorted_words] = (tmp_path / "zhidang").glob("words-*.txt")
        header, *lines = sorted_words.read_bytes().splitlines()  # the cache entry's header, then the words
        assert header.startswith(b"zhidang-cache ")
        assert lines == sorted(set(lines)) and len(lines) > 300_000


def test_totals_adds_figures_exactly_as_fractions_do():
    """totals keeps figures as integers in units of 10⁻²⁰ (fractions is not
    imported): sums and the shown sum are those of exact fractions."""
    import random
    from fractions import Fraction

    from linter.checks.totals import _number, _shown

    def shown(value: Fraction) -> str:  # what totals showed when it summed Fractions
        return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"

    rng = random.Random(12)
    for _ in range(5000):
        figures = [str(rng.randint(0, 10 ** rng.randint(0, 9)))
                   + (f".{rng.randint(0, 999):0{rng.randint(1, 3)}d}" if rng.random() < 0.5 else "")
                   for _ in range(rng.randint(1, 6))]
        exact = sum(Fraction(f) for f in figures)
        assert shown(exact) == _shown(sum(_number(f) for f in figures)), figures
        assert (sum(Fraction(f) for f in figures[1:]) == Fraction(figures[0])) == \
            (sum(_number(f) for f in figures[1:]) == _number(figures[0]))
    assert _shown(_number("0.1") + _number("0.2")) == "0.3" and _number("0.3") == _number("0.1") + _number("0.2")


QMCZ = rulebooks.load("qmcz-annual-report")


def lines_of(rule_id, text, path="t.txt"):
    """The lines (every place) of ``rule_id``'s findings on ``text``, with the annual report's rulebook
    (its precedence among the residue rules)."""
    result = check_source(Source(path, text), QMCZ)
    return sorted(o.line for f in result.findings if f.rule == rule_id for o in f.places())


def test_a_list_of_related_documents_is_reported_whole_with_a_residue_line_in_it():
    # the list runs on into a site's own line: the list is the finding (residue-related is stronger
    # than residue in the precedence), not the one line while the list itself goes unreported
    text = ("关于2024年度工作情况的报告\n2024年，我们坚持学习。\n\n更多相关范文：\n"
            "1. 2025年学校工作总结及2026年工作计划（通用10篇）\n2. 中学年度工作总结范文精选\n本站所有范文均来自网络，仅供参考学习\n")
    result = check_source(Source("t.txt", text), QMCZ)
    residue = [(f.rule, f.line) for f in result.findings if f.rule.startswith("residue")]
    assert residue == [("residue-related", 4)]


def test_a_running_header_that_repeats_a_short_form_of_the_title_is_residue():
    text = ("中共某街道锦绣社区委员会关于2024年度\n履行全面从严治党主体责任情况的报告\n\n街道党工委：\n"
            "2024年，社区党委坚持以习近平新时代中国特色社会主义思想为指导，认真履行主体责任，现将有关情况报告如下。\n"
            "一、政治建设\n社区党委落实第一议题制度，全年学习20次。\n锦绣社区党委2024年度全面从严治党主体责任报告\n"
            "二、思想建设\n开展专题学习12次。\n锦绣社区党委2024年度全面从严治党主体责任报告\n三、组织建设\n完成支部换届。\n")
    assert lines_of("residue-title", text) == [8, 11]
    # a short line said once in the text, alike to the title, is left alone
    assert lines_of("residue-title", text.replace("锦绣社区党委2024年度全面从严治党主体责任报告\n三、", "三、")) == []


def test_a_related_list_in_a_copy_that_sets_every_line_apart():
    text = ("关于2024年度工作情况的报告\n\n2024年，我们坚持学习。\n\n**往期推荐**\n\n"
            "[青禾社区“红色议事厅”开议啦！](#)\n\n[暑期“四点半课堂”报名开始](#)\n")
    result = check_source(Source("t.md", text), QMCZ)
    assert [(f.line, f.end_line) for f in result.findings if f.rule == "residue-related"] == [(5, 9)]


def test_a_page_header_set_apart_by_spaces_is_residue_once():
    text = ("中共青川县人民法院党组\n关于2024年度落实全面从严治党主体责任情况的报告\n\n县委：\n"
            "2024年，院党组坚持以习近平新时代中国特色社会主义思想为指导，认真履行主体责任，现将有关情况报告如下。\n"
            "一、政治建设\n院党组落实第一议题制度，全年学习20次。\n"
            "青川县人民法院党组　　　　　　　　　　2024年度主体责任报告\n二、思想建设\n开展专题学习12次。\n")
    assert lines_of("residue-title", text) == [8]


def test_a_related_list_of_headlines_with_colons_ends_at_a_link_of_its_own():
    # a news app's 相关推荐: its headlines name their place before a colon (青禾镇：…); 上一篇： is a link
    text = ("关于2024年度工作情况的报告\n2024年，我们坚持学习。\n写评论...\n相关推荐\n青禾镇：“红色网格”织密基层治理一张网\n"
            "县纪委监委：通报3起群众身边不正之风和腐败问题典型案例\n上一篇：县委召开全面从严治党工作会议\n")
    result = check_source(Source("t.txt", text), QMCZ)
    assert [(f.line, f.end_line) for f in result.findings if f.rule == "residue-related"] == [(4, 6)]


def test_a_portal_s_list_between_two_parts_ends_at_the_next_part():
    # 延伸阅读 put between two parts by a portal: its headlines (one ends in ！) are the list; 七、… is the report's
    text = ("关于2024年度落实全面从严治党主体责任情况的报告\n一、关于统一战线工作\n加强党外人士联系。\n延伸阅读\n"
            "柳湾镇：“院落夜校”点亮乡村夜学堂\n柳湾镇15个村集体收入全部超20万元！\n七、关于存在的问题\n学习还不够深入。\n")
    result = check_source(Source("t.txt", text), QMCZ)
    assert [(f.line, f.end_line) for f in result.findings if f.rule == "residue-related"] == [(4, 6)]


def test_a_page_s_comments_are_reported_whole_but_not_a_list_of_headlines_after_them():
    # a news app's comments: 网友评论, each comment with its name, text and date; the next list (相关推荐) is
    # reported on its own (the comments end at its header: each block is one finding, neither hides the other)
    text = ("关于2024年度工作情况的报告\n2024年，我们坚持学习。\n网友评论\n青溪老街坊：为市场监管点赞，希望多查查菜市场的秤！\n"
            "2天前 · 回复 · 12\n查看全部25条评论 >\n湘水边的老李\n应急局今年确实辛苦\n湖南 12-30\n"
            "相关推荐\n青溪县召开2026年全县市场监管工作会议\n")
    result = check_source(Source("t.txt", text), QMCZ)
    blocks = [(f.rule, f.line, f.end_line) for f in result.findings if f.rule in ("residue-comments", "residue-related")]
    assert blocks == [("residue-comments", 3, 9), ("residue-related", 10, 11)]


def test_a_revisers_note_numbered_as_parts_is_reported_whole_but_not_the_reports_parts():
    # 修改说明： after the signature, its items numbered 一、二、 (the outline reads them as parts): the note and
    # its items are one block; the report's own 七、 above it is no item, though it is numbered the same way
    text = ("关于2025年度落实全面从严治党主体责任情况的报告\n七、存在的问题\n学习还不够深入。\n八、下一步工作计划\n"
            "一是深化理论武装。\n中共某集团公司委员会\n2026年1月23日\n修改说明：\n一、根据纪委意见，第五部分补充了“四种形态”运用数据；\n"
            "二、第六部分标题由“廉洁风险防控情况”改为“反腐败斗争情况”；\n三、附件1数据已与各二级企业核对。\n")
    result = check_source(Source("t.txt", text), QMCZ)
    assert [(f.line, f.end_line) for f in result.findings if f.rule == "residue-review"] == [(8, 11)]


def test_a_page_header_above_the_title_and_again_in_the_text_is_residue():
    # a PDF's running header (the meeting's materials, 内部资料): above the title, then on the next page
    header = "宁川县2025年度述责述廉会议材料之七　　　　　　内部资料 注意保存"
    text = (f"{header}\n2025年度述责述廉报告\n宁川县水利局党组书记、局长　赵文斌\n\n"
            "按照县委安排，现将本人2025年度履行全面从严治党主体责任和廉洁自律情况报告如下。\n一、履行主体责任情况\n"
            "全年召开党组会议研究全面从严治党工作6次。\n·1·\n" + header + "\n二、廉洁自律情况\n严格执行中央八项规定精神。\n"
            "三、存在的问题\n对分管领域的监督还不够经常。\n四、下一步打算\n持续压实责任。\n")
    result = check_source(Source("t.txt", text), QMCZ)
    assert [(f.line, f.message) for f in result.findings if f.rule == "residue-title"] == [
        (1, "这一行重复了第9行的页眉，应删除"), (9, "这一行重复了第1行的页眉，应删除")]


# -- a channel's record around a report (layout, check: record) ------------------------------------

_MAIL = ("发件人：某县自然资源局办公室 <zrj@163.com>\n时间：2026年1月12日 下午4:37\n收件人：县纪委监委\n"
         "主题：报送2025年度主体责任报告\n\n关于2025年度落实全面从严治党主体责任情况的报告\n"
         "2025年，局党组坚持学习，全年召开党组会议12次。\n中共某县自然资源局党组\n2026年1月10日\n\n"
         "--\n周晓岚\n某县自然资源局办公室\n电话：0796-6213058\n")


def test_a_mails_headers_and_signature_are_one_finding_each():
    result = check_source(Source("t.txt", _MAIL), QMCZ)
    assert [(f.line, f.end_line) for f in result.findings if f.rule == "residue-record"] == [(1, 4), (11, 14)]
    # (the report's own signature and date, under its text, are not the mail's)
    assert not any(f.line in (8, 9) for f in result.findings if f.rule.startswith("residue"))


def test_a_chat_carries_a_report_its_messages_are_residue_not_the_report():
    text = ("关于2025年度落实全面从严治党主体责任情况的报告\n一、落实主体责任工作情况\n局党组坚持学习，全年召开党组会议27次。\n"
            "钟雨桐 2026/1/15 16:05\n这是前半部分，后面接着发\n曹俊 2026/1/15 16:11\n前面收到，第一段的数字核一下\n"
            "钟雨桐 2026/1/15 16:14\n二、存在的问题\n一是学习还不够深入，调查研究还不够扎实，与群众联系还不够紧密。\n")
    result = check_source(Source("t.txt", text), QMCZ)
    assert [(f.line, f.end_line) for f in result.findings if f.rule == "residue-record"] == [(4, 8)]


def test_a_record_in_a_users_rulebook_is_matched_pattern_by_pattern(tmp_path):
    # a user's patterns run in ``regex`` under a time limit: not joined into one expression
    path = tmp_path / "mine.yaml"
    path.write_text("id: mine\ntitle: 我的\nrules:\n  - id: mail-record\n    type: layout\n"
                    "    check: record\n    severity: warning\n    message: 第{line}行是邮件内容\n"
                    "    description: 邮件。\n    words: ['^发件人:']\n    items: ['^(?:发件人|时间|收件人|主题):']\n"
                    "    examples:\n      fail: [\"发件人：甲\\n时间：今天\\n关于工作的报告\\n正文。\"]\n"
                    "      pass: [\"关于工作的报告\\n正文。\"]\n", encoding="utf-8")
    book = rulebooks.load(str(path))
    result = check_source(Source("t.txt", _MAIL), book)
    assert [(f.line, f.end_line) for f in result.findings if f.rule == "mail-record"] == [(1, 4)]
