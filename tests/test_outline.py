"""The Lark outline grammar on small documents."""

import pytest

from linter.engine import build_document
from linter.outline import CONTENTS
from linter.sources.base import Source


def heading_numbers(text):
    """(level, number) of each heading line of ``text``'s outline."""
    doc = build_document(Source(path="t.txt", text=text))
    return [(n.level, n.number) for n in doc.nodes if n.kind == "heading"]


def outline(text):
    doc = build_document(Source(path="t.txt", text=text))
    return doc, [(n.kind, n.level, n.number, doc.text[n.title_start:n.title_end]) for n in doc.nodes]


@pytest.mark.parametrize("line,level,number,title", [
    ("一、加强政治建设", 1, 1, "加强政治建设"),
    ("十二、其他", 1, 12, "其他"),
    ("一、 加强政治建设", 1, 1, "加强政治建设"),
    ("一．加强政治建设", 1, 1, "加强政治建设"),
    ("（一）加强理论学习", 2, 1, "加强理论学习"),
    ("(三)加强理论学习", 2, 3, "加强理论学习"),
    ("（二十）加强理论学习", 2, 20, "加强理论学习"),
    ("1.强化监督", 3, 1, "强化监督"),
    ("2．强化监督", 3, 2, "强化监督"),
    ("3、强化监督", 3, 3, "强化监督"),
    ("（1）强化监督", 4, 1, "强化监督"),
    ("(12) 强化监督", 4, 12, "强化监督"),
    ("## 存在问题", 2, None, "存在问题"),
    ("一 、 政 治 建 设", 1, 1, "政 治 建 设"),  # spaced out letter by letter (WPS, PDF)
    ("一)坚定政治方向", 2, 1, "坚定政治方向"),  # one half-width bracket
    ("3)强化监督", 4, 3, "强化监督"),
    ("⑵强化监督", 4, 2, "强化监督"),
    ("③原因分析", 5, 3, "原因分析"),
    ("1 .以理论武装凝心铸魂", 3, 1, "以理论武装凝心铸魂"),  # Word's number, a space before its dot
    ("7.2025年工作思路", 3, 7, "2025年工作思路"),
    ("【二、存在的问题】", 1, 2, "存在的问题】"),  # the part's number inside its brackets
    ("【三】夯实基层基础", 1, 3, "夯实基层基础"),
    ("叁、原因分析", 1, 3, "原因分析"),  # the financial numerals
    ("Ⅱ. 存在的主要问题", 1, 2, "存在的主要问题"),
    ("C. 抓实基层基础", 2, 3, "抓实基层基础"),  # a Latin letter before Chinese text
    ("1.2 深化思想建设", 4, 2, "深化思想建设"),  # decimal numbering, one level per part
    ("1.2.3 落实意识形态工作责任制", 5, 3, "落实意识形态工作责任制"),
    ("❸ 坚持固本强基", 5, 3, "坚持固本强基"),
    ("二,强化思想引领和理论武装", 1, 2, "强化思想引领和理论武装"),
    ("六,一体推进不敢腐,不能腐,不想腐", 1, 6, "一体推进不敢腐,不能腐,不想腐"),  # 、 typed as a comma, a short line
    ("\t四、坚持正风肃纪，持续深化作风建设", 1, 4, "坚持正风肃纪，持续深化作风建设"),  # a first-line indent typed as a tab
    ("\t\t（二）强化理论武装", 2, 2, "强化理论武装"),
    ("(-)坚持政治统领，把牢办院方向", 2, 1, "坚持政治统领，把牢办院方向"),  # （一） as OCR reads it
    ("第-部分 2025年工作开展情况", 1, 1, "2025年工作开展情况"),
    ("01｜坚持政治引领　把牢正确方向", 1, 1, "坚持政治引领　把牢正确方向"),  # an account's numbered heading
    # an online form's question over its answer
    ("第3题　*加强党的政治建设方面【简答题】", 1, 3, "加强党的政治建设方面【简答题】"),
    ("Q9. 加强纪律建设情况 [简答题]", 1, 9, "加强纪律建设情况 [简答题]"),
    ("〈三〉建强组织体系", 2, 3, "建强组织体系"),  # angle brackets and book-title marks as a part's brackets
    ("《二》突出理论武装", 2, 2, "突出理论武装"),
    # a village secretary's 第二件事：, a technical report's 1.2. (decimal, its last dot before the title)
    ("第二件事：把党员的思想拧成一股绳", 1, 2, "把党员的思想拧成一股绳"),
    ("1.2. 用党的创新理论凝心铸魂", 4, 2, "用党的创新理论凝心铸魂"),
])
def test_heading_levels(line, level, number, title):
    _, nodes = outline("前言段落。\n" + line + "\n正文。\n")
    assert nodes[1] == ("heading", level, number, title)


@pytest.mark.parametrize("line", ["7.5亿元的项目全部完工。", "A股上市公司党建工作交流。", "Excel表格已报送。",
                                  "三,四月份组织开展专项检查,共检查12家。",
                                  # a wrapped line opening with numbers in a series (三、四级手术占比…)
                                  "三、四级手术占比提升至58.6%，绩效考核等级保持A级。", "一、二类疫苗接种率99%", "二、三级医院绩效考核均为A等。"])
def test_numbers_and_letters_that_number_nothing(line):
    _, nodes = outline("前言段落。\n" + line + "\n正文。\n")
    assert nodes[1][0] == "paragraph"


def test_a_heading_glued_to_the_paragraph_above_it():
    """……责任链条。二、强化理论武装 — the line break before a heading lost: the paragraph, then the heading on
    the same line, when its number is the one expected next (一、 after the overview's 报告如下：); not a number
    that does not follow (五、 after 一、), nor one inside a sentence."""
    text = ("关于2026年度落实全面从严治党主体责任情况的报告\n局党组认真履行主体责任。现将有关情况报告如下：一、突出政治引领\n"
            "局党组严格落实“第一议题”制度，形成一级抓一级、层层抓落实的责任链条。二、强化理论武装，筑牢思想根基\n"
            "坚持党组理论学习中心组学习制度，全年集中学习12次。（一）抓好专题研讨\n开展专题研讨5次。\n"
            "三、夯实基层基础\n完成支部换届3个。\n")
    _, nodes = outline(text)
    assert [n[1:] for n in nodes if n[0] == "heading"] == [
        (1, 1, "突出政治引领"), (1, 2, "强化理论武装，筑牢思想根基"), (2, 1, "抓好专题研讨"), (1, 3, "夯实基层基础")]
    _, nodes = outline(text.replace("二、强化理论武装", "五、强化理论武装"))
    assert not any(n[0] == "heading" and n[3].startswith("强化理论武装") for n in nodes)


def test_a_number_left_at_the_end_of_the_paragraph_above_heads_the_line_below():
    """A PDF's copy: ……正确引导社会舆论。三、 / 聚焦基层基础，在夯实组织建设上持续用力 — the marker ended the paragraph,
    its words are the next line: one heading, from the number's line, where the number is the one expected next
    (wave 85, holdout656); not where it does not follow (五、 after 二、)."""
    text = ("关于2025年度落实全面从严治党主体责任情况的报告\n一、强化政治建设\n局党组严格落实第一议题制度。\n"
            "二、加强思想建设\n认真落实意识形态工作责任制，正确引导社会舆论。三、\n聚焦基层基础，在夯实组织建设上持续用力\n"
            "全年发展党员6名。\n四、改进工作作风\n“三公”经费同比下降11%。\n")
    doc, nodes = outline(text)
    headings = [n for n in doc.nodes if n.kind == "heading"]
    assert [(h.level, h.number) for h in headings] == [(1, 1), (1, 2), (1, 3), (1, 4)]
    assert doc.source.position(headings[2].start)[0] == 5 and doc.source.position(headings[2].end)[0] == 6
    assert doc.text[headings[2].title_start:headings[2].title_end] == "聚焦基层基础，在夯实组织建设上持续用力"
    doc, nodes = outline(text.replace("社会舆论。三、", "社会舆论。五、"))
    assert [h.number for h in doc.nodes if h.kind == "heading"] == [1, 2, 4]


def test_an_outline_pane_copied_as_one_line_is_no_heading_over_the_title():
    """An online document's outline pane in one line (大纲：一、……  二、……  三、……) above the title: the title is
    found below it (wave 85, holdout653); a heading of the text, with one part named, still ends the search."""
    text = ("石墨文档\n大纲：一、为什么要守纪律  二、守什么样的纪律  三、怎样做到守纪律\n守纪律讲规矩 做忠诚干净担当的交通人\n"
            "——在县交通运输局机关党委专题党课上的讲稿\n各位党员同志：\n今天，和大家一起交流。\n一、为什么要守纪律\n正文。\n")
    doc, _ = outline(text)
    assert doc.title_text().startswith("守纪律讲规矩")
    doc, _ = outline("一、为什么要守纪律，怎样守纪律\n正文。\n二、守什么样的纪律\n正文。\n")
    assert doc.title is None


def test_a_slide_decks_part_labels_head_its_parts_and_its_contents_slide_is_aside():
    """A report copied out of its slides: PART 01 over each part's title (on the line or the next), a CONTENTS slide
    listing them below the title, ▶ before a slide's heading over its • bullets (wave 86, holdout661)."""
    text = ("中共云岭镇委员会\n关于2025年度落实全面从严治党主体责任情况的报告\n1 / 13\nCONTENTS\nPART 01 政治引领\n"
            "PART 02 理论武装\nPART 03 问题短板\n2 / 13\nPART 01\n政治引领\n• 镇党委会议传达学习上级重要会议精神 31次\n"
            "3 / 13\nPART 02\n理论武装\n• 党委理论学习中心组学习 11次\n4 / 13\nPART 03\n问题短板\n▪ 个别村党组织书记年龄偏大\n")
    doc, _ = outline(text)
    assert doc.title_text().startswith("中共云岭镇委员会")
    assert [doc.source.position(n.start)[0] for n in doc.nodes if n.aside == CONTENTS] == [5, 6, 7]
    headings = [h for h in doc.headings]
    assert [(h.level, h.number, doc.text[h.title_start:h.title_end]) for h in headings] == [
        (1, 1, "政治引领"), (1, 2, "理论武装"), (1, 3, "问题短板")]
    # (one label alone is no deck's)
    doc, _ = outline("关于2025年度工作情况的报告\nPART 01\n政治引领\n正文一句。\n")
    assert not doc.headings
    # ▶ before each slide's heading, • before its bullets
    doc, _ = outline("白沙市第三中学党委\n2025年落实全面从严治党主体责任\n▶ 政治建设\n• 坚持党委领导下的校长负责制\n"
                     "• 严格执行学校章程\n▶ 思想建设\n• 理论学习中心组学习 10次\n▶ 不足\n• 部分教师学习主动性不强\n")
    assert [doc.text[h.title_start:h.title_end] for h in doc.headings] == ["政治建设", "思想建设", "不足"]


def test_an_overviews_numbered_sentences_do_not_hold_the_parts_below_them():
    """The overview's own list (①召开党组会议24次，…… / ④机关党支部被评为……。) above 一、履行主体责任情况: 一、 is no
    heading in the body of ④ (a sentence), as it would be under a short heading (（1）坚持政治引领 / 1、……)
    (wave 86, holdout664)."""
    text = ("关于2026年度全面从严治党主体责任落实情况的报告\n今年以来，局党组坚持学习。\n①召开党组会议24次，专题研究6次。\n"
            "②党组理论学习中心组集中学习12次。\n一、履行主体责任情况\n（一）政治建设方面\n1.严肃党内政治生活。召开民主生活会。\n"
            "（二）思想建设方面\n1.加强理论学习。全年学习12次。\n二、存在不足\n一是指导不够。\n")
    doc, _ = outline(text)
    part = next(h for h in doc.headings if h.level == 1 and h.number == 1)
    assert part.parent is None


def test_ordinal_lines_read_by_ocr_and_said_twice_at_a_seam():
    """第-， as OCR reads 第一，, and 第六，…… said again at the seam of two screenshots: the run of ordinal
    headings goes on to 第八，."""
    body = "正文一句。\n"
    text = ("前言段落。\n第-，突出政治统领\n" + body + "第二，深化理论武装\n" + body + "第三，夯实基层基础\n" + body
            + "第三，夯实基层基础\n" + body + "第四，正视问题不足\n" + body)
    _, nodes = outline(text)
    assert [n[2] for n in nodes if n[0] == "heading"] == [1, 2, 3, 4]


def test_a_screenshots_page_dots_are_no_heading():
    _, nodes = outline("前言段落。\n● ○ ○ ○\n■ 政治建设\n正文。\n○ ● ○ ○\n■ 思想建设\n正文。\n○ ○ ● ○\n")
    assert [n[3] for n in nodes if n[0] == "heading"] == ["政治建设", "思想建设"]


def test_numerals_with_a_half_width_comma_are_headings_with_or_without_a_full_stop():
    # 一,前三季度主要工作完成情况。 — a conversion's comma for 、, and the unit's full stop after each heading
    _, nodes = outline("今年以来，县统计局坚持稳中求进。\n一,前三季度主要工作完成情况。\n（一）常规统计调查有序开展。正文。\n"
                       "二,存在的问题。\n一是基础薄弱。\n三,第四季度工作安排\n一是做好年报。\n")
    assert [(n[1], n[2], n[3]) for n in nodes if n[0] == "heading" and n[1] == 1] == [
        (1, 1, "前三季度主要工作完成情况"), (1, 2, "存在的问题"), (1, 3, "第四季度工作安排")]


def test_ordinal_lines_are_headings_in_a_run():
    _, nodes = outline("前言段落。\n第一，突出政治引领\n正文。\n第二、加强学习教育。\n正文。\n第三：扩大组织覆盖\n正文。\n")
    assert [n for n in nodes if n[0] == "heading"] == [
        ("heading", 1, 1, "突出政治引领"), ("heading", 1, 2, "加强学习教育"), ("heading", 1, 3, "扩大组织覆盖")]
    # inside a numbered part, one level below it
    _, nodes = outline("一、工作情况\n第一，突出政治引领\n正文。\n第二，加强学习教育\n正文。\n二、存在问题\n正文。\n")
    assert [n[1] for n in nodes if n[0] == "heading"] == [1, 2, 2, 1]


@pytest.mark.parametrize("text", [
    "前言段落。\n第一，突出政治引领\n正文。\n",  # alone: no run
    "前言段落。\n第二，突出政治引领\n正文。\n第三，加强学习教育\n正文。\n",  # not from 第一
    "前言段落。\n第一，要坚定理想信念。正文接着写下去。\n第二，要勇于担当作为。正文接着写。\n",  # more than a title
    "前言段落。\n第一、二季度，全市完成投资12亿元。\n第二、三季度继续增长。\n",  # not an ordinal
])
def test_ordinal_lines_that_are_not_headings(text):
    doc, nodes = outline(text)
    assert all(kind != "heading" for kind, *_ in nodes)


def test_run_in_lines_alone_over_their_text_are_headings():
    """一是把牢政治方向，党的领导全面加强 alone on its line over items of its own, three or more from 一是:
    headings (a part each), with the items below them; not short items one under the other."""
    body = "　　1.落实党委前置研究讨论重大事项制度。全年研究28项。\n　　2.压紧压实管党治党责任。\n"
    text = ("前言段落。\n一是把牢政治方向，党的领导全面加强\n" + body + "二是坚持理论武装，思想根基不断筑牢\n" + body
            + "三是夯实基层基础，组织力持续提升\n" + body)
    _, nodes = outline(text)
    assert [n for n in nodes if n[0] == "heading" and n[1] == 1] == [
        ("heading", 1, 1, "把牢政治方向，党的领导全面加强"), ("heading", 1, 2, "坚持理论武装，思想根基不断筑牢"),
        ("heading", 1, 3, "夯实基层基础，组织力持续提升")]
    # a list of short items, one right under the other; two only; a sentence after the title
    for other in ("前言段落：\n一是学习不深入\n二是作风不扎实\n三是制度执行不严\n正文。\n",
                  "前言段落。\n一是把牢政治方向\n" + body + "二是坚持理论武装\n" + body,
                  "前言段落。\n一是把牢政治方向。全年学习28次\n" + body + "二是坚持理论武装。全年研讨6次\n" + body
                  + "三是夯实基层基础。发展党员3名\n" + body):
        _, nodes = outline(other)
        assert not any(n[0] == "heading" and n[1] == 1 for n in nodes)


def test_an_ordinal_paragraph_carries_a_run_in_marker():
    doc, nodes = outline("前言段落。\n第一，要坚定理想信念。正文接着写下去。\n")
    clause = doc.nodes[1].clauses[0]
    assert (clause.runin, clause.number, doc.text[clause.start:clause.end]) == ("第一,", 1, "第一，要坚定理想信念。")


@pytest.mark.parametrize("line", [
    "2023年以来，我们坚持学习。",
    "1.5万名党员参加学习。",
    "一是加强学习。",
    "统一思想，凝聚共识。",
])
def test_not_headings(line):
    _, nodes = outline("前言段落。\n" + line + "\n")
    assert nodes[1][0] == "paragraph"


