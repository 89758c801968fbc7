"""Validating a merged YAML tree and building the :class:`Rulebook`.

Everything is checked up front and patterns are compiled once, so an invalid
rulebook fails before any file is read, with the file and the YAML line of
the offending entry.
"""

from __future__ import annotations

from linter import regexstore
from linter.checks import TYPES
from linter.checks.options import REQUIRED, regex_list, template_fields, untrusted
from linter.errors import RulebookError
from linter.results import SEVERITIES
from linter.rulebook.merge import Detached
from linter.rulebook.model import Detect, Examples, Group, Rule, Rulebook, missing_id
from linter.yamlfile import Map, Seq

_ID = regexstore.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_TOP_KEYS = {"id", "title", "description", "dictionary", "detect", "elements", "rules", "precedence"}
# also "extends", "disable" and "order", consumed while merging (linter.rulebook.merge)
_COMMON_KEYS = {"id", "title", "description", "severity", "examples", "type", "message", "group"}
_GROUP_FIELDS = {"count", "matches"}  # what a group message may use besides the rule's own fields
_FIELDS = {"match"}  # the placeholder every message may use; rule types add their own (FIELDS)
_CHECKLIST_TYPE = "element"  # the rule type of `elements:` entries
_DETECT_KEYS = ("priority", "titles", "headings", "openings", "generic-titles")



def _declared(module, name: str, default):
    """What a rule type's module declares (CHECKLIST, FIELDS, validate), else ``default``: read from its
    namespace (a missing name through ``getattr`` raises and formats an AttributeError first, ~160
    times a run)."""
    return vars(module).get(name, default)

def build(data, path: str, trusted: bool = True, strict: bool = False) -> Rulebook:
    """The rulebook of the merged YAML tree ``data`` read from ``path``.
    ``trusted``: a built-in rulebook, whose patterns are known to run in
    linear time; the patterns of any other run with a time limit
    (:func:`linter.checks.options.untrusted`). A built-in rulebook's shape —
    its entries' keys, the form of their ids and the fields of their
    messages — is checked when ``strict`` (``zhidang rules test``, and
    tests/test_rulebook.py for every built-in one), not on every run: the
    package ships it checked, and those checks were ~0.3 % of a one-report
    check (callgrind: 1.2 M instructions). Its values are read and checked as
    any rulebook's are; a user's rulebook (and one that extends a built-in
    one) is checked whole, always."""
    with untrusted(not trusted):
        return _Builder(path, trusted, checked=strict or not trusted).rulebook(data)


def validate_detect(value) -> Detect:
    if not isinstance(value, dict):
        raise ValueError("应为映射（priority、titles、generic-titles、headings、openings）")
    unknown = set(value) - set(_DETECT_KEYS)
    if unknown:
        raise ValueError(f"未知字段“{sorted(unknown)[0]}”（可用字段：generic-titles、headings、openings、priority、titles）")
    priority = value.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, int):
        raise ValueError("priority 应为整数")
    return Detect(priority, *(regex_list(value.get(key, [])) for key in _DETECT_KEYS[1:]))


def _lines_in(value) -> set:
    """Every line a YAML value read with :mod:`linter.yamlfile` spans (its mappings' keys, its lists' items)."""
    found: set = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Map):
            found.add(item.line)
            found.update(item.lines.values())
            stack.extend(item.values())
        elif isinstance(item, Seq):
            found.add(item.line)
            found.update(item.lines)
            stack.extend(item)
    return found


