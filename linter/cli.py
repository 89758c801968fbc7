"""The ``zhidang`` command line (click)."""

from __future__ import annotations

import functools
import os
import sys

import click

from linter import __version__
from linter.errors import UserError
from linter.reporters import FORMATS

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


def _rule_list(ctx, param, value):
    if value is None:
        return None
    return [item for item in value.replace("，", ",").split(",") if item.strip()] or None


_jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), metavar="N",
    help="同时检查的进程数（默认：全部 CPU 核心）。",
)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_rulebook_option
@_jobs_option
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS),
              default="text", show_default=True,
              help="输出格式：text 文本，json，junit（CI 测试报告），sarif（代码扫描），github（GitHub Actions 注释）。")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True),
              help="把结果写入文件，而不是标准输出。")
@click.option("--color/--no-color", default=None, help="彩色输出（默认：仅在终端上）。")
@click.option("--no-checklist", is_flag=True, help="文本输出中不列检查清单。")
@click.option("--statistics", is_flag=True, help="只列出每条规则的问题数量（与其他格式同用时需 --output-file）。")
@click.option("--quiet", "-q", is_flag=True, help="只输出问题：不列检查清单、汇总和提示。")
@click.option("--exit-zero", is_flag=True, help="发现问题也以状态 0 退出（无法检查时仍为 2）。")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="达到此级别的问题使退出状态为 1（默认 error；覆盖配置文件）。")
@click.option("--select", callback=_rule_list, metavar="规则id,…", help="只报告这些规则（覆盖配置文件）。")
@click.option("--ignore", callback=_rule_list, metavar="规则id,…", help="不报告这些规则（加在配置文件的 ignore 上）。")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="使用这个配置文件（pyproject.toml 或 .zhidang.yaml），不再逐级查找。")
@click.option("--no-config", is_flag=True, help="不读取任何配置文件。")
@click.option("--baseline", type=click.Path(dir_okay=False), metavar="文件",
              help="只报告基线文件中没有的新问题。")
@click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="文件",
              help="把当前所有问题写入基线文件（以状态 0 退出）。")
@click.option("--encoding", metavar="编码",
              help="文本文件的编码（如 gbk、utf-16），不自动识别。")
@click.option("--stdin-filename", metavar="文件名",
              help="从标准输入（路径写作 -）读取时使用的文件名，其扩展名决定格式（默认 .txt）。")
@click.option("--year", type=click.IntRange(1949, 2199), metavar="年份",
              help="报告的年份（默认从标题或正文开头识别），用于检查当年重点工作和年份错误。")
@click.option("--fix", is_flag=True,
              help="自动改正可以安全修复的问题（标点、规范表述），直接改写 .txt、.md 文件"
                   "（保留原编码、BOM 和换行符），再报告余下的问题。不会改动占位符和数字。")
@click.option("--diff", is_flag=True, help="只显示 --fix 将做的修改（统一差异格式），不改写文件。")
@_user_errors
def check(paths, rulebook, jobs, fmt, output_file, color, no_checklist, statistics, quiet, exit_zero,
          fail_on, select, ignore, config_file, no_config, baseline, write_baseline, encoding,
          stdin_filename, year, fix, diff):
    """检查报告文件（.docx、.txt、.md）或目录；“-”表示标准输入。

    文本文件的编码自动识别（UTF-8、GB18030/GBK、UTF-16、Big5）。

    项目配置从每个文件所在目录逐级向上查找 .zhidang.yaml 或 pyproject.toml 的
    [tool.zhidang]；命令行选项优先。

    --rulebook auto 按标题和结构为每份材料选择内置规则库（年度报告、述职报告、工作总结、发言材料），
    并在标准错误输出中说明选择了哪一个。

    退出状态：0 没有达到 fail-on 级别的问题；1 有（--diff：有需要修改之处）；
    2 用法错误、文件无法读取、配置或规则库无效。
    """
    from linter.gate import Gate, Options
    from linter.reporters import reporter

    if baseline and write_baseline:
        raise UserError("--baseline 与 --write-baseline 不能同时使用")
    if statistics and fmt != "text" and not output_file:
        raise UserError(f"--statistics 不能与 --format {fmt} 同时输出到标准输出（请加 --output-file）")
    if fix and "-" in paths:
        raise UserError("--fix 不能改写标准输入（可用 --diff 查看修改）")
    if encoding is not None:
        from linter.sources.encoding import check_encoding_name

        encoding = check_encoding_name(encoding)
    choose = None
    if rulebook == "auto":
        _, choose = _rulebook_choice(rulebook)
        rulebook = None  # settings (select/ignore ids) follow the default rulebook
    gate = Gate(Options(rulebook=rulebook, select=select, ignore=ignore or [], fail_on=fail_on,
                        config=config_file, no_config=no_config, baseline=baseline,
                        write_baseline=write_baseline))
    reading = dict(encoding=encoding, stdin_filename=stdin_filename, year=year, choose=choose)
    changes = []
    if fix or diff:
        run, changes = gate.fix(paths, write=not diff, **reading)
    else:
        from linter.progress import Progress

        with Progress() as progress:
            run = gate.run(paths, jobs=jobs, progress=progress, **reading)
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
    book = gate.default_rulebook()
    options = dict(rulebooks=gate.books, accepted=gate.accepted, summary=not quiet)
    if statistics:
        from linter.reporters import statistics as statistics_reporter
    if statistics and fmt == "text":
        rendered = statistics_reporter.render(run, book, **options)
    else:
        rendered = reporter(fmt).render(run, book, color=color and fmt == "text",
                                         checklist=not (no_checklist or quiet), **options)
    if output_file:
        _write(output_file, rendered.encode("utf-8"))
    else:
        click.echo(rendered, nl=False, color=color)
    if statistics and fmt != "text":  # the machine format went to the file
        click.echo(statistics_reporter.render(run, book, **options), nl=False)
    if gate.accepted and fmt != "text" and not quiet:
        click.echo(f"zhidang: 基线中已接受的 {gate.accepted} 个问题未列出", err=True)
    for error in run.errors:
        click.echo(f"zhidang: 错误：{error.path}: {error.message}", err=True)
    if run.errors:
        sys.exit(EXIT_ERROR)
    if write_baseline:
        count = gate.write_baseline()
        if not quiet:
            click.echo(f"zhidang: 已把 {count} 个问题写入基线 {write_baseline}", err=True)
        sys.exit(EXIT_OK)
    sys.exit(EXIT_FINDINGS if gate.failed(run) and not exit_zero else EXIT_OK)


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

    from linter.gate import Gate, Options
    from linter.progress import Progress
    from linter.reporters import html

    if not html_path and not xlsx_path:
        raise UserError("请用 -o 文件.html 和/或 --xlsx 文件.xlsx 指定输出文件")
    # The same path as `check` (and its JSON): project config and suppressions apply.
    gate = Gate(Options(rulebook=rulebook))
    with Progress() as progress:
        run = gate.run(paths, jobs=jobs, progress=progress,
                       detail=html.detail if html_path else None)
    book = gate.default_rulebook()
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
    from linter.files import write_atomically

    try:
        write_atomically(path, data)
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
    if rule is None and rule_id == "unused-suppression":  # not in a rulebook: see linter/suppress.py
        from linter import suppress

        click.echo(f"{suppress.RULE_ID}（{suppress.SEVERITY}）{suppress.TITLE}\n\n{suppress.DESCRIPTION}")
        return
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
            expect = {"fail": "应报告", "pass": "不应报告"}.get(o.kind, "正则表达式的运行时间应与文本长度成正比")
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