def test_heading_title_stops_at_the_first_sentence():
    doc, nodes = outline("（一）坚持党建引领，突出政治属性。坚持党建带妇建。\n")
    assert nodes[0][3] == "坚持党建引领，突出政治属性"
    assert len(doc.nodes[0].clauses) == 2


def test_run_in_enumeration_at_sentence_starts_only():
    doc, _ = outline("一是加强学习。二是强化监督；三是：全面统一是关键。\n")
    runins = [(c.runin, c.number) for c in doc.nodes[0].clauses]
    assert runins == [("一是", 1), ("二是", 2), ("三是", 3), (None, None)]


def test_run_ins_after_colon_and_in_traditional_text():
    doc, _ = outline("存在一些不足：一是學習不夠；二是監督不嚴。\n")
    assert [c.number for c in doc.nodes[0].clauses if c.runin] == [1, 2]


def test_parents_and_sections():
    doc, _ = outline("一、总体情况\n（一）政治建设\n正文。\n（二）思想建设\n二、存在问题\n正文二。\n")
    h1, h2a, body, h2b, h1b, body2 = doc.nodes
    assert h2a.parent == h1.index and body.parent == h2a.index and h2b.parent == h1.index
    assert h1b.parent is None and body2.parent == h1b.index
    assert doc.section_end(h1) == h1b.start
    assert doc.section_end(h1b) == len(doc.text)


def test_title_line_is_recognized():
    _, nodes = outline("\n妇联党建述职报告\n2023年，我们做了很多工作。\n")
    assert nodes[0][0] == "title"
    _, nodes = outline("2023年以来，我们坚持学习。\n一、政治建设\n")
    assert nodes[0][0] == "paragraph"


def test_a_heading_runs_on_into_run_in_clauses():
    doc, nodes = outline("前言。\n(一)学习。二是落实\n一、  \n")
    assert [n[0] for n in nodes[1:]] == ["heading", "heading"]
    heading = doc.nodes[1]
    assert [(doc.text[c.start:c.end], c.runin) for c in heading.clauses] == [("学习。", None), ("二是落实", "二是")]
    assert doc.nodes[2].marker == "一、" and doc.nodes[2].level == 1


def test_crlf_and_blank_lines():
    doc, nodes = outline("一、政治建设\r\n\r\n   \r\n一是学习。\r\n")
    assert [n[0] for n in nodes] == ["heading", "paragraph"]
    assert doc.text[doc.nodes[1].start:doc.nodes[1].end] == "一是学习。"


def test_empty_text():
    doc, nodes = outline("")
    assert nodes == [] and doc.parsed


def test_grammar_failure_degrades_to_paragraphs(monkeypatch):
    from linter import outline as outline_module

    LarkError = outline_module._standalone().LarkError  # noqa: N806 (the generated parser's)

    class Broken:
        def parse(self, text):
            raise LarkError("boom")

    monkeypatch.setattr(outline_module, "_parser", Broken())
    doc, nodes = outline("一、政治建设\n\n正文。\n")
    assert not doc.parsed
    assert [(n[0], n[3]) for n in nodes] == [("paragraph", "一、政治建设"), ("paragraph", "正文。")]


def test_outline_offsets_point_into_the_original(seed_results):
    from conftest import SEED
    from linter.sources import load

    source = load(SEED["002"])
    doc = build_document(source)
    heading = doc.headings[0]
    assert source.text[heading.title_start:heading.title_end] == "堅持政治統領,堅決做到“兩個維護”"


@pytest.mark.parametrize("text,expected", [
    ("学习。。一是加强。", [("学习。。", None), ("一是加强。", 1)]),
    ("：一是加强", [("：", None), ("一是加强", 1)]),
    ("一是", [("一是", 1)]),
    ("甲。乙；丙", [("甲。", None), ("乙；", None), ("丙", None)]),
    ("一是甲。二是乙。统一是丙。", [("一是甲。", 1), ("二是乙。", 2), ("统一是丙。", None)]),
    # the parser sees one token per line; outline.py reads the clauses as the
    # grammar's RUNIN/TEXT tokens once did (a run-in marker wins where one opens)
    ("一是二是三", [("一是", 1), ("二是三", 2)]),
    ("统一是。一是二是三是", [("统一是。", None), ("一是", 1), ("二是", 2), ("三是", 3)]),
    ("。一是x", [("。", None), ("一是x", 1)]),
])
def test_sentences_and_run_ins(text, expected):
    doc, _ = outline("前言。\n" + text + "\n")
    node = doc.nodes[1]
    assert [(doc.text[c.start:c.end], c.number) for c in node.clauses] == expected


def test_front_matter_title_after_chrome_and_contents():
    text = ("目  录\n一、坚持党的全面领导……………1\n二、存在的问题……………2\n\n"
            "中共某公司委员会\n2022年度落实全面从严治党主体责任情况报告\n"
            "一、坚持党的全面领导\n正文。\n")
    doc, nodes = outline(text)
    assert [n[0] for n in nodes] == ["paragraph", "paragraph", "paragraph", "title", "heading", "paragraph"]
    assert [n.aside for n in doc.nodes] == [True, CONTENTS, CONTENTS, False, False, False]  # (the lines 目录 lists)
    assert doc.title_text() == "中共某公司委员会2022年度落实全面从严治党主体责任情况报告"
    assert doc.source.position(doc.title.start)[0] == 5 and doc.source.position(doc.title.end)[0] == 6
    assert [h.number for h in doc.headings] == [1]  # the contents lines are not headings


def test_an_online_documents_outline_panel_is_its_table_of_contents():
    # (腾讯文档: the editor's lines, then its 目录 panel listing the headings, unnumbered, then the title; each listed
    # line opens a line below. The unit's name said again in the signature is no listed line, nor is the title.)
    text = ("腾讯文档\n最近编辑：黄某 1月3日 09:18\n获得链接的人可编辑\n目录\n政治建设\n思想建设\n问题与不足\n2027年工作安排\n"
            "中共云溪城投集团委员会\n2026年度落实全面从严治党主体责任情况报告\n市国资委党委：\n2026年，集团党委坚持学习。\n"
            "政治建设：把牢国有企业正确发展方向\n集团党委严格落实“第一议题”制度。\n思想建设：以党的创新理论凝心铸魂\n"
            "全年集中学习12次。\n问题与不足\n一是党建工作与生产经营融合不够紧密。\n2027年工作安排\n一是坚持党的领导。\n"
            "中共云溪城投集团委员会\n2027年1月5日\n")
    doc, _ = outline(text)
    assert [doc.source.position(n.start)[0] for n in doc.nodes if n.aside == CONTENTS] == [5, 6, 7, 8]
    assert doc.source.position(doc.title.start)[0] == 9 and doc.title_text().endswith("情况报告")
    # (numbered lines listed the same way: 目录 / 一、…… / 二、……, said again as the parts below)
    numbered = text.replace("\n政治建设\n思想建设\n", "\n一、政治建设\n二、思想建设\n", 1)
    doc, _ = outline(numbered)
    assert [doc.source.position(n.start)[0] for n in doc.nodes if n.aside == CONTENTS][:2] == [5, 6]


def test_a_table_of_contents_without_its_label_or_with_its_toggle():
    # (a PDF viewer's bookmarks or a page's outline panel copied ahead of the text: the headings listed, then the title;
    # each listed line said again below as the part it lists — wave 83, holdout637)
    body = ("北河小学党支部2025年党建工作总结\n2025年，支部较好完成了全年任务。\n一、主要工作\n一是抓学习。全年学习12次。\n"
            "二、存在问题\n一是活动形式单一。\n三、努力方向\n一是创新活动方式。\n")
    for head in ("", "目录 收起\n", "文章目录　展开\n"):
        doc, _ = outline(head + "一、主要工作\n二、存在问题\n三、努力方向\n" + body)
        first = 2 if head else 1
        assert [doc.source.position(n.start)[0] for n in doc.nodes if n.aside == CONTENTS] == [first, first + 1, first + 2]
        assert doc.title_text() == "北河小学党支部2025年党建工作总结"
        assert [h.number for h in doc.headings] == [1, 2, 3]
    # (a report that opens on its own headings, said once, has no table of contents)
    doc, _ = outline("一、主要工作\n二、存在问题\n三、努力方向\n一是抓学习。\n")
    assert not [n for n in doc.nodes if n.aside == CONTENTS] and [h.number for h in doc.headings] == [1, 2, 3]


