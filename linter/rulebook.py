"""Rulebooks: YAML files listing checklist ``elements`` and ``rules``.

A rule names a rule *type* (a module in :mod:`linter.checks`) and gives its
options; the loader validates everything up front and compiles patterns once,
so an invalid rulebook fails before any file is read, with the file and the
YAML line of the offending entry.
"""

from __future__ import annotations

import os
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from linter.checks import TYPES, element as element_type
from linter.checks.options import REQUIRED, untrusted
from linter.errors import RulebookError
from linter.files import display_path, read_bytes
from linter.results import SEVERITIES

DEFAULT_RULEBOOK = "qmcz-annual-report"
_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_TOP_KEYS = {"id", "title", "description", "dictionary", "detect", "elements", "rules"}
# also "extends", "disable" and "order", consumed while merging (see _merged)
_COMMON_KEYS = {"id", "title", "description", "severity", "examples", "type", "message"}
_FIELDS = {"match"}  # the placeholder every message may use; rule types add their own (FIELDS)


def builtin_dir() -> Path:
    """The folder of built-in rulebooks: ``linter/rules`` inside an installed
    wheel, the top-level ``rules/`` in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RulebookError("找不到内置规则库目录 rules/（安装不完整？）")


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


@dataclass
class Examples:
    passing: list[str]
    failing: list[str]


@dataclass
class Rule:
    """A configured rule: an entry of a rulebook bound to its rule type."""

    id: str
    type: str
    severity: str
    message: str
    description: str
    examples: Examples
    options: dict
    title: str = ""
    line: int | None = None

    @property
    def module(self):
        return element_type if self.type == element_type.TYPE else TYPES[self.type]


@dataclass
class Rulebook:
    id: str
    title: str
    path: str
    description: str = ""
    dictionary: list[str] = field(default_factory=list)
    elements: list[Rule] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    extends: str | None = None  # the parent rulebook as named in `extends`
    detect: object = None  # how `--rulebook auto` recognizes this genre (linter.genres)
    _segmenter: object = field(default=None, repr=False)

    @property
    def segmenter(self):
        if self._segmenter is None:
            from linter.segment import Segmenter

            self._segmenter = Segmenter(self.dictionary)
        return self._segmenter

    def all_rule_ids(self) -> list[str]:
        return [missing_id(e.id) for e in self.elements] + [r.id for r in self.rules]

    def find(self, rule_id: str) -> Rule | None:
        """A rule by id; element ids and ``missing-<element>`` find the element."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        for element in self.elements:
            if rule_id in (element.id, missing_id(element.id)):
                return element
        return None


def missing_id(element_id: str) -> str:
    """The rule id of the finding for a missing (or weak) checklist element."""
    return f"missing-{element_id}"


# --------------------------------------------------------------------------- YAML

import yaml  # noqa: E402  (kept below the dataclasses: the loader subclasses it)

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Map(dict):
    line: int = 0
    lines: dict
    extends: str | None = None


class _Seq(list):
    line: int = 0
    lines: list


class _Loader(_BaseLoader):
    """Safe loader that remembers the line of every mapping, key and list item
    and rejects duplicate keys."""


def _construct_map(loader, node):
    loader.flatten_mapping(node)
    result = _Map()
    result.line = node.start_mark.line + 1
    result.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in result:
            raise RulebookError(f"重复的键“{key}”", line=line)
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = line
    return result


