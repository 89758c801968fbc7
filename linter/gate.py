"""``zhidang check`` as a gate: per-file configuration, filtering, baseline, exit status.

The engine produces every finding; this module decides which ones a project
wants to see, as a post-processing step on each :class:`FileResult`:

1. the rulebook of the file's configuration (or ``--rulebook``) runs;
2. inline suppressions (:mod:`linter.suppress`) remove findings and report
   unused ones;
3. ``select`` / ``ignore`` / ``per-file-ignores`` (:mod:`linter.config`, with
   the command line overriding the file) remove rules;
4. a baseline (:mod:`linter.baseline`) removes accepted findings.

The exit status then uses each file's ``fail-on``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from linter import config as config_module
from linter import suppress
from linter.errors import UserError
from linter.results import severity_rank

DEFAULT_FAIL_ON = "error"


@dataclass
class Options:
    """What the command line says; None means “as the config file says”."""

    rulebook: str | None = None
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    config: str | None = None
    no_config: bool = False
    baseline: str | None = None
    write_baseline: str | None = None


@dataclass
class Settings:
    """The effective settings for the files under one configuration."""

    rulebook: object
    config: object  # config.Config or None
    select: set[str] | None
    ignore: set[str]
    fail_on: str

    def canonical(self, rule_id: str) -> str | None:
        return canonical(self.rulebook, rule_id)

    def keep(self, path: str):
        ignored = self.ignore | (self.config.ignored_for(path) if self.config else set())
        select = self.select

        def keep(finding) -> bool:
            return (select is None or finding.rule in select) and finding.rule not in ignored

        return keep


def canonical(book, rule_id: str) -> str | None:
    """The id findings of ``rule_id`` carry (an element id gives its
    ``missing-`` id), or None if the rulebook has no such rule."""
    if rule_id == suppress.RULE_ID:
        return rule_id
    rule = book.find(rule_id)
    if rule is None:
        return None
    from linter.rulebook import missing_id

    return missing_id(rule.id) if rule.type == "element" else rule.id


class Gate:
    def __init__(self, options: Options):
        self.options = options
        self.finder = config_module.Finder(options.config, disabled=options.no_config)
        self.books: dict[str, object] = {}  # rulebook id → Rulebook (for reporters)
        self._books_by_key: dict[tuple, object] = {}
        self._settings: dict[int, Settings] = {}
        self.baseline = self._writer = None
        self.baseline_entries: list = []
        self.accepted = 0
        if options.baseline or options.write_baseline:
            from linter import baseline as baseline_module  # deferred: hashlib, json

            if options.baseline:
                self.baseline = baseline_module.Baseline.load(options.baseline)
            if options.write_baseline:
                self._writer = baseline_module.Baseline(options.write_baseline)

    # -- settings ------------------------------------------------------------

    def _rulebook(self, name: str | None, config):
        from linter import rulebook

        if name is None and config is not None and config.rulebook is not None:
            try:
                path = rulebook.resolve(config.rulebook, config.folder)
            except UserError as exc:
                raise UserError(f"rulebook 无效：{exc}", config.path, config.rulebook_line) from None
            key = ("path", str(path.resolve()))
            target = str(path)
        else:
            key = ("name", name)
            target = name
        if key not in self._books_by_key:
            book = rulebook.load(target)
            self._books_by_key[key] = book
            self.books.setdefault(book.id, book)
        return self._books_by_key[key]

    def settings_for(self, path: str) -> Settings:
        config = self.finder.for_file(path)
        cache_key = id(config)
        if cache_key in self._settings:
            return self._settings[cache_key]
        options = self.options
        book = self._rulebook(options.rulebook, config)
        if config is not None:
            config.check_ids(lambda rule_id: canonical(book, rule_id))
        select = None
        if options.select is not None:
            select = set(self._cli_ids(book, "--select", options.select))
        elif config is not None and config.select is not None:
            select = {rule_id for rule_id, _ in config.select}
        ignore = set(self._cli_ids(book, "--ignore", options.ignore))
        if config is not None:
            ignore |= {rule_id for rule_id, _ in config.ignore}
        fail_on = options.fail_on or (config.fail_on if config else None) or DEFAULT_FAIL_ON
        settings = Settings(book, config, select, ignore, fail_on)
        self._settings[cache_key] = settings
        return settings

    @staticmethod
    def _cli_ids(book, option: str, ids: list[str]) -> list[str]:
        result = []
        for rule_id in ids:
            known = canonical(book, rule_id)
            if known is None:
                raise UserError(f"{option} 中的规则“{rule_id}”不存在（规则库 {book.id}；用 zhidang rules list 查看）")
            result.append(known)
        return result

    def default_rulebook(self):
        """The rulebook reporters get for the run as a whole."""
        if self.books:
            return next(iter(self.books.values()))
        return self._rulebook(self.options.rulebook, None)

    # -- checking ------------------------------------------------------------

    def check(self, source, doc=None, choose=None):
        """Check one source: engine, then the post-processing steps. Pure per
        file (it may run in a worker process): what the run needs afterwards
        travels on the result (``fail_on``, ``accepted``, ``baseline_entries``).
        ``choose(doc)`` picks the rulebook per document (``--rulebook auto``)."""
        from linter.engine import build_document, check_chosen

        settings = self.settings_for(source.path)
        doc = doc if doc is not None else build_document(source)
        result = check_chosen(doc, settings.rulebook, choose)
        findings = result.findings
        directives = suppress.parse(source)
        if directives:
            findings = suppress.apply(source, findings, directives, settings.canonical)
        findings = list(filter(settings.keep(source.path), findings))
        if self.baseline is not None:
            findings, result.accepted = self.baseline.filter(source, findings)
        if self._writer is not None:
            from linter.baseline import entries

            result.baseline_entries = entries(source, findings, self._writer.path_key(source.path))
        result.findings = findings
        result.fail_on = settings.fail_on
        return result

    def run(self, paths, jobs: int | None = 1, progress=None, detail=None, **reading):
        """Check ``paths`` (``reading``: encoding, stdin_filename, year, choose)."""
        from linter.engine import check_paths

        return self._finish(check_paths(paths, None, gate=self, jobs=jobs, progress=progress,
                                        detail=detail, **reading))

    def fix(self, paths, write: bool, encoding=None, stdin_filename=None, **checking):
        """``check --fix`` (``write``) or ``--diff``: ``(RunResult, [Change])``."""
        from linter.engine import Checker
        from linter.fix import fix_paths

        checker = Checker(None, gate=self, encoding=encoding, **checking)
        run, changes = fix_paths(paths, checker, write=write, stdin_filename=stdin_filename)
        return self._finish(run), changes

    def _finish(self, run):
        """Gather what each file's check left on its result."""
        self.accepted = sum(result.accepted for result in run.files)
        self.baseline_entries = [e for result in run.files for e in result.baseline_entries]
        return run

    def failed(self, run) -> bool:
        """Does any file have a finding at or above its ``fail-on`` severity?"""
        for result in run.files:
            threshold = severity_rank(result.fail_on)
            if any(severity_rank(f.severity) >= threshold for f in result.findings):
                return True
        return False

    def write_baseline(self) -> int:
        from linter.baseline import write

        write(self.options.write_baseline, self.baseline_entries)
        return len(self.baseline_entries)
