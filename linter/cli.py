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


def _echo_error(message: str) -> None:
    from linter.reporters.base import shown

    click.echo(f"zhidang: 错误：{shown(message)}", err=True)


def _load_rulebook(name, config_file=None, no_config=False, strict=False):
    """The rulebook a ``zhidang rules`` command shows: ``--rulebook``, else
    the one the project configuration names (``--config``, or found from the
    current folder up, as ``zhidang check`` finds it for a file there), else
    the default (``strict``: a built-in one's shape checked too)."""
    from linter import rulebook

    if name == "auto":
        raise UserError("--rulebook auto 只能用于 zhidang check 和 zhidang report")
    if name is None and not no_config:
        from linter import config as config_module

        found = config_module.Finder(config_file).for_file(os.path.join(os.getcwd(), "_"))
        if found is not None and found.rulebook is not None:
            if found.rulebook == "auto":
                click.echo(f"zhidang: 配置文件 {found.path} 的 rulebook 为 auto（按材料选择）："
                           f"这里显示默认规则库 {rulebook.DEFAULT_RULEBOOK}，可用 --rulebook 指定", err=True)
                return rulebook.load(None, strict)
            from linter.settings import configured_rulebook

            return rulebook.load_path(configured_rulebook(found), strict)
    return rulebook.load(name, strict)


_config_options = [
    click.option("--config", "config_file", type=FilePath(),
                 help="使用这个配置文件（pyproject.toml 或 .zhidang.yaml），不再逐级查找。"),
    click.option("--no-config", is_flag=True, help="不读取任何配置文件。"),
]


def _config_option(function):
    for option in reversed(_config_options):
        function = option(function)
    return function


_rulebook_option = click.option(
    "--rulebook",
    "-r",
    metavar="名称或文件",
    envvar="ZHIDANG_RULEBOOK",
    help="规则库：内置规则库名称（默认 qmcz-annual-report；auto 按材料自动选择）或 YAML 文件路径。",
)
_jobs_option = click.option(
    "--jobs", "-j", type=IntRange(min=1), metavar="N",
    help="同时检查的进程数（默认：全部 CPU 核心）。",
)
_max_size_option = click.option("--max-size", type=IntRange(min=1), metavar="MB", help=MAX_SIZE_HELP)
_paths_argument = click.argument("paths", nargs=-1, required=True, metavar="文件或目录…")


def _rule_list(ctx, param, value):
    if value is None:
        return None
    return [item.strip() for item in value.replace("，", ",").split(",") if item.strip()] or None


def _settings_options(verb: str = "报告"):
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


def _baseline_option(verb: str = "报告"):
    return click.option("--baseline", type=FilePath(), metavar="文件", help=f"只{verb}基线文件中没有的新问题。")


_encoding_option = click.option("--encoding", metavar="编码", help="文本文件的编码（如 gbk、utf-16），不自动识别。")
_year_option = click.option("--year", type=IntRange(1949, 2199), metavar="年份",
                            help="报告的年份（默认从标题或正文开头识别），用于检查当年重点工作和年份错误。")
SIMILAR_HELP = "比较这一批报告：找出两份或更多报告相同的段落（照搬照抄，规则 copied-passage）。"
_compare_with_option = click.option(
    "--compare-with", multiple=True, metavar="目录",
    help="与往年报告比较（同一单位按标题或文件名配对）：重复比例，问题和打算是否年年一样（规则 copied-from-archive）。"
         "也可在配置文件中写 compare-with。")


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-V", "--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="显示版本号并退出。")
def cli():
    """zhidang：全面从严治党主体责任报告的检查工具。

    检查报告是否包含规定的各部分内容、是否残留占位符（**、××、XX）和网页水印，并给出检查清单。
    """


def _max_bytes(max_size: int | None) -> int | None:
    return None if max_size is None else max_size * 1024 * 1024


@cli.command()
@_paths_argument
@_rulebook_option
@_jobs_option
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
@_settings_options()
@_baseline_option()
@click.option("--write-baseline", type=FilePath(), metavar="文件",
              help="把当前所有问题写入基线文件（以状态 0 退出）。")
@_encoding_option
@click.option("--stdin-filename", metavar="文件名",
              help="从标准输入（路径写作 -）读取时使用的文件名，其扩展名决定格式（默认 .txt）。")
@_year_option
@_max_size_option
@click.option("--fix", is_flag=True,
              help="自动改正可以安全修复的问题（标点、规范表述），直接改写 .txt、.md 文件"
                   "（保留原编码、BOM 和换行符），再报告余下的问题。不会改动占位符和数字；"
                   # annotate (issue 13): a .docx gets a copy with the fixes as tracked changes
                   "Word 文档不改写原文件，而是另存“原名（修订）.docx”，修复记为 Word 修订。")
