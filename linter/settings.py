"""Settings, resolved once: what each file is checked with, decided in the parent process.

``zhidang check`` and ``zhidang report`` turn the command line (:class:`Options`)
and the project configuration files (:mod:`linter.config`) into a
:class:`Plan` before any file is read:

* for each file, its :class:`FileSettings` — the rulebook (or, for
  ``--rulebook auto``, the :class:`Chooser` that picks one per document),
  ``select``, ``ignore`` with the file's ``per-file-ignores``, and ``fail-on``;
* every rule id the user named (``--select``, ``--ignore``, config files)
  checked against every rulebook the file may be checked with, so a typo
  stops the run at once, with the option or the file and line that holds it;
* the rulebooks any file may use (reporters describe their rules: SARIF,
  JUnit, statistics).

The engine then checks each file with its settings and nothing else; the
exit status is computed from the settings and the results at the top
(:meth:`Plan.fails`).
"""

from __future__ import annotations

import os

from linter import config as config_module
from linter import sources
from linter.errors import UserError
from linter.records import Record
from linter.results import FileError, severity_rank

DEFAULT_FAIL_ON = "error"
AUTO = "auto"


class Options(Record):
    """What the command line says; None means “as the configuration file says”."""

    _FIELDS = ("rulebook", "select", "ignore", "fail_on", "config", "no_config", "stdin_filename")

    def __init__(self, rulebook: str | None = None, select: list[str] | None = None,
                 ignore: list[str] | None = None, fail_on: str | None = None, config: str | None = None,
                 no_config: bool = False, stdin_filename: str | None = None):
        self.rulebook = rulebook  # a built-in name, a YAML path, or "auto"
        self.select = select
        self.ignore = [] if ignore is None else ignore
        self.fail_on, self.config, self.no_config, self.stdin_filename = fail_on, config, no_config, stdin_filename


class Chooser:
    """``--rulebook auto``: picks one of ``books`` for each document."""

    def __init__(self, books: list, default):
        self.books = books
        self.default = default

    def choose(self, doc):
        """``(rulebook, reason in Chinese)`` for ``doc``."""
        from linter import genres

        return genres.choose(doc, self.books, self.default.id)


class FileSettings:
    """How one file is checked. Built by :func:`resolve`; shared by every file
    with the same settings (a worker receives the table once)."""

    __slots__ = ("rulebook", "chooser", "select", "ignore", "fail_on")

    def __init__(self, rulebook, chooser, select, ignore, fail_on):
        self.rulebook = rulebook  # a Rulebook, or None when ``chooser`` picks one
        self.chooser = chooser
        self.select = select  # frozenset of rule ids, or None: every rule
        self.ignore = ignore  # frozenset of rule ids
        self.fail_on = fail_on

    @property
    def books(self) -> list:
        """Every rulebook a file with these settings may be checked with."""
        return self.chooser.books if self.chooser is not None else [self.rulebook]

    def keeps(self, rule_id: str) -> bool:
        return (self.select is None or rule_id in self.select) and rule_id not in self.ignore

    def key(self) -> tuple:
        return (id(self.rulebook), id(self.chooser), self.select, self.ignore, self.fail_on)


class Plan(Record):
    """What to check, in input order, and how."""

    _FIELDS = ("items", "settings", "books", "default", "skipped", "compare_with")

    def __init__(self, items: list | None = None, settings: list[FileSettings] | None = None,
                 books: dict | None = None, default=None, skipped: list[str] | None = None,
                 compare_with: list[str] | None = None):
        #: per input, in order: ``(path, index into settings)`` or a :class:`FileError`
        self.items = [] if items is None else items
        self.settings = [] if settings is None else settings
        #: rulebook id → Rulebook: every rulebook a file may be checked with
        self.books = {} if books is None else books
        self.default = default  # the rulebook that names the run (titles), when no file says otherwise
        self.skipped = [] if skipped is None else skipped  # special files met while walking folders
        #: configured archive folders (config compare-with)
        self.compare_with = [] if compare_with is None else compare_with

    @property
    def paths(self) -> list[tuple[str, int]]:
        return [item for item in self.items if not isinstance(item, FileError)]

    def settings_of(self, index: int) -> FileSettings:
        return self.settings[index]

    def fails(self, index: int, severity: str) -> bool:
        """Does a finding of ``severity`` fail the check of a file with settings ``index``?"""
        return severity_rank(severity) >= severity_rank(self.settings[index].fail_on)


