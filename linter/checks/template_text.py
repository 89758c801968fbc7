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
from linter.similar.dice import alike, pairs

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
        """``(key, character pairs of the key, 4-grams of the plain text, sentence)`` per template."""
        if self.keys is None:
            from linter.similar.mask import plain

            self.keys = []
            for sentence in self.sentences:
                norm = _normalized(sentence)
                key = masker.key(norm)
                text = plain(norm)
                grams = sorted({text[i:i + 4] for i in range(0, len(text) - 3, 2)}) or [text]
                self.keys.append((key, pairs(key), grams, sentence))
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


#: A document is looked at sentence by sentence only for the templates of which
#: it contains this share of the 4-character runs (every other one; substring
#: searches of the matching view): a sentence alike enough keeps most of them,
#: an unrelated report few. Keeps the rule at a fraction of a millisecond per report.
PREFILTER = 0.3


def _enough(grams: list[str], norm: str) -> bool:
    """Does ``norm`` contain at least ``PREFILTER`` of ``grams``? Stops as
    soon as the answer is known (most templates: after too many misses)."""
    needed = PREFILTER * len(grams)
    found, left = 0, len(grams)  # left: how many could still be found
    for gram in grams:
        if gram in norm:
            found += 1
            if found >= needed:
                return True
        else:
            left -= 1
            if left < needed:
                return False
    return found >= needed


def check(rule, doc, report):
    from linter.similar.mask import sentence_keys

    options = rule.options
    masker = options["units"]
    norm = doc.norm
    templates = [t for t in options["sentences"].prepared(masker) if _enough(t[2], norm)]
    if not templates:
        return
    threshold = options["similarity"]
    for start, end, key in sentence_keys(doc, masker):
        if len(key) < 6:
            continue
        key_pairs = None
        for template_key, template_pairs, _, sentence in templates:
            if template_key in key:
                hit = True
            elif not 0.6 <= len(key) / len(template_key) <= 1.6:
                continue
            else:
                key_pairs = key_pairs if key_pairs is not None else pairs(key)
                hit = alike(key_pairs, template_pairs, threshold)
            if hit:
                yield report(start, end, template=sentence)
                break
