"""Word documents: real .docx files written with python-docx, checked as a user
would check them; findings point at paragraphs and table cells."""

import json

import pytest
from click.testing import CliRunner

from linter import sources
from linter.cli import cli
from linter.engine import build_document, check_source
from wordfiles import (add_abstract_numbering, add_num, add_paragraph_style, add_tracked,
                       new_document, save, set_numbering, set_outline_level)

TITLE = "2023年度全面从严治党主体责任落实情况报告"
BODY = "全年召开党委会研究部署全面从严治党工作，层层压实责任，推动各项任务落地见效。" * 2


def check(path, rulebook):
    return check_source(sources.load(path), rulebook)


def statuses(result):
    return {item.id: (item.status, item.line, item.location) for item in result.checklist}


def findings(result, rule=None):
    return [(f.rule, f.line, f.column, f.excerpt, f.location)
            for f in result.findings if rule is None or f.rule == rule]


# -- headings by style ---------------------------------------------------------

def test_headings_by_style(tmp_path, rulebook):
    doc = new_document()
    doc.add_paragraph(TITLE, style="Title")                          # 1
    doc.add_paragraph("坚持政治统领", style="Heading 1")              # 2  English built-in name
    doc.add_paragraph(BODY)                                           # 3
    cn1 = add_paragraph_style(doc, "标题 1")                         # WPS/Chinese name
    set_outline_level(cn1, 0)
    doc.add_paragraph("强化理论武装", style="标题 1")                 # 4
    doc.add_paragraph(BODY)                                           # 5
    own = add_paragraph_style(doc, "报告一级标题", base="Heading 1")  # inherited through base_style
    doc.add_paragraph("建强战斗堡垒", style=own)                      # 6
    doc.add_paragraph(BODY)                                           # 7
    level2 = add_paragraph_style(doc, "二级", base="Normal")
    set_outline_level(level2, 1)                                      # w:outlineLvl on the style
    doc.add_paragraph("基层党组织建设", style=level2)                 # 8
    doc.add_paragraph(BODY)                                           # 9
    direct = doc.add_paragraph("驰而不息纠治四风")                   # 10 w:outlineLvl on the paragraph
    set_outline_level(direct, 0)
    doc.add_paragraph(BODY)                                           # 11
    doc.add_paragraph("一、严明纪律", style="Heading 1")              # 12 typed marker + style
    doc.add_paragraph(BODY)                                           # 13
    doc.add_paragraph("存在问题", style="Heading 1")                  # 14
    doc.add_paragraph("一是学习**不深入。" + BODY)                    # 15
    path = save(doc, tmp_path / "styles.docx")

    source = sources.load(path)
    assert source.format == "docx"
    assert source.text.split("\n")[1] == "坚持政治统领"  # the text as typed: no label, no prefix
    document = build_document(source)
    assert [(source.position(h.start)[0], h.level, h.marker) for h in document.headings] == [
        (2, 1, ""), (4, 1, ""), (6, 1, ""), (8, 2, ""), (10, 1, ""), (12, 1, "一、"), (14, 1, "")]
    assert document.nodes[0].kind == "title"
    # 基层党组织建设 is a level-2 heading under 建强战斗堡垒
    assert document.parent_of(document.headings[3]) is document.headings[2]

    result = check_source(source, rulebook)
    assert statuses(result) == {
        "political": ("present", 2, "第2段"),
        "ideological": ("present", 4, "第4段"),
        "organizational": ("present", 6, "第6段"),
        "conduct": ("present", 10, "第10段"),
        "discipline": ("present", 12, "第12段"),
        "united-front": ("missing", None, None),
        "problems": ("present", 14, "第14段"),
        "next-steps": ("missing", None, None),
        "rectification": ("missing", None, None),
        "ideology-responsibility": ("missing", None, None),
        "clean-governance": ("missing", None, None),
    }
    assert findings(result, "placeholder") == [("placeholder", 15, 5, "**", "第15段")]


def test_title_set_in_heading_style_is_the_title(tmp_path, rulebook):
    doc = new_document()
    doc.add_paragraph(TITLE, style="Heading 1")
    doc.add_paragraph("坚持政治统领", style="Heading 1")
    doc.add_paragraph(BODY)
    document = build_document(sources.load(save(doc, tmp_path / "t.docx")))
    assert document.nodes[0].kind == "title"
    assert [(h.level, h.parent) for h in document.headings] == [(1, None)]


# -- headings numbered by Word ------------------------------------------------