@click.option("--diff", is_flag=True, help="只显示 --fix 将做的修改（统一差异格式），不改写文件。")
@click.option("--similar", is_flag=True, help=SIMILAR_HELP)
@_compare_with_option
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
    job = engine.Job(plan.settings, encoding=encoding, year=year, max_bytes=_max_bytes(max_size),
                     baseline=accepted_baseline, record=record, stdin_filename=stdin_filename,
                     explain=explain_checklist)
    work = engine.check_file
    if fix or diff:
        from linter import fix as fixing  # (not imported by a plain check)

        work = fixing.fix_file if fix else fixing.diff_file
    comparison = _comparison(plan, job, similar, compare_with, rulebook, jobs, editing=fix or diff)
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
    progress = _progress(len(plan.paths))
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
                _echo_error(f"{outcome.path}: {outcome.message}")
                continue
            emit(main.file(outcome))
            if explain_checklist and outcome.detail:
                _explain(outcome, emit if main_format == "text" else None)
            _notes(outcome)
            change = outcome.change
            if change is not None:
                if change.error:
                    errors += 1
                    _echo_error(f"{change.path}: {change.error}")
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


@cli.command()
@_paths_argument
@click.option("--output", "-o", type=FilePath(), metavar="文件.docx",
              help="审阅稿的文件名（只能用于一个输入文件；默认：原文件名加“（审阅）”，放在原文件旁边）。")
@click.option("--fix", is_flag=True,
              help="把可以安全修复的问题（标点、规范表述）记为 Word 修订（作者 zhidang），由起草人逐条接受或拒绝。")
@_rulebook_option
@_jobs_option
@_settings_options("标出")
@_baseline_option("标出")
@_encoding_option
@_year_option
@_max_size_option
@click.option("--quiet", "-q", is_flag=True, help="不列出写出的文件。")
def annotate(paths, output, fix, rulebook, jobs, select, ignore, config_file, no_config, baseline, encoding,
             year, max_size, quiet):
    """把检查结果写进 Word 审阅稿：每个问题一条批注，标在问题文字上。

    标题上的批注列出检查清单（✔ 有、✗ 缺失，及所在段落）和通篇问题；同一问题多处出现时，每处一条批注，第一条写明共几处。--fix 时，可安全修复的问题记为修订（删除+插入），在 Word/WPS 中逐条接受或拒绝。

    原文件不会被改动：审阅稿默认另存为“原名（审阅）.docx”。.txt、.md 报告生成一份新的 Word 文档（标题按层级套用标题样式），批注相同。

    检查与 zhidang check 完全一致：项目配置、抑制注释、基线、--select/--ignore 都照常生效。

    退出状态：0 已写出；2 用法错误，或有文件无法读取、无法写出。
    """
    import functools

    from linter import annotate as annotating, engine, runner, settings
    from linter.results import FileError

    if "-" in paths:
        raise UserError("annotate 不能读取标准输入：请给出文件路径")
    if encoding is not None:
        from linter.sources.encoding import check_encoding_name

        encoding = check_encoding_name(encoding)
    plan = settings.resolve(paths, settings.Options(
        rulebook=rulebook, select=select, ignore=ignore or [], config=config_file, no_config=no_config))
    if output and len(plan.items) != 1:
        raise UserError("--output 只能用于一个输入文件（多个文件的审阅稿各自放在原文件旁边）")
    outputs = annotating.outputs_for([path for path, _ in plan.paths])
    if output and not isinstance(plan.items[0], FileError):
        outputs[plan.items[0][0]] = output
    accepted = None
    if baseline:
        from linter import baseline as baseline_module

        accepted = baseline_module.Baseline.load(baseline)
    job = engine.Job(plan.settings, encoding=encoding, year=year, max_bytes=_max_bytes(max_size),
                     baseline=accepted)
    work = functools.partial(annotating.annotate_file, task=annotating.Task(fix=fix, outputs=outputs))
    errors = 0
    with _progress(len(plan.paths)) as progress:
        for outcome in runner.outcomes(plan, job, jobs=jobs, progress=progress, work=work):
            if isinstance(outcome, FileError):
                errors += 1
                _echo_error(f"{outcome.path}: {outcome.message}")
                continue
            written = outcome.written
            if not quiet:
                _notes(outcome)
            if written.error:
                errors += 1
                _echo_error(f"{outcome.path}: {written.error}")
            elif not quiet:
                from linter.reporters.base import shown

                revisions = f"，修订 {written.revisions} 处" if written.revisions else ""
                click.echo(f"zhidang: {shown(outcome.path)} → {shown(written.path)}：批注 {written.comments} 条"
                           f"{revisions}", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_OK)


def _comparison(plan, job, similar: bool, compare_with, rulebook, jobs, editing: bool = False):
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


def _progress(total: int):
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


