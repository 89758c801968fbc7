"""Writing Word documents: a reviewed copy of a .docx, or a new one for a text report.

zhidang reads a .docx through :func:`linter.sources.docx.read_layout`, which
keeps, beside the :class:`~linter.sources.base.Source`, where each character
of its text is in ``document.xml``. This package edits that XML with lxml and
writes the copy:

* :mod:`linter.word.edit` — the :class:`~linter.word.edit.Editor`: a comment
  anchored on a span of ``Source.text`` (``w:commentRangeStart`` /
  ``w:commentRangeEnd`` + a ``w:commentReference`` run), a fix recorded as a
  tracked change (``w:del`` + ``w:ins``). Runs are split where a span starts
  or ends inside them, their formatting (``w:rPr``) copied to both halves;
  no character of the text is added, removed or moved.
* :mod:`linter.word.package` — the copy: ``document.xml`` serialized again,
  the comments part created or extended (with its relationship and content
  type), every other part copied byte for byte.
* :mod:`linter.word.new` — a .docx written from scratch for a .txt or .md
  report: one paragraph per line, headings styled by their outline level.

Nothing here is imported by ``zhidang check``: only ``zhidang annotate``,
``check --fix`` on a .docx and ``report --annotate`` need it.
"""
