"""Reading a rulebook file and resolving ``extends``: one YAML tree, with line numbers.

In an extending rulebook, an element or rule whose id exists in the parent
changes that entry: its keys replace the parent's, and a key ending in ``+``
(``keywords+: [...]``) appends to the parent's list. New ids are added.
``disable: [id, ...]`` switches off rules and elements (an element by its id
or its ``missing-`` rule id). ``dictionary`` words are added. ``order: [id,
...]`` sets the order of the checklist.
"""

from __future__ import annotations

import os

from linter import yamlfile
from linter.errors import RulebookError
from linter.files import display_path, read_bytes
from linter.rulebook.locate import is_builtin, resolve
from linter.rulebook.model import missing_id
from linter.yamlfile import Map, Seq


def parse(text: str, shown: str):
    return yamlfile.parse(text, shown, error=RulebookError)


def load_tree(path, chain: tuple = ()) -> Map:
    """The merged YAML tree of the rulebook file at ``path``."""
    shown = display_path(path)
    from linter.cache import memo_files

    resolved = os.path.realpath(path)
    # The YAML tree with its line numbers, kept as JSON in the cache folder (one entry per rulebook file),
    # keyed by the file's bytes, found by its stamp (linter.cache.memo_files): the file is read only when
    # it changed, and its text decoded only when the tree is built
    data = memo_files("rulebook", str(resolved), (resolved,),
                      lambda: read_bytes(path, shown, what="规则库", error=RulebookError),
                      lambda raw: parse(_text(raw, shown), shown), _to_entry, _from_entry)
    return merged(data, shown, os.path.dirname(os.fspath(path)), chain + (resolved,))


