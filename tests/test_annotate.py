"""zhidang annotate: findings as Word comments, safe fixes as tracked changes,
on real .docx files written by python-docx and by LibreOffice; ``check --fix``
on a .docx; ``report --annotate``.

What the comments are anchored on is read back with the independent walker
of ``tests/wordfiles.py`` (not with zhidang's reader)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter import sources
from linter.cli import cli
from wordfiles import (accept_all, add_abstract_numbering, add_num, add_tracked, body, comments, new_document,
                       paragraph_texts, parts, reject_all, save, set_numbering, W)

TITLE = "2023年度全面从严治党主体责任落实情况报告"
CHANGED_PARTS = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}


def zhidang(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result


def check_json(*args) -> dict:
    result = zhidang("check", "-f", "json", "--exit-zero", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["files"][0]


def places(finding: dict) -> list[dict]:
    return finding.get("occurrences") or [finding]


def zhidang_comments(path) -> list[dict]:
    return [c for c in comments(path).values() if c["author"] == "zhidang"]


def rule_of(comment: dict) -> str | None:
    """The rule id a finding's comment ends its first line with; None for the summary."""
    match = re.search(r"（([a-z][a-z0-9-]*)）$", comment["text"].split("\n")[0])
    if match:
        return match.group(1)
    match = re.match(r"同上（([a-z][a-z0-9-]*)）", comment["text"])
    return match.group(1) if match else None


def full_document(path, *, fixable: bool = True) -> str:
    """A report as a drafter's Word file has it: a header, a title, runs of
    different formatting, Word-numbered headings and list items, a table, a
    reviewer's comment and tracked changes."""
    d = new_document()
    d.sections[0].header.paragraphs[0].text = "内部资料 注意保存"
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("一、坚持政治统领", style="Heading 1")
    p = d.add_paragraph("全年开展警示教育*")
    p.add_run("*次").bold = True  # a placeholder across two runs of different formatting
    p.add_run(",提升拒腐防变能力。" if fixable else "，提升拒腐防变能力。")
    add_abstract_numbering(d, 10, [("chineseCounting", "%1、", 1), ("chineseCounting", "（%1）", 1)])
    add_num(d, 10, 10)
    heading = d.add_paragraph("强化理论武装", style="Heading 1")  # Word draws 一、: a numbering finding
    set_numbering(heading, 10, 0)
    item = d.add_paragraph("深入学习**次,提升能力。" if fixable else "深入学习**次，提升能力。")
    set_numbering(item, 10, 1)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "次数"
    table.cell(1, 0).text, table.cell(1, 1).text = "专题学习", "召开会议**次"
    reviewed = d.add_paragraph("审核意见：数据待核实")
    d.add_comment(reviewed.runs, text="请补充数据", author="审核人")
    tracked = d.add_paragraph("原有修订：")
    add_tracked(tracked, "ins", "新增内容", 101)
    add_tracked(tracked, "del", "删去内容", 102)
    d.add_paragraph("二、存在问题", style="Heading 1")
    d.add_paragraph("学习不够深入,效果有待提升;整改不够彻底。" if fixable else "学习不够深入。")
    return save(d, path)


def annotate(path, *args, output=None):
    output = output or str(Path(path).with_name(Path(path).stem + "-reviewed.docx"))
    result = zhidang("annotate", path, "-o", output, *args)
    assert result.exit_code == 0, result.output
    return output


def checked(path, *options):
    """The check of ``path`` as ``zhidang check *options`` makes it (offsets
    kept), and the source it read; the same findings as its JSON output."""
    from linter import engine, settings
    from linter.baseline import Baseline

    opts = dict(zip(options[::2], options[1::2]))
    split = lambda v: v.split(",") if v else None  # noqa: E731
    plan = settings.resolve([str(path)], settings.Options(
        rulebook=opts.get("-r"), select=split(opts.get("--select")), ignore=split(opts.get("--ignore")) or []))
    baseline = Baseline.load(opts["--baseline"]) if "--baseline" in opts else None
    job = engine.Job(plan.settings, baseline=baseline)
    result = engine.check_file(plan.items[0], job)
    assert [f.to_dict() for f in result.findings] == check_json(path, *options)["findings"]
    return result, engine.load(str(path), job)