def numbered_document():
    """A report whose headings carry no typed 一、: Word numbers them from
    numbering.xml, directly (w:numPr on the paragraph) and through a style."""
    doc = new_document()
    add_abstract_numbering(doc, 90, [
        ("chineseCounting", "%1、", 1),
        ("chineseCounting", "（%2）", 1),
        ("decimal", "%3.", 1),
        ("decimal", "（%4）", 1),
    ])
    add_num(doc, 90, 90)
    add_num(doc, 91, 90, start_overrides={0: 1})  # a second list, restarted
    heading = add_paragraph_style(doc, "报告一级标题", base="Normal")
    set_numbering(heading, 90, 0)                     # numbering attached through the style

    doc.add_paragraph(TITLE)                                                 # 1
    doc.add_paragraph("坚持政治统领，坚决做到“两个维护”", style=heading)     # 2  一、
    sub = doc.add_paragraph("加强党的全面领导")                              # 3  （一）
    set_numbering(sub, 90, 1)
    item = doc.add_paragraph("全年开展专题学习**次。")                       # 4  1.
    set_numbering(item, 90, 2)
    item = doc.add_paragraph("召开民主生活会。")                             # 5  2.
    set_numbering(item, 90, 2)
    sub = doc.add_paragraph("严格落实请示报告制度")                          # 6  （二）
    set_numbering(sub, 90, 1)
    item = doc.add_paragraph("报告重大事项。")                               # 7  1. (restarted)
    set_numbering(item, 90, 2)
    detail = doc.add_paragraph("按时报告。")                                 # 8  （1）
    set_numbering(detail, 90, 3)
    doc.add_paragraph("坚持理论武装，筑牢思想根基", style=heading)           # 9  二、
    sub = doc.add_paragraph("深化理论学习")                                  # 10 （一） (restarted)
    set_numbering(sub, 90, 1)
    doc.add_paragraph("存在问题", style=heading)                             # 11 三、
    doc.add_paragraph("一是理论学习不够深入。" + BODY)                       # 12
    doc.add_paragraph("下一步打算", style=heading)                           # 13 四、
    doc.add_paragraph(BODY)                                                  # 14
    doc.add_paragraph("附：重点任务清单")                                    # 15
    again = doc.add_paragraph("重点任务××项")                                # 16 一、 (num 91 restarts)
    set_numbering(again, 91, 0)
    return doc


def test_word_numbering_is_rendered(tmp_path, rulebook):
    source = sources.load(save(numbered_document(), tmp_path / "numbered.docx"))
    lines = source.text.split("\n")
    assert [line.split(" ")[0] if " " in line else "" for line in lines] == [
        "", "一、", "（一）", "1.", "2.", "（二）", "1.", "（1）", "二、", "（一）", "三、", "", "四、",
        "", "", "一、"]
    assert lines[1] == "一、 坚持政治统领，坚决做到“两个维护”"

    document = build_document(source)
    outline = [(h.level, h.number, source.position(h.start)[0]) for h in document.headings]
    assert outline == [(1, 1, 2), (2, 1, 3), (3, 1, 4), (3, 2, 5), (2, 2, 6), (3, 1, 7), (4, 1, 8),
                       (1, 2, 9), (2, 1, 10), (1, 3, 11), (1, 4, 13), (1, 1, 16)]

    result = check_source(source, rulebook)
    got = statuses(result)
    assert got["political"] == ("present", 2, "第2段")
    assert got["ideological"] == ("present", 9, "第9段")
    assert got["problems"] == ("present", 11, "第11段")
    assert got["next-steps"] == ("present", 13, "第13段")
    assert got["organizational"][0] == "missing"
    # Columns count the paragraph's own characters: the rendered 1. is not counted.
    assert findings(result, "placeholder") == [
        ("placeholder", 4, 9, "**", "第4段"),
        ("placeholder", 16, 5, "××", "第16段"),
    ]


def test_numbering_formats_and_overrides():
    from linter.numerals import to_chinese
    from linter.sources.wordnumbering import format_number

    assert [to_chinese(n) for n in (1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110)] == [
        "一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百〇一", "一百一十"]
    assert format_number(3, "decimalEnclosedCircle") == "③"
    assert format_number(3, "chineseLegalSimplified") == "叁"
    assert format_number(28, "upperLetter") == "BB"
    assert format_number(14, "lowerRoman") == "xiv"
    assert format_number(2, "ideographTraditional") == "乙"
    assert format_number(7, "decimalZero") == "07"
    assert format_number(5, "none") == ""


# -- tables, tracked changes, comments, what is not report text ----------------

