"""``--rulebook auto``: pick the built-in rulebook that fits a document.

A built-in rulebook that describes a genre (annual report, 述职报告, 工作总结,
发言材料) has a ``detect`` section::

    detect:
      priority: 30                  # checked first when titles compete
      titles: [述职]                # regexes on the title line
      headings: [工作完成情况]       # regexes on heading titles
      openings: [^同志们]           # regexes on paragraph openings

The choice, per document:

1. the title (a short first line or a first ``#`` heading) matching a
   ``titles`` pattern decides, rulebooks of higher ``priority`` first;
2. otherwise the structure: each heading matching a ``headings`` pattern
   and each paragraph opening matching an ``openings`` pattern scores a
   point, and the share of the rulebook's checklist elements found in the
   document up to four more; the highest score wins, a tie goes to the
   default rulebook.

Rulebooks without ``detect`` (the shared base, a user's own) are never
chosen automatically. All patterns run on the matching view.
"""

from __future__ import annotations

#: Points for a document that has all of a rulebook's checklist elements.
_ELEMENT_WEIGHT = 4


def genre_books() -> list:
    """The built-in rulebooks that can be chosen automatically."""
    from linter import rulebook

    books = [rulebook.load(name) for name in rulebook.builtin_names()]
    return [b for b in books if b.detect is not None]


def choose(doc, books, default_id: str):
    """(rulebook, reason in Chinese) for ``doc``."""
    from linter.checks import element as element_type
    from linter.document import HEADING, PARAGRAPH

    title = doc.title
    if title is not None:
        for book in sorted(books, key=lambda b: -b.detect.priority):
            for pattern in book.detect.titles:
                m = pattern.search(doc.norm, title.start, title.end)
                if m:
                    return book, f"标题含“{doc.text[m.start():m.end()]}”"
    scores = []
    for book in books:
        hints = 0
        for node in doc.nodes:
            start, end = node.lead
            lead = doc.norm[start:end]
            patterns = book.detect.headings if node.kind == HEADING else (
                book.detect.openings if node.kind == PARAGRAPH else [])
            hints += any(p.search(lead) for p in patterns)
        statuses = element_type.evaluate(book.elements, doc, book.segmenter)
        found = sum(1 for status, _ in statuses.values() if status != element_type.MISSING)
        total = len(book.elements)
        score = hints + (_ELEMENT_WEIGHT * found / total if total else 0)
        scores.append((round(score, 6), book.id == default_id, book, found, total, hints))
    scores.sort(key=lambda s: (s[0], s[1]), reverse=True)
    _, _, book, found, total, hints = scores[0]
    return book, f"结构最接近：找到 {found}/{total} 个检查要素，{hints} 处标题或段落开头符合"