def visible(source, start: int, end: int) -> str:
    """What a comment on ``start``..``end`` is anchored on: the span less the
    Word list numbers in it (not in the XML); a span wholly inside one: the
    paragraph's text."""
    text, starts = source.text, source.line_starts
    prefixes = source.prefixes or [0] * len(starts)
    out = []
    for line, line_start in enumerate(starts):
        line_end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
        if line_end < start or line_start > end:
            continue
        lo, hi = max(start, line_start + prefixes[line]), min(end, line_end)
        if line_start <= start and end <= line_start + prefixes[line] and prefixes[line]:
            return text[line_start + prefixes[line]:line_end]
        out.append(text[lo:hi] if hi >= lo else "")
    return "\n".join(out)


def assert_anchored_on_findings(annotated, path, *options) -> None:
    """One comment per place of every finding ``check`` gives ``path`` with
    ``options``, anchored on exactly its excerpt (less Word's list numbers)."""
    result, source = checked(path, *options)
    expected = [(f.rule, visible(source, place.start, place.end))
                for f in result.findings if f.start is not None for place in f.places()]
    got = [(rule_of(c), c["anchored"]) for c in zhidang_comments(annotated) if rule_of(c)]
    assert sorted(got) == sorted(expected)
    return result


# -- a python-docx report ------------------------------------------------------------------


def test_comments_anchor_on_each_finding_and_change_no_text(tmp_path):
    original = full_document(tmp_path / "报告.docx")
    before = parts(original)
    source = sources.load(original)
    found = check_json(original)
    annotated = annotate(original)

    assert parts(original) == before  # the original is never changed
    assert_anchored_on_findings(annotated, original)
    # across runs of different formatting, in a table cell, in a Word-numbered paragraph
    anchored = {(rule_of(c), c["anchored"]) for c in zhidang_comments(annotated)}
    assert ("placeholder", "**") in anchored
    assert ("heading-numbering", "强化理论武装") in anchored  # the excerpt 一、 is Word's number
    # the text is as it was, for python-docx and for zhidang
    assert paragraph_texts(annotated) == paragraph_texts(original)
    assert sources.load(annotated).text == source.text
    # re-reading the annotated file gives the same findings
    again = check_json(annotated)
    assert again["findings"] == found["findings"] and again["checklist"] == found["checklist"]


def test_existing_comments_changes_tables_numbering_and_header_are_kept(tmp_path):
    original = full_document(tmp_path / "报告.docx")
    annotated = annotate(original, "--fix")
    old, new = parts(original), parts(annotated)
    assert set(old) <= set(new) and zipfile.ZipFile(annotated).testzip() is None
    for name in set(old) - CHANGED_PARTS:  # header, numbering, styles, settings …: byte for byte
        assert new[name] == old[name], name
    reviewer = [c for c in comments(annotated).values() if c["author"] == "审核人"]
    assert reviewer == [{"author": "审核人", "text": "请补充数据", "anchored": "审核意见：数据待核实"}]
    root = body(annotated)
    theirs = [(e.tag, e.get(W + "id")) for e in root.iter(W + "ins", W + "del") if e.get(W + "author") == "审核人"]
    assert theirs == [(W + "ins", "101"), (W + "del", "102")]
    assert len(list(root.iter(W + "tbl"))) == 1 and len(list(root.iter(W + "numPr"))) == 2
    # every w:id of one kind is unique, and above the ids the file had
    ids = [e.get(W + "id") for e in root.iter(W + "ins", W + "del")]
    assert len(ids) == len(set(ids))
    comment_ids = [e.get(W + "id") for e in root.iter(W + "commentRangeStart")]
    assert len(comment_ids) == len(set(comment_ids)) == len(comments(annotated))
    assert all(int(i) > 102 for i in set(ids + comment_ids) - {"101", "102", "0"})


def test_a_new_comments_part_is_related_and_typed(tmp_path):
    d = new_document()
    d.add_paragraph(TITLE)
    d.add_paragraph("全年开展警示教育**次。")
    original = save(d, tmp_path / "plain.docx")
    assert "word/comments.xml" not in parts(original)
    annotated = annotate(original)
    new = parts(annotated)
    assert b"relationships/comments" in new["word/_rels/document.xml.rels"]
    assert b'PartName="/word/comments.xml"' in new["[Content_Types].xml"]
    assert b"wordprocessingml.comments+xml" in new["[Content_Types].xml"]
    anchored = sorted(c["anchored"] for c in zhidang_comments(annotated))
    assert anchored == sorted(["**", "2023", TITLE])  # placeholder, year-topic, the summary on the title


