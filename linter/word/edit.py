"""Comments and tracked changes on the XML behind a Source.

Offsets are offsets into ``Source.text``, as findings and fixes carry them.
An offset becomes (line, column) by the source's line starts, and the column
a place in the XML through the line's :class:`~linter.sources.docx.Paragraph`
pieces: the ``w:t`` (or ``w:tab``, ``w:br``…) holding that character.

A place inside a run is made a place *between* runs by splitting: the run is
cut in two (attributes and ``w:rPr`` copied to both, a ``w:t`` cut at the
character), so that a mark can go between them. Marks then go beside runs, in
whatever holds the run (the paragraph, a hyperlink, someone's ``w:ins``…).

Columns inside the list label Word draws (``Paragraph.prefix``) have no XML:
a span starting there starts at the paragraph's first character, and a span
lying wholly inside the label is anchored on the paragraph's text.

A fix becomes a revision — ``w:del`` around the runs of the old text (their
``w:t`` turned into ``w:delText``), then ``w:ins`` with one run of the new
text carrying the old text's ``w:rPr`` — only when that is exact and keeps the
formatting: the span lies in one paragraph and outside the list label, the
replacement has no line break, every run it covers has the same formatting
(``w:rPr`` compared without ``w:lang``/``w:noProof``, which do not show), the
runs hold nothing but the covered text (no field code, footnote mark or
picture would be deleted with it), they sit in one container, and not inside
someone else's pending insertion (a change inside a change is that
reviewer's to settle). Otherwise :meth:`Editor.revise` returns False and the
caller writes a comment instead. Text that an earlier round of fixing
inserted (a ``w:ins`` written by this editor) is edited in place — its runs
removed, the new text added to it — rather than deleted as a revision of a
revision; no ``w:ins`` is ever put inside another.
"""

from __future__ import annotations

from bisect import bisect_right
from copy import deepcopy

from lxml import etree

from linter.sources.docx import AUTHOR

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: Run properties that do not change how the text looks.
_INVISIBLE = ("lang", "noProof")


