"""Output formats. Each module has ``render(run, rulebook, **options) -> str``,
a pure function of the results."""

from linter.reporters import json, text

REPORTERS = {"text": text, "json": json}