def test_checklist_comment_on_the_title(tmp_path):
    original = full_document(tmp_path / "报告.docx")
    found = check_json(original)
    summary = next(c for c in zhidang_comments(annotate(original)) if c["anchored"] == TITLE)
    lines = summary["text"].split("\n")
    assert lines[0] == "zhidang 检查结果（全面从严治党主体责任落实情况报告）"
    assert "检查清单：" in lines
    for item in found["checklist"]:
        mark = {"present": "✔", "missing": "✗", "weak": "△"}[item["status"]]
        line = next(x for x in lines if x.startswith(f"{mark} {item['title']}"))
        if item["status"] == "present":
            assert line == f"✔ {item['title']}（{item['location']}）"
    sixth = next(item["title"] for item in found["checklist"] if item["id"] == "united-front")
    assert "✔ 政治建设（第2段）" in lines and f"✗ {sixth} 未找到" in lines


def test_grouped_findings_comment_every_place_and_count_once(tmp_path):
    book = tmp_path / "grouped.yaml"
    book.write_text("""\
extends: common
id: grouped
title: 分组测试
rules:
  - id: placeholder
    type: pattern
    severity: error
    message: 占位符“{match}”未替换为具体内容
    description: 占位符。
    patterns: ['\\*{2,}', '×{2,}']
    group: {min: 3, message: "占位符“{match}”等 {count} 处未替换"}
    examples: {fail: [全年开展**次], pass: [全年开展12次]}
""", encoding="utf-8")
    d = new_document()
    d.add_paragraph("2023年度工作报告")
    d.add_paragraph("开展**次，")
    d.add_paragraph("召开××次会议，覆盖**人。")
    original = save(d, tmp_path / "g.docx")
    found = check_json(original, "-r", book)
    grouped = [f for f in found["findings"] if f["rule"] == "placeholder"]
    assert len(grouped) == 1 and len(grouped[0]["occurrences"]) == 3
    annotated = annotate(original, "-r", book)
    mine = [c for c in zhidang_comments(annotated) if rule_of(c) == "placeholder"]
    assert [c["anchored"] for c in mine] == ["**", "××", "**"]
    assert mine[0]["text"].split("\n") == ["错误：占位符“**”等 3 处未替换（placeholder）",
                                           "同类问题共 3 处，此为第 1 处，其余各处另有批注。"]
    assert mine[1]["text"] == "同上（placeholder）：第 2 处，共 3 处。"
    assert sum("共 3 处" in c["text"] and "第 1 处" in c["text"] for c in mine) == 1


def test_prefix_only_span_is_anchored_on_the_paragraph_text(tmp_path):
    """The editor itself: a span wholly inside Word's list number, one starting in it."""
    from linter.sources.docx import read_layout
    from linter.word.edit import Editor
    from linter.word.package import Copy

    d = new_document()
    add_abstract_numbering(d, 10, [("chineseCounting", "%1、", 1)])
    add_num(d, 10, 10)
    d.add_paragraph(TITLE)
    numbered = d.add_paragraph("强化理论")
    numbered.add_run("武装").italic = True
    set_numbering(numbered, 10, 0)
    path = save(d, tmp_path / "n.docx")
    source, layout = read_layout(Path(path).read_bytes(), path)
    assert source.text.split("\n")[1] == "一、 强化理论武装" and source.prefixes[1] == 3
    start = source.line_starts[1]
    editor = Editor(source, layout, date="2024-01-01T00:00:00Z", first_id=1)
    editor.comment(start, start + 2, ["在编号里"])        # 一、
    editor.comment(start + 1, start + 6, ["跨编号"])       # 、 强化理
    editor.comment(start + 5, start + 8, ["跨格式"])       # 理论武 (plain + italic runs)
    out = tmp_path / "out.docx"
    out.write_bytes(Copy(layout).write(editor.comments, "2024-01-01T00:00:00Z"))
    anchored = {c["text"]: c["anchored"] for c in comments(out).values()}
    assert anchored == {"在编号里": "强化理论武装", "跨编号": "强化理", "跨格式": "理论武"}


