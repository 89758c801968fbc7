"""One regular expression for many patterns, laid out so that the engine
skips a pattern that cannot start where it stands.

A checklist's heading terms are ~75 patterns searched as one alternation,
``(?:p1)|(?:p2)|…``, at every character of every heading. ``re``'s engine
passes over an alternative with one comparison when the alternative begins
with a literal character or a [class] the text's character is not in; any
other alternative — one that begins with a group ``(查摆|检视)…``, a
look-behind ``(?<!存在)突出问题`` or a choice ``惠民纠风|纠风惠民`` — is
entered and tried, a hundred-odd instructions at each place. With a third of
the terms written so, the alternation was ~2 % of a one-report check.

:func:`alternation` writes the same alternation with each pattern's branches
begun by a literal character wherever the text plainly allows:

- a choice at the top of a pattern is its branches, each its own alternative
  (``a|b`` among others is ``…|a|b|…``);
- a leading group of alternatives that each begin with a literal character
  is split by that character: ``(查摆|检视|查找)问题`` → ``查(?:摆|找)问题|检(?:视)问题``
  (at any place at most one of these can match, and it matches what the
  pattern would: the group's alternatives keep their order);
- a leading look-behind moves after the first character, one character
  wider: ``(?<!存在)突出问题`` → ``突(?<!(?:存在)突)出问题``.

The result matches exactly what ``"|".join(f"(?:{p})" for p in patterns)``
matches, at the same places, leftmost first in the same order (the groups it
writes do not capture: only a match's extent is read from it). Anything it
does not plainly understand — a class, an escape, a quantified first atom,
a back-reference, an inline flag — is left as the pattern was.
"""

from __future__ import annotations

import re

from linter import regexstore
from linter.prefilter import SPECIAL as _SPECIAL
#: What may follow an atom to repeat it.
_QUANTIFIERS = frozenset("?*+{")
#: A back-reference or a named one: a pattern holding one is left alone.
_REFERENCE = regexstore.lazy(r"\\[1-9]|\(\?P=")  # (from the regex store: compiled afresh, ~0.4 M instructions)


def alternation(patterns: list[str]) -> str:
    """The alternation of ``patterns`` (each a regular expression), its
    branches begun by a literal character where plainly possible."""
    return "|".join(part for pattern in patterns for part in parts(pattern))


def parts(pattern: str) -> list[str]:
    """``pattern`` as alternatives, in order, each begun by a literal
    character or a [class] where plainly possible, else ``(?:…)``."""
    top = None if _REFERENCE.search(pattern) else branches(pattern)
    if top is None:
        return [f"(?:{pattern})"]
    out = []
    for branch in top:
        split = _split(branch)
        out.extend([f"(?:{branch})"] if split is None else split)
    return out


def first_chars(part: str) -> frozenset[str] | None:
    """The characters a match of ``part`` (one of :func:`parts`) starts with,
    or None when that is not plain to see."""
    if part[0] == "[":
        return frozenset(part[1:part.index("]")])
    return None if part[0] == "(" else frozenset(part[0])


def _skip(pattern: str, i: int) -> int:
    """Where the atom at ``pattern[i]`` ends: after an escape, a [class] or a (group)."""
    ch = pattern[i]
    if ch == "\\":
        return i + 2
    if ch == "[":
        j = i + 1
        if pattern[j:j + 1] == "^":
            j += 1
        if pattern[j:j + 1] == "]":  # a ] first in a class is one of its characters
            j += 1
        while j < len(pattern) and pattern[j] != "]":
            j += 2 if pattern[j] == "\\" else 1
        return j + 1
    if ch == "(":
        j, depth = i, 0
        while j < len(pattern):
            c = pattern[j]
            if c in "\\[":
                j = _skip(pattern, j)
                continue
            depth += c == "("
            depth -= c == ")"
            j += 1
            if depth == 0:
                return j
        return len(pattern) + 1  # unbalanced: past the end
    return i + 1


def branches(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|`` (None when it is not plainly balanced)."""
    found, start, i = [], 0, 0
    while i < len(pattern):
        if pattern[i] == "|":
            found.append(pattern[start:i])
            start = i + 1
            i += 1
        else:
            i = _skip(pattern, i)
    if i > len(pattern):
        return None
    found.append(pattern[start:])
    return found


def _plain(text: str) -> bool:
    """``text`` begins with a literal character that no quantifier follows."""
    return bool(text) and text[0] not in _SPECIAL and text[1:2] not in _QUANTIFIERS


def _class(text: str) -> int:
    """Where a plain [class] (listed characters only) at the start of ``text``
    ends when no quantifier follows it; else 0."""
    end = text.find("]") + 1
    if not text.startswith("[") or end < 3 or any(c in text[1:end - 1] for c in "^-\\[") \
            or text[end:end + 1] in _QUANTIFIERS:
        return 0
    return end


def _split(branch: str) -> list[str] | None:
    """``branch`` as alternatives that each begin with a literal character,
    or None when it cannot plainly be written so."""
    behind = []
    while branch.startswith(("(?<=", "(?<!")):
        end = _skip(branch, 0)
        if end > len(branch) or branch[end:end + 1] in _QUANTIFIERS:
            return None
        behind.append((branch[:4], branch[4:end - 1]))
        branch = branch[end:]
    if _plain(branch):
        firsts = [(branch[0], [branch[1:]], "")]
    elif _class(branch):
        end = _class(branch)
        firsts = [(branch[:end], [branch[end:]], "")]
    elif branch.startswith("(") and not branch.startswith("(?") or branch.startswith("(?:"):
        end = _skip(branch, 0)
        inner = branches(branch[3 if branch[1] == "?" else 1:end - 1]) if end <= len(branch) else None
        if inner is None or branch[end:end + 1] in _QUANTIFIERS or not all(map(_plain, inner)):
            return None
        by_char: dict[str, list[str]] = {}
        for alternative in inner:
            by_char.setdefault(alternative[0], []).append(alternative[1:])
        firsts = [(ch, rests, branch[end:]) for ch, rests in by_char.items()]
    else:
        return None
    out = []
    for ch, rests, tail in firsts:
        looks = "".join(f"{kind}(?:{body}){ch})" for kind, body in behind)
        head = rests[0] if len(rests) == 1 and len(firsts) == 1 and not tail else "(?:" + "|".join(rests) + ")"
        out.append(ch + looks + head + tail)
    return out
