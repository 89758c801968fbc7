"""What a validated rulebook is: its checklist elements and rules."""

from __future__ import annotations

from linter.records import Record


def missing_id(element_id: str) -> str:
    """The rule id of the finding for a missing (or weak) checklist element."""
    return f"missing-{element_id}"


class Examples(Record):
    _FIELDS = ("passing", "failing")

    def __init__(self, passing: list[str], failing: list[str]):
        self.passing, self.failing = passing, failing

    @classmethod
    def later(cls, read) -> Examples:
        """Examples that ``read()`` (→ :class:`Examples`) gives when first asked
        for: a built-in rulebook's, which a check never reads (the cache keeps
        them apart from its tree: :mod:`linter.rulebook.merge`)."""
        examples = cls.__new__(cls)
        examples._read = read
        return examples

    def __reduce__(self):
        # (sent to a spawned worker, or copied: read first — the reader is a closure)
        return Examples, (self.passing, self.failing)

    def __getattr__(self, name: str):
        read = self.__dict__.pop("_read", None) if name in self._FIELDS else None
        if read is None:
            raise AttributeError(name)
        value = read()
        self.passing, self.failing = value.passing, value.failing
        return getattr(self, name)


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


_types = None  # linter.checks.TYPES, imported on first use (linter.checks imports the rulebook)


def _load_types() -> dict:
    global _types
    from linter.checks import TYPES

    _types = TYPES
    return TYPES


class Rule(Record):
    """A configured rule (or checklist element): an entry of a rulebook bound
    to its rule type."""

    _FIELDS = ("id", "type", "severity", "message", "description", "examples", "options", "title", "line", "group")

    def __init__(self, id: str, type: str, severity: str, message: str, description: str,  # noqa: A002
                 examples: Examples, options: dict, title: str = "", line: int | None = None,
                 group: Group | None = None):
        self.id, self.type, self.severity, self.message = id, type, severity, message
        self.description, self.examples, self.options = description, examples, options
        self.title, self.line, self.group = title, line, group

    @property
    def module(self):
        return (_types if _types is not None else _load_types())[self.type]

    @property
    def finding_id(self) -> str:
        """The rule id its findings carry (``missing-<id>`` for an element)."""
        return missing_id(self.id) if getattr(self.module, "CHECKLIST", False) else self.id


class Detect:
    """How ``--rulebook auto`` recognizes a rulebook's genre (see :mod:`linter.genres`)."""

    def __init__(self, priority: int, titles: list, headings: list, openings: list, generic_titles: list = ()):
        self.priority, self.titles, self.headings, self.openings = priority, titles, headings, openings
        #: titles too general to decide (工作情况汇报): they add points to the structure's score
        self.generic_titles = list(generic_titles)

    def __repr__(self) -> str:
        return (f"Detect({self.priority}, {self.titles!r}, {self.headings!r}, {self.openings!r}, "
                f"{self.generic_titles!r})")


class Rulebook(Record):
    _FIELDS = ("id", "title", "path", "description", "dictionary", "elements", "rules", "extends", "detect",
               "precedence")

    def __init__(self, id: str, title: str, path: str, description: str = "",  # noqa: A002
                 dictionary: list[str] | None = None, elements: list[Rule] | None = None,
                 rules: list[Rule] | None = None, extends: str | None = None, detect: Detect | None = None,
                 precedence: list[str] | None = None):
        self.id, self.title, self.path, self.description = id, title, path, description
        self.dictionary = [] if dictionary is None else dictionary
        self.elements = [] if elements is None else elements
        self.rules = [] if rules is None else rules
        self.extends = extends  # the parent rulebook as named in `extends`
        self.detect = detect  # how `--rulebook auto` recognizes this genre
        #: rule ids, strongest first: a finding that overlaps a finding of a rule
        #: earlier in the list is not reported (see linter.engine.overlaps)
        self.precedence = [] if precedence is None else precedence
        self._segmenter = None

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
