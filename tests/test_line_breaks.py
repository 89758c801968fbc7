"""line-breaks on hard-wrapped text, whose lines the outline joins into paragraphs."""

from test_outline import _WRAPPED_REPORT, _wrapped

from linter.checks import line_breaks
from linter.engine import build_document
from linter.sources.base import Source

ENDS = "。！？；："


def _expected(text):
    """Offsets of the newlines that break a sentence: a line of at least 16 characters that
    does not end one, followed directly by a line of text (the title's lines aside)."""
    lines = text.split("\n")
    found, offset = [], 0
    for number, line in enumerate(lines[:-1]):
        offset += len(line)
        if number > 1 and len(line) >= 16 and line[-1] not in ENDS and lines[number + 1]:
            found.append(offset)
        offset += 1
    return found


def test_breaks_inside_the_joined_paragraphs_are_each_found():
    text = _wrapped(_WRAPPED_REPORT, blank=True)
    doc = build_document(Source(path="t.txt", text=text))
    assert any("\n" in doc.norm[n.start:n.end] for n in doc.nodes if n.kind == "paragraph")  # joined
    found, pairs = line_breaks.breaks(doc)
    newlines = sorted(text.index("\n", start, end + 1) for start, end in found)
    assert newlines == _expected(text)  # (a heading line without a number broken over two lines too)
    assert sorted(line_breaks.hard_wrapped(doc)) == newlines
