"""Output formats. Each module has ``render(run, rulebook, **options) -> str``,
a pure function of the results. Options a reporter may use: ``rulebooks``
(rulebook id → Rulebook, when files used different rulebooks), ``color``,
``checklist``, ``summary``, ``accepted`` (findings accepted by a baseline)."""

from linter.reporters import github, json, junit, sarif, text

REPORTERS = {"text": text, "json": json, "junit": junit, "sarif": sarif, "github": github}
