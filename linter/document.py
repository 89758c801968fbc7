"""The Document: a report's outline, as the rules see it.

Built once per file by :mod:`linter.outline`. Every node and clause carries
character offsets into the original text (``source.text``); ``norm`` is the
matching view of the same length (see :mod:`linter.normalize`).
"""

from __future__ import annotations

from linter.records import Record
from linter.sources.base import Source

TITLE = "title"
HEADING = "heading"
PARAGRAPH = "paragraph"


class Clause(Record):
    """A sentence of a paragraph (up to 。；：！？), possibly opened by a run-in
    enumeration marker such as 一是 (``runin="一是"``, ``number=1``)."""

    __slots__ = ("start", "end", "runin", "number")
    _FIELDS = __slots__

    def __init__(self, start: int, end: int, runin: str | None = None, number: int | None = None):
        self.start, self.end, self.runin, self.number = start, end, runin, number


class OutlineNode(Record):
    """One line of the outline: the title, a numbered heading, or a paragraph.

    For a heading, ``level`` is 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）
    (for a Markdown ``#`` heading, the number of ``#``), ``number`` the value of
    its numeral, ``marker`` the marker as written, and ``title_start`` ..
    ``title_end`` its title: the text after the marker up to the end of the
    first sentence (a heading may run on into body text on the same line).

    ``clauses`` (the sentences) of a paragraph line that holds no run-in
    marker are split only when first read (:meth:`split_later`): most rules
    never need them, and a report has thousands. Such a paragraph has no
    :attr:`runin_clauses` until then.
    """

    __slots__ = ("kind", "index", "start", "end", "_clauses", "level", "number", "marker", "title_start",
                 "title_end", "parent", "aside", "_later")
    _FIELDS = ("kind", "index", "start", "end", "clauses", "level", "number", "marker", "title_start",
               "title_end", "parent", "aside")

    def __init__(self, kind: str, index: int, start: int, end: int, clauses: list[Clause] | None = None,
                 level: int = 0, number: int | None = None, marker: str = "", title_start: int = 0,
                 title_end: int = 0, parent: int | None = None, aside: bool = False):
        self.kind, self.index, self.start, self.end = kind, index, start, end
        self._clauses = [] if clauses is None else clauses
        self._later = None  # (split, *arguments): how to make the clauses when they are first read
        self.level, self.number, self.marker = level, number, marker
        self.title_start, self.title_end = title_start, title_end
        self.parent = parent  # index of the enclosing heading, if any
        #: not the report's own text: site chrome or a pasted table of contents
        #: above the title (the checklist and ``--rulebook auto`` skip it)
        self.aside = aside

    def split_later(self, first: tuple[int, int], split, *arguments) -> None:
        """Make ``clauses`` with ``split(*arguments)`` when they are first read;
        ``first`` is the span of the first of them (:attr:`lead`). (The split
        must not open a clause with a run-in marker.)"""
        self._clauses, self._later = None, (first, split, *arguments)

    @property
    def clauses(self) -> list[Clause]:
        clauses = self._clauses
        if clauses is None:
            _, split, *arguments = self._later
            clauses = self._clauses = split(*arguments)
            self._later = None
        return clauses

    @clauses.setter
    def clauses(self, value: list[Clause]) -> None:
        self._clauses, self._later = value, None

    @property
    def first_clause(self) -> Clause | None:
        """``clauses[0]`` (None when there is none), without splitting the rest."""
        if self._clauses is None:
            return Clause(*self._later[0])
        return self._clauses[0] if self._clauses else None

    @property
    def split_clauses(self) -> list[Clause]:
        """The clauses of a line already split (one that holds a run-in marker), else none."""
        return [] if self._clauses is None else self._clauses

    @property
    def runin_clauses(self) -> list[Clause]:
        """The clauses opened by a run-in marker (一是); a paragraph whose
        clauses are not split yet has none (nothing is split to say so)."""
        if self._clauses is None:
            return []
        return [clause for clause in self._clauses if clause.runin is not None]

    def __reduce__(self):
        # (the clauses split, not the way to split them: a node travels without the text)
        return _node_from, (tuple(getattr(self, name) for name in self._FIELDS),)

    @property
    def is_heading(self) -> bool:
        return self.kind == HEADING

    @property
    def lead(self) -> tuple[int, int]:
        """Span of the opening sentence (a heading's title, a paragraph's first clause)."""
        if self.kind == HEADING:
            return self.title_start, self.title_end
        if self._clauses is None:
            return self._later[0]
        clauses = self._clauses
        if clauses:
            return clauses[0].start, clauses[0].end
        return self.start, self.end


def _node_from(values: tuple) -> OutlineNode:
    return OutlineNode(*values)


class Document(Record):
    _FIELDS = ("source", "norm", "nodes", "parsed", "year")

    def __init__(self, source: Source, norm: str, nodes: list[OutlineNode], parsed: bool = True,
                 year: int | None = None):
        self.source, self.norm, self.nodes = source, norm, nodes
        self.parsed = parsed  # False when the grammar failed and lines became paragraphs
        self.year = year  # the report's year when the user gave it (--year)
        #: results computed once per document and shared by the steps that need
        #: them (the checklist evaluated while choosing the genre, reused by the rules)
        self.cache: dict = {}

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def title(self) -> OutlineNode | None:
        """The title (``TITLE``: found by :mod:`linter.outline` after site
        chrome or a table of contents, and possibly over two lines), or a
        Markdown document's first line when it is a ``#`` heading."""
        for node in self.nodes:
            if node.kind == TITLE:
                return node
            if node.aside:
                continue
            if node.kind == HEADING and node.marker.startswith("#") and node.level == 1:
                return node
            return None
        return None

    def title_text(self) -> str:
        """The title in the matching view, its lines joined (“” when none)."""
        title = self.title
        if title is None:
            return ""
        return "".join(self.norm[title.start:title.end].split())

    @property
    def headings(self) -> list[OutlineNode]:
        return [n for n in self.nodes if n.kind == HEADING]

    def section_end(self, node: OutlineNode) -> int:
        """Offset where the section opened by ``node`` ends: the next heading
        that is not inside it (see ``parent``), or the end of the text. For a
        paragraph, the end of the paragraph."""
        if node.kind != HEADING:
            return node.end
        nodes = self.nodes
        for i in range(node.index + 1, len(nodes)):  # (a slice copied the rest of a long report per call)
            other = nodes[i]
            if other.kind == HEADING and not self.inside(other, node):
                return other.start
        return len(self.text)

    def inside(self, node: OutlineNode, heading: OutlineNode) -> bool:
        """Is ``node`` in the section of ``heading`` (at any depth)?"""
        parent = node.parent
        while parent is not None:
            if parent == heading.index:
                return True
            parent = self.nodes[parent].parent
        return False

    def parent_of(self, node: OutlineNode) -> OutlineNode | None:
        return None if node.parent is None else self.nodes[node.parent]

    def children_of(self, node: OutlineNode) -> list[OutlineNode]:
        return [n for n in self.nodes if n.parent == node.index]
