"""Validators for rule options declared in a rulebook.

A rule type declares ``OPTIONS = {"name": (validator, default)}``; a default of
:data:`REQUIRED` makes the option mandatory. A validator takes the YAML value
and returns the compiled value, or raises :class:`ValueError` with a Chinese
message (the rulebook loader adds the file and line).
"""

from __future__ import annotations

import re

REQUIRED = object()


def regex(value) -> re.Pattern:
    if not isinstance(value, str) or not value:
        raise ValueError("正则表达式必须是非空字符串")
    try:
        return re.compile(value, re.MULTILINE)
    except re.error as exc:
        raise ValueError(f"正则表达式“{value}”无效：{exc}") from None


def regex_list(value) -> list[re.Pattern]:
    return [regex(item) for item in _list(value)]


def string_list(value) -> list[str]:
    items = _list(value)
    for item in items:
        if not isinstance(item, str) or not item:
            raise ValueError(f"应为非空字符串，而不是 {item!r}")
    return list(items)


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
        self.unit = re.compile(f"(?:余|多)?(?:{alternatives})")
        self.figure = re.compile(
            # the lookbehind follows the first digit, so that the scan can skip to digits
            rf"(?P<number>\d(?<![\d.]\d)\d*(?:\.\d+)?)(?P<approx>余|多)?(?P<unit>{alternatives})"
        )


def units(value) -> Figures:
    """A list of measure words (次, 人次, 场 …) → :class:`Figures`."""
    return Figures(string_list(value))
