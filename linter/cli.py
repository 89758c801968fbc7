"""The ``zhidang`` command line (click)."""

from __future__ import annotations

import functools
import os
import sys

import click

from linter import __version__
from linter.errors import UserError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Failure(click.ClickException):
    """A user error shown as one line on stderr, exit status 2."""

    exit_code = EXIT_ERROR

    def show(self, file=None):
        click.echo(f"zhidang: 错误：{self.message}", err=True)


def _user_errors(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except UserError as exc:
            raise _Failure(str(exc)) from None

    return wrapper


def _load_rulebook(name):
    from linter import rulebook

    if name == "auto":
        raise UserError("--rulebook auto 只能用于 zhidang check")

    return rulebook.load(name)


def _rulebook_choice(name):
    """(rulebook, choose): ``auto`` picks a built-in rulebook per document."""
    if name != "auto":
        return _load_rulebook(name), None
    from linter import genres, rulebook

    books = genres.genre_books()
    default = next(b for b in books if b.id == rulebook.DEFAULT_RULEBOOK)
    return default, lambda doc: genres.choose(doc, books, default.id)


_rulebook_option = click.option(
    "--rulebook",
    "-r",
    metavar="名称或文件",
    envvar="ZHIDANG_RULEBOOK",
    help="规则库：内置规则库名称（默认 qmcz-annual-report；auto 按材料自动选择）或 YAML 文件路径。",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="zhidang")
def cli():
    """zhidang：全面从严治党主体责任报告的检查工具。

    检查报告是否包含规定的各部分内容、是否残留占位符（**、××、XX）和网页水印，
    并给出检查清单。
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_rulebook_option
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="输出格式。")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True),
              help="把结果写入文件，而不是标准输出。")
@click.option("--color/--no-color", default=None, help="彩色输出（默认：仅在终端上）。")
@click.option("--no-checklist", is_flag=True, help="文本输出中不列检查清单。")
@click.option("--year", type=click.IntRange(1949, 2199), metavar="年份",
              help="报告的年份（默认从标题或正文开头识别），用于检查当年重点工作和年份错误。")
@click.option("--fix", is_flag=True,
              help="自动改正可以安全修复的问题（标点、规范表述），直接改写 .txt、.md 文件"
                   "（保留原编码、BOM 和换行符），再报告余下的问题。不会改动占位符和数字。")
@click.option("--diff", is_flag=True, help="只显示 --fix 将做的修改（统一差异格式），不改写文件。")
@_user_errors
def check(paths, rulebook, fmt, output_file, color, no_checklist, year, fix, diff):
    """检查报告文件（.txt、.md）或目录。

    --rulebook auto 按标题和结构为每份材料选择内置规则库（年度报告、述职报告、工作总结、发言材料），
    并在标准错误输出中说明选择了哪一个。

    退出状态：0 没有错误级别的问题；1 有问题（--diff：有需要修改之处）；
    2 用法错误、文件无法读取或规则库无效。
    """
    from linter.engine import check_paths
    from linter.reporters import REPORTERS

    book, choose = _rulebook_choice(rulebook)
    changes = []
    if fix or diff:
        from linter.fix import fix_paths

        run, changes = fix_paths(paths, book, year=year, choose=choose, write=not diff)
    else:
        run = check_paths(paths, book, year=year, choose=choose)
    for result in run.files:
        if result.chosen_because:
            click.echo(f"zhidang: {result.path}：自动选用规则库 {result.rulebook}"
                       f"（{result.rulebook_title}），因为{result.chosen_because}", err=True)
    if diff:
        click.echo("".join(change.diff for change in changes), nl=False)
        for error in run.errors:
            click.echo(f"zhidang: 错误：{error.path}: {error.message}", err=True)
        sys.exit(EXIT_ERROR if run.errors else EXIT_FINDINGS if changes else EXIT_OK)
    for change in changes:
        click.echo(f"zhidang: {change.path}：已自动修复 {len(change.edits)} 处", err=True)
    if color is None:
        color = output_file is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    rendered = REPORTERS[fmt].render(run, book, color=color, checklist=not no_checklist)
    if output_file:
        with open(output_file, "w", encoding="utf-8") as handle:
            handle.write(rendered)
    else:
        click.echo(rendered, nl=False, color=color)
    for error in run.errors:
        click.echo(f"zhidang: 错误：{error.path}: {error.message}", err=True)
    if run.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if run.count("error") else EXIT_OK)


@cli.group()
def rules():
    """查看和测试规则库。"""


@rules.command("list")
@_rulebook_option
@_user_errors
def rules_list(rulebook):
    """列出规则库中的检查要素和规则。"""
    from linter.rulebook import missing_id

    book = _load_rulebook(rulebook)
    click.echo(f"规则库 {book.id}：{book.title}")
    click.echo("检查要素：")
    for e in book.elements:
        click.echo(f"  {missing_id(e.id):<24} {e.severity:<8} {e.title}")
    click.echo("规则：")
    for r in book.rules:
        click.echo(f"  {r.id:<24} {r.severity:<8} {r.type:<10} {r.message}")


@rules.command("explain")
@click.argument("rule_id")
@_rulebook_option
@_user_errors
def rules_explain(rule_id, rulebook):
    """说明一条规则（或检查要素）及其示例。"""
    book = _load_rulebook(rulebook)
    rule = book.find(rule_id)
    if rule is None:
        raise UserError(f"规则库 {book.id} 中没有规则“{rule_id}”（用 zhidang rules list 查看）")
    click.echo(f"{rule.id}（{rule.severity}，类型 {rule.type}）{rule.title}")
    click.echo("")
    click.echo(rule.description.strip())
    if rule.type != "element":
        click.echo(f"\n提示信息：{rule.message}")
    click.echo("\n不通过的示例：")
    for text in rule.examples.failing:
        click.echo(f"  ✗ {text}")
    click.echo("通过的示例：")
    for text in rule.examples.passing:
        click.echo(f"  ✔ {text}")


@rules.command("test")
@click.argument("rulebook_path", required=False, metavar="[RULEBOOK]")
@click.option("--verbose", "-v", is_flag=True, help="列出每一个示例。")
@_user_errors
def rules_test(rulebook_path, verbose):
    """运行规则库中每条规则自带的通过/不通过示例。"""
    from linter.selftest import run_examples

    book = _load_rulebook(rulebook_path)
    outcomes = run_examples(book)
    failed = [o for o in outcomes if not o.ok]
    for o in outcomes:
        if verbose or not o.ok:
            mark = "✔" if o.ok else "✗"
            expect = "应报告" if o.kind == "fail" else "不应报告"
            click.echo(f"{mark} {o.rule} [{o.kind}] {o.text!r}：{expect}，{o.detail}")
    click.echo(f"{book.id}: {len(outcomes) - len(failed)} passed, {len(failed)} failed")
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


@rules.command("reference")
@_user_errors
def rules_reference():
    """生成规则参考文档（Markdown），即 docs/rules.md 的内容。"""
    from linter import rulebook, reference

    books = [rulebook.load(name) for name in rulebook.builtin_names()]
    click.echo(reference.render(books), nl=False)


def main():
    try:
        cli(prog_name="zhidang")
    except Exception as exc:  # a bug, not a user error: one line, exit 2
        if os.environ.get("ZHIDANG_DEBUG"):
            raise
        click.echo(f"zhidang: 内部错误：{type(exc).__name__}: {exc}"
                   "（设置 ZHIDANG_DEBUG=1 可查看详细信息）", err=True)
        sys.exit(EXIT_ERROR)
