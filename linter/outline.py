"""Parse a normalized text into a :class:`~linter.document.Document`.

The grammar is ``outline.lark`` (LALR, contextual lexer), built once per
process on first use. A text the grammar cannot parse still yields a
Document: every non-blank line becomes a paragraph.
"""

from __future__ import annotations

import os
import re
import sys

from linter.document import HEADING, PARAGRAPH, TITLE, Clause, Document, OutlineNode
from linter.numerals import from_chinese
from linter.sources.base import Source

_parser = None

#: Heading terminal → outline level (Markdown levels come from the # count).
_LEVELS = {"H1": 1, "H2": 2, "H3": 3, "H4": 4}
_STRIP = " \t\r"
_SENTENCE_END = "。;:!?"
#: A title is a short first line with no sentence-ending mark.
_TITLE_MAX = 60


def _lark():
    """The lark module, imported on first use (keeps `zhidang --help` fast)
    and without the regex module: lark imports regex whenever it is installed
    (a dependency of zhidang, for user rulebooks only), ~30 ms of start-up
    for an option (``Lark(regex=True)``) never used here."""
    if "lark" not in sys.modules and "regex" not in sys.modules:
        sys.modules["regex"] = None  # makes `import regex` fail inside lark
        try:
            import lark  # noqa: F401
        finally:
            del sys.modules["regex"]
    import lark

    return lark


def _get_parser():
    global _parser
    if _parser is None:
        lark = _lark()

        # A plain file read: importlib.resources costs ~5 ms of start-up.
        with open(os.path.join(os.path.dirname(__file__), "outline.lark"), encoding="utf-8") as handle:
            grammar = handle.read()
        _parser = lark.Lark(grammar, parser="lalr", lexer="contextual",
                            cache=_cache_file(lark.__version__))
    return _parser


def _cache_file(lark_version: str) -> str | bool:
    """Where Lark keeps the analysed grammar between runs (it checks the
    grammar's hash on load, so an edited grammar is rebuilt). Building the
    LALR tables costs ~35 ms, loading them ~3 ms: this is start-up time of
    every pre-commit run. ``ZHIDANG_NO_CACHE=1`` turns it off."""
    from linter.cache import cache_dir

    folder = cache_dir()
    if folder is None:
        return False
    version = "".join(map(str, sys.version_info[:2]))
    return os.path.join(folder, f"outline-lark{lark_version}-py{version}.cache")


def marker_number(marker: str) -> int | None:
    """The number in a heading or run-in marker: 三、 → 3, (12) → 12, 二是 → 2."""
    core = marker.strip(" ()、.,是#")
    if core.isdigit():
        return int(core)
    return from_chinese(core)


def parse(source: Source, norm: str) -> Document:
    """Build the outline of ``source`` from its matching view ``norm``."""
    LarkError = _lark().exceptions.LarkError  # noqa: N806

    try:
        tree = _get_parser().parse(norm + "\n")
    except LarkError:
        return Document(source, norm, _fallback_nodes(norm), parsed=False)
    nodes: list[OutlineNode] = []
    stack: list[OutlineNode] = []  # open headings, by increasing level
    styled = source.outline_levels
    for item in tree.children:
        node = _node(item, len(nodes), norm)
        if node is None:
            continue
        if styled and node.kind == PARAGRAPH:
            level = styled.get(source.position(node.start)[0])
            if level is not None:
                _promote(node, level)
        if node.kind == HEADING:
            while stack and stack[-1].level >= node.level:
                stack.pop()
            node.parent = stack[-1].index if stack else None
            stack.append(node)
        else:
            node.parent = stack[-1].index if stack else None
        nodes.append(node)
    _mark_title(nodes, norm)
    return Document(source, norm, nodes)


_SENTENCE = re.compile(r"[^。;:!?]*[。;:!?]+|[^。;:!?]+")


def _clauses(tree, norm: str) -> list[Clause]:
    """The sentences of a ``clause`` subtree (a run-in marker and the text up
    to the next one): the first sentence carries the marker."""
    tokens = tree.children
    first, last = tokens[0], tokens[-1]
    start = first.end_pos if first.type == "RUNIN" else first.start_pos
    clauses = [Clause(m.start(), m.end()) for m in _SENTENCE.finditer(norm, start, last.end_pos)]
    if first.type == "RUNIN":
        runin = str(first)
        if clauses:
            clauses[0].start = first.start_pos
        else:
            clauses = [Clause(first.start_pos, first.end_pos)]
        clauses[0].runin = runin
        clauses[0].number = marker_number(runin)
    return clauses


def _all_clauses(trees, norm: str) -> list[Clause]:
    return [clause for tree in trees for clause in _clauses(tree, norm)]


def _node(item, index: int, norm: str) -> OutlineNode | None:
    children = item.children
    if item.data == "heading":
        marker = children[0]
        clauses = _all_clauses(children[1:], norm)
        start = marker.start_pos
        end = clauses[-1].end if clauses else marker.end_pos
        level = _LEVELS.get(marker.type) or str(marker).count("#")
        node = OutlineNode(HEADING, index, start, end, clauses, level=level,
                           marker=str(marker).strip(), number=marker_number(str(marker)))
        node.title_start = marker.end_pos
        node.title_end = clauses[0].end if clauses else marker.end_pos
    else:
        clauses = _all_clauses(children, norm)
        node = OutlineNode(PARAGRAPH, index, clauses[0].start, clauses[-1].end, clauses)
        node.title_start, node.title_end = clauses[0].start, clauses[0].end
    node.start += len(norm[node.start:node.end]) - len(norm[node.start:node.end].lstrip(_STRIP))
    node.end = node.start + len(norm[node.start:node.end].rstrip(_STRIP))
    if node.end <= node.start and node.kind == PARAGRAPH:
        return None  # a line of spaces
    node.title_end = max(node.title_start, min(node.title_end, node.end))
    while node.title_end > node.title_start and norm[node.title_end - 1] in _SENTENCE_END + _STRIP:
        node.title_end -= 1
    return node


def _promote(node: OutlineNode, level: int) -> None:
    """Make a paragraph a heading by its formatting (``Source.outline_levels``:
    a Word paragraph styled 标题 1): no marker, the title is its first sentence."""
    node.kind = HEADING
    node.level = level
    node.title_start = node.start
    node.title_end = node.clauses[0].end if node.clauses else node.end
    node.title_end = max(node.title_start, min(node.title_end, node.end))


def _mark_title(nodes: list[OutlineNode], norm: str) -> None:
    if not nodes:
        return
    first = nodes[0]
    # A first line that is a heading only by its style (a title set in 标题 1) is the title.
    if first.kind != PARAGRAPH and not (first.kind == HEADING and not first.marker):
        return
    text = norm[first.start:first.end]
    if len(first.clauses) == 1 and len(text) <= _TITLE_MAX and text[-1] not in _SENTENCE_END:
        if first.kind == HEADING:
            first.level = 0
            for node in nodes:
                if node.parent == first.index:
                    node.parent = None
        first.kind = TITLE


def _fallback_nodes(norm: str) -> list[OutlineNode]:
    nodes: list[OutlineNode] = []
    offset = 0
    for line in norm.split("\n"):
        stripped = line.strip(_STRIP)
        if stripped:
            start = offset + line.index(stripped[0])
            end = start + len(stripped)
            node = OutlineNode(PARAGRAPH, len(nodes), start, end, [Clause(start, end)])
            node.title_start, node.title_end = start, end
            nodes.append(node)
        offset += len(line) + 1
    return nodes
