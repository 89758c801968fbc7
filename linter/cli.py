"""The ``zhidang`` command line (click).

Each command resolves its settings once (:mod:`linter.settings`), runs the
files through one ordered pool (:mod:`linter.runner`), streams each file's
result to the chosen output format as soon as it is ready, and computes the
exit status at the end from the settings and the results:

0  no finding at or above the failing severity (``fail-on``, default error);
1  findings (``--diff``: changes to make);
2  usage error, unreadable input, invalid configuration or rulebook;
130 / 143  interrupted (Ctrl-C) / terminated (SIGTERM).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys

# Start-up allocates much (imports, the rulebook's restored tables) and frees
# little: the collector re-scanned it for nothing (a collection of ~15,000
# young objects cost ~6 ms of a one-report check). parallel.settle_gc freezes
# the set-up before the checks. At exit, the collector's last passes over what
# is left (~1 ms a report; the interpreter's finalization collects three times
# even with the collector disabled: 1.5 % of a one-report check) find nothing
# worth it: every file is written and closed by then, and the standard streams
# are flushed by the interpreter. Frozen objects are never scanned.
if gc.get_threshold()[0] < 100_000:
    gc.set_threshold(100_000, 20, 20)


def _settle_at_exit() -> None:
    gc.disable()
    gc.freeze()


atexit.register(_settle_at_exit)

import click  # noqa: E402

from linter import __version__
from linter.chinese_click import Choice, FilePath, Group, IntRange, usage_error
from linter.errors import UserError
from linter.reporters import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
#: Default size limit of one input, in MB (see sources.DEFAULT_MAX_BYTES).
MAX_SIZE_HELP = "单个文件的大小上限（MB，默认 64）。"


def _show_version(ctx, param, value) -> None:
    """``-V``: made here, as click's version_option would make it, without
    asking gettext for its English help (which imports locale)."""
    if value and not ctx.resilient_parsing:
        click.echo(f"zhidang {__version__}", color=ctx.color)
        ctx.exit()


def echo_error(message: str) -> None:
    from linter.reporters.base import shown

    click.echo(f"zhidang: 错误：{shown(message)}", err=True)


_config_options = [
    click.option("--config", "config_file", type=FilePath(),
                 help="使用这个配置文件（pyproject.toml 或 .zhidang.yaml），不再逐级查找。"),
    click.option("--no-config", is_flag=True, help="不读取任何配置文件。"),
]


def config_option(function):
    for option in reversed(_config_options):
        function = option(function)
    return function


rulebook_option = click.option(
    "--rulebook",
    "-r",
    metavar="名称或文件",
    envvar="ZHIDANG_RULEBOOK",
    help="规则库：内置规则库名称（默认 qmcz-annual-report；auto 按材料自动选择）或 YAML 文件路径。",
)
jobs_option = click.option(
    "--jobs", "-j", type=IntRange(min=1), metavar="N",
    help="同时检查的进程数（默认：全部 CPU 核心）。",
)
max_size_option = click.option("--max-size", type=IntRange(min=1), metavar="MB", help=MAX_SIZE_HELP)
paths_argument = click.argument("paths", nargs=-1, required=True, metavar="文件或目录…")


def _rule_list(ctx, param, value):
    if value is None:
        return None
    return [item.strip() for item in value.replace("，", ",").split(",") if item.strip()] or None


def settings_options(verb: str = "报告"):
    """--select, --ignore, --config, --no-config: what every command that
    checks files shares (``verb``: what the command does with a finding)."""
    options = [
        click.option("--select", callback=_rule_list, metavar="规则id,…", help=f"只{verb}这些规则的问题（覆盖配置文件）。"),
        click.option("--ignore", callback=_rule_list, metavar="规则id,…",
                     help=f"不{verb}这些规则的问题（加在配置文件的 ignore 上）。"),
        *_config_options,
    ]

    def apply(function):
        for option in reversed(options):
            function = option(function)
        return function

    return apply


def baseline_option(verb: str = "报告"):
    return click.option("--baseline", type=FilePath(), metavar="文件", help=f"只{verb}基线文件中没有的新问题。")


encoding_option = click.option("--encoding", metavar="编码", help="文本文件的编码（如 gbk、utf-16），不自动识别。")
year_option = click.option("--year", type=IntRange(1949, 2199), metavar="年份",
                            help="报告的年份（默认从标题或正文开头识别），用于检查当年重点工作和年份错误。")
SIMILAR_HELP = "比较这一批报告：找出两份或更多报告相同的段落（照搬照抄，规则 copied-passage）。"
compare_with_option = click.option(
    "--compare-with", multiple=True, metavar="目录",
    help="与往年报告比较（同一单位按标题或文件名配对）：重复比例，问题和打算是否年年一样（规则 copied-from-archive）。"
         "也可在配置文件中写 compare-with。")


class _Commands(Group):
    """The top-level group: ``check`` is defined below; the other commands in :mod:`linter.commands`,
    imported when one of them is asked for (run, or listed by ``--help``). A one-report check —
    every commit's, under pre-commit — did not need their ~60 options built (~0.7 % of it)."""

    _elsewhere = ("annotate", "report", "rules", "server")

    def list_commands(self, ctx):
        return sorted({*self.commands, *self._elsewhere})

    def get_command(self, ctx, name):
        if name in self._elsewhere and name not in self.commands:
            import linter.commands  # noqa: F401 — its commands add themselves to this group
        return super().get_command(ctx, name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-V", "--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="显示版本号并退出。")
