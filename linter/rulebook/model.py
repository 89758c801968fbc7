"""What a validated rulebook is: its checklist elements and rules."""

from __future__ import annotations

from dataclasses import dataclass, field


def missing_id(element_id: str) -> str:
    """The rule id of the finding for a missing (or weak) checklist element."""
    return f"missing-{element_id}"


@dataclass
class Examples:
    passing: list[str]
    failing: list[str]


class Group:
    """A rule's ``group:``: when a file has at least ``min`` findings of the
    rule (with the same ``by`` field, if given), they are reported as one
    finding with all their places, under ``message``."""

    __slots__ = ("min", "message", "by")

    def __init__(self, min: int, message: str, by: str | None = None):
        self.min, self.message, self.by = min, message, by

    def __repr__(self) -> str:
        return f"Group({self.min}, {self.message!r}, by={self.by!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Group) and (self.min, self.message, self.by) == (other.min, other.message, other.by)


@dataclass
class Rule:
    """A configured rule (or checklist element): an entry of a rulebook bound
    to its rule type."""

    id: str
    type: str
    severity: str
    message: str
    description: str
    examples: Examples
    options: dict
    title: str = ""
    line: int | None = None
    group: Group | None = None

    @property
    def module(self):
        from linter.checks import TYPES

        return TYPES[self.type]

    @property
    def finding_id(self) -> str:
        """The rule id its findings carry (``missing-<id>`` for an element)."""
        return missing_id(self.id) if getattr(self.module, "CHECKLIST", False) else self.id


class Detect:
    """How ``--rulebook auto`` recognizes a rulebook's genre (see :mod:`linter.genres`)."""

    def __init__(self, priority: int, titles: list, headings: list, openings: list):
        self.priority, self.titles, self.headings, self.openings = priority, titles, headings, openings

    def __repr__(self) -> str:
        return f"Detect({self.priority}, {self.titles!r}, {self.headings!r}, {self.openings!r})"


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
    detect: Detect | None = None  # how `--rulebook auto` recognizes this genre
    #: rule ids, strongest first: a finding that overlaps a finding of a rule
    #: earlier in the list is not reported (see linter.engine.overlaps)
    precedence: list[str] = field(default_factory=list)
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

    def canonical(self, rule_id: str) -> str | None:
        """The id findings of ``rule_id`` carry (an element id gives its
        ``missing-`` id), or None if this rulebook has no such rule."""
        rule = self.find(rule_id)
        return None if rule is None else rule.finding_id
