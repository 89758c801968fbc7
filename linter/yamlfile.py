"""YAML as zhidang reads it: safe, line numbers kept, duplicate keys refused.

Rulebooks and ``.zhidang.yaml`` files are read with :func:`parse`. Every
mapping comes back as a :class:`Map` (a dict with ``line``, the line of the
mapping, and ``lines``, the line of each key) and every list as a
:class:`Seq` (a list with ``line`` and ``lines``, the line of each item), so
that an error can name the line a user must change.

:func:`to_json` and :func:`from_json` keep such a tree in the cache folder
(:mod:`linter.cache`) with its line numbers; PyYAML is imported only when a
file is actually parsed, so a run whose rulebooks are all cached never loads it.
"""

from __future__ import annotations

from linter.errors import UserError


class _Lines:
    """``lines`` of a :class:`Map` or :class:`Seq` read from the cache folder's JSON
    (:func:`from_json`): kept as the text it was written as and made a dict or list
    when first read — a check reads few of them (a rulebook's entries' line of
    each key, of each pattern, are for the messages about a rulebook's errors),
    and decoding the ~4,000 integers of the default rulebook's trees was ~0.4 %
    of a one-report check. Set on an instance, ``lines`` is a plain attribute.
    (A damaged text reads as line 0 where a number is missing: the entry's
    header guards its length, and the lines only ever go into a message.)"""

    __slots__ = ()

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            keys, text = instance.__dict__.pop("_lines")
        except KeyError:
            raise AttributeError("lines") from None
        count = keys if type(keys) is int else len(keys)
        try:
            numbers = [int(n) for n in text.split(",")] if text else []
        except ValueError:  # (a damaged entry: its lines are for messages only — line 0, "unknown")
            numbers = []
        if len(numbers) != count:
            numbers = (numbers + [0] * count)[:count]
        value = numbers if type(keys) is int else dict(zip(keys, numbers))
        instance.__dict__["lines"] = value
        return value


class Map(dict):
    """A YAML mapping with the line of each key."""

    line: int = 0
    lines: dict = _Lines()  # type: ignore[assignment]
    extends: str | None = None  # set on a merged rulebook: the parent it extends
    #: set on a merged rulebook's entries: the file (as shown) each key was read from, where
    #: that is a parent rulebook's (an entry inherited whole, or a key the child left alone)
    origins: dict | None = None


class Seq(list):
    """A YAML list with the line of each item."""

    line: int = 0
    lines: list = _Lines()  # type: ignore[assignment]


def new_map(line: int = 1) -> Map:
    result = Map()
    result.line, result.lines = line, {}
    return result


class _Duplicate(Exception):
    def __init__(self, key, line: int):
        self.key, self.line = key, line


class _Unhashable(Exception):
    def __init__(self, line: int):
        self.line = line


def _construct_map(loader, node):
    loader.flatten_mapping(node)
    result = new_map(node.start_mark.line + 1)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:  # a list or mapping as a key (``? [a, b]``)
            raise _Unhashable(line) from None
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


_loader = None


def _get_loader():
    """The safe loader (libyaml's when available) that remembers the line of
    every mapping, key and list item and rejects duplicate keys."""
    global _loader
    if _loader is None:
        import yaml

        class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            pass

        Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
        Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)
        _loader = Loader
    return _loader


def parse(text: str, path: str, error=UserError):
    """The YAML document in ``text`` (read from ``path``), or ``error`` — a
    :class:`UserError` class — naming the file and line."""
    loader = _get_loader()
    import yaml

    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 — a safe loader
    except _Duplicate as exc:
        raise error(f"重复的键“{exc.key}”", path, exc.line) from None
    except _Unhashable as exc:
        raise error("键不能是列表或映射", path, exc.line) from None
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