def _text(data: bytes, shown: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise RulebookError("规则库必须是 UTF-8 编码的 YAML", shown) from None


#: The lists whose entries carry ``examples``.
_ENTRIES = ("elements", "rules")


class Detached:
    """An entry's ``examples`` kept apart in the rulebook's cache entry: a
    second line of JSON, decoded when some entry's examples are first asked
    for (``zhidang rules test``, the reference). A check never reads them, and
    they were two fifths of what it decoded of the trees."""

    __slots__ = ("_tail", "_key", "_index")

    def __init__(self, tail: _Tail, key: str, index: int):
        self._tail, self._key, self._index = tail, key, index

    def resolve(self):
        """The examples as the YAML gave them (a Map), or None when the entry has none."""
        found = self._tail.tree().get(self._key)
        return found.get(str(self._index)) if isinstance(found, Map) else None


class _Tail:
    __slots__ = ("data", "_tree")

    def __init__(self, data: bytes):
        self.data, self._tree = data, None

    def tree(self) -> Map:
        if self._tree is None:
            tree = yamlfile.from_json(self.data)
            self._tree = tree if isinstance(tree, Map) else yamlfile.new_map(0)
        return self._tree


def _to_entry(tree) -> bytes:
    """The tree as its cache entry keeps it: a line of JSON with each entry's
    ``examples`` left null, then a line of JSON of those examples by list and
    place (:class:`Detached`)."""
    apart: dict[str, dict[int, Map]] = {}
    if isinstance(tree, Map):
        for key in _ENTRIES:
            entries = tree.get(key)
            for index, entry in enumerate(entries if isinstance(entries, list) else ()):
                if isinstance(entry, Map) and isinstance(entry.get("examples"), Map):
                    apart.setdefault(key, {})[index] = entry["examples"]
    try:
        for key, found in apart.items():
            for index in found:
                tree[key][index]["examples"] = None
        head = yamlfile.to_json(tree)
    finally:
        for key, found in apart.items():
            for index, examples in found.items():
                tree[key][index]["examples"] = examples
    if not apart:
        return head
    tail = yamlfile.new_map(0)
    for key, found in apart.items():
        tail[key] = yamlfile.new_map(0)
        tail.lines[key] = 0
        for index, examples in found.items():
            tail[key][str(index)] = examples
            tail[key].lines[str(index)] = examples.line
    return head + b"\n" + yamlfile.to_json(tail)


def _from_entry(data: bytes):
    """The tree of :func:`_to_entry`'s bytes, each entry's null ``examples`` a
    :class:`Detached` (a user's ``examples:`` left empty resolves to None, and is
    reported as before)."""
    head, newline, rest = data.partition(b"\n")
    tree = yamlfile.from_json(head)
    if newline and isinstance(tree, Map):
        tail = _Tail(rest)
        for key in _ENTRIES:
            entries = tree.get(key)
            for index, entry in enumerate(entries if isinstance(entries, list) else ()):
                if isinstance(entry, Map) and "examples" in entry and entry["examples"] is None:
                    entry["examples"] = Detached(tail, key, index)
    return tree


def merged(data, shown: str, base: str, chain: tuple):
    """Resolve ``extends``: the parent rulebook (validated on its own first)
    with this file's changes applied on top."""
    if not isinstance(data, Map) or "extends" not in data:
        for key in ("disable", "order"):
            if isinstance(data, Map) and key in data:
                raise RulebookError(f"只有继承（extends）其他规则库时才能使用 {key}", shown, data.lines[key])
        return data
    parent_name = data["extends"]
    line = data.lines["extends"]
    if not isinstance(parent_name, str) or not parent_name:
        raise RulebookError("extends 必须是规则库名称或文件路径", shown, line)
    try:
        parent_path = resolve(parent_name, base)
    except RulebookError as exc:
        raise RulebookError(f"extends 的规则库无效：{exc}", shown, line) from None
    if os.path.realpath(parent_path) in chain:
        raise RulebookError(f"循环继承：{parent_name} 又继承回了本规则库", shown, line)
    parent = load_tree(parent_path, chain)
    parent_shown = display_path(parent_path)
    for key in ("elements", "rules"):
        for entry in parent.get(key, ()):
            if isinstance(entry, Map) and entry.origins is None:
                entry.origins = dict.fromkeys(entry, parent_shown)  # (an error in it names the parent's file)
    if not is_builtin(parent_path):
        # The parent must be valid by itself (built-ins are: their tests load
        # each one alone; skipping them keeps start-up short).
        from linter.rulebook.validate import build

        build(parent, display_path(parent_path), trusted=False)
    result = yamlfile.new_map(data.line)
    result.extends = parent_name
    for key in ("id", "title", "description", "precedence"):
        source = data if key in data else parent
        if key in source:
            result[key] = source[key]
            result.lines[key] = source.lines[key]
    inherited = list(parent.get("dictionary", []))
    result["dictionary"] = inherited + [w for w in data.get("dictionary", []) if w not in inherited]
    result.lines["dictionary"] = data.lines.get("dictionary", data.line)
    disabled = data.get("disable", [])
    if not isinstance(disabled, list) or not all(isinstance(d, str) for d in disabled):
        raise RulebookError("disable 必须是规则 id 列表", shown, data.lines.get("disable", data.line))
    for key in ("elements", "rules"):
        result[key] = _merge_entries(parent.get(key, Seq()), data.get(key, Seq()), shown,
                                     data.lines.get(key, data.line))
        result.lines[key] = data.lines.get(key, data.line)
    known = {e["id"] for e in result["elements"]} | {r["id"] for r in result["rules"]}
    known |= {missing_id(e["id"]) for e in result["elements"]}
    off = set()
    for index, rule_id in enumerate(disabled):
        if rule_id not in known:
            raise RulebookError(f"disable 中的规则“{rule_id}”不存在", shown, disabled.lines[index])
        off.add(rule_id)
    for key in ("elements", "rules"):
        kept = Seq(e for e in result[key] if e["id"] not in off and missing_id(e["id"]) not in off)
        kept.lines = [e.line for e in kept]
        kept.line = result[key].line
        result[key] = kept
    if off and "precedence" in result and "precedence" not in data and isinstance(result["precedence"], list):
        # the parent's precedence, without the rules disabled here
        value = result["precedence"]
        pairs = [(item, line) for item, line in zip(value, getattr(value, "lines", [result.lines["precedence"]] * len(value)))
                 if item not in off]
        kept = Seq(item for item, _ in pairs)
        kept.lines = [line for _, line in pairs]
        kept.line = getattr(value, "line", result.lines["precedence"])
        result["precedence"] = kept
    if "order" in data:
        result["elements"] = _ordered(result["elements"], data["order"], shown, data.lines["order"])
    for key in data:
        if key not in result and key not in ("extends", "disable", "order"):
            result[key] = data[key]  # unknown keys: let the validator report them
            result.lines[key] = data.lines[key]
    return result


def _ordered(elements: Seq, order, shown: str, line: int) -> Seq:
    """``order: [id, ...]``: the checklist order of an extending rulebook
    (new elements are otherwise added after the parent's)."""
    ids = [e["id"] for e in elements]
    if not isinstance(order, list) or sorted(map(str, order)) != sorted(ids):
        raise RulebookError(f"order 必须恰好列出全部检查要素：{'、'.join(ids)}", shown, line)
    by_id = {e["id"]: (e, n) for e, n in zip(elements, elements.lines)}
    result = Seq(by_id[i][0] for i in order)
    result.lines, result.line = [by_id[i][1] for i in order], elements.line
    return result


def _merge_entries(parent: list, child, shown: str, line: int) -> Seq:
    if not isinstance(child, list):
        raise RulebookError("elements 与 rules 必须是列表", shown, line)
    result = Seq(parent)
    result.lines = list(getattr(parent, "lines", [0] * len(parent)))
    result.line = line
    by_id = {entry["id"]: index for index, entry in enumerate(result)}
    for position, entry in enumerate(child):
        if not isinstance(entry, Map) or entry.get("id") not in by_id:
            result.append(entry)
            result.lines.append(child.lines[position])
            continue
        index = by_id[entry["id"]]
        base = result[index]
        combined = Map(base)
        combined.line, combined.lines = entry.line, dict(base.lines)
        combined.origins = {name: where for name, where in (base.origins or {}).items() if name not in entry}
        for key, value in entry.items():
            if isinstance(key, str) and key.endswith("+"):
                name = key[:-1]
                if not isinstance(value, list) or not isinstance(base.get(name, []), list):
                    raise RulebookError(f"“{key}”只能用于列表字段，且值必须是列表", shown, entry.lines[key])
                combined[name] = Seq(list(base.get(name, [])) + list(value))
                combined[name].lines = [entry.lines[key]] * len(combined[name])
                combined.lines[name] = entry.lines[key]
                combined.origins.pop(name, None)
            else:
                combined[key] = value
                combined.lines[key] = entry.lines[key]
        result[index] = combined
        result.lines[index] = entry.line
    return result
