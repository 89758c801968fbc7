"""Invalid rulebooks are reported with the file and YAML line, exit 2."""

import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter import rulebook
from linter.cli import cli
from linter.errors import RulebookError

VALID = """\
id: mini
title: 小规则库
rules:
  - id: placeholder
    type: pattern
    severity: error
    message: 占位符“{match}”
    description: 占位符。
    patterns: ['\\*{2,}']
    examples:
      fail: ['**次']
      pass: ['12次']
"""


def write(tmp_path, text, name="book.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(tmp_path, text):
    path = write(tmp_path, text)
    with pytest.raises(RulebookError) as info:
        rulebook.load(str(path))
    return info.value


def test_valid_minimal_rulebook(tmp_path):
    book = rulebook.load(str(write(tmp_path, VALID)))
    assert book.id == "mini" and [r.id for r in book.rules] == ["placeholder"]


@pytest.mark.parametrize("change,line,words", [
    (("patterns: ['\\*{2,}']", "patterns: ['\\*{2,', '(']"), 9, "正则表达式"),
    (("type: pattern", "type: patern"), 5, "未知的规则类型“patern”"),
    (("    message: 占位符“{match}”\n", ""), 4, "缺少字段“message”"),
    (("severity: error", "severity: fatal"), 6, "severity"),
    (("      pass: ['12次']\n", ""), 11, "examples.pass"),
    (("    description: 占位符。\n", "    description: 占位符。\n    colour: red\n"), 9, "未知字段“colour”"),
    (("id: placeholder", "id: Place_holder"), 4, "id"),
    (("message: 占位符“{match}”", "message: 占位符“{what}”"), 7, "{what}"),
    (("title: 小规则库", "title: [小规则库"), 3, "YAML 语法错误"),
    (("patterns: ['\\*{2,}']", "patterns: '\\*{2,}'"), 9, "应为列表"),
])
def test_invalid_rulebooks(tmp_path, change, line, words):
    old, new = change
    assert old in VALID
    error = error_of(tmp_path, VALID.replace(old, new))
    assert error.line == line
    assert words in error.message
    assert str(error).startswith(f"{tmp_path / 'book.yaml'}:{line}: ")


def test_a_built_in_rulebooks_shape_is_checked_when_strict_and_every_built_in_one_passes(tmp_path, monkeypatch):
    """A built-in rulebook is read without checking its keys and message fields on every run (the package ships
    it checked); ``strict`` (``zhidang rules test``, and this test for each built-in one) checks them."""
    for name in rulebook.builtin_names():
        assert rulebook.load(name, strict=True).id == name
    monkeypatch.setattr(rulebook, "is_builtin", lambda path: True)  # (a copy edited by hand, read as a built-in)
    path = write(tmp_path, VALID.replace("    description: 占位符。\n", "    description: 占位符。\n    colour: red\n"))
    assert [r.id for r in rulebook.load(str(path)).rules] == ["placeholder"]
    with pytest.raises(RulebookError, match="未知字段“colour”"):
        rulebook.load(str(path), strict=True)
    path = write(tmp_path, VALID.replace("id: placeholder", "id: Place_holder"))  # (an id's form: a shape too)
    assert [r.id for r in rulebook.load(str(path)).rules] == ["Place_holder"]
    with pytest.raises(RulebookError, match="id"):
        rulebook.load(str(path), strict=True)


def test_bad_regex_reports_the_line_of_that_pattern(tmp_path):
    text = VALID.replace("patterns: ['\\*{2,}']", "patterns:\n      - 'ok'\n      - '(unclosed'")
    assert error_of(tmp_path, text).line == 11


def test_a_bad_pattern_in_a_built_in_rulebook_names_its_file_and_line():
    # built-in patterns compile on first use; one broken by hand is a rulebook error, not an internal one
    from linter.checks import options

    pattern = options.LazyPattern("十五五(")
    with pytest.raises(RulebookError) as raised:
        pattern.search("十五五")
    # (the pattern is in no built-in file: the error still says what and why)
    assert "正则表达式“十五五(”无效" in str(raised.value) and raised.value.path == "内置规则库"
    error = options._invalid_builtin("十五五", re.error("missing )"))
    assert error.path.endswith("common.yaml") and error.line and "十五五" in Path(error.path).read_text(
        encoding="utf-8").splitlines()[error.line - 1]


def test_an_error_in_an_inherited_entry_names_the_parent_file(tmp_path, monkeypatch):
    # a built-in parent is not validated on its own: an error in what the child inherits names the
    # parent's file and line, one in what the child changed names the child's
    from linter.rulebook import merge

    parent = write(tmp_path, VALID.replace("fail: ['**次']", "fail: [{a: 1}]"), "parent.yaml")
    monkeypatch.setattr(merge, "is_builtin", lambda path: True)
    child = write(tmp_path, f"extends: {parent}\nid: child\ntitle: 子规则库\n", "child.yaml")
    with pytest.raises(RulebookError) as info:
        rulebook.load(str(child))
    assert info.value.path.endswith("parent.yaml") and info.value.line == 11  # (its examples.fail)
    child = write(tmp_path, f"extends: {parent}\nid: child\ntitle: 子规则库\nrules:\n  - id: placeholder\n"
                            "    severity: fatal\n", "child.yaml")
    with pytest.raises(RulebookError) as info:
        rulebook.load(str(child))
    assert info.value.path.endswith("child.yaml") and info.value.line == 6


def test_duplicate_ids_and_keys(tmp_path):
    rules = VALID.split("rules:\n")[1]
    error = error_of(tmp_path, VALID + rules.replace("  - id", "  - id", 1))
    assert "重复" in error.message and error.line == 13
    error = error_of(tmp_path, VALID.replace("title: 小规则库", "title: 小规则库\ntitle: 又一个"))
    assert "重复的键“title”" in error.message and error.line == 3


def test_unknown_builtin_and_missing_file(tmp_path):
    with pytest.raises(RulebookError, match="未知的规则库“nope”"):
        rulebook.load("nope")
    with pytest.raises(RulebookError, match="规则库文件不存在"):
        rulebook.load(str(tmp_path / "none.yaml"))


def test_cli_reports_invalid_rulebook_as_one_line(tmp_path):
    path = write(tmp_path, VALID.replace("type: pattern", "type: patern"))
    seed = tmp_path / "r.txt"
    seed.write_text("全年**次", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--rulebook", str(path), str(seed)])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert f"{path}:5:" in result.output and "未知的规则类型" in result.output
    assert "Traceback" not in result.output


# -- extends -------------------------------------------------------------------

def test_extends_changes_severity_disables_and_adds(tmp_path):
    path = write(tmp_path, """\
        extends: qmcz-annual-report
        id: my-unit
        title: 本单位报告
        disable: [residue-line, missing-united-front]
        elements:
          - id: problems
            severity: warning
            keywords+: [问题清单]
        rules:
          - id: placeholder
            severity: warning
          - id: unit-topic
            type: pattern
            severity: info
            message: 提到了“{match}”
            description: 本单位的专题。
            patterns: [乡村振兴]
            examples: {fail: [助力乡村振兴], pass: [助力发展]}
        """)
    book = rulebook.load(str(path))
    assert book.id == "my-unit"
    assert [e.id for e in book.elements] == ["political", "ideological", "organizational",
                                            "conduct", "discipline", "problems", "next-steps",
                                            "rectification", "ideology-responsibility", "clean-governance"]
    assert book.find("problems").severity == "warning"
    assert "问题清单" in book.find("problems").options["keywords"]
    assert "差距" in book.find("problems").options["heading"][8]  # inherited (issue 10: weighted heading terms)
    assert book.find("placeholder").severity == "warning"
    assert book.find("placeholder").options["patterns"]  # inherited
    assert book.find("residue-line") is None
    parent_ids = [r.id for r in rulebook.load("qmcz-annual-report").rules]
    assert [r.id for r in book.rules] == [i for i in parent_ids if i != "residue-line"] + ["unit-topic"]
    assert book.extends == "qmcz-annual-report"


def test_extends_errors(tmp_path):
    write(tmp_path, "extends: b.yaml\nid: a\ntitle: a\n", "a.yaml")
    write(tmp_path, "extends: a.yaml\nid: b\ntitle: b\n", "b.yaml")
    with pytest.raises(RulebookError, match="循环继承"):
        rulebook.load(str(tmp_path / "a.yaml"))
    with pytest.raises(RulebookError, match="extends 的规则库无效") as info:
        rulebook.load(str(write(tmp_path, "id: c\ntitle: c\nextends: nothere\n", "c.yaml")))
    assert info.value.line == 3
    with pytest.raises(RulebookError, match="disable 中的规则“nope”不存在"):
        rulebook.load(str(write(tmp_path, "extends: qmcz-annual-report\nid: d\ntitle: d\ndisable: [nope]\n", "d.yaml")))


@pytest.mark.parametrize("name", ["qmcz-annual-report", "party-building-report", "work-summary"])
def test_a_built_in_checklists_terms_are_checked_as_a_users_would_be(name, tmp_path):
    """A built-in rulebook's checklist terms are not compiled at start-up just to see that they compile
    (the built-in is trusted); read as a user's copy (validated), every term compiles all the same, and a
    broken term in such a copy is reported with its line."""
    from linter.rulebook import locate
    from linter.checks import element

    source = Path(locate.builtin_folder()) / f"{name}.yaml"
    text = source.read_text(encoding="utf-8")
    copy = tmp_path / "rules" / f"{name}.yaml"
    copy.parent.mkdir()
    copy.write_text(text, encoding="utf-8")
    for parent in ("qmcz-annual-report", "common"):  # (what it extends, beside it)
        (copy.parent / f"{parent}.yaml").write_text(
            (Path(locate.builtin_folder()) / f"{parent}.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    book = rulebook.load(str(copy))
    assert book.elements
    terms = [term for e in book.elements for option in ("heading", "body")
             for words in (e.options.get(option) or {}).values() for term in words]
    assert terms and all(element._expand(t) is not None or re.compile(t) for t in terms if element._is_pattern(t))
    assert all(re.compile(t) for e in book.elements for t in e.options.get("not") or ())
    broken = text.replace("10: [政治建设,", "10: ['政治(建设', 政治建设,", 1) if name == "qmcz-annual-report" else None
    if broken:
        copy.write_text(broken, encoding="utf-8")
        with pytest.raises(RulebookError, match="正则表达式“政治\\(建设”无效"):
            rulebook.load(str(copy))
