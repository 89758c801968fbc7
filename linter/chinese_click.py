"""click, in Chinese: help pages and usage errors as one line of the project's own form.

click writes its help headings (Usage, Options, Commands) and its usage
errors (four English lines: usage, hint, blank, ``Error: …``) itself. zhidang
promises one Chinese line for every user error, so:

* :class:`Command` and :class:`Group` use a help formatter whose headings are
  Chinese (用法、选项、命令、参数). click joins the lines of a help paragraph
  with a space, so write each Chinese paragraph of a docstring on one line;
* option types :class:`Choice`, :class:`IntRange` and :class:`FilePath` fail
  with Chinese messages;
* :func:`usage_error` turns any of click's usage errors into one Chinese line
  naming the option, the argument or the command.
"""

from __future__ import annotations

import click

_HEADINGS = {"Options": "选项", "Commands": "命令", "Positional arguments": "参数", "Arguments": "参数"}


class HelpFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "用法：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{_HEADINGS.get(heading, heading)}：\n")


class Context(click.Context):
    formatter_class = HelpFormatter


class _Chinese:
    """What commands and groups share: the Chinese context, metavar and --help."""

    context_class = Context

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        super().__init__(*args, **kwargs)

    _zhidang_help = None

    def get_help_option(self, ctx):
        """click's help option, with Chinese help, made here: click's own asks
        gettext for its English text, which imports locale (~1% of a check)."""
        names = self.get_help_option_names(ctx)
        if not names or not self.add_help_option:
            return None
        if self._zhidang_help is None:  # one object per command: click orders parameters by identity
            self._zhidang_help = click.Option(names, is_flag=True, expose_value=False, is_eager=True,
                                              callback=_show_help, help="显示本帮助并退出。")
        return self._zhidang_help


def _show_help(ctx, param, value) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


class Command(_Chinese, click.Command):
    pass


class Group(_Chinese, click.Group):
    command_class = Command

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("subcommand_metavar", "命令 [参数]…")
        super().__init__(*args, **kwargs)


Group.group_class = Group


# --------------------------------------------------------------------------- option types


class Choice(click.Choice):
    def convert(self, value, param, ctx):
        if value in self.choices:
            return value
        self.fail(f"“{value}”不是可选的值（可选：{'、'.join(self.choices)}）", param, ctx)


class IntRange(click.IntRange):
    def _describe_range(self) -> str:  # shown in --help as [范围：…]
        if self.max is None:
            return f"不小于 {self.min}"
        return f"{self.min}–{self.max}"

    def convert(self, value, param, ctx):
        try:
            number = int(value)
        except (TypeError, ValueError):
            self.fail(f"“{value}”不是整数", param, ctx)
        if self.min is not None and number < self.min or self.max is not None and number > self.max:
            if self.max is None:
                self.fail(f"“{value}”应为不小于 {self.min} 的整数", param, ctx)
            self.fail(f"“{value}”应为 {self.min} 到 {self.max} 之间的整数", param, ctx)
        return number


class FilePath(click.ParamType):
    """A file path for an option (``-o``, ``--config``, ``--baseline``): a
    string; a folder given where a file is meant is refused at once."""

    name = "文件"

    def convert(self, value, param, ctx):
        import os

        if os.path.isdir(value):
            self.fail(f"“{value}”是目录，应为文件", param, ctx)
        return value


# --------------------------------------------------------------------------- errors


def _option_names(param) -> str:
    if param is None:
        return ""
    if isinstance(param, click.Argument):
        return param.metavar or param.name.upper()
    return "/".join(param.opts)


def _command_path(exc) -> str:
    ctx = getattr(exc, "ctx", None)
    return ctx.command_path if ctx is not None else "zhidang"


def usage_error(exc: click.ClickException) -> tuple[str, int]:
    """``(one Chinese line, exit status)`` for one of click's exceptions."""
    command = _command_path(exc)
    hint = f"（{command} --help 查看用法）"
    name = type(exc).__name__
    if name == "NoArgsIsHelpError":  # a bare `zhidang`: its help, as --help would print it
        return exc.ctx.get_help(), 0
    if isinstance(exc, click.NoSuchOption):
        guess = f"，是否想用 {'、'.join(exc.possibilities)}？" if exc.possibilities else ""
        return f"没有选项 {exc.option_name}{guess}{hint}", 2
    if hasattr(exc, "command_name"):  # click ≥ 8.4's NoSuchCommand
        ctx = exc.ctx
        commands = "、".join(ctx.command.list_commands(ctx)) if ctx is not None else ""
        return f"没有命令“{exc.command_name}”（可用命令：{commands}）", 2
    if isinstance(exc, click.MissingParameter):
        param = exc.param
        if isinstance(param, click.Argument):
            what = "要检查的文件或目录" if param.name == "paths" else (param.metavar or param.name)
            return f"缺少参数：{what}{hint}", 2
        return f"缺少选项 {_option_names(param)}{hint}", 2
    if isinstance(exc, click.BadParameter):
        where = _option_names(exc.param) or "参数"
        return f"{where} 的值无效：{exc.message}", 2
    if isinstance(exc, click.BadOptionUsage):
        if "requires an argument" in exc.message:
            return f"选项 {exc.option_name} 需要一个值{hint}", 2
        return f"选项 {exc.option_name} 用法不对：{exc.message}{hint}", 2
    if isinstance(exc, click.UsageError):
        if exc.message.startswith("Got unexpected extra argument"):
            extra = exc.message.split("(", 1)[-1].rstrip(")")
            return f"多余的参数：{extra}{hint}", 2
        if exc.message.startswith("No such command"):  # click < 8.4
            wrong = exc.message.split("'")[1] if exc.message.count("'") >= 2 else ""
            return f"没有命令“{wrong}”（可用命令：check、report、rules）", 2
        if exc.message.startswith("Missing command"):
            return f"缺少命令（可用命令：check、report、rules）{hint}", 2
        return f"{exc.message}{hint}", 2
    return exc.format_message(), getattr(exc, "exit_code", 2) or 2