class _Builder:
    def __init__(self, path: str, trusted: bool = False, checked: bool = True):
        self.path = path
        self.trusted = trusted
        self.checked = checked  # (the shape too: see build)
        self.entry = None  # the element or rule being read

    def fail(self, message: str, line: int | None):
        raise RulebookError(message, self._path_of(line), line)

    def _path_of(self, line: int | None) -> str:
        """The file of ``line``: a key an extending rulebook inherited is in its parent's file."""
        origins = getattr(self.entry, "origins", None)
        if origins and line is not None:
            keys = [key for key, key_line in self.entry.lines.items()
                    if key_line == line or line in _lines_in(self.entry.get(key))]
            places = {origins.get(key) for key in keys}
            if len(places) == 1 and None not in places:
                return places.pop()
        return self.path

    def rulebook(self, data) -> Rulebook:
        if not isinstance(data, Map):
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
            element = self._rule(entry, line, TYPES[_CHECKLIST_TYPE], kind="检查要素")
            self._unique(seen, missing_id(element.id), element.line)
            book.elements.append(element)
        for entry, line in self._entries(data, "rules"):
            self.entry = entry
            module = self._type_of(entry)
            rule = self._rule(entry, line, module, kind="规则")
            self._unique(seen, rule.id, rule.line)
            book.rules.append(rule)
        if not book.elements and not book.rules:
            self.fail("规则库既没有检查要素（elements）也没有规则（rules）", data.line)
        book.precedence = self._precedence(data, book)
        return book

    def _precedence(self, data: Map, book: Rulebook) -> list[str]:
        value = data.get("precedence", [])
        line = data.lines.get("precedence", data.line)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail("precedence 必须是规则 id 列表（优先的在前）", line)
        known = {rule.id for rule in book.rules}
        lines = getattr(value, "lines", [line] * len(value))
        for item, item_line in zip(value, lines):
            if item not in known:
                self.fail(f"precedence 中的规则“{item}”不存在", item_line)
        return list(value)

    # -- pieces ------------------------------------------------------------

    def _type_of(self, entry):
        if not isinstance(entry, Map):
            return None  # reported by _rule
        if "type" not in entry:
            self.fail("规则缺少字段“type”（规则类型）", entry.line)
        type_name = entry["type"]
        module = TYPES.get(type_name) if isinstance(type_name, str) else None
        if module is None or _declared(module, "CHECKLIST", False):
            known = "、".join(sorted(t for t, m in TYPES.items() if not _declared(m, "CHECKLIST", False)))
            self.fail(f"未知的规则类型“{type_name}”（可用类型：{known}）", entry.lines["type"])
        return module

    def _entries(self, data: Map, key: str):
        entries = data.get(key, [])
        if not isinstance(entries, list):
            self.fail(f"{key} 必须是列表", data.lines.get(key, data.line))
        lines = getattr(entries, "lines", [data.line] * len(entries))
        for index, entry in enumerate(entries):
            yield entry, lines[index]

    def _rule(self, entry, line: int, module, kind: str) -> Rule:
        if not isinstance(entry, Map):
            self.fail(f"{kind}必须是映射（含 id、message 等字段）", line)
        self.entry = entry
        try:
            return self._read_rule(entry, module, kind)
        finally:
            self.entry = None

    def _read_rule(self, entry, module, kind: str) -> Rule:
        is_element = _declared(module, "CHECKLIST", False)
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
        self._check_message(message, entry, rule_id, _declared(module, "FIELDS", ()))
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
        validate_rule = _declared(module, "validate", None)
        if validate_rule is not None:
            try:
                validate_rule(options)
            except ValueError as exc:
                self.fail(f"{kind}“{rule_id}”{exc}", entry.line)
        group = self._group(entry, rule_id, module) if "group" in entry else None
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
            group=group,
        )

    def _group(self, entry: Map, rule_id: str, module) -> Group:
        value = entry["group"]
        line = entry.lines["group"]
        if _declared(module, "CHECKLIST", False) or not isinstance(value, Map):
            self.fail(f"“{rule_id}”的 group 必须是映射（min、message，可选 by），只能用于规则", line)
        self._unknown_keys(value, {"min", "message", "by"}, "group")
        minimum = value.get("min")
        if isinstance(minimum, bool) or not isinstance(minimum, int) or minimum < 2:
            self.fail(f"“{rule_id}”的 group.min 必须是不小于 2 的整数", value.lines.get("min", line))
        message = value.get("message")
        if not isinstance(message, str) or not message:
            self.fail(f"“{rule_id}”的 group.message 必须是文本", value.lines.get("message", line))
        fields = set(_declared(module, "FIELDS", ())) | _GROUP_FIELDS
        self._check_message(message, value, rule_id, fields)
        by = value.get("by")
        if by is not None and by not in _declared(module, "FIELDS", ()):
            known = "、".join(sorted(_declared(module, "FIELDS", ()))) or "（无）"
            self.fail(f"“{rule_id}”的 group.by 必须是规则类型的字段之一：{known}", value.lines.get("by", line))
        return Group(minimum, message, by)

    def _check_message(self, message: str, entry: Map, rule_id: str, fields=()) -> None:
        if not self.checked:
            return
        allowed = _FIELDS | {"title"} | set(fields)
        try:
            names = template_fields(message)
        except ValueError as exc:
            self.fail(f"“{rule_id}”的 message 格式错误：{exc}", entry.lines.get("message", entry.line))
        unknown = names - allowed
        if unknown:
            self.fail(
                f"“{rule_id}”的 message 使用了未知占位 {{{sorted(unknown)[0]}}}"
                f"（可用：{'、'.join('{' + f + '}' for f in sorted(allowed))}）",
                entry.lines.get("message", entry.line),
            )

    def _examples(self, entry: Map, rule_id: str, kind: str) -> Examples:
        examples = entry.get("examples")
        if isinstance(examples, Detached):  # (kept apart in the cache: read when asked for, if built in)
            if self.trusted:
                def read(entry=entry, examples=examples):
                    self.entry = entry
                    return self._read_examples(examples.resolve(), entry, rule_id, kind)

                return Examples.later(read)
            examples = examples.resolve()
        return self._read_examples(examples, entry, rule_id, kind)

    def _read_examples(self, examples, entry: Map, rule_id: str, kind: str) -> Examples:
        line = entry.lines.get("examples", entry.line)
        if not isinstance(examples, Map):
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

    def _line_of(self, entry: Map, name: str, exc: Exception) -> int:
        value = entry[name]
        if isinstance(value, Seq):
            for index, item in enumerate(value):
                if isinstance(item, str) and f"“{item}”" in str(exc):
                    return value.lines[index]
        return entry.lines[name]

    def _unknown_keys(self, data: Map, allowed: set, kind: str) -> None:
        if not self.checked:
            return
        for key in data:
            if key not in allowed:
                known = "、".join(sorted(allowed))
                self.fail(f"{kind}中有未知字段“{key}”（可用字段：{known}）", data.lines[key])

    def _id(self, data: Map, key: str, kind: str) -> str:
        value = data.get(key)
        if value is None:
            self.fail(f"{kind}缺少字段“{key}”", data.line)
        if not isinstance(value, str) or self.checked and not _ID.match(value):
            self.fail(f"{kind}的 id “{value}” 必须是小写字母、数字和连字符（如 placeholder）", data.lines[key])
        return value

    def _string(self, data: Map, key: str, kind: str, required: bool = True) -> str:
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