class Resolver:
    """Settings per path under one set of options (configuration files found
    and validated once per folder). Also for a document that is not on disk
    yet (standard input, an editor's buffer): :meth:`for_path`."""

    def __init__(self, options: Options):
        self.options = options
        self.finder = config_module.Finder(options.config, disabled=options.no_config)
        self.plan = Plan()
        self._books: dict[tuple, object] = {}  # ("name", name) / ("path", resolved) → Rulebook or Chooser
        self._per_config: dict[int, tuple] = {}  # id(config) → (book or chooser, select, ignore, fail_on)
        self._table: dict[tuple, int] = {}  # FileSettings.key() → index

    # -- rulebooks ------------------------------------------------------------

    def _remember(self, book) -> None:
        self.plan.books.setdefault(book.id, book)

    def _named(self, name: str | None):
        """The rulebook (or Chooser) for a command-line name, a built-in name or ``auto``."""
        from linter import rulebook

        key = ("name", name or rulebook.DEFAULT_RULEBOOK)
        if key not in self._books:
            if name == AUTO:
                from linter import genres

                books = genres.genre_books()
                default = next(b for b in books if b.id == rulebook.DEFAULT_RULEBOOK)
                self._books[key] = Chooser(books, default)
            else:
                self._books[key] = rulebook.load(name)
        return self._books[key]

    def _from_config(self, config):
        from linter import rulebook

        if config.rulebook == AUTO:
            return self._named(AUTO)
        path = configured_rulebook(config)
        key = ("path", os.path.realpath(path))
        if key not in self._books:
            self._books[key] = rulebook.load_path(path)
        return self._books[key]

    # -- settings -------------------------------------------------------------

    def _base(self, config):
        """(book or chooser, select, ignore, fail_on) for files under ``config``."""
        cached = self._per_config.get(id(config))
        if cached is not None:
            return cached[0]
        options = self.options
        if options.rulebook is not None or config is None or config.rulebook is None:
            used = self._named(options.rulebook)
        else:
            used = self._from_config(config)
        books = used.books if isinstance(used, Chooser) else [used]
        for book in books:
            self._remember(book)
        known = _known_ids(books)
        if config is not None:
            config.check_ids(known)
        if options.select is not None:
            select = frozenset(_cli_ids(known, books, "--select", options.select))
        elif config is not None and config.select is not None:
            select = frozenset(rule_id for rule_id, _ in config.select)
        else:
            select = None
        ignore = set(_cli_ids(known, books, "--ignore", options.ignore))
        if config is not None:
            ignore |= {rule_id for rule_id, _ in config.ignore}
        fail_on = options.fail_on or (config.fail_on if config else None) or DEFAULT_FAIL_ON
        result = (used, select, frozenset(ignore), fail_on)
        self._per_config[id(config)] = (result, config)  # keep config alive: id() stays unique
        return result

    def for_path(self, path: str) -> FileSettings:
        """The settings of a file at ``path`` (it need not exist)."""
        return self.plan.settings[self.settings_index(path)]

    def settings_index(self, path: str) -> int:
        config = self.finder.for_file(path)
        used, select, ignore, fail_on = self._base(config)
        if config is not None and config.compare_with:
            self.plan.compare_with.extend(p for p in config.compare_with if p not in self.plan.compare_with)
        if config is not None:
            extra = config.ignored_for(path)
            if extra:
                ignore = ignore | frozenset(extra)
        book, chooser = (None, used) if isinstance(used, Chooser) else (used, None)
        settings = FileSettings(book, chooser, select, ignore, fail_on)
        key = settings.key()
        index = self._table.get(key)
        if index is None:
            index = self._table[key] = len(self.plan.settings)
            self.plan.settings.append(settings)
        return index


def _known_ids(books):
    """``known(rule_id)``: the canonical id of ``rule_id`` in any of ``books``
    (``political`` → ``missing-political``), or None."""
    from linter import suppress

    def known(rule_id: str):
        if rule_id == suppress.RULE_ID:
            return rule_id
        for book in books:
            canonical = book.canonical(rule_id)
            if canonical is not None:
                return canonical
        return None

    return known


def _cli_ids(known, books, option: str, ids: list[str]) -> list[str]:
    result = []
    for rule_id in ids:
        canonical = known(rule_id)
        if canonical is None:
            names = "、".join(book.id for book in books)
            raise UserError(f"{option} 中的规则“{rule_id}”不存在（规则库 {names}；用 zhidang rules list 查看）")
        result.append(canonical)
    return result


def configured_rulebook(config) -> str:
    """The rulebook a configuration names (not ``auto``), as a built-in name
    or a path resolved against the configuration's folder; a bad one is a
    UserError naming the configuration file and its line."""
    from linter import rulebook

    try:
        return rulebook.resolve(config.rulebook, config.folder)
    except UserError as exc:
        raise UserError(f"rulebook 无效：{exc}", config.path, config.rulebook_line) from None


def resolve(paths, options: Options) -> Plan:
    """The :class:`Plan` for checking ``paths`` (files, folders, ``-``) with
    ``options``. Raises :class:`UserError` for an invalid option, rulebook or
    configuration file; a path that cannot be checked becomes a
    :class:`FileError` in ``plan.items`` and the rest of the run goes on."""
    resolver = Resolver(options)
    plan = resolver.plan
    for path, problem in sources.iter_paths(paths, skipped=plan.skipped):
        if problem is not None:
            plan.items.append(FileError(path, problem.message))
            continue
        # standard input: the configuration of --stdin-filename's folder (else the cwd)
        where = (options.stdin_filename or "-") if path == sources.STDIN else path
        plan.items.append((path, resolver.settings_index(where)))
    if not plan.settings:  # nothing readable: still validate the options, and name the run
        resolver._base(resolver.finder.for_file("-"))
    from linter import rulebook

    default = resolver._named(options.rulebook) if options.rulebook else None
    if isinstance(default, Chooser):
        default = default.default
    plan.default = default or plan.books.get(rulebook.DEFAULT_RULEBOOK) or next(iter(plan.books.values()))
    return plan
