"""Real inputs: bad and hostile files, legacy formats, Markdown, standard input."""

import io
import json
import zipfile

import pytest
from click.testing import CliRunner

from conftest import SEED, run_zhidang
from linter import sources
from linter.cli import cli
from linter.engine import build_document, check_source
from linter.sources import docx as docx_reader
from wordfiles import new_document, save

SECRET = "绝密-SECRET-7f3a"


def good_docx(tmp_path):
    doc = new_document()
    doc.add_paragraph("一、坚持政治统领")
    doc.add_paragraph("全年开展**次。")
    return save(doc, tmp_path / "good.docx")


def replace_part(docx_path, out_path, name, data):
    """Copy a .docx with one part replaced (or dropped when ``data`` is None)."""
    with zipfile.ZipFile(docx_path) as src, zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info.filename, src.read(info))
        if data is not None:
            dst.writestr(name, data)
    return out_path


def not_a_zip(d):
    (d / "假文档.docx").write_text("这不是 Word 文档", encoding="utf-8")
    return d / "假文档.docx", "不是有效的 .docx 文件（不是 ZIP 格式"


def zip_without_document(d):
    replace_part(good_docx(d), d / "残缺.docx", "word/document.xml", None)
    return d / "残缺.docx", "不是有效的 Word 文档（压缩包中没有 word/document.xml）"


def external_entity(d):
    secret = d / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    replace_part(good_docx(d), d / "实体.docx", "word/document.xml", xml.encode("utf-8"))
    return d / "实体.docx", "拒绝读取：word/document.xml 含有 DOCTYPE/实体声明"


def decompression_bomb(d):
    """A word/document.xml of 100 MB of spaces, 0.4 MB compressed."""
    path = d / "炸弹.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(100):
                member.write(chunk)
    assert path.stat().st_size < 1 << 20
    return path, "拒绝读取：word/document.xml 解压后有 100 MB，超过 64 MB 的上限"


def file_of(name, data, cause):
    """A bad input that is just bytes under a name."""
    def make(d):
        (d / name).write_bytes(data)
        return d / name, cause
    return make


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
empty_docx = file_of("空.docx", b"", "文件是空的（0 字节）")
empty_txt = file_of("空.txt", b"", "文件是空的（0 字节）")
binary_txt = file_of("图片.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)),
                     "不是文本文件（含有二进制内容）")
undecodable_txt = file_of("乱码.txt", "全面从严治党".encode("gbk") + b"\xff\xfe\xfa" + "报告".encode("gbk"),
                          "无法识别文件编码")
doc_renamed = file_of("旧.docx", OLE + b"\x00" * 1000,
                      "不是 .docx 格式，而是旧版 Word（.doc）或 WPS 文件改了扩展名")
legacy_doc = file_of("报告.doc", OLE, "不支持的文件类型 .doc：旧版 Word 格式，请在 Word 或 WPS 中打开，"
                                    "“另存为” Word 文档（.docx）")
legacy_wps = file_of("报告.wps", OLE, "不支持的文件类型 .wps：WPS 文字格式，请在 Word 或 WPS 中打开，“另存为”")
pdf = file_of("报告.pdf", b"%PDF-1.4", "不支持的文件类型 .pdf：PDF 无法可靠地还原段落和编号")
unknown = file_of("报告.xyz", b"x", "不支持的文件类型 .xyz：zhidang 检查 Word 文档（.docx）和文本文件（.txt、.md）")


BAD = {"not_a_zip": not_a_zip, "zip_without_document": zip_without_document,
       "external_entity": external_entity, "decompression_bomb": decompression_bomb,
       "empty_docx": empty_docx, "empty_txt": empty_txt, "binary_txt": binary_txt,
       "undecodable_txt": undecodable_txt, "doc_renamed": doc_renamed, "legacy_doc": legacy_doc,
       "legacy_wps": legacy_wps, "pdf": pdf, "unknown": unknown}


@pytest.mark.parametrize("make", BAD.values(), ids=BAD.keys())
def test_bad_input_one_line_exit_2_and_the_rest_still_checked(tmp_path, make):
    bad, cause = make(tmp_path)
    good = good_docx(tmp_path)
    proc = run_zhidang("check", str(SEED["000"]), str(bad), good)
    stdout, stderr = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    assert proc.returncode == 2
    assert stderr.splitlines() == [stderr.strip()]  # one line
    assert stderr.startswith(f"zhidang: 错误：{bad}: {cause}"), stderr
    assert "Traceback" not in stderr + stdout and SECRET not in stderr + stdout
    # both good files were still checked
    assert f"{SEED['000']} 检查清单" in stdout
    assert f"{good}:2:5 (第2段): error placeholder" in stdout
    assert f"{bad}: 无法检查 {cause}" in stdout