def _notes(result) -> None:
    """A file's notes on stderr: why its rulebook was chosen, rules skipped …"""
    from linter.reporters.base import shown

    path = shown(result.path)
    if result.chosen_because:
        click.echo(f"zhidang: {path}：自动选用规则库 {result.rulebook}"
                   f"（{result.rulebook_title}），因为{result.chosen_because}", err=True)
    for notice in result.notices:
        click.echo(f"zhidang: {path}：{notice}", err=True)


@cli.command()
@_paths_argument
@click.option("--output", "-o", "html_path", type=FilePath(), metavar="文件.html",
              help="写出 HTML 审阅报告（可离线打开）。报告较多时另有同名文件夹（文件名_files）存放各份报告。")
@click.option("--xlsx", "xlsx_path", type=FilePath(), metavar="文件.xlsx",
              help="同时写出汇总表格（Excel/WPS）。")
@click.option("--title", help="报告标题（默认：规则库名称 + 审阅汇总）。")
@click.option("--single-file/--folder", "single", default=None,
              help="--single-file：全部报告写进一个网页文件（便于用邮件发送）；--folder：汇总页 + 同名文件夹。"
                   "默认：100 份以内、合计不超过 2 MB 时用单个文件，否则用文件夹。")
@_rulebook_option
@_jobs_option
@_max_size_option
@click.option("--annotate", "annotate_dir", metavar="目录",  # annotate (issue 13)
              help="同时为每份报告写出 Word 审阅稿（批注标出问题，清单在标题上）到这个目录。")
@click.option("--similar", is_flag=True, help=SIMILAR_HELP)
@_compare_with_option
def report(paths, html_path, xlsx_path, title, single, rulebook, jobs, max_size, annotate_dir, similar, compare_with):
    """为一批报告生成审阅报告：HTML 页面（汇总表 + 每份报告标出问题），可选 .xlsx 汇总表。

    例：zhidang report 各单位报告/ -o 审阅.html --xlsx 汇总.xlsx

    退出状态：0 已生成；2 用法错误、规则库无效，或有文件无法读取（其余报告照常生成，无法读取的文件在报告中单列一行）。
    """
    import contextlib
    import datetime

    from linter import runner, settings
    from linter.reporters import html
    from linter.results import FileError

    if not html_path and not xlsx_path:
        raise UserError("请用 -o 文件.html 和/或 --xlsx 文件.xlsx 指定输出文件")
    # The same path as `check` (and its JSON): project config and suppressions apply.
    plan = settings.resolve(paths, settings.Options(rulebook=rulebook))
    book = plan.default
    total = len(plan.items)
    # Each worker prepares what the writers need of its report (page data,
    # summary row, spreadsheet rows); the writers append it as it streams in
    # (in input order) and keep a summary row per report, nothing else.
    labels = html.rule_labels([book, *(b for b in plan.books.values() if b is not book)])
    job = html.ReportJob(plan.settings, labels, [e.id for e in book.elements], page=bool(html_path),
                         sheet=bool(xlsx_path), max_bytes=_max_bytes(max_size),
                         detail=html.detail if html_path else None, annotate=_annotate_task(plan, annotate_dir))
    comparison = _comparison(plan, job, similar, compare_with, rulebook, jobs)
    if comparison is not None:
        job.prepare = False  # its findings are added here, after the whole batch
    writers = []
    with contextlib.ExitStack() as stack:
        if html_path:
            layout = html.choose_layout(single, total, _input_bytes(path for path, _ in plan.paths))
            generated = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
            writers.append(stack.enter_context(html.Writer(
                html_path, book, labels, total=total, layout=layout, title=title, generated=generated)))
        if xlsx_path:
            from linter.reporters import xlsx

            writers.append(stack.enter_context(xlsx.Writer(xlsx_path, book)))
        errors = []
        reports = unwritten = 0
        with _progress(len(plan.paths)) as progress:
            outcomes = runner.outcomes(plan, job, jobs=jobs, progress=progress, work=html.work)
            if comparison is not None:  # comparison.similarity: linter/similar/model.py
                comparison.model = True
                outcomes = comparison.outcomes(outcomes)
            for outcome in outcomes:
                if isinstance(outcome, FileError):
                    errors.append(outcome)
                else:
                    reports += 1
                    unwritten += _annotate_note(outcome)
                for writer in writers:
                    writer.add(outcome)
        if comparison is not None and comparison.similarity is not None:
            for writer in writers:  # the “相似段落” view and sheet
                writer.similarity(comparison.similarity, batch=comparison.batch)
        for writer in writers:
            writer.close()
    for error in errors:
        _echo_error(f"{error.path}: {error.message}")
    if annotate_dir:
        click.echo(f"已写出 {reports - unwritten} 份 Word 审阅稿到 {annotate_dir}。", err=True)
    written = "、".join(p for p in (html_path, xlsx_path) if p)
    if html_path and layout == "folder":
        written = written.replace(html_path, f"{html_path}（及文件夹 {html.folder_for(html_path)}）", 1)
    click.echo(f"已生成 {written}：{reports} 份报告"
               + (f"，{len(errors)} 个文件无法检查" if errors else "") + "。", err=True)
    sys.exit(EXIT_ERROR if errors or unwritten else EXIT_OK)


