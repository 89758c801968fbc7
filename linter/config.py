"""Project configuration: ``[tool.zhidang]`` in pyproject.toml, or ``.zhidang.yaml``.

The configuration of a checked file is found by walking up from the file's
folder: the nearest folder with a ``.zhidang.yaml``, or with a
``pyproject.toml`` that has a ``[tool.zhidang]`` table, wins (``.zhidang.yaml``
first when a folder has both). Keys (the same in both files)::

    rulebook          built-in rulebook name, or a YAML file relative to the config file
    select            rule ids to report (default: every rule of the rulebook)
    ignore            rule ids not to report
    per-file-ignores  {glob: [rule ids]}; globs relative to the config file's folder
    fail-on           error | warning | info: the lowest severity that fails the check
    compare-with      folder(s) of last year's reports, relative to the config file
                      (``zhidang check`` / ``report`` compare each report with its unit's)

Rule ids are checked against the rulebook when it is known (see
:meth:`Config.check_ids`); every error names the config file, and the line
where it can be found.
"""

from __future__ import annotations

import os
import re

from linter import regexstore
from linter.errors import UserError
from linter.files import display_path, read_bytes
from linter.records import Record
from linter.results import SEVERITIES

YAML_NAME = ".zhidang.yaml"
TOML_NAME = "pyproject.toml"
KEYS = ("rulebook", "select", "ignore", "per-file-ignores", "fail-on", "compare-with")
# [tool.zhidang], tool.zhidang.x = …, or a bare [tool] table (zhidang = {…} inside)
#: A line that may open or set the ``tool.zhidang`` table: ``[tool.zhidang]``
#: (``[tool.zhidang.per-file-ignores]``, quoted, spaced), a top-level dotted key
#: ``tool.zhidang.x = …`` or ``tool.zhidang = {…}``, ``tool = {…}``, or a ``[tool]``
#: table. A pyproject.toml without such a line has no [tool.zhidang] and is not
#: parsed (no tomllib import); one mentioning it only in a comment is not either.
_MAY_HAVE_TABLE = regexstore.compile(
    r"""^[ \t]*(?:\[{1,2}[ \t]*)?["']?tool["']?[ \t]*"""
    r"""(?:\.[ \t]*["']?zhidang["']?[ \t]*[.\]=]|\][ \t]*(?:#|\r?$)|=)""", re.M)


class Config(Record):
    """One configuration file, validated for shape (rule ids come later)."""

    _FIELDS = ("path", "folder", "rulebook", "rulebook_line", "select", "ignore", "per_file_ignores", "fail_on",
               "compare_with")

    def __init__(self, path: str, folder: str, rulebook: str | None = None, rulebook_line: int | None = None,
                 select: list[tuple[str, int | None]] | None = None,
                 ignore: list[tuple[str, int | None]] | None = None,
                 per_file_ignores: list[tuple[str, list[tuple[str, int | None]]]] | None = None,
                 fail_on: str | None = None, compare_with: list[str] | None = None):
        self.path = path  # as shown to the user
        self.folder = folder  # absolute; relative paths and globs start here
        self.rulebook, self.rulebook_line = rulebook, rulebook_line
        self.select = select  # (rule id, line)
        self.ignore = [] if ignore is None else ignore
        self.per_file_ignores = [] if per_file_ignores is None else per_file_ignores
        self.fail_on = fail_on
        self.compare_with = [] if compare_with is None else compare_with  # absolute paths

    def fail(self, message: str, line: int | None = None):
        raise UserError(message, self.path, line)

    def check_ids(self, canonical) -> None:
        """Raise for the first rule id that ``canonical(id)`` does not know
        (it returns None for an unknown id); replace the others by their
        canonical form (``political`` → ``missing-political``)."""
        def check(key, items):
            result = []
            for rule_id, line in items:
                known = canonical(rule_id)
                if known is None:
                    self.fail(f"{key} 中的规则“{rule_id}”不存在（用 zhidang rules list 查看规则 id）", line)
                result.append((known, line))
            return result

        if self.select is not None:
            self.select = check("select", self.select)
        self.ignore = check("ignore", self.ignore)
        self.per_file_ignores = [(glob, check("per-file-ignores", ids)) for glob, ids in self.per_file_ignores]

    def ignored_for(self, path: str) -> set[str]:
        """Rule ids that ``per-file-ignores`` switches off for ``path``."""
        if not self.per_file_ignores:
            return set()
        relative = os.path.relpath(os.path.abspath(path), self.folder).replace(os.sep, "/")
        name = relative.rsplit("/", 1)[-1]
        ignored = set()
        for glob, ids in self.per_file_ignores:
            target = relative if "/" in glob else name
            if glob_matches(glob, target):
                ignored.update(rule_id for rule_id, _ in ids)
        return ignored


