"""linter.jsonread reads what json.loads reads, and refuses what it refuses."""

from __future__ import annotations

import json
import math
import pytest

from linter import cache, jsonread, yamlfile

VALUES = [
    {},
    [],
    "",
    0,
    -12,
    10**30,
    1.5,
    -2.5e-7,
    True,
    False,
    None,
    {"a": [1, 2.0, "三", None, True], "b": {"c": {"d": []}}},
    ["政治建设", "\u2028", "\\", '"', "\x00\x1f", "😀", "\ud83d\ude00"],
    {"重复": 1, "key": {"重复": 2}},
    [[[[[[["deep"]]]]]]],
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
@pytest.mark.parametrize("ascii_only", [True, False])
def test_reads_what_json_reads(value, ascii_only):
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert jsonread.loads(text) == json.loads(text)
    data = text.encode("utf-8", "surrogatepass")
    assert jsonread.loads(data) == json.loads(data)


def test_whitespace_around_and_inside():
    text = ' \n\t{ "a" : [ 1 , 2 ] ,\r\n "b" : null }\n '
    assert jsonread.loads(text) == json.loads(text) == {"a": [1, 2], "b": None}


def test_constants():
    value = jsonread.loads("[NaN, Infinity, -Infinity]")
    assert math.isnan(value[0]) and value[1:] == [math.inf, -math.inf]


def test_object_hook_as_json_loads_calls_it():
    calls = []

    def hook(obj):
        calls.append(dict(obj))
        return ("hooked", len(obj))

    text = '{"a": {"b": 1}, "c": [{"d": 2}, {}]}'
    assert jsonread.loads(text, object_hook=hook) == json.loads(text, object_hook=lambda o: ("hooked", len(o)))
    assert calls == [{"b": 1}, {"d": 2}, {}, {"a": ("hooked", 1), "c": [("hooked", 1), ("hooked", 0)]}]
    # the plain scanner is not the hooked one
    assert jsonread.loads(text) == json.loads(text)


@pytest.mark.parametrize("bad", ["", " ", "{", "[1,]", '{"a" 1}', "[1] [2]", "nul", '"\x01"', "{'a': 1}",
                                 "[1, 2", "01", '"\\u12"', "Infinityy"])
def test_damaged_documents_raise_value_error(bad):
    with pytest.raises(ValueError):
        json.loads(bad)
    with pytest.raises(ValueError):
        jsonread.loads(bad)


def test_invalid_utf8_is_a_value_error():
    with pytest.raises(ValueError):
        jsonread.loads(b'["\xff"]')


def test_hook_errors_pass_through():
    def hook(obj):
        raise KeyError("damaged")

    with pytest.raises(KeyError):
        jsonread.loads('{"a": 1}', object_hook=hook)


def test_cache_and_yaml_trees_round_trip():
    value = {"t": (1, "二", [3.5, None]), "d": {7: {"x": True}}, "emoji": "👍"}
    assert cache.loads(cache.dumps(value)) == value
    tree = yamlfile.parse("a: 1\nb:\n  - 二\n  - {c: [d]}\n3: e\n", "t.yaml")
    again = yamlfile.from_json(yamlfile.to_json(tree))
    assert again == tree and again.lines == tree.lines and again["b"].lines == tree["b"].lines