def test_external_entity_is_never_resolved(tmp_path):
    """Not even in the parser: the entity stays a reference."""
    from lxml import etree

    path, _ = external_entity(tmp_path)
    blob = zipfile.ZipFile(path).read("word/document.xml")
    root = etree.fromstring(blob, docx_reader._xml_parser())
    assert SECRET not in etree.tostring(root, encoding="unicode")


def test_lying_zip_header_is_damage_not_a_bomb(tmp_path):
    """A member that inflates past its declared size is cut at that size and
    then fails its checksum: zipfile never inflates more than declared."""
    path = tmp_path / "lie.docx"
    good = zipfile.ZipFile(good_docx(tmp_path))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in good.infolist():
            z.writestr(info.filename, good.read(info))
    data = bytearray(buf.getvalue())
    # Declare word/document.xml 10 bytes long in the central directory.
    central = data.rfind(b"PK\x01\x02", 0, data.find(b"word/document.xml", data.find(b"PK\x01\x02")))
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(Exception) as info:
        sources.load(path)
    assert "Word 文档已损坏或是压缩炸弹：word/document.xml 解压出的内容与文件头记录的大小或校验值不符" in str(info.value)


# -- Markdown ------------------------------------------------------------------

MARKDOWN = """---
title: 草稿 **待定**
---
# 2023年度全面从严治党主体责任落实情况报告

## 一、坚持政治统领

全年开展专题学习**次。

```text
模板示例：全年开展**次，覆盖XX人次。
```

~~~~
## 二、存在问题（代码块中的标题不算）
~~~~

## 二、存在问题

一是学习不深入。
"""


def test_markdown_code_and_front_matter_are_not_report_text(tmp_path, rulebook):
    path = tmp_path / "report.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    source = sources.load(path)
    assert source.format == "markdown"
    document = build_document(source)
    assert len(document.norm) == len(source.text)
    assert [(source.position(h.start)[0], h.level) for h in document.headings] == [
        (4, 1), (6, 2), (18, 2)]
    result = check_source(source, rulebook)
    assert [(f.line, f.column, f.excerpt) for f in result.findings if f.rule == "placeholder"] == [
        (8, 9, "**")]
    got = {i.id: (i.status, i.line) for i in result.checklist}
    assert got["political"] == ("present", 6) and got["problems"][1] == 18


def test_a_block_marked_as_text_is_the_report():
    # (a chat assistant's answer that wraps the report in ```markdown … ```: the report is the text; a code block
    # and what follows it are not)
    from linter.sources.markdown import hidden_spans

    text = "好的，以下是总结：\n```markdown\n# 2025年度工作总结\n一、主要工作\n```\n希望对您有帮助！\n```python\nprint(1)\n```\n"
    code = text.index("```python")
    assert hidden_spans(text) == [(code, len(text))]
    marked = text.replace("```markdown", "```text")
    assert hidden_spans(marked) == [(marked.index("```python"), len(marked))]
    plain = text.replace("```markdown", "```")  # (a bare fence is code, as before)
    assert hidden_spans(plain) == [(plain.index("```"), plain.index("希望")), (plain.index("```python"), len(plain))]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_markdown_rule_is_markup_in_md_and_residue_in_a_text_copy(tmp_path, rulebook, suffix):
    # (--- between a chat's answer and its afterword: a .md file's thematic break, masked; a .txt copy's leftover)
    from linter.sources.markdown import thematic_breaks

    text = ("关于2025年度工作情况的报告\n一、主要工作\n全年召开党组会议12次，开展集中学习10次。\n\n---\n\n"
            "```\n---\n```\n二、存在问题\n学习不够深入。\n")
    rule = text.index("---")
    assert thematic_breaks(text, [(text.index("```"), text.rindex("```") + 3)]) == [(rule, rule + 3)]
    path = tmp_path / ("report" + suffix)
    path.write_text(text, encoding="utf-8")
    residue = [(o.line, o.excerpt) for f in check_source(sources.load(path), rulebook).findings if f.rule == "residue"
               for o in f.places()]
    # (in a text copy the code fence's lines are a Markdown leftover too: holdout645's blog posts)
    assert residue == ([] if suffix == ".md" else [(5, "---"), (7, "```"), (8, "---"), (9, "```")])


def test_unclosed_fence_runs_to_the_end():
    from linter.sources.markdown import hidden_spans

    text = "正文**\n```\n代码**\n"
    assert hidden_spans(text) == [(5, len(text))]
    assert hidden_spans("没有代码") == []
    assert hidden_spans("行内 ```code``` 不是代码块\n") == []