def glob_matches(glob: str, path: str) -> bool:
    """Does the ``/``-separated relative ``path`` match ``glob``? ``*`` and
    ``?`` stay within one folder, ``**`` (a whole part of the glob) is any
    number of folders (a trailing ``/**``: everything inside, at least one
    name; ``**`` inside a part is a ``*``). Matched part by part, each part with the classic
    greedy wildcard scan — polynomial in the lengths whatever the glob (a
    regular expression of ``*a*a*a*…b`` backtracks exponentially, and a
    project's configuration must not be able to hang every run)."""
    parts, names = glob.split("/"), path.split("/")
    # which (part, name) pairs can still reach the end: a table of booleans, filled from the end
    ahead = [[False] * (len(names) + 1) for _ in range(len(parts) + 1)]
    ahead[len(parts)][len(names)] = True
    for i in range(len(parts) - 1, -1, -1):
        for j in range(len(names), -1, -1):
            if parts[i] == "**":
                skip = ahead[i + 1][j] and not (i == len(parts) - 1 and i > 0)  # a trailing /** needs a name
                ahead[i][j] = skip or (j < len(names) and (ahead[i][j + 1] or ahead[i + 1][j + 1]))
            else:
                ahead[i][j] = j < len(names) and ahead[i + 1][j + 1] and _part_matches(parts[i], names[j])
    return ahead[0][0]


def _part_matches(pattern: str, name: str) -> bool:
    """``*`` and ``?`` wildcards within one folder name (greedy scan with one backtrack point)."""
    p = n = 0
    star, mark = -1, 0
    while n < len(name):
        if p < len(pattern) and (pattern[p] == "?" or pattern[p] == name[n]) and pattern[p] != "*":
            p += 1
            n += 1
        elif p < len(pattern) and pattern[p] == "*":
            star, mark = p, n
            p += 1
        elif star >= 0:
            p = star + 1
            mark += 1
            n = mark
        else:
            return False
    while p < len(pattern) and pattern[p] == "*":
        p += 1
    return p == len(pattern)


class Finder:
    """Finds the configuration of each checked file (cached per folder)."""

    def __init__(self, explicit: str | None = None, disabled: bool = False):
        self._explicit = load(explicit) if explicit else None
        self._disabled = disabled
        self._by_folder: dict[str, Config | None] = {}

    def for_file(self, path: str) -> Config | None:
        if self._explicit is not None or self._disabled:
            return self._explicit
        visited = []
        found = None
        for candidate in _folders_up(os.path.dirname(os.path.abspath(path))):
            if candidate in self._by_folder:
                found = self._by_folder[candidate]
                break
            visited.append(candidate)
            found = _load_from(candidate)
            if found is not None:
                break
        for item in visited:
            self._by_folder[item] = found
        return found


def _folders_up(folder: str):
    """``folder`` (absolute) and the folders above it, up to the root."""
    while True:
        yield folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def _load_from(folder: str) -> Config | None:
    yaml_file = os.path.join(folder, YAML_NAME)
    if os.path.isfile(yaml_file):
        return load(yaml_file)
    toml_file = os.path.join(folder, TOML_NAME)
    if os.path.isfile(toml_file):
        return load(toml_file, missing_ok=True)
    return None


def load(path, missing_ok: bool = False) -> Config | None:
    """Read one configuration file. A pyproject.toml without ``[tool.zhidang]``
    is None when ``missing_ok`` (passed over during discovery), an error otherwise."""
    shown = _display(path)
    try:
        text = read_bytes(path, shown, what="配置文件").decode("utf-8").removeprefix("\ufeff")  # utf-8-sig, without its codec module
    except UnicodeDecodeError:
        raise UserError("配置文件必须是 UTF-8 编码", shown) from None
    if os.path.splitext(path)[1].lower() == ".toml":
        if missing_ok and not _MAY_HAVE_TABLE.search(text):  # skip parsing unrelated pyproject files
            return None
        data, line_of = _from_toml(text, shown)
        if data is None:
            if missing_ok:
                return None
            raise UserError("配置文件中没有 [tool.zhidang] 部分", shown)
    else:
        data, line_of = _from_yaml(text, shown)
    return _build(data, line_of, shown, os.path.dirname(os.path.realpath(path)))


