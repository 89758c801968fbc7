"""YAML as zhidang reads it: safe, line numbers kept, duplicate keys refused.

Rulebooks and ``.zhidang.yaml`` files are read with :func:`parse`. Every
mapping comes back as a :class:`Map` (a dict with ``line``, the line of the
mapping, and ``lines``, the line of each key) and every list as a
:class:`Seq` (a list with ``line`` and ``lines``, the line of each item), so
that an error can name the line a user must change.
"""

from __future__ import annotations

import yaml

from linter.errors import UserError

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Map(dict):
    """A YAML mapping with the line of each key."""

    line: int = 0
    lines: dict
    extends: str | None = None  # set on a merged rulebook: the parent it extends


class Seq(list):
    """A YAML list with the line of each item."""

    line: int = 0
    lines: list


def new_map(line: int = 1) -> Map:
    result = Map()
    result.line, result.lines = line, {}
    return result


class _Loader(_BaseLoader):
    """Safe loader that remembers the line of every mapping, key and list item
    and rejects duplicate keys."""


class _Duplicate(Exception):
    def __init__(self, key, line: int):
        self.key, self.line = key, line


def _construct_map(loader, node):
    loader.flatten_mapping(node)
    result = new_map(node.start_mark.line + 1)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in result:
            raise _Duplicate(key, line)
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = line
    return result


def _construct_seq(loader, node):
    result = Seq(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


def parse(text: str, path: str, error=UserError):
    """The YAML document in ``text`` (read from ``path``), or ``error`` — a
    :class:`UserError` class — naming the file and line."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 — a safe loader
    except _Duplicate as exc:
        raise error(f"重复的键“{exc.key}”", path, exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"YAML 语法错误：{problem}", path, line) from None


def line_of(mapping: Map):
    """``line_of(key, value=None)``: the line of ``key`` in ``mapping``, or of
    the list item ``value`` under it."""
    def find(key, value=None):
        node = mapping.get(key)
        if value is not None and isinstance(node, list) and hasattr(node, "lines"):
            for index, item in enumerate(node):
                if item == value:
                    return node.lines[index]
        return mapping.lines.get(key)

    return find