def _construct_seq(loader, node):
    result = _Seq(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


def resolve(name_or_path: str | None, base: Path | None = None) -> Path:
    """A rulebook argument: a path to a YAML file (relative to ``base`` when
    given), or the name of a built-in rulebook."""
    if not name_or_path:
        name_or_path = DEFAULT_RULEBOOK
    path = Path(name_or_path)
    if path.suffix.lower() in (".yaml", ".yml") or os.sep in name_or_path or "/" in name_or_path:
        if base is not None and not path.is_absolute():
            path = base / path
        if not path.is_file():
            raise RulebookError("规则库文件不存在", _display(path))
        return path
    candidate = builtin_dir() / f"{name_or_path}.yaml"
    if not candidate.is_file():
        known = "、".join(builtin_names())
        raise RulebookError(f"未知的规则库“{name_or_path}”（内置规则库：{known}）")
    return candidate


def load(name_or_path: str | None = None) -> Rulebook:
    """Load, merge (``extends``) and validate a rulebook by name or path."""
    path = resolve(name_or_path)
    shown = _display(path)
    with untrusted(path.resolve().parent != builtin_dir().resolve()):  # user patterns: time-limited
        return _Builder(shown).rulebook(_load_merged(path, ()))


def loads(text: str, path: str = "<rulebook>") -> Rulebook:
    """Validate a rulebook given as text (``extends`` resolved from the cwd)."""
    with untrusted():  # user patterns: time-limited
        return _Builder(path).rulebook(_merged(_parse(text, path), path, Path.cwd(), ()))


def _parse(text: str, path: str):
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 — a safe loader
    except RulebookError as exc:
        raise RulebookError(exc.message, path, exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RulebookError(f"YAML 语法错误：{problem}", path, line) from None


def _load_merged(path: Path, chain: tuple) -> _Map:
    shown = _display(path)
    try:
        text = read_bytes(path, shown, what="规则库", error=RulebookError).decode("utf-8")
    except UnicodeDecodeError:
        raise RulebookError("规则库必须是 UTF-8 编码的 YAML", shown) from None
    from linter.cache import memo

    data = memo("rulebook", text, lambda: _parse(text, shown))  # the YAML tree, with line numbers
    return _merged(data, shown, path.parent, chain + (path.resolve(),))


def _merged(data, shown: str, base: Path, chain: tuple):
    """Resolve ``extends``: the parent rulebook (validated on its own first)
    with this file's changes applied on top.

    In the extending file, an element or rule whose id exists in the parent
    changes that entry: its keys replace the parent's, and a key ending in
    ``+`` (``keywords+: [...]``) appends to the parent's list. New ids are
    added. ``disable: [id, ...]`` switches off rules and elements (an element by
    its id or its ``missing-`` rule id). ``dictionary`` words are added.
    ``order: [id, ...]`` sets the order of the checklist.
    """
    if not isinstance(data, _Map) or "extends" not in data:
        if isinstance(data, _Map) and "disable" in data:
            raise RulebookError("只有继承（extends）其他规则库时才能使用 disable", shown, data.lines["disable"])
        if isinstance(data, _Map) and "order" in data:
            raise RulebookError("只有继承（extends）其他规则库时才能使用 order", shown, data.lines["order"])
        return data
    parent_name = data["extends"]
    line = data.lines["extends"]
    if not isinstance(parent_name, str) or not parent_name:
        raise RulebookError("extends 必须是规则库名称或文件路径", shown, line)
    try:
        parent_path = resolve(parent_name, base)
    except RulebookError as exc:
        raise RulebookError(f"extends 的规则库无效：{exc}", shown, line) from None
    if parent_path.resolve() in chain:
        raise RulebookError(f"循环继承：{parent_name} 又继承回了本规则库", shown, line)
    parent = _load_merged(parent_path, chain)
    if parent_path.resolve().parent != builtin_dir().resolve():
        # The parent must be valid by itself (built-ins are: their tests load
        # each one alone; skipping them keeps start-up short).
        _Builder(_display(parent_path)).rulebook(parent)
    merged = _Map()
    merged.line, merged.lines = data.line, {}
    merged.extends = parent_name
    for key in ("id", "title", "description"):
        source = data if key in data else parent
        if key in source:
            merged[key] = source[key]
            merged.lines[key] = source.lines[key]
    words = list(parent.get("dictionary", [])) + [w for w in data.get("dictionary", []) if w not in parent.get("dictionary", [])]
    merged["dictionary"] = words
    merged.lines["dictionary"] = data.lines.get("dictionary", data.line)
    disabled = data.get("disable", [])
    if not isinstance(disabled, list) or not all(isinstance(d, str) for d in disabled):
        raise RulebookError("disable 必须是规则 id 列表", shown, data.lines.get("disable", data.line))
    for key in ("elements", "rules"):
        merged[key] = _merge_entries(parent.get(key, _Seq()), data.get(key, _Seq()), shown,
                                     data.lines.get(key, data.line))
        merged.lines[key] = data.lines.get(key, data.line)
    known = {e["id"] for e in merged["elements"]} | {r["id"] for r in merged["rules"]}
    known |= {missing_id(e["id"]) for e in merged["elements"]}
    off = set()
    for index, rule_id in enumerate(disabled):
        if rule_id not in known:
            raise RulebookError(f"disable 中的规则“{rule_id}”不存在", shown, disabled.lines[index])
        off.add(rule_id)
    for key in ("elements", "rules"):
        kept = _Seq(e for e in merged[key] if e["id"] not in off and missing_id(e["id"]) not in off)
        kept.lines = [e.line for e in kept]
        kept.line = merged[key].line
        merged[key] = kept
    if "order" in data:
        merged["elements"] = _ordered(merged["elements"], data["order"], shown, data.lines["order"])
    for key in data:
        if key not in merged and key not in ("extends", "disable", "order"):
            merged[key] = data[key]  # unknown keys: let the builder report them
            merged.lines[key] = data.lines[key]
    return merged


def _ordered(elements: _Seq, order, shown: str, line: int) -> _Seq:
    """``order: [id, ...]``: the checklist order of an extending rulebook
    (new elements are otherwise added after the parent's)."""
    ids = [e["id"] for e in elements]
    if not isinstance(order, list) or sorted(map(str, order)) != sorted(ids):
        raise RulebookError(f"order 必须恰好列出全部检查要素：{'、'.join(ids)}", shown, line)
    by_id = {e["id"]: (e, n) for e, n in zip(elements, elements.lines)}
    result = _Seq(by_id[i][0] for i in order)
    result.lines, result.line = [by_id[i][1] for i in order], elements.line
    return result


def _merge_entries(parent: list, child, shown: str, line: int) -> _Seq:
    if not isinstance(child, list):
        raise RulebookError("elements 与 rules 必须是列表", shown, line)
    result = _Seq(parent)
    result.lines = list(getattr(parent, "lines", [0] * len(parent)))
    result.line = line
    by_id = {entry["id"]: index for index, entry in enumerate(result)}
    for position, entry in enumerate(child):
        if not isinstance(entry, _Map) or entry.get("id") not in by_id:
            result.append(entry)
            result.lines.append(child.lines[position])
            continue
        index = by_id[entry["id"]]
        base = result[index]
        combined = _Map(base)
        combined.line, combined.lines = entry.line, dict(base.lines)
        for key, value in entry.items():
            if isinstance(key, str) and key.endswith("+"):
                name = key[:-1]
                if not isinstance(value, list) or not isinstance(base.get(name, []), list):
                    raise RulebookError(f"“{key}”只能用于列表字段，且值必须是列表", shown, entry.lines[key])
                combined[name] = _Seq(list(base.get(name, [])) + list(value))
                combined[name].lines = [entry.lines[key]] * len(combined[name])
                combined.lines[name] = entry.lines[key]
            else:
                combined[key] = value
                combined.lines[key] = entry.lines[key]
        result[index] = combined
        result.lines[index] = entry.line
    return result


_display = display_path


class _Builder:
    """Validates the YAML tree and builds the :class:`Rulebook`."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, message: str, line: int | None):
        raise RulebookError(message, self.path, line)

    def rulebook(self, data) -> Rulebook:
        if not isinstance(data, _Map):
            self.fail("规则库的顶层必须是映射（id、title、elements、rules）", getattr(data, "line", 1))
        self._unknown_keys(data, _TOP_KEYS, "规则库")
        book = Rulebook(
            id=self._id(data, "id", "规则库"),
            title=self._string(data, "title", "规则库"),
            path=self.path,
            description=self._string(data, "description", "规则库", required=False),
            extends=getattr(data, "extends", None),
        )
        if "detect" in data:
            from linter.genres import validate_detect

            try:
                book.detect = validate_detect(data["detect"])
            except ValueError as exc:
                self.fail(f"detect：{exc}", data.lines["detect"])
        dictionary = data.get("dictionary", [])
        if not isinstance(dictionary, list) or not all(isinstance(w, str) and w for w in dictionary):
            self.fail("dictionary 必须是词语列表", data.lines.get("dictionary", data.line))
        book.dictionary = list(dictionary)
        seen: dict[str, int] = {}
        for entry, line in self._entries(data, "elements"):
            element = self._rule(entry, line, element_type, kind="检查要素")
            self._unique(seen, missing_id(element.id), element.line)
            book.elements.append(element)
        for entry, line in self._entries(data, "rules"):
            type_name = entry.get("type") if isinstance(entry, _Map) else None
            if isinstance(entry, _Map) and "type" not in entry:
                self.fail("规则缺少字段“type”（规则类型）", entry.line)
            module = TYPES.get(type_name) if isinstance(type_name, str) else None
            if isinstance(entry, _Map) and module is None:
                known = "、".join(sorted(TYPES))
                self.fail(f"未知的规则类型“{type_name}”（可用类型：{known}）", entry.lines["type"])
            rule = self._rule(entry, line, module, kind="规则")
            self._unique(seen, rule.id, rule.line)
            book.rules.append(rule)
        if not book.elements and not book.rules:
            self.fail("规则库既没有检查要素（elements）也没有规则（rules）", data.line)
        return book

    # -- pieces ------------------------------------------------------------

    def _entries(self, data: _Map, key: str):
        entries = data.get(key, [])
        if not isinstance(entries, list):
            self.fail(f"{key} 必须是列表", data.lines.get(key, data.line))
        for index, entry in enumerate(entries):
            yield entry, entries.lines[index]

    def _rule(self, entry, line: int, module, kind: str) -> Rule:
        if not isinstance(entry, _Map):
            self.fail(f"{kind}必须是映射（含 id、message 等字段）", line)
        is_element = module is element_type
        allowed = _COMMON_KEYS | set(module.OPTIONS)
        self._unknown_keys(entry, allowed, kind)
        rule_id = self._id(entry, "id", kind)
        severity = entry.get("severity", "error" if is_element else None)
        if severity not in SEVERITIES:
            where = entry.lines.get("severity", entry.line)
            self.fail(f"{kind}“{rule_id}”的 severity 必须是 error、warning 或 info", where)
        title = self._string(entry, "title", kind, required=is_element)
        if is_element:
            message = entry.get("message", "未找到“{title}”部分")
        else:
            message = self._string(entry, "message", kind)
        self._check_message(message, entry, rule_id, getattr(module, "FIELDS", ()))
        options = {}
        for name, (validate, default) in module.OPTIONS.items():
            if name not in entry:
                if default is REQUIRED:
                    self.fail(f"{kind}“{rule_id}”缺少字段“{name}”", entry.line)
                options[name] = default
                continue
            try:
                options[name] = validate(entry[name])
            except ValueError as exc:
                self.fail(f"{kind}“{rule_id}”的 {name}：{exc}", self._line_of(entry, name, exc))
        if is_element and not (options["keywords"] or options["words"] or options["openings"]):
            self.fail(f"检查要素“{rule_id}”至少需要 keywords、words 或 openings 之一", entry.line)
        return Rule(
            id=rule_id,
            type=module.TYPE,
            severity=severity,
            message=message,
            description=self._string(entry, "description", kind),
            examples=self._examples(entry, rule_id, kind),
            options=options,
            title=title,
            line=entry.line,
        )

    def _check_message(self, message: str, entry: _Map, rule_id: str, fields=()) -> None:
        allowed = _FIELDS | {"title"} | set(fields)
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(message) if name is not None}
        except ValueError as exc:
            self.fail(f"“{rule_id}”的 message 格式错误：{exc}", entry.lines.get("message", entry.line))
        unknown = names - allowed
        if unknown:
            self.fail(
                f"“{rule_id}”的 message 使用了未知占位 {{{sorted(unknown)[0]}}}"
                f"（可用：{'、'.join('{' + f + '}' for f in sorted(allowed))}）",
                entry.lines.get("message", entry.line),
            )

    def _examples(self, entry: _Map, rule_id: str, kind: str) -> Examples:
        examples = entry.get("examples")
        line = entry.lines.get("examples", entry.line)
        if not isinstance(examples, _Map):
            self.fail(f"{kind}“{rule_id}”缺少 examples（pass 与 fail 示例）", line)
        self._unknown_keys(examples, {"pass", "fail"}, "examples")
        lists = {}
        for key in ("pass", "fail"):
            items = examples.get(key)
            if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
                self.fail(
                    f"{kind}“{rule_id}”的 examples.{key} 必须是至少一条文本的列表",
                    examples.lines.get(key, examples.line),
                )
            lists[key] = list(items)
        return Examples(passing=lists["pass"], failing=lists["fail"])

    def _line_of(self, entry: _Map, name: str, exc: Exception) -> int:
        value = entry[name]
        if isinstance(value, _Seq):
            for index, item in enumerate(value):
                if isinstance(item, str) and f"“{item}”" in str(exc):
                    return value.lines[index]
        return entry.lines[name]

    def _unknown_keys(self, data: _Map, allowed: set, kind: str) -> None:
        for key in data:
            if key not in allowed:
                known = "、".join(sorted(allowed))
                self.fail(f"{kind}中有未知字段“{key}”（可用字段：{known}）", data.lines[key])

    def _id(self, data: _Map, key: str, kind: str) -> str:
        value = data.get(key)
        if value is None:
            self.fail(f"{kind}缺少字段“{key}”", data.line)
        if not isinstance(value, str) or not _ID.match(value):
            self.fail(f"{kind}的 id “{value}” 必须是小写字母、数字和连字符（如 placeholder）", data.lines[key])
        return value

    def _string(self, data: _Map, key: str, kind: str, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(f"{kind}缺少字段“{key}”", data.line)
            return ""
        if not isinstance(value, str):
            self.fail(f"{kind}的 {key} 必须是文本", data.lines[key])
        return value

    def _unique(self, seen: dict, rule_id: str, line: int | None) -> None:
        if rule_id in seen:
            self.fail(f"规则 id “{rule_id}” 重复（第 {seen[rule_id]} 行已定义）", line)
        seen[rule_id] = line