# -- fixes as tracked changes ---------------------------------------------------------------


def test_accepting_every_revision_gives_what_fix_gives_the_text(tmp_path):
    original = full_document(tmp_path / "报告.docx")
    source = sources.load(original)
    as_text = tmp_path / "报告.txt"
    as_text.write_text(source.text, encoding="utf-8")
    assert zhidang("check", "--fix", as_text).exit_code in (0, 1)
    fixed = as_text.read_text(encoding="utf-8")
    assert fixed != source.text

    annotated = annotate(original, "--fix")
    revisions = [e for e in body(annotated).iter(W + "ins", W + "del") if e.get(W + "author") == "zhidang"]
    assert revisions and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e.get(W + "date")) for e in revisions)
    accepted = accept_all(annotated, tmp_path / "accepted.docx")
    rejected = reject_all(annotated, tmp_path / "rejected.docx")
    assert sources.load(accepted).text.replace("新增内容", "删去内容") == fixed.replace("新增内容", "删去内容")
    assert sources.load(annotated).text == fixed  # zhidang reads revisions as accepted
    # no comment mark sits inside an insertion: rejecting every change keeps every comment's anchor
    assert all(c["anchored"] is not None for c in zhidang_comments(rejected))
    # their own tracked changes accepted/rejected too: compare the reviewers' text alike
    assert sources.load(rejected).text.replace("删去内容", "") == source.text.replace("新增内容", "")
    # a revision keeps the run's formatting: the comma after the bold run is plain
    assert not check_json(annotated, "--select", "halfwidth-punctuation")["findings"]


def test_a_fix_across_formatting_becomes_a_comment(tmp_path):
    d = new_document()
    d.add_paragraph(TITLE)
    p = d.add_paragraph("加强(")
    p.add_run("党建").bold = True
    p.add_run(")工作。")  # (党建) → （党建）: one fix over a plain, a bold and a plain run
    p2 = d.add_paragraph("召开会议")
    p2.add_run(";").italic = True  # one run: its formatting is kept
    p2.add_run("研究部署。")
    original = save(d, tmp_path / "f.docx")
    annotated = annotate(original, "--fix")
    root = body(annotated)
    inserted = [e for e in root.iter(W + "ins")]
    assert inserted, "the one-run fix is a revision"
    run = inserted[-1].find(W + "r")
    assert run.find(W + "rPr") is not None and run.find(W + "rPr").find(W + "i") is not None
    declined = [c for c in zhidang_comments(annotated) if "未自动记为修订" in c["text"]]
    assert declined, [c["text"] for c in zhidang_comments(annotated)]
    assert [c["anchored"] for c in declined] == ["(党建)"]
    assert declined[0]["text"].split("\n")[1].startswith("可改为“（党建）”")
    accepted = sources.load(accept_all(annotated, tmp_path / "a.docx")).text
    assert accepted.split("\n")[1:] == ["加强(党建)工作。", "召开会议；研究部署。"]
    # the declined fix is reported as a suggestion, not as fixable
    brackets = check_json(annotated, "--select", "halfwidth-brackets")["findings"]
    assert [f["fix"] for f in brackets] == [{"replacement": "（党建）", "safe": False}]


def test_check_fix_on_docx_writes_a_revised_copy(tmp_path):
    original = full_document(tmp_path / "报告.docx")
    before = Path(original).read_bytes()
    result = zhidang("check", "--fix", original)
    assert result.exit_code == 1  # placeholders remain
    copy = tmp_path / "报告（修订）.docx"
    assert Path(original).read_bytes() == before
    assert copy.exists()
    assert "已把 4 处修复记为 Word 修订，写入" in result.stderr and "原文件未改动" in result.stderr
    assert "halfwidth-punctuation" not in result.stdout  # the findings after fixing
    mine = [e for e in body(copy).iter(W + "ins", W + "del") if e.get(W + "author") == "zhidang"]
    assert len(mine) == 8
    assert not zhidang_comments(copy)  # check --fix: revisions only (no declined fix here)
    diff = zhidang("check", "--diff", original)
    assert diff.exit_code == 1 and "-学习不够深入,效果有待提升;整改不够彻底。" in diff.stdout
    assert "+学习不够深入，效果有待提升；整改不够彻底。" in diff.stdout