def review_document():
    doc = new_document()
    doc.add_paragraph(TITLE)                                              # 1
    doc.add_paragraph("一、坚持政治统领")                                 # 2
    p = doc.add_paragraph("全年开展警示教育")                             # 3
    add_tracked(p, "ins", "12次，", 1)     # inserted with 修订 on: counts
    add_tracked(p, "del", "**次，", 2)     # deleted: does not
    p.add_run("覆盖全体党员。")
    table = doc.add_table(rows=3, cols=3)                                 # 4..12
    for r, row in enumerate([("项目", "次数", "人次"),
                             ("谈心谈话", "**次", "××人次"),
                             ("廉政教育", "6次", "120人次")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("二、存在问题")                                     # 13
    p = doc.add_paragraph("一是学习不够深入。")                           # 14
    doc.add_comment(p.runs[0], text="请补充**具体事例", author="审核人")
    added = doc.add_paragraph()                                            # 15: a whole inserted heading
    add_tracked(added, "ins", "三、下一步打算", 3)
    gone = doc.add_paragraph()                                             # 16: a whole deleted sentence
    add_tracked(gone, "del", "全年培训XX人次。", 4)
    doc.add_paragraph(BODY)                                                # 17
    doc.sections[0].header.paragraphs[0].text = "页眉**"                 # not report text
    doc.sections[0].footer.paragraphs[0].text = "第XX页"
    return doc


def test_table_cells_tracked_changes_and_comments(tmp_path, rulebook):
    source = sources.load(save(review_document(), tmp_path / "review.docx"))
    lines = source.text.split("\n")
    assert lines[2] == "全年开展警示教育12次，覆盖全体党员。"
    assert lines[3:12] == ["项目", "次数", "人次", "谈心谈话", "**次", "××人次", "廉政教育", "6次", "120人次"]
    assert lines[14:16] == ["三、下一步打算", ""]
    assert source.labels[3:12] == [f"表格1 第{r}行第{c}列" for r in (1, 2, 3) for c in (1, 2, 3)]
    assert source.labels[12] == "第13段"
    # The comment: not report text, anchored to the text it comments on.
    assert "请补充" not in source.text
    [(start, end, note)] = source.comments
    assert note == "请补充**具体事例" and source.text[start:end] == "一是学习不够深入。"
    assert source.location(start) == "第14段"

    result = check_source(source, rulebook)
    assert findings(result, "placeholder") == [
        ("placeholder", 8, 1, "**", "表格1 第2行第2列"),
        ("placeholder", 9, 1, "××", "表格1 第2行第3列"),
    ]
    assert statuses(result)["next-steps"] == ("present", 15, "第15段")
    assert statuses(result)["problems"][1:] == (13, "第13段")


def test_text_and_json_output_show_locations(tmp_path):
    path = save(review_document(), tmp_path / "review.docx")
    runner = CliRunner()
    text = runner.invoke(cli, ["check", path]).output.splitlines()
    assert f"{path}:8:1 (表格1 第2行第2列): error placeholder 占位符“**”未替换为具体内容" in text
    assert "  ✔ 下一步打算（第15段）" in text
    data = json.loads(runner.invoke(cli, ["check", "-f", "json", path]).output)
    placeholder = [f for f in data["files"][0]["findings"] if f["rule"] == "placeholder"]
    assert placeholder[1] == {
        "rule": "placeholder", "severity": "error", "line": 9, "column": 1, "end_line": 9,
        "end_column": 3, "message": "占位符“××”未替换为具体内容", "excerpt": "××",
        "location": "表格1 第2行第3列"}
    checklist = {c["id"]: c for c in data["files"][0]["checklist"]}
    assert checklist["next-steps"] == {"id": "next-steps", "title": "下一步打算", "status": "present",
                                       "line": 15, "location": "第15段"}


def test_merged_cells_and_nested_tables(tmp_path):
    doc = new_document()
    table = doc.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "合并"
    table.cell(0, 2).text = "右"
    inner = table.cell(1, 2).add_table(rows=1, cols=2)
    inner.cell(0, 1).text = "**"
    source = sources.load(save(doc, tmp_path / "merged.docx"))
    labelled = [(label, line) for label, line in zip(source.labels, source.text.split("\n")) if line]
    assert labelled == [("表格1 第1行第1列", "合并"), ("表格1 第1行第3列", "右"),
                        ("表格2 第1行第2列", "**")]


def test_table_of_contents_is_not_counted_twice(tmp_path, rulebook):
    doc = new_document()
    add_paragraph_style(doc, "toc 1")
    doc.add_paragraph(TITLE)
    doc.add_paragraph("一、坚持政治统领\t1", style="toc 1")
    doc.add_paragraph("二、存在问题\t2", style="toc 1")
    doc.add_paragraph("一、坚持政治统领")
    doc.add_paragraph(BODY)
    result = check(save(doc, tmp_path / "toc.docx"), rulebook)
    assert statuses(result)["political"] == ("present", 4, "第4段")
    assert statuses(result)["problems"][0] == "missing"


def test_directory_walk_finds_docx_and_skips_lock_files(tmp_path):
    doc = new_document()
    doc.add_paragraph("全年开展**次。")
    save(doc, tmp_path / "report.docx")
    (tmp_path / "~$report.docx").write_bytes(b"\x00lock")
    found = [p for p, _ in sources.iter_paths([tmp_path])]
    assert found == [str(tmp_path / "report.docx")]


def test_docx_from_stdin(tmp_path):
    doc = new_document()
    doc.add_paragraph("全年开展**次。")
    path = save(doc, tmp_path / "report.docx")
    data = open(path, "rb").read()
    result = CliRunner().invoke(cli, ["check", "-f", "json", "--stdin-filename", "草稿.docx", "-"],
                                input=data)
    out = json.loads(result.output)
    assert out["files"][0]["path"] == "草稿.docx"
    assert [(f["line"], f["column"], f["location"]) for f in out["files"][0]["findings"]
            if f["rule"] == "placeholder"] == [(1, 5, "第1段")]


# -- styles.xml as other programs write it -------------------------------------

STYLES = {
    # as Word writes it: found by its styleId="…" without parsing the rest
    "word": '<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/>'
            '</w:style><w:style w:type="paragraph" w:styleId="a1"><w:name w:val="标题 1"/>'
            '<w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="mine">'
            '<w:name w:val="本单位标题"/><w:basedOn w:val="a1"/></w:style></w:styles>',
    # single quotes, spaces around = and another prefix: cut into all styles
    "quotes": "<x:styles xmlns:x='{W}'><x:style x:type='paragraph' x:styleId = 'a1'>"
              "<x:name x:val='heading 1'/></x:style><x:styleLink/><x:style x:type='paragraph' "
              "x:styleId = 'mine' ><x:basedOn x:val='a1'/><x:name x:val='本单位标题'/></x:style></x:styles>",
    # elements in the default namespace (attributes still qualified, as the schema wants)
    "default-ns": '<styles xmlns="{W}" xmlns:w="{W}"><style w:type="paragraph" w:styleId="a1">'
                  '<name w:val="x"/><pPr><outlineLvl w:val="0"/></pPr></style>'
                  '<style w:type="paragraph" w:styleId="mine"><basedOn w:val="a1"/></style></styles>',
    # the same in UTF-16: parsed whole
    "utf-16": '<?xml version="1.0" encoding="UTF-16"?><w:styles xmlns:w="{W}"><w:style w:styleId="a1">'
              '<w:name w:val="Heading 1"/></w:style><w:style w:styleId="mine"><w:basedOn w:val="a1"/>'
              '</w:style></w:styles>',
}


@pytest.mark.parametrize("variant", list(STYLES))
def test_styles_written_by_other_programs(tmp_path, variant):
    from test_inputs import replace_part

    doc = new_document()
    doc.add_paragraph(TITLE)
    own = add_paragraph_style(doc, "本单位标题")
    doc.add_paragraph("坚持政治统领", style=own)
    original = save(doc, tmp_path / "original.docx")
    style_id = own.style_id
    xml = STYLES[variant].replace("{W}", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    xml = xml.replace("mine", style_id)
    data = xml.encode("utf-16") if variant == "utf-16" else xml.encode("utf-8")
    path = replace_part(original, tmp_path / f"{variant}.docx", "word/styles.xml", data)
    assert sources.load(path).outline_levels == {2: 1}


def test_doctype_in_styles_is_refused(tmp_path):
    from test_inputs import replace_part

    doc = new_document()
    doc.add_paragraph("坚持政治统领", style="Heading 1")
    original = save(doc, tmp_path / "original.docx")
    xml = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><w:styles xmlns:w="'
           'http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    path = replace_part(original, tmp_path / "dtd.docx", "word/styles.xml", xml.encode())
    with pytest.raises(Exception) as info:
        sources.load(path)
    assert "word/styles.xml 含有 DOCTYPE/实体声明" in str(info.value)