class Editor:
    """Edits the XML of ``layout`` (a :class:`~linter.sources.docx.Layout`
    read with ``source``). ``date``: the w:date of every comment and revision
    (``2024-05-01T09:30:00Z``); ``first_id``: the first free ``w:id`` (ids of
    comments and revisions are taken from one counter, above every id the
    package already uses)."""

    def __init__(self, source, layout, *, date: str, first_id: int, author: str = AUTHOR):
        self.date, self.author = date, author
        self._next_id = first_id
        w = self.w = layout.w
        self.R, self.T, self.RPR = w + "r", w + "t", w + "rPr"
        self.INS, self.DEL, self.DEL_TEXT = w + "ins", w + "del", w + "delText"
        self.ID = w + "id"
        #: what a run may hold besides the covered text and still be deleted
        self._KEEP = {self.RPR, w + "lastRenderedPageBreak"}
        self.comments: list[tuple[int, list[str]]] = []  # (id, paragraphs) for the comments part
        self.revisions = 0  # fixes recorded as w:del/w:ins
        self._mine: set[str] = set()  # ids of the w:ins this editor wrote
        self.bind(source, layout)

    def bind(self, source, layout) -> None:
        """Work on ``source`` and its ``layout`` from now on (after
        :meth:`~linter.sources.docx.Layout.reread`: the same tree, new offsets)."""
        self.source, self.layout = source, layout

    def new_id(self) -> str:
        value = self._next_id
        self._next_id += 1
        return str(value)

    # -- offsets → places ---------------------------------------------------------

    def _locate(self, offset: int) -> tuple[int, int]:
        starts = self.source.line_starts
        line = bisect_right(starts, offset) - 1
        return line, offset - starts[line]

    def _length(self, element) -> int:
        return len(element.text or "") if element.tag == self.T else 1

    def _place(self, line: int, column: int, side: str):
        """An element and where a mark goes beside it — ``("before", run)``,
        ``("after", run)`` or ``("end", paragraph)`` — for the boundary at
        ``column`` of ``line``: for ``side="start"`` the boundary before the
        character at ``column``, for ``"end"`` the one after the character
        before it. A run the boundary falls inside is split."""
        paragraph = self.layout.paragraphs[line]
        pieces = paragraph.pieces
        if not pieces:
            return "end", paragraph.element
        column = max(column, paragraph.prefix)
        if side == "start":
            i = bisect_right(pieces, column, key=lambda piece: piece[0]) - 1
            if i < 0:
                i = 0
            begin, element = pieces[i]
            if column >= begin + self._length(element):  # the end of the line
                return "after", self._after(element)
        else:
            i = bisect_right(pieces, column - 1, key=lambda piece: piece[0]) - 1
            if i < 0:  # the line's first boundary
                return "before", self._before(pieces[0][1])
            begin, element = pieces[i]
            end = begin + self._length(element)
            if column >= end:
                return "after", self._after(element)
        if column > begin:  # inside a w:t: cut it
            element = self._split_text(pieces, i, column - begin)
        return "before", self._before(element)

    def _split_text(self, pieces: list, i: int, at: int):
        """Cut the w:t of ``pieces[i]`` after ``at`` characters; the second
        half becomes a new w:t right after it (and a new piece). Returns it."""
        begin, element = pieces[i]
        text = element.text
        second = etree.SubElement(element.getparent(), self.T)
        element.addnext(second)
        element.text, second.text = text[:at], text[at:]
        element.set(XML_SPACE, "preserve")
        second.set(XML_SPACE, "preserve")
        pieces.insert(i + 1, [begin + at, second])
        return second

    def _before(self, item):
        """The run that starts with ``item`` (the run holding it, split before it if needed)."""
        run = item.getparent()
        previous = item.getprevious()
        while previous is not None and previous.tag == self.RPR:
            previous = previous.getprevious()
        if previous is None:
            return run
        return self._split_run(item)

    def _after(self, item):
        """The run that ends with ``item``."""
        run = item.getparent()
        if item.getnext() is not None:
            self._split_run(item.getnext())
        return run

    def _split_run(self, item):
        """Move ``item`` and everything after it in its run into a new run
        right after it, with the same attributes and a copy of its w:rPr."""
        run = item.getparent()
        parent = run.getparent()
        new = etree.SubElement(parent, self.R, attrib=dict(run.attrib))
        run.addnext(new)
        properties = run.find(self.RPR)
        if properties is not None:
            new.append(deepcopy(properties))
        following = [item] + list(item.itersiblings())
        for element in following:
            new.append(element)
        return new

    def _mark(self, where: str, anchor, element) -> None:
        if where == "before":
            anchor.addprevious(element)
        elif where == "after":
            anchor.addnext(element)
        else:
            anchor.append(element)

    def _make(self, parent, name: str, **attributes):
        """A new w:``name`` element (namespace prefix as in the document), not yet placed."""
        element = etree.SubElement(parent, self.w + name)
        for key, value in attributes.items():
            element.set(self.w + key, value)
        return element

    # -- comments -------------------------------------------------------------------

    def comment(self, start: int, end: int, paragraphs: list[str]) -> None:
        """A comment with ``paragraphs`` anchored on ``start``..``end``."""
        line_start, column_start = self._locate(start)
        line_end, column_end = self._locate(max(end, start))
        prefix = self.layout.paragraphs[line_start].prefix
        if prefix and line_end == line_start and column_end <= prefix:
            # all inside the list label Word draws: anchor on the paragraph's text
            column_start, column_end = prefix, self._line_length(line_start)
        cid = self.new_id()
        body = self.layout.paragraphs[line_start].element
        opening = self._make(body, "commentRangeStart", id=cid)
        closing = self._make(body, "commentRangeEnd", id=cid)
        if (line_start, column_start) == (line_end, column_end) or (
                line_end == line_start and column_end <= column_start):
            self._mark(*self._outside(*self._place(line_start, column_start, "start")), opening)
            opening.addnext(closing)
        else:
            self._mark(*self._outside(*self._place(line_end, column_end, "end")), closing)
            self._mark(*self._outside(*self._place(line_start, column_start, "start")), opening)
        self._reference(closing, cid)
        self.comments.append((int(cid), paragraphs))

    def _outside(self, where: str, anchor):
        """A comment mark beside the first (last) run of an insertion goes
        before (after) the insertion: the same place in the text, and
        rejecting the insertion keeps the mark."""
        while where in ("before", "after"):
            parent = anchor.getparent()
            if parent is None or parent.tag not in (self.INS, self.w + "moveTo"):
                break
            if (anchor.getprevious() if where == "before" else anchor.getnext()) is not None:
                break
            anchor = parent
        return where, anchor

    def _line_length(self, line: int) -> int:
        starts = self.source.line_starts
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(self.source.text)
        return end - starts[line]

    def _reference(self, closing, cid: str) -> None:
        """The run holding the comment mark, after the range's end — outside
        any tracked change, so rejecting a change never drops a comment."""
        place = closing
        parent = place.getparent()
        while parent is not None and parent.tag in (self.INS, self.DEL, self.w + "moveTo"):
            place, parent = parent, parent.getparent()
        run = etree.SubElement(parent, self.R)
        properties = self._make(run, "rPr")
        self._make(properties, "rStyle", val="CommentReference")
        self._make(run, "commentReference", id=cid)
        place.addnext(run)

    # -- revisions ------------------------------------------------------------------

    def revise(self, start: int, end: int, replacement: str) -> bool:
        """Record replacing ``start``..``end`` by ``replacement`` as a w:del +
        w:ins; False (nothing changed in the text) when it cannot be exact —
        see the module docstring — and must become a comment."""
        line, column_start = self._locate(start)
        line_end, column_end = self._locate(end)
        paragraph = self.layout.paragraphs[line]
        if line_end != line or column_start < paragraph.prefix or "\n" in replacement \
                or "\r" in replacement:
            return False
        covered = [(begin, element) for begin, element in paragraph.pieces
                   if begin < column_end and begin + self._length(element) > column_start]
        if start == end:
            return not replacement or self._insert_only(line, column_start, replacement)
        if not covered:
            return False
        runs = list(dict.fromkeys(element.getparent() for _, element in covered))
        if len({self._look(run) for run in runs}) != 1:
            return False  # different formatting: a comment says it instead
        units = [self._unit(run) for run in runs]
        if len({id(unit.getparent()) for unit in units}) != 1 or self._pending(units[0]):
            return False
        properties = runs[0].find(self.RPR)
        properties = deepcopy(properties) if properties is not None else None
        self._place(line, column_end, "end")
        self._place(line, column_start, "start")
        elements = {id(element) for begin, element in paragraph.pieces
                    if column_start <= begin < column_end}
        runs = list(dict.fromkeys(element.getparent() for begin, element in paragraph.pieces
                                  if column_start <= begin < column_end))
        for run in runs:
            if any(child.tag not in self._KEEP and id(child) not in elements for child in run):
                return False  # a field code, a footnote mark, a picture … would go with it
        units = list(dict.fromkeys(self._unit(run) for run in runs))
        if len({id(unit.getparent()) for unit in units}) != 1 or self._pending(units[0]):
            return False
        marker = etree.Comment("zhidang")  # where the new text goes: right after the old
        runs[-1].addnext(marker)
        emptied = []
        group: list = []
        for run in runs:
            holder = run.getparent()
            if self._is_mine(holder):  # text an earlier round inserted: edited in place
                self._delete_group(group)
                group = []
                holder.remove(run)
                emptied.append(holder)
            else:
                if group and group[-1].getnext() is not run:
                    self._delete_group(group)
                    group = []
                group.append(run)
        self._delete_group(group)
        self._put(marker, replacement, properties)
        for holder in emptied:
            if holder.getparent() is not None and not any(child.tag == self.R for child in holder):
                holder.getparent().remove(holder)
        self.revisions += 1
        return True

    def _insert_only(self, line: int, column: int, replacement: str) -> bool:
        where, anchor = self._place(line, column, "start")
        if where == "end":
            return False
        if not self._is_mine(anchor.getparent()):
            where, anchor = self._outside(where, anchor)
            if self._pending(anchor):
                return False
        run = anchor if anchor.tag == self.R else next(anchor.iter(self.R), None)
        properties = run.find(self.RPR) if run is not None else None
        marker = etree.Comment("zhidang")
        self._mark(where, anchor, marker)
        self._put(marker, replacement, deepcopy(properties) if properties is not None else None)
        self.revisions += 1
        return True

    def _put(self, marker, replacement: str, properties) -> None:
        """The replacement in place of ``marker``: a run added to the
        insertion of an earlier round that holds the marker, else a new w:ins."""
        parent = marker.getparent()
        if replacement:
            if self._is_mine(parent):
                new = self._run(parent, replacement, properties)
            else:
                new = self._insertion(parent, replacement, properties)
            marker.addprevious(new)
        parent.remove(marker)

    def _is_mine(self, element) -> bool:
        return element is not None and element.tag == self.INS and element.get(self.ID) in self._mine

    def _pending(self, element) -> bool:
        """Is ``element`` inside someone else's tracked insertion or move (not
        revised: a change inside a pending change is the reviewer's to settle)?"""
        parent = element.getparent()
        while parent is not None:
            if parent.tag in (self.INS, self.w + "moveTo") and not self._is_mine(parent):
                return True
            parent = parent.getparent()
        return False

    def _unit(self, run):
        """What a covered run is within its container: the run itself, or the
        w:ins of an earlier fix holding it."""
        holder = run.getparent()
        return holder if self._is_mine(holder) else run

    def _look(self, run) -> bytes:
        """The run's formatting, as compared between runs."""
        properties = run.find(self.RPR)
        if properties is None:
            return b""
        parts = []
        for child in properties:
            if isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1] not in _INVISIBLE:
                parts.append(etree.tostring(child, with_tail=False))
        return b"".join(parts)

    def _delete_group(self, runs: list) -> None:
        """Wrap side-by-side ``runs`` in one w:del; their text becomes w:delText."""
        if not runs:
            return
        deletion = self._make(runs[0].getparent(), "del", id=self.new_id(), author=self.author,
                              date=self.date)
        runs[0].addprevious(deletion)
        for run in runs:
            deletion.append(run)
            for text in run.iter(self.T):
                text.tag = self.DEL_TEXT

    def _insertion(self, parent, replacement: str, properties):
        """``<w:ins><w:r>rPr<w:t>replacement</w:t></w:r></w:ins>``, not yet placed."""
        ins_id = self.new_id()
        insertion = self._make(parent, "ins", id=ins_id, author=self.author, date=self.date)
        self._mine.add(ins_id)
        insertion.append(self._run(insertion, replacement, properties))
        return insertion

    def _run(self, parent, replacement: str, properties):
        """A run of ``replacement`` (tabs as w:tab) with ``properties``, not yet placed."""
        run = etree.SubElement(parent, self.R)
        if properties is not None:
            run.append(deepcopy(properties))
        for i, part in enumerate(replacement.split("\t")):
            if i:
                self._make(run, "tab")
            if part:
                text = etree.SubElement(run, self.T)
                text.text = part
                text.set(XML_SPACE, "preserve")
        return run