def test_nothing_to_fix_writes_no_copy(tmp_path):
    original = full_document(tmp_path / "报告.docx", fixable=False)
    result = zhidang("check", "--fix", original)
    assert result.exit_code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.docx"]


# -- the same gate as check -----------------------------------------------------------------


def test_suppression_baseline_select_and_ignore_as_check(tmp_path):
    d = new_document()
    d.add_paragraph(TITLE)
    kept = d.add_paragraph("引用原文：推动新时代××妇女事业。")
    d.add_comment(kept.runs, text="zhidang-disable placeholder 引用原文", author="审核人")
    d.add_paragraph("全年开展学习**次,提升能力。")
    d.add_paragraph("召开会议**次。")
    original = save(d, tmp_path / "s.docx")
    baseline = tmp_path / "baseline.json"
    assert zhidang("check", "--select", "placeholder", "--write-baseline", baseline, original).exit_code == 0
    d.add_paragraph("新增问题**项。")
    original = save(d, tmp_path / "s.docx")
    for options in ([], ["--select", "placeholder"], ["--ignore", "placeholder,year-topic"],
                    ["--baseline", str(baseline)]):
        annotated = annotate(original, *options, output=str(tmp_path / "out.docx"))
        assert_anchored_on_findings(annotated, original, *options)
    anchored = [c["anchored"] for c in zhidang_comments(annotated) if rule_of(c) == "placeholder"]
    assert anchored == ["**"] and "新增问题**项" in sources.load(original).text


def test_own_comments_are_not_directives(tmp_path):
    """A comment by zhidang that happened to read like a directive is not one;
    the same comment by a reviewer is."""
    d = new_document()
    d.add_paragraph(TITLE)
    p = d.add_paragraph("全年开展学习**次。")
    d.add_comment(p.runs, text="zhidang-disable placeholder", author="zhidang")
    path = save(d, tmp_path / "own.docx")
    assert [f["rule"] for f in check_json(path)["findings"]].count("placeholder") == 1
    d.add_comment(p.runs, text="zhidang-disable placeholder", author="审核人")
    path = save(d, tmp_path / "own.docx")
    assert [f["rule"] for f in check_json(path)["findings"]].count("placeholder") == 0


# -- text reports ------------------------------------------------------------------------------


def test_text_report_becomes_a_docx_with_the_same_comments(tmp_path):
    from conftest import SEED

    text = SEED["003"].read_text(encoding="utf-8")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    found = check_json(path)
    out = annotate(path)
    assert_anchored_on_findings(out, path)
    assert sources.load(out).text == text.rstrip("\n") or sources.load(out).text == text
    again = check_json(out)
    key = lambda f: (f["rule"], f["line"], f["column"], f["excerpt"])  # noqa: E731
    assert sorted(map(key, again["findings"])) == sorted(map(key, found["findings"]))
    import docx

    document = docx.Document(out)
    styles = {p.text: p.style.name for p in document.paragraphs}
    first = text.split("\n")[0]
    assert styles[first] == "Title" and "Heading 1" in styles.values()