QUOTED = ("# 党务公开 | 区司法局党组2025年度报告\n\n原创 潆江司法\n\n"
          "> **中共潆江区司法局党组关于2025年度落实全面从严治党主体责任情况的报告**\n>\n"
          "> **（一）强化政治建设，确保正确方向**\n>\n> 局党组严格落实“第一议题”制度，全年学习12次。\n>\n"
          "> **（二）存在的问题**\n>\n> 一是理论学习还不够深入，学用结合不紧，个别党员参加集中学习时有缺席；二是基层党支部“三会一课”记录不规范，3个支部存在补记现象；三是对执法人员八小时以外监督手段不多。\n>\n"
          "> **（三）下一步工作打算**\n>\n> 一是持续加强理论武装，完善党组理论学习中心组学习制度，全年集中学习不少于12次；二是规范支部组织生活，每季度对“三会一课”记录开展一次检查；三是健全八小时以外监督机制。\n")


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_report_inside_a_markdown_quote(tmp_path, rulebook, suffix):
    """A WeChat page saved as Markdown (kept as .md or as .txt) holds the report in a quote:
    its > marks are no report text — the parts are found, a bare > is no residue, **bold** no blank."""
    path = tmp_path / f"report{suffix}"
    path.write_text(QUOTED, encoding="utf-8")
    source = sources.load(path)
    document = build_document(source)
    assert len(document.norm) == len(source.text)
    assert [source.position(h.start)[0] for h in document.headings] == [7, 11, 15]
    result = check_source(source, rulebook)
    got = {i.id: (i.status, i.line) for i in result.checklist}
    assert got["political"] == ("present", 7) and got["problems"] == ("present", 11)
    assert got["next-steps"] == ("present", 15)
    assert not [f for f in result.findings if f.rule in ("placeholder", "residue-line")]


def test_quote_marks_of_a_text_file_only_in_a_markdown_copy():
    from linter.sources.markdown import QUOTED_LINES, quote_marks

    assert quote_marks("> 一\n>\n>> 二\n  > 三\n") == [(0, 2), (4, 5), (6, 9), (11, 15)]
    assert quote_marks("> 只有一行\n正文。\n", QUOTED_LINES) == []
    assert quote_marks("正文 > 不在行首\n") == []


def test_markdown_in_gbk(tmp_path, rulebook):
    path = tmp_path / "report.md"
    path.write_bytes(MARKDOWN.encode("gbk"))
    source = sources.load(path)
    assert source.encoding == "gb18030" and source.text == MARKDOWN
    assert source.mask


# -- standard input -----------------------------------------------------------

def test_stdin_text_and_markdown():
    report = "一、坚持政治统领\n全年开展**次。\n".encode("gbk")
    result = CliRunner().invoke(cli, ["check", "-f", "json", "-"], input=report)
    data = json.loads(result.output)
    assert data["files"][0]["path"] == "-"
    assert [(f["line"], f["column"]) for f in data["files"][0]["findings"] if f["rule"] == "placeholder"] == [(2, 5)]

    md = "```\n**\n```\n# 标题\n全年**次\n".encode("utf-8")
    result = CliRunner().invoke(cli, ["check", "-f", "json", "--stdin-filename", "稿/报告.md", "-"], input=md)
    data = json.loads(result.output)
    assert data["files"][0]["path"] == "稿/报告.md"
    assert [(f["line"], f["column"]) for f in data["files"][0]["findings"] if f["rule"] == "placeholder"] == [(5, 3)]


def test_stdin_as_a_real_pipe_with_errors():
    proc = run_zhidang("check", "--stdin-filename", "报告.txt", "-", input_bytes="全年**次".encode("utf-8"))
    assert proc.returncode == 1 and "报告.txt:1:3: error placeholder" in proc.stdout.decode()
    proc = run_zhidang("check", "--stdin-filename", "报告.doc", "-", input_bytes=b"\xd0\xcf\x11\xe0")
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("zhidang: 错误：报告.doc: 不支持的文件类型 .doc")
    proc = run_zhidang("check", "-", input_bytes=b"")
    assert proc.returncode == 2 and proc.stderr.decode().startswith("zhidang: 错误：-: 文件是空的")


def test_a_transcripts_times_are_not_report_text(tmp_path):
    """视频号 文字稿: a time opening each line is masked, so the parts after it are read; three lines at least."""
    from linter.engine import build_document
    from linter.sources import load

    path = tmp_path / "t.txt"
    path.write_text("县公安局2025年度述责报告\n00:08 中共某县公安局委员会2025年度落实全面从严治党主体责任情况报告\n"
                    "00:16 各位领导、同志们：\n00:58 一是坚持政治建警，全年召开党委会24次。\n"
                    "01:46 二是坚持思想强警，开展专题学习12次。\n06:42 以上报告，请予评议。\n", encoding="utf-8")
    source = load(str(path))
    assert len(source.mask) == 5 and all(source.text[a:b].strip()[2] == ":" for a, b in source.mask)
    doc = build_document(source)
    assert doc.norm.splitlines()[3].lstrip().startswith("一是坚持政治建警")
    path.write_text("某局2025年工作总结\n09:30 召开全体会议。\n一、主要工作\n全年完成项目23个。\n", encoding="utf-8")
    assert not load(str(path)).mask  # (one line opened by a time: the report's own)
