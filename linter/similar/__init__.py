"""Reports compared with one another: passages copied between units, from last
year's report, and from the template (issue 16).

* :mod:`~linter.similar.mask` — the comparison key of a sentence (unit names,
  figures, punctuation masked); standard library only.
* :mod:`~linter.similar.dice` — how alike two short texts are (the Dice
  coefficient of their character pairs); standard library only, also used by
  the outline and the layout rule type for a web copy's title.
* :mod:`~linter.similar.fingerprint` — what a worker keeps of a report:
  per sentence a key hash and a MinHash (datasketch), in numpy arrays.
* :mod:`~linter.similar.analysis` — in the parent: alike sentences (hash
  equality and LSH banding), groups, standard formulations by frequency,
  shared passages, the archive measure.
* :mod:`~linter.similar.batch` — the run: hold results, analyse, re-read
  the reports concerned, add findings, stream on; rule examples.
* :mod:`~linter.similar.model` — the result per run, for the HTML view and
  the xlsx sheet.

numpy, scipy and datasketch are imported only here, and only when a run
compares reports (``--similar``, ``--compare-with``, ``zhidang rules test``).
The rule types are ``shared-text`` (copied-passage), ``archive-text``
(copied-from-archive) and ``template-text`` (template-passage, a plain
single-document check) in :mod:`linter.checks`.
"""
