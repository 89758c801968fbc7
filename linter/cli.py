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

    return rulebook.load(name)


_rulebook_option = click.option(
    "--rulebook",
    "-r",
    metavar="名称或文件",
    envvar="ZHIDANG_RULEBOOK",
    help="规则库：内置规则库名称（默认 qmcz-annual-report）或 YAML 文件路径。",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="zhidang")
def cli():
    """zhidang：全面从严治党主体责任报告的检查工具。

    检查报告是否包含规定的各部分内容、是否残留占位符（**、××、XX）和网页水印，
    并给出检查清单。
    """


_jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), metavar="N",
    help="同时检查的进程数（默认：全部 CPU 核心）。",
)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_rulebook_option
@_jobs_option
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="输出格式。")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True),
              help="把结果写入文件，而不是标准输出。")
@click.option("--color/--no-color", default=None, help="彩色输出（默认：仅在终端上）。")
@click.option("--no-checklist", is_flag=True, help="文本输出中不列检查清单。")
@_user_errors
def check(paths, rulebook, jobs, fmt, output_file, color, no_checklist):
    """检查报告文件（.txt、.md）或目录。

    退出状态：0 没有错误级别的问题；1 有问题；2 用法错误、文件无法读取或规则库无效。
    """
    from linter.engine import check_paths
    from linter.reporters import REPORTERS

    book = _load_rulebook(rulebook)
    from linter.progress import Progress

    with Progress() as progress:
        run = check_paths(paths, book, jobs=jobs, progress=progress)
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


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--output", "-o", "html_path", type=click.Path(dir_okay=False), metavar="文件.html",
              help="写出 HTML 审阅报告（单个文件，可离线打开）。")
@click.option("--xlsx", "xlsx_path", type=click.Path(dir_okay=False), metavar="文件.xlsx",
              help="同时写出汇总表格（Excel/WPS）。")
@click.option("--title", help="报告标题（默认：规则库名称 + 审阅汇总）。")
@_rulebook_option
@_jobs_option
@_user_errors
def report(paths, html_path, xlsx_path, title, rulebook, jobs):
    """为一批报告生成审阅报告：HTML 页面（汇总表 + 每份报告标出问题），可选 .xlsx 汇总表。

    例：zhidang report 各单位报告/ -o 审阅.html --xlsx 汇总.xlsx

    退出状态：0 已生成；2 用法错误、规则库无效，或有文件无法读取（其余报告照常生成，
    无法读取的文件在报告中单列一行）。
    """
    import datetime

    from linter.engine import check_paths
    from linter.progress import Progress
    from linter.reporters import html

    if not html_path and not xlsx_path:
        raise UserError("请用 -o 文件.html 和/或 --xlsx 文件.xlsx 指定输出文件")
    book = _load_rulebook(rulebook)
    with Progress() as progress:
        run = check_paths(paths, book, jobs=jobs, detail=html.detail if html_path else None,
                          progress=progress)
    if html_path:
        generated = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
        _write(html_path, html.render(run, book, title=title, generated=generated).encode("utf-8"))
    if xlsx_path:
        from linter.reporters import xlsx

        try:
            xlsx.write(run, book, xlsx_path)
        except OSError as exc:
            raise UserError(f"{xlsx_path}: 无法写入（{exc.strerror or exc}）") from None
    for error in run.errors:
        click.echo(f"zhidang: 错误：{error.path}: {error.message}", err=True)
    written = "、".join(p for p in (html_path, xlsx_path) if p)
    click.echo(f"已生成 {written}：{len(run.files)} 份报告"
               + (f"，{len(run.errors)} 个文件无法检查" if run.errors else "") + "。", err=True)
    sys.exit(EXIT_ERROR if run.errors else EXIT_OK)


def _write(path, data: bytes) -> None:
    try:
        with open(path, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise UserError(f"{path}: 无法写入（{exc.strerror or exc}）") from None


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
