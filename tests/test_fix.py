"""``check --fix`` and ``--diff``: only safe fixes, atomically, keeping the
file's encoding, BOM and line endings; never placeholders or figures."""

import json
import os
import re
import shutil
import stat

import pytest

from conftest import SEED, run_zhidang
from linter import fix, rulebook as rulebooks
from linter.engine import check_source
from linter.errors import SourceError
from linter.sources.base import Source


def check_json(path, *extra):
    proc = run_zhidang("check", "-f", "json", *extra, str(path))
    return proc, json.loads(proc.stdout)


def test_fix_seed_002_commas_and_nothing_else(tmp_path):
    copy = tmp_path / "002.txt"
    shutil.copy(SEED["002"], copy)
    original = copy.read_bytes()
    proc, data = check_json(copy, "--fix")
    fixed = copy.read_bytes()
    assert proc.returncode == 0
    assert "已自动修复 192 处" in proc.stderr.decode()
    findings = data["files"][0]["findings"]
    assert not [f for f in findings if f["rule"] == "halfwidth-punctuation"]
    # the stray “|”: only a person deletes it; and what a reviewer says of the content (issue 11)
    assert [f["rule"] for f in findings if "fix" not in f and not f["rule"].startswith("missing-")
            and f["rule"] not in ("responsibility-chain", "form-closing", "thin-problems", "vague-problem")] == [
        "residue-line"]
    assert not [f for f in findings if "fix" in f]
    # Outside the fixed spans the bytes are the original ones: compare the two
    # texts character by character (every fix here keeps the length).
    before, after = original.decode("utf-8"), fixed.decode("utf-8")
    assert len(before) == len(after)
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert set(changed) == {(",", "，"), (";", "；"), (":", "："), ("(", "（"), (")", "）")}
    assert changed.count((",", "，")) == 181
    # …and byte for byte: the stretches between fixed characters, encoded as
    # they are in each file, are equal.
    at_original = at_fixed = 0
    stretch = []
    for a, b in [*zip(before, after), ("", "")]:
        if a == b and a:
            stretch.append(a)
            continue
        piece = "".join(stretch).encode("utf-8")
        assert original[at_original:at_original + len(piece)] == fixed[at_fixed:at_fixed + len(piece)] == piece
        at_original += len(piece) + len(a.encode("utf-8"))
        at_fixed += len(piece) + len(b.encode("utf-8"))
        stretch = []
    assert (at_original, at_fixed) == (len(original), len(fixed))
    # A second --fix finds nothing to do.
    proc = run_zhidang("check", "--fix", str(copy))
    assert copy.read_bytes() == fixed
    assert "已自动修复" not in proc.stderr.decode()


