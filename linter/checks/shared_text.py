"""shared-text: passages that two or more reports of a batch have in common (照搬照抄).

A cross-document rule: it reports nothing on a report alone. With ``zhidang
check --similar`` (and ``zhidang report --similar``) every report of the batch
is compared with every other one (see :mod:`linter.similar`): a run of
sentences of at least ``min-chars`` characters that another report also
contains — exactly or nearly, after unit names, figures, years and
punctuation are masked (``units``) — is reported once per report, with the
other reports' places. Passages found in more than ``common-share`` of the
reports (and in at least ``common-min`` of them, in a batch of at least
``min-reports``) are standard formulations every unit writes and are ignored.

Options:
  units         how unit names are found (required): ``suffixes``, ``org-suffixes``,
                ``breaks``, ``max-prefix``, ``title`` (see linter/similar/mask.py)
  min-chars     characters of substance of a shared passage (default 60)
  min-sentence  characters of substance of a sentence that is compared (default 8)
  max-gap       differing sentences allowed inside a passage (default 1)
  similarity    near copies: estimated Jaccard similarity of character 3-grams (default 0.7)
  common-share, common-min, min-reports  standard formulations (defaults 0.4, 3, 5)
  max-related   other reports' places listed in a finding (default 10)

Message placeholders: ``{count}`` (other reports), ``{chars}`` (characters of
substance), ``{others}`` (their file names, the first three).

Examples: the documents of a batch in one text, separated by a line ``=====``;
a ``fail`` example must make the rule report in one of them.
"""

from __future__ import annotations

from linter.checks.options import REQUIRED, positive_int

TYPE = "shared-text"
FIXES = False
FIELDS = {"count", "chars", "others"}
#: Cross-document: findings are made by linter.similar.batch, not by check().
BATCH = True


def _units(value):
    from linter.similar.mask import units

    return units(value)


def _share(value):
    from linter.similar.mask import share

    return share(value)


OPTIONS = {
    "units": (_units, REQUIRED),
    "min-chars": (positive_int, 60),
    "min-sentence": (positive_int, 8),
    "max-gap": (positive_int, 1),
    "similarity": (_share, 0.7),
    "common-share": (_share, 0.4),
    "common-min": (positive_int, 3),
    "min-reports": (positive_int, 5),
    "max-related": (positive_int, 10),
}


def check(rule, doc, report):
    return ()


def run_example(rulebook, rule, text: str):
    """``(start, end)`` of every finding the batch in ``text`` gives (offsets into ``text``)."""
    from linter.similar.batch import example

    return example(rulebook, rule, text)
