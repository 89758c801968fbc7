"""Validators for rule options declared in a rulebook.

A rule type declares ``OPTIONS = {"name": (validator, default)}``; a default of
:data:`REQUIRED` makes the option mandatory. A validator takes the YAML value
and returns the compiled value, or raises :class:`ValueError` with a Chinese
message (the rulebook loader adds the file and line).
"""

from __future__ import annotations

import contextlib
import re
import time

from linter import regexstore

REQUIRED = object()

try:  # what string.Formatter().parse calls, without importing string (~1% of a one-report check)
    from _string import formatter_parser as _formatter_parser
except ImportError:  # another Python implementation
    import string

    _formatter_parser = string.Formatter().parse


def template_fields(template: str) -> set[str]:
    """The ``{names}`` a message template uses (``str.format`` syntax);
    ValueError, with Python's reason, when it is malformed."""
    return {name for _, name, _, _ in _formatter_parser(template) if name is not None}


#: Seconds the patterns of one rule from a rulebook that is not built in may
#: run on one document (see :class:`UserPattern`).
BUDGET = 1.0


def regex(value) -> re.Pattern:
    """A regular expression, compiled with ``re.MULTILINE``. Inside
    :func:`untrusted` (a rulebook that is not built in), a pattern that is not
    one of the built-in rulebooks' own becomes a :class:`UserPattern`."""
    if not isinstance(value, str) or not value:
        raise ValueError("正则表达式必须是非空字符串")
    if _untrusted and value not in _builtin_texts():
        return UserPattern(value)
    return LazyPattern(value)


class LazyPattern(regexstore.Lazy):
    """A pattern of a built-in rulebook (or verbatim one of theirs), compiled
    with ``re.MULTILINE`` on first use: a document uses about two thirds of a
    rulebook's patterns (the rest belong to rules that find nothing to look
    at), and compiling all of them cost ~11 ms of every one-report check.
    The built-in patterns are valid (tests/test_rulebook.py compiles every
    one); a hand-edited one that is not gets the rulebook's error."""

    # (a class attribute, a plain int: combining or testing RegexFlag values runs enum's Python code)
    flags = int(re.MULTILINE | re.UNICODE)

    def __init__(self, pattern: str):
        self.pattern = pattern

    def _compile(self) -> re.Pattern:
        try:
            return regexstore.compile(self.pattern, re.MULTILINE)
        except re.error as error:  # a built-in rulebook edited by hand: say where, as for any rulebook
            raise _invalid_builtin(self.pattern, error) from None

    def __reduce__(self):
        return LazyPattern, (self.pattern,)

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __eq__(self, other) -> bool:
        if isinstance(other, LazyPattern):
            return self.pattern == other.pattern
        return self.compiled() == other

    def __hash__(self) -> int:
        return hash(self.compiled())


# -- patterns from rulebooks that are not built in ----------------------------
#
# The built-in patterns are trusted: reviewed, benchmarked to run in linear
# time (scripts/bench.py --only pathological), and run with ``re``. A pattern
# from a user's rulebook (--rulebook file.yaml, a project's .zhidang.yaml) can
# backtrack catastrophically — ``(a|a)+$`` doubles its time with every
# character — and would hang every pre-commit run of the repository. Such
# patterns are compiled with the ``regex`` module (imported only then) and
# run with its ``timeout``: the patterns of one rule get BUDGET seconds per
# document (:func:`time_limit`, entered by the engine around each rule),
# after which they raise PatternTimeout and the rule is skipped for that
# document. RE2 is not used: it refuses lookarounds and backreferences, which
# the built-in rules (the models users copy) rely on.

_untrusted = False
_builtin = None  # the strings of the built-in rulebooks, read on first use
_budget = None  # [seconds left] of the rule running now (see time_limit)
#: How many user patterns this process has made: while none, no pattern can
#: run out of time, and the engine runs its rules without :func:`time_limit`.
user_patterns = 0