def cli():
    """zhidang：全面从严治党主体责任报告的检查工具。

    检查报告是否包含规定的各部分内容、是否残留占位符（**、××、XX）和网页水印，并给出检查清单。
    """


def size_limit(max_size: int | None) -> int | None:
    return None if max_size is None else max_size * 1024 * 1024


@cli.command()
@paths_argument
@rulebook_option
@jobs_option
@click.option("--format", "-f", "fmt", type=Choice(FORMATS), default="text", show_default=True,
              help="输出格式：text 文本，json，junit（CI 测试报告），sarif（代码扫描），github（GitHub Actions 注释）。")
@click.option("--output-file", "-o", type=FilePath(), help="把结果写入文件，而不是标准输出。")
@click.option("--color/--no-color", default=None, help="彩色输出（默认：仅在终端上）。")
@click.option("--no-checklist", is_flag=True, help="文本输出中不列检查清单。")
@click.option("--explain-checklist", is_flag=True,
              help="说明检查清单的依据：每个要素选中的部分、得分和起决定作用的词语，以及次优的候选。")
@click.option("--statistics", is_flag=True, help="只列出每条规则的问题数量（与其他格式同用时需 --output-file）。")
@click.option("--quiet", "-q", is_flag=True, help="只输出问题：不列检查清单、汇总和提示。")
@click.option("--exit-zero", is_flag=True, help="发现问题也以状态 0 退出（无法检查时仍为 2）。")
@click.option("--fail-on", type=Choice(["error", "warning", "info"]),
              help="达到此级别的问题使退出状态为 1（默认 error；覆盖配置文件）。")
@settings_options()
@baseline_option()
@click.option("--write-baseline", type=FilePath(), metavar="文件",
              help="把当前所有问题写入基线文件（以状态 0 退出）。")
@encoding_option
@click.option("--stdin-filename", metavar="文件名",
              help="从标准输入（路径写作 -）读取时使用的文件名，其扩展名决定格式（默认 .txt）。")
@year_option
@max_size_option
@click.option("--fix", is_flag=True,
              help="自动改正可以安全修复的问题（标点、规范表述），直接改写 .txt、.md 文件"
                   "（保留原编码、BOM 和换行符），再报告余下的问题。不会改动占位符和数字；"
                   # annotate (issue 13): a .docx gets a copy with the fixes as tracked changes
                   "Word 文档不改写原文件，而是另存“原名（修订）.docx”，修复记为 Word 修订。")