def test_markdown_headings_are_styled_and_unmarked(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(f"# {TITLE}\n\n## 一、坚持政治统领\n\n全年开展学习**次,提升能力。\n", encoding="utf-8")
    out = annotate(path, "--fix")
    import docx

    document = docx.Document(out)
    assert [(p.style.name, p.text) for p in document.paragraphs if p.text] == [
        ("Title", TITLE), ("Heading 2", "一、坚持政治统领"), ("Normal", "全年开展学习**次提升能力。")]
    anchored = {rule_of(c): c["anchored"] for c in zhidang_comments(out)}
    assert anchored["placeholder"] == "**"
    accepted = sources.load(accept_all(out, tmp_path / "a.docx")).text
    assert accepted.rstrip("\n").split("\n")[-1] == "全年开展学习**次，提升能力。"


def test_guide_shows_a_real_screenshot():
    guide = (Path(__file__).parent.parent / "docs" / "guide.md").read_text(encoding="utf-8")
    assert "zhidang annotate" in guide and "(img/annotate-libreoffice.png)" in guide
    image = Path(__file__).parent.parent / "docs" / "img" / "annotate-libreoffice.png"
    assert image.read_bytes().startswith(b"\x89PNG")


# -- command line ------------------------------------------------------------------------------


def test_default_name_and_errors(tmp_path):
    original = full_document(tmp_path / "报告.docx")
    result = zhidang("annotate", original)
    assert result.exit_code == 0
    assert (tmp_path / "报告（审阅）.docx").exists()
    assert "报告（审阅）.docx：批注" in result.stderr
    assert zhidang("annotate", original, original, "-o", tmp_path / "x.docx").exit_code == 2
    same = zhidang("annotate", original, "-o", original)
    assert same.exit_code == 2 and "不能写到原文件上" in same.stderr
    missing = zhidang("annotate", tmp_path / "无.docx")
    assert missing.exit_code == 2 and missing.stderr.count("\n") == 1
    assert zhidang("annotate", "-").exit_code == 2


def test_report_annotate_writes_a_copy_per_report_through_the_pool(tmp_path):
    from conftest import SEED

    folder = tmp_path / "各单位"
    (folder / "甲").mkdir(parents=True)
    (folder / "乙").mkdir()
    for i in range(8):
        shutil.copy(SEED["003"], folder / "甲" / f"{i}.txt")
        shutil.copy(SEED["001"], folder / "乙" / f"{i}.txt")
    full_document(folder / "乙" / "报告.docx")
    out = tmp_path / "审阅稿"
    result = zhidang("report", folder, "-o", tmp_path / "r.html", "--annotate", out, "-j", "2")
    assert result.exit_code == 0, result.output
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.docx"))
    assert len(written) == 17 and "乙/报告（审阅）.docx" in written and "甲/0（审阅）.docx" in written
    assert "已写出 17 份 Word 审阅稿" in result.stderr
    assert (tmp_path / "r.html").exists()
    assert_anchored_on_findings(out / "乙" / "报告（审阅）.docx", folder / "乙" / "报告.docx")


# -- LibreOffice -------------------------------------------------------------------------------


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; "
                                                           ".ci/run installs libreoffice-writer-nogui")


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """Run LibreOffice headless with a profile of its own."""
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(path, to: str, folder, infilter: str | None = None) -> Path:
        command = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
        if infilter:
            command.append(f"--infilter={infilter}")
        command += ["--convert-to", to, "--outdir", str(folder), str(path)]
        done = subprocess.run(command, capture_output=True, timeout=180)
        target = Path(folder) / (Path(path).stem + "." + to.split(":")[0])
        assert done.returncode == 0 and target.exists(), done.stderr.decode(errors="replace")
        return target

    return convert


@pytest.mark.slow
@needs_soffice
def test_libreoffice_document_annotated_and_converted(tmp_path, office):
    """A .docx LibreOffice wrote (it splits runs by script: 2023|年度…, ,|提升): anchors
    and fixes are exact; LibreOffice reads the annotated copy back to .docx and .pdf
    and keeps the comments and the revisions."""
    text = f"{TITLE}\n一、坚持政治统领\n全年开展学习2次,召开会议**次,提升能力。\n二、存在问题\n学习不够深入;效果一般。\n"
    plain = tmp_path / "lo.txt"
    plain.write_text(text, encoding="utf-8")
    made = office(plain, "docx:MS Word 2007 XML", tmp_path / "made", infilter="Text (encoded):UTF8,LF,,,")
    assert len(list(body(made).iter(W + "r"))) > 5  # LibreOffice's own run structure
    source = sources.load(made)
    found = check_json(made)
    annotated = annotate(made, "--fix")
    fixed = check_json(annotated)
    assert_anchored_on_findings(annotated, annotated)
    plain_fixed = tmp_path / "fixed.txt"
    plain_fixed.write_text(source.text, encoding="utf-8")
    zhidang("check", "--fix", plain_fixed)
    assert sources.load(accept_all(annotated, tmp_path / "accepted.docx")).text == plain_fixed.read_text(
        encoding="utf-8")
    assert found["findings"] != fixed["findings"]

    round_trip = office(annotated, "docx:MS Word 2007 XML", tmp_path / "lo-docx")
    kept = {(c["author"], c["anchored"], c["text"]) for c in comments(round_trip).values()}
    ours = {(c["author"], c["anchored"], c["text"]) for c in comments(annotated).values()}
    assert kept == ours
    revisions = [(e.tag, e.get(W + "author")) for e in body(round_trip).iter(W + "ins", W + "del")]
    assert revisions and {author for _, author in revisions} == {"zhidang"}
    assert len(revisions) == len([e for e in body(annotated).iter(W + "ins", W + "del")])
    pdf = office(annotated, "pdf", tmp_path / "lo-pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):  # LibreOffice shows the revisions: the deleted "," struck through, then "，"
        shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True).stdout.decode()
        assert "次,，召开会议**次,，提升能力" in shown


