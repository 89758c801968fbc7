"""template-text: sentences that are the template's own words, not the unit's.

Template sites circulate the same “存在问题” and “下一步” sentences (理论学习的
系统性还不够，压力传导存在层层递减现象 …); a report that carries them describes
the template, not the unit. Each sentence of the report (a clause of a
paragraph) is compared with each of ``sentences`` on the comparison key of
:mod:`linter.similar.mask` — punctuation ignored, figures and unit names
masked — and reported when the template sentence is contained in it, or when
the two are alike: the Dice coefficient of their character pairs at least
``similarity``.

Options:
  sentences   the well-known template sentences (required)
  units       how unit names are found, as for ``shared-text`` (required)
  similarity  Dice coefficient of character pairs for a near match (default 0.8)

Message placeholders: ``{match}`` (the report's sentence), ``{template}`` (the
template sentence it matches).
"""

from __future__ import annotations

from linter.checks.options import REQUIRED, string_list
from linter.document import HEADING, PARAGRAPH

TYPE = "template-text"
FIXES = False
FIELDS = {"template"}


def _units(value):
    from linter.similar.mask import units

    return units(value)


def _share(value):
    from linter.similar.mask import share

    return share(value)


class Templates:
    """The template sentences with their keys and character pairs (built once per run)."""

    def __init__(self, sentences: list[str]):
        self.sentences = sentences
        self.keys = None  # built on first use: the masker comes with another option

    def __repr__(self) -> str:
        return f"Templates({len(self.sentences)})"

    def prepared(self, masker):
        if self.keys is None:
            keys = [masker.key(_normalized(s)) for s in self.sentences]
            self.keys = [(key, _pairs(key), sentence) for key, sentence in zip(keys, self.sentences)]
        return self.keys


def _normalized(text: str) -> str:
    from linter.normalize import normalize

    return normalize(text)


def _sentences(value) -> Templates:
    return Templates(string_list(value))


OPTIONS = {
    "sentences": (_sentences, REQUIRED),
    "units": (_units, REQUIRED),
    "similarity": (_share, 0.8),
}


def _pairs(key: str) -> set:
    return {key[i:i + 2] for i in range(len(key) - 1)}


def check(rule, doc, report):
    options = rule.options
    masker = options["units"]
    templates = options["sentences"].prepared(masker)
    threshold = options["similarity"]
    title = doc.title
    names = masker.unit_names(doc.norm[title.start:title.end]) if title is not None else []
    for node in doc.nodes:
        if node.kind not in (PARAGRAPH, HEADING):
            continue
        for clause in node.clauses:
            if node.kind == HEADING and clause.start < node.title_end:
                continue
            key = masker.key(doc.norm[clause.start:clause.end], names)
            if len(key) < 6:
                continue
            pairs = None
            for template_key, template_pairs, sentence in templates:
                if template_key in key:
                    hit = True
                elif not 0.6 <= len(key) / max(len(template_key), 1) <= 1.6:
                    continue
                else:
                    pairs = pairs if pairs is not None else _pairs(key)
                    hit = 2 * len(pairs & template_pairs) >= threshold * (len(pairs) + len(template_pairs))
                if hit:
                    start, end = _trimmed(doc.text, clause.start, clause.end)
                    yield report(start, end, template=sentence)
                    break


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` without the white space around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