@click.option("--diff", is_flag=True, help="只显示 --fix 将做的修改（统一差异格式），不改写文件。")
@click.option("--similar", is_flag=True, help=SIMILAR_HELP)
@compare_with_option
def check(paths, rulebook, jobs, fmt, output_file, color, no_checklist, explain_checklist, statistics, quiet,
          exit_zero,
          fail_on, select, ignore, config_file, no_config, baseline, write_baseline, encoding,
          stdin_filename, year, max_size, fix, diff, similar, compare_with):
    """检查报告文件（.docx、.txt、.md）或目录；“-”表示标准输入。

    文本文件的编码自动识别（UTF-8、GB18030/GBK、UTF-16、Big5）。

    项目配置从每个文件所在目录逐级向上查找 .zhidang.yaml 或 pyproject.toml 的 [tool.zhidang]；命令行选项优先。

    --rulebook auto 按标题和结构为每份材料选择内置规则库（年度报告、述职报告、工作总结、发言材料），并在标准错误输出中说明选择了哪一个。

    退出状态：0 没有达到 fail-on 级别的问题；1 有（--diff：有需要修改之处）；2 用法错误、文件无法读取、配置或规则库无效；130 被中断。
    """
    from linter import engine, runner, settings
    from linter.reporters import base, reporter
    from linter.results import FileError

    if baseline and write_baseline:
        raise UserError("--baseline 与 --write-baseline 不能同时使用")
    if fix and diff:
        raise UserError("--fix 与 --diff 不能同时使用：--diff 只显示将做的修改、不改写文件，--fix 直接改写文件")
    if statistics and fmt != "text" and not output_file:
        raise UserError(f"--statistics 不能与 --format {fmt} 同时输出到标准输出（请加 --output-file）")
    if fix and "-" in paths:
        raise UserError("--fix 不能改写标准输入（可用 --diff 查看修改）")
    if encoding is not None:
        from linter.sources.encoding import check_encoding_name

        encoding = check_encoding_name(encoding)
    plan = settings.resolve(paths, settings.Options(
        rulebook=rulebook, select=select, ignore=ignore or [], fail_on=fail_on, config=config_file,
        no_config=no_config, stdin_filename=stdin_filename))
    accepted_baseline = record = None
    if baseline or write_baseline:
        from linter import baseline as baseline_module  # deferred: hashlib, json

        if baseline:
            accepted_baseline = baseline_module.Baseline.load(baseline)
        if write_baseline:
            record = baseline_module.Baseline(write_baseline)
    job = engine.Job(plan.settings, encoding=encoding, year=year, max_bytes=size_limit(max_size),
                     baseline=accepted_baseline, record=record, stdin_filename=stdin_filename,
                     explain=explain_checklist)
    work = engine.check_file
    if fix or diff:
        from linter import fix as fixing  # (not imported by a plain check)

        work = fixing.fix_file if fix else fixing.diff_file
    comparison = comparison_of(plan, job, similar, compare_with, rulebook, jobs, editing=fix or diff)
    if color is None:
        color = output_file is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    context = base.Context(plan.books, plan.default, color=color and fmt == "text" and not statistics,
                           checklist=not (no_checklist or quiet), summary=not quiet)
    main_format = "statistics" if statistics and fmt == "text" else fmt
    main = reporter(main_format).Reporter(context)
    if main_format == "json" and work is engine.check_file and comparison is None:
        job.render = reporter("json").render  # each file's JSON written where it is checked (-j: the workers)
    extra = reporter("statistics").Reporter(context) if statistics and fmt != "text" else None
    to_file = [] if output_file else None
    progress = progress_bar(len(plan.paths))
    buffered = [] if (diff or to_file is None and progress.shows and sys.stdout.isatty()) else None

    # JSON, SARIF and JUnit XML escape or drop every control character: nothing for click to
    # strip (it would run a regular expression over every byte of a batch's output).
    echo_color = True if main_format in ("json", "sarif", "junit") else color

    def emit(text: str) -> None:
        if not text or diff:
            return
        if to_file is not None:
            to_file.append(text)
        elif buffered is not None:
            buffered.append(text)
        else:
            click.echo(text, nl=False, color=echo_color)

    totals = base.Totals()
    failed = False
    errors = 0
    entries = []
    diffs = []
    emit(main.begin())
    with progress:
        outcomes = runner.outcomes(plan, job, jobs=jobs, progress=progress, work=work)
        if comparison is not None:
            outcomes = comparison.outcomes(outcomes)
        for item, outcome in zip(plan.items, outcomes):
            totals.add(outcome)
            if isinstance(outcome, FileError):
                errors += 1
                emit(main.error(outcome))
                echo_error(f"{outcome.path}: {outcome.message}")
                continue
            emit(main.file(outcome))
            if explain_checklist and outcome.detail:
                _explain(outcome, emit if main_format == "text" else None)
            echo_notes(outcome)
            change = outcome.change
            if change is not None:
                if change.error:
                    errors += 1
                    echo_error(f"{change.path}: {change.error}")
                elif diff:
                    diffs.append(change.diff)
                else:
                    click.echo(f"zhidang: {change.path}：已自动修复 {len(change.edits)} 处", err=True)
            entries.extend(outcome.baseline_entries)
            if not failed and any(plan.fails(item[1], f.severity) for f in outcome.findings):
                failed = True
    if diff:
        click.echo("".join(diffs), nl=False)
        sys.exit(EXIT_ERROR if errors else EXIT_FINDINGS if diffs else EXIT_OK)
    emit(main.end(totals))
    if to_file is not None:
        _write(output_file, "".join(to_file).encode("utf-8"))
    elif buffered:
        click.echo("".join(buffered), nl=False, color=color)
    if extra is not None:
        click.echo(extra.end(totals), nl=False)
    if plan.skipped and not quiet:
        click.echo(f"zhidang: 已跳过 {len(plan.skipped)} 个不是普通文件的路径（如管道、设备文件）", err=True)
    if totals.accepted and fmt != "text" and not quiet:
        click.echo(f"zhidang: 基线中已接受的 {totals.accepted} 个问题未列出", err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    if write_baseline:
        from linter.baseline import write

        write(write_baseline, entries)
        if not quiet:
            click.echo(f"zhidang: 已把 {len(entries)} 个问题写入基线 {write_baseline}", err=True)
        sys.exit(EXIT_OK)
    sys.exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_OK)


