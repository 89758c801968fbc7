"""Output formats. Each module has ``render(run, rulebook, **options) -> str``,
a pure function of the results. Options a reporter may use: ``rulebooks``
(rulebook id → Rulebook, when files used different rulebooks), ``color``,
``checklist``, ``summary``, ``accepted`` (findings accepted by a baseline).

``zhidang report`` has its own writers (``html``, ``xlsx``)."""

from importlib import import_module

#: ``--format`` name → module in this package (imported when chosen).
FORMATS = ("text", "json", "junit", "sarif", "github")


def reporter(name: str):
    """The reporter module for ``--format name``."""
    if name not in FORMATS:
        raise KeyError(name)
    return import_module(f"linter.reporters.{name}")
