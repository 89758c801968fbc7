"""How alike two short texts are: the Dice coefficient of their sets of
character pairs, 2·|A∩B| / (|A|+|B|). Standard library only, no import cost:
the outline (a web copy's title), the layout rule type (a site's heading above
the title) and template-text (a template sentence) all use it."""

from __future__ import annotations


def pairs(text: str) -> set[str]:
    """The character pairs of ``text`` (none for a text of one character)."""
    return {text[i:i + 2] for i in range(len(text) - 1)}


def alike(a: set[str], b: set[str], share: float) -> bool:
    """Is the Dice coefficient of pair sets ``a`` and ``b`` at least ``share``?"""
    return 2 * len(a & b) >= share * (len(a) + len(b))