class PatternTimeout(ValueError):
    """A pattern of a rulebook that is not built in ran out of time.

    A ValueError, so that one met while validating a rulebook (a
    substitution run on its example) is reported as an error of that
    rulebook; during a check the engine catches it around each rule.
    ``pattern`` is the pattern's text, ``rule`` the rule's id when known."""

    def __init__(self, pattern: str, rule: str | None = None):
        super().__init__(f"正则表达式“{pattern}”运行超过 {BUDGET:g} 秒（可能是灾难性回溯）")
        self.pattern = pattern
        self.rule = rule

    def notice(self, rule: str | None = None) -> str:
        """The warning for the file being checked (Chinese, one line)."""
        return (f"规则 {rule or self.rule} 的正则表达式在本文件上超过 {BUDGET:g} 秒，已跳过"
                f"（可能是灾难性回溯）：{self.pattern}")


def trusted() -> bool:
    """Is the rulebook being validated a built-in one (see :func:`untrusted`)?"""
    return not _untrusted


@contextlib.contextmanager
def untrusted(active: bool = True):
    """Validate a rulebook that is not built in: its own patterns (those that
    are not verbatim in a built-in rulebook) become :class:`UserPattern`."""
    global _untrusted
    previous, _untrusted = _untrusted, active
    try:
        yield
    finally:
        _untrusted = previous


class time_limit:  # (lower case: used as a function, ``with time_limit():``)
    """Give the user patterns run inside this block ``seconds`` in all (the
    engine: per rule and document). Outside any block, each call of a user
    pattern has ``seconds`` of its own. (A class, not a generator context
    manager: the engine enters one per rule and document.)"""

    __slots__ = ("previous", "seconds")

    def __init__(self, seconds: float = BUDGET):
        self.seconds = seconds

    def __enter__(self):
        global _budget
        self.previous, _budget = _budget, [self.seconds]

    def __exit__(self, *exc) -> None:
        global _budget
        _budget = self.previous


def _invalid_builtin(pattern: str, error: re.error):
    """The error for an invalid pattern of a built-in rulebook: the file and
    line that hold it (the first that does), as a user's rulebook's is reported."""
    from linter.errors import RulebookError
    from linter.files import display_path
    from linter.rulebook import builtin_dir

    message = f"正则表达式“{pattern}”无效：{error}"
    for path in sorted(builtin_dir().rglob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern in line:
                return RulebookError(message, display_path(path), number)
    return RulebookError(message, "内置规则库")


def _builtin_texts() -> frozenset:
    """Every string in the built-in rulebooks (their patterns among them)."""
    global _builtin
    if _builtin is None:
        import yaml

        from linter.rulebook import (
            builtin_dir,  # imported here: rulebook imports this module
        )

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        found: set[str] = set()
        stack = []
        for path in sorted(builtin_dir().glob("*.yaml")):
            stack.append(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))  # noqa: S506 — a safe loader
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                found.add(item)
            elif isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
        _builtin = frozenset(found)
    return _builtin