# The JSON form of a tree: a Map is an object whose first key "\0" holds
# [line, "line of each key,…"] (and "\3", when some keys are integers — a
# weight table `10: [terms]` — their positions); a Seq is {"\1": [items …],
# "\2": [line, "line of each item,…"]}: the lines of the keys and items as one
# text, made numbers when first read (:class:`_Lines`). Decoding is one json.loads
# with a hook: about as fast as unpickling (see tests/test_cache.py), and it cannot run code.

_MAP_LINES, _SEQ_ITEMS, _SEQ_LINES, _INT_KEYS = "\0", "\1", "\2", "\3"


#: A tree whose aliases expand to more nodes than this is not kept (a "billion laughs").
MAX_JSON_NODES = 100_000


def to_json(tree) -> bytes:
    """``tree`` (as :func:`parse` returns it) as JSON, line numbers kept.
    ValueError or TypeError when the tree holds what this form cannot give
    back: a value other than str, int, float, bool or None (a YAML date, set,
    binary …), a key that is neither a string nor an integer, a cycle, or more than
    :data:`MAX_JSON_NODES` nodes. A node reached twice (a YAML alias) is
    written twice: nothing downstream changes a tree in place, so copies
    behave as the shared node did."""
    path: set[int] = set()  # the nodes being encoded: one met again is a cycle
    count = 0

    def encode(value):
        nonlocal count
        count += 1
        if count > MAX_JSON_NODES:
            raise ValueError("too many nodes")
        kind = type(value)
        if kind is Map or kind is Seq:
            if id(value) in path:
                raise ValueError("a recursive YAML alias")
            path.add(id(value))
            if kind is Map:
                if not all(type(key) in (str, int) for key in value) or \
                        any(key in value for key in (_MAP_LINES, _INT_KEYS)):
                    raise TypeError("a key that is neither a string nor an integer")
                result = {_MAP_LINES: [value.line, _joined(value.lines[key] for key in value)]}
                numbers = [i for i, key in enumerate(value) if type(key) is int]
                if numbers:
                    if len({str(key) for key in value}) != len(value):
                        raise TypeError("keys 1 and '1' in one mapping")
                    result[_INT_KEYS] = numbers
                for key, item in value.items():
                    result[str(key)] = encode(item)
            else:
                if len(value.lines) != len(value):
                    raise ValueError("a list without the line of each item")
                result = {_SEQ_ITEMS: [encode(item) for item in value],
                          _SEQ_LINES: [value.line, _joined(value.lines)]}
            path.discard(id(value))
            return result
        if value is None or kind in (str, int, float, bool):
            return value
        raise TypeError(f"cannot keep a {kind.__name__} in JSON")

    from linter.cache import compact_json

    return compact_json(encode(tree))


def _joined(lines) -> str:
    """Line numbers as one text (``12,12,13``)."""
    lines = list(lines)
    if not all(type(line) is int and line >= 0 for line in lines):
        raise TypeError("a line that is not a number")
    return ",".join(map(str, lines))


def _decode_node(obj: dict):
    lines = obj.pop(_MAP_LINES, None)
    if lines is not None:
        numbers = obj.pop(_INT_KEYS, None)
        if len(lines) != 2 or type(lines[0]) is not int or type(lines[1]) is not str:
            raise ValueError("damaged tree")
        if numbers:
            keys = list(obj)
            for index in numbers:
                keys[index] = int(keys[index])
            obj = dict(zip(keys, obj.values()))
        result = Map(obj)
        result.line = lines[0]
        result.__dict__["_lines"] = (tuple(obj), lines[1])
        return result
    items, lines = obj[_SEQ_ITEMS], obj[_SEQ_LINES]
    if len(obj) != 2 or len(lines) != 2 or type(lines[0]) is not int or type(lines[1]) is not str:
        raise ValueError("damaged tree")
    result = Seq(items)
    result.line = lines[0]
    result.__dict__["_lines"] = (len(items), lines[1])
    return result


def from_json(data: bytes):
    """The tree :func:`to_json` was given (ValueError, KeyError … on a damaged payload)."""
    from linter.jsonread import loads

    return loads(data, object_hook=_decode_node)