def test_a_qa_pages_question_and_answer_marks_are_above_the_title():
    # (a Q&A page: the question, its fields, the answer's marks and the answerer's first words, then the report)
    text = ("问知网 — 有问题，就会有答案\n首页 > 职场 > 公文写作\n"
            "求一篇乡镇党委2026年度落实全面从严治党主体责任情况报告，急用！！\n"
            "提问者：匿名用户 | 2026-12-03 20:41 | 浏览 5872 次\n"
            "问题补充：镇里让我下周一交初稿，第一次写这种材料，领导只说按“五大建设”写，别的什么也没说，求大神给个完整的，"
            "最好是乡镇的，悬赏50分。\n最佳答案\n已采纳\n回答者：基层老笔头 | 2026-12-03 22:15 | 赞同 356\n"
            "给你一篇我们镇今年报的，名字我没改，数据做了处理，结构可以直接参考，乡镇一般按“五大建设”分段写，再加问题和明年打算就行：\n\n"
            "中共桃溪镇委员会2026年度落实全面从严治党主体责任情况报告\n\n"
            "今年以来，镇党委坚持以习近平新时代中国特色社会主义思想为指导。\n一、2026年主要工作\n正文。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.title_text() == "中共桃溪镇委员会2026年度落实全面从严治党主体责任情况报告"
    # … and a form's field label with its hint over the text it holds
    doc = build_document(Source(path="t.txt", text=(
        "考核年度：2025\n述职人：王慧敏\n述职报告正文（必填）\n2025年度教工第一党支部书记抓党建工作述职报告\n"
        "2025年，我担任教工第一党支部书记。\n一、履职尽责情况\n正文。\n")))
    assert doc.title_text() == "2025年度教工第一党支部书记抓党建工作述职报告"


def test_a_learning_platforms_user_line_and_points_are_above_the_title():
    # (a Party-building cloud's page: its name, breadcrumbs, the user's line with [退出], a points toast)
    doc = build_document(Source(path="t.txt", text=(
        "先锋云·述职评议系统\n当前位置：首页 > 述职评议 > 2025年度 > 述职报告\n当前用户：何** 同志（支部书记）　[退出]\n"
        "2025年度抓基层党建工作述职报告\n述职人：何春燕　|　提交时间：2026-01-20 16:05\n各位领导、同志们：\n正文。\n")))
    assert doc.title_text() == "2025年度抓基层党建工作述职报告"
    doc = build_document(Source(path="t.txt", text=(
        "白沙先锋在线 · 微党课\n首页 > 微党课 > 领导讲话\n本篇学习可获 2 积分（观看满 5 分钟）\n"
        "在白沙镇2026年党风廉政建设工作会议上的讲话\n（2026年2月10日）\n同志们：\n正文。\n")))
    assert doc.title_text() == "在白沙镇2026年党风廉政建设工作会议上的讲话"


def test_a_review_memo_or_score_sheet_above_the_draft_is_no_title():
    # (the unit's cover on what it changed, under the unit's name that heads both; a returned draft's score sheet)
    doc = build_document(Source(path="t.txt", text=(
        "中共东坪县林业局党组\n关于报送修改后的2026年度全面从严治党主体责任落实情况报告的说明\n县委办：\n"
        "根据要求，我局党组对报告作了修改：\n1.按照“政治建设部分缺少具体事例”的意见，补充了林长制落实情况；\n"
        "2.按照“措施不具体”的意见，细化了打算。\n特此说明。\n中共东坪县林业局党组\n2027年1月17日\n"
        "关于2026年度落实全面从严治党主体责任情况的报告\n2026年，局党组坚持学习。\n一、政治建设方面\n正文。\n")))
    assert doc.title_text() == "关于2026年度落实全面从严治党主体责任情况的报告"
    doc = build_document(Source(path="t.txt", text=(
        "第二轮评审打分情况（河西街道党工委组织办）\n政治建设（15分）：得12分，扣分原因：落实上级部署的事例偏少。\n"
        "总分：82分\n——街道党工委组织办　1月10日\n河西街道柳岸社区党委书记2026年度抓基层党建工作述职报告\n"
        "2026年，我担任社区党委书记。\n一、履职情况\n正文。\n")))
    assert doc.title_text() == "河西街道柳岸社区党委书记2026年度抓基层党建工作述职报告"
    # (… and the unit's name right above the title, below the memo, is the title's first line)
    doc = build_document(Source(path="t.txt", text=(
        "华信能源集团党委2026年度主体责任报告复审评分\n政治建设（15分）：得13分，扣分原因：事例偏少。\n合计：85分\n"
        "中共华信能源集团有限公司委员会\n2026年度落实全面从严治党主体责任情况报告\n2026年，集团党委坚持学习。\n"
        "一、政治建设\n正文。\n")))
    assert doc.title_text() == "中共华信能源集团有限公司委员会2026年度落实全面从严治党主体责任情况报告"


def test_a_short_first_line_is_still_the_title_and_a_repeat_is_aside():
    doc, nodes = outline("某单位2024年工作总结\n某单位2024年工作总结\n2024年，我们做了很多工作。\n")
    assert [n[0] for n in nodes] == ["title", "paragraph", "paragraph"]
    assert doc.nodes[1].aside and not doc.nodes[2].aside
    doc, nodes = outline("一、坚持理论武装，筑牢思想根基\n")
    assert nodes[0][0] == "heading" and doc.title is None


def test_marker_headings_nest_inside_markdown_and_styled_headings():
    # “## 一、” is a Markdown heading of level 2; the （一） and 1. below it are its parts, and a
    # “## 存在问题” without a marker holds the （一） under it; the next “##” closes them all
    text = ("# 某局2024年度工作报告\n\n## 一、主要工作\n\n（一）政治建设\n\n正文。\n\n1. 第一议题\n\n"
            "## 二、存在问题\n\n### （一）学习方面\n\n1. 学习不深\n\n## 三、下一步打算\n\n（一）深化学习\n")
    from linter import sources

    doc = build_document(sources.load_bytes(text.encode("utf-8"), "t.md"))
    heads = {doc.text[n.title_start:n.title_end]: n for n in doc.nodes if n.kind == "heading"}
    parent = {k: (doc.nodes[n.parent].title_start if n.parent is not None else None) for k, n in heads.items()}
    name = {n.title_start: k for k, n in heads.items()}
    assert {k: name.get(v) for k, v in parent.items()} == {
        "某局2024年度工作报告": None, "一、主要工作": "某局2024年度工作报告", "政治建设": "一、主要工作",
        "第一议题": "政治建设", "二、存在问题": "某局2024年度工作报告", "（一）学习方面": "二、存在问题",
        "学习不深": "（一）学习方面", "三、下一步打算": "某局2024年度工作报告", "深化学习": "三、下一步打算"}
    assert doc.section_end(heads["一、主要工作"]) == heads["二、存在问题"].start
    assert doc.section_end(heads["政治建设"]) == heads["二、存在问题"].start


def test_the_front_matter_vocabulary_is_read_from_rules_and_checked():
    """rules/outline/front-matter.yaml: site chrome and what titles and unit names end with."""
    from linter import outline

    front = outline.front_matter()
    assert "当前位置" in front.chrome and front.chrome_re.search("共12页")
    assert any(word in "☑ 签名有效:文档自签名后未被修改" for word in front.chrome)  # (a reader's signature panel)
    assert front.chrome_re.search("①基本信息 ——— ②述职内容 ——— ③上传附件") and not front.chrome_re.search("①学习不够深入。②……")
    assert "报告" in front.title_end and "发言" in front.title_word and "党委" in front.unit_end
    assert front.title_opens == ("关于",) and "附件1:……清单".startswith(front.attachment_opens)
    assert "通用" in front.site_note and front.speech_opens == ("在",) and "上的" in front.speech_occasions
    assert front.field_line.match("述职人:中共白沙镇委员会书记") and not front.field_line.match("政治建设:把牢方向")
    assert front.field_line.match("(省财政厅预算处 刘晓楠)") and not front.field_line.match("(2026年1月15日)")
    assert front.channel_line.match("报送栏目:2025年度党建工作总结") and front.channel_line.match("岷北区主体责任报告报送系统")
    assert not front.channel_line.match("关于2025年度落实全面从严治党主体责任情况的报告")
    assert front.channel_line.match("拟办意见:请督查室汇总,报区委常委会审阅。")  # (a 收文处理单's field above the title)
    assert front.template_note.match("填报说明:") and not front.template_note.match("填报说明:请按要求报送")
    assert front.item_field.match("对照事项一:政治建设\n") and front.item_field.match("检查项目:纪律建设")
    assert not front.item_field.match("检查内容:坚持和加强党对学校的全面领导,落实主体责任清单") \
        and not front.item_field.match("填报单位:中共柘湾镇委员会")
    # a page's number in every form a converter or a site leaves (— 2 / 6 —: a site's pager between dashes)
    assert all(front.page_line.fullmatch(line) for line in ("第 2 页 共 6 页", "— 3 —", "2/6", "— 2 / 6 —", "12",
                                                            "Page 2 / 6", "第 2/8 页", "〔第2页〕"))
    assert not front.page_line.fullmatch("2026年")
    assert all(front.contents_head.match(line) for line in ("目录", "目 录", "本文目录", "文档目录"))
    assert front.document_contents.match("文章目录") and not front.document_contents.match("本文目录")
    assert not front.contents_head.match("目录清单")
    # an e-mail's header over the report it carries (searched in a line's text, spaces removed)
    assert all(front.mail_head.match(line) for line in ("------------------原始邮件------------------", "发件人:陈琳<c@x.cn>",
                                                       "在2027-01-0717:41:22,\"周立新\"<z@x.cn>写道:"))
    assert front.mail_field.match("主题:回复:区教育局党组2026年度报告") and not front.mail_head.match("主题:报告")
    # a speech's salutation is no label heading its part
    assert all(front.salutation.fullmatch(text) for text in ("同志们", "各位领导、同志们", "尊敬的王部长，各位领导"))
    assert not front.salutation.fullmatch("存在的问题")
    # a cover note's sentence, over which the title is still looked for
    assert front.cover_note.search("按照通知要求，现将《中共某县局党组2026年度报告》报上，请审阅。")
    # a drafter's line over last year's report pasted below for reference; not a line that names a year for no such end
    assert front.earlier_mark.search("==========以下为2025年度报告,核对口径用==========")
    assert front.earlier_mark.search("(以下为去年总结,写的时候参考用,交之前删掉)")
    assert not front.earlier_mark.search("以下为2026年度落实全面从严治党主体责任情况报告")
    # a chat assistant's mark that its answer begins (a regenerated answer's pager too)
    assert front.answer_mark.match("已深度思考(用时 21 秒)") and front.answer_mark.match("< 2/2 >")
    assert not front.answer_mark.match("全年深度思考研讨12次")
    # a transcript's label before what is said; a speech's notes after its closing
    assert all(front.speaker_label.match(line).end() == line.index("同志们")
               for line in ("[00:00:06] 发言人1:同志们", "00:01:02 | 主持人:同志们", "刘部长(00:12:05):同志们", "说话人2:同志们"))
    assert not front.speaker_label.match("政治建设:把牢方向")
    assert front.notes_head.fullmatch("参考文献:") and front.notes_head.fullmatch("思考题") \
        and not front.notes_head.fullmatch("注释说明")
    assert "(必填)" in front.form_hints and "如下" in front.list_words
    complete = {"chrome": {"words": ["首页"], "patterns": ["x"]}, "title-ends": ["报告"], "title-words": ["报告"],
                "unit-ends": ["党委"], "page-fields": ["发布机构"], "form-fields": ["姓名"], "site-notes": ["通用"], "title-periods": ["截至"], "title-occasions": ["会上"], "page-lines": ["\\d{1,3}"], "field-lines": ["述职人:"], "channel-lines": ["报送栏目:"], "template-notes": ["填报说明"], "review-memos": ["修改说明:"], "alternate-marks": ["备选"], "earlier-marks": ["以下为去年报告"], "earlier-words": ["以下"], "answer-marks": ["已深度思考"], "answer-prefaces": ["以下是为您撰写的"], "answer-words": ["思考"], "agenda-heads": ["议程"], "closing-lines": ["特此报告"], "contents-heads": ["目录"], "document-contents": ["文档目录"], "number-columns": ["序号"], "piece-markers": ["篇(?P<n>二)"], "item-fields": ["检查项目:"], "masthead-lines": ["文件$"], "title-continues": ["和"], "title-opens": ["关于"], "attachment-opens": ["附"], "item-labels": ["问题"], "lead-words": ["首先"], "ordinal-leads": ["首先"], "salutations": ["同志们"], "captions": ["表1"], "picture-words": ["现场"], "cover-notes": ["现将"], "one-words": ["统一"], "aspect-adverbs": ["总体"], "list-words": ["以下"], "mail-heads": ["发件人:"], "mail-fields": ["主题:"], "mail-words": ["件人"],
                "speaker-labels": ["主持人:"], "notes-heads": ["注释"], "form-hints": ["必填"],
                "wrapped-speech-title": {"opens": ["在"], "occasions": ["上的"]}}
    outline._FrontMatter(complete)
    with pytest.raises(ValueError, match="chrome.words"):
        outline._FrontMatter({**complete, "chrome": {"words": [], "patterns": ["x"]}})
    with pytest.raises(ValueError, match="wrapped-speech-title"):
        outline._FrontMatter({**complete, "wrapped-speech-title": None})
    from linter.rulebook.locate import builtin_names

    assert "front-matter" not in builtin_names()  # not a rulebook


def test_a_channels_lines_above_the_title_are_never_the_title():
    """A submission system's export: its name, its fields, then the report's own title 12 lines down."""
    fields = "".join(f"{label}:某某\n" for label in ("填报单位", "填报人", "报送年度", "报送状态", "提交时间",
                                                       "退回意见", "审核状态", "附件", "报送类型", "报告正文"))
    doc = build_document(Source(path="t.txt", text="岷北区全面从严治党主体责任报告报送系统\n【导出记录】\n" + fields
                                + "\n岷北区住房和城乡建设局党组\n2025年度落实全面从严治党主体责任情况报告\n"
                                + "2025年，局党组坚持学习，全年召开党组会议12次。\n一、加强政治建设\n坚持第一议题制度。\n"))
    assert doc.norm[doc.title.start:doc.title.end].endswith("2025年度落实全面从严治党主体责任情况报告")


def test_a_cover_letters_attachment_line_is_not_the_title():
    """A report under its cover 函: the 附件：… line names the report, but the report's own title is below."""
    text = ("中共清溪县水务局党组\n关于报送2026年度落实全面从严治党主体责任情况报告的函\n\n中共清溪县纪委：\n"
            "现将我局党组2026年度落实全面从严治党主体责任情况报告随函报送，请予审阅。\n\n"
            "附件：中共清溪县水务局党组2026年度落实全面从严治党主体责任情况报告\n\n中共清溪县水务局党组\n2027年1月12日\n\n"
            "中共清溪县水务局党组2026年度落实全面从严治党主体责任情况报告\n"
            "2026年，局党组坚持学习，全年召开党组会议24次。\n一、加强政治建设\n坚持第一议题制度。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.title is not None and doc.source.position(doc.title.start)[0] == 12



def test_a_cover_notes_long_sentence_does_not_hide_the_title_below_it():
    """县委办公室： over one long sentence (现将《……》报上，请审阅。), its signature and date: the report's title below."""
    text = ("县委办公室：\n　　按照县委全面从严治党工作领导小组办公室通知要求，现将《中共东沅县市场监督管理局党组2026年度落实"
            "全面从严治党主体责任情况报告》报上，请审阅。\n　　　　中共东沅县市场监督管理局党组\n　　　　2027年1月5日\n\n"
            "中共东沅县市场监督管理局党组2026年度落实全面从严治党主体责任情况报告\n\n"
            "　　今年以来，局党组认真贯彻落实县委关于全面从严治党各项部署，坚持党建引领、监管为民，全年召开党组会议24次。\n"
            "　　一、关于政治建设\n　　局党组坚持第一议题制度。\n")
    assert _title_lines(text) == [6, 6]


def test_a_report_given_at_a_meeting_keeps_its_title_above_the_salutation():
    """中共……机关委员会 / 2026年工作报告 / 同志们： / 我受……委托，向大会作工作报告 …: its part 2026年工作情况 below is
    alike to the title, but a heading, not the report's own title repeated."""
    text = ("中共枫亭区人力资源和社会保障局机关委员会\n2026年工作报告\n同志们：\n"
            "我受中共枫亭区人力资源和社会保障局机关委员会委托，向大会作工作报告，请各位党员审议。\n"
            "2026年工作情况\n一年来，局机关党委在局党组的领导下，坚持以党建引领业务工作，全年召开支委会12次。\n"
            "（1）突出政治统领，把牢人社工作正确方向。机关党委坚持第一议题制度。\n")
    assert _title_lines(text) == [1, 2]  # (中共……机关委员会 / 2026年工作报告)


def test_a_posts_numbered_headings_with_either_bar_are_headings():
    """01｜ and 01丨 (a WeChat post's numbering, with the full-width bar or the character 丨) open parts."""
    for bar in ("｜", "丨"):
        text = (f"关于2026年前三季度落实全面从严治党主体责任情况的报告\n01{bar}强化政治引领，扛牢管党治党政治责任\n"
                f"局党组坚持第一议题制度。\n08{bar}第四季度工作打算\n一是持续强化政治建设。\n")
        doc = build_document(Source(path="t.txt", text=text))
        assert [n.kind for n in doc.nodes[1:]] == ["heading", "paragraph", "heading", "paragraph"], bar



def test_a_sub_heading_whose_closing_bracket_ocr_lost_is_a_heading():
    text = ("关于2025年度落实全面从严治党主体责任情况的报告\n一、主要工作\n(三关于组织建设\n推进党支部标准化建设。\n"
            "（五关于纪律建设\n开展警示教育3次。\n（三甲医院创建工作已通过评审，全院职工共同努力。\n"
            "(六建强组织固根基。局党组下设党支部5个，\n党员71名。\n")  # (its text run on in a hard-wrapped scan)
    assert heading_numbers(text) == [(1, 1), (2, 3), (2, 5), (2, 6)]

def test_a_chinese_numeral_in_tortoise_shell_brackets_opens_a_sub_heading():
    text = ("2025年前三季度工作总结\n〔一〕主要工作\n（1）全力冲刺年度目标。\n〔三〕第四季度工作计划\n"
            "（1）加快重点项目建设。\n县水务局〔2025〕12号文件要求全面推进。\n")
    assert heading_numbers(text) == [(2, 1), (4, 1), (2, 3), (4, 1)]


def test_the_title_is_found_below_a_templates_numbered_instructions():
    text = ("填报说明：\n1.本模板供县直各单位参考使用，定稿时删除本说明。\n2.正文一般不超过4000字。\n\n"
            "关于2026年度落实全面从严治党主体责任情况的报告\n县委：\n2026年，局党组坚持学习。\n一、加强政治建设\n全年学习24次。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.title is not None and doc.source.position(doc.title.start)[0] == 5
    assert [n.index for n in doc.nodes if n.aside][:3] == [0, 1, 2]


def test_roman_numerals_in_latin_letters_and_numbers_as_ocr_reads_them_open_headings():
    text = ("关于2025年度落实全面从严治党主体责任情况的报告\nI、强化政治统领\n坚持第一议题制度。\nVII、存在的问题\n学习不深。\n"
            "VIII、2026年工作打算\nl.突出政治统领，把牢正确方向\n严格执行第一议题制度。\n4,锤炼过硬作风，提升服务效能\n"
            "开展作风建设专项检查6次。\n4,5万元用于支部活动。\n=、思想建设\n学习12次。\n五‘突出纪律约束，强化监督执纪。\n"
            "开展警示教育4次。\n")
    assert heading_numbers(text) == [
        (1, 1), (1, 7), (1, 8), (3, 1), (3, 4), (1, 2), (1, 5)]


def test_items_numbered_like_the_part_right_under_it_are_one_level_below():
    text = ("村党总支书记2026年抓基层党建工作述职报告\n一、主要工作\n全年开展主题党日12次。\n二、存在的问题\n"
            "一、理论学习不够深入。\n二、党员队伍结构不够优化。\n三、原因分析\n反思存在的问题，原因主要有两个方面。\n"
            "四、下一步工作打算\n一、压实党建责任。\n二、优化党员队伍。\n三、壮大集体经济。\n以上述职，请予评议。\n")
    assert heading_numbers(text) == [
        (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (1, 4), (2, 1), (2, 2), (2, 3)]


def test_an_online_documents_list_of_its_headings_is_no_part():
    text = ("飞书\n局党建工作 › 2025年度材料 › 主体责任\n主体责任报告-定稿\n创建者：林一帆　最近修改：1月7日 11:20\n快速访问\n"
            "文档目录\n▸ 一、政治建设：坚定拥护“两个确立”\n▸ 二、存在问题及下一步打算\n中共沅港区市场监督管理局党组\n"
            "2025年度落实全面从严治党主体责任情况报告\n区委：\n一、政治建设：坚定拥护“两个确立”\n局党组严格落实第一议题制度。\n"
            "二、存在问题及下一步打算\n理论学习还不够深入。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert [doc.source.position(n.start)[0] for n in doc.nodes if n.kind == "heading"] == [12, 14]


def test_an_online_documents_name_above_the_title_is_not_the_title():
    text = ("企业微信 · 微文档\n白鹭镇2025年主体责任报告（初稿）\n张倩 创建 · 2026/1/7 修改\n"
            "中共白鹭镇委员会关于2025年度落实全面从严治党主体责任情况的报告\n县委：\n一、加强政治建设\n全年学习24次。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.source.position(doc.title.start)[0] == 4
    own = "中共松溪县自然资源局党组2025年度全面从严治党主体责任落实情况报告（初稿）\n\n今年以来，局党组坚持学习。\n"
    assert build_document(Source(path="t.txt", text=own)).title is not None


def test_roman_numerals_before_a_space_number_parts():
    text = "关于2025年度落实全面从严治党主体责任情况的报告\nⅠ　政治建设\n坚持第一议题制度。\nⅡ\t思想建设\n学习12次。\nⅢ类项目12个。\n"
    assert heading_numbers(text) == [(1, 1), (1, 2)]  # (not a line opened by a numeral and a Chinese word with no space: Ⅲ类)

def test_parenthesized_ideographs_and_numbered_items_number_parts():
    # (㈠ ㈡, one character each, as a part's number; 第1项 / 第二项 over a form's items)
    text = "关于2026年度党建工作情况的报告\n㈠ 主要工作及成效\n全年学习12次。\n㈡ 存在问题\n学习不深。\n"
    assert heading_numbers(text) == [(2, 1), (2, 2)]
    text = "2026年度党建工作述职报告\n第1项　全年主要工作\n全年学习12次。\n第2项　存在问题\n学习不深。\n第三项 下一步打算\n"
    assert heading_numbers(text) == [(1, 1), (1, 2), (1, 3)]
    assert heading_numbers("关于2026年度工作的报告\n第一项工作是抓学习，全年学习12次。\n") == []
    # (a numeral and a space or a tab, or a colon, before a short heading: 一 加强政治建设, 二\t思想建设, 一：加强政治建设，坚定
    # 政治方向 — not a sentence, 一：全年学习12次，……。 longer than a heading)
    text = "关于2026年度落实全面从严治党主体责任情况的报告\n一 加强政治建设\n全年学习12次。\n二\t存在的问题及原因\n学习不深。\n三 2027年工作打算\n"
    assert heading_numbers(text) == [(1, 1), (1, 2), (1, 3)]
    text = "关于2026年度工作的报告\n一：加强政治建设，坚定政治方向\n全年学习12次。\n二：存在问题\n学习不深。\n"
    assert heading_numbers(text) == [(1, 1), (1, 2)]
    assert heading_numbers("关于2026年度工作的报告\n一：全年召开党组会议24次，专题研究全面从严治党工作4次，班子成员讲党课8次。\n") == []
    # (and run into its first sentence: 二 存在的困难和问题。当前，……)
    text = "2026年工作总结\n一 2026年工作开展情况\n全年办件1.2万件。\n二 存在的困难和问题。当前，监管力量不足。\n三 2027年工作思路\n"
    assert heading_numbers(text) == [(1, 1), (1, 2), (1, 3)]


def test_a_report_cut_out_of_a_compilation_keeps_its_neighbours_edges_aside():
    # (the tail of the report before it — its last item, unit and signed date, the compilation's running header and
    # page number — above the title; the next unit's title and first lines below its own signature)
    text = ("（四）持续加强干部队伍建设。围绕中心工作优化干部结构，年内选派2名年轻干部到乡镇一线挂职锻炼。\n"
            "中共某县农业农村局党组\n2026年12月18日\n某县2026年度落实全面从严治党主体责任情况报告汇编 · 第二册\n— 41 —\n"
            "中共某县水利局党组关于2026年度落实全面从严治党主体责任情况的报告\n县委：\n"
            "2026年，局党组坚持以习近平新时代中国特色社会主义思想为指导，全年召开党组会议研究党建工作12次，专题研究全面从严治党工作4次，"
            "班子成员带头讲党课8次。\n一、加强政治建设\n" + "坚持“第一议题”制度，全年学习习近平总书记重要讲话精神18次，开展专题研讨6次。" * 6 + "\n中共某县水利局党组\n2026年12月19日\n"
            "中共某县林业局党组\n关于2026年度落实全面从严治党主体责任情况的报告\n2026年，县林业局党组坚持学习。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.title_text() == "中共某县水利局党组关于2026年度落实全面从严治党主体责任情况的报告"
    assert [n.aside == "earlier report" for n in doc.nodes[:5]] == [True] * 5
    tail = [n for n in doc.nodes if n.aside]
    assert [doc.norm[n.start:n.end][:6] for n in tail[5:]] == ["中共某县林业", "关于2026", "2026年,"]
    assert tail[5].aside == "next report"
    # (a cover letter above the title opens with its own words, not a report's tail: no report before it)
    cover = "县委：\n现将我局2026年度报告报上，请审阅。\n中共某县水利局党组\n2026年12月19日\n" + text[text.index("中共某县水利局党组关于"):]
    assert build_document(Source(path="t.txt", text=cover)).nodes[0].aside != "earlier report"


def test_a_report_asked_of_a_chat_assistant_begins_below_its_last_answer_mark():
    # (the prompt, an abandoned first answer with its own title and parts, a second prompt and the pager of the
    # regenerated answer above the mark: the chat's, not the report's parts)
    text = ("北湾区市场监管局党组要报2026年主体责任落实情况，帮我起草\n北湾区市场监督管理局党组2026年全面从严治党工作总结\n"
            "一、主要做法：加强理论学习。\n二、存在问题：学习不够深入。\n三、下步打算：继续加强学习。\n"
            "不对，要主体责任报告的格式，六个方面，3500字\n< 2/2 >\n已深度思考（用时 21 秒）\n"
            "中共北湾区市场监督管理局党组关于2026年度落实全面从严治党主体责任情况的报告\n区委：\n"
            "一、加强政治建设\n局党组坚持“第一议题”制度，全年学习18次。\n二、存在的问题\n理论学习的系统性不强。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.title_text() == "中共北湾区市场监督管理局党组关于2026年度落实全面从严治党主体责任情况的报告"
    assert all(n.aside for n in doc.nodes[:8]) and not any(n.kind == "heading" for n in doc.nodes[:8])
    assert [doc.norm[n.start:n.end] for n in doc.nodes if n.kind == "heading"] == ["一、加强政治建设", "二、存在的问题"]
    # (a mark with no title below it sets nothing aside: the answer's title is the first line)
    plain = "关于2026年度落实全面从严治党主体责任情况的报告\n一、加强政治建设\n全年学习18次。\n已深度思考（用时 21 秒）\n二、存在的问题\n学习不深。\n"
    doc = build_document(Source(path="t.txt", text=plain))
    assert doc.title_text() == "关于2026年度落实全面从严治党主体责任情况的报告"


def test_a_title_naming_a_share_is_a_title_and_a_tools_banner_or_an_assemblers_line_above_it_is_not():
    # (分享 is a page's share button, but 分享发言 a speech; ✨ opens a writing tool's banner; 汇总人/汇总： an assembler's line)
    speech = "在市统计局青年理论学习小组第三季度学习会上的分享发言\n各位青年同事：\n按照学习小组的安排，我们重点研读了选读。\n"
    assert build_document(Source(path="t.txt", text=speech)).title_text() == "在市统计局青年理论学习小组第三季度学习会上的分享发言"
    for above in ("✨ AI 写作 · 已根据您上传的《2025年工作总结》调整风格", "讲话稿汇总：局办公室　第二稿 v3　12.08"):
        doc = build_document(Source(path="t.txt", text=above + "\n西桥区城市管理局2026年前三季度工作总结\n今年以来，局党组坚持学习。\n"))
        assert doc.title_text() == "西桥区城市管理局2026年前三季度工作总结" and doc.nodes[0].aside


def test_a_sentence_below_the_title_is_report_text_even_with_a_chrome_word():
    """举报 is a site's button and a 纪委's daily word: below the title, a line that ends a
    sentence is the report's text; a chrome line there is still set aside."""
    doc = build_document(Source(path="t.txt", text="关于2024年度落实全面从严治党主体责任情况的报告\n"
                                                   "全年受理信访举报12件，全部办结。\n一、加强政治建设\n坚持第一议题制度。\n"))
    assert [n.aside for n in doc.nodes[1:3]] == [False, False]
    doc = build_document(Source(path="t.txt", text="关于2024年度落实全面从严治党主体责任情况的报告\n"
                                                   "发布时间:2025-01-10 浏览次数:128 举报\n一、加强政治建设\n坚持第一议题制度。\n"))
    assert doc.nodes[1].aside



def test_a_wechat_column_label_before_the_title_leaves_it_the_title():
    """年终盘点｜中共…关于…的报告: a bar is chrome, but not before a whole report title."""
    text = ("年终盘点｜中共云岭街道工作委员会关于2025年度落实全面从严治党主体责任情况的报告\n"
            "原创 云岭街道 云岭发布 2026年01月16日 09:12\n区委：\n一、加强政治建设\n坚持第一议题制度。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.title is not None and doc.source.position(doc.title.start)[0] == 1
    menu = build_document(Source(path="t.txt", text="首页｜工作报告\n" + text.split("\n", 1)[1]))
    assert menu.title is None or menu.source.position(menu.title.start)[0] != 1

def test_a_period_of_months_below_the_title_belongs_to_it():
    text = ("中共澜桥街道工作委员会书记\n抓基层党建工作述职报告\n（2025年1月—11月）\n\n"
            "按照街道党工委要求，现将本人抓基层党建工作情况报告如下。\n一、主要工作\n全年召开专题会议8次。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert [doc.source.position(doc.title.start)[0], doc.source.position(doc.title.end - 1)[0]] == [1, 3]


def test_the_meeting_a_report_was_given_at_below_the_title_is_not_part_of_it():
    # (as a date alone there, the speech's date; whatever period the occasion names: （在2026年度组织生活会上）)
    text = ("中共桐溪镇中心小学支部委员会\n2025年度党支部工作报告\n（2026年1月7日在支部党员大会上）\n\n"
            "同志们：\n现在，我代表支部委员会向大会报告工作。\n一、主要工作\n全年召开支委会12次。\n")
    for note in ("在支部党员大会上", "", "在2026年度组织生活会上"):
        doc = build_document(Source(path="t.txt", text=text.replace("2026年1月7日在支部党员大会上", note or "2026年1月7日")))
        assert [doc.source.position(doc.title.start)[0], doc.source.position(doc.title.end - 1)[0]] == [1, 2]
    # (a period there is the title's: （2025年1月—11月）, test_a_period_of_months_below_the_title_belongs_to_it)


def test_an_office_systems_routing_slip_and_a_mail_header_above_the_title_are_chrome():
    """An OA export's 发文处理单 (流水号, 文件标题, 拟稿人, 签发人 …) and a forwarded
    mail's header: the report's own title is found below them."""
    body = "\n市委：\n2025年，委党组坚持以党的政治建设为统领。\n一、加强政治建设\n坚持第一议题制度。\n"
    title = "中共明湖市卫生健康委员会党组\n关于2025年度落实全面从严治党主体责任情况的报告\n"
    slip = ("明湖市卫生健康委员会协同办公系统　　发文处理单\n流水号：FW-2026-000137\n"
            "文件标题：关于2025年度落实全面从严治党主体责任情况的报告\n拟稿单位：机关党委　　拟稿人：孙立群\n"
            "签发人：韩卫平（2026-01-13 09:02 同意）\n密级：无　　紧急程度：平件\n办理意见：同意，按程序报送市委。\n正文：\n\n")
    mail = ("-------- 转发邮件信息 --------\n发件人：\"周晓岚\" <zhouxl@example.cn>\n发送时间：2025年7月3日 下午4:12\n"
            "收件人：\"林主任\" <lin@example.cn>\n主题：转发：主体责任报告（初稿）请审核\n附件：1 个（初稿.docx）\n\n")
    for chrome in (slip, mail):
        doc = build_document(Source(path="t.txt", text=chrome + title + body))
        first = chrome.count("\n") + 1
        assert doc.title is not None
        assert [doc.source.position(doc.title.start)[0], doc.source.position(doc.title.end - 1)[0]] == [first, first + 1]
    # a processing form's first line right above a one-line title is not the unit's name above it
    form = ("【公文处理单】　流转编号：YT-XZSP-2025-0412\n企业服务科2025年前三季度工作总结\n\n"
            "【工作开展情况】\n前三季度，我科围绕优化营商环境目标，持续推进企业开办便利化改革。\n")
    doc = build_document(Source(path="t.txt", text=form))
    assert [doc.source.position(doc.title.start)[0], doc.source.position(doc.title.end - 1)[0]] == [2, 2]


# --- sentences split lazily ------------------------------------------------------------------

def _report_texts():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests" / "corpus").rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def test_lazily_split_paragraphs_have_the_sentences_of_an_eager_split():
    """A paragraph without a run-in marker is split when first read: the same clauses, first
    clause and lead as splitting the line at once (the line's clauses as the grammar gave them)."""
    from linter import outline as outline_module

    lazy = 0
    for text in _report_texts() + ["第一句。第二句；第三句！是否如此？就是这样", "只有一句没有句号"]:
        doc = build_document(Source(path="a.txt", text=text))
        for node in doc.nodes:
            if node._clauses is not None:
                continue
            lazy += 1
            (first_start, first_end), split, *arguments = node._later
            lead, first = node.lead, node.first_clause
            eager = outline_module._line_clauses(doc.norm, first_start, arguments[2], doc.norm)
            assert node.clauses == eager  # splits now
            assert node._clauses is not None and node._later is None
            assert (eager[0].start, eager[0].end) == lead == (first.start, first.end) == node.lead
            assert first == node.first_clause and first.runin is None
            assert eager[-1].end == arguments[2]  # the sentences tile the line
            assert not node.runin_clauses
    assert lazy > 400


def test_a_check_leaves_most_paragraphs_unsplit():
    """The rules that only need run-in markers or the first sentence do not split every line
    (the outline issue: split sentences once, lazily, where a rule needs them)."""
    from linter import engine, rulebook

    book = rulebook.load()
    unsplit = paragraphs = 0
    for text in _report_texts():
        doc = build_document(Source(path="a.txt", text=text))
        engine.run_rules(doc, book)
        for node in doc.nodes:
            if node.kind == "paragraph":
                paragraphs += 1
                unsplit += node._clauses is None
    assert unsplit > paragraphs // 4, (unsplit, paragraphs)


def test_a_node_travels_split_and_without_the_text():
    import pickle

    doc = build_document(Source(path="a.txt", text="标题\n\n第一句。第二句。\n" + "长文本。" * 1000))
    node = next(n for n in doc.nodes if n._clauses is None)
    data = pickle.dumps(node)
    assert "长文本".encode("utf-8") not in data  # the way to split (and the text) stays behind
    back = pickle.loads(data)
    assert back == node and back._clauses is not None and back._later is None
    assert [(c.start, c.end) for c in back.clauses] == [(c.start, c.end) for c in node.clauses]


def test_a_paragraph_with_a_runin_marker_is_split_at_once():
    doc = build_document(Source(path="a.txt", text="标题\n\n全年工作：一是抓学习。二是抓落实。就是这样。\n"))
    node = doc.nodes[-1]
    assert node._clauses is not None
    assert [c.runin for c in node.runin_clauses] == ["一是", "二是"]
    assert node.first_clause is node.clauses[0]


# --- a web copy's site heading above the real title ------------------------------------------

SITE_COPY = """首页 > 范文大全 > 工作报告
2023年乡镇党委落实全面从严治党主体责任情况报告
时间：2024-01-09 来源：某某范文网
【正文】
关于2023年度落实全面从严治党主体责任情况的报告
2023年，镇党委坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。
一、强化政治引领
镇党委严格落实“第一议题”制度。
"""


def test_the_title_a_web_copy_repeats_in_other_words_is_the_title():
    doc = build_document(Source(path="a.txt", text=SITE_COPY))
    assert doc.title_text() == "关于2023年度落实全面从严治党主体责任情况的报告"
    lines = {doc.source.position(n.start)[0]: n for n in doc.nodes}
    assert all(lines[k].aside for k in (1, 2, 3, 4))
    assert not lines[6].aside and lines[7].kind == "heading"


def test_a_line_merely_like_a_title_further_down_is_not_taken():
    # below the title: a heading names the body; a title-like line after it is the body's own
    text = SITE_COPY.replace("【正文】\n关于2023年度落实全面从严治党主体责任情况的报告\n", "")
    text += "乡镇党委落实全面从严治党主体责任情况报告\n"
    doc = build_document(Source(path="a.txt", text=text))
    assert doc.title_text() == "2023年乡镇党委落实全面从严治党主体责任情况报告"


SPEECH_COPY = """您的位置：某某文秘网>>讲话>>正文
在2022年全区党风廉政建设工作会议上的讲话
发表时间：2022/3/2 9:41:26
目录/提纲：……
一、提高政治站位
二、突出工作重点
……
在2022年全区党风廉政建设工作会议上的讲话
同志们：
今天我们召开全区党风廉政建设工作会议。
一、提高政治站位
全区各级党组织认真落实区委部署。
"""


def test_what_lies_between_a_title_and_its_exact_repeat_is_the_sites():
    doc = build_document(Source(path="a.txt", text=SPEECH_COPY))
    lines = {doc.source.position(n.start)[0]: n for n in doc.nodes}
    assert doc.source.position(doc.title.start)[0] == 2
    assert all(lines[k].aside and lines[k].kind == "paragraph" for k in range(3, 9))  # the site's outline too
    assert not lines[9].aside and lines[11].kind == "heading" and not lines[11].aside


def test_parts_of_the_whole_report_are_level_one_headings():
    doc = build_document(Source(path="a.txt", text=(
        "关于2023年度工作的报告\n第一部分  主要工作\n（一）在政治上持续用力\n正文。\n"
        "第二部分：存在的不足\n一是不够。\n第一，坚持学习\n第二，坚持实干\n")))
    heads = [(n.level, n.number, n.marker, doc.norm[n.title_start:n.title_end], n.parent) for n in doc.nodes
             if n.kind == "heading"]
    assert heads == [(1, 1, "第一部分", "主要工作", None), (2, 1, "(一)", "在政治上持续用力", 1),
                     (1, 2, "第二部分:", "存在的不足", None),
                     (2, 1, "第一,", "坚持学习", 4), (2, 2, "第二,", "坚持实干", 4)]  # ordinals below a part


def test_numbered_aspects_of_the_report_are_level_one_headings():
    # 第七个方面：存在的主要问题 heads a part as 第二部分 does; not 第一方面是…… in a sentence
    doc = build_document(Source(path="a.txt", text=(
        "关于2026年度落实主体责任情况的报告\n第一个方面：加强政治建设\n一、落实第一议题\n正文。\n"
        "第二方面、存在的主要问题\n正文。\n第三方面是要看到，工作还有差距。\n")))
    heads = [(n.number, n.marker, doc.norm[n.title_start:n.title_end], n.parent) for n in doc.nodes
             if n.kind == "heading"]
    assert heads == [(1, "第一个方面:", "加强政治建设", None), (1, "一、", "落实第一议题", 1),
                     (2, "第二方面、", "存在的主要问题", None)]  # (the 一、 below a numbered aspect is inside it)


def test_chapters_hold_their_sections_and_sections_their_numbered_headings():
    # 第一章 管党治党责任落实情况 over 第一节 政治建设 … 第六节; 第二章 closes the last section; not 第一节课 in a sentence
    doc = build_document(Source(path="a.txt", text=(
        "关于2025年度落实主体责任情况的报告\n第一章　管党治党责任落实情况\n第一节　政治建设\n一、落实第一议题\n正文。\n"
        "第二节　思想建设\n正文。\n第二章　存在的问题\n第一节课由书记讲授。\n")))
    heads = [(n.number, n.marker, doc.norm[n.title_start:n.title_end], n.parent) for n in doc.nodes
             if n.kind == "heading"]
    assert heads == [(1, "第一章", "管党治党责任落实情况", None), (1, "第一节", "政治建设", 1),
                     (1, "一、", "落实第一议题", 2), (2, "第二节", "思想建设", 1), (2, "第二章", "存在的问题", None)]


def test_a_forms_field_is_no_line_of_the_title_below_it():
    # an online form: the unit's field (ending in 党组, as a unit line over a title does) and the title's field
    doc = build_document(Source(path="a.txt", text=(
        "某区党建考核管理系统 V3.2\n当前位置：考核填报 > 主体责任报告 > 编辑\n审核状态：退回修改\n退回次数：1\n"
        "所属党组织：中共某区市场监督管理局党组\n报告标题：某区市场监督管理局党组2025年度落实全面从严治党主体责任情况报告\n"
        "正文内容：\n2025年，局党组坚持学习。\n一、政治建设\n正文。\n")))
    assert doc.source.position(doc.title.start)[0] == doc.source.position(doc.title.end - 1)[0] == 6


def test_a_slogan_over_its_occasion_is_a_speechs_title_below_a_pages_lines():
    doc = build_document(Source(path="a.txt", text=(
        "清风云溪　2027年03月12日 18:30　发表于浙江\n点击蓝字　关注我们\n\n以好作风开新局 以实作风促发展\n"
        "（在全县作风建设推进会上的讲话）\n县委书记　何思远\n\n同志们：\n今天召开全县作风建设推进会。\n")))
    assert doc.title is not None and doc.source.position(doc.title.start)[0] == 4


def test_zero_padded_numbers_open_level_one_headings():
    # a WeChat article's parts: 01 审判执行…, 02 服务大局…, 03 2023年工作打算 (a year opens a title);
    # not a figure (01 2023 5000) nor a bare 01
    doc = build_document(Source(path="a.txt", text=(
        "某县人民法院2022年工作总结\n2022年，县法院坚持公正司法。\n01 审判执行质效稳步提升\n审结案件5000件。\n"
        "02 服务大局主动有为\n开展服务活动12次。\n03 2023年工作打算\n继续公正司法。\n01 2023 5000\n01\n")))
    heads = [(n.level, n.number, doc.norm[n.title_start:n.title_end]) for n in doc.nodes if n.kind == "heading"]
    assert heads == [(1, 1, "审判执行质效稳步提升"), (1, 2, "服务大局主动有为"), (1, 3, "2023年工作打算")]


def test_a_web_pages_headline_byline_and_lead_sit_above_the_reports_title():
    # a 搜狐号 page: its own headline, the byline (a time of day: no title line), a 导语 sentence
    text = ("供电公司党委全面从严治党年度报告，这样写才出彩（附全文）\n笔杆子公文坊 2026-01-15 10:21 发布于河北\n"
            "一篇供电企业党委的年度报告，结构清晰、数据扎实，值得收藏学习。\n\n"
            "国网某县供电公司党委2025年度全面从严治党主体责任落实情况报告\n\n01 2025年工作开展情况\n公司党委落实第一议题制度。\n")
    doc = build_document(Source(path="a.txt", text=text))
    assert doc.title_text() == "国网某县供电公司党委2025年度全面从严治党主体责任落实情况报告"
    assert [doc.source.position(n.start)[0] for n in doc.nodes if n.aside] == [1, 2, 3]


def test_a_speech_title_is_found_by_its_subtitle_below_a_pages_headline():
    text = ("点击蓝字 关注我们\n微党课｜守纪律讲规矩，做忠诚干净担当的新时代税务人\n某市税务 2024年06月21日 17:30 浙江\n听全文\n\n"
            "守纪律讲规矩，做忠诚干净担当的新时代税务人\n——在局机关党纪学习教育专题党课上的讲课稿\n某市税务局党委书记  张三\n\n"
            "按照党纪学习教育安排，今天我以“守纪律讲规矩”为题，和大家交流几点体会，讲得不对的地方请大家批评指正。\n")
    doc = build_document(Source(path="a.txt", text=text))
    assert doc.title_text() == "守纪律讲规矩,做忠诚干净担当的新时代税务人——在局机关党纪学习教育专题党课上的讲课稿"
    assert doc.source.position(doc.title.start)[0] == 6


def test_a_byline_above_the_title_is_not_the_units_name():
    text = ("点击上方蓝字关注我们\n某区机关事务\n2026年1月16日 08:30 发表于浙江\n\n某区机关事务管理局机关党支部2025年度党建工作报告\n\n"
            "2025年，局机关党支部深入学习贯彻党的二十届三中全会精神，全年开展主题党日12次，发展党员2名。\n")
    doc = build_document(Source(path="a.txt", text=text))
    assert doc.title_text() == "某区机关事务管理局机关党支部2025年度党建工作报告"


def test_a_speech_title_broken_across_two_lines_is_one_title():
    # a PDF copy wraps 在…上的讲话 after 30-odd characters
    text = ("在全区学习贯彻习近平新时代中国特色社会主义思想\n主题教育总结大会上的讲话\n区委书记　孙某\n（2024年1月19日）\n\n"
            "同志们：\n这次主题教育自去年4月开始，到目前已基本结束。\n")
    doc = build_document(Source(path="a.txt", text=text))
    assert doc.title_text() == "在全区学习贯彻习近平新时代中国特色社会主义思想主题教育总结大会上的讲话"


def test_a_pages_headline_followed_by_its_byline_yields_to_the_reports_title():
    text = ("某高校党委2025年全面从严治党主体责任落实情况报告（附全文）\n公文写作笔记 2025-12-29 08:12 · 发布于山东\n\n"
            "# 中共某职业技术学院委员会2025年度落实全面从严治党主体责任情况的报告\n\n## 一、加强政治建设\n学院党委落实第一议题制度。\n")
    doc = build_document(Source(path="a.md", text=text))
    assert doc.source.position(doc.title.start)[0] == 4
    assert doc.title_text().lstrip("# ") == "中共某职业技术学院委员会2025年度落实全面从严治党主体责任情况的报告"


def _parents(text):
    doc = build_document(Source(path="t.txt", text=text))
    title = {n.index: doc.text[n.title_start:n.title_end] for n in doc.nodes if n.kind == "heading"}
    return {title[n.index]: title.get(n.parent) for n in doc.nodes if n.kind == "heading"}


def test_a_document_that_numbers_its_parts_in_an_order_of_its_own_nests_by_that_order():
    # （1） heads the parts and 1、 the items below them: the first 1、 opens the body of the
    # （1） just above it, so every 1、 nests below the （n） before it, and （2） closes them
    text = ("（1）坚持政治引领\n1、落实第一议题制度，全年学习26次。\n2、修订前置研究事项清单。\n\n"
            "（2）强化思想武装\n1、中心组集中学习12次。\n2、开展读书班1期。\n")
    assert _parents(text) == {"坚持政治引领": None, "落实第一议题制度，全年学习26次": "坚持政治引领",
                              "修订前置研究事项清单": "坚持政治引领", "强化思想武装": None,
                              "中心组集中学习12次": "强化思想武装", "开展读书班1期": "强化思想武装"}
    # ① over (1): the same
    parents = _parents("①主要成效\n（1）政治引领更加有力。\n（2）组织建设更加规范。\n②存在的问题\n（1）融合不深。\n")
    assert parents == {"主要成效": None, "政治引领更加有力": "主要成效", "组织建设更加规范": "主要成效",
                       "存在的问题": None, "融合不深": "存在的问题"}


def test_the_usual_order_holds_where_a_part_has_a_body_before_its_items():
    # （1） with a paragraph of its own, then 1.: the usual order — 1. is no child of （1）
    parents = _parents("一、政治建设\n（1）第一议题\n正文。\n1. 学习\n")
    assert parents == {"政治建设": None, "第一议题": "政治建设", "学习": "政治建设"}
    # the usual order, one level skipped: 一、 then 1.
    assert _parents("一、政治建设\n1. 学习\n二、思想建设\n（一）理论武装\n1. 读书班\n") == {
        "政治建设": None, "学习": "政治建设", "思想建设": None, "理论武装": "思想建设", "读书班": "理论武装"}


def test_a_second_part_after_an_item_closes_it_though_the_first_part_was_never_numbered():
    # 1.–2. with their （1）（2） items and no 一、 before them, then 二、几点不足 right after an item:
    # 二、 is the report's second part (a level first met opens one only at its first number)
    parents = _parents("1.坚持党建引领\n（1）落实校长负责制。\n（2）开展品牌建设。\n2.聚焦立德树人\n（1）构建课程体系。\n"
                       "二、几点不足\n1.发展不够均衡。\n三、新学年工作设想\n1.深化融合。\n")
    assert parents["几点不足"] is None and parents["新学年工作设想"] is None
    assert parents["发展不够均衡"] == "几点不足" and parents["深化融合"] == "新学年工作设想"


def test_a_markdown_title_below_a_page_headline_is_the_title():
    from linter import sources

    text = ("# 集团党委晒出2024年管党治党“成绩单”\n\n原创 某集团 澎湃号·政务\n2025-01-16 17:02 来源：澎湃号\n\n"
            "## 中共某集团有限公司委员会2024年落实全面从严治党主体责任情况报告\n\n2024年，集团党委坚持学习。\n\n"
            "### 一、突出政治统领\n\n正文。\n")
    doc = build_document(sources.load_bytes(text.encode("utf-8"), "t.md"))
    assert doc.title_text() == "##中共某集团有限公司委员会2024年落实全面从严治党主体责任情况报告"
    part = next(n for n in doc.nodes if n.kind == "heading" and "突出政治统领" in doc.text[n.start:n.end])
    assert doc.nodes[part.parent] is doc.title


def test_a_decimal_opening_a_line_is_no_heading():
    _, nodes = outline("前言段落。\n7.5%的党员参加了培训。\n")
    assert nodes[1][0] == "paragraph"


def test_a_part_of_the_whole_report_holds_the_numbered_parts_below_it():
    # (a paragraph between: the part's rank, not the order of first use, puts 一、 inside it)
    parents = _parents("第一部分 2024年工作情况\n2024年，局党组坚持学习。\n一、政治建设\n正文。\n二、思想建设\n正文。\n"
                       "第二部分 2025年工作安排\n2025年，局党组将抓好以下工作。\n一、深化理论武装\n二、纠治四风\n")
    assert parents == {"2024年工作情况": None, "政治建设": "2024年工作情况", "思想建设": "2024年工作情况",
                       "2025年工作安排": None, "深化理论武装": "2025年工作安排", "纠治四风": "2025年工作安排"}


def test_zero_padded_numbers_on_their_own_lines_number_the_headings_below_them():
    doc, nodes = outline("某局2024年工作报告\n\n今年以来，局党组坚持学习。\n\n01\n坚持政治引领，在把稳方向上持续用力\n"
                         "局党组始终把政治建设摆在首位。\n\n02\n坚持理论武装，在凝心铸魂上持续用力\n开展专题学习。\n")
    assert [n for n in nodes if n[0] == "heading"] == [
        ("heading", 1, 1, "坚持政治引领，在把稳方向上持续用力"), ("heading", 1, 2, "坚持理论武装，在凝心铸魂上持续用力")]
    # one such line alone is left as it is (a page's number, a stray 01)
    _, nodes = outline("某局2024年工作报告\n\n01\n坚持政治引领\n局党组始终把政治建设摆在首位。\n")
    assert all(n[0] != "heading" for n in nodes)


@pytest.mark.parametrize("text,title", [
    # a template site's headline (its own note: 通用版) above the report's title
    ("范文大全网 > 工作总结 > 党建工作总结\n2024年国企党委党建工作总结（通用版）\n时间：2024-12-30　作者：佚名　阅读：1046次\n\n"
     "澄江水务集团有限公司党委2024年党建工作总结\n\n2024年，集团党委坚持学习，全面贯彻党的二十大精神。\n",
     "澄江水务集团有限公司党委2024年党建工作总结"),
    # a period in brackets below a title is part of it; a follow prompt is no title
    ("南街街道城镇燃气安全专项整治工作总结\n（截至2025年10月底）\n\n按照区安委会的统一部署，街道开展专项整治。\n",
     "南街街道城镇燃气安全专项整治工作总结(截至2025年10月底)"),
    ("原创　清风笔录　2025年05月20日 21:06\n研讨发言｜学思践悟强党性\n关注“清风笔录”，获取更多优质材料\n"
     "在全市处级干部专题读书班上的研讨发言\n市交通运输局副局长　许文静\n\n各位领导、同志们：\n",
     "在全市处级干部专题读书班上的研讨发言"),
    # a site's headline with its own note, above the speech's title
    ("点击蓝字 · 关注我们\n公文素材库　2025年02月20日 07:05　山东\n\n2025年全面从严治党工作会议表态发言（镇党委书记）\n\n"
     "在全县全面从严治党工作会议上的表态发言\n大营镇党委书记　孙海涛\n\n尊敬的各位领导，同志们：\n",
     "在全县全面从严治党工作会议上的表态发言"),
    # a table's bars left after the title; a compilation's 篇一 above it
    ("| 索引号： | 11330782MB0012345X/2024-00311 |\n| 发布单位： | 县卫生健康局 |\n"
     "中共石梁县卫生健康局党组2024年第一季度履行全面从严治党主体责任情况报告 | ||\n\n按照县委要求，现将有关情况报告如下。\n",
     "中共石梁县卫生健康局党组2024年第一季度履行全面从严治党主体责任情况报告|||"),
    ("篇一\n2024年度落实全面从严治党主体责任情况报告\n\n中共石桥镇委员会\n\n今年以来，镇党委认真落实主体责任。\n",
     "2024年度落实全面从严治党主体责任情况报告"),
    # a document site's headline and a long description, then the speech's title and ——subtitle
    ("党纪学习教育专题党课讲稿：以严明纪律护航高质量发展 - 百度文库\n党课讲稿  |  3.2万次浏览  |  页数：8页\n"
     "本文为党纪学习教育专题党课讲稿，从为什么要严明纪律、纪律松弛的表现、如何做到知行合一三个方面展开，供各单位参考使用。\n\n"
     "以严明纪律护航高质量发展\n——2024年党纪学习教育专题党课讲稿\n青禾市税务局党委书记  何志远\n\n同志们：\n",
     "以严明纪律护航高质量发展——2024年党纪学习教育专题党课讲稿"),
    # a bold ——subtitle a blank line below a bold title
    ("**中共某医院委员会2024年度党建工作报告**\n\n**——在医院第三次党员大会上**\n\n各位代表、同志们：\n",
     "**中共某医院委员会2024年度党建工作报告****——在医院第三次党员大会上**"),
    # an attachment's label above the title; a meeting's name over a 主持词 spaced out letter by letter
    ("附件1\n\n2025年度党支部书记抓基层党建工作述职报告\n\n本人担任支部书记以来，认真履行职责。\n",
     "2025年度党支部书记抓基层党建工作述职报告"),
    ("全县警示教育大会\n主 持 词\n\n请大家坐下。\n同志们：\n", "全县警示教育大会主持词"),
    # a chat assistant's opening sentence above a bold title; a label that names the kind of text before a bar
    ("根据你提供的信息，我整理了一份社区前三季度工作总结，内容如下：\n\n**柏溪社区2025年前三季度工作总结**\n\n"
     "今年以来，社区党委坚持党建引领，各项工作稳步推进。\n", "**柏溪社区2025年前三季度工作总结**"),
    ("微党课｜一本养路日志里的初心\n主讲人：县公路养护中心党支部书记 邓国强\n各位党员同志，大家好！\n",
     "微党课|一本养路日志里的初心"),
])
def test_the_title_below_a_template_site_and_over_a_bold_subtitle(text, title):
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.title_text() == title


def test_a_bold_line_below_markdown_parts_is_the_next_part():
    from linter import sources

    text = ("# 某街道党工委2024年度履行全面从严治党主体责任情况报告\n\n## 一、坚持政治引领\n\n**严格落实“第一议题”制度。** 全年学习28次。\n\n"
            "## 六、坚持大统战格局\n\n深化统一战线工作。\n\n**问题与差距**\n\n一年来仍存在一些不足。\n\n**下一步打算**\n\n一是强化政治担当。\n")
    doc = build_document(sources.load_bytes(text.encode("utf-8"), "t.md"))
    heads = {doc.text[n.title_start:n.title_end]: n for n in doc.nodes if n.kind == "heading"}
    assert {"问题与差距", "下一步打算"} <= set(heads)
    assert heads["下一步打算"].level == 2 and doc.nodes[heads["下一步打算"].parent] is doc.title
    # a bold run-in head (a sentence in bold, then text) stays a paragraph
    assert "严格落实“第一议题”制度。" not in heads


def _title_lines(text):
    doc = build_document(Source(path="t.txt", text=text))
    return [doc.source.position(doc.title.start)[0], doc.source.position(doc.title.end - 1)[0]]


def test_a_documents_masthead_is_no_line_of_its_title():
    # 发文机关标志, 发文字号 (its number left to fill too), then 关于……的报告 over two lines
    for number in ("汶卫党〔2026〕1号", "南工委〔2026〕＊＊号", "澄交党〔2026〕2号          签发人：周立新"):
        text = (f"中共汶溪县卫生健康局党组文件\n\n{number}\n\n关于2025年度党风廉政建设和反腐败工作\n情况的报告\n\n"
                "中共汶溪县委：\n2025年，县卫生健康局党组坚持以习近平新时代中国特色社会主义思想为指导。\n")
        assert _title_lines(text) == [5, 6]


def test_a_title_continued_by_a_conjunction_and_a_years_note_belong_to_it():
    text = "汶溪县财政局关于2025年工作总结\n和2026年工作打算的报告\n\n县委、县政府：\n2025年，县财政局坚持稳中求进。\n"
    assert _title_lines(text) == [1, 2]
    text = "恒岳机械公司党支部书记抓党建工作述职报告\n（2025年度）\n园区综合党委：\n我是公司党支部书记宋嘉楠。\n"
    assert _title_lines(text) == [1, 2]


def test_a_bold_unit_line_and_an_office_suites_header_around_the_title():
    text = "**中共澄江区人民检察院党组**\n**关于2025年度落实全面从严治党主体责任情况的报告**\n\n区委：\n2025年，院党组坚持……。\n"
    assert _title_lines(text) == [1, 2]
    text = ("腾讯文档  2025年党风廉政建设工作情况报告（定稿）\n最后编辑于 2026年1月13日 16:42  |  协作者：周雅琴\n"
            "只读模式  仅限企业内成员查看\n\n关于2025年度党风廉政建设工作情况的报告\n\n县委：\n2025年，局党组坚持……。\n")
    assert _title_lines(text) == [5, 5]


def test_a_title_spaced_out_letter_by_letter():
    text = ("第1页 共4页\n桐 溪 县 民 政 局 党 组\n2 0 2 5 年 度 落 实 全 面 从 严 治 党 主 体 责 任 情 况 报 告\n\n县委：\n"
            "2025年，局党组坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert _title_lines(text) == [2, 3]


def test_a_bold_period_note_below_a_bold_title_belongs_to_it():
    text = "**兴州市医疗保障局2025年工作总结**\n\n**（截至11月底）**\n\n今年以来，市医保局坚持以人民健康为中心。\n"
    assert _title_lines(text) == [1, 3]


def test_parts_headed_by_a_bullet_symbol_are_headings_and_a_run_of_bullets_is_a_list():
    text = ("某卫生院党支部2025年前三季度党建工作述职报告\n\n镇党委：\n现将有关情况报告如下。\n\n"
            "■ 工作推进情况\n今年前三季度，支部坚持党建强院。\n● 学习教育有序开展\n集中学习9次。\n"
            "● 组织生活规范落实\n召开支委会9次。\n\n"
            "■ 存在的问题\n一是集中学习难以保证全员参加。\n\n"
            "■ 第四季度工作安排\n下一步，重点做好以下工作：\n1.推行“错时学习”，分班组开展学习。\n2.开展“党员示范岗”创建。\n\n"
            "◆ 开展主题党日3次\n◆ 开展志愿服务5次\n")
    doc, nodes = outline(text)
    assert {title: level for kind, level, _, title in nodes if kind == "heading"} == {
        "工作推进情况": 1, "学习教育有序开展": 2, "组织生活规范落实": 2, "存在的问题": 1, "第四季度工作安排": 1,
        "推行“错时学习”，分班组开展学习": 3, "开展“党员示范岗”创建": 3}
    plan = next(n for n in doc.nodes if doc.text[n.title_start:n.title_end] == "第四季度工作安排")
    item = next(n for n in doc.nodes if doc.text[n.title_start:n.title_end] == "开展“党员示范岗”创建")
    assert doc.nodes[item.parent] is plan
    # below a numbered part, a bullet heads a sub-part; ▲ (a picture's caption) heads nothing
    text = ("某局党组2025年度全面从严治党工作报告\n\n一、主要工作\n■ 政治建设\n全年学习12次。\n■ 思想建设\n开展研讨5次。\n"
            "▲ 图为学习现场\n正文。\n▲ 图为研讨现场\n正文。\n")
    _, nodes = outline(text)
    assert [(level, title) for kind, level, _, title in nodes if kind == "heading"] == [
        (1, "主要工作"), (2, "政治建设"), (2, "思想建设")]
    # a part a phone's editor marks with the symbol twice (★★ 存在的不足) heads its part as the others do
    text = ("某社区居委会2026年上半年工作总结\n\n★ 上半年工作完成情况\n1.党建引领。开展主题党日活动6次。\n"
            "2.民生服务。上门走访独居老人216户次。\n\n★★ 存在的不足\n一是社区工作人员少、任务重。\n\n"
            "★ 下半年工作打算\n（一）推动重点项目落地。\n")
    _, nodes = outline(text)
    assert [(level, title) for kind, level, _, title in nodes if kind == "heading" and level == 1] == [
        (1, "上半年工作完成情况"), (1, "存在的不足"), (1, "下半年工作打算")]
    # … but ○○ and □□ are a template's blanks, not a symbol twice (○○镇党委……)
    text = ("○○镇党委2024年落实全面从严治党主体责任工作情况报告\n\n县委：\n2024年以来，镇党委坚持学习。\n"
            "○○村党支部书记抓党建述职\n全年学习12次。\n○○社区党委工作情况\n全年学习8次。\n")
    _, nodes = outline(text)
    assert [title for kind, _, _, title in nodes if kind == "heading"] == []


def test_a_speechs_main_title_over_two_lines_above_its_subtitle():
    text = ("以严的基调一以贯之推进全面从严治党\n为奋力谱写云岭高质量发展新篇章提供坚强保障\n——在2026年全县全面从严治党工作会议上的讲话\n"
            "县委书记　马晓峰\n\n同志们：\n这次会议的主要任务是总结2025年工作。\n")
    assert _title_lines(text) == [1, 3]
    # a line of the page's own above a blank line is no part of it
    text = "免费在线预览全文\n\n守纪律 讲规矩 做新时代合格共产党员\n——2024年“七一”专题党课讲稿\n\n同志们：\n今天讲一课。\n"
    assert _title_lines(text) == [3, 4]


def test_a_portal_copy_keeps_the_units_line_of_its_title_and_not_a_caption_below_it():
    text = ("澄州市人民政府 政府信息公开专栏\n信息名称：市市场监管局党组关于2025年前三季度落实全面从严治党主体责任情况的报告\n"
            "信息索引：MB1C47256/2025-105337　　生成日期：2025-10-17\n【 保存 】【 打印 】【 关闭 】\n\n"
            "中共澄州市市场监督管理局党组\n关于2025年前三季度落实全面从严治党主体责任情况的报告\n\n市委：\n今年以来，局党组坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert _title_lines(text) == [6, 7]
    text = ("中共云屏县住房和城乡建设局党组关于2025年度履行全面从严治党主体责任情况的报告\n\n"
            "（图为县住建局党组召开2025年度全面从严治党专题会议。 通讯员 供图）\n\n县委：\n2025年，局党组坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert _title_lines(text) == [1, 1]


def test_a_bold_numbered_heading_with_its_text_run_on():
    _, nodes = outline("# 禾丰县农业农村局2025年上半年工作总结\n\n## 一、主要工作\n\n### （一）粮食生产开局良好\n\n夏粮丰收。\n\n"
                       "**二、存在的主要问题**：一是基础设施薄弱；二是人才不足。\n\n**三、下半年工作打算**：一是抓好秋粮生产。\n")
    assert [(level, title) for kind, level, _, title in nodes if kind == "heading"][-2:] == [
        (1, "存在的主要问题"), (1, "下半年工作打算")]


def test_label_lines_head_the_parts_of_a_report_without_numbered_parts():
    text = ("石门村党支部书记2025年度抓党建工作述职报告\n\n我叫罗建军，2021年起担任石门村党支部书记，下面我把一年来的工作向大家作个汇报，请大家评议。\n\n"
            "一年来做的主要工作：\n1. 把支部班子带好。村“两委”7人分工明确。\n2. 把党员管好用好。坚持每月10日主题党日。\n\n"
            "存在的问题：\n一是学习不够深。二是党员队伍老化。\n\n明年打算：\n1. 抓学习，每月至少自学两次。\n2. 抓队伍，培养入党积极分子2名。\n")
    doc, nodes = outline(text)
    heads = [(level, title) for kind, level, _, title in nodes if kind == "heading"]
    assert heads == [(1, "一年来做的主要工作"), (3, "把支部班子带好"), (3, "把党员管好用好"), (1, "存在的问题"), (1, "明年打算"),
                     (3, "抓学习，每月至少自学两次"), (3, "抓队伍，培养入党积极分子2名")]
    # not the addressee above the text, and not where the parts are numbered 一、
    _, nodes = outline("县委：\n2025年，局党组坚持以习近平新时代中国特色社会主义思想为指导，全面落实管党治党政治责任。\n"
                       "一、主要工作\n主要做法如下：\n全年学习12次。\n具体情况是：\n开展检查5次。\n")
    assert [title for kind, _, _, title in nodes if kind == "heading"] == ["主要工作"]


@pytest.mark.parametrize("text,lines", [
    ("宁川市第二中学\n党委书记抓党建工作述职报告\n述职人：党委书记 孙立群\n\n根据市委教育工委的安排，现将一年来抓党建工作情况报告如下。\n", [1, 2]),
    ("守住讲台的清白\n校长在2025年秋季学期全体教职工大会上的廉政讲话\n\n各位老师，同志们：\n新学期开学已经两周了。\n", [1, 2]),
    ("个人对照检查发言材料\n（在中共青禾县水利局党组2025年度民主生活会上）\n\n同志们：\n根据安排，我作对照检查。\n", [1, 1]),
    # a page's own line with a comma above an occasion line is the page's
    ("文档仅供参考，如有侵权请联系删除\n在全县落实全面从严治党主体责任不力单位集体约谈会上的讲话\n中共临溪县纪委书记  蒋文澜\n\n同志们：\n今天约谈。\n", [2, 2]),
])
def test_a_titles_lines_a_units_line_a_slogan_over_its_occasion_and_an_occasion_in_brackets(text, lines):
    assert _title_lines(text) == lines


def test_bracketed_labels_head_the_parts_over_numbered_lists_only():
    text = ("锦华社区党委书记2025年度抓党建工作述职报告\n\n各位领导、同志们：\n"
            "锦华社区是2009年建成的老旧混合型社区，现有居民4200户，社区党委下设党支部6个，党员186名。\n\n"
            "【履职情况】\n抓责任落实：年初召开社区党委会研究部署全年党建工作。\n\n"
            "【问题和不足】\n回顾一年工作，还存在以下问题：\n1. 党建引领治理的深度还不够。\n2. 在职党员作用发挥不均衡。\n\n"
            "【努力方向】\n2026年，我将围绕“党建引领、共建共享”做好工作。\n")
    _, nodes = outline(text)
    assert [(level, title) for kind, level, _, title in nodes if kind == "heading"] == [
        (1, "履职情况"), (1, "问题和不足"), (3, "党建引领治理的深度还不够"), (3, "在职党员作用发挥不均衡"), (1, "努力方向")]
    # over paragraphs alone, bracketed labels stay lines for the checklist to read
    _, nodes = outline(text.replace("1. ", "").replace("2. ", ""))
    assert [title for kind, _, _, title in nodes if kind == "heading"] == []


def test_financial_numerals_with_a_bar_number_the_parts():
    # a post's headings: 壹 | 主要工作成效 / 贰 | 存在的不足 / 叁 | 2027年工作打算 (not 壹|2 in a table's cells)
    _, nodes = outline("某集团党委2026年度党建工作报告\n壹 | 主要工作成效\n一是理论武装更加扎实。\n贰 | 存在的不足\n"
                       "一是融合还不够深。\n叁 | 2027年工作打算\n一是持续加强党的政治建设。\n")
    assert [(kind, level, number, title) for kind, level, number, title in nodes if kind == "heading"] == [
        ("heading", 1, 1, "主要工作成效"), ("heading", 1, 2, "存在的不足"), ("heading", 1, 3, "2027年工作打算")]


def test_word_outline_numbering_a_number_and_a_space_then_decimal_items():
    _, nodes = outline("某社区党委书记抓基层党建工作述职报告\n\n2 存在的主要问题\n2.1 党建引领基层治理的体制机制还不够完善。\n"
                       "3 原因分析\n3.1 抓党建的思路还不够宽。\n86 人赞同了该回答\n")
    assert [(kind, level, number, title) for kind, level, number, title in nodes if kind == "heading"] == [
        ("heading", 3, 2, "存在的主要问题"), ("heading", 4, 1, "党建引领基层治理的体制机制还不够完善"),
        ("heading", 3, 3, "原因分析"), ("heading", 4, 1, "抓党建的思路还不够宽")]


@pytest.mark.parametrize("text,lines", [
    # a page's running header (its name, a run of spaces, 内部资料) above the title is no line of it
    ("宁川县2025年度述责述廉会议材料之七　　　　　　内部资料\n2025年度述责述廉报告\n宁川县水利局党组书记、局长　赵文斌\n\n"
     "按照县委安排，现将本人2025年度履行全面从严治党主体责任和廉洁自律情况报告如下。\n", [2, 2]),
    # a bold title, its lead paragraph, then Markdown parts numbered 一、: the title stays the bold line
    ("**金禾经济开发区2025年前三季度招商引资工作总结**\n\n"
     "2025年以来，金禾经济开发区管委会坚持把招商引资作为“一号工程”，围绕新能源装备和生物医药两大主导产业精准招商。\n\n"
     "### 一、主要指标完成情况\n\n- 新签约项目38个。\n", [1, 1]),
])
def test_a_running_header_above_a_title_and_markdown_parts_below_a_lead(text, lines):
    assert _title_lines(text) == lines


def _wrapped(paragraphs, width=28, blank=True):
    """The paragraphs broken every ``width`` characters, as a PDF viewer copies them."""
    out = []
    for paragraph in paragraphs:
        out.extend(paragraph[i:i + width] for i in range(0, len(paragraph), width))
        if blank:
            out.append("")
    return "\n".join(out) + "\n"


_WRAPPED_REPORT = [
    "中共某镇委员会2025年度全面从严治党主体责任落实情况报告",
    "2025年，镇党委坚持把全面从严治党作为推动乡村振兴的根本保证，坚决扛起管党治党主体责任，党委书记带头履行第一责任人职责，"
    "班子成员各负其责，全镇管党治党呈现责任更实、作风更硬的良好态势。现将有关情况报告如下。",
    "坚持不懈强化理论武装，推动党的创新理论在基层落地生根、开花结果",
    "镇党委理论学习中心组集中学习11次，班子成员深入联系村宣讲党的二十届四中全会精神22场次，组织田间课堂等微宣讲活动60余场，"
    "让党的创新理论飞入寻常百姓家。落实意识形态工作责任制，加强镇村两级宣传阵地和网络群组管理。",
    "驰而不息纠治四风，以作风建设新成效持续优化基层治理和为民服务",
    "严格落实中央八项规定精神，把节日期间、婚丧喜庆等作为监督重点，开展作风纪律明察暗访8次，通报批评2人。大力整治形式主义为基层减负，"
    "清理村级挂牌、上墙制度，每个村挂牌数量控制在6块以内。",
]


def test_hard_wrapped_text_is_read_as_the_paragraphs_it_was():
    doc = build_document(Source(path="t.txt", text=_wrapped(_WRAPPED_REPORT)))
    body = [n for n in doc.nodes if n.kind != "title"]
    # one node per paragraph (each spans its lines), a heading broken over two lines one line
    assert [doc.norm[n.start:n.end].replace("\n", "")[:8] for n in body] == [
        "2025年,镇党", "坚持不懈强化理论", "镇党委理论学习中", "驰而不息纠治四风", "严格落实中央八项"]
    assert doc.norm[body[1].start:body[1].end].replace("\n", "").endswith("开花结果")
    # its sentences run across the breaks
    assert doc.norm[body[0].clauses[0].start:body[0].clauses[0].end].replace("\n", "").endswith("良好态势。")


def test_a_converters_watermark_above_hard_wrapped_text_runs_into_no_line():
    """A line without a Chinese word (a trial converter's banner) is as long as a full line, but the
    title's first line below it begins a node of its own, not the banner's continuation."""
    text = "Evaluation Warning: The document was created with Spire.Doc for .NET.\n" + _wrapped(_WRAPPED_REPORT, blank=False)
    doc = build_document(Source(path="t.txt", text=text))
    assert [doc.source.position(n.start)[0] for n in doc.nodes[:3]] == [1, 2, 4]



def test_a_title_line_as_long_as_the_wrapped_lines_runs_into_no_paragraph():
    """A scan's text broken every ~26 characters under a title line as long: the title stays the
    title (its line ends with 报告 and holds no sentence's marks), not the first paragraph's first line."""
    text = "中共某镇委员会2025年度全面从严治党主体责任落实情况报告\n" + _wrapped(_WRAPPED_REPORT[1:], blank=False)
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.title is not None and [doc.source.position(doc.title.start)[0], doc.source.position(doc.title.end - 1)[0]] == [1, 1]

def test_lines_of_one_width_that_are_not_wrapped_text_stay_lines():
    # paragraphs of one line each, whatever their length; a page number between two lines of a paragraph
    text = "\n".join(_WRAPPED_REPORT) + "\n"
    doc = build_document(Source(path="t.txt", text=text))
    assert len([n for n in doc.nodes if n.kind != "title"]) == len(_WRAPPED_REPORT) - 1
    lines = _wrapped(_WRAPPED_REPORT, blank=False).split("\n")
    assert lines[3].startswith("本保证")
    doc = build_document(Source(path="t.txt", text="\n".join(lines[:4] + ["— 2 —"] + lines[4:])))
    page = [n for n in doc.nodes if doc.norm[n.start:n.end].strip() == "— 2 —"]
    assert len(page) == 1
    # a form's rows of one width are not wrapped text
    form = "".join(f"│{line:　<27}│\n" for line in _wrapped(_WRAPPED_REPORT, blank=False).split("\n") if line)
    doc = build_document(Source(path="t.txt", text=form))
    assert all("\n" not in doc.norm[n.start:n.end] for n in doc.nodes if n.kind != "title")


def test_a_cover_notes_signature_is_no_line_of_the_title():
    text = ("报送说明\n根据县委办通知要求，现将我馆2025年工作总结报送，请审阅。\n青岚县档案馆办公室　2026年1月7日\n"
            "青岚县档案馆2025年工作总结\n\n2025年，县档案馆扎实推进档案收集、保管、利用和信息化建设各项工作。\n")
    assert _title_lines(text) == [4, 4]


def test_a_subtitle_broken_before_its_end_is_the_titles_last_line():
    text = ("锤炼过硬作风　扛牢交通担当\n——在岚溪县交通运输局2025年“七一”专题党课\n上的讲稿\n（2025年6月30日）\n\n"
            "同志们：\n今天，我们在这里召开专题党课，主要是同大家一起学习。\n")
    assert _title_lines(text) == [1, 3]


def test_a_part_numbered_in_the_wrong_style_is_a_part():
    # 三. then 4、持续正风肃纪 then 五.: the fourth part, not an item of the third
    parents = _parents("一.旗帜鲜明讲政治\n(1)把两个维护落到实处。\n二.强化理论武装\n1、抓实中心组学习。\n"
                       "三.建强基层战斗堡垒\n(1)抓村级班子。\n4、持续正风肃纪\n严格执行中央八项规定精神。\n五.严明纪律规矩\n正文。\n")
    assert parents["持续正风肃纪"] is None and parents["严明纪律规矩"] is None
    # an item numbered on from the part before (1. 2. under 二、, 3. under 三、) stays an item
    parents = _parents("一、政治建设\n正文。\n二、思想建设\n1. 学习\n2. 教育\n三、组织建设\n3. 发展党员\n四、作风建设\n正文。\n")
    assert parents["发展党员"] == "组织建设"


def test_an_emoji_or_a_symbol_before_a_marker_and_keycap_digits():
    doc = build_document(Source(path="t.txt", text=(
        "某局2025年度工作总结\n\n今年以来，我局扎实推进各项工作，取得了新的成效。\n"
        "✅ 一、全年工作完成情况\n全年完成项目23个。\n🔸（一）项目建设\n新开工项目8个。\n"
        "👉二、存在的短板\n人才短缺。\n1️⃣ 把牢政治方向\n全年学习23次。\n2️⃣ 抓实理论武装\n集中学习12次。\n"
        "• 三、明年打算\n  ◦ 抓好学习\n")))
    heads = {doc.norm[n.title_start:n.title_end].strip(): (n.level, n.number, n.marker) for n in doc.nodes
             if n.kind == "heading"}
    assert heads["全年工作完成情况"] == (1, 1, "一、") and heads["项目建设"] == (2, 1, "(一)")
    assert heads["存在的短板"] == (1, 2, "二、")
    assert heads["明年打算"] == (1, 3, "三、")  # (an outliner's bullet: 幕布)
    assert heads["把牢政治方向"][:2] == (3, 1) and heads["抓实理论武装"][:2] == (3, 2)


def test_a_topic_between_hashes_heads_a_part_and_a_clause_broken_off_is_no_label():
    text = ("桂香社区党委书记2025年抓基层党建工作述职报告\n\n按照街道党工委安排，我就一年来抓基层党建工作情况述职如下。"
            "社区现有党员186名，下设8个党支部。\n#工作成效#\n一年来，我坚持把抓党建作为第一责任。\n"
            "#问题与原因#\n对照街道党工委要求，\n我们的工作还有差距：\n一是在职党员参与不均衡；\n二是社工队伍不稳定。\n"
            "#明年打算#\n2026年，我将重点抓好以下几件事。\n")
    doc = build_document(Source(path="t.txt", text=text))
    heads = [doc.norm[n.title_start:n.title_end] for n in doc.nodes if n.kind == "heading"]
    assert heads == ["工作成效", "问题与原因", "明年打算"]


def test_a_slogan_over_a_title_that_names_the_text_is_its_first_line():
    text = ("学思践悟强党性  知行合一护青山\n市生态环境局县处级干部学习贯彻党的二十届四中全会精神读书班交流发言\n\n"
            "各位领导、同志们，大家好！这次读书班为期五天，内容很丰富、收获很实在。\n")
    assert _title_lines(text) == [1, 2]
    # not a line of a page's own: a 目录 of two words, a running header
    assert _title_lines("中共某局党组  2025年\n关于2025年度落实全面从严治党主体责任情况的报告\n\n2025年，局党组坚持学习。\n")[1] == 2


def test_markers_as_ocr_misreads_them():
    # 一、 read as -、 or —、; （一） as （ 一 ） with spaces inside
    parents = _parents("-、旗帜鲜明讲政治\n正文。\n（ 一 ）坚持第一议题\n正文。\n( 二 ) 抓实理论武装\n正文。\n二、筑牢思想根基\n正文。\n")
    assert parents == {"旗帜鲜明讲政治": None, "坚持第一议题": "旗帜鲜明讲政治", "抓实理论武装": "旗帜鲜明讲政治",
                       "筑牢思想根基": None}
    doc = build_document(Source(path="t.txt", text="—、旗帜鲜明讲政治\n正文。\n二、筑牢思想根基\n正文。\n"))
    assert [n.number for n in doc.nodes if n.kind == "heading"] == [1, 2]


def test_a_bold_question_line_heads_a_part_below_markdown_headings():
    # ## 二、还有哪些差距 / **原因何在？** / ## 三、明年怎么干: the question is a heading of the level above it
    doc = build_document(Source(path="t.md", text=(
        "**某协会党支部2025年度工作报告**\n\n## 一、做了哪些事\n\n全年开展主题党日12次。\n\n## 二、还有哪些差距\n\n"
        "- 对会员企业党组织的指导不够。\n\n**原因何在？**\n\n- 支部书记和委员都是兼职。\n\n## 三、明年怎么干\n\n- 建强组织。\n")))
    heads = [(doc.norm[n.title_start:n.title_end], n.level) for n in doc.nodes if n.kind == "heading"]
    assert ("原因何在?", 2) in heads


def test_a_companys_name_over_its_departments_over_the_title_is_one_title():
    assert _title_lines("启明智能装备有限公司\n研发中心\n2025年度工作总结\n\n2025年，研发中心围绕公司战略扎实推进各项工作。\n") == [1, 3]


def test_a_cover_note_s_date_alone_on_a_line_is_no_line_of_the_title():
    # the note's signature on two lines (the unit, then its date), then a title that opens with its unit's name
    text = ("县委办公室、县人民政府办公室：\n按照通知要求，现将我局2025年工作总结报送，请审阅。\n联系人：局办公室  周敏\n"
            "平川县住房和城乡建设局\n2026年1月5日\n平川县住房和城乡建设局2025年工作总结\n"
            "2025年，县住建局在县委、县政府的坚强领导下，扎实推进各项工作，现将全年工作总结如下。\n")
    doc = build_document(Source("t.txt", text))
    assert [doc.source.position(doc.title.start)[0], doc.source.position(doc.title.end - 1)[0]] == [6, 6]


def test_a_full_title_line_does_not_run_on_into_the_addressee_nor_a_masthead_rule():
    # a scan's text, lines of one width: the masthead's rule and the title are as wide as the text's lines,
    # and the addressee (县委：) below the title is a line of its own
    body = _wrapped(_WRAPPED_REPORT[1:], blank=False)
    text = "★" * 28 + "\n" + _WRAPPED_REPORT[0] + "\n县委：\n" + body
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.title is not None and doc.source.position(doc.title.start)[0] == 2
    assert doc.source.position(doc.title.end - 1)[0] == 2
    assert any(doc.norm[n.start:n.end].strip() == "县委:" for n in doc.nodes)


def test_a_pages_list_of_its_pieces_under_its_contents_heading_stands_above_the_title():
    """A 范文 page: its headline, 导语, 本文目录 over the numbered titles of the two pieces on it, then
    范文一 and the first piece's own title — the title, not the list's lines, which are no headings."""
    text = ("范文大全网 > 工作总结 > 党建工作总结\n街道党工委2025年党建工作总结范文（通用2篇）\n"
            "【导语】年终岁末，党建工作总结又该提上日程了。本文整理了两篇，供大家写作时借鉴参考。\n"
            "本文目录\n1、街道党工委2025年党建工作总结\n2、社区党委2025年党建工作总结\n范文一\n"
            "青禾街道党工委2025年党建工作总结\n2025年，街道党工委坚持以党的政治建设为统领，全面加强党的建设。\n"
            "一、主要工作\n（一）强化政治引领。严格落实“第一议题”制度，全年召开党工委会议32次。\n")
    doc, nodes = outline(text)
    assert doc.title_text() == "青禾街道党工委2025年党建工作总结"
    assert [n[0] for n in nodes[4:6]] == ["paragraph", "paragraph"]
    # (the report's own headings under a 目录 are its outline: a body line follows them, no title)
    doc, nodes = outline("关于2025年度工作的报告\n目录\n一、主要工作\n二、存在问题\n"
                         "2025年，局党组坚持以党的政治建设为统领，全面加强党的建设，各项工作取得新成效。\n")
    assert [n[0] for n in nodes[2:4]] == ["heading", "heading"]


def test_a_drafts_stage_above_its_title_is_not_part_of_it():
    for stage in ("第二稿", "送审稿", "（征求意见稿）"):
        doc = build_document(Source(path="t.txt", text=stage + "\n扛牢第一责任 夯实基层基础\n——汀浦镇党委书记2026年度抓基层党建工作述职报告\n"
                                    "中共汀浦镇委员会书记 周立平\n2026年，我认真履行抓基层党建第一责任人职责。\n"))
        assert [doc.source.position(doc.title.start)[0], doc.source.position(doc.title.end - 1)[0]] == [2, 3], stage


def test_a_pages_running_header_atop_every_page_is_not_the_title():
    """桐沅县工商联党组　全面从严治党主体责任报告 repeated atop each page of a scan: the title is the
    report's own (two lines below it), not the header."""
    header = "桐沅县工商联党组　全面从严治党主体责任报告"
    body = "党组坚持把党的政治建设摆在首位，严格落实“第一议题”制度，全年召开党组会议18次。\n"
    text = (header + "\n\n中共桐沅县工商业联合会党组\n2O25年度落实全面从严治党主体责任情况报告\n\n"
            "2025年，县工商联党组在县委的领导下，坚持以全面从严治党统领机关建设和商会工作。\n一、政治建设\n" + body
            + header + "\n" + body + "二、思想建设\n" + body + header + "\n" + body)
    doc = build_document(Source(path="t.txt", text=text))
    assert [doc.source.position(doc.title.start)[0], doc.source.position(doc.title.end - 1)[0]] == [3, 4]


@pytest.mark.parametrize("memo", [
    # a memo sending the draft back: its title, addressee, text, numbered items, office and date, then a blank line
    "关于退回县水利局2026年度主体责任报告修改的通知\n县水利局党组：\n你局报送的报告收悉，请按以下意见修改后重新报送：\n"
    "1.“政治建设”部分以工作罗列为主，缺少贯彻落实的具体举措。\n2.全文数据请与局办公室台账逐项核对。\n"
    "县委全面从严治党领导小组办公室\n2027年1月9日\n\n",
    # a reviewer's notes with a date in brackets, a rule under a notice
    "街道党工委审阅意见（1月7日）：\n1. 述职要突出书记本人抓了什么，少写社区整体工作。\n\n",
    "退回修改通知\n县水利局：报送的年度主体责任报告存在数据前后不一致的问题，请核实后重新报送。\n======\n",
    # a drafter's own note on what was changed, under version lines with their dates, and one set a blank line apart
    "第二稿 2027.1.5 党政办改\n第三稿 2027.1.9 按书记意见改\n修改说明\n根据乡党委书记审阅意见，第三稿在第二稿基础上修改如下：\n"
    "1.新增“统一战线”部分，写入新乡贤、民族宗教工作内容；\n2.“存在的问题”由泛泛表述改为结合本乡实际，增加原因分析；\n",
    "修改说明\n\n根据局主要负责同志审阅意见，修改如下：\n\n1.第一部分增加“第一议题”学习次数；\n\n2.存在问题由5条合并为3条；\n\n"
    "（机关党委 2027年1月4日）\n\n",
    "关于报告修改情况的说明\n根据1月5日委务会讨论意见，对初稿作如下修改：\n（一）将“政法队伍建设”内容调整到第一部分；\n"
    "请秘书科校对后呈书记审定。　综合科　1月6日\n",
    "V3-2027.1.10-陈改\n",
    # a meeting's notice pasted above (its speech's title below it is looked for the same way)
    "关于召开县委巡察组巡察情况反馈会议的通知\n局属各单位：\n经研究，定于2027年1月21日上午9:00召开反馈会议。\n"
    "中共某县水利局党组办公室\n2027年1月19日\n",
])
def test_a_reviewers_memo_above_the_draft_is_no_title_nor_body(memo):
    draft = ("中共某县水利局党组关于2026年度落实全面从严治党主体责任情况的报告\n"
             "2026年，局党组坚持以习近平新时代中国特色社会主义思想为指导，认真落实主体责任。\n一、政治建设\n局党组落实“第一议题”制度。\n")
    first = memo.count("\n") + 1
    assert _title_lines(memo + draft) == [first, first]


def test_a_running_header_right_above_a_one_line_title_is_not_its_first_line():
    """中共……党组　内部资料　注意保存 atop every page, the first right above the title: no line of the
    title (a unit's name alone above 关于……的报告 is; a congress's name said again in the text is too)."""
    header = "中共沅北市生态环境局党组　内部资料　注意保存"
    body = "局党组坚持把党的政治建设摆在首位，严格落实“第一议题”制度，全年召开党组会议18次。\n"
    text = (header + "\n中共沅北市生态环境局党组2025年度落实全面从严治党主体责任情况报告\n"
            "2025年，局党组在市委的领导下，坚持以全面从严治党统领生态环境保护工作。\n一、政治建设\n" + body
            + "— 1 —\n" + header + "\n" + body + "二、思想建设\n" + body + "— 2 —\n" + header + "\n" + body)
    assert _title_lines(text) == [2, 2]
    unit = text.replace(header + "\n中共沅北市生态环境局党组2025年度", "中共沅北市生态环境局党组\n关于2025年度", 1)
    assert _title_lines(unit) == [1, 2]


def test_a_fanwen_pages_other_pieces_are_set_aside():
    """A 范文 page copied whole: its list of pieces (篇一：…… 篇二：……) is a table of contents, the mark 篇一 over
    the first piece's title is no title line, and from 篇二 on the page holds another report: no part is
    looked for there, and ``residue-piece`` reports it once (the lines above the title: residue rules of their own)."""
    body = ("2025年，镇党委认真落实全面从严治党主体责任，坚持以党的政治建设为统领，全年召开党委会议研究党建工作12次，"
            "专题研究全面从严治党工作4次，班子成员讲党课12次，组织党员干部到红色教育基地开展现场教学3次。\n"
            "一、加强政治建设\n坚持“第一议题”制度，全年学习习近平总书记重要讲话精神36次，引导党员干部增强“四个意识”、"
            "坚定“四个自信”、做到“两个维护”，推动党中央决策部署在全镇落地见效。\n"
            "二、加强组织建设\n深化支部标准化规范化建设，新发展党员8名，整顿软弱涣散村党组织2个，开展村干部履职评议，"
            "选派第一书记5名，举办党员冬训班3期，培训党员1200人次。\n"
            "三、存在问题\n理论学习的深度还不够，学用结合不够紧密，个别支部组织生活质量不高。\n"
            "四、下一步打算\n持续加强政治建设，深化支部标准化规范化建设。\n中共某镇委员会\n2026年1月8日\n")
    text = ("2025年度主体责任报告范文（精选2篇）\n篇一：某镇党委2025年度落实全面从严治党主体责任情况报告\n"
            "篇二：某局党组2025年度落实全面从严治党主体责任情况报告\n篇一\n"
            "某镇党委2025年度落实全面从严治党主体责任情况报告\n" + body
            + "篇二\n某局党组2025年度落实全面从严治党主体责任情况报告\n2025年，局党组认真落实主体责任。\n"
            "一、加强纪律建设\n开展警示教育。\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert doc.norm[doc.title.start:doc.title.end] == "某镇党委2025年度落实全面从严治党主体责任情况报告"
    second = text.index("篇二\n")
    assert all(n.aside and n.kind != "heading" for n in doc.nodes if n.start >= second)
    assert not any(n.aside for n in doc.nodes if doc.title.end <= n.start < second)
    from linter.engine import check_source
    from linter.rulebook import load

    findings = check_source(Source("t.txt", text), load("qmcz-annual-report")).findings
    assert [f.line for f in findings if f.rule == "residue-piece"] == [text[:second].count("\n") + 1]
    assert sorted(o.line for f in findings if f.rule.startswith("residue") for o in f.places() if o.line < 5) == [1, 2, 3, 4]
    # marked 例文一 / 例文二 (no 篇 nor 范文 on the page): the same
    marked = text.replace("篇一", "例文一").replace("篇二", "例文二").replace("2篇", "2则").replace("范文", "例文")
    assert "篇" not in marked and "范文" not in marked
    other = build_document(Source(path="t.txt", text=marked))
    assert all(n.aside for n in other.nodes if n.start >= marked.index("例文二\n"))
    # a mark right below the title, with no report's text above it, opens no other piece
    early = build_document(Source(path="t.txt", text="某镇党委2025年度落实全面从严治党主体责任情况报告\n篇二\n" + body))
    assert not any(n.aside for n in early.nodes[2:])


@pytest.mark.parametrize("mark", ["==========以下为2025年度报告，核对口径用==========",
                                  "（以下为去年总结，写的时候参考用，交之前删掉）"])
def test_an_earlier_report_pasted_below_for_reference_is_set_aside(mark):
    """A drafter's line over last year's report pasted below this one (以下为2025年度报告，核对口径用): from it on,
    the text is set aside (its parts are not this report's) and ``residue-earlier`` reports it once; a line that
    names an earlier year for no such purpose (附件：2025年度问题整改台账) does not."""
    body = ("2026年，局党组认真落实全面从严治党主体责任，坚持以党的政治建设为统领，全年召开党组会议研究党建工作12次，"
            "专题研究全面从严治党工作4次，班子成员讲党课12次，组织党员干部到红色教育基地开展现场教学3次。\n"
            "一、加强政治建设\n坚持“第一议题”制度，全年学习习近平总书记重要讲话精神36次，引导党员干部增强“四个意识”。\n"
            "二、加强组织建设\n深化支部标准化规范化建设，新发展党员8名，举办党员冬训班3期，培训党员1200人次。\n"
            "三、存在问题\n理论学习的深度还不够，学用结合不够紧密，个别支部组织生活质量不高，少数党员干部担当作为意识不强。\n"
            "四、下一步打算\n持续加强政治建设，深化支部标准化规范化建设，推进全面从严治党向基层延伸。\n"
            "中共某县农业农村局党组\n2027年1月10日\n")
    earlier = ("中共某县农业农村局党组2025年度落实全面从严治党主体责任情况报告\n2025年，局党组认真履行主体责任。\n"
               "一、主要做法\n（一）加强统战工作。联系党外人士15名。\n二、问题和打算\n下一步将进一步压实责任。\n")
    text = "中共某县农业农村局党组关于2026年度落实全面从严治党主体责任情况的报告\n" + body + mark + "\n" + earlier
    doc = build_document(Source(path="t.txt", text=text))
    at = text.index(mark)
    assert all(n.aside and n.kind != "heading" for n in doc.nodes if n.start >= at)
    assert not any(n.aside for n in doc.nodes if doc.title.end <= n.start < at)
    from linter.engine import check_source
    from linter.rulebook import load

    result = check_source(Source("t.txt", text), load("qmcz-annual-report"))
    assert [f.line for f in result.findings if f.rule == "residue-earlier"] == [text[:at].count("\n") + 1]
    plain = text.replace(mark, "附件：2025年度问题整改台账")
    assert not any(n.aside for n in build_document(Source(path="t.txt", text=plain)).nodes)


def test_a_running_header_between_the_reports_paragraphs_is_set_aside():
    """东陵县农业农村局党组　2026年度……情况报告 atop each later page, between two paragraphs of a part: set aside,
    so that the paragraph below it (六是强化反腐败斗争……) stays a paragraph of the report, not under a heading."""
    header = "东陵县农业农村局党组　2026年度全面从严治党主体责任落实情况报告"
    text = ("中共东陵县农业农村局党组关于2026年度全面从严治党主体责任落实情况的报告\n县委：\n"
            "一、主要工作\n五是强化纪律建设，严格监督执纪问责。支持派驻纪检监察组开展日常监督。\n" + header + "\n"
            "六是强化反腐败斗争，深化惠农领域突出问题整治。查处问题12个。\n二、存在的短板弱项\n"
            "一是理论学习还不够深入。\n" + header + "\n三、下一步工作打算\n一是持续深化理论武装。\n")
    doc = build_document(Source(path="t.txt", text=text))
    aside = [doc.source.position(n.start)[0] for n in doc.nodes if n.aside]
    assert aside == [5, 9]
    assert [doc.source.position(n.start)[0] for n in doc.nodes if n.kind == "heading"] == [3, 7, 10]
    # (a line said once, or a numbered heading ending as a title does, stays where it is)
    once = text.replace(header + "\n三、", "三、")
    assert [doc.source.position(n.start)[0] for n in build_document(Source("t.txt", once)).nodes if n.aside] == []


def test_a_headings_title_runs_past_a_revisions_brackets_and_stops_at_its_first_item():
    """（六）[删除：持续开展][插入：深化]医药领域腐败问题集中整治: the title does not end at the colon inside the
    revision's brackets; 六、存在问题一是少数村党组织书记……: a heading run into its first item ends before 一是
    (not before 统一是 / 唯一是, words)."""
    def title(line):
        doc = build_document(Source(path="t.txt", text="某局2026年度工作报告\n" + line + "\n正文。\n"))
        head = next(n for n in doc.nodes if n.kind == "heading")
        return doc.text[head.title_start:head.title_end]

    assert title("（六）[删除：持续开展][插入：深化]医药领域腐败问题集中整治") == \
        "[删除：持续开展][插入：深化]医药领域腐败问题集中整治"
    assert title("（六）【删除：持续开展】深化医药领域腐败问题集中整治") == "【删除：持续开展】深化医药领域腐败问题集中整治"
    assert title("六、存在问题一是少数村党组织书记抓党建的意识和能力不强，重经济、轻党建。") == "存在问题"
    assert title("七、坚持思想统一是根本，筑牢理论根基") == "坚持思想统一是根本，筑牢理论根基"


def test_a_web_copys_own_title_broken_after_its_year_keeps_its_first_line():
    """A 文库 page: the site's headline, its file line and button, then the report's own title broken after its
    year (中共……委员会书记2025年度 / 抓基层党建工作述职报告): both lines are the title."""
    text = ("360文库\n高校党委书记抓基层党建工作述职报告（2025年度）\n5页 · 23.5KB · 下载券：2\n立即下载\n"
            "中共鹤山职业技术学院委员会书记2025年度\n抓基层党建工作述职报告\n党委书记 ×××\n"
            "2025年，本人认真履行学院党委书记抓基层党建第一责任人职责，现将有关情况报告如下。\n一、履职情况\n正文。\n")
    assert _title_lines(text) == [5, 6]


@pytest.mark.parametrize("page", [
    # a 贴吧 thread: the bar's name and counts, the post's buttons and poster over the report
    "云岫吧\n关注：2,316　贴子：18,905\n局党组2025年主体责任报告写完了，发上来请大家帮看看\n只看楼主\n收藏\n回复\n山月不知心底事\n楼主\n",
    # a blog's article page: its column, tags and counts over the report
    "【范文】县级数据局工作总结\n于 2025-10-14 09:36:52 发布\n阅读量1.1k\n收藏 23\n分类专栏： 公文写作\n文章标签： 工作总结 数据局\n"
    "版权声明：本文为博主原创文章，转载请附上原文出处链接。\n专栏收录该内容\n36 篇文章\n订阅专栏\n",
])
def test_a_forums_or_a_blogs_lines_above_the_report_are_not_its_title(page):
    report = ("中共云岫县市场监督管理局党组\n关于2025年度落实全面从严治党主体责任情况的报告\n"
              "2025年，局党组坚持以习近平新时代中国特色社会主义思想为指导，认真落实主体责任。\n一、政治建设\n正文。\n")
    first = page.count("\n") + 1
    assert _title_lines(page + report) == [first, first + 1]



def test_a_heading_spaced_out_after_its_number_and_year():
    from linter.outline import unspaced

    assert unspaced("三、2026年 工 作 计 划") == "三、2026年工作计划"
    assert unspaced("二、存 在 问 题") == "二、存在问题"
    assert unspaced("关于 2025 年度 工作") == "关于 2025 年度 工作"  # (words with spaces between: as they are)


def test_a_spreadsheet_cell_in_quotes_keeps_its_numbered_lines():
    # 政治建设<TAB>…<TAB>"1.……⏎2.……⏎3.……" (Excel's copy of a cell with line breaks): 2. and 3. are the cell's lines
    text = ("中共桐湾街道工作委员会2025年度全面从严治党主体责任落实情况报告\n区委：\n一、主要工作\n工作板块\t重点任务\t落实情况\n"
            "政治建设\t落实“第一议题”制度\t\"1.全年学习26次；\n2.向区委请示报告重大事项8件；\n3.召开民主生活会。\"\n"
            "思想建设\t理论学习\t\"1.中心组学习11次；\n2.打造\"\"桐湾红\"\"宣讲品牌。\"\n二、问题与不足\n一是学习不够深入。\n")
    doc = build_document(Source(path="t.txt", text=text))
    numbered = [doc.text[n.start:n.end] for n in doc.nodes if n.kind == "heading" and n.marker and n.marker[0].isdigit()]
    assert numbered == []
    assert [doc.text[n.title_start:n.title_end] for n in doc.nodes if n.kind == "heading"][:2] == ["主要工作", "问题与不足"]


def test_a_tables_caption_is_no_title():
    text = ("以高质量党建引领能源保供和绿色低碳转型\n——中共南岭能源集团有限公司委员会2026年度落实全面从严治党主体责任情况报告\n\n"
            "2026年，南岭能源集团党委以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，主要经营指标如下：\n"
            "表1　2026年集团主要经营指标完成情况\n指标\t单位\t2026年完成\n营业收入\t亿元\t512.6\n"
            "现将集团党委落实全面从严治党主体责任情况报告如下。\n一、聚焦“国之大者”，党的政治建设持续加强\n集团党委坚持学习。\n")
    assert _title_lines(text) == [1, 2]


def test_a_speechs_salutation_below_an_editors_note_is_no_label_heading():
    text = ("在瀚川集团2027年年中工作推进会上的讲话\n编者按：7月12日，集团召开2027年年中工作推进会。集团党委书记、董事长韩立峰出席会议并讲话，现将讲话全文刊发。\n"
            "集团党委书记、董事长　韩立峰\n同志们：\n今天召开年中工作推进会，是经集团党委研究决定召开的一次重要会议。\n"
            "（一）客观评价上半年工作\n上半年，集团上下认真贯彻市委部署。\n谢谢大家！\n")
    doc = build_document(Source(path="t.txt", text=text))
    assert all(doc.text[n.start:n.end] != "同志们：" for n in doc.nodes if n.kind == "heading")


def test_a_cover_letters_attachment_list_is_no_heading():
    text = ("中共金沙镇委员会\n关于报送2025年度党委书记抓基层党建工作述职报告的报告\n\n中共松阳县委组织部：\n"
            "按照通知要求，现将我镇党委书记2025年度抓基层党建工作述职报告报上，请审阅。\n"
            "附件：1.金沙镇党委书记2025年度抓基层党建工作述职报告\n2.金沙镇2025年度抓基层党建工作问题清单\n\n"
            "中共金沙镇委员会\n2026年1月13日\n\n附件1\n金沙镇党委书记2025年度抓基层党建工作述职报告\n"
            "（一）履行第一责任人职责情况\n1.坚持亲自抓、带头干。全年主持召开党委会专题研究党建工作12次。\n（二）存在的问题\n一是村级组织建设不够均衡。\n")
    doc = build_document(Source(path="t.txt", text=text))
    heads = [doc.text[n.start:n.end] for n in doc.nodes if n.kind == "heading"]
    assert not any(h.startswith("2.金沙镇") for h in heads) and "（一）履行第一责任人职责情况" in heads


def test_a_meetings_agenda_above_the_report_read_at_it_is_set_aside():
    text = ("2027年全县卫生健康系统全面从严治党工作会议议程\n时间：2027年2月6日上午9:00\n地点：县卫生健康局六楼会议室\n"
            "一、局党委书记代表局党委报告2026年度落实全面从严治党主体责任情况\n二、驻局纪检监察组组长讲话\n"
            "中共岚溪县卫生健康局委员会关于2026年度落实全面从严治党主体责任情况的报告\n同志们：\n"
            "现在，我代表局党委报告工作。\n一、加强政治建设\n全年学习18次。\n")
    assert _title_lines(text) == [6, 6]
    doc, nodes = outline(text)
    assert [title for kind, _, _, title in nodes if kind == "heading"] == ["加强政治建设"]
    assert all(node.aside for node in doc.nodes[:5])
    # (without a title below it, an agenda is the text: nothing is set aside)
    text = "全县党建工作会议议程\n一、传达上级会议精神\n二、部署2027年党建工作\n"
    assert not any(node.aside for node in outline(text)[0].nodes)


def test_a_forwarders_note_over_the_report_pasted_below_it_is_the_mails():
    text = ("发件人：省委教育工委组织处 何静<hj@example.cn>\n收件人：第三督导组 周立新<zlx@example.cn>\n"
            "主题：转发：职业技术学院党委2025年度主体责任报告\n\n周老师：\n"
            "学院报来的盖章扫描件附件在手机上打不开，我把正文复制贴在下面，方便您路上查看。有问题我再和学院联系，请您审阅后告诉我。\n\n"
            "中共澜沧职业技术学院委员会2025年度落实全面从严治党主体责任情况报告\n\n"
            "2025年，学院党委坚持学习。\n一、履行主体责任情况\n1.把牢政治方向。全年学习12次。\n")
    assert _title_lines(text) == [8, 8]


def test_plain_label_lines_over_lists_that_start_again_are_the_parts():
    # (Word's list numbering of the parts lost in the copy: each label over its own list 1. 2. …)
    text = ("某县医疗保障局2025年工作总结\n2025年，我局坚持以人民健康为中心，扎实推进各项工作，全年完成目标任务。\n"
            "2025年工作开展情况\n1.全民参保扎实推进。全县参保率稳定在95%以上。\n2.基金监管持续从严。追回基金312万元。\n\n"
            "存在的困难和问题\n1.基金运行压力加大。\n2.基层经办能力不足。\n\n"
            "2026年工作思路\n1.全力稳定参保覆盖。\n2.从严从实强化基金监管。\n")
    doc, nodes = outline(text)
    assert [title for kind, level, _, title in nodes if kind == "heading" and level == 1] == [
        "2025年工作开展情况", "存在的困难和问题", "2026年工作思路"]
    # (… and, among them, one over a paragraph: 存在的不足 / 一是……)
    other = text.replace("存在的困难和问题\n1.基金运行压力加大。\n2.基层经办能力不足。",
                         "存在的不足\n一是基金运行压力加大，二是基层经办能力不足，乡镇医保服务站人员多为兼职。")
    assert [title for kind, level, _, title in outline(other)[1] if kind == "heading" and level == 1] == [
        "2025年工作开展情况", "存在的不足", "2026年工作思路"]
    item = next(n for n in doc.nodes if doc.text[n.title_start:n.title_end] == "基层经办能力不足")
    assert doc.text[doc.nodes[item.parent].title_start:doc.nodes[item.parent].title_end] == "存在的困难和问题"
    # (one such line is a sentence's lead-in, not a part; under numbered parts, 一、, it is text)
    text = ("某县医疗保障局2025年工作总结\n2025年，我局坚持以人民健康为中心，扎实推进各项工作，全年完成目标任务。\n"
            "主要做法如下\n1.全民参保扎实推进。\n2.基金监管持续从严。\n")
    assert [title for kind, level, _, title in outline(text)[1] if kind == "heading" and level == 1] == []
    text = ("某县医疗保障局2025年工作总结\n一、主要工作\n全年完成目标任务。\n具体工作情况\n1.全民参保扎实推进。\n"
            "二、存在问题\n存在的困难和问题\n1.基金运行压力加大。\n")
    assert [title for kind, level, _, title in outline(text)[1] if kind == "heading" and level == 1] == [
        "主要工作", "存在问题"]


def test_an_office_apps_fields_above_a_report_are_no_title():
    """The fields of an app's approval or log over the report it holds (标题：……提交的报告审批, 日志类型：学习心得 /
    研讨发言, 报告名称：……) are no title: the report's own line below them is."""
    text = ("钉钉 · OA审批\n审批编号：202601081530000412\n标题：北湖区公安分局党委提交的报告审批\n申请人：魏晓东\n"
            "报告名称：中共北湖区公安分局委员会2025年度落实全面从严治党主体责任情况的报告\n报告内容：\n"
            "中共北湖区公安分局委员会2025年度落实全面从严治党主体责任情况的报告\n"
            "今年以来，分局党委坚持以党的政治建设统领公安队伍建设，全面从严治党各项工作取得新成效。\n"
            "（一）政治建警更加坚定。分局党委书记认真履行第一责任人职责，全年召开党委会专题研究12次。\n")
    assert _title_lines(text) == [7, 7]
    text = ("钉钉 日志\n日志类型：学习心得 / 研讨发言\n汇报人：黎婉清\n今日完成工作：\n"
            "在局党组理论学习中心组读书班上的交流发言\n预算股股长　黎婉清\n"
            "按照读书班安排，我围绕“牢记过紧日子要求，提高财政资金使用效益”谈几点体会。\n")
    assert _title_lines(text) == [5, 5]


def test_a_portals_field_value_and_a_periodicals_header_are_no_line_of_the_title():
    """A field's value on the line below its label (发布机构 / 澜山县教育局) and a periodical's running header
    (甘棠县人民政府公报　2026年第3期, ·领导讲话·) are no line of the title below them."""
    text = ("澜山县人民政府网\n索引号\nMB1744306/2025-00131\n发布机构\n澜山县教育局\n"
            "守初心　严纪律　做新时代“大先生”\n——在县教育局系统“七一”专题党课上的讲稿\n各位党员同志：\n今天我们一起学习。\n")
    assert _title_lines(text) == [6, 7]
    text = ("甘棠县人民政府公报　2026年第3期\n·领导讲话·\n在全县国有企业警示教育大会上的讲话\n"
            "县委常委、县纪委书记　孙亚平\n同志们：\n今天召开全县国有企业警示教育大会。\n")
    assert _title_lines(text) == [3, 3]