def _from_toml(text: str, shown: str):
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        import tomli as tomllib
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match.group(1)) if match else None
        if "(at end of document)" in message:
            line = text.count("\n") + (not text.endswith("\n"))
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
        raise UserError(f"TOML 语法错误：{message}", shown, line) from None
    tool = document.get("tool")
    if not isinstance(tool, dict) or "zhidang" not in tool:
        return None, None
    data = tool["zhidang"]
    if not isinstance(data, dict):
        raise UserError("tool.zhidang 必须是表（[tool.zhidang]）", shown, _toml_line(text, "zhidang"))
    return data, lambda key, value=None: _toml_line(text, key, value)


def _toml_line(text: str, key: str, value: str | None = None) -> int | None:
    """Best-effort line of ``key`` (or of the string ``value`` after it) inside
    the [tool.zhidang] tables; tomllib keeps no positions."""
    section = []  # (number, line) inside [tool.zhidang] and its sub-tables
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.replace(" ", "").startswith(("[tool.zhidang]", "[tool.zhidang."))
        if inside:
            section.append((number, line))
    key_pattern = regexstore.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=|[{{,]\s*["']?{re.escape(key)}["']?\s*=""")
    start = next((i for i, (_, line) in enumerate(section) if key_pattern.search(line)), None)
    if value is None:
        return section[start][0] if start is not None else None
    quoted = regexstore.compile(rf"""["']{re.escape(value)}["']""")
    for number, line in section[start or 0:]:
        if quoted.search(line):
            return number
    return section[start][0] if start is not None else None


def _from_yaml(text: str, shown: str):
    from linter import yamlfile  # the line-keeping YAML loader rulebooks use too

    data = yamlfile.parse(text, shown)
    if data is None:
        data = yamlfile.new_map()
    if not isinstance(data, yamlfile.Map):
        raise UserError("配置文件的顶层必须是映射（rulebook、select、ignore 等键）", shown, 1)
    return data, yamlfile.line_of(data)


def _build(data: dict, line_of, shown: str, folder: str) -> Config:
    config = Config(path=shown, folder=folder)
    for key in data:
        if key not in KEYS:
            config.fail(f"配置中有未知的键“{key}”（可用的键：{'、'.join(KEYS)}）", line_of(key))
    if "rulebook" in data:
        value = data["rulebook"]
        if not isinstance(value, str) or not value:
            config.fail("rulebook 必须是内置规则库名称或 YAML 文件路径", line_of("rulebook"))
        config.rulebook, config.rulebook_line = value, line_of("rulebook")
    if "select" in data:
        config.select = _ids(config, data["select"], "select", line_of)
    if "ignore" in data:
        config.ignore = _ids(config, data["ignore"], "ignore", line_of)
    if "per-file-ignores" in data:
        table = data["per-file-ignores"]
        if not isinstance(table, dict):
            config.fail("per-file-ignores 必须是“通配符: [规则 id]”的映射", line_of("per-file-ignores"))
        nested = _nested_line_of(table, line_of)
        for glob, ids in table.items():
            if not isinstance(glob, str) or not glob:
                config.fail("per-file-ignores 的键必须是文件通配符（如 \"历年报告/**\"）", line_of("per-file-ignores"))
            config.per_file_ignores.append((glob, _ids(config, ids, glob, nested, label="per-file-ignores")))
    if "fail-on" in data:
        value = data["fail-on"]
        if value not in SEVERITIES:
            config.fail("fail-on 必须是 error、warning 或 info", line_of("fail-on"))
        config.fail_on = value
    if "compare-with" in data:
        value = data["compare-with"]
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i for i in items):
            config.fail("compare-with 必须是往年报告的目录（或目录列表），相对于配置文件", line_of("compare-with"))
        config.compare_with = [os.path.normpath(os.path.join(folder, item)) for item in items]
    return config


def _nested_line_of(table, line_of):
    # YAML keeps lines per mapping; for TOML, line_of searches the text
    if hasattr(table, "lines"):
        from linter import yamlfile

        return yamlfile.line_of(table)
    return line_of


def _ids(config: Config, value, key: str, line_of, label: str | None = None):
    label = label or key
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        config.fail(f"{label} 必须是规则 id 列表", line_of(key))
    return [(item, line_of(key, item)) for item in value]


_display = display_path
