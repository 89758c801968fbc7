"""Inline suppression: HTML-comment directives in text and Markdown, Word
comments in .docx sources, and reporting of suppressions that suppress nothing."""

import json
import textwrap

from click.testing import CliRunner

from linter.cli import cli
from linter import engine, settings
from linter.sources.base import Source

HEAD = "一、政治建设\n"


def check_text(tmp_path, body, name="draft.md", *args, select="placeholder,residue,residue-line,unused-suppression"):
    """Findings (rule, line, message) of HEAD + body, HEAD being line 1."""
    path = tmp_path / name
    path.write_text(HEAD + textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "-f", "json", "--select", select, *args, str(path)])
    assert result.exit_code in (0, 1), result.output
    return [(f["rule"], f["line"], f["message"]) for f in json.loads(result.stdout)["files"][0]["findings"]]


def test_disable_next_line(tmp_path):
    found = check_text(tmp_path, """
        <!-- zhidang-disable-next-line placeholder -->

        全年开展**次。
        再开展**次。
    """)
    assert [(r, line) for r, line, _ in found] == [("placeholder", 5)]


def test_disable_enable_range(tmp_path):
    found = check_text(tmp_path, """
        <!-- zhidang-disable placeholder residue-line -- 引用原文，保留 -->
        全年开展**次。
        |
        <!-- zhidang-enable placeholder -->
        又开展**次。
        |
        <!-- zhidang-enable -->
        |
    """, "draft.txt")
    assert [(r, line) for r, line, _ in found] == [("placeholder", 6), ("residue-line", 9)]


def test_disable_without_ids_covers_every_rule_to_the_end(tmp_path):
    found = check_text(tmp_path, "<!-- zhidang-disable -->\n全年开展**次。\n|\n")
    assert found == []


def test_whole_file_finding_suppressed_by_naming_its_rule(tmp_path):
    select = "missing-united-front,unused-suppression"
    assert check_text(tmp_path, "<!-- zhidang-disable missing-united-front -->\n", select=select) == []
    # an element id works too; without the directive the finding is there
    assert check_text(tmp_path, "<!-- zhidang-disable united-front -->\n", select=select) == []
    assert [r for r, _, _ in check_text(tmp_path, "", select=select)] == ["missing-united-front"]
    # a blanket disable does not hide a missing section
    assert [r for r, _, _ in check_text(tmp_path, "<!-- zhidang-disable -->\n**\n", select=select)] == [
        "missing-united-front"]


def test_unused_and_unknown_suppressions_are_reported(tmp_path):
    found = check_text(tmp_path, """
        <!-- zhidang-disable-next-line placeholder -->
        全年开展12次。
        <!-- zhidang-disable-next-line residue, no-such-rule -->
        全年开展**次。
        <!-- zhidang-disable -->
    """)
    assert found == [
        ("unused-suppression", 2, "抑制注释没有抑制任何“placeholder”问题，应删除"),
        ("unused-suppression", 4, "抑制注释没有抑制任何“residue”问题，应删除"),
        ("unused-suppression", 4, "抑制注释中的规则“no-such-rule”不存在（用 zhidang rules list 查看规则 id）"),
        ("placeholder", 5, "占位符“**”未替换为具体内容"),
        ("unused-suppression", 6, "抑制注释没有抑制任何问题，应删除"),
    ]
    # unused-suppression is a rule like the others: it can be ignored
    found = check_text(tmp_path, "<!-- zhidang-disable placeholder -->\n", "x.md", "--ignore", "unused-suppression")
    assert found == []
    # a misspelt id is reported, not read as “every rule”
    found = check_text(tmp_path, "<!-- zhidang-disable-next-line Placeholder -->\n全年开展**次。\n")
    assert [r for r, _, _ in found] == ["unused-suppression", "placeholder"]


def test_directive_comments_are_not_report_text(tmp_path):
    # the comment itself holds a placeholder look-alike and residue-line-like text
    found = check_text(tmp_path, """
        <!-- zhidang-disable-next-line placeholder -- 原文写作“**次”、【更多素材尽在文库】 -->
        全年开展**次。
        <!--
        zhidang-disable residue-line
        -->
        |
    """)
    assert found == []


