"""``--rulebook auto``: pick the built-in rulebook that fits a document.

A built-in rulebook that describes a genre (annual report, 述职报告, 工作总结,
发言材料) has a ``detect`` section::

    detect:
      priority: 30                  # checked first when titles compete
      titles: [述职]                # regexes on the title (a group ``shown`` is what the note quotes)
      generic-titles: [工作情况汇报]  # titles any genre may carry: they only weigh with the structure
      headings: [工作完成情况]       # regexes on heading titles
      openings: [^同志们]           # regexes on paragraph openings

The choice, per document:

1. the title (found after site chrome or a table of contents, its lines
   joined, see :mod:`linter.outline`) matching a ``titles`` pattern decides,
   rulebooks of higher ``priority`` first;
2. otherwise the structure: each heading matching a ``headings`` pattern
   and each sentence of a paragraph that an ``openings`` pattern finds
   scores a point (at most :data:`_HINTS_MAX`), and the share of the rulebook's
   checklist elements that the document's sections name up to four more;
   a title that matches a ``generic-titles`` pattern (2025年工作情况汇报,
   2025年度工作报告: any unit's report may be called so) adds
   :data:`_GENERIC_TITLE` more; the highest score wins, a tie goes to the
   default rulebook;
3. when no rulebook scores :data:`MIN_SCORE`, the text is no recognizable
   genre: it is checked with the shared base rulebook (``common``:
   placeholders, web residue, typography …) and the note says so, rather than
   reporting eight missing sections of an annual report.

Rulebooks without ``detect`` (the shared base, a user's own) are never
chosen for their structure. All patterns run on the matching view.
"""

from __future__ import annotations

#: Points for a document that has all of a rulebook's checklist elements.
_ELEMENT_WEIGHT = 4
#: Points from ``headings``/``openings`` hints count up to this many.
_HINTS_MAX = 6
#: Points for a title that matches one of a rulebook's ``generic-titles``.
_GENERIC_TITLE = 1
#: Below this score no genre fits: the common rulebook is used.
MIN_SCORE = 2.0
#: The rulebook of what every genre shares, used when no genre fits.
FALLBACK = "common"


def genre_books() -> list:
    """The built-in rulebooks that can be chosen automatically: those with a
    ``detect`` section, then the shared base rulebook (the fallback)."""
    from linter import rulebook

    books = [rulebook.load(name) for name in rulebook.builtin_names()]
    chosen = [b for b in books if b.detect is not None]
    return chosen + [b for b in books if b.id == FALLBACK]


#: A bracketed note below the title that names the kind of text (（专题党课提纲）, （讲稿）) is at most this long.
_NOTE_MAX = 16


def _note_below_title(doc) -> str:
    """The bracketed line right below the title (its kind: （专题党课提纲）, （交流发言）), else “”. Not
    the title's (a truth file's convention), but it says what the text is as a title would."""
    from linter.document import PARAGRAPH

    title = doc.title
    if title is None:
        return ""
    after = next((n for n in doc.nodes if n.start >= title.end and not n.aside), None)
    if after is None or after.kind != PARAGRAPH:
        return ""
    text = "".join(doc.norm[after.start:after.end].split())
    return text if 2 < len(text) <= _NOTE_MAX + 2 and text[0] == "(" and text[-1] == ")" else ""


def choose(doc, books, default_id: str):
    """(rulebook, reason in Chinese) for ``doc``."""
    from linter.checks import element as element_type
    from linter.document import HEADING, PARAGRAPH

    genres = [b for b in books if b.detect is not None]
    fallback = next((b for b in books if b.detect is None and b.id == FALLBACK), None)
    title = doc.title_text() + _note_below_title(doc)
    if title:
        for book in sorted(genres, key=lambda b: -b.detect.priority):
            for pattern in book.detect.titles:
                m = pattern.search(title)
                if m:
                    return book, f"标题含“{m.group('shown') if 'shown' in pattern.groupindex else m.group()}”"
    scores = []
    for book in genres:
        hints = 0
        for node in doc.nodes:
            if node.aside or hints >= _HINTS_MAX:
                continue
            if node.kind == HEADING and book.detect.headings:
                start, end = node.lead
                lead = doc.norm[start:end]
                hints += any(p.search(lead) for p in book.detect.headings)
            elif node.kind == PARAGRAPH and book.detect.openings:
                # every sentence: 刚才，…  下面，我讲几点意见 often open a sentence, not the paragraph
                for clause in node.clauses:
                    sentence = doc.norm[clause.start:clause.end]
                    hints += any(p.search(sentence) for p in book.detect.openings)
        hints = min(hints, _HINTS_MAX)
        result = element_type.evaluation(book.elements, doc, book.segmenter)
        found = sum(1 for f in result.found.values() if f.how != "first-part")
        total = len(book.elements)
        named = title and any(p.search(title) for p in book.detect.generic_titles)
        score = hints + (_ELEMENT_WEIGHT * found / total if total else 0) + (_GENERIC_TITLE if named else 0)
        scores.append((round(score, 6), book.id == default_id, book, found, total, hints))
    scores.sort(key=lambda s: (s[0], s[1]), reverse=True)
    if not scores:
        return fallback, "没有可选的文种规则库"
    score, _, book, found, total, hints = scores[0]
    if score < MIN_SCORE and fallback is not None:
        return fallback, (f"未能判断文种（最接近的“{book.title}”只找到 {found}/{total} 个检查要素、"
                          f"{hints} 处标题或段落开头符合），只做通用检查（占位符、网页残留、排版等）")
    return book, f"结构最接近：找到 {found}/{total} 个检查要素，{hints} 处标题或段落开头符合"