@pytest.mark.slow
@needs_soffice
def test_python_docx_report_survives_libreoffice(tmp_path, office):
    original = full_document(tmp_path / "报告.docx")
    annotated = annotate(original, "--fix")
    round_trip = office(annotated, "docx:MS Word 2007 XML", tmp_path / "lo-docx")
    ours = sorted(c["text"] for c in zhidang_comments(annotated))
    assert sorted(c["text"] for c in zhidang_comments(round_trip)) == ours
    assert {c["text"] for c in comments(round_trip).values() if c["author"] == "审核人"} == {"请补充数据"}
    authors = [e.get(W + "author") for e in body(round_trip).iter(W + "ins", W + "del")]
    assert authors.count("zhidang") == 8 and authors.count("审核人") == 2
    assert sources.load(round_trip).text == sources.load(annotated).text
    office(annotated, "pdf", tmp_path / "lo-pdf")


@pytest.mark.slow
@needs_soffice
def test_odt_converted_by_libreoffice(tmp_path, office):
    """LibreOffice's .odt → .docx (styles, headings by outline level) annotated."""
    text = f"{TITLE}\n一、坚持政治统领\n召开会议**次。\n"
    plain = tmp_path / "o.txt"
    plain.write_text(text, encoding="utf-8")
    odt = office(plain, "odt", tmp_path / "odt", infilter="Text (encoded):UTF8,LF,,,")
    made = office(odt, "docx:MS Word 2007 XML", tmp_path / "docx")
    annotated = annotate(made)
    assert_anchored_on_findings(annotated, made)
    assert paragraph_texts(annotated) == paragraph_texts(made)
    office(annotated, "pdf", tmp_path / "pdf")


# -- the editor, whatever the span (hypothesis) -------------------------------------------------

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st  # noqa: E402