def test_diff_shows_the_fix_and_writes_nothing(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("一、政治建设\n全年开展学习,提升能力。\n", encoding="utf-8")
    before = path.read_bytes()
    proc = run_zhidang("check", "--diff", str(path))
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert path.read_bytes() == before
    assert f"--- {path}\n+++ {path}\n" in out
    assert "-全年开展学习,提升能力。\n+全年开展学习，提升能力。\n" in out
    path.write_text("一、政治建设\n全年开展学习，提升能力。\n", encoding="utf-8")
    proc = run_zhidang("check", "--diff", str(path))
    assert proc.returncode == 0 and proc.stdout == b""


def test_crlf_and_bom_are_kept(tmp_path):
    path = tmp_path / "crlf.txt"
    text = "一、政治建设\r\n坚持学习,强化监督;严明纪律。\r\n以习近平总书记为核心的党中央\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    proc = run_zhidang("check", "--fix", str(path))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    body = data[3:].decode("utf-8")
    assert body == "一、政治建设\r\n坚持学习，强化监督；严明纪律。\r\n以习近平同志为核心的党中央\r\n"
    assert body.count("\r\n") == 3 and body.count("\n") == 3
    assert "已自动修复 3 处" in proc.stderr.decode()


def test_gbk_file_stays_gbk(tmp_path):
    """The writer works from Source.encoding: a GBK source (as a reader that
    detects GBK produces it) is written back in GBK."""
    path = tmp_path / "gbk.txt"
    text = "一、政治建设\r\n全年开展学习,提升能力。\r\n"
    path.write_bytes(text.encode("gbk"))
    source = Source(str(path), text, encoding="gbk")
    book = rulebooks.load()
    outcome = fix.fix_source(source, lambda current: check_source(current, book))
    assert outcome.text == "一、政治建设\r\n全年开展学习，提升能力。\r\n"
    fix.write_text(str(path), source, outcome.text)
    assert path.read_bytes() == outcome.text.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")


def test_gbk_file_stays_gbk_through_the_cli(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("一、政治建设\n全年开展学习,提升能力。\n".encode("gbk"))
    run_zhidang("check", "--fix", str(path))
    assert path.read_bytes() == "一、政治建设\n全年开展学习，提升能力。\n".encode("gbk")


@pytest.mark.parametrize("encoding,prefix", [("utf-16", b"\xff\xfe"), ("utf-16-be", b"")])
def test_utf16_with_and_without_bom(tmp_path, encoding, prefix):
    """write_text keeps UTF-16 and its BOM (or its absence)."""
    path = tmp_path / "u16.txt"
    text = "全年开展学习,提升能力。\n"
    original = prefix + text.encode("utf-16-le" if prefix else encoding)
    path.write_bytes(original)
    source = Source(str(path), text, encoding=encoding)
    fix.write_text(str(path), source, "全年开展学习，提升能力。\n")
    assert path.read_bytes() == prefix + "全年开展学习，提升能力。\n".encode("utf-16-le" if prefix else encoding)


def test_a_file_changed_since_it_was_read_is_left_alone(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("全年开展学习,提升能力。", encoding="utf-8")
    source = Source(str(path), "全年开展学习,提升能力。")
    path.write_text("别人刚改过。", encoding="utf-8")
    with pytest.raises(SourceError, match="已被改动"):
        fix.write_text(str(path), source, "全年开展学习，提升能力。")
    assert path.read_text(encoding="utf-8") == "别人刚改过。"


def test_write_is_atomic_keeps_mode_and_symlink(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("全年开展学习,提升能力。", encoding="utf-8")
    os.chmod(target, 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    run_zhidang("check", "--fix", str(link))
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "全年开展学习，提升能力。"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]  # no temporary left


def test_placeholders_and_figures_are_never_fixed(tmp_path):
    book = tmp_path / "book.yaml"
    book.write_text("""\
extends: common
id: eager
title: 过于积极的规则
precedence: []  # keep the findings that overlap a placeholder: their fixes are what is tested
rules:
  - id: fill-in
    type: substitution
    severity: warning
    message: “{match}”→“{replacement}”
    description: 把占位符换成文字（不应被 --fix 采用）。
    substitutions:
      - {find: '\\*\\*次', replace: 若干次, safe: true, example: 开展**次}
      - {find: '(\\d+)次', replace: 多次, safe: true, example: 开展12次}
    examples: {fail: [开展**次], pass: [开展若干次]}
""", encoding="utf-8")
    path = tmp_path / "r.txt"
    path.write_text("全年开展学习**次,召开会议12次,习**总书记。", encoding="utf-8")
    proc, data = check_json(path, "--fix", "--rulebook", str(book))
    assert path.read_text(encoding="utf-8") == "全年开展学习**次，召开会议12次，习**总书记。"
    fixes = {f["excerpt"]: f.get("fix") for f in data["files"][0]["findings"]}
    assert fixes["**次"] == {"replacement": "若干次", "safe": False}
    assert fixes["12次"] == {"replacement": "多次", "safe": False}
    assert fixes["习**总书记"] == {"replacement": "习近平总书记", "safe": False}


def test_formats_without_a_writer_get_suggestions_only(monkeypatch):
    """A format --fix cannot write back (.docx) gets its fixes as suggestions;
    the same text in a writable format gets them as safe fixes."""
    from linter.sources import base

    book = rulebooks.load()
    source = Source("r.docx", "全年开展学习,提升能力。", format="docx")
    result = check_source(source, book)
    assert [(f.rule, f.fix.safe) for f in result.findings if f.fix] == [("halfwidth-punctuation", False)]
    assert fix.fix_source(source, lambda current: check_source(current, book)).text == source.text
    monkeypatch.setattr(base, "WRITABLE_FORMATS", base.WRITABLE_FORMATS | {"docx"})
    assert check_source(source, book).findings[-1].fix.safe is True


def test_json_fix_key_only_when_there_is_a_fix():
    proc, data = check_json(SEED["003"])
    findings = data["files"][0]["findings"]
    keys = {"rule", "severity", "line", "column", "end_line", "end_column", "message", "excerpt"}
    for f in findings:  # a grouped finding also lists its places
        assert set(f) - {"occurrences"} in (keys, keys | {"fix"})
    placeholder = next(f for f in findings if f["rule"] == "placeholder")
    assert "fix" not in placeholder and not any("fix" in o for o in placeholder["occurrences"])
    doubled = next(f for f in findings if f["rule"] == "doubled-char")
    assert doubled["fix"] == {"replacement": "年", "safe": False}


def test_text_output_marks_safe_fixes_and_counts_them():
    proc = run_zhidang("check", str(SEED["000"]))
    out = proc.stdout.decode()
    assert re.search(r":28:52: warning halfwidth-punctuation .*“,”.*“，” \[可自动修复\]$", out, re.M)
    assert "可用 --fix 自动修复 1 处" in out
    assert proc.returncode == 0


def test_crlf_utf16_file_through_the_cli(tmp_path):
    """Detection (UTF-16 with BOM, CRLF) and writing back agree end to end."""
    path = tmp_path / "u16.txt"
    path.write_bytes("\ufeff一、政治建设\r\n全年开展学习,提升能力。\r\n".encode("utf-16-le"))
    proc = run_zhidang("check", "--fix", str(path))
    assert proc.returncode in (0, 1), proc.stderr
    assert path.read_bytes() == "\ufeff一、政治建设\r\n全年开展学习，提升能力。\r\n".encode("utf-16-le")


def test_fix_respects_project_config(tmp_path):
    """An ignored rule is not fixed: --fix goes through the same gate as check."""
    (tmp_path / ".zhidang.yaml").write_text("ignore: [halfwidth-punctuation]\n", encoding="utf-8")
    path = tmp_path / "r.txt"
    path.write_text("全年开展学习,提升能力。\n", encoding="utf-8")
    run_zhidang("check", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == "全年开展学习,提升能力。\n"
    (tmp_path / ".zhidang.yaml").write_text("ignore: []\n", encoding="utf-8")
    run_zhidang("check", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == "全年开展学习，提升能力。\n"


def test_fix_refuses_stdin():
    proc = run_zhidang("check", "--fix", "-", input_bytes="全年开展学习,提升能力。".encode())
    assert proc.returncode == 2 and "--fix 不能改写标准输入" in proc.stderr.decode()
    proc = run_zhidang("check", "--diff", "-", input_bytes="全年开展学习,提升能力。".encode())
    assert proc.returncode == 1 and "+全年开展学习，提升能力。" in proc.stdout.decode()