# --------------------------------------------------------------------------- annotate (issue 13)


def comparison_of(plan, job, similar: bool, compare_with, rulebook, jobs, editing: bool = False):
    """``--similar`` / ``--compare-with`` (or ``compare-with`` in the configuration):
    the batch comparison of :mod:`linter.similar`, or None. numpy, scipy and
    datasketch are imported only here."""
    archive = list(compare_with) or list(plan.compare_with)
    if not similar and not archive:
        return None
    if editing:
        if not similar and not compare_with:
            return None  # a configured archive does not stop --fix / --diff
        raise UserError("--similar、--compare-with 不能与 --fix 或 --diff 同时使用")
    from linter.similar.batch import Comparison

    return Comparison(plan, job, rulebook=rulebook, archive=archive, jobs=jobs, batch=similar)


def progress_bar(total: int):
    from linter.progress import Progress

    return Progress(total=total)


def _explain(result, emit) -> None:
    """``--explain-checklist``: the reasons, after the file's checklist (text)
    or on stderr (other formats, whose output is data)."""
    from linter.reporters.base import shown

    text = f"{shown(result.path)} 检查清单的依据：\n" + "".join(f"  {shown(line)}\n" for line in result.detail)
    if emit is not None:
        emit(text + "\n")
    else:
        click.echo(text, nl=False, err=True)


def echo_notes(result) -> None:
    """A file's notes on stderr: why its rulebook was chosen, rules skipped …"""
    from linter.reporters.base import shown

    path = shown(result.path)
    if result.chosen_because:
        click.echo(f"zhidang: {path}：自动选用规则库 {result.rulebook}"
                   f"（{result.rulebook_title}），因为{result.chosen_because}", err=True)
    for notice in result.notices:
        click.echo(f"zhidang: {path}：{notice}", err=True)


def _write(path, data: bytes) -> None:
    from linter.files import write_atomically

    try:
        write_atomically(path, data)
    except OSError as exc:
        raise UserError(f"{path}: 无法写入（{exc.strerror or exc}）") from None



class _Terminated(Exception):
    """SIGTERM, raised in the main thread so that the worker pool is stopped
    on the way out."""


def _on_sigterm(signum, frame):
    raise _Terminated()


def run(args=None, prog_name: str = "zhidang") -> int:
    """Run :data:`cli` and turn every way out into an exit status and at
    most one line on stderr (click's own usage errors included, in Chinese)."""
    try:
        status = click.Group.main(cli, args=args, prog_name=prog_name, standalone_mode=False)
    except UserError as exc:
        echo_error(str(exc))
        status = EXIT_ERROR
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("zhidang: 已中断", err=True)
        status = EXIT_INTERRUPTED
    except _Terminated:
        click.echo("zhidang: 已终止", err=True)
        status = EXIT_TERMINATED
    except click.exceptions.Exit as exc:
        status = exc.exit_code
    except click.ClickException as exc:
        message, status = usage_error(exc)
        if status == EXIT_OK:
            click.echo(message)
        else:
            echo_error(message)
    except BrokenPipeError:  # `zhidang check … | head`: the reader went away
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        status = EXIT_FINDINGS
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_ERROR)
    except Exception as exc:  # a bug, not a user error: one line, exit 2
        if os.environ.get("ZHIDANG_DEBUG"):
            raise
        click.echo(f"zhidang: 内部错误：{type(exc).__name__}: {exc}"
                   "（设置 ZHIDANG_DEBUG=1 可查看详细信息）", err=True)
        status = EXIT_ERROR
    return status if isinstance(status, int) else EXIT_OK


def _main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
    status = run(args, prog_name or "zhidang")
    if standalone_mode:
        sys.exit(status)
    return status


# `cli.main(...)` (click's CliRunner, embedding applications) behaves as the console script.
cli.main = _main.__get__(cli)


def main():
    """The console script."""
    try:
        # CPython's C module: the signal module around it only adds enums, whose
        # building cost ~1% of a one-report check.
        import _signal as signal
    except ImportError:  # another implementation
        import signal
    try:
        signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread
        pass
    sys.exit(run())