def _mixed_document(path) -> str:
    """Runs of every kind the reader maps: split formatting, tabs, breaks, a
    hyperlink, someone's insertion, a table, Word-numbered paragraphs."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = new_document()
    add_abstract_numbering(d, 10, [("chineseCounting", "%1、", 1), ("chineseCounting", "（%1）", 1)])
    add_num(d, 10, 10)
    d.add_paragraph(TITLE)
    p = d.add_paragraph("全年开展")
    p.add_run("警示").bold = True
    p.add_run("教育\t12次")
    p.add_run().add_break()
    p.add_run("覆盖党员").italic = True
    p._p.append(parse_xml(f'<w:hyperlink {nsdecls("w", "r")} w:anchor="a"><w:r><w:t>链接文字</w:t></w:r>'
                          f'<w:r><w:rPr><w:b/></w:rPr><w:t>加粗</w:t></w:r></w:hyperlink>'))
    p.add_run("。")
    add_tracked(p, "ins", "他人插入", 300)
    p.add_run("结尾")
    numbered = d.add_paragraph("强化理论")
    numbered.add_run("武装").underline = True
    set_numbering(numbered, 10, 0)
    item = d.add_paragraph("深入学习")
    set_numbering(item, 10, 1)
    d.add_paragraph("")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "单元格"
    table.cell(0, 1).paragraphs[0].add_run("甲")
    table.cell(0, 1).paragraphs[0].add_run("乙丙").bold = True
    d.add_paragraph("末段文字")
    return save(d, path)


class _Bytes(bytes):
    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return f"<{len(self)} bytes of .docx>"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    return _Bytes(Path(_mixed_document(tmp_path_factory.mktemp("mixed") / "mixed.docx")).read_bytes())


def _spans(size: int):
    return st.lists(st.tuples(st.integers(0, size), st.integers(0, 12)), min_size=1, max_size=6)


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_comment_is_anchored_on_its_span(mixed, tmp_path, data):
    from linter.sources.docx import read_layout
    from linter.word.edit import Editor
    from linter.word.package import Copy

    source, layout = read_layout(mixed, "m.docx")
    text = source.text
    editor = Editor(source, layout, date="2024-01-01T00:00:00Z", first_id=Copy(layout).first_free_id())
    wanted = {}
    for n, (start, length) in enumerate(data.draw(_spans(len(text)))):
        end = min(start + length, len(text))
        editor.comment(start, end, [f"c{n}"])
        wanted[f"c{n}"] = visible(source, start, end)
    out = tmp_path / "out.docx"
    out.write_bytes(Copy(layout).write(editor.comments, "2024-01-01T00:00:00Z"))
    assert {c["text"]: c["anchored"] for c in comments(out).values() if c["author"] == "zhidang"} == wanted
    assert sources.load(out).text == text
    assert paragraph_texts(out) == paragraph_texts(_saved(mixed, tmp_path))


def _saved(data: bytes, folder) -> Path:
    path = folder / "mixed.docx"
    path.write_bytes(data)
    return path


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_revision_accepts_to_the_fixed_text_and_rejects_to_the_original(mixed, tmp_path, data):
    """Rounds of random replacements, as --fix makes them: each one recorded is
    exact (accepting every change gives the text with it applied), each one
    declined changes nothing; rejecting every change gives the original."""
    from linter.fix import apply
    from linter.results import Fix
    from linter.sources.docx import read_layout
    from linter.word.edit import Editor
    from linter.word.package import Copy

    source, layout = read_layout(mixed, "m.docx")
    original = source.text
    package = Copy(layout)
    editor = Editor(source, layout, date="2024-01-01T00:00:00Z", first_id=package.first_free_id())
    for _ in range(data.draw(st.integers(1, 3))):
        text = source.text
        fixes, last = [], 0
        for start, length in sorted(data.draw(_spans(len(text)))):
            if start < last:
                continue
            end = min(start + length % 4, len(text))
            fixes.append(Fix(start, end, data.draw(st.sampled_from(["", "，", "；", "同志", "\t"])), True))
            last = end + 1
        done = [f for f in reversed(fixes) if editor.revise(f.start, f.end, f.replacement)]
        source, layout = layout.reread()
        editor.bind(source, layout)
        assert source.text == apply(text, done)
    out = tmp_path / "out.docx"
    out.write_bytes(package.write(editor.comments, "2024-01-01T00:00:00Z"))
    root = body(out)
    changes = list(root.iter(W + "ins", W + "del"))
    assert all(len(change) for change in changes)  # none empty
    assert not [c for c in changes if c.get(W + "author") == "zhidang"
                and any(a.tag in (W + "ins", W + "del") for a in c.iterancestors())]  # none nested
    assert len({c.get(W + "id") for c in changes}) == len(changes)
    assert sources.load(accept_all(out, tmp_path / "a.docx")).text == source.text
    assert sources.load(reject_all(out, tmp_path / "r.docx")).text.replace("他人插入", "") == \
        original.replace("他人插入", "")


def test_a_folder_walk_leaves_out_the_reviewed_copies(tmp_path):
    """annotate writes 报告（审阅）.docx beside 报告.txt: checking the folder again must not check the
    report twice (the copy is the same text with comments); named on its own, the copy is checked."""
    from conftest import SEED

    shutil.copy(SEED["003"], tmp_path / "报告.txt")
    assert zhidang("annotate", "-q", str(tmp_path)).exit_code in (0, 1)
    copy = tmp_path / "报告（审阅）.docx"
    assert copy.exists()
    assert [p for p, _ in sources.iter_paths([tmp_path])] == [str(tmp_path / "报告.txt")]
    def checked(path):
        result = zhidang("check", "-f", "json", "--exit-zero", path)
        return [f["path"] for f in json.loads(result.stdout)["files"]]

    assert checked(str(tmp_path)) == [str(tmp_path / "报告.txt")]
    assert checked(str(copy)) == [str(copy)]
    from linter import annotate
    assert sources._REVIEWED_COPY == annotate.REVIEWED + ".docx"  # the walk knows annotate's name