class UserPattern:
    """A pattern of a rulebook that is not built in: the methods of a
    compiled ``re`` pattern that the rule types use, run by the ``regex``
    module with a time limit (:data:`BUDGET` per rule and document; see
    :func:`time_limit`). ``finditer`` returns the matches found within it
    as a list. Raises :class:`PatternTimeout` when the time is up."""

    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str):
        try:
            import regex as _regex  # the PyPI module: only for user rulebooks
        except ImportError:
            raise ValueError("规则库中的正则表达式需要 regex 模块运行（pip install regex），"
                             "它是 zhidang 的依赖，安装不完整？") from None
        self.pattern = pattern
        try:
            self._compiled = _regex.compile(pattern, _regex.MULTILINE)
        except _regex.error as exc:
            raise ValueError(f"正则表达式“{pattern}”无效：{exc}") from None
        global user_patterns
        user_patterns += 1

    def __reduce__(self):
        return UserPattern, (self.pattern,)

    def __repr__(self) -> str:
        return f"UserPattern({self.pattern!r})"

    @property
    def flags(self) -> int:
        return self._compiled.flags

    @property
    def groups(self) -> int:
        return self._compiled.groups

    @property
    def groupindex(self):
        return self._compiled.groupindex

    def _run(self, method: str, *args, **kwargs):
        budget = _budget if _budget is not None else [BUDGET]
        if budget[0] <= 0:
            raise PatternTimeout(self.pattern)
        started = time.perf_counter()
        try:
            result = getattr(self._compiled, method)(*args, timeout=budget[0], **kwargs)
            if method == "finditer":
                result = list(result)  # the scan happens here, within the time limit
        except TimeoutError:
            budget[0] = 0
            raise PatternTimeout(self.pattern) from None
        except Exception as exc:  # a bad replacement template: the error re would raise
            import regex as _regex

            if isinstance(exc, _regex.error):
                raise re.error(str(exc)) from None
            raise
        finally:
            budget[0] -= time.perf_counter() - started
        return result

    def search(self, string, pos=0, endpos=None):
        return self._run("search", string, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._run("match", string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run("fullmatch", string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        return self._run("finditer", string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        return self._run("findall", string, pos, endpos)

    def sub(self, repl, string, count=0):
        return self._run("sub", repl, string, count)

    def subn(self, repl, string, count=0):
        return self._run("subn", repl, string, count)

    def split(self, string, maxsplit=0):
        return self._run("split", string, maxsplit)


def message(fields: set[str]):
    """A validator of a further message template (a rule type's second kind of
    finding) that may use ``fields``."""
    def check(value) -> str:
        if not isinstance(value, str) or not value:
            raise ValueError("应为非空文本")
        try:
            names = template_fields(value)
        except ValueError as exc:
            raise ValueError(f"格式错误：{exc}") from None
        unknown = names - fields
        if unknown:
            raise ValueError(f"使用了未知占位 {{{sorted(unknown)[0]}}}（可用：{'、'.join(sorted(fields))}）")
        return value
    return check


def regex_list(value) -> list[re.Pattern]:
    return [regex(item) for item in _list(value)]


def string_list(value) -> list[str]:
    items = _list(value)
    for item in items:
        if not isinstance(item, str) or not item:
            raise ValueError(f"应为非空字符串，而不是 {item!r}")
    return list(items)


def element_id(value) -> str:
    """One checklist element id (a string, or a list of one)."""
    items = string_list([value] if isinstance(value, str) else value)
    if len(items) != 1:
        raise ValueError("应为一个检查要素 id")
    return items[0]


def positive_int(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"应为非负整数，而不是 {value!r}")
    return value


def mappings(value, fields: tuple[str, ...], required: tuple[str, ...]):
    """Yield ``(label, item)`` for a non-empty list of mappings that use only
    ``fields`` (a table in a rule, such as substitutions or events); the label
    (第 N 项) prefixes the validator's own messages."""
    if not isinstance(value, list) or not value:
        raise ValueError(f"应为非空列表，每项含 {'、'.join(required)}")
    for number, item in enumerate(value, start=1):
        where = f"第 {number} 项"
        if not isinstance(item, dict):
            raise ValueError(f"{where}应为映射（{'、'.join(fields)}）")
        unknown = set(item) - set(fields)
        if unknown:
            raise ValueError(f"{where}有未知字段“{sorted(unknown)[0]}”（可用字段：{'、'.join(sorted(fields))}）")
        yield where, item


def _list(value) -> list:
    if not isinstance(value, list):
        raise ValueError(f"应为列表，而不是 {type(value).__name__}")
    return value


def choice(*values: str):
    """A validator accepting one of ``values``."""

    def validate(value) -> str:
        if value not in values:
            raise ValueError(f"应为 {'、'.join(values)} 之一，而不是 {value!r}")
        return value

    return validate


def boolean(value) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"应为 true 或 false，而不是 {value!r}")
    return value


class Figures:
    """Compiled syntax of a figure — a number and its unit (12次, 864余名,
    1.5万人次) — built from a rulebook's list of units.

    ``figure`` matches a whole figure with groups ``number``, ``approx`` (余 or
    多) and ``unit``; ``unit`` matches what may follow a number (``approx``
    and a unit), to recognize a placeholder standing where a number should be.
    """

    def __repr__(self) -> str:
        return f"Figures({self.units!r})"

    def __init__(self, units: list[str]):
        alternatives = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        self.units = units
        self.unit = regexstore.compile(f"(?:余|多)?(?:{alternatives})")
        self.figure = regexstore.compile(
            # the lookbehind follows the first digit, so that the scan can skip to digits
            rf"(?P<number>\d(?<![\d.]\d)\d*(?:\.\d+)?)(?P<approx>余|多)?(?P<unit>{alternatives})"
        )


def units(value) -> Figures:
    """A list of measure words (次, 人次, 场 …) → :class:`Figures`."""
    return Figures(string_list(value))