def _input_bytes(paths) -> int:
    """The batch's size on disk (what ``report`` guesses its pages' size from)."""
    size = 0
    for path in paths:
        try:
            size += os.path.getsize(path)
        except OSError:
            pass  # stdin, or a file that will be reported as unreadable
    return size


def _annotate_task(plan, folder):
    """``report --annotate`` (issue 13): the :class:`linter.annotate.Task` that
    makes each worker also write the report's reviewed copy into ``folder``."""
    if not folder:
        return None
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise UserError(f"--annotate 应为目录，而“{folder}”是文件")
    from linter import annotate

    return annotate.Task(outputs=annotate.outputs_for([path for path, _ in plan.paths], folder))


def _annotate_note(result) -> int:
    """``report --annotate``: 1 (and the reason on stderr) if the result's
    reviewed copy could not be written, else 0."""
    written = getattr(result, "written", None)
    if written is not None and written.error:
        _echo_error(f"{result.path}: {written.error}")
        return 1
    return 0


@cli.command()
@_rulebook_option
@_settings_options()
@_baseline_option()
@_year_option
@click.option("--stdio", is_flag=True, hidden=True)  # added by some LSP clients; stdio is the only transport
def server(rulebook, select, ignore, config_file, no_config, baseline, year, stdio):
    """语言服务器（LSP，经标准输入输出）：在编辑器中边写边检查 .md、.txt（.docx 只读）。

    需要先安装：pip install "zhidang[server]"。编辑器的配置方法见用户指南第 12 节“在编辑器中边写边检查”。
    """
    from linter import server as server_module
    from linter.settings import Options

    server_module.run(Options(rulebook=rulebook, select=select, ignore=ignore or [], config=config_file,
                              no_config=no_config), baseline=baseline, year=year)


def _write(path, data: bytes) -> None:
    from linter.files import write_atomically

    try:
        write_atomically(path, data)
    except OSError as exc:
        raise UserError(f"{path}: 无法写入（{exc.strerror or exc}）") from None


@cli.group(cls=Group)
def rules():
    """查看和测试规则库。"""


@rules.command("list")
@_rulebook_option
@_config_option
def rules_list(rulebook, config_file, no_config):
    """列出规则库中的检查要素和规则（未给 --rulebook 时，用配置文件中的规则库）。"""
    from linter.rulebook import missing_id

    book = _load_rulebook(rulebook, config_file, no_config)
    click.echo(f"规则库 {book.id}：{book.title}")
    click.echo("检查要素：")
    for e in book.elements:
        click.echo(f"  {missing_id(e.id):<24} {e.severity:<8} {e.title}")
    click.echo("规则：")
    for r in book.rules:
        click.echo(f"  {r.id:<24} {r.severity:<8} {r.type:<10} {r.message}")


@rules.command("explain")
@click.argument("rule_id", metavar="规则id")
@_rulebook_option
@_config_option
def rules_explain(rule_id, rulebook, config_file, no_config):
    """说明一条规则（或检查要素）及其示例（未给 --rulebook 时，用配置文件中的规则库）。"""
    book = _load_rulebook(rulebook, config_file, no_config)
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
    if rule.finding_id == rule.id:
        click.echo(f"\n提示信息：{rule.message}")
    click.echo("\n不通过的示例：")
    for text in rule.examples.failing:
        click.echo(f"  ✗ {text}")
    click.echo("通过的示例：")
    for text in rule.examples.passing:
        click.echo(f"  ✔ {text}")


@rules.command("test")
@click.argument("rulebook_path", required=False, metavar="[规则库]")
@click.option("--verbose", "-v", is_flag=True, help="列出每一个示例。")
@_config_option
def rules_test(rulebook_path, verbose, config_file, no_config):
    """运行规则库中每条规则自带的通过/不通过示例（未给规则库时，用配置文件中的规则库）。"""
    from linter.selftest import run_examples

    book = _load_rulebook(rulebook_path, config_file, no_config, strict=True)
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
def rules_reference():
    """生成规则参考文档（Markdown），即 docs/rules.md 的内容。"""
    from linter import reference, rulebook

    books = [rulebook.load(name) for name in rulebook.builtin_names()]
    click.echo(reference.render(books), nl=False)


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
        _echo_error(str(exc))
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
            _echo_error(message)
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