def test_suppressed_finding_counts_as_used_even_if_ignored_by_config(tmp_path):
    (tmp_path / ".zhidang.yaml").write_text("ignore: [placeholder]\n", encoding="utf-8")
    found = check_text(tmp_path, "<!-- zhidang-disable-next-line placeholder -->\n全年开展**次。\n")
    assert found == []


# -- .docx: Word comments arrive in Source.comments ----------------------------

def gate_check(select, source):
    """One source through the pipeline with --select ``select`` (no config)."""
    resolver = settings.Resolver(settings.Options(select=select, no_config=True))
    return engine.check(source, resolver.for_path(source.path), engine.Job([]))


def docx_source(text, comments):
    return Source(path="报告.docx", text=text, format="docx",
                  labels=[f"第{i}段" for i in range(1, text.count("\n") + 2)], comments=comments)


def test_word_comment_suppresses_its_rule_on_the_commented_text():
    text = "一、政治建设\n全年开展**次，培训**人。\n再开展**次。\n"
    first = text.index("**")
    result = gate_check(["placeholder", "unused-suppression"],
                        docx_source(text, [(first - 2, first + 3, "zhidang-disable placeholder\n")]))
    assert [(f.rule, f.line, f.column) for f in result.findings] == [("placeholder", 2, 11), ("placeholder", 3, 4)]
    assert result.findings[0].location == "第2段"


def test_word_comment_for_another_rule_or_nothing_is_reported():
    text = "一、政治建设\n全年开展**次。\n全年开展12次。\n"
    star = text.index("**")
    clean = text.index("12")
    result = gate_check(["placeholder", "unused-suppression"], docx_source(text, [
        (star, star + 2, "zhidang-disable residue：不是残留"),
        (clean, clean + 2, "zhidang-disable placeholder"),
        (0, 2, "请补充数字"),  # an ordinary reviewer comment: not a directive
    ]))
    assert [(f.rule, f.line, f.message) for f in result.findings] == [
        ("placeholder", 2, "占位符“**”未替换为具体内容"),
        ("unused-suppression", 2, "抑制注释没有抑制任何“residue”问题，应删除"),
        ("unused-suppression", 3, "抑制注释没有抑制任何“placeholder”问题，应删除"),
    ]
    assert result.findings[2].location == "第3段"


def test_word_comment_suppresses_a_missing_element():
    text = "一、政治建设\n全年开展12次。\n"
    select = ["missing-united-front", "unused-suppression"]
    assert [f.rule for f in gate_check(select, docx_source(text, [])).findings] == ["missing-united-front"]
    result = gate_check(select, docx_source(text, [(0, 6, "zhidang-disable missing-united-front")]))
    assert result.findings == []


def test_explain_unused_suppression():
    result = CliRunner().invoke(cli, ["rules", "explain", "unused-suppression"])
    assert result.exit_code == 0 and "没有抑制任何问题" in result.output


def test_real_word_comment_suppresses_its_rule_end_to_end(tmp_path):
    """A reviewer in Word comments “zhidang-disable placeholder” on a sentence."""
    import docx  # python-docx writes a real .docx with a real comment

    document = docx.Document()
    document.add_paragraph("一、政治建设")
    accepted = document.add_paragraph("全年开展警示教育**次。")
    document.add_paragraph("另有培训**人次。")
    document.add_comment(accepted.runs[0], text="zhidang-disable placeholder", author="审核人")
    path = tmp_path / "draft.docx"
    document.save(path)
    result = CliRunner().invoke(cli, ["check", "--no-config", "-f", "json", "--select",
                                      "placeholder,unused-suppression", str(path)])
    findings = json.loads(result.output)["files"][0]["findings"]
    assert [(f["rule"], f["line"], f["location"]) for f in findings] == [("placeholder", 3, "第3段")]
