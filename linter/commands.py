"""The ``zhidang`` commands other than ``check``: ``annotate``, ``report``, ``server`` and
``rules``. Part of the command line (:mod:`linter.cli`, whose options and helpers they share: public
there for that), kept here so that a one-report check — a pre-commit hook's run — does not build their ~60
options, nor read their code (``cli``'s group imports this module when one of them is run,
or when ``zhidang --help`` lists them)."""

from __future__ import annotations

import os
import sys

import click

from linter.chinese_click import FilePath, Group
from linter.cli import (
    EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, SIMILAR_HELP, baseline_option, comparison_of, compare_with_option,
    config_option, echo_error, encoding_option, jobs_option, size_limit, max_size_option, echo_notes,
    paths_argument, progress_bar, rulebook_option, settings_options, year_option, cli,
)
from linter.errors import UserError


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


@cli.command()
@paths_argument
@click.option("--output", "-o", type=FilePath(), metavar="文件.docx",
              help="审阅稿的文件名（只能用于一个输入文件；默认：原文件名加“（审阅）”，放在原文件旁边）。")
@click.option("--fix", is_flag=True,
              help="把可以安全修复的问题（标点、规范表述）记为 Word 修订（作者 zhidang），由起草人逐条接受或拒绝。")
@rulebook_option
@jobs_option
@settings_options("标出")
@baseline_option("标出")
@encoding_option
@year_option
@max_size_option
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
    job = engine.Job(plan.settings, encoding=encoding, year=year, max_bytes=size_limit(max_size),
                     baseline=accepted)
    work = functools.partial(annotating.annotate_file, task=annotating.Task(fix=fix, outputs=outputs))
    errors = 0
    with progress_bar(len(plan.paths)) as progress:
        for outcome in runner.outcomes(plan, job, jobs=jobs, progress=progress, work=work):
            if isinstance(outcome, FileError):
                errors += 1
                echo_error(f"{outcome.path}: {outcome.message}")
                continue
            written = outcome.written
            if not quiet:
                echo_notes(outcome)
            if written.error:
                errors += 1
                echo_error(f"{outcome.path}: {written.error}")
            elif not quiet:
                from linter.reporters.base import shown

                revisions = f"，修订 {written.revisions} 处" if written.revisions else ""
                click.echo(f"zhidang: {shown(outcome.path)} → {shown(written.path)}：批注 {written.comments} 条"
                           f"{revisions}", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_OK)


@cli.command()
@paths_argument
@click.option("--output", "-o", "html_path", type=FilePath(), metavar="文件.html",
              help="写出 HTML 审阅报告（可离线打开）。报告较多时另有同名文件夹（文件名_files）存放各份报告。")
@click.option("--xlsx", "xlsx_path", type=FilePath(), metavar="文件.xlsx",
              help="同时写出汇总表格（Excel/WPS）。")
@click.option("--title", help="报告标题（默认：规则库名称 + 审阅汇总）。")
@click.option("--single-file/--folder", "single", default=None,
              help="--single-file：全部报告写进一个网页文件（便于用邮件发送）；--folder：汇总页 + 同名文件夹。"
                   "默认：100 份以内、合计不超过 2 MB 时用单个文件，否则用文件夹。")
@rulebook_option
@jobs_option
@max_size_option
@click.option("--annotate", "annotate_dir", metavar="目录",  # annotate (issue 13)
              help="同时为每份报告写出 Word 审阅稿（批注标出问题，清单在标题上）到这个目录。")
@click.option("--similar", is_flag=True, help=SIMILAR_HELP)
@compare_with_option
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
                         sheet=bool(xlsx_path), max_bytes=size_limit(max_size),
                         detail=html.detail if html_path else None, annotate=_annotate_task(plan, annotate_dir))
    comparison = comparison_of(plan, job, similar, compare_with, rulebook, jobs)
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
        with progress_bar(len(plan.paths)) as progress:
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
        echo_error(f"{error.path}: {error.message}")
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
        echo_error(f"{result.path}: {written.error}")
        return 1
    return 0


@cli.command()
@rulebook_option
@settings_options()
@baseline_option()
@year_option
@click.option("--stdio", is_flag=True, hidden=True)  # added by some LSP clients; stdio is the only transport
def server(rulebook, select, ignore, config_file, no_config, baseline, year, stdio):
    """语言服务器（LSP，经标准输入输出）：在编辑器中边写边检查 .md、.txt（.docx 只读）。

    需要先安装：pip install "zhidang[server]"。编辑器的配置方法见用户指南第 12 节“在编辑器中边写边检查”。
    """
    from linter import server as server_module
    from linter.settings import Options

    server_module.run(Options(rulebook=rulebook, select=select, ignore=ignore or [], config=config_file,
                              no_config=no_config), baseline=baseline, year=year)


@cli.group(cls=Group)
def rules():
    """查看和测试规则库。"""


@rules.command("list")
@rulebook_option
@config_option
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
@rulebook_option
@config_option
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
@config_option
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
